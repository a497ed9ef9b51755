"""Sign-in security settings, read into base.py: login throttling (django-axes), two-step
sign-in (django-otp), security headers, and API tokens (django-rest-knox)."""

from __future__ import annotations

from datetime import timedelta

from csp.constants import NONE, SELF

from portal.settings.env import env_bool, env_int, env_str

# --- Login throttling, 2FA, security headers (issue 7) -------------------------
# Throttle counters live in a cache, never in a table: attempts on unknown
# accounts cost a bounded, self-expiring entry (LocMem: MAX_ENTRIES; Redis: TTL).
REDIS_CACHE_URL = env_str("REDIS_CACHE_URL", env_str("REDIS_URL", ""))
if REDIS_CACHE_URL:
    _cache = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_CACHE_URL,
    }
else:
    _cache = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 10000, minimum=100)},
    }
CACHES = {
    "default": {**_cache, "KEY_PREFIX": "portal", "LOCATION": _cache.get("LOCATION", "default")},
    "axes": {**_cache, "KEY_PREFIX": "axes", "LOCATION": _cache.get("LOCATION", "axes")},
    "throttle": {
        **_cache,
        "KEY_PREFIX": "throttle",
        "LOCATION": _cache.get("LOCATION", "throttle"),
    },
}
if not REDIS_CACHE_URL:
    # axes warns that a per-process cache splits the counters between worker processes.
    # True for gunicorn, not for runserver/pytest (one process): production.py replaces
    # LocMem with a shared cache and un-silences this.
    SILENCED_SYSTEM_CHECKS = ["axes.W001"]
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_CACHE = "axes"
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_MINUTES = env_int("AXES_COOLOFF_MINUTES", 15, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=AXES_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "portal.accounts.throttle.axes_username"
AXES_LOCKOUT_CALLABLE = "portal.accounts.throttle.lockout_response"
AXES_RESET_ON_SUCCESS = True
# Axes' own log lines would carry e-mail addresses: keep them out of application logs.
AXES_VERBOSE = False

OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "Lung Cancer Patient Portal")
# Seconds a password-verified login may wait for its second factor.
OTP_LOGIN_PENDING_SECONDS = env_int("OTP_LOGIN_PENDING_SECONDS", 300, minimum=30)
# The admin never shows a TOTP key or its QR code (django-otp's own switch).
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# --- API tokens (django-rest-knox) ---------------------------------------------
# Only a digest is stored; each sign-in from a client is its own token ("device").
KNOX_TOKEN_MODEL = "accounts.ApiToken"  # noqa: S105 - a model name, not a secret
# knox's own migrations create its default token table whatever KNOX_TOKEN_MODEL says (they
# declare no swappable option): an unused table with a foreign key to the users, which
# PostgreSQL then refuses to TRUNCATE around it. Our model replaces it, so knox has none.
MIGRATION_MODULES = {"knox": None}
API_TOKEN_TTL_DAYS = env_int("API_TOKEN_TTL_DAYS", 7, minimum=1)
REST_KNOX = {
    "TOKEN_TTL": timedelta(days=API_TOKEN_TTL_DAYS),
    # Clients keep sending "Authorization: Token <key>", as with the old tokens.
    "AUTH_HEADER_PREFIX": "Token",
    "AUTO_REFRESH": False,
    "TOKEN_LIMIT_PER_USER": None,
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
