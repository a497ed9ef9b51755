"""API tokens (issue 14, High): hashed, expiring, per device, revoked on every credential
change and on logout, listed on the security page with a revoke button."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from tests.portal.otp_helpers import totp_code, totp_device

pytestmark = pytest.mark.django_db


def _token(password: str, email: str = "alice@example.org", agent: str = "curl/8.0") -> str:
    client = APIClient(HTTP_USER_AGENT=agent)
    response = client.post("/api/auth/token/", {"email": email, "password": password})
    assert response.status_code == 200, response.content
    return response.json()["token"]


def _client(token: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return client


def _works(token: str) -> bool:
    return _client(token).get("/api/me/access-log/").status_code == 200


def _token_rows(user):
    from portal.accounts.models import ApiToken

    return ApiToken.objects.filter(user=user)


def test_token_is_stored_hashed_and_expires_after_the_setting(alice, password):
    token = _token(password)
    assert _works(token)
    row = _token_rows(alice).get()
    # Only a digest is kept: the key itself appears in no column.
    assert token not in {str(v) for v in row.__dict__.values()}
    ttl = row.expiry - timezone.now()
    assert timedelta(days=6, hours=23) < ttl <= timedelta(days=7)
    assert settings.REST_KNOX["TOKEN_TTL"] == timedelta(days=7)
    row.expiry = timezone.now() - timedelta(seconds=1)
    row.save()
    assert not _works(token)


def test_two_devices_get_two_tokens_and_logout_revokes_only_the_current_one(alice, password):
    phone, laptop = _token(password, agent="Phone app"), _token(password, agent="Laptop script")
    assert phone != laptop and _works(phone) and _works(laptop)
    assert _client(phone).post("/api/auth/logout/").status_code == 204
    assert not _works(phone)
    assert _works(laptop)


def test_password_change_revokes_tokens(alice, password):
    token = _token(password)
    client = Client()
    client.force_login(alice)
    response = client.post(
        "/accounts/password_change/",
        {
            "old_password": password,
            "new_password1": "a-new-long-passphrase-91",
            "new_password2": "a-new-long-passphrase-91",
        },
    )
    assert response.status_code == 302
    assert not _works(token)


def test_password_reset_revokes_tokens(alice, password, mailoutbox):
    import re

    token = _token(password)
    client = Client()
    client.post("/accounts/password_reset/", {"email": "alice@example.org"})
    link = re.search(r"(/accounts/reset/\S+/)", mailoutbox[-1].body).group(1)
    form = client.get(link, follow=True)
    client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "a-new-long-passphrase-91", "new_password2": "a-new-long-passphrase-91"},
    )
    alice.refresh_from_db()
    assert alice.check_password("a-new-long-passphrase-91")
    assert not _works(token)


def test_admin_setting_a_password_revokes_tokens(alice, password):
    token = _token(password)
    alice.set_password("set-by-someone-else-77")
    alice.save()
    assert not _works(token)


def test_turning_2fa_on_and_off_revokes_tokens(alice, password, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    token = _token(password)
    client = Client()
    client.force_login(alice)
    client.get("/account/security/setup/")
    device = totp_device(alice, confirmed=False)
    response = client.post(
        "/account/security/setup/", {"token": totp_code(device), "password": password}
    )
    assert response.status_code == 200
    assert not _works(token)
    token = APIClient().post(
        "/api/auth/token/",
        {
            "email": "alice@example.org",
            "password": password,
            "otp_token": totp_code(device, steps_ahead=1),
        },
    )
    token = token.json()["token"]
    assert _works(token)
    client.post(
        "/account/security/disable/",
        {"disable-token": totp_code(device, steps_ahead=1), "disable-password": password},
    )
    assert not _works(token)


def test_devices_are_listed_on_the_security_page_and_can_be_revoked(alice, bob, password):
    token = _token(password, agent="My phone app 1.2")
    bobs = _token(password, email="bob@example.org", agent="Bob laptop")
    client = Client()
    client.force_login(alice)
    page = client.get("/account/security/").content.decode()
    assert "My phone app 1.2" in page and "Bob laptop" not in page
    device = _token_rows(alice).get()
    # bob cannot revoke alice's device.
    bob_client = Client()
    bob_client.force_login(bob)
    url = f"/account/security/devices/{device.public_id}/revoke/"
    assert bob_client.post(url).status_code == 404
    assert _works(token)
    response = client.post(url)
    assert response.status_code == 302
    assert not _works(token) and _works(bobs)


def test_device_api_lists_and_revokes_only_my_tokens(alice, bob, password):
    mine = _token(password, agent="Phone")
    bobs = _token(password, email="bob@example.org")
    listed = _client(mine).get("/api/me/devices/").json()
    assert [d["label"] for d in listed] == ["Phone"] and listed[0]["current"] is True
    device_id = listed[0]["id"]
    assert _client(bobs).delete(f"/api/me/devices/{device_id}/").status_code == 404
    assert _works(mine)
    assert _client(mine).delete(f"/api/me/devices/{device_id}/").status_code == 204
    assert not _works(mine) and _works(bobs)


def test_admin_shows_no_usable_key(alice, admin_user, password):
    from tests.portal.otp_helpers import verified_staff_client

    token = _token(password)
    client = verified_staff_client(Client(), admin_user)
    row = _token_rows(alice).get()
    listing = client.get("/admin/accounts/apitoken/")
    assert listing.status_code == 200
    detail = client.get(f"/admin/accounts/apitoken/{row.pk}/change/")
    for response in (listing, detail):
        assert token not in response.content.decode()
        assert token[:15] not in response.content.decode()
    # No token can be minted in the admin (knox would show it in a message).
    assert client.get("/admin/accounts/apitoken/add/").status_code == 403


def test_a_rehash_on_sign_in_is_not_a_password_change(alice, password, settings):
    # A stronger hasher setting re-hashes the same password at the next sign-in: the
    # devices already signed in must stay signed in.
    token = _token(password)
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.MD5PasswordHasher",
    ]
    _token(password)
    alice.refresh_from_db()
    assert alice.password.startswith("pbkdf2_sha256$")
    assert _works(token)


def test_expired_tokens_are_purged_by_the_periodic_task(alice, bob, password):
    from portal.accounts.tasks import purge_expired_tokens

    old, fresh = _token(password), _token(password, email="bob@example.org")
    _token_rows(alice).update(expiry=timezone.now() - timedelta(minutes=1))
    assert purge_expired_tokens() == 1
    assert not _token_rows(alice).exists() and _works(fresh) and not _works(old)
    assert "purge-expired-tokens" in settings.CELERY_BEAT_SCHEDULE


def test_api_logout_with_a_browser_session_signs_the_session_out(alice, password):
    client = APIClient()
    client.force_login(alice)
    assert client.get("/api/me/access-log/").status_code == 200
    token = _token(password)
    assert client.post("/api/auth/logout/").status_code == 204
    assert client.get("/api/me/access-log/").status_code in (401, 403)
    assert _works(token)  # the session's sign-out leaves the devices alone


def test_revoking_a_device_is_one_entry_in_my_log(alice, password):
    from portal.audit.models import AuditEntry

    _token(password)
    device = _token_rows(alice).get()
    client = Client()
    client.force_login(alice)
    client.post(f"/account/security/devices/{device.public_id}/revoke/")
    entries = AuditEntry.objects.filter(patient_id=alice.pk, object_id=str(device.public_id))
    assert sorted(entries.values_list("action", flat=True)) == ["token_create", "token_revoke"]
