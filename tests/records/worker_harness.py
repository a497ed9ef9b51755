"""Start a real Celery worker process for a test module (PostgreSQL + Redis only).

The worker is a separate process, so it must see committed rows (transactional tests) in the
same database as the test (pytest-django's ``test_<name>`` database; SQLite's in-memory test
database cannot be shared), the same private storage folder, and a queue of its own on the
broker so no other worker takes these jobs. While it runs, this process only sends: to that
queue, for real (not eagerly).
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

import pytest
from django.conf import settings
from django.db import connection

from portal.celery import app
from tests.conftest import REPO_ROOT, skip_or_fail


def database_url() -> str:
    s = connection.settings_dict
    return (
        f"postgres://{quote(s['USER'] or '')}:{quote(s['PASSWORD'] or '')}"
        f"@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    )


def require_worker_services() -> None:
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
            [sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool=prefork", "-c",
             "1", "-Q", queue, "--without-gossip", "--without-mingle", "--without-heartbeat",
             "-l", "info"],
            cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
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
