"""factory_boy factories for records and findings."""

from __future__ import annotations

import hashlib
import uuid

import factory
from django.utils import timezone

from biomarkers.models import Finding, FindingKind
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


class FindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Finding

    record = factory.SubFactory(RecordFactory)
    kind = FindingKind.BIOMARKER
    gene = "EGFR"
    status = "positive"
    variants = factory.LazyFunction(lambda: ["L858R"])
    value = factory.LazyFunction(dict)
    page = 1
    sentence = "EGFR L858R mutation detected."
    char_start = 0
    char_end = 29
    position = factory.Sequence(lambda n: n)
