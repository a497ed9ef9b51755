"""Kill soak: workers SIGKILLed mid-batch lose nothing and duplicate nothing.

    DATABASE_URL=postgres://portal:portal@127.0.0.1:5432/portal \\
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/kill.py [--uploads 100]

Real PostgreSQL, Redis and ``celery -A tests.records.worker_harness worker`` processes
(prefork, 2 processes) on a queue of this run's own. Uploads N dev reports (each made
unique) through ``record_upload`` plus one "poison" record whose job kills its worker
process every time (the test-only hook of tests/records/worker_harness.py, the workers'
Celery app; they run with the test settings). Mid-batch it SIGKILLs a pool process, later
the worker main process (then its orphaned pool processes, as a crashed container would lose
them), starts a new worker, and runs the reaper (``requeue_stuck``'s service) every few
seconds from this process, as beat would. Prints how many of N reached a final state (must
be N), how many duplicate findings exist (must be 0), and what became of the poison record
(failed after the attempt limit).

Shortened so a run takes minutes, not an hour (printed at the start): hard time limit 30 s,
and in the reaper here, the stuck margin and the "message lost" age. Redis keeps a dead
worker's unacked messages until the visibility timeout (1 h by default); the reaper is what
brings those records back.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_PDF_DIR = ROOT.parent / "shared" / "eval" / "dev" / "pdf"
POISON = "poison-kill-bench"
TIME_LIMIT = 30
REAPER_EVERY = 5.0
STUCK_MARGIN = timedelta(seconds=5)
LOST_AFTER = timedelta(seconds=20)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _start_worker(env: dict, queue: str, log: Path) -> subprocess.Popen:
    out = open(log, "ab")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "tests.records.worker_harness", "worker",
         "--pool=prefork", "-c", "2", "-Q", queue, "--without-gossip", "--without-mingle",
             "--without-heartbeat",
         "-l", "info"],
        cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip


def _kill_group(proc: subprocess.Popen, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uploads", type=int, default=100)
    parser.add_argument("--deadline", type=int, default=600, help="seconds to wait in all")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres") or not os.environ.get(
        "REDIS_URL"
    ):
        raise SystemExit("set DATABASE_URL (PostgreSQL) and REDIS_URL")
    scratch = Path(tempfile.mkdtemp(prefix="bench-kill-"))
    queue = f"bench-kill-{uuid.uuid4().hex[:10]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "CELERY_EAGER": "0",
        "PORTAL_TEST_PRIVATE_ROOT": str(scratch / "private"),
        "PORTAL_TEST_KILL_WORKER_MARKER": POISON,
        "CELERY_TASK_SOFT_TIME_LIMIT": str(TIME_LIMIT - 10),
        "CELERY_TASK_TIME_LIMIT": str(TIME_LIMIT),
        "EXTRACTION_TIMEOUT_SECONDS": str(TIME_LIMIT - 15),
        "PYTHONUNBUFFERED": "1",
    }
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.db.models import Count

    from biomarkers.extraction import extract
    from biomarkers.models import Finding
    from portal.accounts.models import User
    from portal.celery import app
    from records import services as record_services
    from records.models import Record, RecordStatus

    call_command("migrate", verbosity=0)
    app.conf.task_always_eager = False
    app.conf.task_default_queue = queue  # the reaper's re-sends go to this run's queue
    record_services.STUCK_MARGIN = STUCK_MARGIN
    record_services.LOST_MESSAGE_AFTER = LOST_AFTER
    print(
        f"limits: hard time limit {settings.CELERY_TASK_TIME_LIMIT} s, stuck margin "
        f"{STUCK_MARGIN.seconds} s, message lost after {LOST_AFTER.seconds} s, attempts "
        f"{settings.EXTRACTION_MAX_ATTEMPTS}; reaper every {REAPER_EVERY:.0f} s",
        flush=True,
    )
    user = User.objects.create_user(f"kill-{uuid.uuid4().hex[:8]}@example.org", "kill-pass-1!")
    paths = sorted(DEV_PDF_DIR.glob("*.pdf"))
    pdfs = [p.read_bytes() for p in paths]
    # What one clean extraction of each report gives (a trailing comment changes nothing).
    logging.disable(logging.INFO)  # the engine's chatter, not this bench's output
    clean_counts = [len(extract(p, max_pages=settings.RECORD_MAX_PAGES).facts) for p in paths]
    logging.disable(logging.NOTSET)
    log = scratch / "worker.log"
    worker = _start_worker(env, queue, log)
    start = time.monotonic()
    killed = {"pool": 0, "main": 0}
    try:
        ids: list[int] = []
        expected: dict[int, int] = {}
        for i in range(args.uploads):
            data = pdfs[i % len(pdfs)] + f"\n% kill bench {uuid.uuid4().hex}\n".encode()
            record, _ = record_services.record_upload(
                owner=user, file=SimpleUploadedFile(f"report-{i}.pdf", data)
            )
            ids.append(record.pk)
            expected[record.pk] = clean_counts[i % len(pdfs)]
            if i == args.uploads // 3:
                poison_data = pdfs[0] + f"\n% poison {uuid.uuid4().hex}\n".encode()
                poison, _ = record_services.record_upload(
                    owner=user, file=SimpleUploadedFile(f"{POISON}.pdf", poison_data)
                )
        print(f"uploaded {len(ids)} reports + 1 poison record", flush=True)

        def final() -> int:
            return Record.objects.filter(
                pk__in=ids, status__in=[RecordStatus.DONE, RecordStatus.FAILED]
            ).count()

        def processing() -> int:
            return Record.objects.filter(pk__in=ids, status=RecordStatus.PROCESSING).count()

        # 1. SIGKILL the pool processes while a job is running (so one is lost mid-job).
        while time.monotonic() - start < 180 and not (
            final() >= args.uploads // 5 and processing()
        ):
            time.sleep(0.01)
        busy = processing()
        pool = _children(worker.pid)
        for pid in pool:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
                killed["pool"] += 1
        print(f"SIGKILL pool processes {pool} at {final()} final, {busy} processing", flush=True)
        # 2. Later, SIGKILL the main process (its pool processes go with the "container").
        while final() < args.uploads // 2 and time.monotonic() - start < 240:
            time.sleep(0.05)
        busy = processing()
        orphans = _children(worker.pid)
        os.kill(worker.pid, signal.SIGKILL)
        killed["main"] += 1
        for pid in orphans:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        worker.wait(timeout=20)
        print(f"SIGKILL main worker at {final()} final, {busy} processing", flush=True)
        # 3. Restart, with the reaper running as beat would.
        time.sleep(2)
        worker = _start_worker(env, queue, log)
        print("worker restarted", flush=True)
        reaped = {"failed": 0, "requeued": 0, "resent": 0}
        deadline = start + args.deadline
        every = [*ids, poison.pk]
        while time.monotonic() < deadline:
            for k, v in record_services.records_requeue_stuck().items():
                reaped[k] += v
            left = Record.objects.filter(pk__in=every).exclude(
                status__in=[RecordStatus.DONE, RecordStatus.FAILED]
            )
            if not left.exists():
                break
            time.sleep(REAPER_EVERY)
        rows = Record.objects.filter(pk__in=ids)
        n_final = rows.filter(status__in=[RecordStatus.DONE, RecordStatus.FAILED]).count()
        n_done = rows.filter(status=RecordStatus.DONE).count()
        done_pks = set(rows.filter(status=RecordStatus.DONE).values_list("pk", flat=True))
        # A duplicate is a finding stored twice for one record: two runs' findings side by
        # side repeat positions, and leave more findings than one clean extraction gives.
        dupes = sum(
            n - 1
            for n in Finding.objects.filter(record__in=[*ids, poison.pk])
            .values("record", "position")
            .annotate(n=Count("id"))
            .filter(n__gt=1)
            .values_list("n", flat=True)
        )
        counts = dict(
            Finding.objects.filter(record__in=ids)
            .values_list("record")
            .annotate(n=Count("id"))
            .values_list("record", "n")
        )
        extra = sum(max(0, counts.get(pk, 0) - expected[pk]) for pk in ids)
        missing = sum(max(0, expected[pk] - counts.get(pk, 0)) for pk in ids if pk in done_pks)
        attempts = sorted(rows.values_list("attempts", flat=True))
        poison.refresh_from_db()
        print(f"reaper: {reaped}")
        print(f"killed: {killed['pool']} pool processes, {killed['main']} main worker process")
        print(f"reached a final state: {n_final} of {args.uploads} (done {n_done})")
        print(
            f"duplicate findings: {dupes + extra} (repeated positions {dupes}, beyond one clean "
            f"extraction {extra}); findings missing vs one clean extraction: {missing}"
        )
        print(f"records needing more than one attempt: {sum(a > 1 for a in attempts)}")
        print(
            f"poison record: {poison.status} after {poison.attempts} attempts "
            f"({poison.failure_reason or '-'})"
        )
        print(f"elapsed: {time.monotonic() - start:.1f} s; worker log: {log}")
        ok = n_final == args.uploads and dupes + extra == 0 and poison.status == RecordStatus.FAILED
    finally:
        _kill_group(worker, signal.SIGTERM)
        user.delete()
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
