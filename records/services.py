"""Writes on records: upload, delete, reprocess, and every state change of the extraction job.

The flow of one upload: ``record_upload`` stores the file and queues ``records.tasks``'s
``extract_record``, which claims the record here (``record_claim`` / ``record_take_over``),
runs the engine in its sandbox (``record_extract`` -> ``biomarkers.sandbox``), stores the
report as findings (``biomarkers.services.findings_replace``) and ends the job ``done``, or
``failed`` with a reason (``record_fail``), or queued again after a transient error
(``record_release``). Only this module changes a record's status.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import IO

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import Http404
from django.utils import timezone

from biomarkers.extraction import PdfError
from biomarkers.services import findings_delete_for, findings_purge_history, findings_replace
from records import storage
from records.models import DocumentKind, Record, RecordStatus, ScanPage
from records.validation import UploadRejected, checked_photos, checked_upload

logger = logging.getLogger(__name__)

REASON_GAVE_UP = "we could not process this file"
# A queued record whose message has not started after this long is sent again.
LOST_MESSAGE_AFTER = timedelta(minutes=5)
STUCK_MARGIN = timedelta(seconds=60)

__all__ = [
    "RecordBusy",
    "UploadRejected",
    "record_claim",
    "record_delete",
    "record_extract",
    "record_fail",
    "record_progress",
    "record_release",
    "record_reprocess",
    "record_take_over",
    "record_upload",
    "records_delete_for",
    "records_requeue_stuck",
]


class RecordBusy(Exception):
    """The record is being processed right now; try again when it is done."""


def _enqueue(record_pk: int) -> None:
    from records.tasks import extract_record

    try:
        extract_record.delay(record_pk)
    except Exception:  # the broker may be down: requeue_stuck sends it again later
        logger.exception("could not enqueue record pk=%s", record_pk)


def _enqueue_on_commit(record_pk: int) -> None:
    # The worker must see the committed row; in eager mode this runs right after the commit.
    transaction.on_commit(lambda: _enqueue(record_pk))


def _tell_outcome_on_commit(record_pk: int) -> None:
    """After the commit, tell the owner their report was read or failed (with the reason).

    Idempotent on (record, status, processed_at): a job run twice tells once.
    """

    def _tell() -> None:
        from notifications.events import notify_report_done, notify_report_failed

        record = Record.objects.select_related("owner").filter(pk=record_pk).first()
        if record is None or record.processed_at is None:
            return
        try:
            if record.status == RecordStatus.DONE:
                notify_report_done(
                    user=record.owner,
                    record_id=str(record.public_id),
                    processed_at=record.processed_at,
                )
            elif record.status == RecordStatus.FAILED:
                notify_report_failed(
                    user=record.owner,
                    record_id=str(record.public_id),
                    reason=record.failure_reason,
                    processed_at=record.processed_at,
                )
        except Exception:  # the record's state is what matters; ids only in the log
            logger.exception("could not notify the outcome of record pk=%s", record_pk)

    transaction.on_commit(_tell)


def _check_owner(owner, record: Record) -> None:
    if record.owner_id != owner.pk:
        raise Http404("No such record.")


def record_upload(
    *, owner, file: IO[bytes] | None = None, photos: list[IO[bytes]] | None = None
) -> tuple[Record, bool]:
    """Validate, store and queue an uploaded PDF or photo, or several photos as one report.

    Returns ``(record, created)``; the same file uploaded again by the same patient returns
    the existing record with ``created=False``. Raises ``UploadRejected`` (nothing stored).
    """
    if (file is None) == (not photos):
        raise UploadRejected("Choose one PDF, or one or more photos of one report.")
    checking = checked_upload(file) if file is not None else checked_photos(list(photos or []))
    with checking as checked:
        existing = Record.objects.filter(owner=owner, sha256=checked.sha256).first()
        if existing is not None:
            return existing, False
        with open(checked.path, "rb") as fh:
            key = storage.store(storage.new_storage_key(owner.pk), fh)
    try:
        with transaction.atomic():
            record = Record.objects.create(
                owner=owner,
                filename=checked.filename,
                storage_key=key,
                sha256=checked.sha256,
                size=checked.size,
                page_count=checked.page_count,
                source=checked.source,
                status=RecordStatus.QUEUED,
                queued_at=timezone.now(),
            )
            _enqueue_on_commit(record.pk)
    except IntegrityError:
        # The same file raced in twice: keep the first, drop our copy of the bytes.
        storage.remove(key)
        existing = Record.objects.filter(owner=owner, sha256=checked.sha256).first()
        if existing is None:
            raise
        return existing, False
    except BaseException:
        storage.remove(key)
        raise
    return record, True


def record_delete(*, owner, record: Record) -> None:
    """Delete the record, its findings and its stored file."""
    _check_owner(owner, record)
    key = record.storage_key
    with transaction.atomic():
        Record.objects.filter(pk=record.pk, owner=owner).delete()
        # Deleting means gone: the findings' history rows (including the deletion rows the
        # cascade just wrote) hold health data too.
        findings_purge_history(record=record)

        def _remove() -> None:
            try:
                storage.remove(key)
            except Exception:
                # The row is gone, so nobody can reach the file; log for the operator.
                logger.exception("could not delete stored file for a deleted record")

        transaction.on_commit(_remove)


def _remove_owner_files(keys: list[str], folder: str) -> None:
    for key in keys:
        try:
            storage.remove(key)
        except Exception:
            logger.exception("could not delete a stored file of a deleted account")
    # Anything else left in the patient's folder (an orphan of an interrupted upload).
    private = storage.private_storage()
    try:
        _dirs, leftovers = private.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return
    for name in leftovers:
        try:
            private.delete(f"{folder}/{name}")
        except Exception:
            logger.exception("could not delete a leftover file of a deleted account")


def records_delete_for(*, owner) -> int:
    """Delete all of a patient's records, their findings and stored files (account deletion).

    Rows go in the caller's transaction; the files (and anything else in the patient's
    storage folder) once it commits, so a rolled-back deletion loses nothing.
    """
    folder = storage.new_storage_key(owner.pk).rsplit("/", 1)[0]
    with transaction.atomic():
        records = Record.objects.filter(owner=owner)
        record_pks = list(records.values_list("pk", flat=True))
        keys = list(records.values_list("storage_key", flat=True))
        findings_delete_for(record_ids=record_pks)
        records.delete()
        transaction.on_commit(lambda: _remove_owner_files(keys, folder))
    return len(record_pks)


def record_reprocess(*, owner, record: Record) -> Record:
    """Queue the record for extraction again. Raises RecordBusy while it is processing."""
    _check_owner(owner, record)
    with transaction.atomic():
        updated = (
            Record.objects.filter(pk=record.pk, owner=owner)
            .exclude(status=RecordStatus.PROCESSING)
            .update(
                status=RecordStatus.QUEUED,
                attempts=0,
                failure_reason="",
                queued_at=timezone.now(),
                processing_started_at=None,
            )
        )
        if not updated:
            raise RecordBusy("This file is being read right now.")
        _enqueue_on_commit(record.pk)
    record.refresh_from_db()
    return record


# --- job state (called by records.tasks) -------------------------------------------------


def record_claim(*, record_pk: int) -> Record | None:
    """Atomically take a queued record for processing; None if someone else has it.

    Attempts are counted here, at the claim, so a worker killed mid-job still uses one up.
    """
    now = timezone.now()
    max_attempts = settings.EXTRACTION_MAX_ATTEMPTS
    claimed = Record.objects.filter(
        pk=record_pk, status=RecordStatus.QUEUED, attempts__lt=max_attempts
    ).update(
        status=RecordStatus.PROCESSING,
        attempts=F("attempts") + 1,
        processing_started_at=now,
        progress="",
    )
    if not claimed:
        # Out of attempts while queued: end it instead of leaving it waiting forever.
        if Record.objects.filter(
            pk=record_pk, status=RecordStatus.QUEUED, attempts__gte=max_attempts
        ).update(status=RecordStatus.FAILED, failure_reason=REASON_GAVE_UP, processed_at=now):
            _tell_outcome_on_commit(record_pk)
        return None
    return Record.objects.get(pk=record_pk)


def record_take_over(*, record_pk: int) -> Record | None:
    """Claim a record left in ``processing`` by a job whose worker died.

    Only for a message the broker re-delivered because its worker was lost (Celery's
    ``reject_on_worker_lost``, or unacked messages restored after a crash): the job that
    held the record cannot still be running, so waiting for ``requeue_stuck`` would only
    delay it. Counts an attempt like ``record_claim``; out of attempts, the record fails
    instead (a file that kills its worker every time is not retried forever). Findings are
    replaced atomically, so even a wrong guess here cannot duplicate them.
    """
    now = timezone.now()
    max_attempts = settings.EXTRACTION_MAX_ATTEMPTS
    taken = Record.objects.filter(
        pk=record_pk, status=RecordStatus.PROCESSING, attempts__lt=max_attempts
    ).update(attempts=F("attempts") + 1, processing_started_at=now)
    if not taken:
        if Record.objects.filter(
            pk=record_pk, status=RecordStatus.PROCESSING, attempts__gte=max_attempts
        ).update(status=RecordStatus.FAILED, failure_reason=REASON_GAVE_UP, processed_at=now):
            _tell_outcome_on_commit(record_pk)
        return None
    return Record.objects.get(pk=record_pk)


def record_progress(*, record: Record, page: int, total: int) -> None:
    """Tell the patient which page of a scan is being read ("reading a scan (page 2 of 3)")."""
    text = f"reading a scan (page {int(page)} of {int(total)})"[:64]
    Record.objects.filter(pk=record.pk, status=RecordStatus.PROCESSING).update(progress=text)


def _run_extraction(path, record: Record | None = None):
    from biomarkers.sandbox import run_extraction

    return run_extraction(
        path,
        timeout=settings.EXTRACTION_TIMEOUT_SECONDS,
        memory_bytes=settings.EXTRACTION_MEMORY_BYTES,
        max_pages=settings.RECORD_MAX_PAGES,
        on_progress=None
        if record is None
        else lambda page, total: record_progress(record=record, page=page, total=total),
        ocr_page_seconds=settings.EXTRACTION_OCR_PAGE_SECONDS,
    )


def _scan_pages_replace(*, record: Record, scans: list) -> None:
    ScanPage.objects.filter(record=record).delete()
    ScanPage.objects.bulk_create(
        ScanPage(
            record=record,
            page=s.page,
            width=s.width,
            height=s.height,
            image=s.preview,
            words=[w.as_list() for w in s.words],
        )
        for s in scans
    )


def record_extract(*, record: Record) -> Record:
    """Read a claimed (processing) record, store its findings and end it ``done``.

    A PDF that cannot be read fails the record at once, with the reason the patient sees.
    Transient errors (storage, database) propagate so the task can retry.
    """
    try:
        with storage.local_copy(record.storage_key) as path:
            report = _run_extraction(path, record)
    except PdfError as exc:
        record_fail(record=record, reason=exc.reason)
        record.refresh_from_db()
        return record
    kind = report.document_kind if report.document_kind in DocumentKind.values else "unknown"
    with transaction.atomic():
        locked = Record.objects.select_for_update().filter(pk=record.pk).first()
        if locked is None or locked.status != RecordStatus.PROCESSING:
            # Deleted or re-queued meanwhile: the newer state wins.
            return locked or record
        findings_replace(record=locked, report=report)
        _scan_pages_replace(record=locked, scans=report.scans)
        locked.status = RecordStatus.DONE
        locked.progress = ""
        locked.pages = list(report.pages)
        locked.document_kind = kind
        locked.page_count = len(report.pages) or locked.page_count
        locked.failure_reason = ""
        locked.processed_at = timezone.now()
        locked.save(
            update_fields=[
                "status", "pages", "document_kind", "page_count", "failure_reason",
                "processed_at", "progress",
            ]
        )  # fmt: skip
        _tell_outcome_on_commit(locked.pk)
    return locked


def record_fail(*, record: Record, reason: str) -> None:
    if Record.objects.filter(pk=record.pk, status=RecordStatus.PROCESSING).update(
        status=RecordStatus.FAILED,
        failure_reason=reason[:255],
        processed_at=timezone.now(),
        progress="",
    ):
        _tell_outcome_on_commit(record.pk)


def record_release(*, record: Record) -> bool:
    """Hand a record back to the queue after a transient error (False if out of attempts)."""
    if record.attempts >= settings.EXTRACTION_MAX_ATTEMPTS:
        record_fail(record=record, reason=REASON_GAVE_UP)
        return False
    Record.objects.filter(pk=record.pk, status=RecordStatus.PROCESSING).update(
        status=RecordStatus.QUEUED, processing_started_at=None, queued_at=timezone.now()
    )
    return True


def records_requeue_stuck() -> dict[str, int]:
    """Send again what waits too long: stuck in processing, or queued with a lost message."""
    now = timezone.now()
    max_attempts = settings.EXTRACTION_MAX_ATTEMPTS
    stuck_before = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT) - STUCK_MARGIN
    stuck = Record.objects.filter(
        status=RecordStatus.PROCESSING, processing_started_at__lt=stuck_before
    )
    given_up = list(stuck.filter(attempts__gte=max_attempts).values_list("pk", flat=True))
    failed = stuck.filter(pk__in=given_up).update(
        status=RecordStatus.FAILED, failure_reason=REASON_GAVE_UP, processed_at=now
    )
    for pk in given_up:
        _tell_outcome_on_commit(pk)
    to_send: list[int] = []
    for pk in stuck.filter(attempts__lt=max_attempts).values_list("pk", flat=True):
        # Conditional, so a worker finishing right now is not overwritten.
        if Record.objects.filter(
            pk=pk, status=RecordStatus.PROCESSING, processing_started_at__lt=stuck_before
        ).update(status=RecordStatus.QUEUED, processing_started_at=None, queued_at=now):
            to_send.append(pk)
    requeued = len(to_send)
    lost_before = now - LOST_MESSAGE_AFTER
    lost = list(
        Record.objects.filter(status=RecordStatus.QUEUED)
        .filter(queued_at__lt=lost_before)
        .values_list("pk", flat=True)
    )
    for pk in lost:
        if Record.objects.filter(
            pk=pk, status=RecordStatus.QUEUED, queued_at__lt=lost_before
        ).update(queued_at=now):
            to_send.append(pk)
    for pk in to_send:
        _enqueue(pk)
    return {"failed": failed, "requeued": requeued, "resent": len(to_send) - requeued}
