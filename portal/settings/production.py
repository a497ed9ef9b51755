"""Production: refuses to start without a real secret and explicit hosts."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from portal.settings.base import *  # noqa: F403
from portal.settings.base import CACHES, REDIS_CACHE_URL
from portal.settings.env import env_bool, env_int, env_list, env_str

SECRET_KEY = env_str("SECRET_KEY", required=True)
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("insecure"):
    raise ImproperlyConfigured(
        "Environment variable SECRET_KEY must be a random value of at least 50 characters."
    )
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Environment variable ALLOWED_HOSTS is required in production.")

# X-Forwarded-Proto is believed only behind a proxy that sets it (and strips the client's):
# otherwise any client could claim HTTPS.
TRUSTED_PROXY = env_bool("TRUSTED_PROXY", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if TRUSTED_PROXY else None

# Reset links and sign-up notices must reach people, not the process log.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", required=True)
if EMAIL_BACKEND in {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}:
    raise ImproperlyConfigured(
        f"Environment variable EMAIL_BACKEND={EMAIL_BACKEND!r} does not deliver e-mail; "
        "production needs a real one (e.g. django.core.mail.backends.smtp.EmailBackend)."
    )
# Links in e-mails (a caregiver's invitation): the first allowed host over HTTPS unless set.
PORTAL_BASE_URL = env_str("PORTAL_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")
if not PORTAL_BASE_URL.startswith("https://") or PORTAL_BASE_URL.rstrip("/") == "https:/":
    raise ImproperlyConfigured(
        f"Environment variable PORTAL_BASE_URL={PORTAL_BASE_URL!r} must be the portal's "
        "https:// address (links in e-mails)."
    )
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Login throttling needs one counter for all worker processes: Redis when configured,
# else a size-capped database cache (table created by accounts migration 0002).
if not REDIS_CACHE_URL:
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
            "KEY_PREFIX": config["KEY_PREFIX"],
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 10000, minimum=100)},
        }
        for alias, config in CACHES.items()
    }
SILENCED_SYSTEM_CHECKS: list[str] = []
