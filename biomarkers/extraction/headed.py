"""Results printed on a line of their own under the test's heading.

Real laboratories often print the gene once, in the heading of a test block, and the result
on a later line that does not repeat it:

    EGFR Mutation Analysis                    KRAS MUTATION ANALYSIS
    Genotype result: Wild type                RESULT: NOT DETECTED

A sentence-level reader sees a result with no gene and a gene with no result. This module
pairs them: a result line with no gene of its own belongs to the nearest heading above it
(at most a few lines up, in the same block) that names exactly one gene and a test. Pure
regular expressions over the page text; the caller turns the matches into facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .genes import GENE_PATTERNS, gene_key

__all__ = ["HeadedResult", "headed_results"]

_F = re.IGNORECASE
_ANY_GENE = re.compile("|".join(f"(?:{p})" for k, p in GENE_PATTERNS.items() if k != "PD-L1"))
# A test's heading: one gene and a word naming a test; no result of its own.
_TEST_WORD = re.compile(
    r"\b(?:analysis|testing|tests?|assay|mutations?|mutational|rearrangements?|fusion|FISH|"
    r"IHC|immunohistochemistry|sequencing|genotyp\w*|status|PCR|amplification)\b",
    _F,
)
# The value of a result line, and the status it states. Order matters: negatives first, so
# "not detected" is not read as "detected".
_VALUES: list[tuple[str, str]] = [
    (
        "negative",
        r"wild[- ]?type|negative|not\s+(?:detected|identified|found|present|amplified)|"
        r"no\s+(?:\w+\s+){0,2}?(?:mutations?|alterations?|variants?|rearrangements?|fusions?|"
        r"amplification)(?:\s+(?:was|were|is|are))?\s+(?:detected|identified|found|present)",
    ),
    ("equivocal", r"equivocal|indeterminate|inconclusive|insufficient|failed"),
    ("pending", r"pending|to\s+follow|in\s+progress"),
    (
        "positive",
        r"positive|(?:mutation|rearrangement|fusion|amplification)\s+(?:detected|identified|"
        r"present)|detected|identified",
    ),
]
_VALUE = "|".join(f"(?P<{status}>{rx})" for status, rx in _VALUES)
# "Genotype result: Wild type", "RESULT: NOT DETECTED", "Interpretation - Negative".
_LABELLED = re.compile(
    r"^\s*(?:[A-Z][.)]\s*)?(?:(?:genotype|final|test|mutation|overall|molecular)\s+)?"
    r"(?:results?|interpretation|genotype|findings?|status|conclusion)\s*[:=-]\s*"
    rf"(?:{_VALUE})\b",
    _F,
)
# A bare statement on its own line: "No mutation detected in exons 18-21.", "WILD TYPE".
_BARE = re.compile(
    r"^\s*(?:(?P<negative>no\s+(?:\w+\s+){0,2}?(?:mutations?|alterations?|variants?|"
    r"rearrangements?|fusions?|amplification)\s+(?:was\s+|were\s+)?(?:detected|identified|"
    r"found)|wild[- ]?type)|(?P<positive>(?:mutation|rearrangement|fusion)\s+(?:detected|"
    r"identified)))\b",
    _F,
)
_LOOKBACK = 3  # lines between a heading and its result


@dataclass(frozen=True)
class HeadedResult:
    gene: str
    status: str
    start: int  # offset of the heading in the text
    end: int  # end of the result line
    heading: str
    line: str


def _heading_gene(line: str) -> str | None:
    genes = {gene_key(m.group(0)) for m in _ANY_GENE.finditer(line)}
    if len(genes) != 1 or len(line.split()) > 8 or not _TEST_WORD.search(line):
        return None
    if any(re.search(rx, line, _F) for _, rx in _VALUES):
        return None  # "EGFR mutation: not detected" states its own result
    return genes.pop()


def _status(match: re.Match) -> str:
    return next(name for name, value in match.groupdict().items() if value)


def headed_results(text: str) -> Iterator[HeadedResult]:
    """Each result line without a gene, paired with the one-gene test heading above it."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    for i, (start, line) in enumerate(lines):
        match = _LABELLED.match(line) or _BARE.match(line)
        if match is None or _ANY_GENE.search(line):
            continue
        blanks = 0
        for j in range(i - 1, max(i - 1 - _LOOKBACK, -1), -1):
            h_start, heading = lines[j]
            if not heading.strip():
                blanks += 1
                if blanks > 1:
                    break
                continue
            gene = _heading_gene(heading)
            if gene is not None:
                yield HeadedResult(gene, _status(match), h_start, start + len(line), heading, line)
                break
            if _ANY_GENE.search(heading):
                break  # another gene's line: the result is not ours to place
