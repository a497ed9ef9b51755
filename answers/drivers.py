"""Actionable drivers and the stated M category: the vocabulary of the ``driver`` and
``stage_m`` condition keys (answers.conditions), in one place."""

from __future__ import annotations

from typing import Any

from biomarkers.vocabulary import GENES

# Genes content may name. NRG1 fusions have a medicine of their own (zenocutuzumab); the
# engine learns to report NRG1 separately, so it is accepted here whether or not the engine's
# vocabulary has it yet.
CONDITION_GENES: tuple[str, ...] = GENES + tuple(g for g in ("NRG1",) if g not in GENES)

# Actionable drivers, defined once (conditions, relevance, suggestions): a positive result in
# any of them means a targeted medicine is usually considered before immunotherapy, so text
# about "immunotherapy alone for a high PD-L1 score" must not be shown (issue 15). KRAS counts
# only with G12C, the KRAS change that has approved medicines; KRAS G12D, G12V... do not.
DRIVER_GENES: tuple[str, ...] = (
    "EGFR", "ALK", "ROS1", "RET", "BRAF", "MET", "NTRK", "ERBB2", "KRAS", "NRG1",
)  # fmt: skip
DRIVER_VARIANTS: dict[str, frozenset[str]] = {"KRAS": frozenset({"G12C"})}
# A result about the protein level (HER2 3+ by IHC, c-Met protein) is not a driver mutation or
# fusion, where the report says that is what it is.
NOT_A_DRIVER_ALTERATIONS = frozenset({"expression"})
# AJCC 8th edition M categories, as the engine writes them (biomarkers/extraction/stage.py).
M_CATEGORIES = ("M0", "M1", "M1a", "M1b", "M1c")


def _variant_key(variant: str) -> str:
    text = variant.strip().upper()
    return text[2:] if text.startswith("P.") else text


def _is_driver(gene: str, fact: Any) -> bool:
    # Driver genes have no score-based status (that is PD-L1 only): the stated one counts.
    if gene not in DRIVER_GENES or fact.status != "positive":
        return False
    if getattr(fact, "alteration", None) in NOT_A_DRIVER_ALTERATIONS:
        return False
    wanted = DRIVER_VARIANTS.get(gene)
    return wanted is None or any(_variant_key(v) in wanted for v in fact.variants or ())


def driver_positive(profile: Any) -> bool:
    """True when the records show a positive result in any actionable driver."""
    return any(_is_driver(gene, fact) for gene, fact in profile.biomarkers.items())


def profile_stage_m(profile: Any) -> str | None:
    stage = getattr(profile, "stage", None)
    return (stage.value or {}).get("m") if stage is not None else None
