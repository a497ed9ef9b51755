from __future__ import annotations

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_healthz_ok(client, settings):
    resp = client.get("/healthz")
    assert resp.status_code == 200
    body = resp.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    # Eager (no REDIS_URL) locally, a real ping against Redis in CI.
    assert body["checks"]["broker"] == ("ok" if settings.REDIS_URL else "eager")


@override_settings(REDIS_URL="redis://127.0.0.1:1/0")
def test_healthz_names_dead_broker(client):
    resp = client.get("/healthz")
    assert resp.status_code == 503
    body = resp.json()
    assert body["failing"] == ["broker"]
    assert body["checks"]["database"] == "ok"
    assert "127.0.0.1:1" not in resp.content.decode()


def test_healthz_names_dead_database(client, monkeypatch):
    from portal import health

    def broken() -> str:
        raise ConnectionError("db down")

    monkeypatch.setitem(health.CHECKS, "database", broken)
    resp = client.get("/healthz")
    assert resp.status_code == 503
    assert resp.json()["failing"] == ["database"]
