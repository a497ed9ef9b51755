"""A patient's treatments over time: each drug with the report dates it was mentioned as
received, and whether it is the current one or a previous one where the reports say so.

Built by ``biomarkers.profile.build_profile`` from the same rows as the profile (no query of
its own); the course of each mention ("progressed on", "stopped", "started", "currently on")
is read from the finding's sentence by the engine's ``course_of``. A drug whose last word
is "progressed" or "stopped" is previous, one whose last word is "started" or "currently on"
is current; a drug the reports only say was received is "received" (not known either way).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from uuid import UUID

from biomarkers.extraction.course import course_of

__all__ = ["DrugLine", "Mention", "build_timeline"]

COURSE_WORDS = {
    "started": "started",
    "current": "being taken",
    "stopped": "stopped",
    "progressed": "the cancer grew while on it",
    None: "received",
}
STATE_WORDS = {
    "current": "current",
    "previous": "previous",
    "received": "received (the reports do not say whether it continues)",
}


@dataclass(frozen=True)
class Mention:
    drug: str
    stated_date: date | None  # the date the report states, if any
    uploaded_at: datetime
    record_id: UUID
    record_name: str
    page: int
    sentence: str
    course: str | None  # one of course.COURSES, None: received, no more said

    @property
    def course_words(self) -> str:
        return COURSE_WORDS[self.course]


@dataclass
class DrugLine:
    drug: str
    mentions: list[Mention] = field(default_factory=list)  # oldest report first

    @property
    def state(self) -> str:
        said = [m.course for m in self.mentions if m.course]
        if not said:
            return "received"
        return "previous" if said[-1] in ("progressed", "stopped") else "current"

    @property
    def state_words(self) -> str:
        return STATE_WORDS[self.state]

    @property
    def first(self) -> date | None:
        return next((m.stated_date for m in self.mentions if m.stated_date), None)

    @property
    def last(self) -> date | None:
        return next((m.stated_date for m in reversed(self.mentions) if m.stated_date), None)


def _order(line: DrugLine) -> tuple:
    # Current medicines first, then the most recently mentioned.
    rank = {"current": 0, "received": 1, "previous": 2}[line.state]
    last = line.mentions[-1]
    return (rank, -(last.stated_date or date.min).toordinal(), line.drug)


def build_timeline(mentions: Iterable[tuple[Any, date | None, Any, str]]) -> list[DrugLine]:
    """``mentions``: (record, its stated date, treatment finding, drug) with the records
    already in date order (oldest first). One mention per drug and report: the sentence
    that says most about the course."""
    lines: dict[str, DrugLine] = {}
    per_report: dict[tuple[str, Any], Mention] = {}
    for record, stated, finding, drug in mentions:
        course = course_of(finding.sentence or "", drug)
        key = (drug, record.pk)
        prev = per_report.get(key)
        if prev is not None and (prev.course or course is None):
            continue  # this report already gave the course (or says no more here)
        mention = Mention(
            drug=drug,
            stated_date=stated,
            uploaded_at=record.uploaded_at,
            record_id=record.public_id,
            record_name=record.filename,
            page=finding.page,
            sentence=finding.sentence,
            course=course,
        )
        line = lines.setdefault(drug, DrugLine(drug))
        if prev is not None:
            line.mentions[line.mentions.index(prev)] = mention
        else:
            line.mentions.append(mention)
        per_report[key] = mention
    return sorted(lines.values(), key=_order)


def current_drugs(lines: Iterable[DrugLine]) -> list[str]:
    """Drugs the patient is on, or received without the reports saying they stopped."""
    return [line.drug for line in lines if line.state != "previous"]
