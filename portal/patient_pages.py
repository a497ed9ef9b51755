"""The signed-in patient's own overview pages: the treatment timeline and the visit summary.

Both read one profile (``biomarkers.selectors.profile_for``: the findings of the patient's
done records, in one query) and nothing of anyone else: there is no id in their URLs, so
another patient's data cannot be asked for. Thin views: the shaping is done here in small
pure functions over the profile, the words by records.display.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from answers.personalize import missing_tests_for
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


def _events(profile: Any) -> list[dict]:
    """The timeline by date: each report date with what it says of each drug, newest first."""
    by_day: dict[Any, list] = {}
    for line in profile.timeline:
        for m in line.mentions:
            by_day.setdefault(m.stated_date, []).append(m)
    dated = sorted((d for d in by_day if d is not None), reverse=True)
    out = [{"day": d, "mentions": by_day[d]} for d in dated]
    if None in by_day:
        out.append({"day": None, "mentions": by_day[None]})
    return out


@login_required
def timeline(request: HttpRequest) -> HttpResponse:
    profile = profile_for(patient=request.user)
    return render(
        request,
        "patient/timeline.html",
        {"profile": profile, "lines": profile.timeline, "events": _events(profile)},
    )


@login_required
def summary(request: HttpRequest) -> HttpResponse:
    profile = profile_for(patient=request.user)
    any_findings = bool(profile.history)
    return render(
        request,
        "patient/summary.html",
        {
            "profile": profile,
            "current": _current(profile),
            "lines": profile.timeline,
            "changes": changes_over_time(profile),
            "conflicts": _conflicts(profile),
            "unclear": [_row(f) for f in profile.unclear],
            # Until a report is read, "not mentioned" would be a false alarm; an unclear gene
            # is listed once, with its report, above the missing ones.
            "missing_tests": [
                m
                for m in missing_tests_for(profile)
                if m.gene not in {f.gene for f in profile.unclear}
            ]
            if any_findings
            else [],
            "printed": timezone.localtime(),
        },
    )
