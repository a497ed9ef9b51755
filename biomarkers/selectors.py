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
    records = list(
        Record.objects.filter(owner=patient).only(
            "id", "public_id", "filename", "uploaded_at", "status", "owner_id"
        )
    )
    done = [r for r in records if r.status == RecordStatus.DONE]
    findings = Finding.objects.filter(record__owner=patient, record__status=RecordStatus.DONE)
    return build_profile(done, findings, has_records=bool(records))
