"""Hostile and broken PDFs through the real upload checks and the real extraction task.

Every file must end in a final state (``done``, or ``failed`` with a reason a patient can
read), no exception may escape the task, and the process running it carries on. Limits are
tuned down (20 s per file instead of 60 s); ~240 mutants take well under a minute. bench/
fuzz.py runs 1000+ with the production limits and prints the figures.
"""

from __future__ import annotations

from collections import Counter

import pytest
from django.core.files.base import ContentFile

from biomarkers import sandbox
from biomarkers.extraction import scan
from biomarkers.extraction.document import REASON_NO_TEXT
from biomarkers.models import Finding
from records import services as record_services
from records import tasks
from records.models import Record, RecordStatus
from records.storage import private_storage
from tests.records.conftest import as_upload
from tests.records.factories import RecordFactory
from tests.records.pdf_mutants import KINDS, WEIGHTS, mutants

pytestmark = pytest.mark.django_db
# Each kind that must fail, and the only reasons it may fail with.
MUST_FAIL = {
    "bomb": {sandbox.REASON_TOO_BIG},
    "xref_bomb": {sandbox.REASON_TOO_BIG},
    "encrypted": {sandbox.REASON_ENCRYPTED},
    "zero_pages": {sandbox.REASON_UNREADABLE},
    "not_pdf": {sandbox.REASON_UNREADABLE},
    "random": {sandbox.REASON_UNREADABLE},
    "self_ref": {sandbox.REASON_UNREADABLE},
    # A page with no text layer is read by OCR; noise pixels hold no text, and saying so
    # beats a silent "no findings".
    "image_only": {REASON_NO_TEXT, scan.REASON_NO_TESSERACT},
}
MUST_BE_DONE = {"clean", "owner_only"}


def _reason_ok(reason: str) -> bool:
    known = {
        sandbox.REASON_UNREADABLE,
        sandbox.REASON_ENCRYPTED,
        sandbox.REASON_TIMEOUT,
        sandbox.REASON_TOO_BIG,
        record_services.REASON_GAVE_UP,
        REASON_NO_TEXT,
        scan.REASON_NO_TESSERACT,
    }
    return reason in known or reason.startswith("too many pages (")


@pytest.fixture(autouse=True)
def _fast_limits(settings):
    # No mutant needs more than ~1 s on an idle machine (a hanging one would now cost the
    # whole timeout); the margin is for a CI box busy with other work.
    settings.EXTRACTION_TIMEOUT_SECONDS = 20
    settings.RECORD_MAX_PAGES = 50
    # The worker warms the NLP pipeline before forking parser children; so does this test,
    # or every child would build it again.
    from biomarkers.extraction import warm_up

    warm_up()


def test_mutants_cover_every_kind():
    cycle = sum(WEIGHTS.get(k, 1) for k in KINDS)
    assert {m.kind for m in mutants(cycle, seed=1)} == set(KINDS)
    assert [m.data for m in mutants(30, seed=7)] == [m.data for m in mutants(30, seed=7)]


def test_mutants_bypassing_upload_checks_end_in_a_final_state(alice):
    outcomes: Counter[tuple[str, str]] = Counter()
    for m in mutants(144, seed=20260808):
        record = RecordFactory(owner=alice, status=RecordStatus.QUEUED, pages=[], attempts=0)
        private_storage().save(record.storage_key, ContentFile(m.data))
        result = tasks.extract_record.apply(args=[record.pk])
        # Nothing escaped the task: it returned a final word of its own.
        assert result.successful(), (m.name, result.traceback)
        assert result.get() in ("done", "failed"), m.name
        record.refresh_from_db()
        outcomes[(m.kind, record.status)] += 1
        assert record.status in (RecordStatus.DONE, RecordStatus.FAILED), m.name
        assert record.attempts == 1, m.name
        if record.status == RecordStatus.FAILED:
            assert _reason_ok(record.failure_reason), (m.name, record.failure_reason)
            assert not Finding.objects.filter(record=record).exists(), m.name
        if m.kind in MUST_FAIL:
            assert record.failure_reason in MUST_FAIL[m.kind], (m.name, record.failure_reason)
        if m.kind == "many_pages":
            assert record.failure_reason.startswith("too many pages ("), m.name
            assert record.failure_reason.endswith(" > 50)"), record.failure_reason
        if m.kind in MUST_BE_DONE:
            assert record.status == RecordStatus.DONE, (m.name, record.failure_reason)
    # The mix really held both outcomes.
    assert sum(n for (_, s), n in outcomes.items() if s == RecordStatus.DONE) >= 10
    assert sum(n for (_, s), n in outcomes.items() if s == RecordStatus.FAILED) >= 60


def test_mutants_through_upload_are_rejected_or_end_in_a_final_state(
    alice, stored_keys, django_capture_on_commit_callbacks
):
    rejected: Counter[str] = Counter()
    accepted = 0
    for m in mutants(96, seed=424242):
        before = stored_keys()
        try:
            with django_capture_on_commit_callbacks(execute=True):
                record, _created = record_services.record_upload(
                    owner=alice, file=as_upload(m.data, name=f"{m.name}.pdf")
                )
        except record_services.UploadRejected as exc:
            assert exc.message.strip(), m.name
            # Rejected means nothing stored: no file, no record.
            assert stored_keys() == before, m.name
            rejected[m.kind] += 1
            assert m.kind not in MUST_BE_DONE, (m.name, exc.message)
            if m.kind == "encrypted":
                assert "password-protected" in exc.message
            if m.kind == "many_pages":
                assert "too many pages" in exc.message
            continue
        accepted += 1
        record.refresh_from_db()
        # Eager mode ran the job on commit: the record is final already.
        assert record.status in (RecordStatus.DONE, RecordStatus.FAILED), m.name
        if record.status == RecordStatus.FAILED:
            assert _reason_ok(record.failure_reason), (m.name, record.failure_reason)
        assert m.kind not in ("encrypted", "not_pdf", "many_pages", "zero_pages"), m.name
    assert accepted >= 10 and sum(rejected.values()) >= 40
    # Every accepted upload has its record, and every record its file.
    keys = set(stored_keys())
    assert all(r.storage_key in keys for r in Record.objects.filter(owner=alice))
