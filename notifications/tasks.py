"""The e-mail of a notification, sent by a worker with retries (never inside a request)."""

from __future__ import annotations

import logging
import random
import smtplib

from celery import shared_task

from notifications.services import notification_email_send

logger = logging.getLogger(__name__)


@shared_task(
    bind=True,
    name="notifications.tasks.send_notification_email",
    acks_late=True,
    max_retries=6,
)
def send_notification_email(self, notification_pk: int) -> bool:
    try:
        return notification_email_send(notification_pk=notification_pk)
    except (OSError, smtplib.SMTPException) as exc:
        # The mark was rolled back with the failed send: the retry sends it (once).
        countdown = min(600.0, 2.0 ** (self.request.retries + 2)) * (0.5 + random.random() / 2)  # noqa: S311
        logger.warning("notification e-mail failed pk=%s, retrying", notification_pk)
        raise self.retry(exc=exc, countdown=countdown) from exc
