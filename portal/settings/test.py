"""Test settings: whatever DATABASE_URL / REDIS_URL say (SQLite + eager by default)."""

from __future__ import annotations

import os
import tempfile

from portal.settings.base import *  # noqa: F403
from portal.settings.base import REST_FRAMEWORK, STORAGE_BACKEND, STORAGES
from portal.settings.env import env_bool

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests run against the manifest-less storage so no collectstatic is needed.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if STORAGE_BACKEND == "local":
    # A worker subprocess started by a test is pointed at the test's own folder.
    PRIVATE_MEDIA_ROOT = os.environ.get("PORTAL_TEST_PRIVATE_ROOT") or tempfile.mkdtemp(
        prefix="portal-test-private-"
    )
    STORAGES["default"] = STORAGES["private"] = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    }
TESTING = True
# Tests run tasks in-process unless a test starts a real worker on purpose
# (tests/records/test_worker.py); REDIS_URL still points at the real broker.
# CELERY_EAGER=0 is set only for the worker subprocess those tests start.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_EAGER", True)
# The lockout tests make 11 sign-in attempts from one address inside a minute: the
# per-address API limit sits above that here (tests that check it set their own rate).
REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {**REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "auth": "30/minute"},
}
