"""Reads on findings and the patient profile; every function filters by the patient."""

from __future__ import annotations

import uuid

from django.db.models import QuerySet
from django.http import Http404

from biomarkers.models import Finding
from biomarkers.profile import Profile, build_profile, record_schema
from records.models import Record, RecordStatus


def finding_list(*, patient, record: Record | None = None) -> QuerySet[Finding]:
    qs = Finding.objects.filter(record__owner=patient).select_related("record")
    if record is not None:
        qs = qs.filter(record=record)
    return qs.order_by("record__uploaded_at", "record_id", "position", "id")


def finding_get(*, patient, finding_id: uuid.UUID | str) -> Finding:
    try:
        finding_uuid = uuid.UUID(str(finding_id))
    except ValueError:
        raise Http404("No such finding.") from None
    finding = (
        Finding.objects.filter(record__owner=patient, public_id=finding_uuid)
        .select_related("record")
        .first()
    )
    if finding is None:
        raise Http404("No such finding.")
    return finding


def record_summary(*, patient, record: Record) -> dict:
    """SCHEMA.md shape for one record (``file`` is the record's display name)."""
    if record.owner_id != patient.pk:
        raise Http404("No such record.")
    if record.status != RecordStatus.DONE:
        return record_schema([], file=record.filename)
    return record_schema(finding_list(patient=patient, record=record), file=record.filename)


def profile_for(*, patient) -> Profile:
    # One query: the findings of the patient's finished records, each with its record (minus
    # the stored page text). Done records without findings add nothing to a profile, so the
    # records are taken from the findings; only a patient without findings costs a second
    # (EXISTS) query, for has_records.
    findings = list(
        Finding.objects.filter(record__owner=patient, record__status=RecordStatus.DONE)
        .select_related("record")
        .only(*_PROFILE_FINDING_FIELDS, *(f"record__{name}" for name in _PROFILE_RECORD_FIELDS))
    )
    records = list({f.record_id: f.record for f in findings}.values())
    has_records = bool(findings) or Record.objects.filter(owner=patient).exists()
    return build_profile(records, findings, has_records=has_records)


# What build_profile reads; anything else would be loaded one row at a time.
_PROFILE_FINDING_FIELDS = (
    "id", "public_id", "record", "kind", "gene", "status", "variants", "value", "page",
    "sentence", "char_start", "char_end", "position", "confirmation", "corrected_value",
)  # fmt: skip
_PROFILE_RECORD_FIELDS = ("id", "public_id", "owner", "filename", "uploaded_at", "status")
