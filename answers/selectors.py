"""Reads for answers. Patients and visitors only ever see published answers."""

from __future__ import annotations

import difflib
import hashlib
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.cache import cache
from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
)
from django.http import Http404
from django.utils import timezone

from answers.models import (
    TESTING_TOPICS,
    Answer,
    AnswerRevision,
    RevisionStatus,
    SavedQuestion,
    Status,
    Topic,
    TopicKind,
)
from answers.search import search_answers
from common.db import PreparedQuery


def _can_preview(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "is_moderator", False))


def _with_parts(qs: QuerySet[Answer]) -> QuerySet[Answer]:
    # What the answer page and API read: topics (relevance), sources, questions, blocks. No
    # author/reviewer rows: the page shows reviewer_role, and user rows never go in a cache.
    return qs.prefetch_related("topics", "sources", "questions", "blocks")


# --- Cached published content -------------------------------------------------------------
# Only general content is cached: published answers with their parts, never a patient's data
# and never user rows. The key is a version stamp read from the database on every call: the
# (id, updated_at) of every published answer. Every save, publish, unpublish, archive and
# delete moves it, and answers/models.py touches updated_at when a source, question, block or
# topic changes. A stale entry therefore cannot be read, not even from a per-process cache
# that another process's moderator never clears; the TTL only bounds memory.
CACHE_TTL_SECONDS = 300
_KEY = "answers:published:v1:{stamp}:{part}"

# This process's copies, in front of the shared cache: saves unpickling on every request.
# Keys carry the stamp; entries of older stamps are dropped when a newer one is stored.
_local: dict[str, tuple[float, Any]] = {}


# Runs on every answer page; building the query costs more than running it (common.db).
_STAMP_ROWS = PreparedQuery(
    lambda: Answer.objects.filter(status=Status.PUBLISHED)
    .order_by("pk")
    .values_list("pk", "updated_at")
)


def _published_stamp() -> str:
    return hashlib.sha256(repr(_STAMP_ROWS.rows()).encode()).hexdigest()


def _cached(stamp: str, part: str, build: Callable[[], Any]) -> Any:
    """``build()`` (run after the stamp was read, so never older than it), cached under it."""
    key = _KEY.format(stamp=stamp, part=part)
    now = time.monotonic()
    hit = _local.get(key)
    if hit is not None and hit[0] > now:
        return hit[1]
    value = cache.get(key)
    if value is None:
        value = build()
        if value is None:
            return None  # nothing published under that name: not worth remembering
        cache.set(key, value, CACHE_TTL_SECONDS)
    for old in [k for k in _local if stamp not in k]:
        _local.pop(old, None)
    _local[key] = (now + CACHE_TTL_SECONDS, value)
    return value


def _published_answer(stamp: str, slug: str) -> Answer | None:
    def build() -> Answer | None:
        return _with_parts(Answer.objects.filter(status=Status.PUBLISHED, slug=slug)).first()

    return _cached(stamp, f"answer:{slug}", build)


def _published_list(stamp: str) -> list[Answer]:
    def build() -> tuple[Answer, ...]:
        return tuple(Answer.objects.filter(status=Status.PUBLISHED).prefetch_related("topics"))

    return list(_cached(stamp, "list", build))


def answer_get(*, slug: str, user: Any = None) -> Answer:
    """The answer with all its parts; 404 unless published or the user is a moderator.

    Published answers come from the cache and are shared between requests: read-only.
    """
    if _can_preview(user):
        # Previews of drafts are rare and must show the very latest edit: straight from the DB.
        answer = _with_parts(Answer.objects.all()).filter(slug=slug).first()
    else:
        answer = _published_answer(_published_stamp(), slug)
    if answer is None:
        raise Http404("No such answer.")
    return answer


def answer_page(*, slug: str, user: Any = None) -> tuple[Answer, list[Answer]]:
    """answer_get() plus published_answers_with_topics(), with one version check."""
    if _can_preview(user):
        return answer_get(slug=slug, user=user), published_answers_with_topics()
    stamp = _published_stamp()
    answer = _published_answer(stamp, slug)
    if answer is None:
        raise Http404("No such answer.")
    return answer, _published_list(stamp)


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


# --- The library on the home and answers pages -----------------------------------------------
# Every topic listing all its answers repeated most answers three or four times over (an ALK
# answer is under ALK, Biomarkers, Targeted therapy...). The library lists each answer once,
# and offers the topics as filters, on three short shelves.
SHELVES = (
    ("Your diagnosis and your reports", (TopicKind.STAGE, TopicKind.HISTOLOGY, TopicKind.GENERAL)),
    ("Genes and biomarkers", (TopicKind.GENE,)),
    ("Treatment", (TopicKind.TREATMENT,)),
)


def _shelf_kind(topic: Topic) -> str:
    # General topics about testing belong with the genes, not with the diagnosis.
    return TopicKind.GENE if topic.slug in TESTING_TOPICS else topic.kind


@dataclass(frozen=True)
class Shelf:
    title: str
    topics: list[tuple[Topic, int]]  # each topic with how many published answers it has


@dataclass(frozen=True)
class Library:
    shelves: list[Shelf]
    answers: list[Answer]  # every published answer once, by title


def answer_library() -> Library:
    """Topic shelves and the A-Z list of published answers (three queries)."""
    counted = [(topic, len(answers)) for topic, answers in answers_by_topic()]
    shelves = []
    for title, kinds in SHELVES:
        topics = [(t, n) for t, n in counted if _shelf_kind(t) in kinds]
        if topics:
            shelves.append(Shelf(title=title, topics=topics))
    published = Answer.objects.filter(status=Status.PUBLISHED).order_by("title")
    answers = list(published.only("slug", "title", "summary"))
    return Library(shelves=shelves, answers=answers)


def topic_name(*, slug: str) -> str | None:
    return Topic.objects.filter(slug=slug).values_list("name", flat=True).first()


def published_answers_with_topics() -> list[Answer]:
    """Every published answer with its topics (by title), for suggestions. Read-only."""
    return _published_list(_published_stamp())


def answers_recheck_due(*, today: date | None = None) -> QuerySet[Answer]:
    """Published answers whose re-check date has come (that day included), oldest first."""
    today = today or timezone.localdate()
    return Answer.objects.filter(status=Status.PUBLISHED, recheck_by__lte=today).order_by(
        "recheck_by", "title"
    )


def moderation_queue(*, today: date | None = None) -> QuerySet[Answer]:
    """What needs a moderator: answers in review, revisions in review, re-checks due.

    Each answer carries ``has_pending_revision`` and ``recheck_due`` to say why it is here.
    """
    today = today or timezone.localdate()
    pending = AnswerRevision.objects.filter(answer=OuterRef("pk"), status=RevisionStatus.PENDING)
    published = Q(status=Status.PUBLISHED)
    return (
        Answer.objects.annotate(
            has_pending_revision=Exists(pending),
            recheck_due=ExpressionWrapper(
                published & Q(recheck_by__lte=today), output_field=BooleanField()
            ),
        )
        .filter(
            Q(status=Status.IN_REVIEW)
            | (published & Q(has_pending_revision=True))
            | (published & Q(recheck_by__lte=today))
        )
        .select_related("author", "reviewer")
    )


def pending_revision(*, answer: Answer) -> AnswerRevision | None:
    return answer.revisions.filter(status=RevisionStatus.PENDING).select_related("editor").first()


def revision_diff(*, revision: AnswerRevision) -> list[FieldDiff]:
    """What a revision would change on the live answer, field by field."""
    from answers.revisions import answer_snapshot, revision_snapshot

    live, proposed = answer_snapshot(revision.answer), revision_snapshot(revision)
    return [
        _field_diff(name, _plain(live[name]), _plain(proposed[name]), "live", "revision")
        for name in live
        if live[name] != proposed[name]
    ]


def _plain(value: Any) -> str:
    if isinstance(value, list):
        rows = [
            " | ".join(f"{k}: {v}" for k, v in item.items()) if isinstance(item, dict) else item
            for item in value
        ]
        return "\n".join(map(str, rows))
    return "" if value is None else str(value)


# --- Version history --------------------------------------------------------------

DIFF_FIELDS = (
    "title", "summary", "body", "status", "last_reviewed", "reviewer_name", "reviewer_role",
    "recheck_by",
)  # fmt: skip


@dataclass(frozen=True)
class FieldDiff:
    field: str
    old: str
    new: str
    unified: str  # difflib unified diff for long text, empty for short values


def _field_diff(name: str, a: str, b: str, old_label: str, new_label: str) -> FieldDiff:
    unified = ""
    if "\n" in a or "\n" in b or len(a) > 120 or len(b) > 120:
        unified = "\n".join(
            difflib.unified_diff(
                a.splitlines(), b.splitlines(), fromfile=old_label, tofile=new_label, lineterm=""
            )
        )
    return FieldDiff(field=name, old=a, new=b, unified=unified)


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
        diffs.append(_field_diff(name, a, b, f"version {old_id}", f"version {new_id}"))
    old_topics = sorted(t.topic.slug for t in old.topics.all().select_related("topic"))
    new_topics = sorted(t.topic.slug for t in new.topics.all().select_related("topic"))
    if old_topics != new_topics:
        diffs.append(
            FieldDiff(
                field="topics", old=", ".join(old_topics), new=", ".join(new_topics), unified=""
            )
        )
    return diffs


def saved_question_list(*, owner: Any) -> QuerySet[SavedQuestion]:
    """The patient's own saved questions, oldest first (the order they were saved)."""
    return SavedQuestion.objects.filter(owner=owner)


def saved_question_get(*, owner: Any, question_id: Any) -> SavedQuestion:
    """One of the patient's own saved questions; Http404 for anyone else's or a bad id."""
    try:
        public_id = uuid.UUID(str(question_id))
    except ValueError:
        raise Http404("No such question.") from None
    question = SavedQuestion.objects.filter(owner=owner, public_id=public_id).first()
    if question is None:
        raise Http404("No such question.")
    return question
