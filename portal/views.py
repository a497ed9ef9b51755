from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from answers.personalize import missing_tests_for, suggest
from answers.selectors import answer_library, published_answers_with_topics
from biomarkers.selectors import profile_for
from records import display
from records.models import RecordStatus
from records.selectors import record_list
from records.visit_summary import changes_over_time

CONFLICT_LABELS = {"histology": "the type of lung cancer", "stage": "the stage"}


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html", {"library": answer_library()})


def _glance_row(fact) -> dict:
    return {
        "title": display.title(fact.kind, fact.gene),
        "text": display.fact_text(fact),
        "fact": fact,
    }


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    records = list(record_list(owner=request.user))
    context: dict = {"records": records}
    if records:
        profile = profile_for(patient=request.user)
        rows = []
        if profile.histology:
            rows.append(_glance_row(profile.histology))
        if profile.stage:
            rows.append(_glance_row(profile.stage))
        rows += [_glance_row(f) for f in profile.biomarkers.values()]
        rows += [_glance_row(f) for f in profile.treatments]
        any_done = any(r.status == RecordStatus.DONE for r in records)
        context.update(
            glance=rows,
            # Earlier results stay visible: "MET: negative (Feb 2025) → positive (Oct 2025)".
            changes=changes_over_time(profile),
            conflicts=[
                {
                    "label": CONFLICT_LABELS.get(c.key, f"the {c.key} result"),
                    "facts": [_glance_row(f) for f in c.facts],
                }
                for c in profile.conflicts
            ],
            # Until one report is read, "not mentioned" would be a false alarm.
            missing_tests=missing_tests_for(profile) if any_done else [],
            suggested=suggest(profile, published_answers_with_topics()),
            reading=[
                r for r in records if r.status in (RecordStatus.QUEUED, RecordStatus.PROCESSING)
            ],
        )
    return render(request, "dashboard.html", context)
