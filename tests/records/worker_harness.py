"""Start a real Celery worker process for a test module (PostgreSQL + Redis only).

The worker is a separate process, so it must see committed rows (transactional tests) in the
same database as the test (pytest-django's ``test_<name>`` database; SQLite's in-memory test
database cannot be shared), the same private storage folder, and a queue of its own on the
broker so no other worker takes these jobs. While it runs, this process only sends: to that
queue, for real (not eagerly).

The worker runs with this module as its Celery app (``celery -A tests.records.worker_harness``):
the same app as production plus one test-only hook, installed here and nowhere in the
portal's code: with ``PORTAL_TEST_KILL_WORKER_MARKER`` set, a job whose record's filename
carries the marker kills its own worker process right after the claim, like a segfault.
That proves a file which kills its worker every time ends ``failed`` after the attempt
limit (tests/records/test_fuzz_worker.py, bench/kill.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from celery.signals import worker_process_init
from django.conf import settings
from django.db import connection

from portal.celery import app

__all__ = ["app", "install_kill_hook", "running_worker"]
KILL_MARKER_ENV = "PORTAL_TEST_KILL_WORKER_MARKER"
_REPO_ROOT = Path(__file__).resolve().parents[2]


def _kill_if_marked(record, marker: str) -> None:
    if record is not None and marker and marker in record.filename:
        os.kill(os.getpid(), signal.SIGKILL)


def install_kill_hook(marker: str) -> None:
    """Make the claim (and the take-over) kill the process for a record named with ``marker``.

    Wraps records.services in this process only; the job counts its attempt before it dies,
    exactly as a crash in the parser would leave it.
    """
    from records import services

    for name in ("record_claim", "record_take_over"):
        original = getattr(services, name)

        def claim_then_die(*args, _original=original, **kwargs):
            record = _original(*args, **kwargs)
            _kill_if_marked(record, marker)
            return record

        setattr(services, name, claim_then_die)


@worker_process_init.connect
def _install_in_pool_process(**_kwargs) -> None:
    # Runs in the worker's pool processes only (the test process never starts one).
    marker = os.environ.get(KILL_MARKER_ENV, "")
    if marker:
        install_kill_hook(marker)


def database_url() -> str:
    s = connection.settings_dict
    return (
        f"postgres://{quote(s['USER'] or '')}:{quote(s['PASSWORD'] or '')}"
        f"@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    )


def require_worker_services() -> None:
    import pytest

    from tests.conftest import skip_or_fail

    if connection.vendor != "postgresql":
        skip_or_fail("the worker test needs PostgreSQL (DATABASE_URL)")
    if not settings.REDIS_URL:
        skip_or_fail("the worker test needs Redis (REDIS_URL)")
    if settings.STORAGE_BACKEND != "local":
        pytest.skip("the worker test shares the local private folder with the worker")


@contextmanager
def running_worker(log_dir: Path, *, prefix: str, **extra_env: str) -> Iterator[tuple]:
    """Yield (process, log path) of a one-process worker on a fresh queue."""
    require_worker_services()
    queue = f"{prefix}-{uuid.uuid4().hex[:12]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "CELERY_EAGER": "0",
        "PYTHONUNBUFFERED": "1",
        "PORTAL_TEST_PRIVATE_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        **extra_env,
    }
    log = log_dir / "worker.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tests.records.worker_harness", "worker",
             "--pool=prefork", "-c", "1", "-Q", queue, "--without-gossip", "--without-mingle",
             "--without-heartbeat",
             "-l", "info"],
            cwd=_REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    # The keys carry the CELERY_ prefix because the app reads its config from Django settings.
    saved = {
        "CELERY_TASK_ALWAYS_EAGER": app.conf.task_always_eager,
        "CELERY_TASK_DEFAULT_QUEUE": app.conf.task_default_queue,
    }
    app.conf.update(CELERY_TASK_ALWAYS_EAGER=False, CELERY_TASK_DEFAULT_QUEUE=queue)
    assert app.conf.task_always_eager is False
    try:
        yield proc, log
    finally:
        app.conf.update(saved)
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=15)
        except ProcessLookupError:
            pass
