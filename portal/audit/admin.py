from __future__ import annotations

from django.contrib import admin

from portal.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Append-only: nobody, superusers included, can add, edit or delete entries here."""

    list_display = (
        "at", "actor_kind", "actor_id", "action", "object_type", "object_id", "patient_id",
        "status_code", "ip",
    )  # fmt: skip
    list_filter = ("action", "actor_kind", "object_type")
    search_fields = ("object_id",)
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
