"""The caregiver's side: the accept link, what they read, expiry, and the access log."""

from __future__ import annotations

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from portal.accounts.models import User
from portal.audit.models import AuditEntry
from sharing import selectors, services
from sharing.models import Scope, Share
from tests.factories import UserFactory
from tests.portal.patient_data import patient_with_data
from tests.sharing.factories import ShareFactory


@pytest.fixture
def carol(db):
    return UserFactory(email="carol@example.org")


@pytest.fixture
def carol_client(carol):
    c = Client()
    c.force_login(carol)
    return c


def _invite(alice, email="carol@example.org", scope=Scope.RECORDS, capture=None) -> str:
    """alice invites; returns the accept path from the e-mail."""
    with capture(execute=True):
        services.share_create(patient=alice, email=email, scope=scope)
    return re.search(r"https?://[^/\s]+(/sharing/accept/\S+/)", mail.outbox[-1].body).group(1)


@pytest.mark.django_db
def test_new_caregiver_creates_an_account_from_the_invitation(
    alice, client, django_capture_on_commit_callbacks
):
    patient_with_data(alice)
    path = _invite(alice, capture=django_capture_on_commit_callbacks)
    page = client.get(path)
    # Nothing of alice's before an account accepts: no finding, no name.
    assert page.status_code == 200 and b"Create your account" in page.content
    assert b"EGFR" not in page.content and b"alice" not in page.content
    response = client.post(
        path,
        {"action": "create", "password1": "Long-enough-pw-42", "password2": "Long-enough-pw-42"},
    )
    assert response.status_code == 302 and response["Location"] == "/shared-with-me/"
    carol = User.objects.get(email="carol@example.org")
    share = Share.objects.get()
    assert share.caregiver == carol and share.accepted_at is not None
    listing = client.get("/api/shared-with-me/").json()
    assert listing == [
        {
            "id": str(share.public_id),
            "patient_name": "alice@example.org",
            "scope": "records",
            "expires_at": listing[0]["expires_at"],
        }
    ]
    # The link works once.
    assert Client().get(path).status_code == 404


@pytest.mark.django_db
def test_weak_password_or_mismatch_creates_nothing(
    alice, client, django_capture_on_commit_callbacks
):
    path = _invite(alice, capture=django_capture_on_commit_callbacks)
    short = client.post(path, {"action": "create", "password1": "x", "password2": "x"})
    assert short.status_code == 400
    differ = client.post(
        path, {"action": "create", "password1": "Long-enough-pw-42", "password2": "Other-pw-4242"}
    )
    assert differ.status_code == 400 and b"differ" in differ.content
    assert not User.objects.filter(email="carol@example.org").exists()
    assert Share.objects.get().accepted_at is None


@pytest.mark.django_db
def test_existing_account_signs_in_then_accepts(
    alice, carol, client, carol_client, django_capture_on_commit_callbacks
):
    path = _invite(alice, capture=django_capture_on_commit_callbacks)
    anonymous = client.get(path)
    assert b"Sign in as carol@example.org" in anonymous.content
    # A POST without an account goes to sign in, and accepts nothing.
    assert client.post(path, {"action": "accept"})["Location"].startswith("/accounts/login/")
    assert Share.objects.get().accepted_at is None
    with django_capture_on_commit_callbacks(execute=True):
        response = carol_client.post(path, {"action": "accept"})
    assert response.status_code == 302
    assert Share.objects.get().caregiver == carol
    # alice is told in the portal, and by an e-mail that names no one.
    told = alice.notifications.get(kind="caregiver_accepted")
    assert "carol@example.org" in told.message
    accepted_mail = [m for m in mail.outbox if m.to == ["alice@example.org"]]
    assert len(accepted_mail) == 1 and "carol" not in accepted_mail[0].body


@pytest.mark.django_db
def test_another_account_cannot_use_the_link(alice, bob_client, django_capture_on_commit_callbacks):
    path = _invite(alice, capture=django_capture_on_commit_callbacks)
    response = bob_client.post(path, {"action": "accept"})
    assert response.status_code == 400 and b"another e-mail address" in response.content
    assert Share.objects.get().accepted_at is None


@pytest.mark.django_db
def test_forged_revoked_and_old_links_do_not_work(
    alice, carol_client, django_capture_on_commit_callbacks
):
    path = _invite(alice, capture=django_capture_on_commit_callbacks)
    token = path.split("/")[-2]
    assert carol_client.get(f"/sharing/accept/{token[:-2]}xx/").status_code == 404
    # Older than 7 days: refused even though the share itself lasts 30.
    later = timezone.now().timestamp() + services.INVITE_MAX_AGE.total_seconds() + 60
    with mock.patch("django.core.signing.time.time", return_value=later):
        assert carol_client.get(path).status_code == 404
    share = Share.objects.get()
    services.share_revoke(patient=alice, share=share)
    assert carol_client.post(path, {"action": "accept"}).status_code == 404
    assert Share.objects.get().caregiver is None


@pytest.mark.django_db
def test_caregiver_profile_is_the_patients_profile(alice, alice_api, carol, carol_client):
    patient_with_data(alice)
    share = ShareFactory(patient=alice, caregiver=carol, scope=Scope.SUMMARY)
    theirs = carol_client.get(f"/api/shared-with-me/{share.public_id}/profile/")
    assert theirs.status_code == 200
    assert theirs.json() == alice_api.get("/api/me/profile/").json()
    assert theirs.json()["biomarkers"]["EGFR"]["status"] == "positive"


@pytest.mark.django_db
def test_summary_scope_does_not_open_the_reports(alice, carol, carol_client):
    data = patient_with_data(alice)
    share = ShareFactory(patient=alice, caregiver=carol, scope=Scope.SUMMARY)
    base = f"/api/shared-with-me/{share.public_id}/records/"
    assert carol_client.get(base).status_code == 404
    assert carol_client.get(f"{base}{data.record.public_id}/").status_code == 404
    page = carol_client.get(f"/shared-with-me/{share.public_id}/")
    assert page.status_code == 200 and b"EGFR" in page.content
    assert data.record.filename.encode() not in page.content


@pytest.mark.django_db
def test_records_scope_reads_the_reports_but_only_the_patients(alice, bob, carol, carol_client):
    data = patient_with_data(alice)
    bobs = patient_with_data(bob, marker="bob")
    share = ShareFactory(patient=alice, caregiver=carol, scope=Scope.RECORDS)
    base = f"/api/shared-with-me/{share.public_id}/records/"
    listed = carol_client.get(base).json()["results"]
    assert [r["id"] for r in listed] == [str(data.record.public_id)]
    detail = carol_client.get(f"{base}{data.record.public_id}/")
    assert detail.status_code == 200 and detail.json()["findings"]
    # bob's record through alice's share: 404.
    assert carol_client.get(f"{base}{bobs.record.public_id}/").status_code == 404
    page = carol_client.get(f"/shared-with-me/{share.public_id}/")
    assert data.record.filename.encode() in page.content
    # The report's page, read-only: its findings and text, no check, correct, download or
    # delete; bob's record through alice's share is 404 here too.
    report = carol_client.get(f"/shared-with-me/{share.public_id}/records/{data.record.public_id}/")
    assert report.status_code == 200
    assert b"EGFR" in report.content and b"Final diagnosis" in report.content
    for control in (b"<form", b"This matches my report", b"Download", b"Delete", b"Correct it"):
        assert control not in report.content.split(b"<main")[1], control
    other = f"/shared-with-me/{share.public_id}/records/{bobs.record.public_id}/"
    assert carol_client.get(other).status_code == 404


@pytest.mark.django_db
def test_caregiver_can_read_never_write_export_or_reshare(alice, carol, carol_client):
    data = patient_with_data(alice)
    ShareFactory(patient=alice, caregiver=carol, scope=Scope.RECORDS)
    record, finding = data.record.public_id, data.finding.public_id
    # The patient's own routes stay the patient's: the caregiver is "another patient" there.
    assert carol_client.get(f"/api/records/{record}/file/").status_code == 404
    assert carol_client.delete(f"/api/records/{record}/").status_code == 404
    assert carol_client.post(f"/api/records/{record}/reprocess/").status_code == 404
    patch = carol_client.patch(
        f"/api/findings/{finding}/", {"confirmation": "wrong"}, content_type="application/json"
    )
    assert patch.status_code == 404
    # Export and sharing act on the caregiver's own (empty) data, never alice's.
    export = carol_client.get("/api/me/export/")
    assert b"EGFR" not in b"".join(export.streaming_content)
    carol_client.post(
        "/api/shares/", {"email": "dave@example.org", "scope": "records"},
        content_type="application/json",
    )  # fmt: skip
    assert Share.objects.get(email="dave@example.org").patient == carol
    from records.models import Record

    assert Record.objects.filter(public_id=record, owner=alice).exists()
    assert Record.objects.filter(owner=alice).count() == 1


@pytest.mark.django_db
def test_expiry_by_time(alice, carol):
    share = ShareFactory(patient=alice, caregiver=carol)
    # The clock frozen at two instants around the expiry (selectors take now=).
    just_before = share.expires_at - timedelta(seconds=1)
    assert selectors.share_for_caregiver(caregiver=carol, share_id=share.public_id, now=just_before)
    assert list(selectors.shares_with_me(caregiver=carol, now=just_before)) == [share]
    from django.http import Http404

    with pytest.raises(Http404):
        selectors.share_for_caregiver(
            caregiver=carol, share_id=share.public_id, now=share.expires_at
        )
    assert not selectors.shares_with_me(caregiver=carol, now=share.expires_at).exists()


@pytest.mark.django_db
def test_an_expired_share_answers_404_on_every_caregiver_route(alice, carol, carol_client):
    data = patient_with_data(alice)
    share = ShareFactory(patient=alice, caregiver=carol)
    Share.objects.filter(pk=share.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    for path in (
        f"/shared-with-me/{share.public_id}/",
        f"/shared-with-me/{share.public_id}/records/{data.record.public_id}/",
        f"/api/shared-with-me/{share.public_id}/profile/",
        f"/api/shared-with-me/{share.public_id}/records/",
        f"/api/shared-with-me/{share.public_id}/records/{data.record.public_id}/",
    ):
        assert carol_client.get(path).status_code == 404, path
    assert carol_client.get("/api/shared-with-me/").json() == []


@pytest.mark.django_db
def test_expired_shares_are_told_to_both_sides_once(alice, carol):
    share = ShareFactory(patient=alice, caregiver=carol)
    after = share.expires_at + timedelta(minutes=1)
    assert services.shares_end_expired(now=share.expires_at - timedelta(minutes=1)) == 0
    assert services.shares_end_expired(now=after) == 1
    assert services.shares_end_expired(now=after) == 0
    assert alice.notifications.filter(kind="access_ended").count() == 1
    assert carol.notifications.filter(kind="access_ended").count() == 1


@pytest.mark.django_db
def test_every_caregiver_read_is_in_the_patients_log_with_their_email(
    alice, alice_client, alice_api, carol, carol_client
):
    data = patient_with_data(alice)
    share = ShareFactory(patient=alice, caregiver=carol, email="carol@example.org")
    reads = [
        f"/shared-with-me/{share.public_id}/",
        f"/api/shared-with-me/{share.public_id}/profile/",
        f"/api/shared-with-me/{share.public_id}/records/",
        f"/api/shared-with-me/{share.public_id}/records/{data.record.public_id}/",
        f"/shared-with-me/{share.public_id}/records/{data.record.public_id}/",
    ]
    for path in reads:
        assert carol_client.get(path).status_code == 200
    entries = AuditEntry.objects.filter(actor_id=carol.pk).order_by("id")
    assert [(e.patient_id, e.action, e.status_code) for e in entries] == [
        (alice.pk, "read", 200)
    ] * 5
    assert [e.object_type for e in entries] == ["profile", "profile", "record", "record", "record"]
    assert entries.last().object_id == str(data.record.public_id)
    # A refused read (expired share) is in alice's log too.
    Share.objects.filter(pk=share.pk).update(expires_at=timezone.now())
    carol_client.get(reads[1])
    refused = AuditEntry.objects.filter(actor_id=carol.pk).latest("id")
    assert (refused.patient_id, refused.status_code) == (alice.pk, 404)
    # alice sees who: the page and the API name the caregiver's e-mail.
    page = alice_client.get("/account/access-log/")
    assert page.content.count(b"Caregiver carol@example.org") == 6
    log = alice_api.get("/api/me/access-log/").json()["results"]
    by_carol = [e for e in log if e["caregiver_email"] == "carol@example.org"]
    assert len(by_carol) == 6 and {e["by"] for e in by_carol} == {"caregiver"}
    assert all(e["ip"] is None for e in by_carol)


@pytest.mark.django_db
def test_shared_with_me_page_lists_each_patient(alice, bob, carol, carol_client):
    ShareFactory(patient=alice, caregiver=carol)
    ShareFactory(patient=bob, caregiver=carol, revoked_at=timezone.now())
    page = carol_client.get("/shared-with-me/")
    assert b"alice@example.org" in page.content and b"bob@example.org" not in page.content
