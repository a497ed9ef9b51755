"""The portal's words for findings, defined once and imported everywhere.

The clinical vocabulary itself (genes, statuses, histologies, methods, kinds of alteration)
belongs to the extraction engine (``biomarkers/extraction/types.py``), which emits it; this
module re-exports it for the Django side and adds what only the portal needs: the kinds of
stored finding, the stage fields, the order genes are shown in, and the plain-language words
the record page, the dashboard, the personalized answers and the FHIR export use for them.

Imported by records (cards), answers (conditions, personalization), portal.accounts (export,
FHIR) and biomarkers itself; it imports nothing of those apps.
"""

from __future__ import annotations

from django.db import models

# Brand names -> generic (plain data, no NLP): search treats "Tagrisso" as "osimertinib".
from biomarkers.extraction.drugs import BRANDS as DRUG_BRANDS
from biomarkers.extraction.types import (
    ALTERATIONS,
    GENES,
    HISTOLOGIES,
    METHODS,
    STATUSES,
    UNCLEAR,
)

__all__ = [
    "ALTERATIONS",
    "DRUG_BRANDS",
    "GENES",
    "GENE_NAMES",
    "HISTOLOGIES",
    "KIND_TITLES",
    "METHODS",
    "STAGE_FIELDS",
    "STAGE_TNM",
    "STATUSES",
    "STATUS_WORDS",
    "UNCLEAR",
    "UNCLEAR_WORDS",
    "FindingKind",
    "alteration_words",
    "gene_name",
    "gene_rank",
    "how_words",
    "method_words",
    "tnm_text",
]


class FindingKind(models.TextChoices):
    HISTOLOGY = "histology", "Histology"
    STAGE = "stage", "Stage"
    BIOMARKER = "biomarker", "Biomarker"
    PDL1 = "pdl1", "PD-L1"
    TREATMENT = "treatment", "Treatment"
    # The date the report states for itself (collection, else report date): orders reports.
    REPORT_DATE = "report_date", "Report date"


# The kinds whose findings carry a gene and a status (a SCHEMA "biomarkers" entry).
GENE_KINDS = frozenset({FindingKind.BIOMARKER, FindingKind.PDL1})

# A stage as SCHEMA.md gives it; the T, N and M parts with the words a patient reads.
STAGE_FIELDS = ("prefix", "t", "n", "m", "group")
STAGE_TNM = (
    ("t", "Primary tumor (T)"),
    ("n", "Lymph nodes (N)"),
    ("m", "Metastasis (M)"),
)

# Genes are shown in GENES order (the engine's); a name a patient may know better beside it.
GENE_NAMES = {"ERBB2": "HER2 (ERBB2)"}

STATUS_WORDS = {
    "positive": "positive",
    "negative": "negative (no change found)",
    "equivocal": "unclear (equivocal)",
    "pending": "result not back yet (pending)",
}
# The engine abstained: it saw a result it could not read for sure. Never a status.
UNCLEAR_WORDS = "We could not read this result for sure — ask your team."
KIND_TITLES = {
    FindingKind.HISTOLOGY: "Type of cancer",
    FindingKind.STAGE: "Stage",
    FindingKind.PDL1: "PD-L1",
    FindingKind.TREATMENT: "Treatment",
    FindingKind.REPORT_DATE: "Date of the report",
}
_METHOD_WORDS = {
    "IHC": "by immunohistochemistry (IHC)",
    "FISH": "by FISH",
    "PCR": "by PCR",
    "NGS": "by next-generation sequencing (NGS)",
    "plasma": "in a blood (plasma) test",
}
_SHORT_ALTERATION = {"mutation": "mutation", "fusion": "fusion", "amplification": "amplification"}
_ALTERATION_WORDS = {
    "mutation": "mutation",
    "fusion": "fusion (rearrangement)",
    "amplification": "amplification (extra copies of the gene)",
    "expression": "protein expression",
}


def gene_name(gene: str | None) -> str:
    return GENE_NAMES.get(gene or "", gene or "biomarker")


def gene_rank(gene: str) -> tuple[int, str]:
    """Sort key: genes in display order, anything unknown after them."""
    return (GENES.index(gene) if gene in GENES else len(GENES), gene)


def tnm_text(value: dict) -> str:
    """'pT2a N0 M1a': the prefix once, before T, as reports write it ('' if no T, N or M)."""
    parts = ((value.get("prefix") or "") + (value.get("t") or ""), value.get("n"), value.get("m"))
    return " ".join(str(v) for v in parts if v)


def method_words(method: str | None) -> str:
    return _METHOD_WORDS.get(method or "", "")


def alteration_words(alteration: str | None) -> str:
    return _ALTERATION_WORDS.get(alteration or "", "")


def how_words(method: str | None, alteration: str | None) -> str:
    """'protein expression (IHC)', 'amplification, by FISH', 'by NGS' or '' (nothing stated).

    Protein expression is named as such, so a patient never reads it as a mutation.
    """
    if alteration == "expression":
        return "protein expression" + (f" ({method})" if method else "")
    parts = [a for a in (_SHORT_ALTERATION.get(alteration or ""),) if a]
    if method:
        parts.append(f"by {method}")
    return ", ".join(parts)
