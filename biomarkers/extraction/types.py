"""Plain data types of the extraction engine (no spaCy, no Django)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The vocabulary lives in vocabulary.py; re-exported here for the modules that import it
# from types.
from .vocabulary import (  # noqa: F401
    ALTERATIONS,
    GENES,
    HISTOLOGIES,
    METHODS,
    STATUSES,
    UNCLEAR,
)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: ``pages[page - 1][start:end] == sentence``."""

    page: int  # 1-based page number
    sentence: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {"page": self.page, "sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass
class Fact:
    """One finding read from one sentence; a report merges them per field."""

    kind: str  # "histology" | "stage" | "biomarker" | "pdl1" | "treatment"
    evidence: Evidence
    gene: str | None = None
    status: str | None = None  # a SCHEMA status, or UNCLEAR
    variants: list[str] = field(default_factory=list)
    value: dict = field(default_factory=dict)
    method: str | None = None  # one of METHODS, where stated
    alteration: str | None = None  # one of ALTERATIONS, where known


@dataclass
class Report:
    file: str
    pages: list[str]
    document_kind: str
    facts: list[Fact]
    # Pages read by OCR (scan_types.PageImageText), empty for a text PDF. Optional.
    scans: list[Any] = field(default_factory=list)

    def to_schema(self, *, evidence: bool = False) -> dict:
        # Imported here so that types.py stays free of the merge logic (and of spaCy).
        from .schema import to_schema

        return to_schema(self, evidence=evidence)


class PdfError(Exception):
    """A PDF that cannot be used; ``reason`` is a sentence a patient understands."""

    reason = "this PDF could not be read"

    def __init__(self, message: str = "", *, reason: str | None = None) -> None:
        if reason is not None:
            self.reason = reason
        super().__init__(message or self.reason)


class PdfEncrypted(PdfError):
    reason = "this file is password-protected"


class PdfUnreadable(PdfError):
    reason = "this PDF could not be read"


class PdfTooManyPages(PdfError):
    reason = "this PDF has too many pages"
