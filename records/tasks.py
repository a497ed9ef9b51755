"""Celery tasks of the upload flow: thin wrappers around ``records.services``.

upload (records.services.record_upload) -> ``extract_record`` here -> records.services claims
the record, runs the engine in its sandbox and hands the report to
biomarkers.services.findings_replace -> the record is done (or failed with a reason).
"""

from __future__ import annotations

import logging
import random

from botocore.exceptions import BotoCoreError, ClientError
from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_process_init
from django.conf import settings
from django.db import InterfaceError, OperationalError

from records import services

logger = logging.getLogger(__name__)

# Worth trying again later: the file store or the database was briefly unavailable.
# A PDF that cannot be read is not here: it fails at once (PdfError is handled in services).
TRANSIENT_ERRORS = (OSError, BotoCoreError, ClientError, OperationalError, InterfaceError)


def _redelivered(request) -> bool:
    # Set by kombu when a message comes back after its worker was lost (reject_on_worker_lost
    # or a restored unacked message); eager runs have no delivery info.
    return bool((getattr(request, "delivery_info", None) or {}).get("redelivered"))


def backoff_seconds(attempt: int) -> float:
    """Exponential backoff with jitter: ~2 s, 4 s, 8 s ... capped at 5 minutes."""
    return min(300.0, 2.0**attempt) * (0.5 + random.random() / 2)  # noqa: S311


@worker_process_init.connect
def _warm_up(**_kwargs) -> None:
    # Build the NLP pipeline once per worker process, before any job forks its parser child.
    try:
        from biomarkers.extraction import warm_up

        warm_up()
    except Exception:
        logger.exception("extraction warm-up failed; jobs will build the pipeline lazily")


_EXTRACT_OPTIONS = {
    "bind": True,
    "acks_late": True,
    "reject_on_worker_lost": True,
    "soft_time_limit": settings.CELERY_TASK_SOFT_TIME_LIMIT,
    "time_limit": settings.CELERY_TASK_TIME_LIMIT,
    # Attempts are counted on the Record; this only bounds retries of the claim itself.
    "max_retries": settings.EXTRACTION_MAX_ATTEMPTS * 2,
}


def _extract_record(self, record_id: int) -> str:
    try:
        record = services.record_claim(record_pk=record_id)
        if record is None and _redelivered(self.request):
            record = services.record_take_over(record_pk=record_id)
            if record is not None:
                logger.warning("record pk=%s taken over after its worker was lost", record_id)
    except (OperationalError, InterfaceError) as exc:
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries + 1)) from exc
    if record is None:
        logger.info("record pk=%s not claimed (taken, done or deleted)", record_id)
        return "skipped"
    try:
        record = services.record_extract(record=record)
    except TRANSIENT_ERRORS as exc:
        logger.warning(
            "record pk=%s attempt %s: transient %s", record_id, record.attempts,
            type(exc).__name__,
        )  # fmt: skip
        if services.record_release(record=record):
            raise self.retry(exc=exc, countdown=backoff_seconds(record.attempts)) from exc
        return "failed"
    except SoftTimeLimitExceeded:
        services.record_fail(record=record, reason="reading this PDF took too long")
        return "failed"
    except Exception:
        # Anything else is a bug, not the patient's file: end the job with a plain reason
        # instead of leaving it in processing until requeue_stuck notices.
        logger.exception("record pk=%s: extraction crashed", record_id)
        services.record_fail(record=record, reason=services.REASON_GAVE_UP)
        return "failed"
    logger.info("record pk=%s -> %s", record_id, record.status)
    return str(record.status)


def _requeue_stuck() -> dict[str, int]:
    result = services.records_requeue_stuck()
    if any(result.values()):
        logger.info("requeue_stuck: %s", result)
    return result


extract_record = shared_task(name="records.tasks.extract_record", **_EXTRACT_OPTIONS)(
    _extract_record
)
requeue_stuck = shared_task(name="records.tasks.requeue_stuck", acks_late=True)(_requeue_stuck)

# The tasks lived in biomarkers.tasks until the record's job moved here. Messages already in
# the broker (and a beat still running the old schedule during a deploy) name them by their
# old names; the same functions stay registered under those names so nothing queued is lost.
# Safe to drop once no worker or broker from before the move is left.
extract_record_legacy = shared_task(name="biomarkers.tasks.extract_record", **_EXTRACT_OPTIONS)(
    _extract_record
)
requeue_stuck_legacy = shared_task(name="biomarkers.tasks.requeue_stuck", acks_late=True)(
    _requeue_stuck
)
