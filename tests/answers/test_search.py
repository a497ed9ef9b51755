"""Search: only published answers; icontains on SQLite, full-text search on PostgreSQL."""

from __future__ import annotations

import os

import pytest
from django.db import connection

from answers import services
from answers.selectors import answer_list, answers_by_topic
from tests.answers.helpers import make_answer
from tests.conftest import skip_or_fail

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(moderator, second_moderator):
    alk = make_answer(moderator, publish_with=second_moderator)
    egfr = make_answer(
        moderator,
        slug="egfr",
        title="What does an EGFR mutation mean?",
        summary="Mutations in EGFR.",
        body="Osimertinib is one EGFR medicine.",
        topics=["egfr"],
        publish_with=second_moderator,
    )
    draft = make_answer(moderator, slug="draft", title="ALK draft", topics=["alk"])
    return alk, egfr, draft


def test_only_published_answers_are_found(corpus, moderator):
    alk, egfr, _draft = corpus
    assert set(answer_list(q="ALK")) == {alk}
    assert set(answer_list(q="egfr medicine")) == {egfr}
    assert list(answer_list(q="zebrafish")) == []
    services.answer_archive(answer=alk, moderator=moderator)
    assert list(answer_list(q="ALK")) == []  # archived: gone from search
    assert alk not in answer_list()
    assert [t.slug for t, _ in answers_by_topic()] == ["egfr"]


def test_topic_filter(corpus):
    alk, egfr, _ = corpus
    assert list(answer_list(topic="egfr")) == [egfr]
    assert list(answer_list(topic="biomarkers")) == [alk]


def test_postgres_full_text_search_stems_and_ranks(corpus):
    if connection.vendor != "postgresql":
        if os.environ.get("DATABASE_URL", "").startswith("postgres"):
            pytest.fail("DATABASE_URL is postgres but the connection is not")
        skip_or_fail("PostgreSQL full-text search needs DATABASE_URL=postgres://...")
    _alk, egfr, _ = corpus
    # Stemming: "mutations" matches "mutation"; icontains would also, so test one it cannot.
    assert list(answer_list(q="mutated OR mutations")) == [egfr]
    results = list(answer_list(q="medicines"))
    assert egfr in results  # "medicine" in the body, stemmed
    assert hasattr(results[0], "rank")
