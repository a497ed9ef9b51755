"""Reads for answers. Patients and visitors only ever see published answers."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from answers.models import Answer, Feedback, Status, Topic
from answers.search import search_answers


def _can_preview(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "is_moderator", False))


def _with_parts(qs: QuerySet[Answer]) -> QuerySet[Answer]:
    return qs.select_related("reviewer", "author").prefetch_related(
        "topics", "sources", "questions", "blocks"
    )


def answer_get(*, slug: str, user: Any = None) -> Answer:
    """The answer with all its parts; 404 unless published or the user is a moderator."""
    qs = (
        Answer.objects.all()
        if _can_preview(user)
        else Answer.objects.filter(status=Status.PUBLISHED)
    )
    answer = _with_parts(qs).filter(slug=slug).first()
    if answer is None:
        raise Http404("No such answer.")
    return answer


def answer_list(*, q: str | None = None, topic: str | None = None) -> QuerySet[Answer]:
    """Published answers, optionally searched and/or limited to one topic slug."""
    qs = Answer.objects.filter(status=Status.PUBLISHED).prefetch_related("topics")
    if topic:
        qs = qs.filter(topics__slug=topic)
    if q:
        return search_answers(qs, q)
    return qs.order_by("title")


def answers_by_topic() -> list[tuple[Topic, list[Answer]]]:
    """Topics that have published answers, each with its answers (two queries)."""
    published = Answer.objects.filter(status=Status.PUBLISHED).order_by("title")
    topics = Topic.objects.prefetch_related(
        Prefetch("answers", queryset=published, to_attr="published_answers")
    )
    return [(t, t.published_answers) for t in topics if t.published_answers]


def published_answers_with_topics() -> list[Answer]:
    return list(Answer.objects.filter(status=Status.PUBLISHED).prefetch_related("topics"))


def answers_in_review() -> QuerySet[Answer]:
    return Answer.objects.filter(status=Status.IN_REVIEW).select_related("author", "reviewer")


def feedback_open() -> QuerySet[Feedback]:
    return Feedback.objects.filter(resolved_at__isnull=True).select_related("answer", "user")


# --- Version history --------------------------------------------------------------

DIFF_FIELDS = ("title", "summary", "body", "status", "last_reviewed", "reviewer_role")


@dataclass(frozen=True)
class FieldDiff:
    field: str
    old: str
    new: str
    unified: str  # difflib unified diff for long text, empty for short values


def answer_versions(*, answer: Answer) -> QuerySet:
    return answer.history.select_related("history_user").order_by("-history_date", "-history_id")


def answer_version_diff(*, answer: Answer, old_id: int, new_id: int) -> list[FieldDiff]:
    """Field-by-field differences between two stored versions of one answer."""
    versions = {v.history_id: v for v in answer.history.filter(history_id__in=[old_id, new_id])}
    if old_id not in versions or new_id not in versions:
        raise Http404("No such version of this answer.")
    old, new = versions[old_id], versions[new_id]
    diffs = []
    for name in DIFF_FIELDS:
        a, b = str(getattr(old, name) or ""), str(getattr(new, name) or "")
        if a == b:
            continue
        unified = ""
        if "\n" in a or "\n" in b or len(a) > 120 or len(b) > 120:
            unified = "\n".join(
                difflib.unified_diff(
                    a.splitlines(),
                    b.splitlines(),
                    fromfile=f"version {old_id}",
                    tofile=f"version {new_id}",
                    lineterm="",
                )
            )
        diffs.append(FieldDiff(field=name, old=a, new=b, unified=unified))
    old_topics = sorted(t.topic.slug for t in old.topics.all().select_related("topic"))
    new_topics = sorted(t.topic.slug for t in new.topics.all().select_related("topic"))
    if old_topics != new_topics:
        diffs.append(
            FieldDiff(
                field="topics", old=", ".join(old_topics), new=", ".join(new_topics), unified=""
            )
        )
    return diffs
