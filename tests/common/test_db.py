"""common.db.PreparedQuery: SQL built once, real values swapped in, Django's own conversions."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from biomarkers.models import Finding
from common.db import PreparedQuery
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory

COLUMNS = ("public_id", "variants", "value", "record__uploaded_at", "record__owner_id")


def _findings_of(owner_id):
    return Finding.objects.filter(record__owner_id=owner_id).order_by("id").values_list(*COLUMNS)


QUERY = PreparedQuery(_findings_of, owner_id=-1)


@pytest.mark.django_db
def test_rows_equal_the_querysets_and_follow_the_value_given(alice, bob):
    FindingFactory(record=RecordFactory(owner=alice), value={"tps": 60}, variants=["EML4-ALK"])
    FindingFactory(record=RecordFactory(owner=alice))
    FindingFactory(record=RecordFactory(owner=bob), variants=["G12C"])

    for patient in (alice, bob, alice):
        rows = QUERY.rows(owner_id=patient.pk)
        assert rows == list(_findings_of(patient.pk))
        assert {row[-1] for row in rows} == {patient.pk}
    row = QUERY.rows(owner_id=alice.pk)[0]
    # Converted as the ORM converts them, on SQLite (text) as on PostgreSQL (native types).
    assert isinstance(row[0], uuid.UUID)
    assert row[1] == ["EML4-ALK"] and row[2] == {"tps": 60}
    assert isinstance(row[3], datetime) and row[3].tzinfo is not None


@pytest.mark.django_db
def test_one_query_per_call(alice):
    FindingFactory(record=RecordFactory(owner=alice))
    QUERY.rows(owner_id=alice.pk)
    with CaptureQueriesContext(connection) as queries:
        QUERY.rows(owner_id=alice.pk)
    assert len(queries) == 1


@pytest.mark.django_db
def test_values_must_match_the_placeholders(alice):
    with pytest.raises(TypeError, match="owner_id"):
        QUERY.rows()
    with pytest.raises(TypeError, match="owner_id"):
        QUERY.rows(owner_id=alice.pk, other=1)


@pytest.mark.django_db
def test_a_sentinel_that_is_not_in_the_query_is_refused():
    # Without the sentinel in the parameters there would be nowhere to put the real value,
    # and the query would silently run for the sentinel.
    query = PreparedQuery(lambda owner_id: _findings_of(5), owner_id=-1)
    with pytest.raises(ValueError, match="appears 0 times"):
        query.rows(owner_id=5)


@pytest.mark.django_db(transaction=True)
def test_each_thread_uses_its_own_connection(alice):
    # Django gives every thread its own connection; each gets its own compiled query.
    import threading

    from django.db import connections

    FindingFactory(record=RecordFactory(owner=alice))
    results: list = []

    def run() -> None:
        try:
            results.append(QUERY.rows(owner_id=alice.pk))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(r == list(_findings_of(alice.pk)) for r in results)
