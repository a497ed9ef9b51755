"""factory_boy factories for findings (their records: tests/records/factories.py)."""

from __future__ import annotations

import factory

from biomarkers.models import Finding, FindingKind
from tests.records.factories import RecordFactory


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
