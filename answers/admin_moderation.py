"""Moderation pieces of the admin: the role check, the workflow actions, the answer form,
and the revisions in review. Registered through answers/admin.py, which imports this."""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.utils.html import format_html_join

from answers import revisions, selectors, services
from answers.models import Answer, AnswerRevision, Status


class ModeratorOnly:
    """Moderators are staff without per-model permissions: the role decides here."""

    def _ok(self, request: HttpRequest) -> bool:
        return bool(request.user.is_active and getattr(request.user, "is_moderator", False))

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._ok(request)

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._ok(request)

    def has_add_permission(self, request: HttpRequest, *args) -> bool:
        return self._ok(request)

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._ok(request)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        # Answers are archived, never deleted: the trail must survive.
        return False


def _moderation_action(service: Callable, actor_kw: str, verb: str, description: str) -> Callable:
    def action(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset) -> None:
        done = 0
        for answer in queryset:
            try:
                service(answer=answer, **{actor_kw: request.user})
                done += 1
            except (PermissionDenied, ValidationError) as exc:
                reason = "; ".join(getattr(exc, "messages", None) or [str(exc)])
                modeladmin.message_user(
                    request, f"“{answer}” was not {verb}: {reason}", messages.ERROR
                )
        if done:
            modeladmin.message_user(request, f"{done} answer(s) {verb}.", messages.SUCCESS)

    action.__name__ = f"action_{verb.replace(' ', '_')}"
    return admin.action(description=description)(action)


def _on_pending_revision(service: Callable, actor_kw: str) -> Callable:
    # The answer actions below act on the answer's revision in review, where it has one.
    def run(*, answer: Answer, **actor) -> None:
        revision = selectors.pending_revision(answer=answer)
        if revision is None:
            raise ValidationError("it has no revision waiting for review")
        service(revision=revision, **{actor_kw: actor["actor"]})

    return run


MODERATION_ACTIONS = [
    _moderation_action(services.answer_submit, "by", "submitted", "Submit for review"),
    _moderation_action(services.answer_approve, "moderator", "approved", "Approve (second person)"),
    _moderation_action(services.answer_publish, "moderator", "published", "Publish"),
    _moderation_action(
        _on_pending_revision(revisions.revision_approve, "moderator"),
        "actor",
        "revision approved",
        "Approve its revision and make it live (second person)",
    ),
    _moderation_action(
        _on_pending_revision(revisions.revision_withdraw, "by"),
        "actor",
        "revision withdrawn",
        "Withdraw its revision",
    ),
    _moderation_action(services.answer_unpublish, "moderator", "unpublished", "Unpublish to draft"),
    _moderation_action(services.answer_archive, "moderator", "archived", "Archive"),
]


class AnswerAdminForm(forms.ModelForm):
    class Meta:
        model = Answer
        fields = ("title", "slug", "summary", "body", "topics", "reviewer_role", "recheck_by")

    def clean(self):
        cleaned = super().clean()
        answer = self.instance
        if answer.pk and answer.status == Status.PUBLISHED:
            revision = selectors.pending_revision(answer=answer)
            if revision is not None:
                # Refused here, so the form comes back with the moderator's text intact.
                raise ValidationError(
                    f"A revision by {revision.editor} is already waiting for review. Approve "
                    "or withdraw it (moderation queue) before editing this answer again."
                )
        return cleaned


def formset_rows(formset) -> list[dict]:
    """The rows an inline formset would save, in their order, without saving them."""
    rows = []
    for i, form in enumerate(formset.forms):
        data = getattr(form, "cleaned_data", None)
        if not data or (formset.can_delete and formset._should_delete_form(form)):
            continue
        rows.append((data.get("order") or 0, i, data))
    return [data for _, _, data in sorted(rows, key=lambda r: r[:2])]


def _revision_action(service: Callable, actor_kw: str, verb: str, description: str) -> Callable:
    def action(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset) -> None:
        done = 0
        for revision in queryset.select_related("answer"):
            try:
                service(revision=revision, **{actor_kw: request.user})
                done += 1
            except (PermissionDenied, ValidationError) as exc:
                reason = "; ".join(getattr(exc, "messages", None) or [str(exc)])
                modeladmin.message_user(
                    request, f"“{revision}” was not {verb}: {reason}", messages.ERROR
                )
        if done:
            modeladmin.message_user(request, f"{done} revision(s) {verb}.", messages.SUCCESS)

    action.__name__ = f"revision_{verb}"
    return admin.action(description=description)(action)


@admin.register(AnswerRevision)
class AnswerRevisionAdmin(ModeratorOnly, admin.ModelAdmin):
    """Revisions are read here and approved or withdrawn; they are edited as answers."""

    list_display = ("answer", "status", "editor", "created_at", "decided_by", "decided_at")
    list_filter = ("status",)
    fields = ("answer", "status", "editor", "created_at", "changes", "decided_by", "decided_at")
    readonly_fields = fields
    actions = [
        _revision_action(
            revisions.revision_approve,
            "moderator",
            "approved",
            "Approve and make live (second person)",
        ),
        _revision_action(revisions.revision_withdraw, "by", "withdrawn", "Withdraw"),
    ]

    def has_add_permission(self, request: HttpRequest, *args) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    @admin.display(description="What it changes on the live answer")
    def changes(self, obj: AnswerRevision) -> str:
        diffs = selectors.revision_diff(revision=obj)
        if not diffs:
            return "Nothing."
        return format_html_join(
            "",
            "<h3>{}</h3><pre>{}</pre>",
            ((d.field, d.unified or f"- {d.old}\n+ {d.new}") for d in diffs),
        )
