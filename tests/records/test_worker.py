"""End to end with a real Redis broker and a real Celery worker process (PostgreSQL only).

The worker is a separate process, so it must see committed rows (transactional tests) in the
same database as the test (pytest-django's ``test_<name>`` database on PostgreSQL; SQLite's
in-memory test database cannot be shared), the same private storage folder, and a queue of
its own on the broker so no other worker takes these jobs.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.core.files.base import ContentFile

from records import services as record_services
from records.models import Record, RecordStatus
from records.storage import private_storage
from tests.records.conftest import as_upload, dev_pdf
from tests.records.factories import RecordFactory
from tests.records.worker_harness import running_worker

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]
DEADLINE_SECONDS = 60  # generous on purpose: this bounds a wait, it is not a speed assertion


@pytest.fixture(scope="module")
def worker(django_db_setup, django_db_blocker, tmp_path_factory):
    """One worker for the module: its start-up (Django, spaCy) is the slow part."""
    with running_worker(
        tmp_path_factory.mktemp("test-worker"),
        prefix="test",
    ) as started:
        yield started


def _wait_final(record_pk: int, proc, log: Path) -> Record:
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        record = Record.objects.get(pk=record_pk)
        if record.status in (RecordStatus.DONE, RecordStatus.FAILED):
            return record
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    pytest.fail(f"record never finished; worker log:\n{log.read_text()[-4000:]}")


def test_upload_is_processed_by_a_real_worker_and_delete_removes_file(worker, alice_api):
    proc, log = worker
    response = alice_api.post(
        "/api/records/", {"file": as_upload(dev_pdf().read_bytes())}, format="multipart"
    )
    assert response.status_code == 201, response.content
    record = Record.objects.get(public_id=response.json()["id"])
    record = _wait_final(record.pk, proc, log)
    assert record.status == RecordStatus.DONE, record.failure_reason
    assert record.attempts == 1
    # The worker process did the job, not this process.
    assert "extract_record" in log.read_text() and "succeeded" in log.read_text()
    summary = alice_api.get(f"/api/records/{record.public_id}/").json()["summary"]
    # case_001.pdf gold: adenosquamous carcinoma, RET positive, PD-L1 TPS 5.
    assert summary["histology"] == "adenosquamous carcinoma"
    assert summary["biomarkers"]["RET"]["status"] == "positive"
    assert summary["biomarkers"]["PD-L1"] == {"status": "positive", "tps": 5}

    assert private_storage().exists(record.storage_key)
    assert alice_api.delete(f"/api/records/{record.public_id}/").status_code == 204
    assert not private_storage().exists(record.storage_key)


def test_corrupt_pdf_fails_with_a_reason(worker, alice):
    proc, log = worker
    # Past upload checks (as a parser update might find), broken inside.
    record = RecordFactory(owner=alice, status=RecordStatus.FAILED, pages=[])
    private_storage().save(record.storage_key, ContentFile(b"%PDF-1.7\n1 0 obj <<" * 40))
    record_services.record_reprocess(owner=alice, record=record)
    record = _wait_final(record.pk, proc, log)
    assert record.status == RecordStatus.FAILED
    assert record.failure_reason == "this PDF could not be read"
