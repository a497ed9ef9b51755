"""Error pages are plain, friendly and leak nothing (no paths, no stack traces)."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_404_is_friendly_and_leaks_nothing(client):
    resp = client.get("/no/such/page/../etc/passwd")
    assert resp.status_code == 404
    body = resp.content.decode()
    assert "We could not find this page" in body
    assert "Traceback" not in body and "urlpatterns" not in body


def test_500_is_friendly_and_leaks_nothing(settings):
    from django.urls import path

    def boom(request):
        raise RuntimeError("secret-internal-detail")

    import portal.urls as urls

    urlconf = type("U", (), {"urlpatterns": [*urls.urlpatterns, path("boom/", boom)]})
    settings.ROOT_URLCONF = urlconf
    resp = Client(raise_request_exception=False).get("/boom/")
    assert resp.status_code == 500
    body = resp.content.decode()
    assert "Something went wrong on our side" in body
    assert "secret-internal-detail" not in body
