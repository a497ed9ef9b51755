"""Moderation in the Django admin. Actions are thin: each one calls a service."""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from answers import selectors, services
from answers.models import (
    Answer,
    AnswerInReview,
    Block,
    Feedback,
    ModerationAction,
    ModerationEvent,
    Question,
    Source,
    Status,
    Topic,
)


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


# Stacked, not tabular: a tabular inline labels its cells only by the column heading, so
# screen readers meet unlabelled fields (axe: label, label-title-only).
class SourceInline(ModeratorOnly, admin.StackedInline):
    model = Source
    extra = 0
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._ok(request)


class QuestionInline(SourceInline):
    model = Question


class BlockInline(SourceInline):
    model = Block


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


MODERATION_ACTIONS = [
    _moderation_action(services.answer_submit, "by", "submitted", "Submit for review"),
    _moderation_action(services.answer_approve, "moderator", "approved", "Approve (second person)"),
    _moderation_action(services.answer_publish, "moderator", "published", "Publish"),
    _moderation_action(services.answer_unpublish, "moderator", "unpublished", "Unpublish to draft"),
    _moderation_action(services.answer_archive, "moderator", "archived", "Archive"),
]


@admin.register(Answer)
class AnswerAdmin(ModeratorOnly, SimpleHistoryAdmin):
    list_display = (
        "title",
        "status",
        "reading_grade_display",
        "author",
        "reviewer",
        "last_reviewed",
        "updated_at",
    )
    list_filter = ("status", "topics")
    search_fields = ("title", "summary", "slug")
    prepopulated_fields = {"slug": ("title",)}
    # A plain list of checkboxes: the two-box filter widget fails axe (aria-prohibited-attr).
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    inlines = [SourceInline, QuestionInline, BlockInline]
    actions = MODERATION_ACTIONS
    readonly_fields = (
        "status",
        "author",
        "reviewer",
        "approved_at",
        "published_at",
        "reading_grade_display",
        "compare_link",
    )
    fields = (
        "title",
        "slug",
        "summary",
        "body",
        "topics",
        "last_reviewed",
        "reviewer_role",
        "reading_grade_display",
        "status",
        "author",
        "reviewer",
        "approved_at",
        "published_at",
        "compare_link",
    )

    @admin.display(description="Reading grade (target ≤ 8)", ordering="reading_grade")
    def reading_grade_display(self, obj: Answer) -> str:
        if obj is None or obj.reading_grade is None:
            return "-"
        flag = "" if obj.reading_grade <= 8 else " (above target)"
        return f"{obj.reading_grade:.1f}{flag}"

    @admin.display(description="Versions")
    def compare_link(self, obj: Answer) -> str:
        if obj is None or obj.pk is None:
            return "-"
        url = reverse("admin:answers_answer_compare", args=[obj.pk])
        return format_html('<a href="{}">Compare versions field by field</a>', url)

    def save_model(self, request: HttpRequest, obj: Answer, form, change: bool) -> None:
        if not change:
            obj.author = request.user
            obj.status = Status.DRAFT
        super().save_model(request, obj, form, change)
        services.record_event(
            answer=obj,
            actor=request.user,
            action=ModerationAction.EDIT if change else ModerationAction.CREATE,
        )

    def get_urls(self):
        extra = [
            path(
                "<int:pk>/compare/",
                self.admin_site.admin_view(self.compare_view),
                name="answers_answer_compare",
            )
        ]
        return extra + super().get_urls()

    def compare_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        if not self._ok(request):
            raise PermissionDenied
        answer = get_object_or_404(Answer, pk=pk)
        versions = list(selectors.answer_versions(answer=answer))
        diffs = None
        old_id, new_id = request.GET.get("old"), request.GET.get("new")
        if old_id and new_id and old_id.isdigit() and new_id.isdigit():
            diffs = selectors.answer_version_diff(
                answer=answer, old_id=int(old_id), new_id=int(new_id)
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "answer": answer,
            "versions": versions,
            "diffs": diffs,
            "old_id": old_id,
            "new_id": new_id,
            "title": f"Compare versions: {answer}",
        }
        return TemplateResponse(request, "admin/answers/answer_compare.html", context)


@admin.register(AnswerInReview)
class AnswerInReviewAdmin(AnswerAdmin):
    list_display = (
        "title",
        "author",
        "reviewer",
        "approved_at",
        "reading_grade_display",
        "updated_at",
    )
    list_filter = ("topics",)

    def get_queryset(self, request: HttpRequest):
        return selectors.answers_in_review()

    def has_add_permission(self, request: HttpRequest, *args) -> bool:
        return False


@admin.register(Feedback)
class FeedbackAdmin(ModeratorOnly, admin.ModelAdmin):
    list_display = ("answer", "helpful", "problem_excerpt", "created_at", "resolved_at")
    list_filter = (("resolved_at", admin.EmptyFieldListFilter), "helpful")
    readonly_fields = (
        "answer",
        "user",
        "helpful",
        "problem",
        "created_at",
        "resolved_at",
        "resolved_by",
        "resolution_note",
    )
    actions = ["resolve"]

    def has_add_permission(self, request: HttpRequest, *args) -> bool:
        return False

    @admin.display(description="Problem")
    def problem_excerpt(self, obj: Feedback) -> str:
        return (obj.problem[:80] + "…") if len(obj.problem) > 80 else obj.problem

    @admin.action(description="Mark resolved")
    def resolve(self, request: HttpRequest, queryset) -> None:
        for feedback in queryset.select_related("answer"):
            services.feedback_resolve(feedback=feedback, moderator=request.user)
        self.message_user(request, f"{queryset.count()} feedback item(s) resolved.")


@admin.register(ModerationEvent)
class ModerationEventAdmin(ModeratorOnly, admin.ModelAdmin):
    list_display = ("created_at", "answer", "action", "from_status", "to_status", "actor")
    list_filter = ("action",)
    readonly_fields = (
        "answer",
        "actor",
        "action",
        "from_status",
        "to_status",
        "note",
        "created_at",
    )

    def has_add_permission(self, request: HttpRequest, *args) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(Topic)
class TopicAdmin(ModeratorOnly, admin.ModelAdmin):
    list_display = ("name", "slug", "kind", "gene", "order")
    prepopulated_fields = {"slug": ("name",)}
