"""Liveness/readiness: database and broker, each named when failing."""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def check_broker() -> str:
    if not settings.REDIS_URL:
        return "eager"  # embedded default: tasks run in-process, no broker to reach
    from kombu import Connection

    with Connection(settings.REDIS_URL, connect_timeout=2) as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return "ok"


CHECKS = {"database": check_database, "broker": check_broker}


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    result: dict[str, str] = {}
    failing: list[str] = []
    for name, check in CHECKS.items():
        try:
            result[name] = check()
        except Exception as exc:  # any failure of a dependency makes us unready
            # Name the part and the error class only: no connection strings.
            result[name] = f"error: {type(exc).__name__}"
            failing.append(name)
    status = 503 if failing else 200
    return JsonResponse(
        {"status": "fail" if failing else "ok", "checks": result, "failing": failing},
        status=status,
    )
