"""Reads on the audit trail, plus the owner lookups the middleware needs."""

from __future__ import annotations

import uuid
from typing import Any

from django.db.models import QuerySet

from portal.audit.models import AuditEntry


def audit_list(*, patient) -> QuerySet[AuditEntry]:
    """Entries about this patient's data (their own access, staff access, refused attempts)."""
    return AuditEntry.objects.filter(patient_id=patient.pk).order_by("-at", "-id")


def _as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _owner_lookups() -> dict[str, tuple[Any, str]]:
    """object type -> (model, path to the owning patient's id)."""
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from answers.models import Feedback
    from biomarkers.models import Finding
    from portal.accounts.models import ApiToken
    from records.models import Record
    from sharing.models import Share

    return {
        "record": (Record, "owner_id"),
        "finding": (Finding, "record__owner_id"),
        "audit_entry": (AuditEntry, "patient_id"),
        "token": (ApiToken, "user_id"),
        "feedback": (Feedback, "user_id"),
        "totp_device": (TOTPDevice, "user_id"),
        "static_device": (StaticDevice, "user_id"),
        "share": (Share, "patient_id"),
    }


def owner_id_of(*, object_type: str, object_id: str, by_pk: bool = False) -> int | None:
    """The patient an object belongs to, for attributing an access (also a refused one).

    Only the owner's integer id is read, never the object's content; this is the one
    place outside the owning apps' selectors that looks objects up without an owner filter,
    because its purpose is to find the owner.
    """
    if object_type == "account":
        return int(object_id) if by_pk and str(object_id).isdigit() else None
    lookups = _owner_lookups()
    if object_type not in lookups:
        return None
    model, owner_path = lookups[object_type]
    if by_pk:
        pk_field = model._meta.pk
        # Integer keys must look like integers; a token's key is its digest (a string).
        if pk_field.get_internal_type().endswith("AutoField") and not str(object_id).isdigit():
            return None
        key = {"pk": object_id}
    else:
        parsed = _as_uuid(object_id)
        if parsed is None:
            return None
        key = {"public_id": parsed}
    return model.objects.filter(**key).values_list(owner_path, flat=True).first()


def owner_ids_in(*, objects: Any) -> list[int]:
    """Distinct patients whose rows an admin list page showed (each gets an entry)."""
    owners: list[int] = []
    for obj in objects:
        owner = _instance_owner(obj)
        if owner is not None and owner not in owners:
            owners.append(owner)
    return owners


def _instance_owner(obj: Any) -> int | None:
    for attr in ("owner_id", "user_id", "patient_id"):
        value = getattr(obj, attr, None)
        if value is not None:
            return value
    record = getattr(obj, "record", None)
    if record is not None:
        return record.owner_id
    if obj.__class__.__name__ == "User":
        return obj.pk
    return None
