"""A result word that OCR garbled past repair, right after a gene: "EGFR: NEGAT7VF".

ocr.py repairs the common one-letter confusions in place. What it cannot repair, a reader can
still see is *some* result ("NEGAT7VF" looks like "NEGATIVE", but could it be "POSITIVE"?).
The engine must not guess a result a patient will act on, nor drop it silently: such a gene
becomes UNCLEAR, with the line as evidence, and the portal asks the patient to check it with
the team.

Pure Python: a small edit distance against the result words.
"""

from __future__ import annotations

import re

__all__ = ["garbled_result_after"]

RESULT_WORDS = (
    "negative", "positive", "detected", "identified", "equivocal", "indeterminate",
    "wildtype", "amplified", "rearranged", "mutated",
)  # fmt: skip
# The value right after a gene and its label: "EGFR: X", "EGFR (PCR) - X", "KRAS ..... X".
_VALUE = re.compile(
    r"[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?(?:[:=-]|\.{2,})[ \t]*(?P<word>[^\s:;,.()]{5,14})"
)


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def garbled_result_after(text: str, end: int) -> bool:
    """Whether the value after a gene ending at ``end`` is a result word OCR garbled."""
    m = _VALUE.match(text, end, min(len(text), end + 40))
    if m is None:
        return False
    word = m.group("word").lower().replace("-", "")
    if word in RESULT_WORDS or not re.search(r"[a-z]", word):
        return False
    # Close to a result word (one or two slips in a long word), and not a plain other word.
    return any(
        abs(len(word) - len(w)) <= 2 and 0 < _distance(word, w) <= (2 if len(w) >= 8 else 1)
        for w in RESULT_WORDS
    )
