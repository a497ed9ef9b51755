"""Session limits: an absolute lifetime, and staff confined to enrolment until verified."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME, logout
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

SIGNED_IN_AT = "signed_in_at"
# What a staff member without a verified second factor may open: the enrolment and code
# steps, and the way out. Nothing else, in the portal or the API (draft previews included).
ENROLMENT_ROUTES = frozenset(
    {"otp-setup", "otp-verify", "logout", "admin:logout", "login", "admin:login", "home"}
)
STAFF_NOT_VERIFIED = "Finish two-step sign-in first."


def session_mark_signed_in(request: HttpRequest) -> None:
    if hasattr(request, "session"):
        request.session[SIGNED_IN_AT] = time.time()


class SessionLimitsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            started = request.session.get(SIGNED_IN_AT)
            if started is None:
                request.session[SIGNED_IN_AT] = time.time()
            elif time.time() - float(started) > settings.SESSION_ABSOLUTE_SECONDS:
                # However active, a session ends this long after sign-in.
                logout(request)
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Any, view_args: Any, view_kwargs: Any
    ) -> HttpResponse | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not user.is_staff:
            return None
        if user.is_verified():
            return None
        match = request.resolver_match
        view_name = (match.view_name or "") if match is not None else ""
        # The admin site checks verification itself and sends staff through its login.
        if view_name in ENROLMENT_ROUTES or view_name.startswith("admin:"):
            return None
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": STAFF_NOT_VERIFIED}, status=403)
        target = "otp-verify" if user_has_device(user, confirmed=True) else "otp-setup"
        query = urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})
        return redirect(f"{reverse(target)}?{query}")
