"""Histologic type: lexicon patterns and the choice among several mentions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the merge imports this module without spaCy
    from spacy.tokens import Span

_NOT_NON = r"(?<!non-)(?<!non )(?<!non)(?<!non\s-)"
# (SCHEMA histology, regex). Order matters only for overlaps of equal length.
PATTERNS: list[tuple[str, str]] = [
    ("adenosquamous carcinoma", r"\badeno-?\s?squamous\s+(?:cell\s+)?carcinoma\b"),
    (
        "non-small cell carcinoma",
        r"\bnon[- ]?small[- ]cell\s+(?:lung\s+)?(?:carcinoma|cancer)\b|(?-i:\bNSCLC\b)|\bNSCC\b",
    ),
    (
        "small cell carcinoma",
        _NOT_NON + r"\bsmall[- ]cell\s+(?:lung\s+)?(?:carcinoma|cancer)\b|(?<![Nn])(?-i:\bSCLC\b)",
    ),
    (
        "large cell carcinoma",
        r"\blarge[- ]cell\s+(?:neuroendocrine\s+)?(?:carcinoma|cancer)\b|(?-i:\bLCNEC\b)",
    ),
    (
        "squamous cell carcinoma",
        r"(?<!adeno)(?<!adeno-)\bsquamous(?:\s+cell)?\s+(?:lung\s+)?(?:carcinoma|cancer)\b|(?-i:\bSCC\b|\bSqCC\b|\bLUSC\b)",
    ),
    ("adenocarcinoma", r"\badeno-?\s?carcinoma\b|(?-i:\bLUAD\b)"),
]
_COMPILED = [(name, re.compile(p, re.IGNORECASE)) for name, p in PATTERNS]

# Words that make a mention not about this patient's tumour.
_BLOCKING = {"NEGATED_EXISTENCE", "NOT_A_FINDING", "HYPOTHETICAL", "FAMILY", "PLANNED"}
_SPECIFIC_BEATS_NOS = "non-small cell carcinoma"


def classify(text: str) -> str | None:
    for name, rx in _COMPILED:
        if rx.search(text):
            return name
    return None


def _applies(ent: Span, mod) -> bool:
    """A negation after the diagnosis only counts right next to it ("carcinoma: negative");
    "Adenocarcinoma, margins negative" and "(p40 positive, TTF-1 negative)" negate
    something else."""
    if mod.category != "NEGATED_EXISTENCE" or mod.modifier_span[0] < ent.end:
        return True
    between = ent.doc[ent.end : mod.modifier_span[0]]
    return not any(t.is_alpha or t.like_num for t in between)


def usable(ent: Span) -> bool:
    if ent[0]._.section_category == "family_history":
        return False  # a relative's cancer
    cats = {m.category for m in ent._.modifiers if _applies(ent, m)}
    if cats & _BLOCKING:
        # "non-squamous NSCLC" in a testing recommendation, "negative for carcinoma" …
        return False
    # "non-squamous" is a qualifier, not a squamous carcinoma.
    before = ent.doc.text[max(0, ent.start_char - 5) : ent.start_char].lower()
    return not before.rstrip(" -").endswith("non")


_PAST_SECTIONS = {"prior_diagnosis", "past_medical_history"}
_PAST_WORDS = re.compile(r"^(?:(?:a\s+)?(?:past\s+|prior\s+|previous\s+)?history\s+of|h/o)$", re.I)


def is_prior(ent: Span) -> bool:
    """Under an "Outside diagnosis" / "Original diagnosis" / past-history heading, or told
    as history ("history of adenocarcinoma of the colon"): another time's diagnosis."""
    if ent[0]._.section_category in _PAST_SECTIONS:
        return True
    doc = ent.doc
    return any(
        _PAST_WORDS.match(doc[m.modifier_span[0] : m.modifier_span[1]].text)
        for m in ent._.modifiers
    )


def choose(mentions: list[str]) -> str | None:
    """First specific type wins over a NOS "non-small cell carcinoma" ("NSCC, favor adeno")."""
    specific = [m for m in mentions if m != _SPECIFIC_BEATS_NOS]
    if specific:
        return specific[0]
    return mentions[0] if mentions else None
