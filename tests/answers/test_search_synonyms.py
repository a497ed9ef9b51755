"""Search: brand and generic drug names, common synonyms, exact title matches first."""

from __future__ import annotations

import pytest

from answers.search import query_terms
from answers.selectors import answer_list
from tests.answers.helpers import make_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(moderator, second_moderator):
    def make(slug, title, body, summary="A short summary."):
        return make_answer(
            moderator,
            slug=slug,
            title=title,
            summary=summary,
            body=body,
            topics=["biomarkers"],
            publish_with=second_moderator,
        )

    return {
        "osimertinib": make("osimertinib", "Taking osimertinib", "Osimertinib is a pill."),
        "alectinib": make("alectinib", "Living with alectinib", "Alectinib side effects."),
        "her2": make("her2", "What does HER2 mean?", "A HER2 mutation is a change."),
        "pdl1": make("pdl1", "What is a PD-L1 score?", "PD-L1 is a protein."),
        "stage4": make("stage4", "What does stage IV mean?", "Stage IV means spread."),
        "mets": make("mets", "Brain metastases", "When cancer reaches the brain."),
        "about": make("about", "About ALK medicines", "Alectinib and lorlatinib are pills."),
        "long": make(
            "long",
            "Osimertinib side effects and what to do",
            "More about osimertinib and Tagrisso.",
        ),
    }


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("Tagrisso", "osimertinib"),
        ("tagrisso", "long"),
        ("Alecensa side effects", "alectinib"),
        ("ERBB2", "her2"),
        ("PDL1 score", "pdl1"),
        ("pd l1", "pdl1"),
        ("stage 4", "stage4"),
        ("brain mets", "mets"),
    ],
)
def test_synonyms_find_the_same_answer(corpus, query, slug):
    assert corpus[slug] in list(answer_list(q=query))


def test_plain_query_still_needs_every_word(corpus):
    assert list(answer_list(q="zebrafish osimertinib")) == []


def test_exact_title_first_then_title_matches(corpus):
    # "About ALK medicines" sorts first by title, but only mentions alectinib in its body.
    assert list(answer_list(q="alectinib")) == [corpus["alectinib"], corpus["about"]]
    assert next(iter(answer_list(q="about alk medicines"))) == corpus["about"]
    results = list(answer_list(q="osimertinib side effects and what to do"))
    assert results[0] == corpus["long"]
    results = list(answer_list(q="Taking osimertinib"))
    assert results[0] == corpus["osimertinib"]
    # Both mention osimertinib; the one whose title is the query comes first.
    results = list(answer_list(q="osimertinib"))
    assert {results[0], results[1]} == {corpus["osimertinib"], corpus["long"]}


def test_query_terms():
    assert query_terms("Tagrisso stage 4") == [
        ("stage iv", "stage 4"),
        ("osimertinib", "tagrisso"),
    ]
    assert query_terms("HER2 or PDL1") == [("her2", "erbb2"), ("pd-l1", "pdl1", "pd l1")]
