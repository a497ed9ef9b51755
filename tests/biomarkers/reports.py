"""Helpers: a patient's reports with stated dates, uploaded in a chosen order."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from biomarkers.models import Finding
from records.models import Record
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory


def dated_report(owner, name: str, iso: str | None, *findings: dict, uploaded: int = 0) -> Record:
    """A done record stating ``iso`` (None: no date), uploaded ``uploaded`` minutes from now."""
    record = RecordFactory(owner=owner, filename=name)
    Record.objects.filter(pk=record.pk).update(
        uploaded_at=timezone.now() + timedelta(minutes=uploaded)
    )
    record.refresh_from_db()
    if iso:
        FindingFactory(
            record=record,
            kind="report_date",
            gene="",
            status="",
            variants=[],
            value={"date": iso, "label": "collected"},
            sentence=f"Collected: {iso}",
        )
    for spec in findings:
        FindingFactory(record=record, **spec)
    return record


def gene(name: str, status: str, *variants: str, alteration: str = "") -> dict:
    return {"gene": name, "status": status, "variants": list(variants), "alteration": alteration}


def drug(name: str, sentence: str | None = None) -> dict:
    """A treatment finding; ``sentence``, when given, is what the report says of it."""
    spec = {"kind": "treatment", "gene": "", "status": "", "variants": [], "value": {"drug": name}}
    if sentence is not None:
        spec["sentence"] = sentence
    return spec


def histology(name: str) -> dict:
    return {
        "kind": "histology",
        "gene": "",
        "status": "",
        "variants": [],
        "value": {"histology": name},
    }


def date_finding(record: Record) -> Finding:
    return Finding.objects.get(record=record, kind="report_date")
