"""Gold-label builders shared by the second blind set's case modules.

Every builder returns exactly the SCHEMA.md shape so a case file cannot drift from the contract.
"""

from __future__ import annotations

GENES = ("ALK", "EGFR", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "ERBB2", "PD-L1")
HISTOLOGIES = (
    "adenocarcinoma",
    "squamous cell carcinoma",
    "large cell carcinoma",
    "adenosquamous carcinoma",
    "small cell carcinoma",
    "non-small cell carcinoma",
    None,
)


def stage(prefix=None, t=None, n=None, m=None, group=None) -> dict:
    return {"prefix": prefix, "t": t, "n": n, "m": m, "group": group}


def pos(*variants: str) -> dict:
    return {"status": "positive", "variants": list(variants)}


def neg() -> dict:
    return {"status": "negative", "variants": []}


def eqv() -> dict:
    return {"status": "equivocal", "variants": []}


def pend() -> dict:
    return {"status": "pending", "variants": []}


def pdl1(tps: float | None, status: str | None = None) -> dict:
    # SCHEMA: positive at 1% or more, negative below; a pending PD-L1 has no score.
    if status is None:
        status = "positive" if tps >= 1 else "negative"
    return {"status": status, "tps": tps}


def negs(*genes: str) -> dict:
    return {g: neg() for g in genes}


def gold(histology=None, stage_=None, biomarkers=None, treatments=()) -> dict:
    """Build and sanity-check one gold label (file name is added by the generator)."""
    biomarkers = dict(biomarkers or {})
    assert histology in HISTOLOGIES, histology
    for gene in biomarkers:
        assert gene in GENES, gene
    for drug in treatments:
        assert drug == drug.lower(), drug
    return {
        "histology": histology,
        "stage": stage_,
        "biomarkers": biomarkers,
        "treatments": sorted(treatments),
    }
