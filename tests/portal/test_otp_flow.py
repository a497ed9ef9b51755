"""Two-step sign-in: optional for patients (setup, backup codes, disable), two-step login,
`next`, expiry, throttling of the code step, and the token API."""

from __future__ import annotations

import re

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.login_flow import PENDING_KEY
from portal.accounts.otp_services import backup_code_digest, otp_enabled
from tests.factories import DEFAULT_PASSWORD
from tests.portal.otp_helpers import totp_code, totp_device

pytestmark = pytest.mark.django_db


def _codes_from(resp) -> list[str]:
    return re.findall(r"<li><code>([a-z0-9]+)</code></li>", resp.content.decode())


def _enable(client, user) -> tuple[TOTPDevice, list[str]]:
    client.force_login(user)
    page = client.get("/account/security/setup/")
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    resp = client.post(
        "/account/security/setup/", {"token": totp_code(device), "password": DEFAULT_PASSWORD}
    )
    assert resp.status_code == 200
    return device, _codes_from(resp)


@pytest.fixture
def no_device_throttle(settings):
    # django-otp delays a device after a wrong code (1 s, doubling); tests retry at once.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0


def test_setup_shows_local_qr_and_needs_a_correct_first_code(client, alice, no_device_throttle):
    client.force_login(alice)
    page = client.get("/account/security/setup/")
    assert page.status_code == 200
    assert b'src="data:image/svg+xml;base64,' in page.content  # drawn here, no QR service
    device = TOTPDevice.objects.get(user=alice, confirmed=False)
    wrong = "000000" if totp_code(device) != "000000" else "111111"
    resp = client.post("/account/security/setup/", {"token": wrong, "password": DEFAULT_PASSWORD})
    assert b"did not match" in resp.content
    assert not otp_enabled(user=alice)
    resp = client.post(
        "/account/security/setup/", {"token": totp_code(device), "password": DEFAULT_PASSWORD}
    )
    codes = _codes_from(resp)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert otp_enabled(user=alice)
    assert resp["Cache-Control"].startswith("max-age=0")
    # Shown once: the security page only counts them.
    page = client.get("/account/security/")
    assert b"Backup codes left: 10" in page.content
    assert not any(code.encode() in page.content for code in codes)


def test_login_with_2fa_takes_two_steps_and_keeps_next(client, alice, password):
    device, _ = _enable(client, alice)
    client.post("/accounts/logout/")
    resp = client.post(
        "/accounts/login/?next=/account/security/",
        {"username": "alice@example.org", "password": password, "next": "/account/security/"},
    )
    assert resp.status_code == 302 and resp["Location"] == "/accounts/login/verify/"
    assert "_auth_user_id" not in client.session  # password alone signs nobody in
    assert client.get("/dashboard/").status_code == 302
    resp = client.post("/accounts/login/verify/", {"token": totp_code(device, steps_ahead=1)})
    assert resp.status_code == 302 and resp["Location"] == "/account/security/"
    assert client.get("/dashboard/").status_code == 200
    assert PENDING_KEY not in client.session


def test_external_next_is_ignored(client, alice, password):
    device, _ = _enable(client, alice)
    client.post("/accounts/logout/")
    client.post(
        "/accounts/login/",
        {"username": "alice@example.org", "password": password, "next": "https://evil.example/"},
    )
    resp = client.post("/accounts/login/verify/", {"token": totp_code(device, steps_ahead=1)})
    assert resp.status_code == 302
    assert resp["Location"] == "/dashboard/"


def test_backup_code_works_once(client, alice, password, no_device_throttle):
    _, codes = _enable(client, alice)
    for expected in (302, 200):
        client.post("/accounts/logout/")
        client.post("/accounts/login/", {"username": "alice@example.org", "password": password})
        resp = client.post("/accounts/login/verify/", {"token": codes[0].upper()})
        assert resp.status_code == expected
    assert b"That code did not work" in resp.content
    assert StaticToken.objects.filter(device__user=alice).count() == 9


def test_wrong_codes_lock_the_code_step(client, alice, password):
    device, _ = _enable(client, alice)
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"username": "alice@example.org", "password": password})
    good = totp_code(device, steps_ahead=1)
    bad = "123456" if good != "123456" else "654321"
    for _ in range(5):
        client.post("/accounts/login/verify/", {"token": bad})
    resp = client.post("/accounts/login/verify/", {"token": good})
    assert resp.status_code == 429
    assert "_auth_user_id" not in client.session


def test_pending_login_expires(client, alice, password, settings):
    device, _ = _enable(client, alice)
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"username": "alice@example.org", "password": password})
    session = client.session
    session[PENDING_KEY]["since"] -= settings.OTP_LOGIN_PENDING_SECONDS + 1
    session.save()
    resp = client.post("/accounts/login/verify/", {"token": totp_code(device, steps_ahead=1)})
    assert resp.status_code == 302 and resp["Location"] == "/accounts/login/"
    assert client.get("/dashboard/").status_code == 302


def test_verify_page_without_password_step_sends_to_login(client, alice):
    totp_device(alice)
    resp = client.post("/accounts/login/verify/", {"token": "123456"})
    assert resp.status_code == 302 and resp["Location"] == "/accounts/login/"


def test_disable_needs_a_valid_code(client, alice, no_device_throttle):
    device, _ = _enable(client, alice)
    client.post(
        "/account/security/disable/",
        {"disable-token": "not-a-code", "disable-password": DEFAULT_PASSWORD},
    )
    assert otp_enabled(user=alice)
    client.post(
        "/account/security/disable/",
        {"disable-token": totp_code(device, steps_ahead=1), "disable-password": DEFAULT_PASSWORD},
    )
    assert not otp_enabled(user=alice)
    assert not StaticToken.objects.filter(device__user=alice).exists()


def test_regenerate_backup_codes_replaces_old_ones(client, alice):
    device, old = _enable(client, alice)
    resp = client.post(
        "/account/security/backup-codes/", {"regen-token": totp_code(device, steps_ahead=1)}
    )
    new = _codes_from(resp)
    assert len(new) == 10 and not set(new) & set(old)
    # Stored as keyed digests only (issue 14), never the codes themselves.
    assert set(StaticToken.objects.filter(device__user=alice).values_list("token", flat=True)) == (
        {backup_code_digest(code) for code in new}
    )


def test_security_pages_need_login(client):
    for url in ("/account/security/", "/account/security/setup/"):
        resp = client.get(url)
        assert resp.status_code == 302 and resp["Location"].startswith("/accounts/login/")


def test_patient_without_2fa_signs_in_in_one_step(client, alice, password):
    resp = client.post("/accounts/login/", {"username": "alice@example.org", "password": password})
    assert resp.status_code == 302 and resp["Location"] == "/dashboard/"


def test_api_token_asks_for_the_second_factor(api_client, alice, password, no_device_throttle):
    device = totp_device(alice)
    creds = {"email": "alice@example.org", "password": password}
    resp = api_client.post("/api/auth/token/", creds)
    assert resp.status_code == 400 and resp.json()["otp_required"] is True
    resp = api_client.post("/api/auth/token/", {**creds, "otp_token": "000000x"})
    assert resp.status_code == 400 and "token" not in resp.json()
    resp = api_client.post("/api/auth/token/", {**creds, "otp_token": totp_code(device)})
    assert resp.status_code == 200 and resp.json()["token"]


def test_api_wrong_codes_count_toward_lockout(api_client, alice, password):
    totp_device(alice)
    creds = {"email": "alice@example.org", "password": password, "otp_token": "999999x"}
    for _ in range(5):
        api_client.post("/api/auth/token/", creds)
    resp = api_client.post("/api/auth/token/", {"email": "alice@example.org", "password": password})
    assert resp.status_code == 429
