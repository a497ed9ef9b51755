"""Writes for edits of published answers: a revision, then a second person's approval.

A published answer's text, parts and reviewer line change together, and only when someone
other than the editor approves: until then patients read the text that was reviewed, next to
the name of the person who reviewed it (issue 15). Nothing here touches the live answer
before ``revision_approve``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from answers.models import (
    Answer,
    AnswerRevision,
    ModerationAction,
    RevisionStatus,
    Source,
    Status,
)
from answers.services import (
    _check_children,
    _record,
    _replace_children,
    _require_moderator,
    approval_date,
    reviewer_name,
    topic_get_or_create,
)

CONTENT_FIELDS = ("title", "summary", "body", "reviewer_role", "recheck_by")


def _lines(text: Any) -> str:
    # Browsers send a textarea's lines as CRLF: stored as LF, so that a save without changes
    # is seen as one, and a review compares only what was really changed.
    return str(text).replace("\r\n", "\n")


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def _question(text: str, condition: Any) -> dict[str, Any]:
    # A question asked by everyone has no condition key at all, as in the content files.
    return {"text": text, "condition": condition} if condition else {"text": text}


def answer_snapshot(answer: Answer) -> dict[str, Any]:
    """The live answer in the shape a revision keeps (JSON-safe)."""
    return {
        "title": answer.title,
        "summary": answer.summary,
        "body": answer.body,
        "reviewer_role": answer.reviewer_role,
        "recheck_by": answer.recheck_by,
        "topics": sorted(t.slug for t in answer.topics.all()),
        "sources": [
            {"title": s.title, "url": s.url, "accessed": _iso(s.accessed)}
            for s in answer.sources.all()
        ],
        "questions": [_question(q.text, q.condition) for q in answer.questions.all()],
        "blocks": [{"condition": b.condition, "body": b.body} for b in answer.blocks.all()],
    }


def revision_snapshot(revision: AnswerRevision) -> dict[str, Any]:
    return {
        **{name: getattr(revision, name) for name in CONTENT_FIELDS},
        "topics": sorted(revision.topics),
        "sources": revision.sources,
        "questions": revision.questions,
        "blocks": revision.blocks,
    }


def _clean_parts(
    answer: Answer,
    sources: Iterable[Mapping],
    questions: Iterable[Mapping],
    blocks: Iterable[Mapping],
) -> tuple[list[dict], list[dict], list[dict]]:
    sources = [
        {"title": str(s["title"]), "url": str(s["url"]), "accessed": _iso(s["accessed"])}
        for s in sources
    ]
    questions = [_question(str(q["text"]).strip(), q.get("condition")) for q in questions]
    blocks = [{"condition": b.get("condition"), "body": _lines(b.get("body", ""))} for b in blocks]
    _check_children(questions, blocks)
    for i, s in enumerate(sources):
        row = Source(answer=answer, title=s["title"], url=s["url"], accessed=s["accessed"], order=i)
        try:
            row.full_clean()
        except ValidationError as exc:
            raise ValidationError(f"Source {i + 1}: {'; '.join(exc.messages)}") from exc
    return sources, questions, blocks


@transaction.atomic
def answer_revise(
    *,
    answer: Answer,
    by: Any,
    title: str,
    summary: str,
    body: str,
    topics: Iterable[str],
    sources: Iterable[Mapping],
    questions: Iterable[Mapping],
    blocks: Iterable[Mapping],
    reviewer_role: str | None = None,
    recheck_by: dt.date | None = None,
    note: str = "",
    allow_unchanged: bool = False,
) -> AnswerRevision:
    """Keep an edit of a published answer as a revision in review; the live text stays.

    ``allow_unchanged``: the same text offered for a fresh review (a re-check that found it
    still right); otherwise an edit that changes nothing is refused.
    """
    _require_moderator(by)
    live = Answer.objects.select_for_update().get(pk=answer.pk)
    if live.status != Status.PUBLISHED:
        raise ValidationError("Only a published answer is revised; edit a draft directly.")
    if live.revisions.filter(status=RevisionStatus.PENDING).exists():
        raise ValidationError(
            "A revision of this answer is already waiting for review: approve or withdraw it "
            "first, so that no one's edit is silently lost."
        )
    fields = {
        "title": title.strip(),
        "summary": _lines(summary).strip(),
        "body": _lines(body),
        "reviewer_role": (reviewer_role or live.reviewer_role).strip(),
        "recheck_by": recheck_by,
    }
    # The same field rules as the answer itself (lengths, blanks), without saving it.
    candidate = Answer(slug=live.slug, author_id=live.author_id, **fields)
    candidate.full_clean(exclude=["slug"], validate_unique=False)
    sources, questions, blocks = _clean_parts(live, sources, questions, blocks)
    topics = sorted({str(t).strip().lower() for t in topics if str(t).strip()})
    proposed = {**fields, "topics": topics, "sources": sources}
    proposed |= {"questions": questions, "blocks": blocks}
    if not allow_unchanged and proposed == answer_snapshot(live):
        raise ValidationError("Nothing was changed, so there is nothing to review.")
    revision = AnswerRevision.objects.create(answer=live, editor=by, note=note, **proposed)
    _record(live, by, ModerationAction.REVISE, live.status, note or f"revision {revision.pk}")
    return revision


def _pending(revision: AnswerRevision) -> AnswerRevision:
    locked = AnswerRevision.objects.select_for_update().get(pk=revision.pk)
    if locked.status != RevisionStatus.PENDING:
        raise ValidationError(f"This revision is {locked.get_status_display().lower()} already.")
    return locked


@transaction.atomic
def revision_approve(
    *,
    revision: AnswerRevision,
    moderator: Any,
    note: str = "",
    reviewed_on: dt.date | None = None,
) -> Answer:
    """A second person approves a revision: it becomes the live text, under their name."""
    _require_moderator(moderator)
    revision = _pending(revision)
    if revision.editor_id == moderator.pk:
        raise PermissionDenied(
            "You made this revision, so you cannot approve it: a second person must."
        )
    answer = Answer.objects.select_for_update().get(pk=revision.answer_id)
    if answer.status != Status.PUBLISHED:
        raise ValidationError(
            "The answer is no longer published: withdraw this revision and edit the answer."
        )
    for name in CONTENT_FIELDS:
        setattr(answer, name, getattr(revision, name))
    answer.reviewer = moderator
    answer.reviewer_name = reviewer_name(moderator)
    answer.approved_at = timezone.now()
    answer.last_reviewed = approval_date(reviewed_on)
    answer.full_clean()
    answer._history_user = moderator
    answer.save()
    answer.topics.set([topic_get_or_create(slug=t) for t in revision.topics])
    _replace_children(
        answer,
        by=moderator,
        sources=[{**s, "accessed": dt.date.fromisoformat(s["accessed"])} for s in revision.sources],
        questions=revision.questions,
        blocks=revision.blocks,
    )
    revision.status = RevisionStatus.APPROVED
    revision.decided_by = moderator
    revision.decided_at = timezone.now()
    revision.save(update_fields=["status", "decided_by", "decided_at"])
    _record(
        answer,
        moderator,
        ModerationAction.APPROVE_REVISION,
        answer.status,
        note or f"revision {revision.pk}",
    )
    return answer


@transaction.atomic
def revision_withdraw(*, revision: AnswerRevision, by: Any, note: str = "") -> AnswerRevision:
    """Drop a revision in review; the live answer is unchanged."""
    _require_moderator(by)
    revision = _pending(revision)
    revision.status = RevisionStatus.WITHDRAWN
    revision.decided_by = by
    revision.decided_at = timezone.now()
    revision.save(update_fields=["status", "decided_by", "decided_at"])
    _record(
        revision.answer,
        by,
        ModerationAction.WITHDRAW_REVISION,
        revision.answer.status,
        note or f"revision {revision.pk}",
    )
    return revision
