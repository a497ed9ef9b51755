"""The "general information, not medical advice" notice opens and closes every answer page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.answers.helpers import make_answer

pytestmark = pytest.mark.django_db

NOTICE = "General information, not medical advice."


@pytest.mark.parametrize("who", ["visitor", "patient"])
def test_notice_at_top_and_bottom(client, alice_client, moderator, second_moderator, who):
    answer = make_answer(moderator, publish_with=second_moderator)
    c = client if who == "visitor" else alice_client
    html = c.get(reverse("answers:detail", kwargs={"slug": answer.slug})).content.decode()
    assert html.count(NOTICE) == 2
    first, last = html.index(NOTICE), html.rindex(NOTICE)
    assert first < html.index("answer-body") < html.index("sources-heading") < last
