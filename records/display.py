"""Short plain-words labels for findings, shared by the record page and the dashboard.

They restate the report and nothing more: a status the report gave, the variants it named,
the score it printed. The full sentence from the report is always shown next to them.
"""

from __future__ import annotations

from typing import Any

from biomarkers.profile import effective

STATUS_WORDS = {
    "positive": "positive",
    "negative": "negative (no change found)",
    "equivocal": "unclear (equivocal)",
    "pending": "result not back yet (pending)",
}
KIND_TITLES = {
    "histology": "Type of cancer",
    "stage": "Stage",
    "pdl1": "PD-L1",
    "treatment": "Treatment",
}


def title(kind: str, gene: str | None) -> str:
    if kind == "biomarker":
        return gene or "Biomarker"
    return KIND_TITLES.get(kind, kind.title())


def stage_text(value: dict) -> str:
    tnm = " ".join(
        v
        for v in (
            (value.get("prefix") or "") + (value.get("t") or ""),
            value.get("n"),
            value.get("m"),
        )
        if v
    )
    group = value.get("group")
    if group and tnm:
        return f"{group} ({tnm})"
    return group or tnm or "mentioned"


def value_text(kind: str, status: str | None, variants: Any, value: dict) -> str:
    """What the report says, in a few words: 'positive (EML4-ALK)', 'score 60%', 'IVA'."""
    value = value or {}
    if kind == "histology":
        return str(value.get("histology") or "mentioned")
    if kind == "stage":
        return stage_text(value)
    if kind == "treatment":
        return str(value.get("drug") or "mentioned")
    if kind == "pdl1" and value.get("tps") is not None and status not in ("pending", "equivocal"):
        tps = float(value["tps"])
        return "score less than 1%" if tps < 1 else f"score {tps:g}%"
    words = STATUS_WORDS.get(status or "", status or "mentioned")
    variants = list(variants or [])
    if status == "positive" and variants:
        return f"{words} ({', '.join(variants)})"
    return words


def finding_text(finding: Any) -> str:
    """A stored finding as the patient sees it (their correction replaces the reading)."""
    eff = effective(finding)
    return value_text(finding.kind, eff["status"], eff["variants"], eff["value"])


def fact_text(fact: Any) -> str:
    """A biomarkers.profile.ProfileFact (already effective)."""
    return value_text(fact.kind, fact.status, fact.variants, fact.value)
