"""Biomarker extraction engine: PDF → page texts → medspaCy rules → SCHEMA facts.

Pure Python/spaCy: no Django import anywhere in this package.
"""

from __future__ import annotations

from pathlib import Path

from .pdf import read_pdf
from .report import extract_text
from .types import (
    Evidence,
    Fact,
    PdfEncrypted,
    PdfError,
    PdfTooManyPages,
    PdfUnreadable,
    Report,
)

__all__ = [
    "Evidence", "Fact", "PdfEncrypted", "PdfError", "PdfTooManyPages", "PdfUnreadable",
    "Report", "extract", "extract_text", "read_pdf", "warm_up",
]  # fmt: skip


def extract(pdf_path: str | Path, *, max_pages: int | None = None) -> Report:
    """Read the PDF once and extract its facts."""
    pages = read_pdf(pdf_path, max_pages=max_pages)
    return extract_text(pages, file=Path(pdf_path).name)


def warm_up() -> None:
    """Build the NLP pipeline now (e.g. in a worker's start-up) instead of on first use."""
    from .nlp import get_nlp

    get_nlp()
