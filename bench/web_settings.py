"""Settings for bench/web.py: the test settings (DEBUG off, whatever DATABASE_URL says) plus a
bare view at /bench/bare that exists only here, never in the deployed URL conf."""

from __future__ import annotations

from portal.settings.test import *  # noqa: F403

ROOT_URLCONF = "bench.web_urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
