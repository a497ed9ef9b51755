"""Writes on the audit trail. Entries are only ever added; deletion is reserved for erasing a
deleted patient's trail (``audit_purge_patient``)."""

from __future__ import annotations

import logging
from typing import Any

from django.http import HttpRequest

from portal.audit.models import ActorKind, AuditAction, AuditEntry

logger = logging.getLogger(__name__)

USER_AGENT_MAX = 200


def client_ip(request: HttpRequest) -> str | None:
    # REMOTE_ADDR only: X-Forwarded-For is client-controlled unless a trusted proxy rewrites
    # it, and the deployment's proxy is expected to set REMOTE_ADDR (e.g. gunicorn's
    # --forwarded-allow-ips).
    ip = request.META.get("REMOTE_ADDR") or None
    return ip


def actor_kind(user: Any) -> str:
    if user is None or not getattr(user, "is_authenticated", False):
        return ActorKind.SYSTEM
    return ActorKind.STAFF if user.is_staff else ActorKind.PATIENT


def audit_record(
    *,
    actor: Any,
    patient_id: int | None,
    action: str,
    object_type: str,
    object_id: str = "",
    request: HttpRequest | None = None,
    route: str = "",
    status_code: int | None = None,
) -> AuditEntry:
    """Append one entry. ``actor`` is a user (or None for the system); ids only, no PHI."""
    if action not in AuditAction.values:
        raise ValueError(f"unknown audit action {action!r}")
    entry = AuditEntry(
        actor_id=getattr(actor, "pk", None),
        actor_kind=actor_kind(actor),
        patient_id=patient_id,
        action=action,
        object_type=object_type[:32],
        object_id=str(object_id or "")[:64],
        route=route[:100],
    )
    if request is not None:
        entry.method = request.method or ""
        entry.ip = client_ip(request)
        entry.user_agent = request.META.get("HTTP_USER_AGENT", "")[:USER_AGENT_MAX]
        if not entry.route and getattr(request, "resolver_match", None):
            entry.route = (request.resolver_match.view_name or "")[:100]
        # The view did its own logging: the middleware must not add a second entry.
        request.audit_recorded = True
    entry.status_code = status_code
    entry.save()
    return entry


def audit_purge_patient(*, patient_id: int) -> int:
    """Erase the trail about and by a patient whose account is being deleted."""
    from django.db.models import Q

    deleted, _ = AuditEntry.objects.filter(
        Q(patient_id=patient_id) | Q(actor_id=patient_id)
    ).delete()
    return deleted
