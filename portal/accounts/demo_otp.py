"""Demo-only TOTP for the seeded staff accounts: one published secret, never for real users."""

from __future__ import annotations

import base64

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.models import User

# RFC 6238's published test key ("12345678901234567890"): demo accounts only.
DEMO_TOTP_KEY_HEX = "3132333435363738393031323334353637383930"
# What an authenticator app is given (base32 of the same bytes).
DEMO_TOTP_SECRET_BASE32 = base64.b32encode(bytes.fromhex(DEMO_TOTP_KEY_HEX)).decode("ascii")
DEMO_DEVICE_NAME = "Demo authenticator (published key)"
DEMO_EMAIL_DOMAIN = "@demo.example"


def demo_totp_device_ensure(*, user: User) -> TOTPDevice:
    if not user.email.endswith(DEMO_EMAIL_DOMAIN):
        raise ValueError("Only @demo.example accounts may get the published demo key.")
    device, _ = TOTPDevice.objects.update_or_create(
        user=user,
        name=DEMO_DEVICE_NAME,
        defaults={"key": DEMO_TOTP_KEY_HEX, "confirmed": True},
    )
    return device


def totp_code_now(*, device: TOTPDevice) -> str:
    """The code the device accepts right now (demo command and tests)."""
    value = totp(
        device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift
    )
    return str(value).zfill(device.digits)
