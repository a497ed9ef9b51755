"""Sign-in events in the audit trail (issue 14, Medium): the patient sees their own,
operators get structured log lines without PHI, and a deleted account's probes stay in
the victim's log with the actor anonymised."""

from __future__ import annotations

import logging

import pytest
from django.test import Client
from rest_framework.test import APIClient

from portal.audit.models import AuditEntry
from tests.portal.otp_helpers import totp_code, totp_device
from tests.portal.patient_data import patient_with_data

pytestmark = pytest.mark.django_db


def _actions(user) -> list[str]:
    return list(
        AuditEntry.objects.filter(patient_id=user.pk)
        .order_by("id")
        .values_list("action", flat=True)
    )


def test_sign_in_failure_sign_out_are_audited_and_shown(alice, password, caplog):
    client = Client(HTTP_USER_AGENT="Firefox/140 on Linux")
    caplog.set_level(logging.INFO)
    client.post("/accounts/login/", {"username": "alice@example.org", "password": "wrong-pw-77"})
    client.post("/accounts/login/", {"username": "alice@example.org", "password": password})
    client.post("/accounts/logout/")
    assert _actions(alice) == ["sign_in_failed", "sign_in", "sign_out"]
    signed_in = AuditEntry.objects.get(patient_id=alice.pk, action="sign_in")
    assert signed_in.actor_id == alice.pk and signed_in.ip == "127.0.0.1"
    client.force_login(alice)
    page = client.get("/account/access-log/").content.decode()
    assert "Signed in" in page and "Firefox/140 on Linux" in page and "127.0.0.1" in page
    # Operators: one structured line per event, ids only.
    lines = [r.getMessage() for r in caplog.records if r.name == "portal.audit.events"]
    assert any("event=sign_in " in line and f"user_id={alice.pk}" in line for line in lines)
    assert not any("alice@example.org" in line for line in lines)


def test_password_change_and_reset_are_audited(alice, password, mailoutbox):
    import re

    client = Client()
    client.force_login(alice)
    client.post(
        "/accounts/password_change/",
        {
            "old_password": password,
            "new_password1": "a-new-long-passphrase-91",
            "new_password2": "a-new-long-passphrase-91",
        },
    )
    anonymous = Client()
    anonymous.post("/accounts/password_reset/", {"email": "alice@example.org"})
    link = re.search(r"(/accounts/reset/\S+/)", mailoutbox[-1].body).group(1)
    form = anonymous.get(link, follow=True)
    anonymous.post(
        form.redirect_chain[-1][0],
        {"new_password1": "another-passphrase-3", "new_password2": "another-passphrase-3"},
    )
    actions = _actions(alice)
    assert "password_change" in actions and "password_reset" in actions


def test_2fa_on_off_and_tokens_are_audited(alice, password, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    api = APIClient()
    token = api.post("/api/auth/token/", {"email": "alice@example.org", "password": password})
    client = Client()
    client.force_login(alice)
    client.get("/account/security/setup/")
    device = totp_device(alice, confirmed=False)
    client.post("/account/security/setup/", {"token": totp_code(device), "password": password})
    client.post(
        "/account/security/disable/",
        {"disable-token": totp_code(device, steps_ahead=1), "disable-password": password},
    )
    assert token.status_code == 200
    actions = _actions(alice)
    for action in ("token_create", "otp_on", "token_revoke", "otp_off"):
        assert action in actions, actions


def test_lockout_is_audited(alice, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        client.post("/accounts/login/", {"username": "alice@example.org", "password": "nope-77"})
    assert "lockout" in _actions(alice)


def test_other_accounts_ip_is_never_shown_to_the_patient(alice, bob, bob_api):
    data = patient_with_data(alice)
    bob_api.get(f"/api/records/{data.record.public_id}/", REMOTE_ADDR="203.0.113.9")
    client = Client()
    client.force_login(alice)
    page = client.get("/account/access-log/").content.decode()
    assert "Another account" in page and "203.0.113.9" not in page
    api = APIClient()
    api.force_authenticate(alice)
    entries = api.get("/api/me/access-log/").json()["results"]
    refused = [e for e in entries if e["by"] == "another account"]
    assert refused and all(e["ip"] is None for e in refused)


@pytest.mark.django_db(transaction=True)
def test_deleting_an_account_keeps_its_probes_in_other_patients_logs(alice, bob, password):
    data = patient_with_data(alice)
    bob_web = Client()
    bob_web.force_login(bob)
    assert bob_web.get(f"/records/{data.record.public_id}/").status_code == 404
    bob_pk = bob.pk
    response = bob_web.post("/account/delete/", {"password": password, "confirm": "yes"})
    assert response.status_code == 302
    probe = AuditEntry.objects.get(patient_id=alice.pk, route="records:detail")
    assert probe.actor_id is None and probe.actor_kind == "deleted"
    assert not AuditEntry.objects.filter(patient_id=bob_pk).exists()
    client = Client()
    client.force_login(alice)
    assert "A deleted account" in client.get("/account/access-log/").content.decode()
