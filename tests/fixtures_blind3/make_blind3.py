"""Regenerate the third blind challenge set: pdf/b3_001.pdf ... b3_040.pdf and gold.jsonl.

Deterministic: no randomness, a fixed creation date, fixed fonts and a case order fixed by a hash
of each case id, so two runs give byte-identical files. From the repo root:

    .venv/bin/python tests/fixtures_blind3/make_blind3.py

Cases live in cases_*.py; each is a dict with ``id``, ``kind``, ``trap``, ``gold``, ``layout``
and ``body`` written in the line markup that ``parse`` documents. Unicode cases use the DejaVu
TrueType fonts shipped with Debian (fonts-dejavu-core); the script stops with a clear message
when they are missing rather than render those cases differently.
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

from cases_clin_a import CASES as CLIN_A  # noqa: E402
from cases_clin_b import CASES as CLIN_B  # noqa: E402
from cases_mol_a import CASES as MOL_A  # noqa: E402
from cases_mol_b import CASES as MOL_B  # noqa: E402
from cases_path_a import CASES as PATH_A  # noqa: E402
from cases_path_b import CASES as PATH_B  # noqa: E402

FIXED_DATE = dt.datetime(2026, 5, 4, 7, 15, 0, tzinfo=dt.UTC)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
UNICODE_FONTS = {
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "dejavu-serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
}
# Case files stay ASCII (ruff flags look-alike characters); unicode-font cases spell the
# typographic characters as tokens that are swapped in here.
TOKENS = {
    "{->}": "\u2192",
    "{--}": "\u2014",
    "{-}": "\u2013",
    "{>=}": "\u2265",
    "{<=}": "\u2264",
    "{x}": "\u00d7",
    "{*}": "\u2022",
    "{mu}": "\u00b5",
}
BORDERS = {
    "grid": "ALL",
    "rules": "HORIZONTAL_LINES",
    "none": "NONE",
    "minimal": "MINIMAL",
    "top": "SINGLE_TOP_LINE",
}


def parse(body: str) -> list[tuple]:
    """Turn a case body into render blocks.

    ``H: x`` heading, ``h: x`` sub-heading, ``CENTER: x`` centred title, ``. x`` a line kept on
    its own, ``* x`` bullet with hanging indent, ``KV: k = v ;; k = v`` key/value pairs in equal
    columns, ``TABLE w w .. [grid|rules|none|minimal|top] [nohead]`` then ``| a | b |`` rows,
    ``TILES n`` then ``| title | status | detail |`` rows, ``MSG L|R header`` then the message
    lines, ``SMALL: x`` small print, ``PRE`` .. ``END`` fixed width, ``INDENT mm``, ``RULE``,
    ``PAGE``, ``GAP mm``. Other lines join into a paragraph until a blank line.
    """
    blocks: list[tuple] = []
    para: list[str] = []
    small: list[str] = []
    grid: tuple | None = None
    msg: tuple | None = None
    pre: list[str] | None = None

    def flush() -> None:
        nonlocal para, small, grid, msg
        if para:
            blocks.append(("p", " ".join(para)))
        if small:
            blocks.append(("small", " ".join(small)))
        if grid is not None:
            blocks.append(grid)
        if msg is not None:
            blocks.append(("msg", msg[0], msg[1], " ".join(msg[2])))
        para, small, grid, msg = [], [], None, None

    for raw in body.strip("\n").split("\n"):
        s = raw.strip()
        if pre is not None:
            if s == "END":
                blocks.append(("pre", pre))
                pre = None
            else:
                pre.append(raw.rstrip())
            continue
        head, _, rest = s.partition(" ")
        if grid is not None and not s.startswith("|"):
            flush()  # anything that is not a row ends the table, so text stays in order
        if not s:
            flush()
        elif s == "PRE":
            flush()
            pre = []
        elif grid is not None:
            grid[1].append([c.strip() for c in s.strip("|").split("|")])
        elif msg is not None:
            msg[2].append(s)
        elif s.startswith(("H: ", "h: ", "CENTER: ")):
            flush()
            tag, _, text = s.partition(": ")
            blocks.append(({"H": "h1", "h": "h2", "CENTER": "center"}[tag], text))
        elif s.startswith(". ") or s == ".":
            flush()
            blocks.append(("line", s[2:]))
        elif s.startswith("* "):
            flush()
            blocks.append(("bullet", s[2:]))
        elif s.startswith("KV: "):
            flush()
            pairs = [p.split(" = ", 1) for p in s[4:].split(" ;; ")]
            assert all(len(p) == 2 for p in pairs), s
            blocks.append(("kv", pairs))
        elif head == "TABLE":
            flush()
            words = rest.split()
            widths = [float(w) for w in words if w[0].isdigit()]
            style = next((w for w in words if w in BORDERS), "grid")
            grid = ("table", [], {"widths": widths, "style": style, "nohead": "nohead" in words})
        elif head == "TILES":
            flush()
            grid = ("tiles", [], {"cols": int(rest)})
        elif head == "MSG":
            flush()
            side, _, label = rest.partition(" ")
            msg = (side, label, [])
        elif s.startswith("SMALL: "):
            if para:
                flush()
            small.append(s[7:])
        elif head in ("INDENT", "GAP"):
            flush()
            blocks.append((head.lower(), float(rest)))
        elif s in ("RULE", "PAGE"):
            flush()
            blocks.append((s.lower(),))
        else:
            if small:
                flush()
            para.append(s)
    assert pre is None, "unclosed PRE block"
    flush()
    return blocks


class Doc(FPDF):
    def __init__(self, case: dict) -> None:
        lay = case["layout"]
        super().__init__(orientation=lay.get("orient", "P"), format=lay.get("fmt", "letter"))
        self.case, self.lay = case, lay
        self.set_creation_date(FIXED_DATE)
        font = lay.get("font", "helvetica")
        self.unicode = font in UNICODE_FONTS
        if self.unicode:
            for style, name in zip(("", "B", "I"), UNICODE_FONTS[font], strict=True):
                path = DEJAVU / name
                if not path.exists():
                    sys.exit(f"missing font {path}: install fonts-dejavu-core")
                self.add_font(font, style, str(path))
        self.fam = font
        self.size = lay.get("size", 10)
        self.indent = 0.0
        left, top = lay.get("margins", (20, 15))
        self.set_margins(left, top, left)
        self.set_auto_page_break(True, margin=lay.get("bottom", 20))
        self.c_margin = 1.2

    def text_of(self, text: str) -> str:
        if self.unicode:
            for token, char in TOKENS.items():
                text = text.replace(token, char)
        else:
            assert not any(t in text for t in TOKENS), f"unicode token in core-font case: {text}"
            text.encode("latin-1")  # core fonts print "?" for anything else: refuse instead
        return text

    def header(self) -> None:
        lay = self.lay
        letterhead = lay.get("letterhead") or []
        shown = False
        if letterhead and (self.page_no() == 1 or not lay.get("lh_first_only")):
            align = lay.get("lh_align", "L")
            for i, line in enumerate(letterhead):
                self.set_font(self.fam, "B" if i == 0 else "", self.size + 4 if i == 0 else 8)
                self.cell(0, 6.5 if i == 0 else 4, self.text_of(line), align=align)
                self.ln(6.5 if i == 0 else 4)
            shown = True
        banner = lay.get("banner") or []
        if banner and self.page_no() >= lay.get("banner_from", 1):
            self.set_font(self.fam, "", self.size - 1.5)
            for line in banner:
                self.cell(0, 4.4, self.text_of(line))
                self.ln(4.4)
            shown = True
        if shown:
            y = self.get_y() + 1.5
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(5)

    def footer(self) -> None:
        foot, fmt = self.lay.get("footer"), self.lay.get("page_fmt", "Page {p} of {nb}")
        if not foot and not fmt:
            return
        self.set_y(-15)
        self.set_font(self.fam, "", self.size - 2.5)
        if foot:
            self.cell(0, 4, self.text_of(foot), align="L")
        if fmt:
            self.set_x(self.l_margin)
            self.cell(0, 4, self.text_of(fmt.replace("{p}", str(self.page_no()))), align="R")


def _table(pdf: Doc, rows: list[list[str]], opts: dict) -> None:
    ncol = len(rows[0])
    widths = opts["widths"] or [1.0] * ncol
    assert len(widths) == ncol and all(len(r) == ncol for r in rows), rows
    pdf.set_font(pdf.fam, "", pdf.size - 1)
    pdf.set_x(pdf.l_margin + pdf.indent)
    with pdf.table(
        col_widths=widths,
        width=pdf.w - pdf.l_margin - pdf.r_margin - pdf.indent,
        align="RIGHT" if pdf.indent else "CENTER",
        text_align="LEFT",
        line_height=pdf.size * 0.5,
        borders_layout=BORDERS[opts["style"]],
        first_row_as_headings=not opts["nohead"],
        headings_style=FontFace(emphasis="BOLD"),
    ) as table:
        for row in rows:
            cells = table.row()
            for text in row:
                cells.cell(pdf.text_of(text))
    pdf.ln(2)


def _tiles(pdf: Doc, rows: list[list[str]], cols: int) -> None:
    # A dashboard card: each gene in its own box, name over status over detail, so text
    # extraction reads the page row by row across boxes.
    width = (pdf.w - pdf.l_margin - pdf.r_margin) / cols
    height = 19.0
    for start in range(0, len(rows), cols):
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        for i, (title, status, detail) in enumerate(rows[start : start + cols]):
            x = pdf.l_margin + i * width
            pdf.rect(x + 1, y, width - 2, height - 2)
            pdf.set_xy(x + 2, y + 1.5)
            pdf.set_font(pdf.fam, "B", pdf.size + 1)
            pdf.cell(width - 4, 5.5, pdf.text_of(title))
            pdf.set_xy(x + 2, y + 7.5)
            pdf.set_font(pdf.fam, "B", pdf.size - 1)
            pdf.cell(width - 4, 4.5, pdf.text_of(status))
            pdf.set_xy(x + 2, y + 12)
            pdf.set_font(pdf.fam, "", pdf.size - 2.5)
            pdf.cell(width - 4, 4, pdf.text_of(detail))
        pdf.set_xy(pdf.l_margin, y + height)
    pdf.ln(2)


def _kv(pdf: Doc, pairs: list[list[str]]) -> None:
    usable = pdf.w - pdf.l_margin - pdf.r_margin - pdf.indent
    cells = []
    for key, val in pairs:
        key, val = pdf.text_of(key) + ":", pdf.text_of(val)
        pdf.set_font(pdf.fam, "B", pdf.size - 1)
        kw = pdf.get_string_width(key) + 2.5
        pdf.set_font(pdf.fam, "", pdf.size - 1)
        cells.append((key, val, kw, pdf.get_string_width(val) + 4))
    spare = usable - sum(kw + vw for _, _, kw, vw in cells)
    # Overprinting the next pair would make the text unreadable: refuse instead.
    assert spare >= 0, f"key/value row too wide: {pairs!r}"
    pdf.set_x(pdf.l_margin + pdf.indent)
    for key, val, kw, vw in cells:
        pdf.set_font(pdf.fam, "B", pdf.size - 1)
        pdf.cell(kw, 5, key)
        pdf.set_font(pdf.fam, "", pdf.size - 1)
        pdf.cell(vw + spare / len(cells), 5, val)
    pdf.ln(5.2)


def _msg(pdf: Doc, side: str, label: str, text: str) -> None:
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    width = usable * 0.72
    x = pdf.l_margin if side == "L" else pdf.l_margin + usable - width
    pdf.set_x(x)
    pdf.set_font(pdf.fam, "I", pdf.size - 2)
    pdf.cell(width, 4.2, pdf.text_of(label), align="L" if side == "L" else "R")
    pdf.ln(4.4)
    pdf.set_x(x)
    pdf.set_font(pdf.fam, "", pdf.size)
    pdf.set_fill_color(236, 240, 244) if side == "R" else pdf.set_fill_color(255, 255, 255)
    pdf.multi_cell(width, 5, pdf.text_of(text), border=1, fill=True, padding=2)
    pdf.ln(3)


def render_block(pdf: Doc, blk: tuple) -> None:
    kind, fam, size = blk[0], pdf.fam, pdf.size
    width = pdf.w - pdf.l_margin - pdf.r_margin - pdf.indent
    if kind in ("p", "line", "bullet", "h1", "h2", "center", "small"):
        pdf.set_x(pdf.l_margin + pdf.indent)
    if kind == "h1":
        pdf.ln(2)
        pdf.set_font(fam, "B", size + 1.5)
        pdf.multi_cell(width, 6, pdf.text_of(blk[1]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    elif kind == "h2":
        pdf.ln(0.8)
        pdf.set_font(fam, "B", size)
        pdf.multi_cell(width, 5.2, pdf.text_of(blk[1]), new_x="LMARGIN", new_y="NEXT")
    elif kind == "center":
        pdf.set_font(fam, "B", size + 2.5)
        pdf.multi_cell(width, 7, pdf.text_of(blk[1]), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif kind in ("p", "line"):
        pdf.set_font(fam, "", size)
        pdf.multi_cell(width, size * 0.48, pdf.text_of(blk[1]), new_x="LMARGIN", new_y="NEXT")
        if kind == "p":
            pdf.ln(1.8)
    elif kind == "bullet":
        pdf.set_font(fam, "", size)
        mark = "\u2022" if pdf.unicode else "-"
        pdf.cell(5, size * 0.48, mark)
        pdf.multi_cell(width - 5, size * 0.48, pdf.text_of(blk[1]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    elif kind == "small":
        pdf.set_font(fam, "I", size - 2.5)
        pdf.multi_cell(width, 3.6, pdf.text_of(blk[1]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    elif kind == "kv":
        _kv(pdf, blk[1])
    elif kind == "table":
        _table(pdf, blk[1], blk[2])
    elif kind == "tiles":
        _tiles(pdf, blk[1], blk[2]["cols"])
    elif kind == "msg":
        _msg(pdf, blk[1], blk[2], blk[3])
    elif kind == "pre":
        pdf.set_font("courier", "", size - 1)
        for line in blk[1]:
            pdf.set_x(pdf.l_margin + pdf.indent)
            pdf.cell(0, 4.1, pdf.text_of(line))
            pdf.ln(4.1)
        pdf.ln(1.5)
    elif kind == "indent":
        pdf.indent = blk[1]
    elif kind == "gap":
        pdf.ln(blk[1])
    elif kind == "rule":
        y = pdf.get_y() + 1
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.ln(3)
    elif kind == "page":
        pdf.add_page()
    else:
        raise ValueError(f"unknown block {kind}")


def render(case: dict, out: Path) -> None:
    pdf = Doc(case)
    pdf.add_page()
    for blk in parse(case["body"]):
        render_block(pdf, blk)
    pdf.output(str(out))


def ordered_cases() -> list[dict]:
    cases = [*MOL_A, *MOL_B, *PATH_A, *PATH_B, *CLIN_A, *CLIN_B]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    for c in cases:
        assert c["kind"] in ("molecular", "pathology", "clinical"), c["id"]
        assert c["trap"] and "\n" not in c["trap"], c["id"]
    # A hash of the id fixes the order, so kinds interleave and a file name says nothing.
    cases.sort(key=lambda c: hashlib.sha256(("blind3:" + c["id"]).encode()).hexdigest())
    for i, case in enumerate(cases, 1):
        case["file"] = f"b3_{i:03d}.pdf"
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
    if "--list" in sys.argv:
        for case in cases:
            print(f"{case['file'][:-4]} | {case['kind'][:4]} | {case['id']} | {case['trap']}")


if __name__ == "__main__":
    main()
