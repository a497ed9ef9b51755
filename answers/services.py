"""Writes for answers: creation, editing, the moderation workflow, resolving feedback.

What readers write (feedback, saved questions) is in ``reader_services.py``.

Workflow: draft → in_review → (approved by a second person) → published → archived;
unpublish returns a published (or archived) answer to draft. Every change of state
is recorded as a ModerationEvent in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from answers.conditions import CONDITION_GENES, ConditionError, validate_condition
from answers.models import (
    Answer,
    Block,
    Feedback,
    ModerationAction,
    ModerationEvent,
    Question,
    Source,
    Status,
    Topic,
    TopicKind,
)

# Names and kinds for the topic slugs content uses; unknown slugs become general topics.
TOPIC_DEFAULTS: dict[str, tuple[str, str, int]] = {
    "biomarkers": ("Biomarkers", TopicKind.GENERAL, 10),
    "alk": ("ALK", TopicKind.GENE, 20),
    "egfr": ("EGFR", TopicKind.GENE, 21),
    "ros1": ("ROS1", TopicKind.GENE, 22),
    "kras": ("KRAS", TopicKind.GENE, 23),
    "braf": ("BRAF", TopicKind.GENE, 24),
    "met": ("MET", TopicKind.GENE, 25),
    "ret": ("RET", TopicKind.GENE, 26),
    "ntrk": ("NTRK", TopicKind.GENE, 27),
    "her2": ("HER2 (ERBB2)", TopicKind.GENE, 28),
    "erbb2": ("HER2 (ERBB2)", TopicKind.GENE, 28),
    "pd-l1": ("PD-L1", TopicKind.GENE, 29),
    "nrg1": ("NRG1", TopicKind.GENE, 30),
    "stage": ("Stage", TopicKind.STAGE, 40),
    "histology": ("Type of lung cancer", TopicKind.HISTOLOGY, 50),
    "pathology": ("Pathology reports", TopicKind.GENERAL, 51),
    "support": ("Support and care", TopicKind.GENERAL, 52),
    "testing": ("Biomarker testing", TopicKind.GENERAL, 11),
    "targeted-therapy": ("Targeted therapy", TopicKind.TREATMENT, 60),
    "immunotherapy": ("Immunotherapy", TopicKind.TREATMENT, 61),
    "chemotherapy": ("Chemotherapy", TopicKind.TREATMENT, 62),
    "resistance": ("When treatment stops working", TopicKind.TREATMENT, 63),
    "side-effects": ("Side effects", TopicKind.TREATMENT, 64),
    "clinical-trials": ("Clinical trials", TopicKind.TREATMENT, 65),
}
_GENE_BY_SLUG = {g.lower(): g for g in CONDITION_GENES} | {"her2": "ERBB2"}
# What an edit may change. last_reviewed is not among them: only an approval sets it.
EDITABLE_FIELDS = frozenset({"title", "summary", "body", "reviewer_role", "recheck_by"})


def _require_moderator(user: Any) -> None:
    if not (getattr(user, "is_authenticated", False) and getattr(user, "is_moderator", False)):
        raise PermissionDenied("Only moderators and administrators may do this.")


def _record(answer: Answer, actor: Any, action: str, from_status: str, note: str = "") -> None:
    ModerationEvent.objects.create(
        answer=answer,
        actor=actor,
        action=action,
        from_status=from_status,
        to_status=answer.status,
        note=note,
    )


def _clear_approval(answer: Answer) -> None:
    # An approval covers the text that was approved, not later edits of an answer in review.
    if answer.status == Status.IN_REVIEW and answer.reviewer_id is not None:
        answer.reviewer = None
        answer.approved_at = None
        answer.reviewer_name = ""


@transaction.atomic
def record_event(*, answer: Answer, actor: Any, action: str, note: str = "") -> None:
    """Record an edit made outside the workflow services (e.g. the admin change form).

    An edit of an answer in review withdraws an approval it had: the approver saw other text.
    """
    _require_moderator(actor)
    if action == ModerationAction.EDIT and answer.status == Status.IN_REVIEW:
        locked = Answer.objects.select_for_update().get(pk=answer.pk)
        if locked.reviewer_id is not None:
            _clear_approval(locked)
            locked._history_user = actor
            locked.save()
            answer.refresh_from_db()
    _record(answer, actor, action, answer.status, note)


def reviewer_name(user: Any) -> str:
    """The name shown on the public page: the display name only, never an e-mail address."""
    return (getattr(user, "display_name", "") or "").strip()


def approval_date(reviewed_on: date | None) -> date:
    today = timezone.localdate()
    if reviewed_on is None:
        return today
    if reviewed_on > today:
        raise ValidationError(f"A review date cannot be in the future ({reviewed_on}).")
    return reviewed_on


def topic_get_or_create(*, slug: str) -> Topic:
    slug = slug.strip().lower()
    if not slug:
        raise ValidationError("A topic slug is empty.")
    name, kind, order = TOPIC_DEFAULTS.get(
        slug, (slug.replace("-", " ").capitalize(), TopicKind.GENERAL, 100)
    )
    topic, _ = Topic.objects.get_or_create(
        slug=slug,
        defaults={"name": name, "kind": kind, "order": order, "gene": _GENE_BY_SLUG.get(slug, "")},
    )
    return topic


def _check_children(questions: Iterable[Mapping], blocks: Iterable[Mapping]) -> None:
    for i, q in enumerate(questions):
        if not str(q.get("text", "")).strip():
            raise ValidationError(f"Question {i + 1} has no text.")
        if q.get("condition"):
            try:
                validate_condition(q["condition"])
            except ConditionError as exc:
                raise ValidationError(f"Question {i + 1}: {exc}") from exc
    for i, b in enumerate(blocks):
        if not str(b.get("body", "")).strip():
            raise ValidationError(f"Block {i + 1} has no body.")
        try:
            validate_condition(b.get("condition"))
        except ConditionError as exc:
            raise ValidationError(f"Block {i + 1}: {exc}") from exc


def _replace_children(
    answer: Answer,
    *,
    by: Any,
    sources: Iterable[Mapping] | None,
    questions: Iterable[Mapping] | None,
    blocks: Iterable[Mapping] | None,
) -> None:
    # Rows are deleted and re-created one by one (not in bulk) so that
    # simple-history records each change, with who made it: the trail survives edits.
    def replace(old_rows: Iterable[Any], new_rows: list[Any]) -> None:
        for old in old_rows:
            old._history_user = by
            old.delete()
        for row in new_rows:
            row.full_clean()
            row._history_user = by
            row.save()

    if sources is not None:
        replace(
            answer.sources.all(),
            [
                Source(
                    answer=answer, title=s["title"], url=s["url"], accessed=s["accessed"], order=i
                )
                for i, s in enumerate(sources)
            ],
        )
    if questions is not None:
        replace(
            answer.questions.all(),
            [
                Question(
                    answer=answer,
                    text=q["text"].strip(),
                    condition=q.get("condition") or None,
                    order=i,
                )
                for i, q in enumerate(questions)
            ],
        )
    if blocks is not None:
        replace(
            answer.blocks.all(),
            [
                Block(answer=answer, condition=b["condition"], body=b["body"], order=i)
                for i, b in enumerate(blocks)
            ],
        )


@transaction.atomic
def answer_create(
    *,
    author: Any,
    slug: str,
    title: str,
    summary: str,
    body: str,
    topics: Iterable[str] = (),
    sources: Iterable[Mapping] = (),
    questions: Iterable[Mapping] = (),
    blocks: Iterable[Mapping] = (),
    recheck_by: date | None = None,
) -> Answer:
    """Create a draft answer with its sources, questions and personalized blocks."""
    _require_moderator(author)
    questions, blocks, sources = list(questions), list(blocks), list(sources)
    _check_children(questions, blocks)
    answer = Answer(
        slug=slug,
        title=title,
        summary=summary,
        body=body,
        author=author,
        recheck_by=recheck_by,
        status=Status.DRAFT,
    )
    answer._history_user = author
    answer.full_clean()
    answer.save()
    answer.topics.set([topic_get_or_create(slug=t) for t in topics])
    _replace_children(answer, by=author, sources=sources, questions=questions, blocks=blocks)
    _record(answer, author, ModerationAction.CREATE, "")
    return answer


@transaction.atomic
def answer_update(
    *,
    answer: Answer,
    by: Any,
    topics: Iterable[str] | None = None,
    sources: Iterable[Mapping] | None = None,
    questions: Iterable[Mapping] | None = None,
    blocks: Iterable[Mapping] | None = None,
    **fields: Any,
) -> Answer:
    """Edit an unpublished answer; only the fields given change. The status stays as it is.

    A published answer is never edited in place: its edits go through a revision
    (answers.revisions.answer_revise) that a second person approves.
    """
    _require_moderator(by)
    if answer.status == Status.PUBLISHED:
        raise ValidationError(
            "This answer is published: an edit becomes a revision that a second moderator "
            "approves before it replaces the live text."
        )
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(f"Cannot edit field(s): {', '.join(sorted(unknown))}.")
    questions = list(questions) if questions is not None else None
    blocks = list(blocks) if blocks is not None else None
    _check_children(questions or [], blocks or [])
    for name, value in fields.items():
        setattr(answer, name, value)
    answer.full_clean()
    _clear_approval(answer)
    answer._history_user = by
    answer.save()
    if topics is not None:
        answer.topics.set([topic_get_or_create(slug=t) for t in topics])
    _replace_children(answer, by=by, sources=sources, questions=questions, blocks=blocks)
    _record(answer, by, ModerationAction.EDIT, answer.status)
    return answer


def _transition(
    answer: Answer,
    moderator: Any,
    *,
    action: str,
    allowed_from: tuple[str, ...],
    to: str,
    note: str = "",
    reviewed_on: date | None = None,
) -> Answer:
    _require_moderator(moderator)
    with transaction.atomic():
        # Lock the row so two moderators clicking at once cannot both transition it.
        locked = Answer.objects.select_for_update().get(pk=answer.pk)
        if locked.status not in allowed_from:
            raise ValidationError(
                f"Cannot {action} an answer that is {locked.get_status_display().lower()} "
                f"(allowed from: {', '.join(allowed_from)})."
            )
        if action == ModerationAction.APPROVE:
            if locked.author_id == moderator.pk:
                raise PermissionDenied(
                    "You wrote this answer, so you cannot approve it: a second person must."
                )
            locked.reviewer = moderator
            locked.reviewer_name = reviewer_name(moderator)
            locked.approved_at = timezone.now()
            # This answer's own review date: the day its text was approved.
            locked.last_reviewed = approval_date(reviewed_on)
        elif action == ModerationAction.PUBLISH:
            if locked.reviewer_id is None or locked.approved_at is None:
                raise ValidationError(
                    "This answer needs approval by a second moderator before it can be published."
                )
            locked.published_at = timezone.now()
        elif action in (ModerationAction.SUBMIT, ModerationAction.UNPUBLISH):
            # New review round: an earlier approval does not cover later edits.
            locked.reviewer = None
            locked.reviewer_name = ""
            locked.approved_at = None
        from_status = locked.status
        locked.status = to
        # Named explicitly: outside a request (loader, shell, tasks) simple-history has no
        # user of its own, and the history would show the approval as made by nobody.
        locked._history_user = moderator
        locked.save()
        _record(locked, moderator, action, from_status, note)
    answer.refresh_from_db()
    return answer


def answer_submit(*, answer: Answer, by: Any, note: str = "") -> Answer:
    return _transition(
        answer,
        by,
        action=ModerationAction.SUBMIT,
        allowed_from=(Status.DRAFT,),
        to=Status.IN_REVIEW,
        note=note,
    )


def answer_approve(
    *, answer: Answer, moderator: Any, note: str = "", reviewed_on: date | None = None
) -> Answer:
    """Record a second person's approval; the answer stays in review until published.

    ``reviewed_on``: the day the text was reviewed when that was before today (content
    reviewed outside the portal and loaded from its file); today otherwise.
    """
    return _transition(
        answer,
        moderator,
        action=ModerationAction.APPROVE,
        allowed_from=(Status.IN_REVIEW,),
        to=Status.IN_REVIEW,
        note=note,
        reviewed_on=reviewed_on,
    )


def answer_publish(*, answer: Answer, moderator: Any, note: str = "") -> Answer:
    return _transition(
        answer,
        moderator,
        action=ModerationAction.PUBLISH,
        allowed_from=(Status.IN_REVIEW,),
        to=Status.PUBLISHED,
        note=note,
    )


def answer_unpublish(*, answer: Answer, moderator: Any, note: str = "") -> Answer:
    return _transition(
        answer,
        moderator,
        action=ModerationAction.UNPUBLISH,
        allowed_from=(Status.PUBLISHED, Status.ARCHIVED),
        to=Status.DRAFT,
        note=note,
    )


def answer_archive(*, answer: Answer, moderator: Any, note: str = "") -> Answer:
    return _transition(
        answer,
        moderator,
        action=ModerationAction.ARCHIVE,
        allowed_from=(Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED),
        to=Status.ARCHIVED,
        note=note,
    )


@transaction.atomic
def feedback_resolve(*, feedback: Feedback, moderator: Any, note: str = "") -> Feedback:
    _require_moderator(moderator)
    if feedback.resolved_at is not None:
        return feedback
    feedback.resolved_at = timezone.now()
    feedback.resolved_by = moderator
    feedback.resolution_note = note
    feedback.save(update_fields=["resolved_at", "resolved_by", "resolution_note"])
    _record(
        feedback.answer,
        moderator,
        ModerationAction.RESOLVE_FEEDBACK,
        feedback.answer.status,
        note or f"feedback #{feedback.pk}",
    )
    return feedback
