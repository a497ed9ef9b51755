"""Two-factor authentication (TOTP + single-use backup codes): writes and reads.

Views stay thin and call these. A user "has 2FA" when they own a confirmed TOTP
device; backup codes live in one static device created alongside it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from io import BytesIO
from urllib.parse import quote

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django_otp import devices_for_user, user_has_device
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from notifications.events import notify_otp_changed
from portal.accounts.models import User
from portal.accounts.tokens import tokens_revoke_all
from portal.audit.models import AuditAction
from portal.audit.services import audit_auth_event

TOTP_NAME = "Authenticator app"
BACKUP_NAME = "Backup codes"
BACKUP_CODE_COUNT = 10


class OtpError(Exception):
    """A second-factor action refused, with a sentence the user understands."""


def otp_enabled(*, user: User) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def otp_required(*, user: User) -> bool:
    # Staff must always pass a second factor; patients once they turned it on.
    return user.is_staff or user_has_device(user, confirmed=True)


def backup_codes_left(*, user: User) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def totp_setup_start(*, user: User) -> TOTPDevice:
    """An unconfirmed device to scan; a fresh secret each time setup is (re)started."""
    if otp_enabled(user=user):
        raise OtpError("Two-step sign-in is already on. Turn it off first to change the app.")
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)


def totp_pending_device(*, user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()


@transaction.atomic
def totp_setup_confirm(
    *, user: User, token: str, request: HttpRequest | None = None
) -> tuple[TOTPDevice, list[str]]:
    """Confirm the scanned device with its first code; returns the device and new backup codes.

    The caller has checked the password again. Turning 2FA on revokes every API token: a
    token issued on the password alone must not outlive the stronger sign-in.
    """
    device = totp_pending_device(user=user)
    if device is None:
        raise OtpError("Start the setup again: no authenticator is waiting for confirmation.")
    if not device.verify_token(_clean(token)):
        raise OtpError("That code did not match. Check the time on your phone and try again.")
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = backup_codes_regenerate(user=user)
    tokens_revoke_all(user=user, reason="otp_on", request=request)
    audit_auth_event(event=AuditAction.OTP_ON, user=user, request=request)
    notify_otp_changed(user=user, on=True)
    return device, codes


def backup_code_digest(code: str) -> str:
    """What is stored for a backup code: a keyed hash (HMAC-SHA256 with SECRET_KEY), cut to
    django-otp's 16-character column. The plain code is shown once and never stored, so a
    database dump (or the admin) reveals no usable code; the key makes guessing offline
    impossible without the server's secret."""
    mac = hmac.new(settings.SECRET_KEY.encode(), b"backup-code:" + code.encode(), hashlib.sha256)
    return mac.hexdigest()[:16]


@transaction.atomic
def backup_codes_regenerate(*, user: User) -> list[str]:
    """Replace all backup codes; the plain codes are returned once and never shown again."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=backup_code_digest(code)) for code in codes
    )
    return codes


# for_verify=True locks the devices (select_for_update, against replaying one code twice):
# that needs a transaction, which an autocommit request on PostgreSQL does not have.
@transaction.atomic
def otp_verify(*, user: User, token: str) -> Device | None:
    """The confirmed device (app or backup code) that accepts the token, else None."""
    token = _clean(token)
    if not token:
        return None
    for device in devices_for_user(user, confirmed=True, for_verify=True):
        # Backup codes are stored as digests: compare digests.
        candidate = backup_code_digest(token) if isinstance(device, StaticDevice) else token
        if device.verify_is_allowed()[0] and device.verify_token(candidate):
            return device
    return None


@transaction.atomic
def otp_disable(*, user: User, token: str, request: HttpRequest | None = None) -> None:
    """Turn 2FA off after proving possession (the caller checked the password again);
    staff cannot turn it off. Every API token is revoked."""
    if user.is_staff:
        raise OtpError("Staff accounts must keep two-step sign-in on.")
    if otp_verify(user=user, token=token) is None:
        raise OtpError("That code did not match; two-step sign-in is still on.")
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    tokens_revoke_all(user=user, reason="otp_off", request=request)
    audit_auth_event(event=AuditAction.OTP_OFF, user=user, request=request)
    notify_otp_changed(user=user, on=False)


def totp_secret_base32(*, device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode("ascii").rstrip("=")


def totp_provisioning_uri(*, device: TOTPDevice) -> str:
    issuer = settings.OTP_TOTP_ISSUER
    label = quote(f"{issuer}:{device.user.email}")
    return (
        f"otpauth://totp/{label}?secret={totp_secret_base32(device=device)}"
        f"&issuer={quote(issuer)}&digits={device.digits}&period={device.step}"
    )


def totp_qr_data_uri(*, device: TOTPDevice) -> str:
    """The provisioning QR code as an SVG data: URI, drawn locally (no external service)."""
    image = qrcode.make(
        totp_provisioning_uri(device=device), image_factory=qrcode.image.svg.SvgPathImage
    )
    buffer = BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _clean(token: str | None) -> str:
    # Codes are typed from phones and paper: ignore spaces, dashes and case.
    return "".join((token or "").split()).replace("-", "").lower()
