"""Writes on shares: invite, accept (with an account), revoke, and the end of expired ones."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from notifications.events import notify_access_ended, notify_caregiver_accepted
from sharing.models import Scope, Share

logger = logging.getLogger(__name__)

DEFAULT_DAYS = 30
MAX_DAYS = 365
# Invitations are e-mails to any address: a cap keeps an account from being a mail cannon.
MAX_INVITES_PER_DAY = 20
# The accept link works once, and for a week at most (the share itself may last longer).
INVITE_MAX_AGE = timedelta(days=7)
_SALT = "sharing.invitation"

INVITE_SUBJECT = "Lung Cancer Patient Portal: you have been invited"
# No name, no health information: the link holder learns who invited them after signing in.
INVITE_BODY = (
    "Someone has invited you to see information they keep on the Lung Cancer Patient "
    "Portal. To accept, open this link within 7 days and sign in, or create an account "
    "with this e-mail address:\n\n{link}\n\n"
    "The link works once. If you did not expect this message, you can ignore it."
)


class ShareError(Exception):
    """Bad input for a share; the message is shown to the person as is."""


class InvalidInvitation(Exception):
    """The link is forged, used, too old, or its share was revoked or expired."""


def _clean_days(days) -> int:
    if days is None or days == "":
        return DEFAULT_DAYS
    if isinstance(days, bool):
        raise ShareError("days must be a whole number of days.")
    try:
        value = int(days)
    except (TypeError, ValueError):
        raise ShareError("days must be a whole number of days.") from None
    if isinstance(days, float) and days != value:
        raise ShareError("days must be a whole number of days.")
    if not 1 <= value <= MAX_DAYS:
        raise ShareError(f"days must be between 1 and {MAX_DAYS} (one year).")
    return value


def _clean_email(email) -> str:
    email = (email or "").strip().lower() if isinstance(email, str) else ""
    try:
        validate_email(email)
    except ValidationError:
        raise ShareError("Enter the caregiver's e-mail address.") from None
    return email


@transaction.atomic
def share_create(*, patient, email, scope, days=None, now=None) -> Share:
    """Invite ``email`` to see ``patient``'s data in ``scope`` for ``days`` (default 30)."""
    now = now or timezone.now()
    email = _clean_email(email)
    if scope not in Scope.values:
        raise ShareError('scope must be "summary" or "records".')
    days = _clean_days(days)
    if email == patient.email.lower():
        raise ShareError("You cannot share with yourself.")
    recent = Share.objects.filter(patient=patient, created_at__gt=now - timedelta(days=1))
    if recent.count() >= MAX_INVITES_PER_DAY:
        raise ShareError(
            f"You sent {MAX_INVITES_PER_DAY} invitations in the last day; try again tomorrow."
        )
    active = Share.objects.filter(
        patient=patient, email=email, revoked_at__isnull=True, expires_at__gt=now
    )
    if active.exists():
        raise ShareError("You already share with this address. Revoke that share first.")
    share = Share.objects.create(
        patient=patient, email=email, scope=scope, created_at=now,
        expires_at=now + timedelta(days=days),
    )  # fmt: skip
    pk = share.pk
    transaction.on_commit(lambda: _enqueue_invitation(pk))
    return share


def _enqueue_invitation(share_pk: int) -> None:
    from sharing.tasks import send_invitation

    try:
        send_invitation.delay(share_pk)
    except Exception:
        logger.exception("could not enqueue invitation share pk=%s", share_pk)


def invitation_token(*, share: Share) -> str:
    return signing.dumps({"s": str(share.public_id), "n": share.invite_nonce}, salt=_SALT)


def invitation_link(*, share: Share) -> str:
    path = reverse("sharing-accept", kwargs={"token": invitation_token(share=share)})
    return settings.PORTAL_BASE_URL.rstrip("/") + path


def invitation_email_send(*, share_pk: int) -> bool:
    """Send the invitation once (the row is locked and marked in one transaction)."""
    with transaction.atomic():
        share = Share.objects.select_for_update().filter(pk=share_pk).first()
        if share is None or share.invite_sent_at or not share.is_active():
            return False
        if share.accepted_at:
            return False
        send_mail(
            INVITE_SUBJECT,
            INVITE_BODY.format(link=invitation_link(share=share)),
            None,
            [share.email],
        )
        share.invite_sent_at = timezone.now()
        share.save(update_fields=["invite_sent_at"])
    return True


def share_from_token(*, token: str, now=None) -> Share:
    """The pending share a valid accept link names; InvalidInvitation otherwise."""
    try:
        data = signing.loads(token, salt=_SALT, max_age=INVITE_MAX_AGE)
    except signing.BadSignature:
        raise InvalidInvitation from None
    if not isinstance(data, dict):
        raise InvalidInvitation
    share = Share.objects.filter(public_id=data.get("s")).first() if data.get("s") else None
    if (
        share is None
        or not share.invite_nonce
        or share.invite_nonce != data.get("n")
        or share.accepted_at is not None
        or not share.is_active(now)
    ):
        raise InvalidInvitation
    return share


def account_matches(*, share: Share, user) -> bool:
    return user.email.lower() == share.email.lower()


@transaction.atomic
def share_accept(*, token: str, user, now=None) -> Share:
    """The signed-in account with the invited address accepts; the link is then used up."""
    share = share_from_token(token=token, now=now)
    share = Share.objects.select_for_update().get(pk=share.pk)
    if share.accepted_at is not None or not share.invite_nonce:
        raise InvalidInvitation
    if not account_matches(share=share, user=user):
        raise ShareError("This invitation was sent to another e-mail address.")
    share.caregiver = user
    share.accepted_at = now or timezone.now()
    share.invite_nonce = ""
    share.save(update_fields=["caregiver", "accepted_at", "invite_nonce"])
    notify_caregiver_accepted(
        patient=share.patient, share_id=str(share.public_id), caregiver_email=share.email
    )
    return share


def invited_account_create(*, token: str, password: str):
    """Create the account for the invited address (only if it has none yet)."""
    from portal.accounts.services import user_create_invited

    share = share_from_token(token=token)
    if get_user_model().objects.filter(email__iexact=share.email).exists():
        raise ShareError("This address already has an account: sign in to accept.")
    return user_create_invited(email=share.email, password=password)


@transaction.atomic
def share_revoke(*, patient, share: Share) -> Share:
    """End the share now; a caregiver who had accepted is told (in the portal and by e-mail)."""
    if share.patient_id != patient.pk:  # selectors already scope; belt and braces
        raise ShareError("No such share.")
    if share.revoked_at is None:
        share.revoked_at = timezone.now()
        share.invite_nonce = ""
        share.save(update_fields=["revoked_at", "invite_nonce"])
        if share.caregiver_id:
            notify_access_ended(
                user=share.caregiver,
                share_id=str(share.public_id),
                message="Your access to information shared with you has ended.",
                link="/shared-with-me/",
            )
    return share


def shares_end_expired(*, now=None) -> int:
    """Tell both sides of each accepted share that has just expired (celery beat)."""
    now = now or timezone.now()
    told = 0
    expired = Share.objects.filter(
        expires_at__lte=now, revoked_at__isnull=True, accepted_at__isnull=False,
        end_told_at__isnull=True,
    ).select_related("patient", "caregiver")  # fmt: skip
    for share in expired:
        with transaction.atomic():
            if not Share.objects.filter(pk=share.pk, end_told_at__isnull=True).update(
                end_told_at=now
            ):
                continue
            notify_access_ended(
                user=share.patient,
                share_id=str(share.public_id),
                message=f"The access you shared with {share.email} has expired.",
                link="/account/sharing/",
            )
            notify_access_ended(
                user=share.caregiver,
                share_id=str(share.public_id),
                message="Your access to information shared with you has expired.",
                link="/shared-with-me/",
            )
            told += 1
    return told
