"""factory_boy factories for records (findings: tests/biomarkers/factories.py)."""

from __future__ import annotations

import hashlib
import uuid

import factory
from django.utils import timezone

from records.models import Record, RecordStatus
from tests.factories import UserFactory


class RecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Record

    owner = factory.SubFactory(UserFactory)
    filename = factory.Sequence(lambda n: f"report-{n}.pdf")
    storage_key = factory.LazyFunction(lambda: f"records/test/{uuid.uuid4().hex}.pdf")
    sha256 = factory.LazyFunction(lambda: hashlib.sha256(uuid.uuid4().bytes).hexdigest())
    size = 1234
    page_count = 1
    status = RecordStatus.DONE
    queued_at = factory.LazyFunction(timezone.now)
    pages = factory.LazyFunction(lambda: ["Final diagnosis: adenocarcinoma."])
