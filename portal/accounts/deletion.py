"""Delete my account: every trace of the patient's data, after the password is re-entered.

Removed: stored files (and anything else under the patient's storage folder), records,
findings and their history rows, API tokens, every session of the user (not only the
current one), 2FA devices, answer feedback, saved questions, and the audit trail about
them. Kept: one anonymous audit entry that an account (by its former numeric id) was deleted,
and when.
"""

from __future__ import annotations

import logging

from django.contrib.auth import authenticate
from django.contrib.sessions.models import Session
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from portal.audit.models import AuditAction
from portal.audit.services import audit_anonymise_actor, audit_purge_patient, audit_record

logger = logging.getLogger(__name__)

WRONG_PASSWORD = "That password is not right. Your account has not been deleted."  # noqa: S105
STAFF_REFUSED = "Staff accounts are removed by an administrator, not from this page."


class DeletionRefused(Exception):
    """The account was not deleted; ``str(exc)`` is a sentence the user understands."""


def _user_sessions(user_pk: int) -> list[str]:
    # The session table does not index the user: decode the live ones. Sessions hold no
    # index by user in Django's DB backend, and expired ones are cleared by clearsessions.
    keys = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        try:
            data = session.get_decoded()
        except Exception:  # noqa: S112 - a corrupt session can't belong to anyone
            continue
        if str(data.get("_auth_user_id")) == str(user_pk):
            keys.append(session.session_key)
    return keys


def password_confirms(*, user, password: str, request: HttpRequest | None) -> bool:
    # authenticate(), not check_password(): wrong guesses count toward the axes lockout.
    if not password:
        return False
    confirmed = authenticate(request, username=user.email, password=password)
    return confirmed is not None and confirmed.pk == user.pk


def account_delete(*, user, password: str, request: HttpRequest | None = None) -> None:
    """Delete the account and all its data. Raises DeletionRefused (nothing deleted)."""
    if user.is_staff:
        raise DeletionRefused(STAFF_REFUSED)
    if not password_confirms(user=user, password=password, request=request):
        raise DeletionRefused(WRONG_PASSWORD)
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from answers.reader_services import feedback_delete_for, saved_questions_delete_for
    from portal.accounts.models import ApiToken
    from records.services import records_delete_for

    user_pk = user.pk
    with transaction.atomic():
        # Each app deletes its own rows (records also its findings and, on commit, its files).
        records_delete_for(owner=user)
        ApiToken.objects.filter(user=user).delete()
        Session.objects.filter(session_key__in=_user_sessions(user_pk)).delete()
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        feedback_delete_for(user=user)
        saved_questions_delete_for(owner=user)
        # Entries this account left in other patients' logs stay, anonymised (issue 14).
        audit_anonymise_actor(user=user)
        audit_purge_patient(patient_id=user_pk)
        audit_record(
            actor=user,
            patient_id=None,
            action=AuditAction.ACCOUNT_DELETE,
            object_type="account",
            object_id=str(user_pk),
            route="account-delete",
            status_code=200,
        )
        if request is not None:
            # No IP or browser kept for the deletion: only that it happened, and when.
            request.audit_recorded = True
        user.delete()
