"""Project-wide response and request guards (issue 14)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

TOO_LARGE = "The request is too large."


class RequestSizeLimitMiddleware:
    """Refuse a body over MAX_REQUEST_BODY_BYTES from its Content-Length, before reading it.

    DATA_UPLOAD_MAX_MEMORY_SIZE only bounds what Django keeps in memory once it reads; this
    stops a huge upload at the door. A body without a length (chunked) is capped by the
    reverse proxy (docker-compose.yml documents the same limit for it).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse("Bad Content-Length.", status=400, content_type="text/plain")
        if length > settings.MAX_REQUEST_BODY_BYTES:
            response = HttpResponse(TOO_LARGE, status=413, content_type="text/plain")
            # The unread body must not be taken for the next request on this connection.
            response["Connection"] = "close"
            return response
        return self.get_response(request)


class NoStoreMiddleware:
    """Any response to a signed-in user (page or API, session or token) may carry patient
    data: no browser, proxy or CDN cache may keep it (Cache-Control: private, no-store)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # Read after the view: DRF's token authentication sets request.user there.
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
            patch_vary_headers(response, ("Cookie", "Authorization"))
        return response
