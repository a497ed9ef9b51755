"""Deployment hardening: `check --deploy` clean, production headers and cookies, password
rules, idle session timeout, and a pdfminer.six with the CMap pickle fix."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from importlib.metadata import version

import pytest
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.conftest import REPO_ROOT

GOOD_SECRET = "y" * 20 + "-a-long-random-production-secret-key-0123456789"
PROD_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": GOOD_SECRET,
    "ALLOWED_HOSTS": "portal.example.org",
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
}


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        args,
        cwd=REPO_ROOT,
        # The browser tests' harness flag is not part of a deployment's environment.
        env={**{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}, **env},
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_check_deploy_has_no_warnings_with_production_settings():
    result = _run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], **PROD_ENV
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)" in result.stdout


def test_check_deploy_without_redis_uses_a_shared_cache():
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "REDIS_CACHE_URL"}}
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.CACHES['axes']['BACKEND'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env={**env, **PROD_ENV},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    # Never a per-process cache in production: the limit must hold across workers.
    assert result.stdout.strip() == "django.core.cache.backends.db.DatabaseCache"


PROD_PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client
# A page that needs neither collected static files nor a database.
resp = Client().get("/api/auth/token/", secure=True, HTTP_HOST="portal.example.org")
print(json.dumps({
    "status": resp.status_code,
    "headers": dict(resp.headers),
    "session_secure": settings.SESSION_COOKIE_SECURE,
    "csrf_secure": settings.CSRF_COOKIE_SECURE,
    "session_httponly": settings.SESSION_COOKIE_HTTPONLY,
    "ssl_redirect": settings.SECURE_SSL_REDIRECT,
    "session_age": settings.SESSION_COOKIE_AGE,
}))
"""


def test_production_sends_hsts_and_secure_cookie_flags():
    result = _run([sys.executable, "-c", PROD_PROBE], **PROD_ENV)
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    headers = probe["headers"]
    assert probe["status"] == 405
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert probe["session_secure"] and probe["csrf_secure"] and probe["session_httponly"]
    assert probe["ssl_redirect"] is True
    assert probe["session_age"] == 15 * 60


def test_pdfminer_has_the_cmap_pickle_fix():
    # CVE-2025-64512: pdfminer.six before 20251107 unpickles CMap files from a path it trusts.
    assert int(version("pdfminer.six")) >= 20251107


@pytest.mark.parametrize(
    "password",
    ["Sh0rt-pw!", "password123", "qwertyuiop", "1234567890123"],
)
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_minimum_length_is_ten_and_a_good_password_passes():
    with pytest.raises(ValidationError, match="at least 10"):
        validate_password("zq7-Lm2!x")  # 9 characters
    validate_password("zq7-Lm2!xv")  # 10 characters, not common


@pytest.mark.django_db
def test_idle_session_is_signed_out(alice_client):
    assert settings.SESSION_COOKIE_AGE == 15 * 60 and settings.SESSION_SAVE_EVERY_REQUEST
    resp = alice_client.get("/dashboard/")
    assert resp.status_code == 200
    assert resp.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 15 * 60
    key = alice_client.cookies[settings.SESSION_COOKIE_NAME].value
    # Activity pushes the expiry forward...
    Session.objects.filter(pk=key).update(expire_date=timezone.now() + timedelta(seconds=30))
    alice_client.get("/dashboard/")
    assert Session.objects.get(pk=key).expire_date > timezone.now() + timedelta(minutes=14)
    # ...and a session idle past the timeout is gone.
    Session.objects.filter(pk=key).update(expire_date=timezone.now() - timedelta(seconds=1))
    resp = alice_client.get("/dashboard/")
    assert resp.status_code == 302 and resp["Location"].startswith("/accounts/login/")


def test_idle_timeout_comes_from_the_environment():
    code = "import django; django.setup(); from django.conf import settings; "
    code += "print(settings.SESSION_COOKIE_AGE)"
    result = _run(
        [sys.executable, "-c", code],
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        SESSION_IDLE_TIMEOUT_SECONDS="120",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "120"
