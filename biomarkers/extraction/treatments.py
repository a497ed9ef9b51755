"""Treatments received: whether each drug a sentence names was given to the patient.

The drug lexicon itself lives in drugs.py (no spaCy), so pages and search can use it.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from .drugs import DRUG_PATTERN, generic
from .status import section_of

__all__ = ["DRUG_PATTERN", "generic", "received", "received_in_sentence"]

# A drug named this way was not received.
_BLOCKING = {
    "NEGATED_EXISTENCE", "NOT_RECEIVED", "NOT_A_FINDING", "HYPOTHETICAL", "FAMILY", "PLANNED",
    "POSSIBLE_EXISTENCE", "PENDING", "OPTION",
}  # fmt: skip
# Sections whose drugs were not given to the patient: a lab's therapy/trial list, the
# methods, variants of unknown significance, relatives' histories.
_NOT_GIVEN_SECTIONS = {"therapies", "methodology", "vus", "family_history"}


# "no progression on osimertinib": the negation is about the event, not the drug.
_EVENT = re.compile(
    r"\b(?:progression|progressive|recurrence|relapse|toxicit(?:y|ies)|side[- ]effects?|"
    r"adverse|complications?|issues|problems|pneumonitis|rash)\b",
    re.IGNORECASE,
)


def _negates_event(ent: Span, mod) -> bool:
    if (
        mod.category not in {"NEGATED_EXISTENCE", "NOT_RECEIVED"}
        or mod.modifier_span[1] > ent.start
    ):
        return False
    return bool(_EVENT.search(ent.doc[mod.modifier_span[0] : ent.start].text))


def _blocked(ent: Span) -> bool:
    """Planned, declined, negated, an option or in a lab's therapy list: not given."""

    cats = {m.category for m in ent._.modifiers if not _negates_event(ent, m)}
    return bool(cats & _BLOCKING) or section_of(ent) in _NOT_GIVEN_SECTIONS


_REGIMEN_JOIN = re.compile(r"\s*[/+]\s*|-")


def received_in_sentence(drugs: list[Span], *, strict: bool = False) -> list[bool]:
    """``received`` for the drugs of one sentence, where a regimen is one unit: in
    "2L docetaxel/ramucirumab since May" the receipt words reach the first drug only, but
    the regimen was given whole. A drug that is itself planned or declined stays out."""
    flags = [received(d, strict=strict) for d in drugs]
    for _ in range(len(drugs)):  # a regimen of n drugs needs at most n passes
        changed = False
        for i, (a, b) in enumerate(itertools.pairwise(drugs)):
            if flags[i] == flags[i + 1] or not _REGIMEN_JOIN.fullmatch(
                a.doc.text[a.end_char : b.start_char]
            ):
                continue
            j = i + 1 if flags[i] else i
            if not _blocked(drugs[j]):
                flags[j] = changed = True
        if not changed:
            break
    return flags


def received(ent: Span, *, strict: bool = False) -> bool:
    """Whether the drug was given to the patient. ``strict`` (lab reports): only with
    receipt language ("currently receiving", "previously treated with", "on … since");
    a lab names drugs mostly in therapy-association and trial lists."""
    if _blocked(ent):
        return False
    if not strict:
        return True
    return any(m.category.startswith("RECEIVED") for m in ent._.modifiers)
