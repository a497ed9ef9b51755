"""Two-column prose layouts: find the gutter and read each column top to bottom.

pdfplumber returns visual lines across the whole page width, so two newspaper columns come
back interleaved ("...with lung   A CD74-ROS1 fusion was..."), and every sentence is cut in
half. A block of lines is read as two columns when one vertical gutter runs through all of
them, both sides hold prose (at least half their lines of >= 5 words) and neither side has a
gutter of its own — a table has several aligned gutters, which is how its rows are told apart from
columns (table rows must stay whole so a gene and its result share a line).
"""

from __future__ import annotations

from itertools import pairwise

_MARGIN = 3.0  # clear space either side of a gutter, in points
_MIN_PROSE_WORDS = 5
_MIN_PROSE_LINES = 2
_MIN_PROSE_SHARE = 0.5


def _crosses(line: list[dict], x: float) -> bool:
    return any(w["x0"] - _MARGIN < x < w["x1"] + _MARGIN for w in line)


def _has_inner_gutter(side: list[list[dict]]) -> bool:
    """Whether the words of one side line up in cells (a table) rather than wrap freely."""
    multi = [line for line in side if len(line) >= 2]
    if len(multi) < 3:
        return False
    lo = min(w["x0"] for line in multi for w in line)
    hi = max(w["x1"] for line in multi for w in line)
    x = lo + 10
    while x < hi - 10:
        spanning = [ln for ln in multi if ln[0]["x0"] < x < ln[-1]["x1"]]
        if len(spanning) >= 3 and not any(_crosses(ln, x) for ln in spanning):
            return True
        x += 3
    return False


def _is_columns(run: list[list[dict]], x: float) -> bool:
    left = [[w for w in line if w["x1"] <= x] for line in run]
    right = [[w for w in line if w["x0"] >= x] for line in run]
    for side in (left, right):
        prose = sum(len(s) >= _MIN_PROSE_WORDS for s in side)
        # Mostly prose: a table with a long header line or two above it is not two columns.
        if prose < max(_MIN_PROSE_LINES, _MIN_PROSE_SHARE * sum(bool(s) for s in side)):
            return False
    return not (_has_inner_gutter(left) or _has_inner_gutter(right))


def find_gutter(lines: list[list[dict]], width: float) -> tuple[float, int, int] | None:
    """(gutter x, first line, end line) of the longest two-column block, or None."""
    best: tuple[int, float, int, int] | None = None
    x = width * 0.3
    while x < width * 0.7:
        i = 0
        while i < len(lines):
            if _crosses(lines[i], x):
                i += 1
                continue
            j = i
            while j < len(lines) and not _crosses(lines[j], x):
                j += 1
            if j - i >= 3 and (best is None or j - i > best[0]) and _is_columns(lines[i:j], x):
                best = (j - i, x, i, j)
            i = j
        x += 3
    return None if best is None else (best[1], best[2], best[3])


def _side_text(lines: list[list[dict]]) -> list[str]:
    """One string per line of a column; a blank line where the column starts a paragraph."""
    lines = [ln for ln in lines if ln]
    if not lines:
        return []
    steps = sorted(b[0]["top"] - a[0]["top"] for a, b in pairwise(lines))
    usual = steps[len(steps) // 2] if steps else 0.0
    out = [" ".join(w["text"] for w in lines[0])]
    for a, b in pairwise(lines):
        if usual and b[0]["top"] - a[0]["top"] > 1.3 * usual:
            out.append("")
        out.append(" ".join(w["text"] for w in b))
    return out


def split(lines: list[list[dict]], width: float) -> list[list[dict] | str]:
    """Visual lines with every two-column block replaced by its columns' text lines.

    Items are either a visual line (list of words, laid out by the caller) or an already
    laid-out text line of a column.
    """
    found = find_gutter(lines, width)
    if found is None:
        return list(lines)
    x, i, j = found
    run = lines[i:j]
    left = _side_text([[w for w in ln if w["x1"] <= x] for ln in run])
    right = _side_text([[w for w in ln if w["x0"] >= x] for ln in run])
    return [*lines[:i], *left, "", *right, "", *split(lines[j:], width)]
