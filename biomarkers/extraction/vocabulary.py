"""The engine's vocabulary, defined once: the SCHEMA.md names it emits and the portal shows.

Plain tuples, no imports: the web process imports this (answers' conditions, the services
validating a patient's correction) without loading spaCy or pdfplumber.
"""

from __future__ import annotations

__all__ = ["ALTERATIONS", "GENES", "HISTOLOGIES", "METHODS", "STATUSES", "UNCLEAR"]

# The SCHEMA.md genes, in the order reports and pages list them.
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
