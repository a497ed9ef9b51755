"""Short plain-words labels for findings, shared by the record page and the dashboard.

They restate the report and nothing more: a status the report gave, the variants it named,
the score it printed. The full sentence from the report is always shown next to them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from biomarkers.record_merge import effective, fact_key
from biomarkers.vocabulary import (
    KIND_TITLES,
    STATUS_WORDS,
    UNCLEAR,
    UNCLEAR_WORDS,
    FindingKind,
    how_words,
    tnm_text,
)


def title(kind: str, gene: str | None) -> str:
    if kind == FindingKind.BIOMARKER:
        return gene or "Biomarker"
    return KIND_TITLES.get(kind, kind.title())


def date_text(iso: Any) -> str:
    """'14 March 2025' for an ISO date; 'no date' when there is none."""
    try:
        when = date.fromisoformat(str(iso))
    except ValueError:
        return "no date"
    return f"{when.day} {when:%B %Y}"


def month_text(when: date | None) -> str:
    """'Mar 2025', the way a history reads ('not amplified (Feb 2025) → amplified')."""
    return f"{when:%b %Y}" if when else "undated"


def stage_text(value: dict) -> str:
    tnm = tnm_text(value)
    group = value.get("group")
    if group and tnm:
        return f"{group} ({tnm})"
    return group or tnm or "mentioned"


def value_text(
    kind: str,
    status: str | None,
    variants: Any,
    value: dict,
    *,
    method: str | None = None,
    alteration: str | None = None,
) -> str:
    """What the report says, in a few words: 'positive (EML4-ALK)', 'score 60%', 'IVA'.

    How the result was obtained and what kind it is follow where the report says so:
    'positive — protein expression (IHC)', 'negative — by FISH'. An unclear reading (the
    engine could not read it for sure) says so and states no status.
    """
    value = value or {}
    if status == UNCLEAR:
        return UNCLEAR_WORDS
    if kind == FindingKind.HISTOLOGY:
        return str(value.get("histology") or "mentioned")
    if kind == FindingKind.STAGE:
        return stage_text(value)
    if kind == FindingKind.TREATMENT:
        return str(value.get("drug") or "mentioned")
    if kind == FindingKind.REPORT_DATE:
        return date_text(value.get("date"))
    if (
        kind == FindingKind.PDL1
        and value.get("tps") is not None
        and status not in ("pending", "equivocal")
    ):
        tps = float(value["tps"])
        return "score less than 1%" if tps < 1 else f"score {tps:g}%"
    words = STATUS_WORDS.get(status or "", status or "mentioned")
    variants = list(variants or [])
    if status == "positive" and variants:
        words = f"{words} ({', '.join(variants)})"
    how = how_words(method, alteration)
    return f"{words} — {how}" if how else words


def finding_text(finding: Any) -> str:
    """A stored finding as the patient sees it (their correction replaces the reading)."""
    eff = effective(finding)
    return value_text(
        finding.kind,
        eff["status"],
        eff["variants"],
        eff["value"],
        method=getattr(finding, "method", None),
        alteration=getattr(finding, "alteration", None),
    )


def fact_text(fact: Any) -> str:
    """A biomarkers.profile.ProfileFact (already effective)."""
    return value_text(
        fact.kind,
        fact.status,
        fact.variants,
        fact.value,
        method=getattr(fact, "method", None),
        alteration=getattr(fact, "alteration", None),
    )


# --- one card per fact -----------------------------------------------------------------------
# Reports often state one result several times (diagnosis line, comment, summary table). One
# card per sentence made the record page a long list of repeats; a card now stands for one
# fact and lists every sentence that states it, each linked to its place in the report.


@dataclass(frozen=True)
class Evidence:
    finding: Any
    mark_id: str  # id of the highlighted sentence in the report text, "" if not located


@dataclass
class Card:
    finding: Any  # the reading the card shows, and that the patient checks or corrects
    title: str
    text: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def unclear(self) -> bool:
        """The engine could not read this result for sure (and the patient did not correct it)."""
        return effective(self.finding)["status"] == UNCLEAR


def finding_cards(findings: Iterable[Any], links: dict) -> list[Card]:
    """Findings of one record (in report order) as cards, one per fact and reading.

    Sentences that read the same (same fact, same words) share a card. Sentences that
    disagree keep their own cards, so a report that contradicts itself shows it. Where the
    patient corrected a fact, the correction is what counts (as in the profile), so all the
    sentences on that fact go under the corrected card.
    """
    findings = list(findings)
    corrected = {fact_key(f): f for f in findings if f.confirmation == "corrected"}
    cards: dict[tuple[str, str], Card] = {}
    for f in findings:
        key = fact_key(f)
        lead = corrected.get(key)
        text = finding_text(lead or f)
        card = cards.get((key, text))
        if card is None:
            card = Card(finding=lead or f, title=title(f.kind, f.gene), text=text)
            cards[(key, text)] = card
        card.evidence.append(Evidence(finding=f, mark_id=links.get(f.public_id, "")))
    for card in cards.values():
        if card.finding.confirmation == "unconfirmed":
            # A sentence the patient already checked speaks for the card.
            checked = [e.finding for e in card.evidence if e.finding.confirmation != "unconfirmed"]
            card.finding = checked[0] if checked else card.finding
        # The card's own reading first; the others in report order.
        card.evidence.sort(key=lambda e: e.finding is not card.finding)
    return list(cards.values())
