"""Writes by readers of the answers: a patient's feedback on an answer and the questions a
patient saves for the next appointment. Moderators resolve feedback in ``services.py``."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from answers.models import Answer, Feedback, SavedQuestion, Status

__all__ = [
    "MAX_SAVED_QUESTIONS", "feedback_create", "feedback_delete_for", "saved_question_create",
    "saved_question_delete", "saved_questions_delete_for",
]  # fmt: skip


def feedback_create(
    *, answer: Answer, user: Any, helpful: bool | None = None, problem: str = ""
) -> Feedback:
    """A patient's "helpful?" vote and/or problem report, queued for moderators."""
    if not getattr(user, "is_authenticated", False):
        raise PermissionDenied("Sign in to send feedback.")
    problem = (problem or "").strip()
    if helpful is None and not problem:
        raise ValidationError("Say whether the answer helped, or describe the problem.")
    if len(problem) > 2000:
        raise ValidationError("Please keep the problem description under 2000 characters.")
    if answer.status != Status.PUBLISHED:
        raise ValidationError("Feedback is only taken on published answers.")
    return Feedback.objects.create(answer=answer, user=user, helpful=helpful, problem=problem)


def feedback_delete_for(*, user: Any) -> int:
    """Delete everything a user said about answers (their account is being deleted)."""
    deleted, _by_model = Feedback.objects.filter(user=user).delete()
    return deleted


# Saved questions (issue 16): the patient's own list for the next appointment.
MAX_SAVED_QUESTIONS = 100


def _question_text(text: Any) -> str:
    # One line, single spaces: the same question typed twice is saved once.
    text = " ".join(str(text or "").split())
    if not text:
        raise ValidationError("Write the question to save.")
    if len(text) > SavedQuestion.MAX_LENGTH:
        raise ValidationError(
            f"Please keep a question under {SavedQuestion.MAX_LENGTH} characters."
        )
    return text


@transaction.atomic
def saved_question_create(*, owner: Any, text: Any) -> tuple[SavedQuestion, bool]:
    """(the question, created?). Saving a question already kept returns it unchanged."""
    if not getattr(owner, "is_patient", False):
        raise PermissionDenied("Only a patient keeps questions for their appointments.")
    text = _question_text(text)
    existing = SavedQuestion.objects.filter(owner=owner, text=text).first()
    if existing is not None:
        return existing, False
    if SavedQuestion.objects.filter(owner=owner).count() >= MAX_SAVED_QUESTIONS:
        raise ValidationError(
            f"You can keep up to {MAX_SAVED_QUESTIONS} questions: delete some you no longer need."
        )
    return SavedQuestion.objects.create(owner=owner, text=text), True


def saved_question_delete(*, question: SavedQuestion) -> None:
    """``question`` comes from ``selectors.saved_question_get`` (the owner's own)."""
    question.delete()


def saved_questions_delete_for(*, owner: Any) -> int:
    """Delete every question the patient saved (their account is being deleted)."""
    deleted, _by_model = SavedQuestion.objects.filter(owner=owner).delete()
    return deleted
