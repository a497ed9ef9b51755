"""Plain data types of the extraction engine (no spaCy, no Django)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The SCHEMA.md vocabulary, in one place: the engine emits it, the services validate a
# patient's corrections against it and the answers' conditions are written in it.
GENES = ("ALK", "EGFR", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "ERBB2", "PD-L1")
STATUSES = ("positive", "negative", "equivocal", "pending")
# The engine abstains with this status when it sees a gene's result it cannot read for sure
# (garbled OCR, two statements of one report that disagree). It is never a SCHEMA status:
# ``to_schema`` leaves unclear genes out, and the portal shows them as "ask your team".
UNCLEAR = "unclear"
# How a result was obtained, where the report says so.
METHODS = ("IHC", "FISH", "PCR", "NGS", "plasma")
# What kind of result it is. Targeted drugs are chosen for mutations and fusions; protein
# expression or an amplification of EGFR or HER2 is not the mutation those drugs are for.
ALTERATIONS = ("mutation", "fusion", "amplification", "expression")
HISTOLOGIES = (
    "adenocarcinoma",
    "squamous cell carcinoma",
    "large cell carcinoma",
    "adenosquamous carcinoma",
    "small cell carcinoma",
    "non-small cell carcinoma",
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

    def to_schema(self, *, evidence: bool = False) -> dict:
        # Imported here so that types.py stays free of the merge logic.
        from .report import to_schema

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
