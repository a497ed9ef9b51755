"""Helpers for tests that need a user past the second factor.

verified_staff_client(client, user): force_login + a confirmed TOTP device marked
verified in the session, so the client can open /admin/. For a Playwright test,
copy the session cookie into the browser context afterwards:
    client = verified_staff_client(Client(), moderator)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": base}])
"""

from __future__ import annotations

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


def totp_device(user, *, confirmed: bool = True) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=confirmed).first()
    return device or TOTPDevice.objects.create(
        user=user, name="Test authenticator", confirmed=confirmed
    )


def totp_code(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """A valid code; steps_ahead=1 gives a second, unused code within the same 30 s window."""
    device.refresh_from_db()
    value = totp(
        device.bin_key,
        step=device.step,
        t0=device.t0,
        digits=device.digits,
        drift=device.drift + steps_ahead,
    )
    return str(value).zfill(device.digits)


def verified_staff_client(client, user):
    device = totp_device(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
