"""The visit summary's content: one patient's current findings with their sources, changes
over time, conflicts, unclear or missing tests, treatments and saved questions.

A selector over one profile (``biomarkers.selectors.profile_for``) shared by the patient's
page (/summary/), its PDF and a caregiver's read-only view (sharing.summary), so the three
always say the same. Words come from records.display; nothing here renders HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.utils import timezone

from answers.personalize import missing_tests_for
from answers.selectors import saved_question_list
from biomarkers.selectors import profile_for
from biomarkers.vocabulary import gene_name
from records import display

CONFLICT_LABELS = {"histology": "the type of lung cancer", "stage": "the stage"}


@dataclass(frozen=True)
class Row:
    """One fact as the summary prints it, with the report and page it comes from."""

    title: str
    text: str
    fact: Any

    @property
    def when(self) -> str:
        return display.month_text(self.fact.stated_date)

    @property
    def source(self) -> str:
        """'biopsy.pdf (10 Feb 2025), page 1'."""
        day = self.fact.stated_date
        dated = f" ({day.day} {day:%b %Y})" if day else ""
        return f"{self.fact.record_name}{dated}, page {self.fact.page}"


@dataclass(frozen=True)
class VisitSummary:
    profile: Any
    current: list[Row]
    lines: list[Any]
    changes: list[dict]
    conflicts: list[dict]
    unclear: list[Row]
    missing_tests: list[Any]
    questions: list[Any] = field(default_factory=list)
    printed: datetime | None = None


def _row(fact: Any) -> Row:
    return Row(title=display.title(fact.kind, fact.gene), text=display.fact_text(fact), fact=fact)


def _label(key: str) -> str:
    if key in CONFLICT_LABELS:
        return CONFLICT_LABELS[key]
    return f"the {gene_name(key)} result"


def changes_over_time(profile: Any) -> list[dict]:
    """Facts read in several reports: 'MET: negative (Feb 2025) → positive (Oct 2025)'."""
    out = []
    for key, facts in profile.changes().items():
        steps, before = [], None
        for f in facts:
            text = display.fact_text(f)
            steps.append({"row": _row(f), "changed": before is not None and text != before})
            before = text
        if any(s["changed"] for s in steps):
            title = display.title(facts[-1].kind, facts[-1].gene)
            out.append({"key": key, "title": title, "steps": steps})
    return out


def _conflicts(profile: Any) -> list[dict]:
    return [{"label": _label(c.key), "rows": [_row(f) for f in c.facts]} for c in profile.conflicts]


def _current(profile: Any) -> list[Row]:
    rows = []
    if profile.histology:
        rows.append(_row(profile.histology))
    if profile.stage:
        rows.append(_row(profile.stage))
    rows += [_row(f) for f in profile.biomarkers.values()]
    return rows


def visit_summary_for(*, patient) -> VisitSummary:
    profile = profile_for(patient=patient)
    any_findings = bool(profile.history)
    unclear_genes = {f.gene for f in profile.unclear}
    return VisitSummary(
        profile=profile,
        current=_current(profile),
        lines=list(profile.timeline),
        changes=changes_over_time(profile),
        conflicts=_conflicts(profile),
        unclear=[_row(f) for f in profile.unclear],
        # Until a report is read, "not mentioned" would be a false alarm; an unclear gene
        # is listed once, with its report, above the missing ones.
        missing_tests=[m for m in missing_tests_for(profile) if m.gene not in unclear_genes]
        if any_findings
        else [],
        questions=list(saved_question_list(owner=patient)),
        printed=timezone.localtime(),
    )
