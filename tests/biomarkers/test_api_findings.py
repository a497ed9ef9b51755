"""Findings API (confirm/correct, history) and the merged profile API; ownership everywhere."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from biomarkers.models import Confirmation
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory


def _url(finding) -> str:
    return f"/api/findings/{finding.public_id}/"


@pytest.mark.django_db
def test_confirm_finding_keeps_history(alice_api, alice):
    finding = FindingFactory(record=RecordFactory(owner=alice))
    response = alice_api.patch(_url(finding), {"confirmation": "confirmed"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["confirmation"] == "confirmed"
    finding.refresh_from_db()
    assert finding.confirmation == Confirmation.CONFIRMED
    assert finding.confirmed_by == alice and finding.confirmed_at is not None
    assert finding.history.count() == 2  # created + confirmed
    assert finding.history.first().confirmation == "confirmed"


@pytest.mark.django_db
def test_correct_biomarker_changes_summary_and_profile(alice_api, alice):
    record = RecordFactory(owner=alice)
    finding = FindingFactory(record=record, gene="EGFR", status="positive", variants=["L858R"])
    body = {"confirmation": "corrected", "corrected_value": {"status": "negative"}}
    response = alice_api.patch(_url(finding), body, format="json")
    assert response.status_code == 200, response.content
    summary = alice_api.get(f"/api/records/{record.public_id}/").json()["summary"]
    assert summary["biomarkers"]["EGFR"] == {"status": "negative", "variants": []}
    profile = alice_api.get("/api/me/profile/").json()
    assert profile["biomarkers"]["EGFR"] == {"status": "negative", "variants": []}
    assert profile["evidence"]["biomarkers"]["EGFR"]["confirmation"] == "corrected"
    finding.refresh_from_db()
    assert finding.status == "positive"  # the extracted reading itself is kept
    assert [h.confirmation for h in finding.history.all()] == ["corrected", "unconfirmed"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "extra", "bad"),
    [
        ("biomarker", {"gene": "EGFR"}, {"status": "maybe"}),
        ("pdl1", {"gene": "PD-L1", "value": {"tps": 5}}, {"tps": 150}),
        ("histology", {"gene": "", "value": {"histology": "adenocarcinoma"}}, {"histology": "x"}),
        ("stage", {"gene": "", "value": {"t": "T2"}}, {"t": "T9"}),
        ("treatment", {"gene": "", "value": {"drug": "osimertinib"}}, {"drug": "<b>"}),
    ],
)
def test_invalid_correction_is_400_and_nothing_changes(alice_api, alice, kind, extra, bad):
    finding = FindingFactory(record=RecordFactory(owner=alice), kind=kind, **extra)
    body = {"confirmation": "corrected", "corrected_value": bad}
    assert alice_api.patch(_url(finding), body, format="json").status_code == 400
    finding.refresh_from_db()
    assert finding.confirmation == Confirmation.UNCONFIRMED and finding.corrected_value is None


@pytest.mark.django_db
def test_correction_without_value_is_400(alice_api, alice):
    finding = FindingFactory(record=RecordFactory(owner=alice))
    response = alice_api.patch(_url(finding), {"confirmation": "corrected"}, format="json")
    assert response.status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "patch"])
def test_other_patients_finding_is_404(bob_api, alice, method):
    finding = FindingFactory(record=RecordFactory(owner=alice))
    response = getattr(bob_api, method)(_url(finding), {"confirmation": "confirmed"}, format="json")
    assert response.status_code == 404
    finding.refresh_from_db()
    assert finding.confirmation == Confirmation.UNCONFIRMED


@pytest.mark.django_db
def test_finding_integer_pk_is_not_an_id(alice_api, alice):
    finding = FindingFactory(record=RecordFactory(owner=alice))
    assert alice_api.get(f"/api/findings/{finding.pk}/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/me/profile/", "/api/findings/{id}/"])
def test_unauthenticated_is_refused(api_client, alice, url):
    finding = FindingFactory(record=RecordFactory(owner=alice))
    assert api_client.get(url.format(id=finding.public_id)).status_code in (401, 403)
    assert api_client.patch(url.format(id=finding.public_id), {}).status_code in (401, 403, 405)


@pytest.mark.django_db
def test_profile_is_own_only_and_latest_wins_with_conflict(alice_api, bob_api, alice, bob):
    old = RecordFactory(owner=alice)
    new = RecordFactory(owner=alice)
    FindingFactory(
        record=old,
        kind="pdl1",
        gene="PD-L1",
        status="positive",
        variants=[],
        value={"tps": 60, "clone": None},
    )
    latest = FindingFactory(
        record=new,
        kind="pdl1",
        gene="PD-L1",
        status="negative",
        variants=[],
        value={"tps": 0, "clone": None},
    )
    # auto_now_add ignores the factory value: set the older upload time explicitly.
    type(old).objects.filter(pk=old.pk).update(uploaded_at=timezone.now() - timedelta(days=30))
    body = alice_api.get("/api/me/profile/").json()
    assert body["has_records"] is True
    assert body["biomarkers"]["PD-L1"] == {"status": "negative", "tps": 0}
    assert body["evidence"]["biomarkers"]["PD-L1"]["finding_id"] == str(latest.public_id)
    [conflict] = body["conflicts"]
    assert conflict["key"] == "PD-L1"
    assert [r["value"]["tps"] for r in conflict["reports"]] == [0, 60]
    # Bob sees none of it.
    bob_body = bob_api.get("/api/me/profile/").json()
    assert bob_body["has_records"] is False and bob_body["biomarkers"] == {}
