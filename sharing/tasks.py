"""Invitation e-mails and the end of expired shares (thin over sharing.services)."""

from __future__ import annotations

import logging
import random
import smtplib

from celery import shared_task

from sharing.services import invitation_email_send, shares_end_expired

logger = logging.getLogger(__name__)


@shared_task(bind=True, name="sharing.tasks.send_invitation", acks_late=True, max_retries=6)
def send_invitation(self, share_pk: int) -> bool:
    try:
        return invitation_email_send(share_pk=share_pk)
    except (OSError, smtplib.SMTPException) as exc:
        countdown = min(600.0, 2.0 ** (self.request.retries + 2)) * (0.5 + random.random() / 2)  # noqa: S311
        logger.warning("invitation e-mail failed share pk=%s, retrying", share_pk)
        raise self.retry(exc=exc, countdown=countdown) from exc


@shared_task(name="sharing.tasks.end_expired_shares")
def end_expired_shares() -> int:
    return shares_end_expired()
