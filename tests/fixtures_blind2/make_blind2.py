"""Regenerate the second blind challenge set: pdf/b2_001.pdf ... b2_040.pdf and gold.jsonl.

Deterministic: no randomness, a fixed creation date and a fixed case order, so two runs give
byte-identical files. Run from the repo root:

    .venv/bin/python tests/fixtures_blind2/make_blind2.py

Case texts live in cases_*.py as a small line markup (see ``_parse``); this module only renders.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases_a import CASES as CASES_A  # noqa: E402
from cases_b import CASES as CASES_B  # noqa: E402
from cases_c import CASES as CASES_C  # noqa: E402
from cases_d import CASES as CASES_D  # noqa: E402
from cases_e import CASES as CASES_E  # noqa: E402
from cases_f import CASES as CASES_F  # noqa: E402

FIXED_DATE = dt.datetime(2026, 4, 21, 8, 30, 0, tzinfo=dt.UTC)
# Small, fixed horizontal offsets (mm) that make the "scanned" cases sit unevenly on the page.
OCR_JITTER = (0.0, 0.7, -0.4, 1.3, 0.2, -0.8, 0.9, 0.4, -0.2, 1.1)


def _latin(text: str) -> str:
    # Core fonts are latin-1 only; fail loudly rather than let fpdf print "?".
    text.encode("latin-1")
    return text


def _parse(body: str) -> list[tuple]:
    """Turn the case markup into render blocks.

    ``# h`` heading, ``## h`` sub-heading, plain lines join into a paragraph until a blank
    line, ``> line`` and ``- line`` keep their own line, ``! line`` bold line, ``~ text`` small
    print (joined), ``= K | V | K | V`` key/value row, ``| a | b |`` table rows (``@w``
    widths, ``@tb`` borders, ``@nohead`` before the table), fenced blocks are fixed-width
    text, ``@br`` page break, ``@sp N`` vertical space.
    """
    blocks: list[tuple] = []
    para: list[str] = []
    small: list[str] = []
    table: list[list[str]] = []
    opts: dict = {}
    pre: list[str] | None = None

    def flush() -> None:
        nonlocal para, small, table, opts
        if para:
            blocks.append(("p", " ".join(para)))
            para = []
        if small:
            blocks.append(("small", " ".join(small)))
            small = []
        if table:
            blocks.append(("tbl", table, opts))
            table, opts = [], {}

    for raw in body.strip("\n").split("\n"):
        line = raw.rstrip()
        if pre is not None:
            if line.strip() == "```":
                blocks.append(("pre", pre))
                pre = None
            else:
                pre.append(line)
            continue
        s = line.strip()
        if s == "```":
            flush()
            pre = []
        elif not s:
            flush()
        elif s.startswith("## "):
            flush()
            blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush()
            blocks.append(("h", s[2:]))
        elif s == "@br":
            flush()
            blocks.append(("br",))
        elif s.startswith("@sp"):
            flush()
            blocks.append(("sp", float(s.split()[1])))
        elif s.startswith("@w "):
            flush()
            opts["widths"] = [float(x) for x in s.split()[1:]]
        elif s.startswith("@tb "):
            flush()
            opts["borders"] = s.split()[1]
        elif s == "@nohead":
            flush()
            opts["nohead"] = True
        elif s.startswith("|"):
            if para or small:
                keep = opts
                opts = {}
                flush()
                opts = keep
            table.append([c.strip() for c in s.strip("|").split("|")])
        elif s.startswith(("> ", "- ", "! ")) or s in (">", "-"):
            flush()
            kind = {"!": "bold"}.get(s[0], "line")
            text = s[2:] if s[0] in ">!" else s
            blocks.append((kind, text))
        elif s.startswith("~ "):
            if para or table:
                flush()
            small.append(s[2:])
        elif s.startswith("= "):
            flush()
            cells = [c.strip() for c in s[2:].split("|")]
            blocks.append(("kv", list(zip(cells[::2], cells[1::2], strict=True))))
        else:
            if small or table:
                flush()
            para.append(s)
    assert pre is None, "unclosed fixed-width block"
    flush()
    return blocks


class Doc(FPDF):
    def __init__(self, case: dict) -> None:
        super().__init__(format=case.get("fmt", "letter"))
        self.case = case
        self.fam = case.get("font", "Helvetica")
        self.size = case.get("size", 10)
        self.set_creation_date(FIXED_DATE)
        self.set_auto_page_break(True, margin=case.get("bottom", 22))
        left, top = case.get("margins", (18, 14))
        self.set_margins(left, top, left)
        self.c_margin = 1.0

    def header(self) -> None:
        c = self.case
        lh = c.get("letterhead") or []
        if lh and (self.page_no() == 1 or c.get("lh_every_page", True)):
            align = c.get("lh_align", "L")
            for i, line in enumerate(lh):
                self.set_font(self.fam, "B" if i == 0 else "", self.size + (3 if i == 0 else -1))
                self.cell(0, 6 if i == 0 else 4.3, _latin(line), align=align)
                self.ln(6 if i == 0 else 4.3)
        banner = c.get("banner") or []
        if banner and self.page_no() >= c.get("banner_from", 1):
            self.set_font(self.fam, "", self.size - 1)
            for line in banner:
                self.cell(0, 4.5, _latin(line.replace("{p}", str(self.page_no()))))
                self.ln(4.5)
        if lh or banner:
            y = self.get_y() + 1
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(4)

    def footer(self) -> None:
        c = self.case
        foot, fmt = c.get("footer"), c.get("page_fmt", "Page {p} of {nb}")
        if not foot and not fmt:
            return
        self.set_y(-17)
        self.set_font(self.fam, "I", self.size - 2)
        if foot:
            self.cell(0, 4, _latin(foot))
            self.ln(4)
        if fmt:
            self.cell(0, 4, _latin(fmt.replace("{p}", str(self.page_no()))), align="R")


def _table(pdf: Doc, rows: list[list[str]], opts: dict) -> None:
    width = pdf.w - pdf.l_margin - pdf.r_margin
    ncol = len(rows[0])
    widths = opts.get("widths") or [1] * ncol
    assert len(widths) == ncol and all(len(r) == ncol for r in rows), rows
    pdf.set_font(pdf.fam, "", pdf.size - 1)
    with pdf.table(
        col_widths=widths,
        width=width,
        text_align="LEFT",
        line_height=4.6,
        borders_layout=opts.get("borders", "ALL"),
        first_row_as_headings=not opts.get("nohead"),
        headings_style=FontFace(emphasis="BOLD"),
    ) as table:
        for row in rows:
            r = table.row()
            for cell in row:
                r.cell(_latin(cell))
    pdf.ln(1.5)


def _render(pdf: Doc, blk: tuple, ocr_line: list[int]) -> None:
    kind, fam, size = blk[0], pdf.fam, pdf.size
    ocr = pdf.case.get("ocr", False)
    if ocr and kind in ("p", "line", "bold", "h", "h2"):
        # Scanned copies: each source line stands alone, nudged by a fixed offset.
        style = "B" if kind in ("bold", "h", "h2") else ""
        pdf.set_font(fam, style, size)
        pdf.set_x(pdf.l_margin + OCR_JITTER[ocr_line[0] % len(OCR_JITTER)])
        ocr_line[0] += 1
        pdf.multi_cell(0, 5.2, _latin(blk[1]), align="L", new_x="LMARGIN", new_y="NEXT")
        return
    if kind in ("h", "h2"):
        pdf.ln(1.5 if kind == "h" else 0.5)
        pdf.set_font(fam, "B", size + (1 if kind == "h" else 0))
        pdf.multi_cell(0, 5.5, _latin(blk[1]), align="L", new_x="LMARGIN", new_y="NEXT")
    elif kind in ("p", "line", "bold"):
        pdf.set_font(fam, "B" if kind == "bold" else "", size)
        pdf.multi_cell(0, 4.8, _latin(blk[1]), align="L", new_x="LMARGIN", new_y="NEXT")
        if kind == "p":
            pdf.ln(1.2)
    elif kind == "small":
        pdf.set_font(fam, "I", size - 2)
        pdf.multi_cell(0, 3.8, _latin(blk[1]), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif kind == "kv":
        width = pdf.w - pdf.l_margin - pdf.r_margin
        colw = width / len(blk[1])
        for key, val in blk[1]:
            pdf.set_font(fam, "B", size - 1)
            kw = pdf.get_string_width(key + " ") + 1.5
            pdf.cell(kw, 5, _latin(key))
            pdf.set_font(fam, "", size - 1)
            # A value wider than its cell would overprint the next pair: refuse it.
            assert pdf.get_string_width(val) <= colw - kw - 3, f"key/value too wide: {val!r}"
            pdf.cell(colw - kw, 5, _latin(val))
        pdf.ln(5)
    elif kind == "tbl":
        _table(pdf, blk[1], blk[2])
    elif kind == "pre":
        pdf.set_font("Courier", "", pdf.case.get("pre_size", size - 1))
        for line in blk[1]:
            pdf.cell(0, 4.2, _latin(line))
            pdf.ln(4.2)
        pdf.ln(1)
    elif kind == "br":
        pdf.add_page()
    elif kind == "sp":
        pdf.ln(blk[1])
    else:
        raise ValueError(f"unknown block {kind}")


def render(case: dict, out: Path) -> None:
    pdf = Doc(case)
    pdf.add_page()
    ocr_line = [0]
    for blk in _parse(case["body"]):
        _render(pdf, blk, ocr_line)
    pdf.output(str(out))


def ordered_cases() -> list[dict]:
    cases = [*CASES_A, *CASES_B, *CASES_C, *CASES_D, *CASES_E, *CASES_F]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    # A hash of the id fixes the order, so kinds are mixed and a file name says nothing.
    cases.sort(key=lambda c: hashlib.sha256(c["id"].encode()).hexdigest())
    for i, case in enumerate(cases, 1):
        case["file"] = f"b2_{i:03d}.pdf"
    return cases


def main() -> None:
    cases = ordered_cases()
    pdf_dir = HERE / "pdf"
    pdf_dir.mkdir(exist_ok=True)
    lines = []
    for case in cases:
        render(case, pdf_dir / case["file"])
        lines.append(json.dumps({"file": case["file"], **case["gold"]}))
    (HERE / "gold.jsonl").write_text("\n".join(lines) + "\n")
    kinds: dict[str, int] = {}
    for case in cases:
        kinds[case["kind"]] = kinds.get(case["kind"], 0) + 1
    print(f"wrote {len(lines)} PDFs to {pdf_dir} {kinds}")


if __name__ == "__main__":
    main()
