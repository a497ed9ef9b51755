"""A real worker survives hostile files and a file that kills it (PostgreSQL + Redis only).

Hostile PDFs and then a good report go to the same worker: every record ends final and the
worker main process is still the same process. A record whose job kills the worker's pool
process every time (a test-only hook installed by tests/records/worker_harness.py) ends
``failed`` after the attempt limit instead of being re-delivered forever.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile

from records import services as record_services
from records.models import Record, RecordStatus
from records.storage import private_storage
from tests.records.conftest import dev_pdf
from tests.records.factories import RecordFactory
from tests.records.pdf_mutants import mutants
from tests.records.worker_harness import running_worker

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]
DEADLINE_SECONDS = 90  # bounds a wait (three pool restarts for the poison file), not a speed
POISON = "poison-b6c1"


@pytest.fixture(scope="module")
def worker(django_db_setup, django_db_blocker, tmp_path_factory):
    """One worker for the module: its start-up (Django, spaCy) is the slow part."""
    with running_worker(
        tmp_path_factory.mktemp("test-fuzz-worker"),
        prefix="test-fuzz",
        PORTAL_TEST_KILL_WORKER_MARKER=POISON,
        EXTRACTION_TIMEOUT_SECONDS="10",
    ) as started:
        yield started


def _send(owner, data: bytes, filename: str = "report.pdf") -> Record:
    # Stored directly (past the upload checks), then queued the way "reprocess" does it.
    record = RecordFactory(owner=owner, status=RecordStatus.FAILED, pages=[], filename=filename)
    private_storage().save(record.storage_key, ContentFile(data))
    record_services.record_reprocess(owner=owner, record=record)
    return record


def _wait_all_final(pks: list[int], proc, log: Path) -> dict[int, Record]:
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        rows = {r.pk: r for r in Record.objects.filter(pk__in=pks)}
        if all(r.status in (RecordStatus.DONE, RecordStatus.FAILED) for r in rows.values()):
            return rows
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    pytest.fail(f"records never finished; worker log:\n{log.read_text()[-4000:]}")


def test_hostile_files_then_a_good_one_on_the_same_worker(worker, alice):
    proc, log = worker
    hostile = [
        m
        for m in mutants(23, seed=5)
        if m.kind in ("bomb", "self_ref", "many_pages", "random", "kids_loop", "deep_nesting")
    ]
    sent = [_send(alice, m.data, f"{m.name}.pdf") for m in hostile]
    good = _send(alice, dev_pdf().read_bytes())
    rows = _wait_all_final([r.pk for r in [*sent, good]], proc, log)
    for record in sent:
        row = rows[record.pk]
        assert row.status == RecordStatus.DONE or row.failure_reason.strip(), row.filename
    assert rows[good.pk].status == RecordStatus.DONE, rows[good.pk].failure_reason
    assert any(rows[r.pk].status == RecordStatus.FAILED for r in sent)
    # Same main process all along: nothing took the worker down.
    assert proc.poll() is None


def test_file_that_kills_its_worker_every_time_ends_failed(worker, alice):
    proc, log = worker
    poison = _send(alice, dev_pdf().read_bytes(), f"{POISON}.pdf")
    row = _wait_all_final([poison.pk], proc, log)[poison.pk]
    assert row.status == RecordStatus.FAILED
    assert row.failure_reason == record_services.REASON_GAVE_UP
    assert row.attempts == settings.EXTRACTION_MAX_ATTEMPTS
    # The pool process really died each time (Celery reports the lost worker).
    assert log.read_text().count("WorkerLostError") >= settings.EXTRACTION_MAX_ATTEMPTS
    # And the worker goes on serving the next record.
    good = _send(alice, dev_pdf("case_002.pdf").read_bytes())
    assert _wait_all_final([good.pk], proc, log)[good.pk].status == RecordStatus.DONE
    assert proc.poll() is None
