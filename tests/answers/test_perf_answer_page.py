"""Query budget of the personalized answer page once the general content is cached."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from biomarkers.models import FindingKind
from tests.answers.helpers import make_answer
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory

pytestmark = pytest.mark.django_db


def _answer_tables(ctx: CaptureQueriesContext) -> list[str]:
    return [q["sql"] for q in ctx.captured_queries if "answers_" in q["sql"]]


def _finding_tables(ctx: CaptureQueriesContext) -> list[str]:
    return [q["sql"] for q in ctx.captured_queries if "biomarkers_finding" in q["sql"]]


def test_warm_page_reads_one_version_row_set_and_one_findings_query(
    alice_client, alice, moderator, second_moderator, django_assert_max_num_queries
):
    answer = make_answer(moderator, publish_with=second_moderator)
    for i in range(4):
        make_answer(moderator, slug=f"more-{i}", topics=["alk"], publish_with=second_moderator)
        record = RecordFactory(owner=alice, filename=f"report-{i}.pdf")
        FindingFactory(record=record, kind=FindingKind.BIOMARKER, gene="ALK", status="positive")
        FindingFactory(record=record, kind=FindingKind.BIOMARKER, gene="EGFR", status="negative")
    url = reverse("answers:detail", kwargs={"slug": answer.slug})
    assert alice_client.get(url).status_code == 200  # fills the cache
    with CaptureQueriesContext(connection) as ctx:
        response = alice_client.get(url)
    assert response.status_code == 200 and "What your records show" in response.content.decode()
    # The general content: only the version stamp is read; the profile: one query.
    assert len(_answer_tables(ctx)) == 1, _answer_tables(ctx)
    assert len(_finding_tables(ctx)) == 1, _finding_tables(ctx)
    with django_assert_max_num_queries(9):  # session, user, stamp, findings, audit, session
        alice_client.get(url)


def test_patient_without_findings_costs_one_more_query(bob_client, moderator, second_moderator):
    answer = make_answer(moderator, publish_with=second_moderator)
    url = reverse("answers:detail", kwargs={"slug": answer.slug})
    bob_client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        html = bob_client.get(url).content.decode()
    assert "You have not uploaded any reports yet" in html
    assert len(_answer_tables(ctx)) == 1
    assert len([q for q in ctx.captured_queries if "records_record" in q["sql"]]) == 2
