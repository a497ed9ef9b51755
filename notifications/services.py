"""Writes on notifications: tell someone about an event, send its e-mail once, settings."""

from __future__ import annotations

import logging

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from notifications.emails import email_for
from notifications.models import (
    OPTIONAL_KINDS,
    SECURITY_KINDS,
    Kind,
    Notification,
    NotificationSettings,
)

logger = logging.getLogger(__name__)


def _email_wanted(*, user, kind: str) -> bool:
    if kind in SECURITY_KINDS:
        return True
    prefs = NotificationSettings.objects.filter(user=user).first()
    return not (prefs and kind in prefs.email_off)


def _enqueue_email(notification_pk: int) -> None:
    from notifications.tasks import send_notification_email

    try:
        send_notification_email.delay(notification_pk)
    except Exception:  # broker down: the row stays un-emailed; ids only in the log
        logger.exception("could not enqueue notification e-mail pk=%s", notification_pk)


def notify(*, user, kind: str, key: str, message: str, link: str = "") -> Notification | None:
    """Record one event for ``user``; None if this ``key`` was already told (idempotent).

    The e-mail is queued after the commit, so it is never sent from inside the request
    and never for an event that was rolled back.
    """
    if kind not in Kind.values:
        raise ValueError(f"unknown notification kind {kind!r}")
    if Notification.objects.filter(key=key).exists():
        return None
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                user=user,
                kind=kind,
                key=key[:200],
                message=message[:300],
                link=link[:200],
                email_wanted=_email_wanted(user=user, kind=kind),
            )
    except IntegrityError:  # told concurrently by another process
        return None
    if notification.email_wanted:
        pk = notification.pk
        transaction.on_commit(lambda: _enqueue_email(pk))
    return notification


def notification_email_send(*, notification_pk: int) -> bool:
    """Send the notification's e-mail unless it went already; True if sent now.

    The row is locked while sending and marked in the same transaction, so a task delivered
    twice (retry, redelivery after a lost worker) sends one e-mail. A failed send rolls the
    mark back and raises, for the task to retry.
    """
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .select_related("user")
            .filter(pk=notification_pk)
            .first()
        )
        if notification is None or notification.emailed_at or not notification.email_wanted:
            return False
        subject, body = email_for(notification.kind)
        send_mail(subject, body, None, [notification.user.email])
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
    return True


def notifications_mark_read(*, user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def notification_settings_update(*, user, email_off: list[str]) -> NotificationSettings:
    """Turn e-mails off for these kinds (security kinds cannot be turned off)."""
    unknown = set(email_off) - set(Kind.values)
    if unknown:
        raise ValueError(f"unknown notification kinds: {', '.join(sorted(unknown))}")
    kept = [k for k in OPTIONAL_KINDS if k in set(email_off)]
    prefs, _ = NotificationSettings.objects.get_or_create(user=user)
    prefs.email_off = kept
    prefs.save(update_fields=["email_off"])
    return prefs
