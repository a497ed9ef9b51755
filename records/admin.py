from __future__ import annotations

from django.contrib import admin

from records.models import Record


@admin.register(Record)
class RecordAdmin(admin.ModelAdmin):
    # Operators see job state only, never the report text or findings (PHI).
    list_display = ("public_id", "status", "attempts", "document_kind", "page_count", "uploaded_at")
    list_filter = ("status", "document_kind")
    fields = (
        "public_id", "status", "failure_reason", "attempts", "document_kind", "page_count",
        "size", "uploaded_at", "processing_started_at", "processed_at",
    )  # fmt: skip
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
