"""Report dates: the current picture by the date each report states, history, corrections."""

from __future__ import annotations

from itertools import permutations

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404

from biomarkers import selectors, services
from biomarkers.extraction.types import Evidence, Fact, Report
from biomarkers.models import Finding
from records import selectors as record_selectors
from tests.biomarkers.reports import date_finding, dated_report, drug, gene, histology

# One patient's course: MET not amplified at diagnosis, amplified at progression on
# osimertinib; EGFR L858R throughout, T790M ruled out then found.
THREE = [
    ("2025-02-10", "biopsy.pdf", [gene("EGFR", "positive", "L858R"), gene("MET", "negative")]),
    ("2025-06-01", "ngs.pdf", [gene("EGFR", "positive", "L858R"), drug("osimertinib")]),
    (
        "2025-10-20",
        "liquid.pdf",
        [gene("EGFR", "positive", "L858R", "T790M"), gene("MET", "positive")],
    ),
]


def _upload(owner, reports, order):
    for minute, i in enumerate(order):
        iso, name, findings = reports[i]
        dated_report(owner, name, iso, *findings, uploaded=minute)


@pytest.mark.django_db
@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_three_reports_in_every_upload_order_give_the_same_current_picture(alice, order):
    _upload(alice, THREE, order)
    profile = selectors.profile_for(patient=alice)
    assert profile.to_schema() == {
        "histology": None,
        "stage": None,
        "biomarkers": {
            "EGFR": {"status": "positive", "variants": ["L858R", "T790M"]},
            "MET": {"status": "positive", "variants": []},
        },
        "treatments": ["osimertinib"],
    }
    # A change over time is history, not a disagreement.
    assert profile.conflicts == []
    met = profile.changes()["MET"]
    assert [(f.stated_date.isoformat(), f.status) for f in met] == [
        ("2025-02-10", "negative"),
        ("2025-10-20", "positive"),
    ]
    assert profile.biomarkers["MET"].record_name == "liquid.pdf"
    history = profile.to_schema(evidence=True)["history"]
    assert [(h["report_date"], h["value"]["status"], h["changed"]) for h in history["MET"]] == [
        ("2025-02-10", "negative", False),
        ("2025-10-20", "positive", True),
    ]
    assert [h["changed"] for h in history["EGFR"]] == [False, False, True]


@pytest.mark.django_db
@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_two_reports_older_uploaded_last_does_not_overrule_the_newer(alice, order):
    reports = [
        ("2024-03-01", "diagnosis.pdf", [gene("ALK", "negative")]),
        ("2025-01-15", "rebiopsy.pdf", [gene("ALK", "positive", "EML4-ALK")]),
    ]
    _upload(alice, reports, order)
    profile = selectors.profile_for(patient=alice)
    assert profile.to_schema()["biomarkers"]["ALK"] == {
        "status": "positive",
        "variants": ["EML4-ALK"],
    }
    assert profile.conflicts == []


@pytest.mark.django_db
def test_same_date_reports_that_differ_are_a_conflict(alice):
    dated_report(alice, "lab-a.pdf", "2025-05-05", gene("KRAS", "positive", "G12C"), uploaded=0)
    dated_report(alice, "lab-b.pdf", "2025-05-05", gene("KRAS", "negative"), uploaded=1)
    dated_report(alice, "old.pdf", "2024-01-01", histology("adenocarcinoma"), uploaded=2)
    profile = selectors.profile_for(patient=alice)
    [conflict] = profile.conflicts
    assert conflict.key == "KRAS"
    assert {f.record_name for f in conflict.facts} == {"lab-a.pdf", "lab-b.pdf"}


@pytest.mark.django_db
def test_an_earlier_conflict_is_no_conflict_once_a_later_report_settles_it(alice):
    dated_report(alice, "a.pdf", "2025-01-01", gene("KRAS", "positive", "G12C"))
    dated_report(alice, "b.pdf", "2025-01-01", gene("KRAS", "negative"), uploaded=1)
    dated_report(alice, "c.pdf", "2025-09-01", gene("KRAS", "positive", "G12C"), uploaded=2)
    assert selectors.profile_for(patient=alice).conflicts == []


@pytest.mark.django_db
def test_undated_reports_count_as_older_than_dated_ones(alice):
    dated_report(alice, "dated.pdf", "2025-01-01", gene("ROS1", "negative"))
    dated_report(alice, "undated.pdf", None, gene("ROS1", "positive"), uploaded=5)
    profile = selectors.profile_for(patient=alice)
    assert profile.biomarkers["ROS1"].status == "negative"
    assert profile.biomarkers["ROS1"].stated_date.isoformat() == "2025-01-01"


@pytest.mark.django_db
def test_unclear_reading_in_the_latest_report_is_never_a_status(alice):
    dated_report(alice, "old.pdf", "2024-01-01", gene("MET", "negative"))
    dated_report(alice, "new.pdf", "2025-01-01", gene("MET", "unclear"), uploaded=1)
    schema = selectors.profile_for(patient=alice).to_schema()
    assert schema["biomarkers"]["MET"]["status"] == "negative"


@pytest.mark.django_db
def test_correcting_a_report_date_reorders_the_current_picture(alice):
    first = dated_report(alice, "first.pdf", "2025-01-01", gene("ALK", "negative"))
    dated_report(alice, "second.pdf", "2025-06-01", gene("ALK", "positive"), uploaded=1)
    assert selectors.profile_for(patient=alice).biomarkers["ALK"].status == "positive"
    services.finding_confirm(
        patient=alice,
        finding=date_finding(first),
        confirmation="corrected",
        corrected_value={"date": "2025-08-01"},
    )
    profile = selectors.profile_for(patient=alice)
    assert profile.biomarkers["ALK"].status == "negative"
    assert profile.biomarkers["ALK"].stated_date.isoformat() == "2025-08-01"
    # The correction is kept with its history; the reading as extracted stays.
    finding = date_finding(first)
    assert finding.value["date"] == "2025-01-01"
    assert finding.history.count() == 2


@pytest.mark.django_db
def test_report_date_set_adds_a_date_to_an_undated_report_and_reorders(alice, bob):
    undated = dated_report(alice, "undated.pdf", None, gene("ALK", "positive"), uploaded=5)
    dated_report(alice, "dated.pdf", "2025-01-01", gene("ALK", "negative"))
    assert selectors.profile_for(patient=alice).biomarkers["ALK"].status == "negative"
    with pytest.raises(Http404):
        services.report_date_set(patient=bob, record=undated, when="2025-03-01")
    finding = services.report_date_set(patient=alice, record=undated, when="2025-03-01")
    assert finding.page == 0 and finding.confirmation == "corrected"
    assert selectors.profile_for(patient=alice).biomarkers["ALK"].status == "positive"
    # A second change corrects the same finding, with history.
    services.report_date_set(patient=alice, record=undated, when="2024-03-01")
    assert Finding.objects.filter(record=undated, kind="report_date").count() == 1
    assert selectors.profile_for(patient=alice).biomarkers["ALK"].status == "negative"
    assert date_finding(undated).history.count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["2025-13-01", "03/14/2025", "", "2999-01-01", "1970-01-01"])
def test_a_bad_date_is_refused_and_nothing_changes(alice, bad):
    record = dated_report(alice, "r.pdf", "2025-01-01")
    with pytest.raises(ValidationError):
        services.report_date_set(patient=alice, record=record, when=bad)
    assert date_finding(record).confirmation == "unconfirmed"


@pytest.mark.django_db
def test_a_new_reading_keeps_the_date_the_patient_entered(alice):
    record = dated_report(alice, "r.pdf", None, gene("ALK", "positive"))
    services.report_date_set(patient=alice, record=record, when="2025-03-01")
    fact = Fact("biomarker", Evidence(1, "ALK positive.", 0, 13), gene="ALK", status="positive")
    services.findings_replace(record=record, report=Report("r.pdf", ["ALK positive."], "x", [fact]))
    assert selectors.profile_for(patient=alice).biomarkers["ALK"].stated_date.isoformat() == (
        "2025-03-01"
    )
    # And where the new reading states a date, the patient's one still wins.
    stated = Fact("report_date", Evidence(1, "x", 0, 1), value={"date": "2020-01-01"})
    services.findings_replace(record=record, report=Report("r.pdf", ["x"], "x", [fact, stated]))
    record = record_selectors.record_get(owner=alice, record_id=record.public_id)
    assert record.report_date.isoformat() == "2025-03-01"


@pytest.mark.django_db
def test_records_are_listed_by_report_date_newest_first_undated_last(alice):
    dated_report(alice, "mid.pdf", "2025-03-01", uploaded=0)
    dated_report(alice, "undated-old.pdf", None, uploaded=1)
    dated_report(alice, "new.pdf", "2025-09-01", uploaded=2)
    dated_report(alice, "old.pdf", "2024-01-01", uploaded=3)
    dated_report(alice, "undated-new.pdf", None, uploaded=4)
    listed = list(record_selectors.record_list(owner=alice))
    assert [r.filename for r in listed] == [
        "new.pdf",
        "mid.pdf",
        "old.pdf",
        "undated-new.pdf",
        "undated-old.pdf",
    ]
    assert listed[0].report_date.isoformat() == "2025-09-01" and listed[3].report_date is None
