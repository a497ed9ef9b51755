"""Reads on the audit trail, plus the owner lookups the middleware needs."""

from __future__ import annotations

import uuid

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


def owner_id_of(*, object_type: str, object_id: str, by_pk: bool = False) -> int | None:
    """The patient an object belongs to, for attributing an access (also a refused one).

    Only the owner's integer id is read, never the object's content; this is the one
    place outside the owning apps' selectors that looks objects up without an owner filter,
    because its purpose is to find the owner.
    """
    from biomarkers.models import Finding
    from records.models import Record

    if by_pk:
        if not str(object_id).isdigit():
            return None
        key = {"pk": int(object_id)}
    else:
        parsed = _as_uuid(object_id)
        if parsed is None:
            return None
        key = {"public_id": parsed}
    if object_type == "record":
        return Record.objects.filter(**key).values_list("owner_id", flat=True).first()
    if object_type == "finding":
        return Finding.objects.filter(**key).values_list("record__owner_id", flat=True).first()
    if object_type == "audit_entry":
        return AuditEntry.objects.filter(**key).values_list("patient_id", flat=True).first()
    if object_type == "account" and by_pk:
        return key["pk"]
    return None
