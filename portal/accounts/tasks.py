"""Periodic account housekeeping (celery beat, CELERY_BEAT_SCHEDULE)."""

from __future__ import annotations

import logging

from celery import shared_task

from portal.accounts.tokens import tokens_purge_expired

logger = logging.getLogger(__name__)


@shared_task(name="portal.accounts.tasks.purge_expired_tokens")
def purge_expired_tokens() -> int:
    deleted = tokens_purge_expired()
    logger.info("expired API tokens purged count=%d", deleted)
    return deleted
