"""Questions for the oncologist use the treatment timeline: a patient on alectinib is asked
what comes if it stops working, not which ALK inhibitor to take."""

from __future__ import annotations

import pytest

from answers.conditions import ConditionError, evaluate, validate_condition
from answers.content_loader import CONTENT_DIR, load_content
from answers.models import Answer
from answers.personalize import personalize
from biomarkers import selectors
from tests.answers.helpers import fact, profile
from tests.biomarkers.reports import dated_report, drug, gene

pytestmark = pytest.mark.django_db

WHICH = "Which ALK inhibitor would you suggest for me, and why?"


@pytest.fixture
def alk_answer(moderator, second_moderator) -> Answer:
    load_content(directory=CONTENT_DIR, author=moderator, reviewer=second_moderator)
    return Answer.objects.prefetch_related("questions", "blocks").get(slug="alk-positive")


def _questions(answer: Answer, patient) -> list[str]:
    return personalize(answer, selectors.profile_for(patient=patient), candidates=[]).questions


def test_alk_positive_not_yet_treated_is_asked_which_inhibitor(alk_answer, alice):
    dated_report(alice, "ngs.pdf", "2025-01-10", gene("ALK", "positive", "EML4-ALK"))
    questions = _questions(alk_answer, alice)
    assert WHICH in questions
    assert not any("stops working" in q for q in questions)


def test_patient_on_alectinib_is_asked_what_if_it_stops_working(alk_answer, alice):
    dated_report(alice, "ngs.pdf", "2025-01-10", gene("ALK", "positive", "EML4-ALK"))
    dated_report(
        alice, "note.pdf", "2025-02-01", drug("alectinib", "Currently on alectinib 600 mg BID.")
    )
    questions = _questions(alk_answer, alice)
    assert WHICH not in questions
    assert (
        "If alectinib stops working, what are the options, and how will we check for that, "
        "including in the brain?" in questions
    )


def test_after_progression_on_alectinib_then_lorlatinib_the_current_drug_is_named(
    alk_answer, alice
):
    dated_report(
        alice,
        "note-2.pdf",
        "2025-09-01",
        drug("alectinib", "Progressed on alectinib."),
        drug("lorlatinib", "Started lorlatinib 100 mg daily."),
        uploaded=0,
    )
    dated_report(
        alice,
        "ngs.pdf",
        "2025-01-10",
        gene("ALK", "positive", "EML4-ALK"),
        drug("alectinib", "Started alectinib."),
        uploaded=1,
    )
    questions = _questions(alk_answer, alice)
    assert any(q.startswith("If lorlatinib stops working") for q in questions)
    assert not any("alectinib" in q for q in questions)


def test_progressed_with_no_new_drug_is_not_asked_which_inhibitor(alk_answer, alice):
    dated_report(
        alice,
        "note.pdf",
        "2025-09-01",
        gene("ALK", "positive"),
        drug("alectinib", "Progressed on alectinib."),
    )
    questions = _questions(alk_answer, alice)
    assert WHICH not in questions
    assert not any("stops working" in q or "{drug}" in q for q in questions)


def test_current_treatment_class_condition_is_validated_and_needs_a_currentdrug():
    with pytest.raises(ConditionError):
        validate_condition({"current_treatment_class": "alk-inhibitors"})
    # A profile without a timeline (built by hand): every drug counts as current.
    on = profile(fact("treatment", value={"drug": "alectinib"}))
    assert evaluate({"current_treatment_class": "alk-tki"}, on)
    assert not evaluate({"current_treatment_class": "egfr-tki"}, on)


def test_every_drug_placeholder_in_content_names_a_treatment_class(alk_answer):
    placeholders = 0
    for answer in Answer.objects.prefetch_related("questions"):
        for q in answer.questions.all():
            if "{" in q.text or "}" in q.text:
                placeholders += 1
                assert "{drug}" in q.text, (answer.slug, q.text)
                cond = q.condition or {}
                assert {"current_treatment_class", "treatment_class", "treatment"} & set(cond), (
                    answer.slug,
                    q.text,
                )
    assert placeholders >= 2
