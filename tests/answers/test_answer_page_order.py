"""The answer page puts the patient first: their part right below the short answer."""

from __future__ import annotations

import pytest

from tests.answers.helpers import make_answer
from tests.biomarkers.reports import dated_report, gene

pytestmark = pytest.mark.django_db


def test_the_patients_part_comes_right_below_the_short_answer(
    alice_client, alice, moderator, second_moderator
):
    answer = make_answer(moderator, publish_with=second_moderator)
    dated_report(alice, "ngs.pdf", "2025-01-10", gene("ALK", "positive", "EML4-ALK"))
    html = alice_client.get(answer.get_absolute_url()).content.decode()
    short = html.index("Medicines exist that")
    mine = html.index("What your records show")
    body = html.index("A gene is a recipe for a protein.")
    questions = html.index("Questions to ask your care team")
    assert short < mine < body < questions
