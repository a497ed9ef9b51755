"""Plain data for pages read from an image (a scan or a photo): words, boxes, confidences.

Kept apart from ``types.py`` so the text-PDF path and its dataclasses stay as they are; the
worker stores these next to the record so evidence can be shown in place on the page image.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .types import PdfError

# Word confidence (Tesseract, 0..100) under which a word counts as doubtful.
LOW_CONFIDENCE = 60.0


class ScanError(PdfError):
    """A scan or photo that cannot be read; ``reason`` is a sentence a patient understands."""

    reason = "this image could not be read"


@dataclass(frozen=True)
class OcrWord:
    """One word found on the page image; the box is in pixels of ``PageImageText.preview``."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float  # 0..100
    start: int = -1  # offsets of the word in the page text; -1 when the word was dropped
    end: int = -1

    def as_list(self) -> list[Any]:
        return [
            self.text, self.left, self.top, self.width, self.height,
            round(self.confidence, 1), self.start, self.end,
        ]  # fmt: skip

    @classmethod
    def from_list(cls, data: list[Any]) -> OcrWord:
        text, left, top, width, height, conf, start, end = data
        return cls(
            str(text), int(left), int(top), int(width), int(height), float(conf),
            int(start), int(end),
        )  # fmt: skip


@dataclass
class PageImageText:
    """One page that was read by OCR: its text's words, their boxes and a small preview."""

    page: int  # 1-based
    width: int  # of the preview image, in pixels
    height: int
    words: list[OcrWord] = field(default_factory=list)
    preview: bytes = b""  # JPEG of the page as read (upright, deskewed)
    rotated: int = 0  # degrees the page was turned to be upright
    skew: float = 0.0  # degrees of skew corrected

    def words_in(self, start: int, end: int) -> list[OcrWord]:
        """Words whose text overlaps ``[start, end)`` of the page text."""
        return [w for w in self.words if w.start >= 0 and w.start < end and w.end > start]

    def as_json(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "width": self.width,
            "height": self.height,
            "rotated": self.rotated,
            "skew": self.skew,
            "words": [w.as_list() for w in self.words],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], preview: bytes = b"") -> PageImageText:
        return cls(
            page=int(data["page"]),
            width=int(data["width"]),
            height=int(data["height"]),
            words=[OcrWord.from_list(w) for w in data.get("words") or []],
            preview=preview,
            rotated=int(data.get("rotated") or 0),
            skew=float(data.get("skew") or 0.0),
        )


@dataclass
class ReadDocument:
    """Page texts (as ``pdf.read_pdf`` returns them) plus the pages that came from OCR."""

    pages: list[str]
    scans: list[PageImageText] = field(default_factory=list)
