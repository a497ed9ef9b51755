"""PD-L1: clone, tumour proportion score (TPS) and status by the 1% cut-off."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .drugs import DRUG_PATTERN
from .status import BLOCKED, resolve, section_of

CLONE = re.compile(r"\b(22C3|SP263|SP142|28-8|E1L3N|73-10|SP 263|SP 142)\b", re.IGNORECASE)
_CMP = r"(<|>|≥|≤|>=|<=|=<|=>|less\s+than|greater\s+than|at\s+least|under|over|approx(?:imately)?\.?|~)?"  # noqa: E501
_NUM = r"(\d{1,3}(?:\.\d+)?)"
_PCT = r"(?:%|\s?per\s?cent\b)"  # "35%", "35 percent", "35 per cent"
_TPS = re.compile(
    r"\b(?:TPS|tumou?r\s+proportion\s+score|tumou?r\s+cell\s+(?:score|staining|positivity)|TC)\b"
    rf"[^0-9<>≥≤%\n]{{0,30}}?{_CMP}\s*{_NUM}\s*(?:-\s*{_NUM}\s*)?{_PCT}",
    re.IGNORECASE,
)
# A bare percentage after the marker ("PD-L1 expression: 80%"), unless it is a CPS/IC score.
_BARE = re.compile(
    rf"[^0-9<>≥≤%\n]{{0,40}}?{_CMP}\s*{_NUM}\s*(?:-\s*{_NUM}\s*)?{_PCT}", re.IGNORECASE
)
_OTHER_SCORE = re.compile(r"\b(CPS|combined\s+positive|IC\b|immune\s+cell)", re.IGNORECASE)
# Leader dots of a fax/OCR table row ("PD-L1 (22C3) ........ 80%").
_LEADERS = re.compile(r"(?:\s?[.\u2026]){2,}")
_DRUG = re.compile(DRUG_PATTERN, re.IGNORECASE)
_THRESHOLD = re.compile(r"(?:>=?|≥|=>|at\s+least|greater\s+than|or\s+(?:higher|more|greater))")
# Words of a therapy indication or a general statement, not of a result.
_NOT_RESULT = {"NOT_A_FINDING", "OPTION", "PLANNED", "HYPOTHETICAL", "CONDITIONAL", "FAMILY"}
_HIGH_LOW = re.compile(r"\b(high|low|weak|strong)\s+(?:level\s+)?expression\b", re.IGNORECASE)


def _value(cmp: str | None, num: str, upper: str | None) -> float | int | None:
    if upper is not None:
        return None  # a range ("1-49%") is a category, not a score
    v = float(num)
    c = (cmp or "").lower().replace(" ", "")
    if c in {"<", "lessthan", "under", "≤", "<=", "=<"} and v <= 1:
        return 0  # "<1%" reads as 0 per SCHEMA
    return int(v) if v.is_integer() else v


_SKIP = {"therapies", "methodology", "vus", "family_history"}


def _indication(ent: Span) -> bool:
    """ "pembrolizumab (PD-L1 22C3 TPS >=1%)", "approved for PD-L1 >= 50%": a drug's
    indication quotes a threshold; it is not this tumour's score."""
    # Only cues before the mention: "PD-L1 TPS 80%, a candidate for pembrolizumab" states
    # a score and then a plan.
    if any(m.category in _NOT_RESULT and m.modifier_span[1] <= ent.start for m in ent._.modifiers):
        return True
    sent = ent.sent
    before = ent.doc.text[sent.start_char : ent.start_char]
    after = ent.doc.text[ent.end_char : sent.end_char]
    drug = _DRUG.search(before.rsplit(";", 1)[-1])
    return bool(drug and _THRESHOLD.search(after[:40]))


def read(ent: Span, next_sent: Span | None) -> dict | None:
    """{'status', 'tps', 'clone'} for one PD-L1 mention, or None if not a result."""
    status = resolve(ent)
    if status == BLOCKED or _indication(ent) or section_of(ent) in _SKIP:
        return None
    sent = ent.sent
    tail = _LEADERS.sub(" ", ent.doc.text[ent.end_char : sent.end_char])
    if next_sent is not None and re.match(r"\s*(TPS|tumou?r proportion)", next_sent.text, re.I):
        tail += " " + next_sent.text
    clone_m = CLONE.search(sent.text) or (CLONE.search(tail) if tail else None)
    clone = clone_m.group(1).upper().replace(" ", "") if clone_m else None
    tps = None
    tail = CLONE.sub(lambda c: " " * len(c.group(0)), tail)  # "22C3" is not a score
    m = _TPS.search(tail)
    if m is None and not _OTHER_SCORE.search(tail[:40]):
        m = _BARE.match(tail)
    if m is not None:
        tps = _value(m.group(1), m.group(2), m.group(3))
        if tps is not None:
            status = "positive" if tps >= 1 else "negative"
        elif status is None or status == "negative":
            status = "positive"  # a range such as "1-49%" is at or above the cut-off
    if status is None:
        hl = _HIGH_LOW.search(tail)
        if hl:
            status = "positive"
    if status is None:
        return None
    return {"status": status, "tps": tps, "clone": clone}
