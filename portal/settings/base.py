"""Settings shared by every environment. Values come only from the environment."""

from __future__ import annotations

import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from portal.settings.env import env_bool, env_choice, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("PORTAL_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("SECRET_KEY", "insecure-dev-key-only-for-local-use-not-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    # Hashed, expiring, per-device API tokens (issue 14); the token model is ours.
    "knox",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "storages",
    "simple_history",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "portal.accounts",
    "portal.audit",
    "records",
    "biomarkers",
    "answers",
    "notifications",
    "sharing",
]

MIDDLEWARE = [
    # First: a body over the limit is refused from its Content-Length, before it is read.
    "portal.middleware.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # After OTP: absolute session lifetime, and staff without a verified second factor
    # reach only the enrolment pages.
    "portal.accounts.middleware.SessionLimitsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # After authentication: records access to patient-data routes (portal/audit/registry.py).
    "portal.audit.middleware.AuditMiddleware",
    # Responses to signed-in users may carry patient data: never stored by any cache.
    "portal.middleware.NoStoreMiddleware",
    # Last, per django-axes: turns a lockout flagged during the view into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
ASGI_APPLICATION = "portal.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "notifications.context_processors.unread_notifications",
            ],
        },
    },
]


# --- Database ---------------------------------------------------------------
# Embedded default: an SQLite file in the project's var/ folder.
def _database() -> dict:
    url = env_str("DATABASE_URL", "")
    if not url:
        # A fresh clone has no var/ yet, and SQLite will not create the folder.
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{VAR_DIR / 'portal.sqlite3'}"
    try:
        config = dj_database_url.parse(url, conn_max_age=env_int("DB_CONN_MAX_AGE", 0, minimum=0))
    except Exception as exc:  # dj-database-url raises several types for bad URLs
        raise ImproperlyConfigured(f"Environment variable DATABASE_URL is invalid: {exc}") from exc
    if not config.get("ENGINE"):
        raise ImproperlyConfigured("Environment variable DATABASE_URL names no known database.")
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # The web process and a worker share one file. WAL lets readers go on while one
        # writer commits, and BEGIN IMMEDIATE takes the write lock up front, so a transaction
        # waits (timeout) instead of failing with "database is locked" when it starts to
        # write. synchronous=NORMAL is the safe level for WAL: a power cut may lose the last
        # commits but never corrupts the file, and a commit no longer waits for an fsync
        # (two per patient page: the session and the audit entry).
        config.setdefault("OPTIONS", {}).update(
            timeout=20,
            transaction_mode="IMMEDIATE",
            init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        )
    return config


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts -----------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses any authenticate() while username+IP is locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Offline breached-password check: a bundled list of leaked passwords (no network).
    {"NAME": "portal.accounts.password_validation.BreachedPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "home"

SESSION_COOKIE_AGE = env_int("SESSION_IDLE_TIMEOUT_SECONDS", 15 * 60, minimum=60)
# Idle timeout: every request pushes the expiry forward.
SESSION_SAVE_EVERY_REQUEST = True
# Absolute lifetime: however active, a session ends this long after sign-in.
SESSION_ABSOLUTE_SECONDS = env_int("SESSION_ABSOLUTE_SECONDS", 12 * 60 * 60, minimum=300)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- Login throttling, 2FA, security headers, API tokens -----------------------
# In portal/settings/security.py (this file would pass 400 lines otherwise).
from portal.settings.security import *  # noqa: E402, F403

# --- E-mail -------------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "portal@localhost")
# The portal's address as people reach it: links in e-mails sent by workers (no request).
PORTAL_BASE_URL = env_str("PORTAL_BASE_URL", "http://127.0.0.1:8000")

# --- I18N / static ------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]

# --- File storage -------------------------------------------------------------
# Patient files live in a private store that no URL serves directly; downloads
# go through a view that checks the owner.
STORAGE_BACKEND = env_choice("STORAGE_BACKEND", ("local", "s3"), "local")
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))


def _s3_encryption() -> dict[str, str]:
    mode = env_choice("S3_SSE", ("AES256", "aws:kms", "none"), "AES256")
    if mode == "none":
        return {}
    params = {"ServerSideEncryption": mode}
    key_id = env_str("S3_SSE_KMS_KEY_ID", "")
    if key_id:
        if mode != "aws:kms":
            raise ImproperlyConfigured(
                "Environment variable S3_SSE_KMS_KEY_ID needs S3_SSE=aws:kms."
            )
        params["SSEKMSKeyId"] = key_id
    return params


if STORAGE_BACKEND == "s3":
    _private_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("S3_BUCKET", required=True),
            "endpoint_url": env_str("S3_ENDPOINT_URL", "") or None,
            "access_key": env_str("S3_ACCESS_KEY_ID", ""),
            "secret_key": env_str("S3_SECRET_ACCESS_KEY", ""),
            "region_name": env_str("S3_REGION", "us-east-1"),
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": env_int("S3_URL_EXPIRE_SECONDS", 60, minimum=1),
            "file_overwrite": False,
            # Encryption at rest in the bucket: every object is written with this
            # server-side encryption (README, "Encryption at rest").
            "object_parameters": _s3_encryption(),
        },
    }
else:
    _private_storage = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
    }

STORAGES = {
    "default": _private_storage,
    "private": _private_storage,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

RECORD_MAX_BYTES = env_int("RECORD_MAX_BYTES", 20 * 1024 * 1024, minimum=1024)
RECORD_MAX_PAGES = env_int("RECORD_MAX_PAGES", 50, minimum=1)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# Any request body larger than this is refused (413) from its Content-Length before it is
# read: the largest record plus room for the multipart envelope. The reverse proxy in
# front should enforce the same cap (docker-compose.yml).
MAX_REQUEST_BODY_BYTES = env_int(
    "MAX_REQUEST_BODY_BYTES", RECORD_MAX_BYTES + 1024 * 1024, minimum=RECORD_MAX_BYTES
)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# --- Extraction limits (child process) ----------------------------------------
EXTRACTION_TIMEOUT_SECONDS = env_int("EXTRACTION_TIMEOUT_SECONDS", 60, minimum=1)
EXTRACTION_MEMORY_BYTES = env_int("EXTRACTION_MEMORY_BYTES", 1024 * 1024 * 1024, minimum=1 << 26)
# Extra seconds the parser child gets for each page it reads by OCR (a scan or a photo).
EXTRACTION_OCR_PAGE_SECONDS = env_int("EXTRACTION_OCR_PAGE_SECONDS", 20, minimum=1)
EXTRACTION_MAX_ATTEMPTS = env_int("EXTRACTION_MAX_ATTEMPTS", 3, minimum=1)

# --- Celery -------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL and not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(
        f"Environment variable REDIS_URL={REDIS_URL!r} must start with redis://, rediss:// or unix://."
    )
# Embedded default: without Redis, tasks run eagerly in-process.
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 90, minimum=1)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 120, minimum=2)
if CELERY_TASK_TIME_LIMIT <= CELERY_TASK_SOFT_TIME_LIMIT:
    raise ImproperlyConfigured(
        "Environment variable CELERY_TASK_TIME_LIMIT must exceed CELERY_TASK_SOFT_TIME_LIMIT."
    )
CELERY_BROKER_VISIBILITY_TIMEOUT = env_int(
    "CELERY_BROKER_VISIBILITY_TIMEOUT", 3600, minimum=CELERY_TASK_TIME_LIMIT
)
CELERY_WORKER_CONCURRENCY = env_int("CELERY_WORKER_CONCURRENCY", 2, minimum=1)
# Periodic jobs (celery beat): nothing uploaded waits forever (records stuck or lost).
CELERY_BEAT_SCHEDULE = {
    "requeue-stuck-records": {
        "task": "records.tasks.requeue_stuck",
        "schedule": env_int("REQUEUE_STUCK_EVERY_SECONDS", 60, minimum=5),
    },
    # Expired API tokens of clients that never came back (hourly).
    "purge-expired-tokens": {
        "task": "portal.accounts.tasks.purge_expired_tokens",
        "schedule": 3600,
    },
    # Caregivers' shares that expired: both sides are told (every 10 minutes).
    "end-expired-shares": {
        "task": "sharing.tasks.end_expired_shares",
        "schedule": 600,
    },
}

# --- REST framework -----------------------------------------------------------
AUTH_THROTTLE_RATE = env_str("AUTH_THROTTLE_RATE", "10/minute")
if not re.fullmatch(r"[1-9]\d*/(second|minute|hour|day)", AUTH_THROTTLE_RATE):
    raise ImproperlyConfigured(
        f"Environment variable AUTH_THROTTLE_RATE={AUTH_THROTTLE_RATE!r} must look like "
        "10/minute (per second, minute, hour or day)."
    )
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "knox.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    # Views opt in with throttle_scope; the counters live in the "throttle" cache.
    "DEFAULT_THROTTLE_CLASSES": ["portal.accounts.throttle.ScopedThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        # Register, token and password reset, per client address.
        "auth": AUTH_THROTTLE_RATE,
        # Reset e-mails to one address, whoever asks (a mailbox is not flooded).
        "password_reset": "3/hour",
    },
    # REMOTE_ADDR identifies the client: X-Forwarded-For is whatever the client says.
    "NUM_PROXIES": 0,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Lung Cancer Patient Portal API",
    "DESCRIPTION": "Records, findings and general answers. Health information, not medical advice.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Logging ------------------------------------------------------------------
# Application logs carry ids and states only, never report text (PHI).
LOG_LEVEL = env_choice("LOG_LEVEL", ("DEBUG", "INFO", "WARNING", "ERROR"), "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # pdfminer logs fragments of document text at DEBUG/WARNING.
        "pdfminer": {"level": "ERROR"},
    },
}

# Serve static files straight from the source folders while developing.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
