"""The date a report states for itself: when the specimen was taken, else when it was reported.

A patient's reports arrive out of order; their own dates put them back in order. Only a date
printed beside a label counts ("Collected: 03/14/2025", "Reported | 2025-03-20",
"Date of service 14 Mar 2025"): a date inside a sentence ("a prior biopsy collected on
01/05/2024 showed ...") is history, not this report's date. A date of birth, a "printed on"
date or a date of death is never the report's date.

Which label wins: the collection or procedure date (or a clinic note's date of service), then
the report or sign-out date, then the date received, then a bare "Date:". The first of the
best kind in the text is the one taken.

Numeric dates are read month first (03/14/2025) unless the report writes any date day first
(a first part above 12: 21/08/1961), then all of its dates are read day first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .types import Evidence, Fact

__all__ = ["find_report_date", "report_date_fact"]

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # fmt: skip

_DATE = (
    r"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2}))"
    r"|(?P<num>(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<ny>(?:19|20)?\d\d))(?![\d/.-]\d)"
    rf"|(?P<dmy>(?P<dd>\d{{1,2}})[\s-](?P<dm>{_MONTH})[\s,-]*(?P<dy>(?:19|20)\d\d))"
    rf"|(?P<mdy>(?P<mm>{_MONTH})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>(?:19|20)\d\d))"
)
_DATE_RX = re.compile(_DATE, re.I)

# (rank, pattern): a lower rank is a better date for the report. Matched as a whole label.
_LABELS = (
    (
        0,
        r"(?:specimen\s+)?collect(?:ed|ion)(?:\s+date|\s+on)?|date\s+(?:of\s+)?collect(?:ed|ion)|"
        r"procedure(?:\s+date)?|date\s+of\s+procedure|(?:biopsy|surgery|draw|exam|service|visit)"
        r"\s+date|date\s+of\s+(?:service|visit|biopsy|surgery)|DOS|visit|date\s+obtained|obtained",
    ),
    (
        1,
        r"(?:final\s+)?report(?:ed)?(?:\s+date|\s+on)?|date\s+(?:of\s+)?report(?:ed)?|"
        r"sign(?:ed)?[- ]?out(?:\s+date|\s+on)?|(?:electronically\s+)?signed(?:\s+on)?|"
        r"date\s+signed|verified(?:\s+on)?|consult(?:ation)?\s+date|meeting\s+date",
    ),
    (2, r"(?:date\s+)?received(?:\s+date|\s+on)?|accession(?:ed)?\s+date"),
    (3, r"date(?:\s*/\s*time)?"),
)
_LABEL_RX = re.compile("|".join(rf"(?P<r{rank}>\b(?:{rx})\b)" for rank, rx in _LABELS), re.I)
# Between a label and its date: a colon, an equals sign, a table bar, "on", a dash.
_GAP_RX = re.compile(r"[ \t]*(?:[:=|\-\u2013][ \t]*)*(?:on[ \t]+)?(?:\|[ \t]*)?")
# Never this report's date, even beside a label ("Date of birth", "Printed on").
_NOT_THIS = re.compile(
    r"\b(?:birth|DOB|born|print(?:ed)?|death|died|expir\w*|admi(?:t|ssion)\w*|discharge\w*|"
    r"next|follow[- ]?up|return|due|scheduled|last\s+menstrual)\b",
    re.I,
)
# Words that make the text before a label a sentence about the past.
_HISTORY = re.compile(
    r"\b(?:history|prior|previous(?:ly)?|earlier|outside|diagnosed|initial(?:ly)?|"
    r"original(?:ly)?|was|were|had|been)\b",
    re.I,
)
# Where a field of a form or table starts: a line, a table cell, a ";;"-separated pair.
_FIELD_START = re.compile(r"(?:\n|\||;|\t| {2,}|=|^)", re.M)


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def _day_first(text: str) -> bool:
    """Does this report write numeric dates day first (any first part above 12)?"""
    for m in _DATE_RX.finditer(text):
        if m.group("num") and int(m.group("a")) > 12 and int(m.group("b")) <= 12:
            return True
    return False


def _to_date(m: re.Match, *, day_first: bool) -> date | None:
    try:
        if m.group("iso"):
            return date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if m.group("num"):
            a, b = int(m.group("a")), int(m.group("b"))
            month, day = (b, a) if day_first or a > 12 else (a, b)
            return date(_year(m.group("ny")), month, day)
        if m.group("dmy"):
            month = _MONTHS[m.group("dm").rstrip(".").lower()]
            return date(int(m.group("dy")), month, int(m.group("dd")))
        if m.group("mdy"):
            month = _MONTHS[m.group("mm").rstrip(".").lower()]
            return date(int(m.group("my")), month, int(m.group("md")))
    except (ValueError, KeyError):
        return None  # 02/30/2025 is no date
    return None


def _field_prefix(text: str, start: int) -> str:
    """The words between the start of the label's field (line, cell) and the label."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    cut = 0
    for m in _FIELD_START.finditer(prefix):
        cut = m.end()
    return prefix[cut:]


def find_report_date(text: str) -> tuple[date, str, int, int] | None:
    """(date, label as printed, start, end of "label ... date") of the report's own date."""
    day_first = _day_first(text)
    best: tuple[int, int, date, str, int, int] | None = None
    for lm in _LABEL_RX.finditer(text):
        rank = next(int(k[1:]) for k, v in lm.groupdict().items() if v is not None)
        if best is not None and rank >= best[0]:
            continue  # an earlier label of the same or a better kind already gave a date
        gap = _GAP_RX.match(text, lm.end())
        dm = _DATE_RX.match(text, gap.end()) if gap else None
        if dm is None:
            continue
        prefix = _field_prefix(text, lm.start())
        # "a prior biopsy collected on 01/05/2024": a sentence, not a labelled field.
        if len(prefix.split()) > 2 or _HISTORY.search(prefix):
            continue
        if _NOT_THIS.search(prefix + lm.group(0)):
            continue
        when = _to_date(dm, day_first=day_first)
        if when is None or not 1980 <= when.year <= 2100:
            continue
        best = (rank, lm.start(), when, lm.group(0), lm.start(), dm.end())
    if best is None:
        return None
    _rank, _pos, when, label, start, end = best
    return when, label, start, end


def report_date_fact(text: str, evidence: Callable[[int, int], Evidence]) -> Fact | None:
    """The report's date as a Fact(kind="report_date"); ``evidence(start, end)`` quotes it."""
    found = find_report_date(text)
    if found is None:
        return None
    when, label, start, end = found
    label = re.sub(r"\s+", " ", label).strip().lower()
    return Fact(
        "report_date", evidence(start, end), value={"date": when.isoformat(), "label": label}
    )
