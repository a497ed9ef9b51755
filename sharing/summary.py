"""What a caregiver sees under any active share, section by section (issue 18): the current
findings, the treatment timeline and the visit summary.

Each entry of SECTIONS is a name and a function of the patient returning JSON-ready data;
the API (/api/shared-with-me/{id}/summary/) returns them as they are and the caregiver's
pages render the same dicts, so the two cannot say different things. The timeline and the
visit summary come from the selectors the patient's own pages use (biomarkers.selectors and
records.visit_summary). Read-only by construction: nothing here writes, and the visit
summary's PDF (an export) is the patient's alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from biomarkers.selectors import profile_for
from records.visit_summary import Row, visit_summary_for


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def profile_section(*, patient) -> dict[str, Any]:
    profile = profile_for(patient=patient)
    return {"has_records": profile.has_records, **profile.to_schema(evidence=True)}


def _drug_lines(lines: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "drug": line.drug,
            "state": line.state,
            "state_words": line.state_words,
            "first": _iso(line.first),
            "last": _iso(line.last),
            "mentions": [
                {
                    "date": _iso(m.stated_date),
                    "record_name": m.record_name,
                    "page": m.page,
                    "course": m.course,
                    "course_words": m.course_words,
                    "sentence": m.sentence,
                }
                for m in line.mentions
            ],
        }
        for line in lines
    ]


def timeline_section(*, patient) -> dict[str, Any]:
    """Each drug with the report dates it was mentioned, current ones first."""
    profile = profile_for(patient=patient)
    return {"has_records": profile.has_records, "drugs": _drug_lines(list(profile.timeline))}


def _row(row: Row) -> dict[str, Any]:
    return {
        "title": row.title,
        "text": row.text,
        "date": _iso(row.fact.stated_date),
        "when": row.when,
        "record_name": row.fact.record_name,
        "page": row.fact.page,
        "source": row.source,
    }


def visit_summary_section(*, patient) -> dict[str, Any]:
    """The patient's visit summary as /summary/ shows it, including the questions the
    patient saved for the appointment (read-only here)."""
    s = visit_summary_for(patient=patient)
    return {
        "has_records": s.profile.has_records,
        "printed": s.printed.date().isoformat() if s.printed else None,
        "current": [_row(r) for r in s.current],
        "changes": [
            {"title": c["title"], "steps": [_row(step["row"]) for step in c["steps"]]}
            for c in s.changes
        ],
        "conflicts": [
            {"label": c["label"], "reports": [_row(r) for r in c["rows"]]} for c in s.conflicts
        ],
        "treatments": _drug_lines(s.lines),
        "unclear": [_row(r) for r in s.unclear],
        "missing_tests": [m.text for m in s.missing_tests],
        "questions": [q.text for q in s.questions],
    }


SECTIONS: dict[str, Callable[..., dict[str, Any]]] = {
    "profile": profile_section,
    "timeline": timeline_section,
    "visit_summary": visit_summary_section,
}


def shared_summary(*, patient) -> dict[str, dict[str, Any]]:
    return {name: section(patient=patient) for name, section in SECTIONS.items()}
