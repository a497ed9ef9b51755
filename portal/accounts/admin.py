from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.http import HttpRequest, HttpResponse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.admin_site import PortalAdminSite
from portal.accounts.models import ApiToken, User
from portal.audit.models import AuditAction
from portal.audit.services import audit_auth_event

# Every app registers on admin.site; swapping its class (as django-otp documents for
# OTPAdminSite) puts the 2FA requirement in front of all of them at once.
admin.site.__class__ = PortalAdminSite


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "role", "is_staff", "is_active", "date_joined"]
    list_filter = ["role", "is_staff", "is_active"]
    search_fields = ["email"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Profile", {"fields": ("display_name", "role")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "role", "password1", "password2")}),
    )
    filter_horizontal = ("groups",)

    def user_change_password(
        self, request: HttpRequest, id: str, form_url: str = ""
    ) -> HttpResponse:
        response = super().user_change_password(request, id, form_url)
        if request.method == "POST" and response.status_code == 302:
            # A staff member set this person's password: it is in the person's access log
            # (and User.save() has revoked their API tokens).
            user = User.objects.filter(pk=id).first()
            if user is not None:
                audit_auth_event(
                    event=AuditAction.PASSWORD_CHANGE, user=user, actor=request.user,
                    request=request,
                )  # fmt: skip
        return response


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Signed-in devices: who and when, never a key (only a digest is stored, and neither
    the digest nor the key prefix is shown). Staff can revoke (delete), never mint one."""

    list_display = ["public_id", "user", "label", "created", "expiry"]
    fields = ["public_id", "user", "label", "ip", "created", "expiry"]
    readonly_fields = fields
    search_fields = ["user__email"]
    ordering = ["-created"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ApiToken | None = None) -> bool:
        return False


# django-otp's own admin pages show the TOTP key, its QR code and the backup codes.
for model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(model):
        admin.site.unregister(model)


@admin.register(TOTPDevice)
class TOTPDeviceAdmin(admin.ModelAdmin):
    """Which authenticator a person has and when it was used; never its key."""

    list_display = ["user", "name", "confirmed", "created_at", "last_used_at"]
    fields = ["user", "name", "confirmed", "created_at", "last_used_at"]
    readonly_fields = ["user", "created_at", "last_used_at"]
    search_fields = ["user__email"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # a device is set up by its owner, who scans the key


@admin.register(StaticDevice)
class StaticDeviceAdmin(admin.ModelAdmin):
    """Backup codes: how many are left, never the codes (stored as keyed hashes anyway)."""

    list_display = ["user", "name", "confirmed", "codes_left", "last_used_at"]
    fields = ["user", "name", "confirmed", "codes_left", "created_at", "last_used_at"]
    readonly_fields = ["user", "codes_left", "created_at", "last_used_at"]
    search_fields = ["user__email"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(description="backup codes left")
    def codes_left(self, obj: StaticDevice) -> int:
        return obj.token_set.count()
