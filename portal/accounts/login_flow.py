"""Two-step sign-in state: a password-verified user waiting for the second factor.

Nothing is logged in until the second factor passes: the session only holds who
is waiting, with which backend, since when, and where to go next.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.http import HttpRequest

from portal.accounts.models import User

PENDING_KEY = "otp_pending_login"


def pending_start(request: HttpRequest, *, user: User, next_url: str) -> None:
    # A new session key: a session id seen before the password cannot ride along.
    request.session.cycle_key()
    request.session[PENDING_KEY] = {
        "user_id": user.pk,
        "backend": getattr(user, "backend", "django.contrib.auth.backends.ModelBackend"),
        "since": time.time(),
        "next": next_url,
    }


def pending_get(request: HttpRequest) -> tuple[User, dict] | None:
    state = request.session.get(PENDING_KEY)
    if not isinstance(state, dict):
        return None
    if time.time() - float(state.get("since", 0)) > settings.OTP_LOGIN_PENDING_SECONDS:
        pending_clear(request)
        return None
    user = User.objects.filter(pk=state.get("user_id"), is_active=True).first()
    if user is None:
        pending_clear(request)
        return None
    return user, state


def pending_clear(request: HttpRequest) -> None:
    request.session.pop(PENDING_KEY, None)
