"""Reads on records; every function filters by the owner."""

from __future__ import annotations

import uuid

from django.db.models import QuerySet
from django.http import Http404

from records.models import Record


def record_list(*, owner) -> QuerySet[Record]:
    return Record.objects.filter(owner=owner).defer("pages").order_by("-uploaded_at", "-id")


def record_get(*, owner, record_id: uuid.UUID | str) -> Record:
    """The owner's record with this public id; Http404 for anyone else's or unknown ids."""
    try:
        record_uuid = uuid.UUID(str(record_id))
    except ValueError:
        raise Http404("No such record.") from None
    record = Record.objects.filter(owner=owner, public_id=record_uuid).first()
    if record is None:
        raise Http404("No such record.")
    return record
