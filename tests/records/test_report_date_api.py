"""``report_date`` on records: API list/detail, the patient's correction, pages, ownership."""

from __future__ import annotations

import pytest

from biomarkers.models import Finding
from tests.biomarkers.reports import date_finding, dated_report, gene


@pytest.mark.django_db
def test_api_lists_records_with_report_date_newest_first(alice_api, alice):
    dated_report(alice, "old.pdf", "2024-02-01", uploaded=2)
    dated_report(alice, "none.pdf", None, uploaded=3)
    dated_report(alice, "new.pdf", "2025-10-20", uploaded=1)
    rows = alice_api.get("/api/records/").json()["results"]
    assert [(r["filename"], r["report_date"]) for r in rows] == [
        ("new.pdf", "2025-10-20"),
        ("old.pdf", "2024-02-01"),
        ("none.pdf", None),
    ]


@pytest.mark.django_db
def test_api_detail_has_report_date_and_the_patient_corrects_it(alice_api, alice):
    record = dated_report(alice, "r.pdf", "2025-03-14", gene("ALK", "positive"))
    url = f"/api/records/{record.public_id}/"
    assert alice_api.get(url).json()["report_date"] == "2025-03-14"
    response = alice_api.patch(url, {"report_date": "2025-03-10"}, format="json")
    assert response.status_code == 200
    assert response.json()["report_date"] == "2025-03-10"
    finding = date_finding(record)
    assert finding.confirmation == "corrected" and finding.value["date"] == "2025-03-14"
    assert finding.history.count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["14/03/2025", "2999-01-01", ""])
def test_api_refuses_a_bad_date(alice_api, alice, bad):
    record = dated_report(alice, "r.pdf", None)
    response = alice_api.patch(
        f"/api/records/{record.public_id}/", {"report_date": bad}, format="json"
    )
    assert response.status_code == 400
    assert not Finding.objects.filter(record=record).exists()


@pytest.mark.django_db
def test_api_another_patient_cannot_set_the_date(bob_api, alice):
    record = dated_report(alice, "r.pdf", "2025-03-14")
    response = bob_api.patch(
        f"/api/records/{record.public_id}/", {"report_date": "2025-01-01"}, format="json"
    )
    assert response.status_code == 404
    assert date_finding(record).confirmation == "unconfirmed"


@pytest.mark.django_db
def test_profile_api_keeps_schema_and_adds_history(alice_api, alice):
    dated_report(alice, "new.pdf", "2025-10-20", gene("MET", "positive"), uploaded=0)
    dated_report(alice, "old.pdf", "2025-02-10", gene("MET", "negative"), uploaded=1)
    data = alice_api.get("/api/me/profile/").json()
    assert data["biomarkers"] == {"MET": {"status": "positive", "variants": []}}
    assert data["conflicts"] == []
    assert data["evidence"]["biomarkers"]["MET"]["report_date"] == "2025-10-20"
    assert [(h["record_name"], h["value"]["status"]) for h in data["history"]["MET"]] == [
        ("old.pdf", "negative"),
        ("new.pdf", "positive"),
    ]


@pytest.mark.django_db
def test_record_page_shows_report_date_and_form_for_undated(alice_client, alice):
    dated = dated_report(alice, "d.pdf", "2025-03-14", gene("ALK", "positive"))
    page = alice_client.get(f"/records/{dated.public_id}/").content.decode()
    assert "Report date 14 March 2025" in page
    assert 'Date of the report: <span class="finding-value">14 March 2025' in page
    undated = dated_report(alice, "u.pdf", None, gene("ALK", "positive"))
    page = alice_client.get(f"/records/{undated.public_id}/").content.decode()
    assert "Add its date" in page
    listing = alice_client.get("/records/").content.decode()
    assert listing.index("d.pdf") < listing.index("u.pdf") and "14 Mar 2025" in listing


@pytest.mark.django_db
def test_record_page_sets_and_corrects_the_date(alice_client, alice):
    record = dated_report(alice, "u.pdf", None)
    response = alice_client.post(
        f"/records/{record.public_id}/report-date/", {"date": "2025-04-02"}
    )
    assert response.status_code == 302
    assert date_finding(record).corrected_value == {"date": "2025-04-02"}
    finding = date_finding(record)
    alice_client.post(
        f"/records/{record.public_id}/findings/{finding.public_id}/check/",
        {"action": "correct", "date": "2025-04-01"},
    )
    assert date_finding(record).corrected_value == {"date": "2025-04-01"}
    page = alice_client.get(f"/records/{record.public_id}/").content.decode()
    assert "Entered by you" in page and "1 April 2025" in page


@pytest.mark.django_db
def test_record_page_date_form_of_another_patient_is_404(bob_client, alice):
    record = dated_report(alice, "u.pdf", None)
    response = bob_client.post(f"/records/{record.public_id}/report-date/", {"date": "2025-04-02"})
    assert response.status_code == 404
    assert not Finding.objects.filter(record=record).exists()
