"""The record page's view of OCR'd pages: the page image with each evidence's words boxed.

Boxes come from the OCR words stored with the page (``ScanPage.words``) whose offsets fall
inside a finding's evidence; they are drawn as SVG rectangles over the page image, so no
inline style is needed (the CSP allows none).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse

from records.highlight import mark_id_for


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    width: int
    height: int
    mark_id: str
    label: str


@dataclass
class ScanPageView:
    number: int
    width: int
    height: int
    url: str
    boxes: list[Box] = field(default_factory=list)


def _word_boxes(words: list[list[Any]], start: int, end: int) -> list[tuple[int, int, int, int]]:
    out = []
    for word in words:
        try:
            _text, left, top, width, height, _conf, w_start, w_end = word
        except (TypeError, ValueError):
            continue
        if int(w_start) >= 0 and int(w_start) < end and int(w_end) > start:
            out.append((int(left), int(top), int(width), int(height)))
    return out


def scan_page_views(
    record, scan_pages: Iterable[Any], findings: Iterable[Any]
) -> list[ScanPageView]:
    """Each OCR'd page with the word boxes of the findings read on it."""
    by_page: dict[int, list[Any]] = {}
    for f in findings:
        by_page.setdefault(int(f.page), []).append(f)
    views = []
    for sp in scan_pages:
        view = ScanPageView(
            number=sp.page,
            width=sp.width,
            height=sp.height,
            url=reverse("records:page-image", args=[record.public_id, sp.page]),
        )
        for f in by_page.get(sp.page, []):
            pad = 2
            for left, top, width, height in _word_boxes(sp.words, f.char_start, f.char_end):
                view.boxes.append(
                    Box(
                        max(0, left - pad),
                        max(0, top - pad),
                        width + 2 * pad,
                        height + 2 * pad,
                        mark_id=f"scan-{mark_id_for(f)}",
                        label=f.sentence[:200],
                    )
                )
        views.append(view)
    return views
