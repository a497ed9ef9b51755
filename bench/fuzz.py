"""Fuzz soak: 1000+ malformed / hostile PDFs through the upload checks and the real task.

    .venv/bin/python bench/fuzz.py [--count 1200] [--seed 8] [--timeout SECONDS]

Each mutant (tests/records/pdf_mutants.py) goes through ``record_upload`` (the sandboxed
upload check, then the extraction task run eagerly on commit) and, whatever the check said,
through ``records.tasks.extract_record`` on a record stored directly (bypassing the upload
checks, as a file that passed an older check would be). Prints the count, crashes (an
exception escaping, a task not finishing, a record left non-final or failed without a
reason: must be 0), how many ended failed with a reason, and the longest time to a final
state, which must be <= the hard limit (EXTRACTION_TIMEOUT_SECONDS, default 60 s) + 10 s.

Runs in-process with eager Celery on a throwaway SQLite database and private folder unless
DATABASE_URL is set (then that database is used; the bench user is deleted at the end).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setup(timeout: int | None) -> None:
    scratch = tempfile.mkdtemp(prefix="bench-fuzz-")
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{scratch}/fuzz.sqlite3")
    os.environ["PORTAL_TEST_PRIVATE_ROOT"] = os.path.join(scratch, "private")
    os.environ["CELERY_EAGER"] = "1"
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    if timeout is not None:
        os.environ["EXTRACTION_TIMEOUT_SECONDS"] = str(timeout)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--timeout", type=int, default=None, help="EXTRACTION_TIMEOUT_SECONDS")
    args = parser.parse_args()
    _setup(args.timeout)

    import logging

    from django.conf import settings
    from django.core.files.base import ContentFile
    from django.core.files.uploadedfile import SimpleUploadedFile

    from biomarkers.extraction import warm_up
    from portal.accounts.models import User
    from records import services as record_services
    from records import tasks
    from records.models import Record, RecordStatus
    from records.storage import new_storage_key, private_storage
    from tests.records.pdf_mutants import mutants

    logging.disable(logging.CRITICAL)  # the task logs every failure; the figures say enough
    warm_up()  # as a worker does before its first job
    hard_limit = settings.EXTRACTION_TIMEOUT_SECONDS
    user = User.objects.create_user(f"fuzz-{uuid.uuid4().hex[:8]}@example.org", "fuzz-pass-1!")
    crashes: list[str] = []
    states: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    rejected = 0
    longest = (0.0, "")
    started = time.monotonic()

    def check(record: Record, name: str, seconds: float) -> None:
        nonlocal longest
        record.refresh_from_db()
        states[record.status] += 1
        if record.status not in (RecordStatus.DONE, RecordStatus.FAILED):
            crashes.append(f"{name}: left {record.status}")
        elif record.status == RecordStatus.FAILED:
            if not record.failure_reason.strip():
                crashes.append(f"{name}: failed without a reason")
            # "too many pages (1240 > 50)": one line per reason, not per page count.
            reasons[re.sub(r"\(\d+ > ", "(N > ", record.failure_reason)] += 1
        longest = max(longest, (seconds, name))

    try:
        for m in mutants(args.count, seed=args.seed):
            # 1. Through the upload checks (and, if accepted, the task on commit).
            t0 = time.monotonic()
            try:
                record, created = record_services.record_upload(
                    owner=user, file=SimpleUploadedFile(f"{m.name}.pdf", m.data)
                )
                if created:
                    check(record, f"{m.name} (upload)", time.monotonic() - t0)
            except record_services.UploadRejected as exc:
                rejected += 1
                if not exc.message.strip():
                    crashes.append(f"{m.name}: rejected without a message")
            except Exception:
                crashes.append(f"{m.name} (upload): {traceback.format_exc(limit=3)}")
            # 2. Stored directly, straight to the task.
            key = private_storage().save(new_storage_key(user.pk), ContentFile(m.data))
            record = Record.objects.create(
                owner=user, filename=f"{m.name}.pdf", storage_key=key,
                sha256=uuid.uuid4().hex, size=len(m.data), status=RecordStatus.QUEUED,
            )  # fmt: skip
            t0 = time.monotonic()
            try:
                result = tasks.extract_record.apply(args=[record.pk])
                if not result.successful():
                    crashes.append(f"{m.name} (task): {result.traceback}")
            except Exception:
                crashes.append(f"{m.name} (task): {traceback.format_exc(limit=3)}")
            check(record, f"{m.name} (task)", time.monotonic() - t0)
    finally:
        user.delete()
    total = sum(states.values())
    print(f"mutants: {args.count} (seed {args.seed}); records run through the task: {total}")
    print(f"rejected at upload (with a message): {rejected}")
    print(f"crashes: {len(crashes)}")
    for c in crashes[:10]:
        print("  ", c.strip().replace("\n", "\n   "))
    print(f"ended done: {states[RecordStatus.DONE]}")
    print(f"ended failed with a reason: {sum(reasons.values())}")
    for reason, n in reasons.most_common():
        print(f"   {n:5d}  {reason}")
    verdict = "ok" if longest[0] <= hard_limit + 10 else "OVER"
    print(
        f"longest time to a final state: {longest[0]:.2f} s ({longest[1]}); hard limit "
        f"{hard_limit} s + 10 s -> {verdict}"
    )
    print(f"wall time: {time.monotonic() - started:.1f} s")
    if crashes or verdict != "ok":
        raise SystemExit(1)


if __name__ == "__main__":
    main()
