"""What kind of result a finding is (mutation, fusion, amplification, expression) and how it
was obtained (IHC, FISH, PCR, NGS, plasma), read from the words around the gene.

Why it matters: targeted drugs are chosen for mutations and fusions. "EGFR 3+ by
immunohistochemistry" (protein expression) and "EGFR amplification by FISH" (copy number)
are results too, but not the EGFR mutation that osimertinib is for; the portal must never
present one as the other.

Pure regular expressions over the sentence text; the nearest word to the gene decides.
"""

from __future__ import annotations

import re

from .vocabulary import ALTERATIONS, METHODS

__all__ = ["alteration_of", "alteration_of_variant", "method_of"]

_F = re.IGNORECASE

# (alteration, pattern). "wild type" and "codon"/"exon" speak of sequence: a mutation test.
_ALTERATION_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("fusion", re.compile(r"\b(?:fusions?|rearrange\w*|translocations?|break[- ]?apart)\b", _F)),
    (
        "amplification",
        re.compile(r"\b(?:amplif\w*|copy[- ]number|gene\s+copy|CEP\s?\d+|polysomy)\b", _F),
    ),
    (
        "expression",
        re.compile(
            r"\b(?:expression|expressed|overexpress\w*|staining|stains?|immunoreactiv\w*|"
            r"immunohistochem\w*|IHC|protein)\b|(?<![\w.])[0-3]\+",
            _F,
        ),
    ),
    (
        "mutation",
        re.compile(
            r"\b(?:mutations?|mutated|mutant|variants?|deletions?|insertions?|substitutions?|"
            r"exon|codon|wild[- ]?type|skipping|genotype|sequenc\w*)\b",
            _F,
        ),
    ),
]
_METHOD_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("plasma", re.compile(r"\b(?:plasma|ctDNA|cell[- ]free|cfDNA|liquid\s+biopsy|blood)\b", _F)),
    (
        "FISH",
        re.compile(r"\b(?:FISH|in[- ]situ\s+hybridi[sz]ation|break[- ]?apart|CEP\s?\d+)\b", _F),
    ),
    (
        "IHC",
        re.compile(
            r"\b(?:IHC|immunohistochem\w*|immunostain\w*|staining|D5F3|SP263|22C3|SP142|"
            r"28-8|D4D6|SP384|immunoreactiv\w*)\b",
            _F,
        ),
    ),
    (
        "NGS",
        re.compile(r"\b(?:NGS|next[- ]generation|sequencing\s+panel|panel|hybrid\s+capture)\b", _F),
    ),
    (
        "PCR",
        re.compile(r"\b(?:PCR|polymerase\s+chain|cobas|therascreen|pyrosequenc\w*|sanger)\b", _F),
    ),
]
# Unused names would be typos in the tables above.
assert {a for a, _ in _ALTERATION_WORDS} == set(ALTERATIONS)
assert {m for m, _ in _METHOD_WORDS} <= set(METHODS)


def _nearest(
    table: list[tuple[str, re.Pattern[str]]], text: str, span: tuple[int, int]
) -> str | None:
    """The name whose word stands nearest the gene at ``span``; words after the gene win
    ties, since a gene is usually followed by its kind ("ALK rearrangement")."""
    start, end = span
    best: tuple[int, int, str] | None = None
    for name, rx in table:
        for m in rx.finditer(text):
            if m.start() >= end:
                key = (m.start() - end, 0, name)
            elif m.end() <= start:
                key = (start - m.end(), 1, name)
            else:
                continue  # the gene's own word ("HER2" inside "HER2/neu")
            if best is None or key < best:
                best = key
    return best[2] if best else None


def alteration_of(clause: str, span: tuple[int, int]) -> str | None:
    """The kind of alteration the words of ``clause`` nearest the gene at ``span`` name."""
    return _nearest(_ALTERATION_WORDS, clause, span)


def method_of(clause: str, span: tuple[int, int]) -> str | None:
    """The method the words of ``clause`` nearest the gene at ``span`` name."""
    return _nearest(_METHOD_WORDS, clause, span)


def alteration_of_variant(variant: str) -> str:
    """A SCHEMA variant name says its own kind: "amplification", "EML4-ALK", "L858R"."""
    if variant == "amplification":
        return "amplification"
    if ("-" in variant and not variant.startswith(("exon", "NTRK"))) or variant.startswith("NTRK"):
        return "fusion"
    return "mutation"
