"""Settings fail loudly, naming the variable, on bad or missing values."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

GOOD_SECRET = "x" * 20 + "-a-long-random-production-secret-key-0123456789"


def _boot(settings_module: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    clean.update(env, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('booted')"],
        cwd=REPO_ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _boot("portal.settings.production", ALLOWED_HOSTS="portal.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_weak_secret_and_missing_hosts():
    assert (
        "SECRET_KEY"
        in _boot("portal.settings.production", SECRET_KEY="short", ALLOWED_HOSTS="a.example").stderr
    )
    assert "ALLOWED_HOSTS" in _boot("portal.settings.production", SECRET_KEY=GOOD_SECRET).stderr


def test_production_boots_with_good_values():
    result = _boot(
        "portal.settings.production",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="portal.example.org",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    )
    assert result.returncode == 0, result.stderr
    assert "booted" in result.stdout


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("DEBUG", "maybe"),
        ("RECORD_MAX_BYTES", "twenty"),
        ("RECORD_MAX_PAGES", "0"),
        ("DATABASE_URL", "nosuchdb://x"),
        ("REDIS_URL", "http://127.0.0.1:6379"),
        ("STORAGE_BACKEND", "ftp"),
        ("CELERY_TASK_TIME_LIMIT", "10"),
    ],
)
def test_bad_values_name_the_variable(var, value):
    result = _boot("portal.settings.local", **{var: value})
    assert result.returncode != 0
    assert var in result.stderr


def test_s3_backend_requires_bucket():
    result = _boot("portal.settings.local", STORAGE_BACKEND="s3")
    assert result.returncode != 0
    assert "S3_BUCKET" in result.stderr
