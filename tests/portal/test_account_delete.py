"""Delete my account: files, records, findings, history, tokens, sessions, devices, feedback."""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from biomarkers.models import Finding
from portal.accounts.models import ApiToken, User
from portal.audit.models import AuditEntry
from records.models import Record
from tests.portal.patient_data import patient_with_data, stored_keys


def _alice_world(alice, bob, moderator, second_moderator):
    """alice and bob with files, findings, history, tokens, sessions, 2FA and feedback."""
    from answers.reader_services import feedback_create
    from biomarkers.services import finding_confirm
    from tests.answers.helpers import make_answer

    a, b = patient_with_data(alice), patient_with_data(bob)
    finding_confirm(patient=alice, finding=a.finding, confirmation="confirmed")
    finding_confirm(patient=bob, finding=b.finding, confirmation="confirmed")
    answer = make_answer(moderator, publish_with=second_moderator)
    feedback_create(answer=answer, user=alice, problem="alice private feedback text")
    feedback_create(answer=answer, user=bob, problem="bob feedback")
    for user in (alice, bob):
        ApiToken.objects.create(user=user)
        TOTPDevice.objects.create(user=user, name="app", confirmed=True)
        StaticDevice.objects.create(user=user, name="backup", confirmed=True)
    sessions = []
    for user in (alice, alice, bob):  # alice signed in on two browsers
        c = Client()
        c.force_login(user)
        c.get(f"/records/{(a if user == alice else b).record.public_id}/")  # audit entries
        sessions.append(c)
    return a, b, sessions


def _counts(user_pk: int, record_pk: int) -> dict:
    from answers.models import Feedback

    return {
        "records": Record.objects.filter(owner_id=user_pk).count(),
        "findings": Finding.objects.filter(record__owner_id=user_pk).count(),
        "history": Finding.history.model.objects.filter(record_id=record_pk).count(),
        "tokens": ApiToken.objects.filter(user_id=user_pk).count(),
        "totp": TOTPDevice.objects.filter(user_id=user_pk).count(),
        "static": StaticDevice.objects.filter(user_id=user_pk).count(),
        "feedback": Feedback.objects.filter(user_id=user_pk).count(),
        "audit": AuditEntry.objects.filter(patient_id=user_pk).count(),
        "sessions": sum(
            1 for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(user_pk)
        ),
    }


@pytest.mark.django_db(transaction=True)
def test_delete_removes_everything_of_alice_and_nothing_of_bob(
    alice, bob, moderator, second_moderator, password
):
    a, b, (alice_web, alice_phone, bob_web) = _alice_world(alice, bob, moderator, second_moderator)
    alice_pk = alice.pk
    # A file in alice's folder that no record points to (an interrupted upload) goes too.
    from records import storage

    orphan = a.record.storage_key.rsplit("/", 1)[0] + "/orphan.pdf"
    orphan = storage.store(orphan, __import__("io").BytesIO(b"%PDF-1.4 orphan"))
    bob_before = _counts(bob.pk, b.record.pk)
    assert all(bob_before[k] for k in bob_before), bob_before
    keys_before = stored_keys()
    assert {a.record.storage_key, b.record.storage_key, orphan} <= set(keys_before)

    response = alice_web.post("/account/delete/", {"password": password, "confirm": "yes"})
    assert response.status_code == 302 and response["Location"] == "/"

    assert not User.objects.filter(pk=alice_pk).exists()
    assert all(v == 0 for v in _counts(alice_pk, a.record.pk).values()), _counts(
        alice_pk, a.record.pk
    )
    # Storage: nothing of alice left (her whole folder), bob's file untouched.
    alice_folder = a.record.storage_key.rsplit("/", 1)[0] + "/"
    assert set(stored_keys()) == {k for k in keys_before if not k.startswith(alice_folder)}
    assert b.record.storage_key in stored_keys()
    assert not [k for k in stored_keys() if k.startswith(alice_folder)]
    assert _counts(bob.pk, b.record.pk) == bob_before
    # Both of alice's sessions are gone: her other browser is signed out too.
    assert alice_phone.get("/records/").status_code == 302
    assert bob_web.get("/records/").status_code == 200
    # The audit keeps only that the deletion happened: old id, time, no e-mail or IP.
    (entry,) = AuditEntry.objects.filter(actor_id=alice_pk)
    assert (entry.action, entry.object_id, entry.patient_id) == (
        "account_delete",
        str(alice_pk),
        None,
    )
    assert entry.ip is None and entry.user_agent == ""
    assert not AuditEntry.objects.filter(patient_id=alice_pk).exists()


@pytest.mark.django_db(transaction=True)
def test_wrong_password_deletes_nothing(alice, bob, moderator, second_moderator):
    a, _b, (alice_web, _p, _w) = _alice_world(alice, bob, moderator, second_moderator)
    before = _counts(alice.pk, a.record.pk)
    keys = stored_keys()
    response = alice_web.post("/account/delete/", {"password": "not-my-password", "confirm": "yes"})
    assert response.status_code == 400
    assert b"not been deleted" in response.content
    assert User.objects.filter(pk=alice.pk).exists()
    after = _counts(alice.pk, a.record.pk)
    # The refused attempt is itself audited, and so is the wrong password (a failed
    # sign-in in alice's log, issue 14); everything else is as it was.
    assert after.pop("audit") == before.pop("audit") + 2
    assert after == before and stored_keys() == keys


@pytest.mark.django_db
def test_unticked_confirmation_deletes_nothing(alice, alice_client, password):
    response = alice_client.post("/account/delete/", {"password": password})
    assert response.status_code == 400
    assert User.objects.filter(pk=alice.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_api_delete_me_with_password(alice, bob, alice_api, bob_api, password):
    a, b = patient_with_data(alice), patient_with_data(bob)
    keys_before = set(stored_keys())
    assert alice_api.delete("/api/me/", {}, format="json").status_code == 400
    assert (
        alice_api.delete("/api/me/", {"password": "wrong-password-1"}, format="json").status_code
        == 400
    )
    assert User.objects.filter(pk=alice.pk).exists()
    response = alice_api.delete("/api/me/", {"password": password}, format="json")
    assert response.status_code == 204
    assert not User.objects.filter(email="alice@example.org").exists()
    assert set(stored_keys()) == keys_before - {a.record.storage_key}
    assert alice_api.get("/api/records/").status_code == 401  # the token died with the account
    assert bob_api.get(f"/api/records/{b.record.public_id}/").status_code == 200
    assert not Record.objects.filter(pk=a.record.pk).exists()


@pytest.mark.django_db
def test_staff_cannot_self_delete(moderator, client, password):
    from tests.portal.otp_helpers import verified_staff_client

    staff = verified_staff_client(client, moderator)
    response = staff.post("/account/delete/", {"password": password, "confirm": "yes"})
    assert response.status_code == 400
    assert User.objects.filter(pk=moderator.pk).exists()
