"""Reads on findings and the patient profile; every function filters by the patient.

After an upload's findings are stored (biomarkers.services.findings_replace), this is where
the rest of the portal reads them: the record page (``finding_list``), the API's summary
(``record_summary``), and the profile that answers are personalized with (``profile_for``,
merged in biomarkers.profile).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from django.db.models import Case, DateField, OuterRef, QuerySet, Subquery, Value, When
from django.db.models.fields.json import KT
from django.db.models.functions import Cast
from django.http import Http404

from biomarkers.models import Finding, FindingKind
from biomarkers.profile import Profile, build_profile
from biomarkers.record_merge import record_schema
from common.db import PreparedQuery

if TYPE_CHECKING:
    from records.models import Record

# biomarkers reaches a record only through a finding's foreign key, never by importing the
# records app (records imports biomarkers: upload -> task -> findings). Findings count once
# their record's job is done; this is records.models.RecordStatus.DONE, and
# tests/biomarkers/test_selectors_profile.py keeps the two equal.
RECORD_DONE = "done"


def _record_model():
    return Finding.record.field.related_model


def finding_list(*, patient, record: Record | None = None) -> QuerySet[Finding]:
    qs = Finding.objects.filter(record__owner=patient).select_related("record")
    if record is not None:
        qs = qs.filter(record=record)
    return qs.order_by("record__uploaded_at", "record_id", "position", "id")


def report_date_sql() -> Subquery:
    """A record's report date for ``annotate(report_date=...)``: the date its report states
    (``report_date`` finding), the patient's correction first; NULL when it states none.
    The same choice as ``biomarkers.profile.report_date_of``, in SQL, so lists can sort by it."""
    corrected = When(confirmation="corrected", then=KT("corrected_value__date"))
    dates = (
        Finding.objects.filter(record=OuterRef("pk"), kind=FindingKind.REPORT_DATE)
        .annotate(day=Case(corrected, default=KT("value__date")))
        .exclude(day=None)
        .order_by(Case(When(confirmation="corrected", then=Value(0)), default=Value(1)), "position")
        .values("day")[:1]
    )
    return Cast(Subquery(dates), output_field=DateField())


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
    if record.status != RECORD_DONE:
        return record_schema([], file=record.filename)
    return record_schema(finding_list(patient=patient, record=record), file=record.filename)


@dataclass(frozen=True)
class ProfileSource:
    """The stored rows one patient's profile is built from.

    ``digest`` changes whenever anything a profile shows changes (every column build_profile
    reads is in the rows), so work derived from a profile can be kept under it without any
    invalidation: a new upload, a finished extraction, a correction or a deletion gives new
    rows and a new digest.
    """

    patient_id: int
    rows: tuple[tuple, ...]
    has_records: bool

    @cached_property
    def digest(self) -> str:
        data = repr((self.patient_id, self.has_records, self.rows)).encode()
        return hashlib.sha256(data).hexdigest()

    def profile(self) -> Profile:
        records: dict[int, _RecordRow] = {}
        findings = []
        split = len(_FINDING_COLUMNS)
        for row in self.rows:
            finding = _FindingRow(*row[:split])
            findings.append(finding)
            if finding.record_id not in records:
                records[finding.record_id] = _RecordRow(finding.record_id, *row[split:])
        return build_profile(records.values(), findings, has_records=self.has_records)


def profile_source(*, patient) -> ProfileSource:
    # One query: the findings of the patient's finished records with the few record columns a
    # profile shows. Done records without findings add nothing to a profile, so the records
    # are taken from the findings; only a patient without findings costs a second (EXISTS)
    # query, for has_records. Plain rows from SQL built once (common.db) instead of model
    # instances: this runs on every personalized page, and the ORM work was most of its cost.
    rows = tuple(_PROFILE_ROWS.rows(patient_id=patient.pk))
    has_records = bool(rows) or _record_model().objects.filter(owner=patient).exists()
    return ProfileSource(patient_id=patient.pk, rows=rows, has_records=has_records)


def profile_for(*, patient) -> Profile:
    return profile_source(patient=patient).profile()


# What build_profile reads of a finding and of its record, nothing more.
_FINDING_COLUMNS = (
    "id", "public_id", "record_id", "kind", "gene", "status", "variants", "value", "page",
    "sentence", "char_start", "char_end", "position", "confirmation", "corrected_value",
    "method", "alteration",
)  # fmt: skip
_RECORD_COLUMNS = ("public_id", "filename", "uploaded_at")
_PROFILE_ROWS = PreparedQuery(
    lambda patient_id: Finding.objects.filter(
        record__owner_id=patient_id, record__status=RECORD_DONE
    )
    .order_by("record_id", "position", "id")
    .values_list(*_FINDING_COLUMNS, *(f"record__{name}" for name in _RECORD_COLUMNS)),
    patient_id=-1,  # no user has a negative id
)


@dataclass(frozen=True, slots=True)
class _FindingRow:
    id: int
    public_id: uuid.UUID
    record_id: int
    kind: str
    gene: str
    status: str
    variants: list
    value: dict
    page: int
    sentence: str
    char_start: int
    char_end: int
    position: int
    confirmation: str
    corrected_value: dict | None
    method: str
    alteration: str


@dataclass(frozen=True, slots=True)
class _RecordRow:
    pk: int
    public_id: uuid.UUID
    filename: str
    uploaded_at: datetime
