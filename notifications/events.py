"""The events other apps tell: one function each, keyword-only, with its idempotency key.

Callers are records.services (a report read or failed), sharing.services (a caregiver
accepted or lost access) and portal.accounts (sign-in, two-step sign-in on/off).
"""

from __future__ import annotations

import uuid

from django.utils import timezone

from notifications.models import Kind
from notifications.services import notify


def notify_report_done(*, user, record_id: str, processed_at) -> None:
    notify(
        user=user,
        kind=Kind.REPORT_READ,
        key=f"report:{record_id}:done:{processed_at.isoformat()}",
        message="A report you uploaded has been read.",
        link=f"/records/{record_id}/",
    )


def notify_report_failed(*, user, record_id: str, reason: str, processed_at) -> None:
    notify(
        user=user,
        kind=Kind.REPORT_FAILED,
        key=f"report:{record_id}:failed:{processed_at.isoformat()}",
        # In the portal only (the e-mail is a fixed text): the reason helps to fix it.
        message=f"A report you uploaded could not be read: {reason}.",
        link=f"/records/{record_id}/",
    )


def notify_caregiver_accepted(*, patient, share_id: str, caregiver_email: str) -> None:
    notify(
        user=patient,
        kind=Kind.CAREGIVER_ACCEPTED,
        key=f"share:{share_id}:accepted",
        message=f"{caregiver_email} accepted your invitation and can now see what you shared.",
        link="/account/sharing/",
    )


def notify_access_ended(*, user, share_id: str, message: str, link: str) -> None:
    notify(
        user=user,
        kind=Kind.ACCESS_ENDED,
        key=f"share:{share_id}:ended:{user.pk}",
        message=message,
        link=link,
    )


def notify_sign_in(*, user) -> None:
    # Each sign-in is its own event.
    notify(
        user=user,
        kind=Kind.SIGN_IN,
        key=f"sign-in:{user.pk}:{uuid.uuid4()}",
        message=f"New sign-in to your account at {timezone.now():%Y-%m-%d %H:%M} UTC.",
        link="/account/security/",
    )


def notify_otp_changed(*, user, on: bool) -> None:
    notify(
        user=user,
        kind=Kind.OTP_ON if on else Kind.OTP_OFF,
        key=f"otp:{user.pk}:{'on' if on else 'off'}:{uuid.uuid4()}",
        message="Two-step sign-in was turned " + ("on." if on else "off."),
        link="/account/security/",
    )
