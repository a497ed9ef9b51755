"""Reads on records; every function filters by the owner."""

from __future__ import annotations

import uuid

from django.db.models import F, QuerySet
from django.http import Http404

from biomarkers.selectors import report_date_sql
from records.models import Record, ScanPage


def _with_report_date(qs: QuerySet[Record]) -> QuerySet[Record]:
    # ``record.report_date``: the date the report states (or the patient set), None if none.
    return qs.annotate(report_date=report_date_sql())


def record_list(*, owner) -> QuerySet[Record]:
    """Newest report first by the date it states; undated ones last, by upload date."""
    return _with_report_date(Record.objects.filter(owner=owner).defer("pages")).order_by(
        F("report_date").desc(nulls_last=True), "-uploaded_at", "-id"
    )


def record_get(*, owner, record_id: uuid.UUID | str) -> Record:
    """The owner's record with this public id; Http404 for anyone else's or unknown ids."""
    try:
        record_uuid = uuid.UUID(str(record_id))
    except ValueError:
        raise Http404("No such record.") from None
    record = _with_report_date(Record.objects.filter(owner=owner, public_id=record_uuid)).first()
    if record is None:
        raise Http404("No such record.")
    return record


def scan_page_list(*, record: Record) -> QuerySet[ScanPage]:
    """The record's OCR'd pages, without their image bytes (the page route serves those)."""
    return ScanPage.objects.filter(record=record).defer("image").order_by("page")


def scan_page_get(*, owner, record_id: uuid.UUID | str, page: int) -> ScanPage:
    """One OCR'd page of the owner's record; Http404 for anyone else's or unknown pages."""
    record = record_get(owner=owner, record_id=record_id)
    found = ScanPage.objects.filter(record=record, page=page).first()
    if found is None:
        raise Http404("No such page.")
    return found
