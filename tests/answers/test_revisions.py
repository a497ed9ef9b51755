"""Edits of published answers: a revision that a second person approves (issue 15)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from answers import revisions, selectors, services
from answers.models import Answer, AnswerRevision, ModerationEvent, RevisionStatus, Status
from tests.answers.helpers import make_answer, revise
from tests.factories import UserFactory
from tests.portal.otp_helpers import verified_staff_client

pytestmark = pytest.mark.django_db

NEW_BODY = "## The short answer\n\nREVISED WORDING OF THE ANSWER."


@pytest.fixture
def named(moderator, second_moderator):
    moderator.display_name = "Mona Moderator"
    moderator.save()
    second_moderator.display_name = "Rita Reviewer"
    second_moderator.save()
    return moderator, second_moderator


@pytest.fixture
def published(named):
    author, reviewer = named
    return make_answer(author, publish_with=reviewer)


def _page(client, answer: Answer) -> str:
    return client.get(reverse("answers:detail", kwargs={"slug": answer.slug})).content.decode()


def _change_form(answer: Answer, **changes) -> dict:
    """The admin change form of `answer` as a browser would post it, with `changes`."""
    data = {
        "title": answer.title,
        "summary": answer.summary,
        "body": answer.body,
        "reviewer_role": answer.reviewer_role,
        "recheck_by": "",
        "topics": [t.pk for t in answer.topics.all()],
    }
    parts = (
        ("sources", answer.sources.all(), ("title", "url", "accessed", "order")),
        ("questions", answer.questions.all(), ("text", "condition", "order")),
        ("blocks", answer.blocks.all(), ("condition", "body", "order")),
    )
    for prefix, rows, fields in parts:
        rows = list(rows)
        data |= {f"{prefix}-TOTAL_FORMS": len(rows), f"{prefix}-INITIAL_FORMS": len(rows)}
        for i, row in enumerate(rows):
            data |= {f"{prefix}-{i}-id": row.pk, f"{prefix}-{i}-answer": answer.pk}
            for name in fields:
                value = getattr(row, name)
                if name == "condition":
                    value = json.dumps(value) if value else ""
                data[f"{prefix}-{i}-{name}"] = value
    return data | changes


def _approve_in_admin(client, answer: Answer):
    return client.post(
        reverse("admin:answers_answerinreview_changelist"),
        {"action": "action_revision_approved", "_selected_action": [answer.pk]},
        follow=True,
    )


def test_admin_edit_of_published_answer_waits_for_a_second_person(
    client, published, named, alice_client
):
    editor, reviewer = named
    staff = verified_staff_client(client, editor)
    url = reverse("admin:answers_answer_change", args=[published.pk])
    response = staff.post(url, _change_form(published, body=NEW_BODY), follow=True)
    assert "waiting for a second moderator" in response.content.decode()

    # Nothing live changed: not the text, not the reviewer line.
    live = Answer.objects.get(pk=published.pk)
    assert live.body == published.body and live.status == Status.PUBLISHED
    assert live.reviewer == reviewer
    html = _page(alice_client, published)
    assert "REVISED WORDING" not in html and "Rita Reviewer" in html
    revision = AnswerRevision.objects.get(answer=published)
    assert revision.status == RevisionStatus.PENDING and revision.editor == editor
    assert revision.body == NEW_BODY
    assert ModerationEvent.objects.filter(answer=published, action="revise").exists()
    # The queue shows it, saying why.
    queue = staff.get(reverse("admin:answers_answerinreview_changelist")).content.decode()
    assert published.title in queue and "Revision waiting for review" in queue

    # The editor cannot approve their own revision.
    response = _approve_in_admin(staff, published)
    assert "cannot approve it" in response.content.decode()
    assert "REVISED WORDING" not in _page(alice_client, published)

    staff = verified_staff_client(client, reviewer)
    response = _approve_in_admin(staff, published)
    assert "1 answer(s) revision approved" in response.content.decode()
    live.refresh_from_db()
    assert live.body == NEW_BODY and live.reviewer == reviewer
    assert "REVISED WORDING" in _page(alice_client, published)
    revision.refresh_from_db()
    assert revision.status == RevisionStatus.APPROVED and revision.decided_by == reviewer


def test_page_names_the_reviewer_of_the_text_it_shows(client, published, named):
    author, first_reviewer = named
    assert "by Rita Reviewer, Oncology content reviewer" in _page(client, published)
    # The first reviewer now edits; the author approves that edit.
    revision = revise(published, first_reviewer, body=NEW_BODY)
    html = _page(client, published)
    assert "REVISED WORDING" not in html and "by Rita Reviewer," in html
    revisions.revision_approve(revision=revision, moderator=author)
    html = _page(client, published)
    assert "REVISED WORDING" in html
    assert "by Mona Moderator, Oncology content reviewer" in html and "Rita Reviewer" not in html


def test_page_never_shows_an_e_mail_address_as_reviewer(client, moderator, second_moderator):
    answer = make_answer(moderator, publish_with=second_moderator)  # no display names
    html = _page(client, answer)
    assert "by Oncology content reviewer." in html and second_moderator.email not in html


def test_editor_cannot_approve_own_revision(published, named):
    author, _ = named
    revision = revise(published, author, body=NEW_BODY)
    with pytest.raises(PermissionDenied, match="second person"):
        revisions.revision_approve(revision=revision, moderator=author)
    revision.refresh_from_db()
    assert revision.status == RevisionStatus.PENDING
    assert Answer.objects.get(pk=published.pk).body != NEW_BODY


def test_published_answer_is_never_edited_in_place(published, named):
    author, _ = named
    with pytest.raises(ValidationError, match="revision"):
        services.answer_update(answer=published, by=author, body=NEW_BODY)
    assert Answer.objects.get(pk=published.pk).body != NEW_BODY


def test_revision_parts_are_applied_only_on_approval(client, published, named):
    author, reviewer = named
    revision = revise(
        published,
        author,
        questions=[{"text": "A NEW QUESTION FOR EVERYONE?"}],
        sources=[{"title": "NEW SOURCE", "url": "https://example.org/x", "accessed": "2026-11-20"}],
        topics=["alk"],
    )
    html = _page(client, published)
    assert "A NEW QUESTION" not in html and "NEW SOURCE" not in html
    revisions.revision_approve(revision=revision, moderator=reviewer)
    html = _page(client, published)
    assert "A NEW QUESTION FOR EVERYONE?" in html and "NEW SOURCE" in html
    assert list(published.topics.values_list("slug", flat=True)) == ["alk"]
    assert published.sources.get().accessed == dt.date(2026, 11, 20)


def test_a_second_revision_waits_for_the_first(client, published, named):
    author, reviewer = named
    revise(published, reviewer, body=NEW_BODY)
    with pytest.raises(ValidationError, match="already waiting"):
        revise(published, author, body=NEW_BODY + " Again.")
    # In the admin the form comes back with the moderator's text, nothing is lost.
    staff = verified_staff_client(client, author)
    url = reverse("admin:answers_answer_change", args=[published.pk])
    response = staff.post(url, _change_form(published, body="MY UNSAVED WORDING"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "already waiting for review" in html and "MY UNSAVED WORDING" in html
    assert AnswerRevision.objects.filter(answer=published).count() == 1


def test_withdrawn_revision_changes_nothing(published, named):
    author, reviewer = named
    revision = revise(published, author, body=NEW_BODY)
    revisions.revision_withdraw(revision=revision, by=author)
    with pytest.raises(ValidationError, match="withdrawn"):
        revisions.revision_approve(revision=revision, moderator=reviewer)
    assert Answer.objects.get(pk=published.pk).body != NEW_BODY
    revise(published, author, body=NEW_BODY)  # a new one may start


def test_unchanged_edit_is_not_a_revision(published, named):
    with pytest.raises(ValidationError, match="Nothing was changed"):
        revise(published, named[0])


def test_history_names_the_real_approver(client, named):
    author, reviewer = named
    answer = make_answer(author, publish_with=reviewer)  # services, outside any request
    revision = revise(answer, author, body=NEW_BODY)
    revisions.revision_approve(revision=revision, moderator=reviewer)
    rows = list(answer.history.order_by("history_id"))
    assert all(r.history_user_id is not None for r in rows)
    approvals = [r for r in rows if r.reviewer_id == reviewer.pk and r.approved_at]
    assert approvals and all(r.history_user == reviewer for r in approvals)
    assert rows[-1].history_user == reviewer and rows[-1].body == NEW_BODY
    part_rows = list(answer.blocks.first().history.all())
    assert all(r.history_user is not None for r in part_rows)
    staff = verified_staff_client(client, author)
    page = staff.get(reverse("admin:answers_answer_history", args=[answer.pk])).content.decode()
    assert reviewer.email in page and "Deleted user" not in page


def test_approval_stamps_this_answers_own_review_date(named):
    author, reviewer = named
    first = make_answer(author, publish_with=reviewer)
    other = make_answer(author, slug="other", title="Other?", publish_with=reviewer)
    old = dt.date(2025, 3, 1)
    Answer.objects.filter(pk__in=[first.pk, other.pk]).update(last_reviewed=old)
    revisions.revision_approve(revision=revise(first, author, body=NEW_BODY), moderator=reviewer)
    assert Answer.objects.get(pk=first.pk).last_reviewed == timezone.localdate()
    assert Answer.objects.get(pk=other.pk).last_reviewed == old
    # A re-approval after unpublishing stamps again (it used to keep the first date).
    services.answer_unpublish(answer=other, moderator=author)
    services.answer_submit(answer=other, by=author)
    services.answer_approve(answer=other, moderator=reviewer)
    assert Answer.objects.get(pk=other.pk).last_reviewed == timezone.localdate()


def test_review_date_cannot_be_in_the_future(moderator, second_moderator):
    answer = make_answer(moderator)
    services.answer_submit(answer=answer, by=moderator)
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="future"):
        services.answer_approve(answer=answer, moderator=second_moderator, reviewed_on=tomorrow)


def test_edit_in_review_withdraws_the_approval(moderator, second_moderator):
    answer = make_answer(moderator)
    services.answer_submit(answer=answer, by=moderator)
    services.answer_approve(answer=answer, moderator=second_moderator)
    services.answer_update(answer=answer, by=moderator, body=NEW_BODY)
    answer.refresh_from_db()
    assert answer.reviewer is None and answer.approved_at is None
    with pytest.raises(ValidationError, match="approval by a second moderator"):
        services.answer_publish(answer=answer, moderator=moderator)


def test_admin_edit_in_review_withdraws_the_approval(client, moderator, second_moderator):
    answer = make_answer(moderator)
    services.answer_submit(answer=answer, by=moderator)
    services.answer_approve(answer=answer, moderator=second_moderator)
    staff = verified_staff_client(client, moderator)
    url = reverse("admin:answers_answer_change", args=[answer.pk])
    data = _change_form(answer, body=NEW_BODY, slug=answer.slug)
    assert staff.post(url, data).status_code == 302
    answer.refresh_from_db()
    assert answer.body == NEW_BODY and answer.reviewer is None


def test_recheck_queue_lists_answers_whose_date_has_come(client, moderator, second_moderator):
    today = timezone.localdate()
    due = make_answer(moderator, slug="due", title="DUE ANSWER?", publish_with=second_moderator)
    later = make_answer(
        moderator, slug="later", title="LATER ANSWER?", publish_with=second_moderator
    )
    never = make_answer(
        moderator, slug="never", title="NEVER ANSWER?", publish_with=second_moderator
    )
    Answer.objects.filter(pk=due.pk).update(recheck_by=today - dt.timedelta(days=1))
    Answer.objects.filter(pk=later.pk).update(recheck_by=today + dt.timedelta(days=30))
    assert list(selectors.answers_recheck_due()) == [Answer.objects.get(pk=due.pk)]
    queue = {a.slug: a for a in selectors.moderation_queue()}
    assert set(queue) == {"due"} and queue["due"].recheck_due
    assert never.slug not in queue

    staff = verified_staff_client(client, moderator)
    html = staff.get(reverse("admin:answers_answerinreview_changelist")).content.decode()
    assert "DUE ANSWER?" in html and "Re-check due since" in html
    assert "LATER ANSWER?" not in html and "NEVER ANSWER?" not in html


def test_revisions_are_for_moderators_only(alice, published, named):
    with pytest.raises(PermissionDenied):
        revise(published, alice, body=NEW_BODY)
    revision = revise(published, named[0], body=NEW_BODY)
    stranger = UserFactory(email="patient2@example.org")
    with pytest.raises(PermissionDenied):
        revisions.revision_approve(revision=revision, moderator=stranger)


def test_revision_admin_shows_what_changes(client, published, named):
    author, reviewer = named
    revision = revise(published, author, body=NEW_BODY)
    staff = verified_staff_client(client, reviewer)
    url = reverse("admin:answers_answerrevision_change", args=[revision.pk])
    html = staff.get(url).content.decode()
    assert "+REVISED WORDING OF THE ANSWER." in html
    response = staff.post(
        reverse("admin:answers_answerrevision_changelist"),
        {"action": "revision_approved", "_selected_action": [revision.pk]},
        follow=True,
    )
    assert "1 revision(s) approved" in response.content.decode()
    assert Answer.objects.get(pk=published.pk).body == NEW_BODY


def test_browser_line_endings_are_not_a_change(published, named):
    crlf = published.body.replace("\n", "\r\n")
    with pytest.raises(ValidationError, match="Nothing was changed"):
        revise(published, named[0], body=crlf)
    revision = revise(published, named[0], body=crlf + "\r\nNEW LINE.\r\n")
    assert "\r" not in revision.body
    (diff,) = selectors.revision_diff(revision=revision)
    assert diff.field == "body" and "+NEW LINE." in diff.unified


def test_api_names_the_reviewer_of_the_text_it_returns(client, published, named):
    author, reviewer = named
    url = reverse("api-answer-detail", args=[published.slug])
    revision = revise(published, reviewer, body=NEW_BODY)
    data = client.get(url).json()
    assert data["reviewer_name"] == "Rita Reviewer" and "REVISED" not in data["body"]
    revisions.revision_approve(revision=revision, moderator=author)
    data = client.get(url).json()
    assert data["reviewer_name"] == "Mona Moderator" and "REVISED" in data["body"]
