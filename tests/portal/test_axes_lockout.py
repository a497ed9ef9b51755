"""Login throttling (django-axes): lockout by e-mail + IP, same answer for every account,
bounded storage, and the same counter for web, API and the second-factor step."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
from axes.helpers import get_cache_timeout
from django.apps import apps
from django.conf import settings
from django.contrib.auth import authenticate
from django.test import Client, RequestFactory

from portal.accounts.throttle import LOCKOUT_MESSAGE
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.django_db

LOCK_TEXT = LOCKOUT_MESSAGE.split(".")[0].encode()


def _fail_web(client, email, times, **extra):
    for _ in range(times):
        client.post("/accounts/login/", {"username": email, "password": "wrong-pw-123"}, **extra)


def test_web_lockout_after_limit_even_with_right_password(client, alice, password):
    assert settings.AXES_FAILURE_LIMIT == 5
    _fail_web(client, "alice@example.org", 4)
    ok = client.post("/accounts/login/", {"username": "alice@example.org", "password": password})
    assert ok.status_code == 302  # 4 failures: still allowed (and the success resets the count)
    client.post("/accounts/logout/")
    _fail_web(client, "alice@example.org", 5)
    locked = client.post(
        "/accounts/login/", {"username": "alice@example.org", "password": password}
    )
    assert locked.status_code == 429
    assert LOCK_TEXT in locked.content
    assert client.get("/dashboard/").status_code == 302


def test_lockout_page_identical_for_known_and_unknown_accounts(alice):
    known, unknown = Client(), Client()
    _fail_web(known, "alice@example.org", 5)
    _fail_web(unknown, "ghost@example.org", 5)
    a = known.post("/accounts/login/", {"username": "alice@example.org", "password": "x" * 12})
    b = unknown.post("/accounts/login/", {"username": "ghost@example.org", "password": "x" * 12})
    assert a.status_code == b.status_code == 429
    assert a.content == b.content
    assert b"alice@example.org" not in a.content


def test_lockout_is_per_email_and_ip_and_ignores_case(client, alice, bob, password):
    _fail_web(client, "ALICE@example.org ", 3)
    _fail_web(client, "alice@EXAMPLE.org", 2)
    resp = client.post("/accounts/login/", {"username": "alice@example.org", "password": password})
    assert resp.status_code == 429  # case and spaces do not get extra guesses
    # Another account from the same address, and the same account from elsewhere, still work.
    assert (
        Client()
        .post("/accounts/login/", {"username": "bob@example.org", "password": password})
        .status_code
        == 302
    )
    elsewhere = Client(REMOTE_ADDR="10.9.8.7")
    resp = elsewhere.post(
        "/accounts/login/", {"username": "alice@example.org", "password": password}
    )
    assert resp.status_code == 302


def test_api_token_lockout_json_identical_for_unknown(api_client, alice, password):
    for email in ("alice@example.org", "ghost@example.org"):
        for _ in range(5):
            api_client.post("/api/auth/token/", {"email": email, "password": "nope-nope-nope"})
    known = api_client.post(
        "/api/auth/token/", {"email": "alice@example.org", "password": password}
    )
    unknown = api_client.post(
        "/api/auth/token/", {"email": "ghost@example.org", "password": password}
    )
    assert known.status_code == unknown.status_code == 429
    assert known.json() == unknown.json()
    assert "Too many unsuccessful sign-in attempts" in known.json()["detail"]
    assert "token" not in known.json()


def test_web_and_api_share_one_counter(client, api_client, alice, password):
    _fail_web(client, "alice@example.org", 3)
    for _ in range(2):
        api_client.post("/api/auth/token/", {"email": "alice@example.org", "password": "nope" * 3})
    resp = api_client.post("/api/auth/token/", {"email": "alice@example.org", "password": password})
    assert resp.status_code == 429


def test_admin_login_goes_through_the_throttled_login(client, admin_user, password):
    # The admin has no password form of its own: it sends everyone to the portal login.
    resp = client.post("/admin/login/", {"username": "admin@example.org", "password": password})
    assert resp.status_code == 302
    assert resp["Location"].startswith("/accounts/login/?next=")
    assert "_auth_user_id" not in client.session
    _fail_web(client, "admin@example.org", 5)
    resp = client.post(
        "/accounts/login/?next=/admin/", {"username": "admin@example.org", "password": password}
    )
    assert resp.status_code == 429


def test_failure_limit_setting_is_honoured(client, alice, password, settings):
    settings.AXES_FAILURE_LIMIT = 2
    _fail_web(client, "alice@example.org", 2)
    resp = client.post("/accounts/login/", {"username": "alice@example.org", "password": password})
    assert resp.status_code == 429


def _row_counts() -> dict[str, int]:
    return {m._meta.label: m.objects.count() for m in apps.get_models() if m._meta.managed}


def test_thousand_failures_on_unknown_accounts_grow_no_table():
    before = _row_counts()
    factory = RequestFactory()
    for _ in range(1000):
        email = f"{uuid.uuid4().hex}@unknown.example"
        request = factory.post("/accounts/login/", {"username": email})
        assert authenticate(request, username=email, password="wrong-pw-123") is None
    assert _row_counts() == before
    # Entries expire with the cool-off, and the local cache is capped in size.
    assert get_cache_timeout() == settings.AXES_COOLOFF_MINUTES * 60 == 15 * 60
    axes_cache = settings.CACHES["axes"]
    if axes_cache["BACKEND"].endswith("LocMemCache"):
        assert axes_cache["OPTIONS"]["MAX_ENTRIES"] <= 100_000
    else:
        assert axes_cache["BACKEND"].endswith("RedisCache")


def test_redis_cache_holds_counters_with_ttl_when_configured():
    if not os.environ.get("REDIS_URL"):
        pytest.skip("REDIS_URL not set: the LocMem cache is in use")
    from django.core.cache import caches

    cache = caches["axes"]
    request = RequestFactory().post("/accounts/login/")
    authenticate(request, username="ttl@unknown.example", password="wrong-pw-123")
    client = cache._cache.get_client()
    keys = list(client.scan_iter(match=f"{cache.key_prefix}:*"))
    assert keys
    assert all(0 < client.ttl(k) <= settings.AXES_COOLOFF_MINUTES * 60 for k in keys)


def _settings_value(expr: str, **env: str) -> subprocess.CompletedProcess:
    clean = dict(os.environ, DJANGO_SETTINGS_MODULE="portal.settings.test", **env)
    code = f"import django; django.setup(); from django.conf import settings; print({expr})"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_limit_and_cooloff_come_from_the_environment():
    result = _settings_value(
        "settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME.total_seconds()",
        AXES_FAILURE_LIMIT="3",
        AXES_COOLOFF_MINUTES="7",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3", "420.0"]
    bad = _settings_value("1", AXES_FAILURE_LIMIT="many")
    assert bad.returncode != 0
    assert "AXES_FAILURE_LIMIT" in bad.stderr


def test_axes_backend_first():
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.AXES_HANDLER == "axes.handlers.cache.AxesCacheHandler"
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
