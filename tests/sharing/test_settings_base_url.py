"""The address in invitation links: https in production, failing loudly otherwise."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO_ROOT
from tests.portal.test_settings import GOOD_SECRET, _boot

PROD = {
    "SECRET_KEY": GOOD_SECRET,
    "ALLOWED_HOSTS": "portal.example.org",
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
}
PRINT_BASE_URL = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.PORTAL_BASE_URL)"
)


def test_production_refuses_a_plain_http_base_url():
    result = _boot(
        "portal.settings.production", PORTAL_BASE_URL="http://portal.example.org", **PROD
    )
    assert result.returncode != 0
    assert "PORTAL_BASE_URL" in result.stderr


def test_production_defaults_to_the_first_allowed_host_over_https():
    env = {k: v for k, v in os.environ.items() if k != "PORTAL_BASE_URL"}
    env.update(PROD, DJANGO_SETTINGS_MODULE="portal.settings.production")
    result = subprocess.run(
        [sys.executable, "-c", PRINT_BASE_URL],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("https://portal.example.org")
