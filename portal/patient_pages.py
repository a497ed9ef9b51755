"""The signed-in patient's own overview pages: the treatment timeline and the visit summary.

Both read one profile (``biomarkers.selectors.profile_for``: the findings of the patient's
done records, in one query) and nothing of anyone else: there is no id in their URLs, so
another patient's data cannot be asked for. Thin views: the summary's content is
records.visit_summary (shared with its PDF, portal.summary_pdf, and with a caregiver's view),
the words are records.display.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from biomarkers.selectors import profile_for
from portal.summary_pdf import summary_pdf
from records.visit_summary import visit_summary_for


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
    summary = visit_summary_for(patient=request.user)
    context = {f.name: getattr(summary, f.name) for f in fields(summary)}
    return render(request, "patient/summary.html", context)


@login_required
@require_GET
def summary_pdf_download(request: HttpRequest) -> HttpResponse:
    """The same summary as a PDF file; the signed-in patient's own (no id to ask for)."""
    summary = visit_summary_for(patient=request.user)
    body = summary_pdf(summary=summary, email=request.user.email)
    response = HttpResponse(body, content_type="application/pdf")
    day = summary.printed.date().isoformat() if summary.printed else "summary"
    response["Content-Disposition"] = f'attachment; filename="visit-summary-{day}.pdf"'
    return response
