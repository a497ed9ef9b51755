"""The answer library (home and /answers/): each answer once, topics as filters on shelves."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from answers import selectors
from tests.answers.helpers import make_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(moderator, second_moderator):
    alk = make_answer(
        moderator,
        topics=["alk", "biomarkers", "targeted-therapy"],
        publish_with=second_moderator,
    )
    stage = make_answer(
        moderator,
        slug="stage",
        title="What does the stage mean?",
        topics=["stage"],
        publish_with=second_moderator,
    )
    draft = make_answer(moderator, slug="draft", title="A DRAFT ANSWER", topics=["alk"])
    return alk, stage, draft


def test_shelves_count_published_answers_only(library):
    shelves = {
        s.title: [(t.slug, n) for t, n in s.topics] for s in selectors.answer_library().shelves
    }
    assert shelves == {
        "Your diagnosis and your reports": [("stage", 1)],
        "Genes and biomarkers": [("biomarkers", 1), ("alk", 1)],
        "Treatment": [("targeted-therapy", 1)],
    }


@pytest.mark.parametrize("url", ["/", "/answers/"])
def test_each_published_answer_is_listed_once(client, library, url):
    alk, stage, _draft = library
    html = client.get(url).content.decode()
    # Three topics of the ALK answer, still one link to it.
    assert html.count(f'href="{alk.get_absolute_url()}"') == 1
    assert html.count(f'href="{stage.get_absolute_url()}"') == 1
    assert "A DRAFT ANSWER" not in html
    assert f'href="{reverse("answers:list")}?topic=alk"' in html


def test_topic_filter_names_the_topic(client, library):
    alk, stage, _draft = library
    html = client.get(reverse("answers:list"), {"topic": "alk"}).content.decode()
    assert "1 answer on ALK" in html
    assert alk.title in html and stage.title not in html


def test_home_query_count_does_not_grow_with_answers(client, moderator, second_moderator):
    make_answer(moderator, publish_with=second_moderator)
    with CaptureQueriesContext(connection) as few:
        client.get("/")
    for n in range(5):
        make_answer(moderator, slug=f"more-{n}", title=f"More {n}", publish_with=second_moderator)
    with CaptureQueriesContext(connection) as many:
        client.get("/")
    assert len(many) == len(few)
