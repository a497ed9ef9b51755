"""Writes on the audit trail. Entries are only ever added; deletion is reserved for erasing a
deleted patient's trail (``audit_purge_patient``)."""

from __future__ import annotations

import logging
from typing import Any

from django.http import HttpRequest

from portal.audit.models import ActorKind, AuditAction, AuditEntry

logger = logging.getLogger(__name__)
# Operators' structured stream of sign-in events: key=value, ids only, never an e-mail.
events_logger = logging.getLogger("portal.audit.events")

USER_AGENT_MAX = 200
# audit_auth_event's default actor: the account itself (None means nobody signed in).
SELF = object()


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


def audit_auth_event(
    *,
    event: str,
    user: Any,
    request: HttpRequest | None = None,
    actor: Any = SELF,
    object_type: str = "account",
    object_id: str = "",
    status_code: int | None = None,
) -> AuditEntry | None:
    """A sign-in/credential event about ``user``'s account, in that user's own access log.

    ``actor`` is who did it when not the user (a staff member setting a password; None for
    an attempt by someone not signed in). ``user``
    is None for a failed sign-in on an unknown e-mail: the operators' log line only.
    """
    actor = user if actor is SELF else actor
    events_logger.info(
        "event=%s user_id=%s actor_id=%s actor_kind=%s object_type=%s",
        event,
        getattr(user, "pk", None) or "-",
        getattr(actor, "pk", None) or "-",
        actor_kind(actor),
        object_type,
    )
    if user is None or user.pk is None:
        return None
    # Not this request's data access: whatever the middleware would record still is.
    previous = getattr(request, "audit_recorded", None)
    entry = audit_record(
        actor=actor,
        patient_id=user.pk,
        action=event,
        object_type=object_type,
        object_id=object_id or str(user.pk),
        request=request,
        status_code=status_code,
    )
    if request is not None:
        if previous is None:
            del request.audit_recorded
        else:
            request.audit_recorded = previous
    return entry


def audit_anonymise_actor(*, user: Any) -> int:
    """Before an account is deleted: entries it left in OTHER patients' logs stay, with the
    actor replaced by "a deleted account" (no id, address or browser of the deleted person).
    The victim keeps the evidence; the deleted patient's own trail is purged separately."""
    from django.db.models import Q

    return (
        AuditEntry.objects.filter(actor_id=user.pk, patient_id__isnull=False)
        .filter(~Q(patient_id=user.pk))
        .update(actor_id=None, actor_kind=ActorKind.DELETED, ip=None, user_agent="")
    )


def audit_purge_patient(*, patient_id: int) -> int:
    """Erase the trail about and by a patient whose account is being deleted."""
    from django.db.models import Q

    deleted, _ = AuditEntry.objects.filter(
        Q(patient_id=patient_id) | Q(actor_id=patient_id)
    ).delete()
    return deleted
