"""Reads on shares. A caregiver reaches a share only while it is accepted, unrevoked and
unexpired; anything else is Http404, the same answer as a share that never existed."""

from __future__ import annotations

import uuid

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from sharing.models import Scope, Share


def _uuid(value) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise Http404("No such share.") from None


def share_list(*, patient) -> QuerySet[Share]:
    return Share.objects.filter(patient=patient).select_related("caregiver")


def share_get(*, patient, share_id) -> Share:
    share = Share.objects.filter(patient=patient, public_id=_uuid(share_id)).first()
    if share is None:
        raise Http404("No such share.")
    return share


def shares_with_me(*, caregiver, now=None) -> QuerySet[Share]:
    now = now or timezone.now()
    return (
        Share.objects.filter(
            caregiver=caregiver,
            accepted_at__isnull=False,
            revoked_at__isnull=True,
            expires_at__gt=now,
        )
        .select_related("patient")
        .order_by("expires_at", "id")
    )


def share_for_caregiver(*, caregiver, share_id, scope: str | None = None, now=None) -> Share:
    """The active share with this id given to ``caregiver``; ``scope="records"`` also
    requires a records share (a summary share does not open the reports)."""
    share = shares_with_me(caregiver=caregiver, now=now).filter(public_id=_uuid(share_id)).first()
    if share is None or (scope == Scope.RECORDS and share.scope != Scope.RECORDS):
        raise Http404("No such share.")
    return share


def patient_name(*, share: Share) -> str:
    patient = share.patient
    return patient.display_name or patient.email


def caregiver_emails(*, patient) -> dict[int, str]:
    """Caregiver account id -> the address the patient invited (for the access log), for
    every share the patient ever gave, revoked and expired ones too."""
    rows = Share.objects.filter(patient=patient, caregiver__isnull=False).values_list(
        "caregiver_id", "email"
    )
    return dict(rows)


def invited_account_exists(*, share: Share) -> bool:
    return get_user_model().objects.filter(email__iexact=share.email).exists()
