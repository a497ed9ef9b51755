"""Where a treatment stands in the sentence that names it: started, current, stopped, progressed.

A treatment finding says the patient received a drug (treatments.py); this reads the same
sentence for what it says of the course, so a timeline can tell the current medicine from a
previous one: "Progressed on osimertinib" (progressed), "alectinib was stopped" (stopped),
"Started lorlatinib 100 mg daily" (started), "Currently on alectinib" (current). Nothing said
of the course gives None: the drug was received, no more is known.

Pure Python, no spaCy: the portal calls it on stored sentences.
"""

from __future__ import annotations

import re

from .drugs import ABBREV, BRANDS

__all__ = ["COURSES", "course_of"]

COURSES = ("started", "current", "stopped", "progressed")

_NAMES: dict[str, list[str]] = {}
for _name, _generic in (BRANDS | ABBREV).items():
    _NAMES.setdefault(_generic, []).append(_name)

# Up to four words between the cue and the drug ("progressed on first-line osimertinib").
_GAP = r"(?:[\w/()-]+\s+){0,3}?"
_CUES = {
    "progressed": (
        r"(?:progress\w*|PD|recurr\w*|relaps\w*)\s+(?:on|while\s+on|through|during|after)\s+",
        r"(?:resistan\w+|refractory)\s+to\s+",
        r"(?:fail\w*)\s+",
    ),
    "stopped": (
        r"(?:stopp\w*|discontinu\w*|held|hold\w*|ceased|complet\w*|finish\w*)\s+",
        r"(?:previously|formerly|prior(?:ly)?)\s+(?:on|received|treated\s+with|took)\s+",
        r"\bprior\s+",
        r"(?:off)\s+",
    ),
    "started": (r"(?:start\w*|initiat\w*|commenc\w*|began|begin\w*|switch\w*\s+to)\s+",),
    "current": (
        r"(?:currently|now|remains?|still|continu\w*)\s+(?:on|taking|receiving|with)?\s*",
        r"(?:on|taking|receiving)\s+",
    ),
}
# "osimertinib was discontinued", "alectinib, stopped in May": the cue after the drug.
_AFTER = {
    "progressed": r"\W+(?:\w+\s+){0,4}?(?:with\s+)?(?:progression|progressive\s+disease|PD\b|"
    r"progressed|stopped\s+working|no\s+longer\s+working)",
    "stopped": r"\W+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:\w+\s+)?(?:stopped|"
    r"discontinued|held|completed|finished|ceased)",
    "started": r"\W+(?:(?:was|were|has\s+been)\s+)?(?:started|initiated|commenced|begun)",
    "current": r"\W+(?:(?:is|was)\s+)?(?:ongoing|continued|continues|tolerated|well\s+tolerated)",
}
# The strongest cue wins: progressing on a drug ends it, whatever else the sentence says.
_ORDER = ("progressed", "stopped", "started", "current")


def _names(drug: str) -> str:
    names = [drug, *_NAMES.get(drug, [])]
    return "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + ")"


def course_of(sentence: str, drug: str) -> str | None:
    """What ``sentence`` says of the course of ``drug`` (a generic name), or None."""
    names = _names(drug.lower())
    for course in _ORDER:
        for cue in _CUES[course]:
            if re.search(rf"\b{cue}{_GAP}{names}\b", sentence, re.I):
                return course
        if re.search(rf"\b{names}\b{_AFTER[course]}", sentence, re.I):
            return course
    return None
