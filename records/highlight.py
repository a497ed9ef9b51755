"""Split a record's stored page texts into plain and highlighted pieces for the record page.

Each evidence sentence becomes one ``<mark id=...>`` the finding links to. Findings whose
spans overlap (several facts read from one sentence) share one mark, so the page never nests
marks and every finding still has somewhere to point.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Piece:
    text: str
    mark_id: str = ""  # empty: plain text


@dataclass
class HighlightedPage:
    number: int
    pieces: list[Piece] = field(default_factory=list)


def mark_id_for(finding: Any) -> str:
    return f"ev-{finding.public_id}"


def highlight_pages(
    pages: list[str], findings: Iterable[Any]
) -> tuple[list[HighlightedPage], dict[Any, str]]:
    """Pages split into pieces, and each finding's public_id -> the mark id it links to.

    A finding whose offsets do not fit its page (a bad extraction) gets no entry: the page
    shows its quote without a link rather than highlighting the wrong words.
    """
    spans: dict[int, list[tuple[int, int, Any]]] = {}
    for f in findings:
        if not 1 <= f.page <= len(pages):
            continue
        text = pages[f.page - 1] or ""
        start, end = int(f.char_start), int(f.char_end)
        if 0 <= start < end <= len(text):
            spans.setdefault(f.page, []).append((start, end, f))

    links: dict[Any, str] = {}
    out: list[HighlightedPage] = []
    for number, text in enumerate(pages, start=1):
        page = HighlightedPage(number=number)
        cursor = 0
        merged: list[tuple[int, int, list[Any]]] = []
        for start, end, f in sorted(spans.get(number, []), key=lambda s: (s[0], -s[1])):
            if merged and start < merged[-1][1]:
                last = merged[-1]
                merged[-1] = (last[0], max(last[1], end), [*last[2], f])
            else:
                merged.append((start, end, [f]))
        for start, end, group in merged:
            mark = mark_id_for(group[0])
            for f in group:
                links[f.public_id] = mark
            if start > cursor:
                page.pieces.append(Piece(text[cursor:start]))
            page.pieces.append(Piece(text[start:end], mark_id=mark))
            cursor = end
        if cursor < len(text or ""):
            page.pieces.append(Piece(text[cursor:]))
        out.append(page)
    return out, links
