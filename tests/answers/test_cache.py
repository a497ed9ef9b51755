"""Cached answer content: never stale after moderation, never mixes patients' data."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from answers import revisions, selectors, services
from answers.models import Answer, Block, Source, Status, Topic
from biomarkers.models import FindingKind
from tests.answers.helpers import make_answer, revise
from tests.biomarkers.factories import FindingFactory
from tests.portal.otp_helpers import verified_staff_client
from tests.records.factories import RecordFactory

pytestmark = pytest.mark.django_db

ALICE_SENTENCE = "An EML4-ALK fusion was detected by NGS."
BOB_SENTENCE = "ALK: no rearrangement detected by FISH."


@pytest.fixture
def published(moderator, second_moderator):
    return make_answer(moderator, publish_with=second_moderator)


def _url(answer: Answer) -> str:
    return reverse("answers:detail", kwargs={"slug": answer.slug})


def _finding(owner, filename: str, sentence: str, status: str) -> None:
    FindingFactory(
        record=RecordFactory(owner=owner, filename=filename),
        kind=FindingKind.BIOMARKER,
        gene="ALK",
        status=status,
        variants=["EML4-ALK"] if status == "positive" else [],
        page=2,
        sentence=sentence,
    )


def test_unpublished_answer_is_404_right_after_it_was_cached(
    alice_client, client, published, second_moderator
):
    assert alice_client.get(_url(published)).status_code == 200  # fills the cache
    assert client.get(_url(published)).status_code == 200
    services.answer_unpublish(answer=published, moderator=second_moderator)
    assert alice_client.get(_url(published)).status_code == 404
    assert client.get(_url(published)).status_code == 404
    api = reverse("api-answer-detail", args=[published.slug])
    assert client.get(api).status_code == 404


def test_archived_answer_leaves_the_suggestions(published, moderator, second_moderator):
    other = make_answer(
        moderator, slug="alk-medicines", title="ALK medicines", publish_with=second_moderator
    )
    assert other in selectors.published_answers_with_topics()
    services.answer_archive(answer=other, moderator=second_moderator)
    assert other not in selectors.published_answers_with_topics()


def test_status_change_made_elsewhere_is_seen_without_any_cache_clear(client, published):
    # Another process (its own LocMem cache) or a bulk update: no signal, no cache delete
    # here. The version stamp read from the database still moves, so nothing stale is served.
    assert client.get(_url(published)).status_code == 200
    Answer.objects.filter(pk=published.pk).update(status=Status.DRAFT, updated_at=timezone.now())
    assert client.get(_url(published)).status_code == 404


def test_approved_revision_is_shown_at_once(client, published, moderator, second_moderator):
    assert "The short answer" in client.get(_url(published)).content.decode()
    revision = revise(published, moderator, body="## The short answer\n\nREVISED WORDING.")
    assert "REVISED WORDING." not in client.get(_url(published)).content.decode()
    revisions.revision_approve(revision=revision, moderator=second_moderator)
    html = client.get(_url(published)).content.decode()
    assert "REVISED WORDING." in html


def test_editing_only_a_block_invalidates_too(alice_client, alice, published):
    _finding(alice, "alice-molecular.pdf", ALICE_SENTENCE, "positive")
    assert "ALK POSITIVE BLOCK" in alice_client.get(_url(published)).content.decode()
    block = Block.objects.get(answer=published, body="ALK POSITIVE BLOCK")
    block.body = "EDITED BLOCK"
    block.save()  # as an admin inline or a shell would: the answer row itself is not saved
    html = alice_client.get(_url(published)).content.decode()
    assert "EDITED BLOCK" in html and "ALK POSITIVE BLOCK" not in html
    block.delete()
    assert "EDITED BLOCK" not in alice_client.get(_url(published)).content.decode()


def test_general_sections_follow_a_source_edit(client, published, alice_client):
    # The rendered title/body/sources are kept on the cached answer object (answers.sections):
    # a source edit must reach patients and visitors alike at once.
    source = Source.objects.filter(answer=published).first()
    for c in (client, alice_client):
        assert source.title in c.get(_url(published)).content.decode()
    source.title = "A RENAMED SOURCE"
    source.save()
    for c in (client, alice_client):
        assert "A RENAMED SOURCE" in c.get(_url(published)).content.decode()


def test_preview_of_a_draft_shows_every_edit(client, moderator):
    staff = verified_staff_client(client, moderator)
    draft = make_answer(moderator, slug="draft-only", title="DRAFT TITLE ONE")
    assert "DRAFT TITLE ONE" in staff.get(_url(draft)).content.decode()
    services.answer_update(answer=draft, by=moderator, title="DRAFT TITLE TWO")
    html = staff.get(_url(draft)).content.decode()
    assert "DRAFT TITLE TWO" in html and "DRAFT TITLE ONE" not in html


@pytest.mark.parametrize("change", ["remove_link", "edit_topic"])
def test_topic_changes_invalidate(alice_client, alice, moderator, second_moderator, change):
    answer = make_answer(
        moderator,
        slug="alk-only",
        topics=["alk"],
        questions=[{"text": "Which tests were done on my tumor?"}],
        blocks=[],
        publish_with=second_moderator,
    )
    _finding(alice, "alice-molecular.pdf", ALICE_SENTENCE, "positive")
    assert ALICE_SENTENCE in alice_client.get(_url(answer)).content.decode()
    topic = Topic.objects.get(slug="alk")
    if change == "remove_link":
        answer.topics.remove(topic)
    else:
        topic.gene = "ROS1"
        topic.save()
    assert ALICE_SENTENCE not in alice_client.get(_url(answer)).content.decode()


def test_patients_parts_are_never_swapped(alice_client, bob_client, alice, bob, published):
    _finding(alice, "alice-molecular.pdf", ALICE_SENTENCE, "positive")
    _finding(bob, "bob-pathology.pdf", BOB_SENTENCE, "negative")
    alice_html = alice_client.get(_url(published)).content.decode()  # fills the cache
    assert ALICE_SENTENCE in alice_html and "ALK POSITIVE BLOCK" in alice_html
    for _ in range(2):  # cached content served twice over
        bob_html = bob_client.get(_url(published)).content.decode()
        assert BOB_SENTENCE in bob_html and "bob-pathology.pdf" in bob_html
        assert ALICE_SENTENCE not in bob_html and "alice-molecular.pdf" not in bob_html
        assert "ALK NEGATIVE BLOCK" in bob_html and "ALK POSITIVE BLOCK" not in bob_html
        alice_html = alice_client.get(_url(published)).content.decode()
        assert BOB_SENTENCE not in alice_html and "bob-pathology.pdf" not in alice_html
        assert ALICE_SENTENCE in alice_html
    api = reverse("api-answer-detail", args=[published.slug])
    assert ALICE_SENTENCE in alice_client.get(api).content.decode()
    bob_api = bob_client.get(api).content.decode()
    assert BOB_SENTENCE in bob_api and ALICE_SENTENCE not in bob_api


def test_cached_content_holds_no_user_rows(published, alice_client, alice):
    _finding(alice, "alice-molecular.pdf", ALICE_SENTENCE, "positive")
    alice_client.get(_url(published))
    answer = selectors.answer_get(slug=published.slug)
    # Only general content: no author/reviewer user objects ride along into the cache.
    assert "author" not in answer._state.fields_cache
    assert "reviewer" not in answer._state.fields_cache
    assert set(answer._prefetched_objects_cache) == {"topics", "sources", "questions", "blocks"}
