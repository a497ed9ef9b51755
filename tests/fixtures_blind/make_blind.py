"""Regenerate the blind challenge set: PDFs in pdf/ and labels in gold.jsonl.

Deterministic (no randomness, fixed creation date) so the files can be rebuilt
byte-for-byte. Run from the repo root:

    .venv/bin/python tests/fixtures_blind/make_blind.py

Case texts live in blind_cases_ngs.py, blind_cases_path.py and
blind_cases_clinic.py; this module only renders them.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blind_cases_clinic import CASES as CLINIC  # noqa: E402
from blind_cases_ngs import CASES as NGS  # noqa: E402
from blind_cases_path import CASES as PATH  # noqa: E402

FIXED_DATE = dt.datetime(2026, 4, 20, 9, 0, 0, tzinfo=dt.UTC)


def _latin(text: str) -> str:
    # Core fonts are latin-1 only; fail loudly rather than emit "?" silently.
    text.encode("latin-1")
    return text


class Doc(FPDF):
    def __init__(self, case: dict) -> None:
        super().__init__(format=case.get("format", "letter"))
        self.case = case
        self.fam = case.get("font", "Helvetica")
        self.size = case.get("size", 10)
        self.set_creation_date(FIXED_DATE)
        self.set_auto_page_break(True, margin=22)
        self.set_margins(16, 14, 16)

    def header(self) -> None:
        c = self.case
        self.set_font(self.fam, "B", self.size + 3)
        self.cell(
            0, 7, _latin(c["inst"]), new_x="LMARGIN", new_y="NEXT", align=c.get("inst_align", "L")
        )
        if c.get("banner"):
            self.set_font(self.fam, "", self.size - 1)
            if self.page_no() == 1 or c.get("banner_every_page", True):
                for line in c["banner"]:
                    line = line.replace("{p}", str(self.page_no()))
                    self.cell(0, 4.5, _latin(line), new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(3)

    def footer(self) -> None:
        c = self.case
        self.set_y(-16)
        self.set_font(self.fam, "I", self.size - 2)
        foot = c.get("footer", "CONFIDENTIAL")
        pages = c.get("page_fmt", "Page {p} of {nb}").replace("{p}", str(self.page_no()))
        self.cell(0, 4, _latin(foot), new_x="LMARGIN", new_y="NEXT", align="L")
        self.cell(0, 4, _latin(pages), align="R")


def _render_block(pdf: Doc, blk: tuple) -> None:
    kind = blk[0]
    fam, size = pdf.fam, pdf.size
    width = pdf.w - pdf.l_margin - pdf.r_margin
    if kind == "h":
        pdf.ln(1.5)
        pdf.set_font(fam, "B", size + 1)
        pdf.multi_cell(0, 5.5, _latin(blk[1]), new_x="LMARGIN", new_y="NEXT")
    elif kind == "p":
        pdf.set_font(fam, blk[2] if len(blk) > 2 else "", size)
        pdf.multi_cell(0, 4.8, _latin(blk[1]), new_x="LMARGIN", new_y="NEXT")
    elif kind == "small":
        pdf.set_font(fam, "I", size - 2)
        pdf.multi_cell(0, 3.8, _latin(blk[1]), new_x="LMARGIN", new_y="NEXT")
    elif kind == "kv":
        pairs, ncols = blk[1], blk[2] if len(blk) > 2 else 2
        colw = width / ncols
        for i in range(0, len(pairs), ncols):
            for k, v in pairs[i : i + ncols]:
                pdf.set_font(fam, "B", size - 1)
                kw = pdf.get_string_width(k + " ") + 1
                pdf.cell(kw, 5, _latin(k))
                pdf.set_font(fam, "", size - 1)
                pdf.cell(colw - kw, 5, _latin(v))
            pdf.ln(5)
    elif kind == "tbl":
        headers, rows, widths = blk[1], blk[2], blk[3]
        pdf.set_font(fam, "", size - 1)
        with pdf.table(
            col_widths=widths,
            text_align="LEFT",
            line_height=4.6,
            first_row_as_headings=bool(headers),
            headings_style=FontFace(emphasis="BOLD"),
        ) as table:
            if headers:
                r = table.row()
                for h in headers:
                    r.cell(_latin(h))
            for row in rows:
                r = table.row()
                for cell in row:
                    r.cell(_latin(cell))
        pdf.ln(1)
    elif kind == "cols":
        # Two independent columns side by side, as many lab templates print.
        left, right = blk[1], blk[2]
        y0 = pdf.get_y()
        gap = 6
        colw = (width - gap) / 2
        pdf.set_font(fam, "", size - 1)
        pdf.set_xy(pdf.l_margin, y0)
        pdf.multi_cell(colw, 4.6, _latin(left), new_x="LMARGIN", new_y="NEXT")
        y_left = pdf.get_y()
        pdf.set_xy(pdf.l_margin + colw + gap, y0)
        pdf.multi_cell(colw, 4.6, _latin(right), new_x="LMARGIN", new_y="NEXT")
        y_right = pdf.get_y()
        pdf.set_xy(pdf.l_margin, max(y_left, y_right) + 1)
    elif kind == "br":
        pdf.add_page()
    elif kind == "sp":
        pdf.ln(blk[1] if len(blk) > 1 else 3)
    else:
        raise ValueError(f"unknown block {kind}")


def render(case: dict, out: Path) -> None:
    pdf = Doc(case)
    pdf.add_page()
    for blk in case["blocks"]:
        _render_block(pdf, blk)
    pdf.output(str(out))


def gold_line(case: dict) -> dict:
    g = case["gold"]
    return {
        "file": case["file"],
        "histology": g.get("histology"),
        "stage": g.get("stage"),
        "biomarkers": g.get("biomarkers", {}),
        "treatments": sorted(g.get("treatments", [])),
    }


def main() -> None:
    # Interleave the three kinds so a file name says nothing about its kind.
    cases = []
    pools = [list(NGS), list(PATH), list(CLINIC)]
    while any(pools):
        for pool in pools:
            if pool:
                cases.append(pool.pop(0))
    for i, case in enumerate(cases, 1):
        case["file"] = f"blind_{i:03d}.pdf"
    names = [c["file"] for c in cases]
    assert len(names) == len(set(names)), "duplicate file names"
    pdf_dir = HERE / "pdf"
    pdf_dir.mkdir(exist_ok=True)
    lines = []
    for case in sorted(cases, key=lambda c: c["file"]):
        render(case, pdf_dir / case["file"])
        lines.append(json.dumps(gold_line(case)))
    (HERE / "gold.jsonl").write_text("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} PDFs to {pdf_dir}")


if __name__ == "__main__":
    main()
