"""Staff must pass a second factor: the admin site refuses unverified staff, staff are sent
to setup at first sign-in, and the seeded demo staff can still be demoed."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.core.management.base import CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.admin_site import PortalAdminSite
from portal.accounts.models import User
from tests.portal.otp_helpers import totp_code, totp_device, verified_staff_client

pytestmark = pytest.mark.django_db


def test_admin_site_is_the_otp_site():
    assert isinstance(admin.site, PortalAdminSite)


def test_unverified_staff_cannot_open_admin(client, moderator):
    client.force_login(moderator)  # password-level session only
    resp = client.get("/admin/")
    assert resp.status_code == 302
    resp = client.get(resp["Location"])
    assert resp.status_code == 302
    assert resp["Location"].startswith("/account/security/setup/?next=")


def test_unverified_staff_with_device_is_asked_for_a_code(client, moderator):
    device = totp_device(moderator)
    client.force_login(moderator)
    resp = client.get("/admin/", follow=True)
    assert resp.redirect_chain[-1][0].startswith("/accounts/login/verify/?next=")
    resp = client.post(resp.redirect_chain[-1][0], {"token": totp_code(device)})
    assert resp.status_code == 302 and resp["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_staff_first_sign_in_goes_through_setup_then_admin(client, moderator, password):
    resp = client.post(
        "/accounts/login/?next=/admin/",
        {"username": "moderator@example.org", "password": password, "next": "/admin/"},
    )
    assert resp.status_code == 302
    assert resp["Location"] == "/account/security/setup/?next=%2Fadmin%2F"
    assert client.get("/admin/").status_code == 302  # not yet
    client.get(resp["Location"])
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)
    resp = client.post(
        "/account/security/setup/",
        {"token": totp_code(device), "next": "/admin/", "password": password},
    )
    assert resp.status_code == 200 and b'href="/admin/"' in resp.content
    assert client.get("/admin/").status_code == 200


def test_staff_with_device_signs_in_with_password_then_code(client, admin_user, password):
    device = totp_device(admin_user)
    resp = client.post(
        "/accounts/login/?next=/admin/",
        {"username": "admin@example.org", "password": password, "next": "/admin/"},
    )
    assert resp["Location"] == "/accounts/login/verify/"
    resp = client.post("/accounts/login/verify/", {"token": totp_code(device)})
    assert resp["Location"] == "/admin/"
    page = client.get("/admin/accounts/user/")
    assert page.status_code == 200
    assert b"admin@example.org" in page.content


def test_staff_cannot_turn_2fa_off(client, moderator):
    device = totp_device(moderator)
    verified_staff_client(client, moderator)
    client.post("/account/security/disable/", {"disable-token": totp_code(device)})
    assert TOTPDevice.objects.filter(user=moderator, confirmed=True).exists()


def test_verified_staff_client_helper_opens_admin(client, second_moderator):
    verified_staff_client(client, second_moderator)
    assert client.get("/admin/").status_code == 200


def test_patient_never_reaches_admin_even_verified(client, alice):
    verified_staff_client(client, alice)  # a device and a verified session, but not staff
    resp = client.get("/admin/")
    assert resp.status_code == 302


def test_api_token_for_staff_needs_device_and_code(api_client, moderator, password):
    creds = {"email": "moderator@example.org", "password": password}
    resp = api_client.post("/api/auth/token/", creds)
    assert resp.status_code == 400 and "set up two-step" in resp.json()["detail"]
    device = totp_device(moderator)
    resp = api_client.post("/api/auth/token/", {**creds, "otp_token": totp_code(device)})
    assert resp.status_code == 200


def test_seed_demo_gives_staff_a_demo_authenticator_and_demo_totp_prints_its_code():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    call_command("seed_demo", stdout=StringIO())  # still idempotent
    assert "demo_totp moderator@demo.example" in out.getvalue()
    for email in ("admin@demo.example", "moderator@demo.example", "reviewer@demo.example"):
        assert TOTPDevice.objects.filter(user__email=email, confirmed=True).count() == 1
    assert not TOTPDevice.objects.filter(user__email="patient@demo.example").exists()
    code = StringIO()
    call_command("demo_totp", "moderator@demo.example", stdout=code)
    device = TOTPDevice.objects.get(user__email="moderator@demo.example")
    assert device.verify_token(code.getvalue().strip())


def test_demo_totp_refuses_real_accounts_and_production(settings, moderator):
    TOTPDevice.objects.create(user=moderator, name="x", confirmed=True)
    with pytest.raises(CommandError):
        call_command("demo_totp", "moderator@example.org", stdout=StringIO())
    settings.TESTING = False
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("demo_totp", "moderator@demo.example", stdout=StringIO())


def test_demo_device_only_for_demo_domain(moderator):
    from portal.accounts.demo_otp import demo_totp_device_ensure

    with pytest.raises(ValueError):
        demo_totp_device_ensure(user=User.objects.get(pk=moderator.pk))
