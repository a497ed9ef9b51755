"""Sign-in events from Django's auth signals and django-axes, into the audit trail."""

from __future__ import annotations

from typing import Any

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from portal.audit.models import AuditAction
from portal.audit.services import audit_auth_event


def _user_for(credentials: dict | None, username: str | None = None) -> Any:
    """The account a failed attempt named, if it exists (the attempt goes in its log)."""
    email = username or (credentials or {}).get("username") or (credentials or {}).get("email")
    if not email or not isinstance(email, str):
        return None
    return get_user_model().objects.filter(email__iexact=email.strip()).first()


@receiver(user_logged_in, dispatch_uid="audit-sign-in")
def _signed_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    # A sign-in that came over no HTTP connection (a shell, a test client's force_login)
    # has no client to record.
    if request is None or not request.META.get("REMOTE_ADDR"):
        return
    audit_auth_event(event=AuditAction.SIGN_IN, user=user, request=request)


@receiver(user_logged_out, dispatch_uid="audit-sign-out")
def _signed_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is None or getattr(user, "pk", None) is None:
        return  # an anonymous visitor, or an account deleted in this request
    audit_auth_event(event=AuditAction.SIGN_OUT, user=user, request=request)


@receiver(user_login_failed, dispatch_uid="audit-sign-in-failed")
def _sign_in_failed(
    sender: Any, credentials: dict | None = None, request: Any = None, **kwargs: Any
) -> None:
    audit_auth_event(
        event=AuditAction.SIGN_IN_FAILED,
        user=_user_for(credentials),
        request=request,
        actor=None,
        status_code=400,
    )


@receiver(user_locked_out, dispatch_uid="audit-lockout")
def _locked_out(sender: Any, request: Any = None, username: str | None = None, **kwargs: Any):
    audit_auth_event(
        event=AuditAction.LOCKOUT,
        user=_user_for(None, username),
        request=request,
        actor=None,
        status_code=429,
    )
