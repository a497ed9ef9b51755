"""Moderation rules, enforced by the services and the admin actions."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from answers import reader_services, services
from answers.models import Answer, Block, Feedback, ModerationEvent, Question, Status
from tests.answers.helpers import make_answer
from tests.portal.otp_helpers import verified_staff_client

pytestmark = pytest.mark.django_db


def test_author_cannot_approve_own_answer(moderator):
    answer = make_answer(moderator)
    services.answer_submit(answer=answer, by=moderator)
    with pytest.raises(PermissionDenied, match="second person"):
        services.answer_approve(answer=answer, moderator=moderator)
    answer.refresh_from_db()
    assert answer.status == Status.IN_REVIEW
    assert answer.reviewer is None
    assert not ModerationEvent.objects.filter(answer=answer, action="approve").exists()


def test_publish_needs_approval_by_another_person(moderator, second_moderator):
    answer = make_answer(moderator)
    services.answer_submit(answer=answer, by=moderator)
    with pytest.raises(ValidationError, match="approval by a second moderator"):
        services.answer_publish(answer=answer, moderator=moderator)
    answer.refresh_from_db()
    assert answer.status == Status.IN_REVIEW
    services.answer_approve(answer=answer, moderator=second_moderator)
    services.answer_publish(answer=answer, moderator=moderator)
    answer.refresh_from_db()
    assert answer.status == Status.PUBLISHED
    assert answer.reviewer == second_moderator
    assert answer.published_at is not None


def test_cannot_publish_a_draft_directly(moderator):
    answer = make_answer(moderator)
    with pytest.raises(ValidationError, match="Cannot publish"):
        services.answer_publish(answer=answer, moderator=moderator)


def test_resubmission_needs_a_fresh_approval(moderator, second_moderator):
    answer = make_answer(moderator, publish_with=second_moderator)
    services.answer_unpublish(answer=answer, moderator=moderator)
    answer.refresh_from_db()
    assert answer.status == Status.DRAFT and answer.reviewer is None
    services.answer_submit(answer=answer, by=moderator)
    with pytest.raises(ValidationError):
        services.answer_publish(answer=answer, moderator=second_moderator)


def test_only_moderators_moderate(alice, moderator, second_moderator):
    answer = make_answer(moderator)
    with pytest.raises(PermissionDenied):
        services.answer_submit(answer=answer, by=alice)
    services.answer_submit(answer=answer, by=moderator)
    for service in (services.answer_approve, services.answer_publish, services.answer_archive):
        with pytest.raises(PermissionDenied):
            service(answer=answer, moderator=alice)
    with pytest.raises(PermissionDenied):
        services.answer_create(author=alice, slug="x", title="X?", summary="s", body="b")


def test_every_action_is_recorded(moderator, second_moderator):
    answer = make_answer(moderator, publish_with=second_moderator)
    services.answer_archive(answer=answer, moderator=second_moderator, note="outdated")
    services.answer_unpublish(answer=answer, moderator=moderator)
    events = list(ModerationEvent.objects.filter(answer=answer).order_by("created_at", "id"))
    assert [(e.action, e.from_status, e.to_status, e.actor) for e in events] == [
        ("create", "", "draft", moderator),
        ("submit", "draft", "in_review", moderator),
        ("approve", "in_review", "in_review", second_moderator),
        ("publish", "in_review", "published", second_moderator),
        ("archive", "published", "archived", second_moderator),
        ("unpublish", "archived", "draft", moderator),
    ]
    assert events[4].note == "outdated"
    assert all(e.created_at.utcoffset().total_seconds() == 0 for e in events)


def test_history_keeps_every_version(moderator, second_moderator):
    from answers.selectors import answer_version_diff

    answer = make_answer(moderator)
    services.answer_update(
        answer=answer, by=moderator, body=answer.body + "\nNew line.\n", topics=["alk", "stage"]
    )
    versions = list(answer.history.order_by("history_id"))
    assert len(versions) >= 2
    diffs = {
        d.field: d
        for d in answer_version_diff(
            answer=answer, old_id=versions[0].history_id, new_id=versions[-1].history_id
        )
    }
    assert "+New line." in diffs["body"].unified
    assert "stage" in diffs["topics"].new and "stage" not in diffs["topics"].old


def test_invalid_condition_is_refused_on_save(moderator):
    answer = make_answer(moderator)
    with pytest.raises(ValidationError, match="unknown gene"):
        Question.objects.create(answer=answer, text="Q?", condition={"gene": "ALKK"})
    with pytest.raises(ValidationError, match="condition"):
        Block.objects.create(answer=answer, condition={}, body="x")
    with pytest.raises(ValidationError, match="Block 1"):
        services.answer_update(
            answer=answer,
            by=moderator,
            blocks=[{"condition": {"gene": "ALK", "status": "pos"}, "body": "x"}],
        )
    assert answer.blocks.count() == 2  # nothing stored was lost


def test_feedback_is_queued_and_resolved(alice, moderator, second_moderator):
    answer = make_answer(moderator, publish_with=second_moderator)
    reader_services.feedback_create(answer=answer, user=alice, helpful=True)
    fb = reader_services.feedback_create(answer=answer, user=alice, problem="A link is broken.")
    with pytest.raises(ValidationError):
        reader_services.feedback_create(answer=answer, user=alice)
    with pytest.raises(PermissionDenied):
        services.feedback_resolve(feedback=fb, moderator=alice)
    services.feedback_resolve(feedback=fb, moderator=moderator, note="fixed")
    assert Feedback.objects.filter(resolved_at__isnull=True).count() == 1
    assert ModerationEvent.objects.filter(answer=answer, action="resolve_feedback").exists()


# --- through the admin --------------------------------------------------------------


def _post_action(client, action, answer, url_name="admin:answers_answer_changelist"):
    return client.post(
        reverse(url_name),
        {"action": action, "_selected_action": [answer.pk]},
        follow=True,
    )


def test_admin_refuses_approval_by_author(client, moderator, second_moderator):
    answer = make_answer(moderator)
    verified_staff_client(client, moderator)
    _post_action(client, "action_submitted", answer)
    answer.refresh_from_db()
    assert answer.status == Status.IN_REVIEW
    response = _post_action(
        client, "action_approved", answer, "admin:answers_answerinreview_changelist"
    )
    assert "cannot approve it" in response.content.decode()
    answer.refresh_from_db()
    assert answer.reviewer is None

    verified_staff_client(client, second_moderator)
    _post_action(client, "action_approved", answer, "admin:answers_answerinreview_changelist")
    response = _post_action(client, "action_published", answer)
    assert "1 answer(s) published" in response.content.decode()
    answer.refresh_from_db()
    assert answer.status == Status.PUBLISHED and answer.reviewer == second_moderator


def test_admin_pages_for_moderators_only(client, alice, moderator, second_moderator):
    answer = make_answer(moderator, publish_with=second_moderator)
    verified_staff_client(client, moderator)
    change = client.get(reverse("admin:answers_answer_change", args=[answer.pk]))
    assert change.status_code == 200
    assert "Reading grade" in change.content.decode()
    in_review = make_answer(moderator, slug="queued", title="Queued answer?")
    services.answer_submit(answer=in_review, by=moderator)
    queue = client.get(reverse("admin:answers_answerinreview_changelist")).content.decode()
    assert "Queued answer?" in queue and answer.title not in queue
    history = client.get(reverse("admin:answers_answer_history", args=[answer.pk]))
    assert history.status_code == 200
    assert client.get(reverse("admin:answers_feedback_changelist")).status_code == 200
    v = list(answer.history.order_by("history_id").values_list("history_id", flat=True))
    cmp = client.get(
        reverse("admin:answers_answer_compare", args=[answer.pk]), {"old": v[0], "new": v[-1]}
    )
    assert cmp.status_code == 200 and "status" in cmp.content.decode()
    client.force_login(alice)
    resp = client.get(reverse("admin:answers_answer_change", args=[answer.pk]))
    assert resp.status_code == 302  # patients are not staff: sent to the admin login
    assert Answer.objects.get(pk=answer.pk).status == Status.PUBLISHED


def test_admin_add_records_author_and_event(client, moderator):
    verified_staff_client(client, moderator)
    url = reverse("admin:answers_answer_add")
    data = {
        "title": "What is a biomarker?",
        "slug": "what-is-a-biomarker",
        "summary": "S.",
        "body": "## The short answer\n\nA test result.",
        "reviewer_role": "Oncology nurse",
        "sources-TOTAL_FORMS": 0,
        "sources-INITIAL_FORMS": 0,
        "questions-TOTAL_FORMS": 1,
        "questions-INITIAL_FORMS": 0,
        "questions-0-text": "Which tests?",
        "questions-0-condition": '{"gene": "ALKK"}',
        "questions-0-order": 0,
        "blocks-TOTAL_FORMS": 0,
        "blocks-INITIAL_FORMS": 0,
    }
    response = client.post(url, data)
    assert response.status_code == 200  # form redisplayed with the condition error
    assert "unknown gene" in response.content.decode()
    assert not Answer.objects.filter(slug="what-is-a-biomarker").exists()
    data["questions-0-condition"] = '{"gene": "ALK"}'
    response = client.post(url, data)
    assert response.status_code == 302
    answer = Answer.objects.get(slug="what-is-a-biomarker")
    assert answer.author == moderator and answer.status == Status.DRAFT
    assert ModerationEvent.objects.filter(answer=answer, action="create").exists()
