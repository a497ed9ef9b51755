"""What a caregiver sees under the ``summary`` scope, section by section.

Today: the current findings (the profile, SCHEMA-shaped like /api/me/profile/). The treatment
timeline and the visit summary are built on another branch; when they land, each becomes
one more entry in SECTIONS (a name and a function of the patient returning JSON-ready data),
and the summary page and API show them without other changes here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from biomarkers.selectors import profile_for


def profile_section(*, patient) -> dict[str, Any]:
    profile = profile_for(patient=patient)
    return {"has_records": profile.has_records, **profile.to_schema(evidence=True)}


SECTIONS: dict[str, Callable[..., dict[str, Any]]] = {
    "profile": profile_section,
    # "timeline": timeline_for,        (treatment timeline, when merged)
    # "visit_summary": visit_summary_for,
}


def shared_summary(*, patient) -> dict[str, dict[str, Any]]:
    return {name: section(patient=patient) for name, section in SECTIONS.items()}
