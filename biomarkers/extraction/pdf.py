"""PDF → page texts with pdfplumber, one pass per page.

Lines are rebuilt from ``extract_words`` (the same work ``extract_text`` does, so no extra
cost) because we need the horizontal gaps: a wide gap separates table cells or the two
columns of a key/value layout. Key/value columns become separate lines so a negation in
one cell can never reach the marker in the next one; other table rows stay on one line,
cells separated by three spaces, so a gene and its result stay in one sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

import pdfplumber

from . import columns
from .types import PdfEncrypted, PdfError, PdfTooManyPages, PdfUnreadable

CELL_SEP = "   "
# Running header/footer lines recognised on their own (single-page reports too).
_FURNITURE = re.compile(
    r"^\s*(page\s*\d+\s*(of|/)\s*\d+\b.*|.*\bpage\s*\d+\s*(of|/)\s*\d+\s*$|"
    r".*\b(MRN|DOB|D\.O\.B\.|Med(ical)? Rec(ord)? (No|#))\b.*"
    r"\b(MRN|DOB|born|\d{1,2}/\d{1,2}/\d{2,4})\b.*|"
    r".*\bconfidential\b.*patient.*|printed\s+(on|by)\b.*)\s*$",
    re.IGNORECASE,
)
# Words that make a header line worth keeping once.
_CLINICAL = re.compile(
    r"\b(?:diagnos[ie]s|dx|carcinoma|adenocarcinoma|nsclc|sclc|histology|stage\s+[IV0-4]|"
    r"(?-i:EGFR|ALK|ROS1|KRAS|BRAF|MET|RET|NTRK[123]?|ERBB2|HER2)|PD-?L1)\b",
    re.IGNORECASE,
)
_EDGE = 4  # header/footer candidates: this many lines at the top and bottom of a page
# Words whose hyphen at a line end is real ("non-\nsmall" stays "non-small").
_KEEP_HYPHEN = {"non", "pan", "wild", "well", "poorly", "moderately", "anti", "c", "co", "ex"}


def _line_words(words: list[dict], y_tol: float = 3.0) -> list[list[dict]]:
    """Group words into visual lines by their top coordinate."""
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= y_tol:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _line_text(line: list[dict]) -> str:
    """Join one visual line; wide gaps become cell separators or line breaks."""
    widths = [(w["x1"] - w["x0"]) / max(len(w["text"]), 1) for w in line]
    char_w = sorted(widths)[len(widths) // 2] if widths else 5.0
    cells: list[list[str]] = [[line[0]["text"]]]
    for prev, w in pairwise(line):
        if w["x0"] - prev["x1"] > max(3 * char_w, 12.0):
            cells.append([w["text"]])
        else:
            cells[-1].append(w["text"])
    texts = [" ".join(c) for c in cells]
    if len(texts) > 1 and sum(":" in t[:-1] or t.endswith(":") for t in texts) >= 2:
        # Two-column key/value layout: each pair is its own line.
        return "\n".join(texts)
    return CELL_SEP.join(texts)


def _dehyphenate(lines: list[str]) -> list[str]:
    """Join words broken across lines ("adeno-" + "carcinoma")."""
    out: list[str] = []
    for line in lines:
        if out and re.search(r"[a-z]{2,}-$", out[-1]) and re.match(r"[a-z]", line):
            head = re.search(r"([A-Za-z]+)-$", out[-1])
            if head and head.group(1).lower() not in _KEEP_HYPHEN:
                first, _, rest = line.partition(" ")
                out[-1] = out[-1][:-1] + first
                if rest:
                    out.append(rest)
                continue
        out.append(line)
    return out


def _norm(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers/footers: known furniture, or edge lines repeated across pages."""
    repeated: set[str] = set()
    if len(pages) > 1:
        seen: Counter[str] = Counter()
        for lines in pages:
            seen.update({_norm(x) for x in lines[:_EDGE] + lines[-_EDGE:]})
        repeated = {k for k, n in seen.items() if n >= max(2, (len(pages) + 1) // 2)}
    out = []
    kept: set[str] = set()
    for lines in pages:
        keep = []
        for i, line in enumerate(lines):
            edge = i < _EDGE or i >= len(lines) - _EDGE
            if edge and (_norm(line) in repeated or _FURNITURE.match(line)):
                # A banner that carries a finding ("Diagnosis: NSCLC, NOS" on every page)
                # may be the only place it is printed: keep its first copy.
                if _CLINICAL.search(line) and _norm(line) not in kept:
                    kept.add(_norm(line))
                    keep.append(line)
                continue
            keep.append(line)
        out.append(keep)
    return out


def page_lines(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    lines: list[str] = []
    for item in columns.split(_line_words(words), float(page.width)):
        lines.extend((item if isinstance(item, str) else _line_text(item)).split("\n"))
    return lines


def lines_to_pages(pages: Iterable[list[str]]) -> list[str]:
    cleaned = _strip_furniture([list(p) for p in pages])
    return ["\n".join(_dehyphenate(lines)) for lines in cleaned]


def _encrypted(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's PDFPasswordIncorrect in a PdfminerException whose message
    is empty, so the whole cause chain and the wrapped arguments are checked."""
    seen: list[BaseException] = []
    todo: list[object] = [exc]
    while todo:
        e = todo.pop()
        if not isinstance(e, BaseException) or e in seen or len(seen) > 10:
            continue
        seen.append(e)
        text = f"{type(e).__name__} {e}".lower()
        if "password" in text or "encrypt" in text:
            return True
        todo += [e.__cause__, e.__context__, *e.args]
    return False


def read_raw(path: str | Path, *, max_pages: int | None = None) -> list[list[str]]:
    """The lines of each page, before headers/footers are removed. Raises PdfError subclasses."""
    try:
        with pdfplumber.open(str(path)) as pdf:
            if max_pages is not None and len(pdf.pages) > max_pages:
                raise PdfTooManyPages(
                    f"{len(pdf.pages)} pages > {max_pages}",
                    reason=f"this PDF has more than {max_pages} pages",
                )
            raw = [page_lines(page) for page in pdf.pages]
    except PdfError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for bad input
        if _encrypted(exc):
            raise PdfEncrypted(str(exc)) from exc
        raise PdfUnreadable(f"{type(exc).__name__}: {exc}") from exc
    if not raw:
        raise PdfUnreadable("no pages")
    return raw


def read_pdf(path: str | Path, *, max_pages: int | None = None) -> list[str]:
    """Return the text of each page, headers/footers removed. Raises PdfError subclasses."""
    return lines_to_pages(read_raw(path, max_pages=max_pages))
