"""profile_for / record_summary: latest report wins, conflicts kept, corrections used."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.http import Http404
from django.utils import timezone

from biomarkers import selectors, services
from records import selectors as record_selectors
from records.models import Record, RecordStatus
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory


def _aged(record, days: int):
    Record.objects.filter(pk=record.pk).update(uploaded_at=timezone.now() - timedelta(days=days))
    record.refresh_from_db()
    return record


@pytest.mark.django_db
def test_empty_profile(alice):
    profile = selectors.profile_for(patient=alice)
    assert profile.has_records is False
    assert profile.to_schema() == {
        "histology": None,
        "stage": None,
        "biomarkers": {},
        "treatments": [],
    }


@pytest.mark.django_db
def test_profile_ignores_records_not_done_but_counts_them(alice):
    record = RecordFactory(owner=alice, status=RecordStatus.FAILED)
    FindingFactory(record=record)
    profile = selectors.profile_for(patient=alice)
    assert profile.has_records is True and profile.biomarkers == {}


@pytest.mark.django_db
def test_latest_report_wins_and_disagreement_is_a_conflict(alice):
    old = _aged(RecordFactory(owner=alice, filename="2023.pdf"), 400)
    new = RecordFactory(owner=alice, filename="2024.pdf")
    FindingFactory(
        record=old,
        kind="histology",
        gene="",
        status="",
        variants=[],
        value={"histology": "adenocarcinoma"},
    )
    FindingFactory(
        record=new,
        kind="histology",
        gene="",
        status="",
        variants=[],
        value={"histology": "squamous cell carcinoma"},
    )
    FindingFactory(record=old, gene="EGFR", status="positive", variants=["L858R"])
    FindingFactory(
        record=old, kind="treatment", gene="", status="", variants=[], value={"drug": "osimertinib"}
    )
    FindingFactory(
        record=new, kind="treatment", gene="", status="", variants=[], value={"drug": "carboplatin"}
    )
    profile = selectors.profile_for(patient=alice)
    schema = profile.to_schema()
    assert schema["histology"] == "squamous cell carcinoma"
    assert schema["biomarkers"] == {"EGFR": {"status": "positive", "variants": ["L858R"]}}
    assert schema["treatments"] == ["carboplatin", "osimertinib"]
    assert profile.histology.record_name == "2024.pdf"
    [conflict] = profile.conflicts
    assert conflict.key == "histology"
    assert [f.record_name for f in conflict.facts] == ["2024.pdf", "2023.pdf"]


@pytest.mark.django_db
def test_agreeing_reports_are_not_a_conflict(alice):
    for days in (10, 0):
        FindingFactory(
            record=_aged(RecordFactory(owner=alice), days),
            gene="ALK",
            status="negative",
            variants=[],
        )
    assert selectors.profile_for(patient=alice).conflicts == []


@pytest.mark.django_db
def test_correction_wins_over_other_readings_in_the_same_report(alice):
    record = RecordFactory(owner=alice)
    a = FindingFactory(record=record, gene="KRAS", status="positive", variants=["G12C"])
    FindingFactory(record=record, gene="KRAS", status="positive", variants=["G12C"])
    services.finding_confirm(
        patient=alice, finding=a, confirmation="corrected", corrected_value={"status": "negative"}
    )
    summary = selectors.record_summary(patient=alice, record=record)
    assert summary["biomarkers"]["KRAS"] == {"status": "negative", "variants": []}
    fact = selectors.profile_for(patient=alice).biomarkers["KRAS"]
    assert (fact.status, fact.confirmation, fact.finding_id) == (
        "negative",
        "corrected",
        a.public_id,
    )


@pytest.mark.django_db
def test_evidence_schema_points_at_findings(alice):
    record = RecordFactory(owner=alice)
    f = FindingFactory(record=record, page=2, sentence="EGFR L858R detected.")
    out = selectors.profile_for(patient=alice).to_schema(evidence=True)
    ev = out["evidence"]["biomarkers"]["EGFR"]
    assert ev["page"] == 2 and ev["sentence"] == "EGFR L858R detected."
    assert ev["finding_id"] == str(f.public_id) and ev["record_id"] == str(record.public_id)
    assert out["conflicts"] == []


@pytest.mark.django_db
def test_selectors_never_return_another_patients_data(alice, bob):
    record = RecordFactory(owner=alice)
    finding = FindingFactory(record=record)
    assert list(record_selectors.record_list(owner=bob)) == []
    assert list(selectors.finding_list(patient=bob)) == []
    with pytest.raises(Http404):
        record_selectors.record_get(owner=bob, record_id=record.public_id)
    with pytest.raises(Http404):
        selectors.finding_get(patient=bob, finding_id=finding.public_id)
    with pytest.raises(Http404):
        selectors.record_summary(patient=bob, record=record)
    with pytest.raises(Http404):
        services.finding_confirm(patient=bob, finding=finding, confirmation="confirmed")
    assert selectors.profile_for(patient=bob).biomarkers == {}


def test_stored_findings_merge_like_the_engine_merges_a_report():
    # The profile merges findings itself (no engine Report rebuilt from rows): it must read
    # every dev report exactly as the engine's own merge does, so the API's summary, the
    # pipeline and extract_report keep printing one shape and one reading.
    from biomarkers.extraction import extract
    from biomarkers.record_merge import record_schema
    from tests.conftest import DEV_PDF_DIR

    pdfs = sorted(DEV_PDF_DIR.glob("*.pdf"))[:12]
    if not pdfs:
        pytest.skip(f"dev PDFs not found in {DEV_PDF_DIR}")
    for pdf in pdfs:
        report = extract(pdf)
        findings = services._findings(RecordFactory.build(), report)
        assert record_schema(findings, file=report.file) == report.to_schema(), pdf.name


def test_record_done_is_the_records_apps_done():
    # biomarkers does not import records (see the import contracts in pyproject.toml).
    assert selectors.RECORD_DONE == RecordStatus.DONE
    from biomarkers.models import Finding

    assert Finding.record.field.related_model is Record
