"""Login throttling glue for django-axes: one lockout for password and second-factor failures.

Counters are keyed by (normalised e-mail, client IP) and live in the "axes" cache,
so failures on unknown accounts never grow a table. The lockout answer never says
whether the account exists.
"""

from __future__ import annotations

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from django.contrib.auth.signals import user_login_failed
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from rest_framework.permissions import SAFE_METHODS
from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle, SimpleRateThrottle

LOCKOUT_MESSAGE = (
    "Too many unsuccessful sign-in attempts. For your safety, signing in to this account "
    "from here is paused for {minutes} minutes. You can reset your password meanwhile."
)


def axes_username(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """The e-mail address as axes should count it: case and spaces must not dodge the limit."""
    raw = None
    if credentials:
        raw = credentials.get("username") or credentials.get("email")
    if raw is None and request is not None:
        data = getattr(request, "data", None) or getattr(request, "POST", {})
        raw = data.get("username") or data.get("email")
    if not raw or not isinstance(raw, str):
        return None
    return raw.strip().lower()


def lockout_message(request: HttpRequest | None = None) -> str:
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else 15
    return LOCKOUT_MESSAGE.format(minutes=minutes)


def lockout_response(request: HttpRequest, credentials: dict | None = None) -> HttpResponse:
    # The same answer for known and unknown accounts: nothing about the user is echoed.
    message = lockout_message(request)
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=429)
    return render(request, "accounts/locked_out.html", {"message": message}, status=429)


def login_allowed(request: HttpRequest, *, email: str) -> bool:
    """False while (email, IP) is locked out; used by the second-factor step."""
    return AxesProxyHandler.is_allowed(request, {"username": email})


def login_failed(request: HttpRequest, *, email: str) -> None:
    """Count a failed second factor like a failed password (same limit, same lockout)."""
    user_login_failed.send(sender=__name__, credentials={"username": email}, request=request)


def login_throttle_reset() -> None:
    """Forget every throttle counter (tests; an operator unlocking after an incident)."""
    for alias in ("axes", "throttle"):
        _cache_clear(caches[alias])


def _cache_clear(cache) -> None:
    if isinstance(cache, RedisCache):
        # The cache may share a Redis database with the Celery broker: delete only our keys.
        client = cache._cache.get_client(write=True)
        keys = list(client.scan_iter(match=f"{cache.key_prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    else:
        cache.clear()


class ScopedThrottle(ScopedRateThrottle):
    """DRF's scoped throttle with its counters in the "throttle" cache (shared by workers,
    cleared by login_throttle_reset) instead of the default cache."""

    cache = caches["throttle"]

    def allow_request(self, request, view) -> bool:
        # Only attempts count: a GET or OPTIONS on the auth routes tries no credential.
        if request.method in SAFE_METHODS:
            return True
        return super().allow_request(request, view)

    def get_rate(self) -> str | None:
        # Read at request time (DRF binds the rates when the class is imported).
        return api_settings.DEFAULT_THROTTLE_RATES[self.scope]


def rate_allowed(request: HttpRequest, *, scope: str, ident: str) -> bool:
    """The same limit for a non-DRF view (password reset), keyed by ``ident`` in ``scope``."""

    class _Limit(SimpleRateThrottle):
        cache = caches["throttle"]

        def get_rate(self) -> str:
            return api_settings.DEFAULT_THROTTLE_RATES[scope]

        def get_cache_key(self, request, view) -> str:
            return f"throttle_{scope}_{ident}"

    return _Limit().allow_request(request, None)
