"""The extraction job: claim, idempotency, retries on transient errors only, attempt limit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from biomarkers import services
from biomarkers.extraction import PdfUnreadable
from biomarkers.models import Confirmation, Finding
from records import services as record_services
from records import storage, tasks
from records.models import Record, RecordStatus
from tests.records.conftest import dev_pdf
from tests.records.factories import RecordFactory


@pytest.fixture
def queued(alice):
    """A queued record whose file (a real dev report) is in the private store."""
    record = RecordFactory(owner=alice, status=RecordStatus.QUEUED, pages=[], attempts=0)
    storage.private_storage().save(record.storage_key, ContentFile(dev_pdf().read_bytes()))
    return record


def _findings(record) -> list[tuple]:
    return sorted(
        Finding.objects.filter(record=record).values_list(
            "kind", "gene", "status", "page", "char_start", "char_end"
        )
    )


def _run(record) -> str:
    return tasks.extract_record.apply(args=[record.pk]).get()


@pytest.mark.django_db
def test_job_stores_findings_and_is_idempotent(queued):
    assert _run(queued) == "done"
    queued.refresh_from_db()
    first = _findings(queued)
    assert first and queued.status == RecordStatus.DONE and queued.attempts == 1
    assert queued.pages and queued.processed_at is not None
    # Run it again (e.g. re-delivered or reprocessed): same findings, no duplicates.
    Record.objects.filter(pk=queued.pk).update(status=RecordStatus.QUEUED)
    assert _run(queued) == "done"
    assert _findings(queued) == first


@pytest.mark.django_db
def test_reprocessing_keeps_the_patients_confirmations(queued, alice):
    _run(queued)
    finding = Finding.objects.filter(record=queued).first()
    services.finding_confirm(patient=alice, finding=finding, confirmation=Confirmation.CONFIRMED)
    Record.objects.filter(pk=queued.pk).update(status=RecordStatus.QUEUED)
    _run(queued)
    again = Finding.objects.get(public_id=finding.public_id)
    assert again.confirmation == Confirmation.CONFIRMED


@pytest.mark.django_db
@pytest.mark.parametrize(
    "status", [RecordStatus.PROCESSING, RecordStatus.DONE, RecordStatus.FAILED]
)
def test_claim_conflict_is_a_no_op(queued, status, monkeypatch):
    Record.objects.filter(pk=queued.pk).update(status=status, attempts=1)
    monkeypatch.setattr(
        record_services, "_run_extraction", lambda path, record=None: pytest.fail("must not run")
    )
    assert _run(queued) == "skipped"
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (status, 1)


@pytest.mark.django_db
def test_deleted_record_is_a_no_op(queued):
    pk = queued.pk
    queued.delete()
    assert tasks.extract_record.apply(args=[pk]).get() == "skipped"


@pytest.mark.django_db
def test_transient_storage_error_is_retried_then_succeeds(queued, monkeypatch):
    real_open = storage.open_stored
    calls = {"n": 0}

    def flaky(key):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("storage briefly unavailable")
        return real_open(key)

    monkeypatch.setattr(storage, "open_stored", flaky)
    monkeypatch.setattr(tasks, "backoff_seconds", lambda attempt: 0)
    tasks.extract_record.apply(args=[queued.pk])
    queued.refresh_from_db()
    assert calls["n"] == 2
    assert queued.status == RecordStatus.DONE
    assert queued.attempts == 2
    assert _findings(queued)


@pytest.mark.django_db
def test_transient_errors_stop_after_max_attempts(queued, monkeypatch, settings):
    settings.EXTRACTION_MAX_ATTEMPTS = 3
    calls = {"n": 0}

    def broken(key):
        calls["n"] += 1
        raise OSError("storage down")

    monkeypatch.setattr(storage, "open_stored", broken)
    monkeypatch.setattr(tasks, "backoff_seconds", lambda attempt: 0)
    tasks.extract_record.apply(args=[queued.pk])
    queued.refresh_from_db()
    assert calls["n"] == 3
    assert queued.status == RecordStatus.FAILED
    assert queued.attempts == 3
    assert queued.failure_reason == "we could not process this file"


@pytest.mark.django_db
def test_parse_error_fails_at_once_with_reason(queued, monkeypatch):
    calls = {"n": 0}

    def unreadable(path, record=None):
        calls["n"] += 1
        raise PdfUnreadable("boom")

    monkeypatch.setattr(record_services, "_run_extraction", unreadable)
    assert _run(queued) == "failed"
    queued.refresh_from_db()
    assert calls["n"] == 1
    assert (queued.status, queued.attempts) == (RecordStatus.FAILED, 1)
    assert queued.failure_reason == "this PDF could not be read"


@pytest.mark.django_db
def test_corrupt_file_in_store_fails_with_reason(alice):
    record = RecordFactory(owner=alice, status=RecordStatus.QUEUED, pages=[])
    storage.private_storage().save(record.storage_key, ContentFile(b"%PDF-1.7\n garbage " * 50))
    assert _run(record) == "failed"
    record.refresh_from_db()
    assert record.failure_reason == "this PDF could not be read"
    assert not Finding.objects.filter(record=record).exists()


@pytest.mark.django_db
def test_queued_record_out_of_attempts_fails_instead_of_running(queued, settings):
    Record.objects.filter(pk=queued.pk).update(attempts=settings.EXTRACTION_MAX_ATTEMPTS)
    assert _run(queued) == "skipped"
    queued.refresh_from_db()
    assert queued.status == RecordStatus.FAILED
    assert queued.failure_reason == "we could not process this file"


@pytest.mark.django_db
def test_requeue_stuck(alice, settings, monkeypatch):
    settings.EXTRACTION_MAX_ATTEMPTS = 3
    sent: list[int] = []
    monkeypatch.setattr(record_services, "_enqueue", sent.append)
    long_ago = timezone.now() - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 3600)
    stuck = RecordFactory(
        owner=alice, status=RecordStatus.PROCESSING, attempts=1, processing_started_at=long_ago
    )
    worn_out = RecordFactory(
        owner=alice, status=RecordStatus.PROCESSING, attempts=3, processing_started_at=long_ago
    )
    busy = RecordFactory(
        owner=alice,
        status=RecordStatus.PROCESSING,
        attempts=1,
        processing_started_at=timezone.now(),
    )
    lost = RecordFactory(owner=alice, status=RecordStatus.QUEUED, queued_at=long_ago)
    fresh = RecordFactory(owner=alice, status=RecordStatus.QUEUED, queued_at=timezone.now())

    result = tasks.requeue_stuck.apply().get()

    assert result == {"failed": 1, "requeued": 1, "resent": 1}
    assert sorted(sent) == sorted([stuck.pk, lost.pk])
    for r in (stuck, worn_out, busy, lost, fresh):
        r.refresh_from_db()
    assert stuck.status == RecordStatus.QUEUED
    assert (worn_out.status, worn_out.failure_reason) == (
        RecordStatus.FAILED,
        "we could not process this file",
    )
    assert busy.status == RecordStatus.PROCESSING
    assert lost.queued_at > long_ago
    assert fresh.status == RecordStatus.QUEUED


@pytest.mark.django_db
def test_worker_killed_every_time_ends_failed(queued, settings, monkeypatch):
    """Claimed, then the worker dies (record left processing), max_attempts times over."""
    settings.EXTRACTION_MAX_ATTEMPTS = 3
    monkeypatch.setattr(record_services, "_enqueue", lambda pk: None)
    for _ in range(3):
        assert record_services.record_claim(record_pk=queued.pk) is not None
        Record.objects.filter(pk=queued.pk).update(
            processing_started_at=timezone.now() - timedelta(days=1)
        )
        record_services.records_requeue_stuck()
    queued.refresh_from_db()
    assert queued.status == RecordStatus.FAILED
    assert queued.failure_reason == "we could not process this file"
    assert record_services.record_claim(record_pk=queued.pk) is None


@pytest.mark.django_db
def test_jobs_queued_under_the_old_task_names_still_run(queued):
    # Messages sent before the job moved from biomarkers.tasks to records.tasks name it so.
    from portal.celery import app

    assert app.tasks["biomarkers.tasks.extract_record"].apply(args=[queued.pk]).get() == "done"
    assert app.tasks["biomarkers.tasks.requeue_stuck"].apply().get() == {
        "failed": 0, "requeued": 0, "resent": 0,
    }  # fmt: skip
    queued.refresh_from_db()
    assert queued.status == RecordStatus.DONE
