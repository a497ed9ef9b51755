"""Shares in any state, straight into the database (the service has its own tests)."""

from __future__ import annotations

from datetime import timedelta

import factory
from django.utils import timezone

from sharing.models import Scope, Share
from tests.factories import UserFactory


class ShareFactory(factory.django.DjangoModelFactory):
    """An accepted, active share of ``patient``'s data with ``caregiver`` (records scope)."""

    class Meta:
        model = Share

    patient = factory.SubFactory(UserFactory)
    caregiver = factory.SubFactory(UserFactory)
    email = factory.LazyAttribute(lambda o: o.caregiver.email if o.caregiver else "x@example.org")
    scope = Scope.RECORDS
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    accepted_at = factory.LazyFunction(timezone.now)
    invite_nonce = ""


def expired_share(**kwargs) -> Share:
    now = timezone.now()
    return ShareFactory(
        created_at=now - timedelta(days=31), expires_at=now - timedelta(seconds=1), **kwargs
    )


def revoked_share(**kwargs) -> Share:
    return ShareFactory(revoked_at=timezone.now(), **kwargs)
