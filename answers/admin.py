"""Moderation in the Django admin. Actions are thin: each one calls a service."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

from answers import revisions, selectors, services
from answers.admin_moderation import (
    MODERATION_ACTIONS,
    AnswerAdminForm,
    ModeratorOnly,
    formset_rows,
)
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


class _HistoryChanges(HistoricalRecordContextHelper):
    """simple-history shows a link that was empty (no reviewer before an approval) as
    "Deleted user (pk=None)". An empty link is shown as empty; a truly deleted row keeps
    the library's wording."""

    def prepare_delta_change_value(self, change, value):
        if isinstance(value, DeletedObject) and value.pk is None:
            return "(none)"
        return super().prepare_delta_change_value(change, value)


@admin.register(Answer)
class AnswerAdmin(ModeratorOnly, SimpleHistoryAdmin):
    form = AnswerAdminForm
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
        "pending_revision_link",
        "author",
        "reviewer",
        "reviewer_name",
        "approved_at",
        "last_reviewed",
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
        "reviewer_role",
        "recheck_by",
        "reading_grade_display",
        "status",
        "pending_revision_link",
        "author",
        "reviewer",
        "reviewer_name",
        "approved_at",
        "last_reviewed",
        "published_at",
        "compare_link",
    )

    def get_historical_record_context_helper(self, request: HttpRequest, historical_record):
        return _HistoryChanges(self.model, historical_record)

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        # A published answer keeps its address: links and bookmarks point to it.
        if obj is not None and obj.status == Status.PUBLISHED:
            return (*self.readonly_fields, "slug")
        return self.readonly_fields

    def get_prepopulated_fields(self, request: HttpRequest, obj=None):
        if obj is not None and obj.status == Status.PUBLISHED:
            return {}
        return super().get_prepopulated_fields(request, obj)

    @admin.display(description="Revision in review")
    def pending_revision_link(self, obj: Answer) -> str:
        revision = selectors.pending_revision(answer=obj) if obj and obj.pk else None
        if revision is None:
            return "None. Saving a published answer keeps the edit as a revision for review."
        url = reverse("admin:answers_answerrevision_change", args=[revision.pk])
        return format_html(
            '<a href="{}">Revision by {} of {}</a>: the live page keeps its text until a '
            "second moderator approves it.",
            url,
            revision.editor,
            f"{revision.created_at:%Y-%m-%d %H:%M} UTC",
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

    @staticmethod
    def _is_live(obj: Answer, change: bool) -> bool:
        return change and obj.status == Status.PUBLISHED

    def save_model(self, request: HttpRequest, obj: Answer, form, change: bool) -> None:
        if self._is_live(obj, change):
            return  # kept as a revision in save_related, once the inlines are known too
        if not change:
            obj.author = request.user
            obj.status = Status.DRAFT
        super().save_model(request, obj, form, change)
        services.record_event(
            answer=obj,
            actor=request.user,
            action=ModerationAction.EDIT if change else ModerationAction.CREATE,
        )

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        obj = form.instance
        if not self._is_live(obj, change):
            super().save_related(request, form, formsets, change)
            return
        # A published answer: nothing live changes. The edit is kept as a revision that a
        # second moderator approves (answers.revisions).
        rows = {fs.model: formset_rows(fs) for fs in formsets}
        data = form.cleaned_data
        try:
            revision = revisions.answer_revise(
                answer=obj,
                by=request.user,
                title=data["title"],
                summary=data["summary"],
                body=data["body"],
                reviewer_role=data["reviewer_role"],
                recheck_by=data.get("recheck_by"),
                topics=[t.slug for t in data["topics"]],
                sources=rows.get(Source, []),
                questions=rows.get(Question, []),
                blocks=rows.get(Block, []),
            )
        except ValidationError as exc:
            request._answer_revision_message = (" ".join(exc.messages), messages.WARNING)
        else:
            request._answer_revision_message = (
                f"Your edit of “{obj}” is kept as revision {revision.pk}, waiting for a second "
                "moderator's review. The live page shows the reviewed text until then.",
                messages.SUCCESS,
            )

    def construct_change_message(self, request: HttpRequest, form, formsets, add: bool):
        message = getattr(request, "_answer_revision_message", None)
        if message is not None:  # the inlines were not saved: nothing of theirs to list
            return message[0]
        return super().construct_change_message(request, form, formsets, add)

    def response_change(self, request: HttpRequest, obj: Answer) -> HttpResponse:
        message = getattr(request, "_answer_revision_message", None)
        if message is None:
            return super().response_change(request, obj)
        self.message_user(request, message[0], message[1])
        return HttpResponseRedirect(reverse("admin:answers_answer_change", args=[obj.pk]))

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
        "queue_reason",
        "author",
        "reviewer",
        "approved_at",
        "recheck_by",
        "reading_grade_display",
        "updated_at",
    )
    list_filter = ("status", "topics")

    def get_queryset(self, request: HttpRequest):
        return selectors.moderation_queue()

    @admin.display(description="Why it is here")
    def queue_reason(self, obj: Answer) -> str:
        reasons = []
        if obj.status == Status.IN_REVIEW:
            reasons.append("approved, not yet published" if obj.reviewer_id else "in review")
        if getattr(obj, "has_pending_revision", False):
            reasons.append("revision waiting for review")
        if getattr(obj, "recheck_due", False):
            reasons.append(f"re-check due since {obj.recheck_by:%d %B %Y}")
        return "; ".join(reasons).capitalize()

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
