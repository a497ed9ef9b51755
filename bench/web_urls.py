"""The portal's URLs plus /bench/bare: a view that does no database or template work, the
floor the personalized page is compared with."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import include, path


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bench/bare", bare),
    path("", include("portal.urls")),
]
