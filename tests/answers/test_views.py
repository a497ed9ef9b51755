"""Answer pages and API: visibility, personalization ownership, feedback, caching, queries."""

from __future__ import annotations

import pytest
from django.urls import reverse

from answers.models import Feedback
from biomarkers.models import FindingKind
from tests.answers.helpers import make_answer
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(moderator, second_moderator):
    return make_answer(moderator, publish_with=second_moderator)


@pytest.fixture
def alice_alk(alice):
    record = RecordFactory(owner=alice, filename="alice-molecular.pdf")
    return FindingFactory(
        record=record,
        kind=FindingKind.BIOMARKER,
        gene="ALK",
        status="positive",
        variants=["EML4-ALK"],
        page=2,
        sentence="An EML4-ALK fusion was detected by NGS.",
    )


def _url(answer):
    return reverse("answers:detail", kwargs={"slug": answer.slug})


def test_anonymous_sees_general_answer(client, published):
    response = client.get(_url(published))
    html = response.content.decode()
    assert response.status_code == 200
    assert "The short answer" in html and "Sources" in html
    assert "What your records show" not in html
    assert "General information, not medical advice" in html
    assert 'href="https://www.cancer.gov/pdq"' in html
    assert "5 January 2026" in html and "Oncology content reviewer" in html


def test_draft_is_404_for_patients_and_visitors(client, alice_client, moderator):
    draft = make_answer(moderator, slug="draft-answer")
    assert alice_client.get(_url(draft)).status_code == 404
    client.logout()
    assert client.get(_url(draft)).status_code == 404
    assert client.get(reverse("api-answer-detail", args=[draft.slug])).status_code == 404


def test_moderator_can_preview_a_draft(client, moderator):
    from tests.portal.otp_helpers import verified_staff_client

    draft = make_answer(moderator, slug="draft-answer")
    # Staff past the second factor: without it only enrolment is open (issue 14).
    verified_staff_client(client, moderator)
    response = client.get(_url(draft))
    assert response.status_code == 200 and "Preview" in response.content.decode()


def test_patient_sees_own_findings_with_evidence(alice_client, published, alice_alk):
    response = alice_client.get(_url(published))
    html = response.content.decode()
    assert "What your records show" in html
    assert "alice-molecular.pdf" in html and "shows an EML4-ALK fusion (page 2)" in html
    assert "An EML4-ALK fusion was detected by NGS." in html
    assert "ALK POSITIVE BLOCK" in html
    assert "Which ALK medicine do you suggest?" in html
    assert "private" in response["Cache-Control"]


def test_other_patient_never_sees_alices_findings(bob_client, published, alice_alk):
    html = bob_client.get(_url(published)).content.decode()
    assert "alice-molecular.pdf" not in html
    assert "EML4-ALK fusion was detected" not in html
    assert "ALK POSITIVE BLOCK" not in html
    assert "You have not uploaded any reports yet" in html


def test_api_personalized_only_for_the_owner(api_client, alice_api, bob_api, published, alice_alk):
    url = reverse("api-answer-detail", args=[published.slug])
    anon = api_client.get(url).json()
    assert anon["personalized"] is None and anon["slug"] == published.slug
    mine = alice_api.get(url)
    data = mine.json()["personalized"]
    assert data["findings"][0]["quote"] == "An EML4-ALK fusion was detected by NGS."
    assert data["findings"][0]["record_name"] == "alice-molecular.pdf"
    assert "Which ALK medicine do you suggest?" in data["questions"]
    assert any("ALK POSITIVE BLOCK" in b["html"] for b in data["blocks"])
    assert {"gene": "EGFR", "text": "Ask whether EGFR was tested."} in data["missing_tests"]
    assert "private" in mine["Cache-Control"]
    bobs = bob_api.get(url).json()["personalized"]
    assert bobs["has_records"] is False and bobs["findings"] == [] and bobs["blocks"] == []
    assert "alice-molecular.pdf" not in str(bob_api.get(url).json())


def test_api_list_and_search(api_client, published, moderator):
    make_answer(moderator, slug="draft-answer", title="Draft ALK")
    data = api_client.get(reverse("api-answer-list")).json()
    assert [a["slug"] for a in data["results"]] == [published.slug]
    data = api_client.get(reverse("api-answer-list"), {"q": "zebrafish"}).json()
    assert data["results"] == []


def test_list_page_groups_by_topic_and_searches(client, published):
    html = client.get(reverse("answers:list")).content.decode()
    assert 'id="topic-alk"' in html and published.title in html
    html = client.get(reverse("answers:list"), {"q": "ALK"}).content.decode()
    assert "1 answer for" in html
    html = client.get(reverse("answers:list"), {"q": "zebrafish"}).content.decode()
    assert "No answer matches" in html


def test_feedback_requires_login_and_csrf(client, published, alice):
    url = reverse("answers:feedback", args=[published.slug])
    response = client.post(url, {"helpful": "yes"})
    assert response.status_code == 302 and "login" in response["Location"]
    assert not Feedback.objects.exists()
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(alice)
    assert strict.post(url, {"helpful": "yes"}).status_code == 403
    client.force_login(alice)
    response = client.post(url, {"helpful": "no", "problem": "The FDA link is broken."})
    assert response.status_code == 302
    fb = Feedback.objects.get()
    assert fb.user == alice and fb.helpful is False and "FDA link" in fb.problem
    assert client.get(url).status_code == 405


def test_feedback_on_draft_is_404(alice_client, moderator):
    draft = make_answer(moderator, slug="draft-answer")
    url = reverse("answers:feedback", args=[draft.slug])
    assert alice_client.post(url, {"helpful": "yes"}).status_code == 404
    assert not Feedback.objects.exists()


def _queries(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _more_data(alice, moderator, second_moderator, n: int) -> None:
    for i in range(n):
        record = RecordFactory(owner=alice, filename=f"r{n}-{i}.pdf")
        for gene in ("ALK", "EGFR", "ROS1", "KRAS"):
            FindingFactory(record=record, gene=gene, status="negative", variants=[])
        make_answer(
            moderator, slug=f"other-{n}-{i}", topics=["alk", "egfr"], publish_with=second_moderator
        )


def test_answer_page_query_count_does_not_grow(
    alice_client, alice, published, moderator, second_moderator, django_assert_max_num_queries
):
    url = _url(published)
    _more_data(alice, moderator, second_moderator, 1)
    small = _queries(alice_client, url)
    _more_data(alice, moderator, second_moderator, 6)
    assert _queries(alice_client, url) == small  # no N+1 over findings or answers
    with django_assert_max_num_queries(20):
        alice_client.get(url)
