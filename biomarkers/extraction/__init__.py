"""Biomarker extraction engine: PDF → page texts → medspaCy rules → SCHEMA facts.

Pure Python/spaCy: no Django import anywhere in this package. The flow, one module a step:

    pdf.read_pdf (pdfplumber, columns.py)  → page texts
    report.extract_text                     → ocr.repair, nlp (the medspaCy pipeline built from
                                              genes / variants / drugs / histology / rules),
                                              then per sentence: statements (is it a result
                                              statement?), status.mentions, pdl1, histology,
                                              treatments; headed (results under a test
                                              heading); kinds (mutation / fusion / ...,
                                              IHC / FISH / ...); stage
    schema.to_schema                        → the SCHEMA.md shape (unclear genes left out)

Importing this package, ``types`` or ``vocabulary`` loads neither spaCy nor pdfplumber: the
web process imports the vocabulary and the error types; the NLP is built on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .types import (
    Evidence,
    Fact,
    PdfEncrypted,
    PdfError,
    PdfTooManyPages,
    PdfUnreadable,
    Report,
)

if TYPE_CHECKING:
    from .pdf import read_pdf
    from .report import extract_text

__all__ = [
    "Evidence", "Fact", "PdfEncrypted", "PdfError", "PdfTooManyPages", "PdfUnreadable",
    "Report", "extract", "extract_text", "read_pdf", "warm_up",
]  # fmt: skip


def __getattr__(name: str):
    # PEP 562: the heavy entry points are imported when first asked for, not with the package.
    if name == "read_pdf":
        from .pdf import read_pdf

        return read_pdf
    if name == "extract_text":
        from .report import extract_text

        return extract_text
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extract(pdf_path: str | Path, *, max_pages: int | None = None) -> Report:
    """Read the PDF once and extract its facts."""
    from .pdf import read_pdf
    from .report import extract_text

    pages = read_pdf(pdf_path, max_pages=max_pages)
    return extract_text(pages, file=Path(pdf_path).name)


def warm_up() -> None:
    """Build the NLP pipeline now (e.g. in a worker's start-up) instead of on first use."""
    from .nlp import get_nlp

    get_nlp()
