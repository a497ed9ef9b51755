"""API tokens ("signed-in devices"): issue, list, revoke. Writes and reads for the views.

Tokens are django-rest-knox tokens in our model (portal.accounts.models.ApiToken): only
a digest is stored, each expires (REST_KNOX["TOKEN_TTL"], from API_TOKEN_TTL_DAYS), and
every change of credentials revokes them all (password: User.save; 2FA: otp_services).
"""

from __future__ import annotations

import uuid

from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from portal.accounts.models import ApiToken, User
from portal.audit.services import audit_auth_event, client_ip

LABEL_MAX = 200


def token_create(*, user: User, request: HttpRequest | None = None) -> tuple[ApiToken, str]:
    """A new token for one client; the plain key is returned once and never stored."""
    label = ""
    ip = None
    if request is not None:
        label = request.META.get("HTTP_USER_AGENT", "")[:LABEL_MAX]
        ip = client_ip(request)
    instance, key = ApiToken.objects.create(user=user, label=label or "API client", ip=ip)
    audit_auth_event(
        event="token_create", user=user, request=request, object_type="token",
        object_id=str(instance.public_id),
    )  # fmt: skip
    if request is not None:
        # A new device signed in over the API: told like a sign-in on the web (issue 18).
        from notifications.events import notify_sign_in

        notify_sign_in(user=user)
    return instance, key


def token_list(*, user: User) -> QuerySet[ApiToken]:
    """The user's live tokens, newest first (expired ones are not devices any more)."""
    return ApiToken.objects.filter(user=user, expiry__gt=timezone.now()).order_by("-created")


def token_get(*, user: User, public_id: uuid.UUID | str) -> ApiToken | None:
    """One of the user's own tokens; None for anyone else's (callers answer 404)."""
    try:
        key = uuid.UUID(str(public_id))
    except ValueError:
        return None
    return ApiToken.objects.filter(user=user, public_id=key).first()


@transaction.atomic
def token_revoke(*, token: ApiToken, request: HttpRequest | None = None) -> None:
    public_id, user = token.public_id, token.user
    token.delete()
    audit_auth_event(
        event="token_revoke", user=user, request=request, object_type="token",
        object_id=str(public_id),
    )  # fmt: skip
    if request is not None:
        # This entry is the revoke route's own record (registry: service_logged).
        request.audit_recorded = True


@transaction.atomic
def tokens_revoke_all(*, user: User, reason: str, request: HttpRequest | None = None) -> int:
    """Revoke every token of the user after a credential change; audited when any existed."""
    deleted, _ = ApiToken.objects.filter(user=user).delete()
    if deleted:
        audit_auth_event(
            event="token_revoke", user=user, request=request, object_type="token",
            object_id=f"all:{reason}"[:64],
        )  # fmt: skip
    return deleted


def tokens_purge_expired() -> int:
    """Delete expired tokens (knox removes them only when their owner next calls the API)."""
    deleted, _ = ApiToken.objects.filter(expiry__lte=timezone.now()).delete()
    return deleted
