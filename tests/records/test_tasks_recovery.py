"""The job recovers: database and storage hiccups are retried, lost workers are taken over."""

from __future__ import annotations

import signal
from datetime import timedelta

import pytest
from botocore.exceptions import EndpointConnectionError
from django.core.files.base import ContentFile
from django.db import OperationalError, connection
from django.utils import timezone

from biomarkers.models import Finding
from records import services as record_services
from records import storage, tasks
from records.models import Record, RecordStatus
from tests.records.conftest import dev_pdf
from tests.records.factories import RecordFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued(alice):
    record = RecordFactory(owner=alice, status=RecordStatus.QUEUED, pages=[], attempts=0)
    storage.private_storage().save(record.storage_key, ContentFile(dev_pdf().read_bytes()))
    return record


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch):
    monkeypatch.setattr(tasks, "backoff_seconds", lambda attempt: 0)


class _FailFirst:
    """A real database error on the first query matching ``pattern`` (then pass through)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.failed = 0

    def __call__(self, execute, sql, params, many, context):
        if not self.failed and self.pattern in sql:
            self.failed += 1
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)


def _findings(record) -> int:
    return Finding.objects.filter(record=record).count()


def test_database_down_while_storing_findings_is_retried_then_succeeds(queued):
    wrapper = _FailFirst('INSERT INTO "biomarkers_finding"')
    with connection.execute_wrapper(wrapper):
        tasks.extract_record.apply(args=[queued.pk])
    queued.refresh_from_db()
    assert wrapper.failed == 1
    assert (queued.status, queued.attempts) == (RecordStatus.DONE, 2)
    # The failed write left nothing behind: findings exactly once.
    assert _findings(queued) == len({(f.kind, f.gene, f.char_start) for f in
                                     Finding.objects.filter(record=queued)})  # fmt: skip
    assert _findings(queued) > 0


# Outside a test transaction, as in production: an error in a bare UPDATE inside the test's
# atomic block would poison that block, which autocommit never does.
@pytest.mark.django_db(transaction=True)
def test_database_down_at_the_claim_is_retried_then_succeeds(queued):
    wrapper = _FailFirst('UPDATE "records_record"')
    with connection.execute_wrapper(wrapper):
        tasks.extract_record.apply(args=[queued.pk])
    queued.refresh_from_db()
    assert wrapper.failed == 1
    # The failed claim never happened, so it used no attempt.
    assert (queued.status, queued.attempts) == (RecordStatus.DONE, 1)


def test_object_store_unreachable_is_retried_then_succeeds(queued, monkeypatch):
    real_open = storage.open_stored
    calls = {"n": 0}

    def flaky(key):
        calls["n"] += 1
        if calls["n"] == 1:
            raise EndpointConnectionError(endpoint_url="http://s3.invalid")
        return real_open(key)

    monkeypatch.setattr(storage, "open_stored", flaky)
    tasks.extract_record.apply(args=[queued.pk])
    queued.refresh_from_db()
    assert calls["n"] == 2
    assert (queued.status, queued.attempts) == (RecordStatus.DONE, 2)


def _left_processing(record, attempts: int) -> None:
    Record.objects.filter(pk=record.pk).update(
        status=RecordStatus.PROCESSING,
        attempts=attempts,
        processing_started_at=timezone.now() - timedelta(seconds=5),
    )


def test_redelivered_message_takes_over_a_record_its_dead_worker_held(queued, monkeypatch):
    _left_processing(queued, 1)
    # Not re-delivered: someone may be working on it, hands off.
    assert tasks.extract_record.apply(args=[queued.pk]).get() == "skipped"
    monkeypatch.setattr(tasks, "_redelivered", lambda request: True)
    assert tasks.extract_record.apply(args=[queued.pk]).get() == "done"
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (RecordStatus.DONE, 2)
    # Re-delivered again after it finished: nothing to take over, findings unchanged.
    before = _findings(queued)
    assert tasks.extract_record.apply(args=[queued.pk]).get() == "skipped"
    assert _findings(queued) == before


def test_take_over_out_of_attempts_fails_instead(queued, settings):
    settings.EXTRACTION_MAX_ATTEMPTS = 3
    _left_processing(queued, 3)
    assert record_services.record_take_over(record_pk=queued.pk) is None
    queued.refresh_from_db()
    assert queued.status == RecordStatus.FAILED
    assert queued.failure_reason == record_services.REASON_GAVE_UP


def test_take_over_leaves_other_states_alone(queued):
    for status in (RecordStatus.QUEUED, RecordStatus.DONE, RecordStatus.FAILED):
        Record.objects.filter(pk=queued.pk).update(status=status, attempts=1)
        assert record_services.record_take_over(record_pk=queued.pk) is None
        queued.refresh_from_db()
        assert (queued.status, queued.attempts) == (status, 1)


@pytest.mark.parametrize(
    ("marker", "filename", "expect_kill"),
    [
        ("poison-x", "poison-x.pdf", True),
        ("", "poison-x.pdf", False),
        ("poison-x", "report.pdf", False),
    ],
)
def test_kill_hook_of_the_worker_harness_fires_only_on_the_marker(
    queued, monkeypatch, marker, filename, expect_kill
):
    # The hook lives in the test harness (tests/records/worker_harness.py), not in the
    # portal's code; it must kill right after the claim, so the attempt is counted.
    from tests.records import worker_harness

    for name in ("record_claim", "record_take_over"):
        monkeypatch.setattr(record_services, name, getattr(record_services, name))
    kills: list[int] = []
    monkeypatch.setattr(worker_harness.os, "kill", lambda pid, sig: kills.append(sig))
    Record.objects.filter(pk=queued.pk).update(filename=filename)
    worker_harness.install_kill_hook(marker)
    assert record_services.record_claim(record_pk=queued.pk) is not None
    assert kills == ([signal.SIGKILL] if expect_kill else [])
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (RecordStatus.PROCESSING, 1)
