"""General answers, their personalized parts, moderation trail and patient feedback."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from answers.conditions import ConditionError, validate_condition
from answers.readability import reading_grade


class TopicKind(models.TextChoices):
    GENE = "gene", "Gene / biomarker"
    STAGE = "stage", "Stage"
    HISTOLOGY = "histology", "Histology"
    TREATMENT = "treatment", "Treatment class"
    GENERAL = "general", "General"


# General topics about biomarker testing as a whole: they concern every gene (relevance in
# answers.personalize, the genes shelf of the library).
TESTING_TOPICS = frozenset({"biomarkers", "testing"})


class Topic(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=100)
    kind = models.CharField(max_length=16, choices=TopicKind.choices, default=TopicKind.GENERAL)
    # For gene topics: the profile key this topic is about ("ALK", "PD-L1").
    gene = models.CharField(max_length=16, blank=True)
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    ARCHIVED = "archived", "Archived"


class Answer(models.Model):
    slug = models.SlugField(unique=True, max_length=120)
    title = models.CharField("question", max_length=200)
    summary = models.TextField(max_length=600)
    body = models.TextField(help_text="Markdown. Follows CONTENT.md: short answer, what it is…")
    topics = models.ManyToManyField(Topic, related_name="answers", blank=True)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="answers_authored"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="answers_reviewed",
        help_text="Who approved the current version (a second person, never the author).",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    # The reviewer's name as it was at approval, shown on the public page next to the text
    # that person approved. A plain string: user rows never go into the page cache.
    reviewer_name = models.CharField(max_length=150, blank=True, editable=False)
    # Set by the approval of this answer's text (answers.services), never typed in by hand.
    last_reviewed = models.DateField(null=True, blank=True, editable=False)
    recheck_by = models.DateField(
        "re-check by",
        null=True,
        blank=True,
        help_text="Optional. From this date the answer is listed in the moderation queue.",
    )
    reviewer_role = models.CharField(
        max_length=100, default="Oncology content reviewer", help_text="Shown on the public page."
    )
    published_at = models.DateTimeField(null=True, blank=True)
    reading_grade = models.FloatField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[topics])

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.reading_grade = reading_grade(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("answers:detail", kwargs={"slug": self.slug})


class AnswerInReview(Answer):
    """The moderation queue: answers and revisions waiting for a second person, re-checks due."""

    class Meta:
        proxy = True
        verbose_name = "answer in review"
        verbose_name_plural = "answers in review"


class RevisionStatus(models.TextChoices):
    PENDING = "pending", "Waiting for review"
    APPROVED = "approved", "Approved and live"
    WITHDRAWN = "withdrawn", "Withdrawn"


class AnswerRevision(models.Model):
    """An edit of a published answer, waiting for a second person's review.

    The live answer keeps its text (and the name of the person who reviewed that text) until
    someone other than the editor approves the revision; only then is it copied onto the
    answer. Parts are kept as plain data (sources, questions, blocks) so that nothing of the
    live answer is touched before approval.
    """

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="revisions")
    status = models.CharField(
        max_length=16,
        choices=RevisionStatus.choices,
        default=RevisionStatus.PENDING,
        db_index=True,
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="answer_revisions"
    )
    title = models.CharField("question", max_length=200)
    summary = models.TextField(max_length=600)
    body = models.TextField()
    reviewer_role = models.CharField(max_length=100)
    recheck_by = models.DateField("re-check by", null=True, blank=True)
    topics = models.JSONField(default=list)  # topic slugs
    sources = models.JSONField(default=list)  # [{title, url, accessed (ISO date)}]
    questions = models.JSONField(default=list)  # [{text, condition?}]
    blocks = models.JSONField(default=list)  # [{condition, body}]
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # One open revision per answer: a second edit would silently drop the first.
            models.UniqueConstraint(
                fields=["answer"],
                condition=models.Q(status="pending"),
                name="one_pending_revision_per_answer",
            )
        ]

    def __str__(self) -> str:
        return f"Revision {self.pk} of “{self.answer}” ({self.get_status_display().lower()})"


class _Conditioned(models.Model):
    condition_required = False

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        # Saved outside a form too (loader, shell): never store a condition that cannot match.
        self.validate_condition()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        self.validate_condition()

    def validate_condition(self) -> None:
        condition = getattr(self, "condition", None)
        if condition in (None, {}) and not self.condition_required:
            return
        try:
            validate_condition(condition)
        except ConditionError as exc:
            raise ValidationError({"condition": str(exc)}) from exc


class Source(models.Model):
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(max_length=300)
    url = models.URLField(max_length=500)
    accessed = models.DateField()
    order = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.title


class Question(_Conditioned):
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(max_length=300)
    condition = models.JSONField(null=True, blank=True, help_text="Empty: asked by everyone.")
    order = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.text


class Block(_Conditioned):
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="blocks")
    condition = models.JSONField(help_text="Shown only when the patient's profile matches.")
    body = models.TextField(help_text="Markdown.")
    order = models.PositiveSmallIntegerField(default=0)

    condition_required = True
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return f"Block {self.order} of {self.answer_id}"


class ModerationAction(models.TextChoices):
    CREATE = "create", "Created"
    EDIT = "edit", "Edited"
    REVISE = "revise", "Revision of the published text submitted"
    APPROVE_REVISION = "approve_revision", "Revision approved and live"
    WITHDRAW_REVISION = "withdraw_revision", "Revision withdrawn"
    SUBMIT = "submit", "Submitted for review"
    APPROVE = "approve", "Approved"
    PUBLISH = "publish", "Published"
    UNPUBLISH = "unpublish", "Unpublished"
    ARCHIVE = "archive", "Archived"
    RESOLVE_FEEDBACK = "resolve_feedback", "Resolved feedback"


class ModerationEvent(models.Model):
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="moderation_events"
    )
    action = models.CharField(max_length=24, choices=ModerationAction.choices)
    from_status = models.CharField(max_length=16, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=16, choices=Status.choices, blank=True)
    note = models.TextField(blank=True)
    # USE_TZ=True: stored and compared in UTC.
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return (
            f"{self.get_action_display()} by {self.actor} at {self.created_at:%Y-%m-%d %H:%M} UTC"
        )


class Feedback(models.Model):
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="feedback")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="answer_feedback"
    )
    helpful = models.BooleanField(null=True, blank=True)
    problem = models.TextField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    resolution_note = models.TextField(blank=True)

    class Meta:
        ordering = [models.F("resolved_at").asc(nulls_first=True), "-created_at"]
        verbose_name_plural = "feedback"

    def __str__(self) -> str:
        kind = "problem report" if self.problem else "helpful vote"
        return f"{kind} on {self.answer_id} ({'resolved' if self.resolved_at else 'open'})"


# --- version stamp -----------------------------------------------------------------------
# Answer.updated_at is the version stamp that cached answer pages are keyed by
# (answers/selectors.py), so a change to any part of an answer must move it too. Touched
# after the change (or inside the deleting transaction), never before it: a reader that sees
# the new stamp must also see the new content.


def _touch(answer_ids: Any) -> None:
    ids = [pk for pk in (answer_ids or ()) if pk is not None]
    if ids:
        Answer.objects.filter(pk__in=ids).update(updated_at=timezone.now())


@receiver(post_save, sender=Source)
@receiver(post_save, sender=Question)
@receiver(post_save, sender=Block)
@receiver(post_delete, sender=Source)
@receiver(post_delete, sender=Question)
@receiver(post_delete, sender=Block)
def _part_changed(sender: type, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    if not raw:  # loaddata: the fixture sets updated_at itself
        _touch([instance.answer_id])


@receiver(post_save, sender=Topic)
@receiver(pre_delete, sender=Topic)  # inside the delete's transaction; the links go with it
def _topic_changed(sender: type, instance: Topic, raw: bool = False, **kwargs: Any) -> None:
    if not raw:
        _touch(list(instance.answers.values_list("pk", flat=True)))


@receiver(m2m_changed, sender=Answer.topics.through)
def _topics_changed(
    sender: type, instance: Any, action: str, reverse: bool, pk_set: Any, **kwargs: Any
) -> None:
    if not reverse:
        if action in ("post_add", "post_remove", "post_clear"):
            _touch([instance.pk])
    elif action == "pre_clear":
        # After the clear the topic no longer knows its answers: remember them now.
        instance._answers_before_clear = list(instance.answers.values_list("pk", flat=True))
    elif action == "post_clear":
        _touch(getattr(instance, "_answers_before_clear", []))
    elif action in ("post_add", "post_remove"):
        _touch(pk_set)


class SavedQuestion(models.Model):
    """A question the patient keeps for their next appointment (issue 16): usually one of
    an answer's "questions to ask your care team", listed on the visit summary."""

    MAX_LENGTH = 300

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_questions"
    )
    text = models.CharField(max_length=MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "text"], name="saved_question_once_per_owner")
        ]

    def __str__(self) -> str:
        return f"Saved question #{self.pk}"
