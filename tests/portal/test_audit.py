"""Audit trail: every access to patient data is recorded, ids only, append-only."""

from __future__ import annotations

import pytest
from django.contrib.admin.sites import site

from portal.audit.models import AuditAction, AuditEntry
from portal.audit.registry import ROUTES, route_for
from tests.portal.otp_helpers import verified_staff_client
from tests.portal.patient_data import patient_with_data


def _last(**filters) -> AuditEntry:
    entry = AuditEntry.objects.filter(**filters).order_by("-id").first()
    assert entry is not None, f"no audit entry for {filters}"
    return entry


@pytest.mark.django_db
def test_web_read_and_download_are_recorded_with_who_when_where(alice, alice_client):
    data = patient_with_data(alice)
    rid = str(data.record.public_id)
    alice_client.get(f"/records/{rid}/", HTTP_USER_AGENT="TestBrowser/1.0 " + "x" * 400)
    entry = _last(route="records:detail")
    assert (entry.actor_id, entry.patient_id, entry.action) == (alice.pk, alice.pk, "read")
    assert (entry.object_type, entry.object_id, entry.status_code) == ("record", rid, 200)
    assert entry.ip == "127.0.0.1" and entry.user_agent.startswith("TestBrowser/1.0")
    assert len(entry.user_agent) == 200
    assert entry.at.utcoffset().total_seconds() == 0

    response = alice_client.get(f"/records/{rid}/file/")
    assert response.status_code == 200
    assert _last(route="records:download").action == AuditAction.DOWNLOAD


@pytest.mark.django_db
def test_api_read_change_delete_with_token_are_recorded(alice, alice_api):
    data = patient_with_data(alice)
    fid = str(data.finding.public_id)
    assert alice_api.get(f"/api/findings/{fid}/").status_code == 200
    assert _last(route="api-finding-detail").action == AuditAction.READ
    response = alice_api.patch(
        f"/api/findings/{fid}/", {"confirmation": "confirmed"}, format="json"
    )
    assert response.status_code == 200
    entry = _last(route="api-finding-detail", method="PATCH")
    assert (entry.action, entry.actor_id, entry.patient_id) == ("change", alice.pk, alice.pk)
    alice_api.get("/api/me/profile/")
    assert _last(route="api-profile").patient_id == alice.pk
    rid = str(data.record.public_id)
    assert alice_api.get(f"/api/records/{rid}/file/").status_code == 200
    assert _last(route="api-record-file").action == AuditAction.DOWNLOAD
    assert alice_api.delete(f"/api/records/{rid}/").status_code == 204
    entry = _last(route="api-record-detail", method="DELETE")
    assert (entry.action, entry.object_id, entry.patient_id) == ("delete", rid, alice.pk)


@pytest.mark.django_db
def test_refused_cross_patient_attempt_lands_in_the_owners_log(alice, bob, bob_api):
    data = patient_with_data(alice)
    rid = str(data.record.public_id)
    assert bob_api.get(f"/api/records/{rid}/").status_code == 404
    entry = _last(route="api-record-detail")
    assert (entry.actor_id, entry.patient_id, entry.status_code) == (bob.pk, alice.pk, 404)
    assert not entry.succeeded


@pytest.mark.django_db
def test_no_phi_in_the_audit_table(alice, alice_client, alice_api):
    data = patient_with_data(alice, marker="Canary-Filename-7731")
    rid = str(data.record.public_id)
    alice_client.get(f"/records/{rid}/")
    alice_client.get(f"/records/{rid}/file/")
    alice_api.get(f"/api/findings/{data.finding.public_id}/")
    alice_client.post("/account/export/")
    assert AuditEntry.objects.count() >= 4
    for row in AuditEntry.objects.values():
        text = " ".join(str(v) for v in row.values())
        assert "Canary-Filename-7731" not in text
        assert "EGFR L858R" not in text and "adenocarcinoma" not in text
        assert "alice@example.org" not in text


@pytest.mark.django_db
def test_personalized_answer_page_is_recorded_for_patients_only(
    alice, moderator, second_moderator, alice_client
):
    from django.test import Client

    from tests.answers.helpers import make_answer

    make_answer(moderator, publish_with=second_moderator)
    Client().get("/answers/alk-positive/")  # a visitor: nothing personal, nothing audited
    Client().get("/answers/")
    assert not AuditEntry.objects.exists()
    assert alice_client.get("/answers/alk-positive/").status_code == 200
    entry = _last(route="answers:detail")
    assert (entry.actor_id, entry.patient_id, entry.object_type) == (alice.pk, alice.pk, "profile")
    assert not AuditEntry.objects.filter(route="answers:list").exists()


@pytest.mark.django_db
def test_staff_admin_views_of_records_are_logged_against_the_patient(alice, admin_user, client):
    data = patient_with_data(alice)
    staff = verified_staff_client(client, admin_user)
    assert staff.get("/admin/records/record/").status_code == 200
    response = staff.get(f"/admin/records/record/{data.record.pk}/change/")
    assert response.status_code == 200
    # The Record admin shows job state only: no filename, no report text.
    assert b"alice-report.pdf" not in response.content and b"my-report.pdf" not in response.content
    assert b"adenocarcinoma" not in response.content
    entry = _last(route="admin:records_record_change")
    assert (entry.actor_kind, entry.actor_id, entry.patient_id) == (
        "staff",
        admin_user.pk,
        alice.pk,
    )
    assert _last(route="admin:records_record_changelist").actor_kind == "staff"


@pytest.mark.django_db
def test_audit_admin_is_append_only(alice, admin_user, client, rf):
    patient_with_data(alice)
    entry = AuditEntry.objects.create(actor_kind="patient", action="read", object_type="record")
    model_admin = site._registry[AuditEntry]
    request = rf.get("/")
    request.user = admin_user
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, entry)
    assert not model_admin.has_delete_permission(request, entry)
    staff = verified_staff_client(client, admin_user)
    assert staff.get(f"/admin/audit/auditentry/{entry.pk}/change/").status_code == 200
    assert (
        staff.post(f"/admin/audit/auditentry/{entry.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


@pytest.mark.django_db
def test_access_log_page_shows_only_entries_about_my_data(alice, bob, alice_client, bob_client):
    mine = patient_with_data(alice)
    theirs = patient_with_data(bob)
    alice_client.get(f"/records/{mine.record.public_id}/")
    bob_client.get(f"/records/{theirs.record.public_id}/")
    bob_client.get(f"/records/{mine.record.public_id}/")  # refused, but about alice's data
    page = alice_client.get("/account/access-log/")
    assert page.status_code == 200
    html = page.content.decode()
    assert str(mine.record.public_id)[:10] in html
    assert str(theirs.record.public_id)[:10] not in html
    assert "Another account" in html and "Refused (404)" in html
    assert "bob@example.org" not in html


@pytest.mark.django_db
def test_access_log_api_is_scoped_to_me(alice, bob, alice_api, bob_api):
    mine = patient_with_data(alice)
    theirs = patient_with_data(bob)
    alice_api.get(f"/api/records/{mine.record.public_id}/")
    bob_api.get(f"/api/records/{theirs.record.public_id}/")
    results = alice_api.get("/api/me/access-log/").json()["results"]
    ids = {r["object_id"] for r in results}
    assert str(mine.record.public_id) in ids and str(theirs.record.public_id) not in ids
    assert all(r["by"] == "you" for r in results)


def test_registry_covers_the_patient_data_routes():
    for name in ("records:detail", "records:download", "api-record-file", "api-finding-detail",
                 "api-profile", "api-me-export", "account-access-log"):  # fmt: skip
        assert name in ROUTES
    assert route_for("admin:records_record_change").by_pk
    assert route_for("admin:answers_answer_change") is None
    assert route_for("home") is None
