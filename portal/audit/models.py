"""Audit trail of access to patient data: who, what, when (UTC), from where, outcome.

No PHI is stored here: ids, route names and status codes only, never file names or report
text. The actor and the patient are plain integers, not foreign keys, so deleting a user
never cascades into the trail and no e-mail address is ever joined in.
"""

from __future__ import annotations

import uuid

from django.db import models
from django.utils import timezone


class AuditAction(models.TextChoices):
    READ = "read", "Viewed"
    DOWNLOAD = "download", "Downloaded"
    CHANGE = "change", "Changed"
    DELETE = "delete", "Deleted"
    EXPORT = "export", "Exported"
    ACCOUNT_DELETE = "account_delete", "Account deleted"
    # Sign-in events (issue 14): about the account itself, shown in its own access log.
    SIGN_IN = "sign_in", "Signed in"
    SIGN_IN_FAILED = "sign_in_failed", "Sign-in failed"
    SIGN_OUT = "sign_out", "Signed out"
    LOCKOUT = "lockout", "Sign-in paused after failed attempts"
    PASSWORD_CHANGE = "password_change", "Password changed"
    PASSWORD_RESET = "password_reset", "Password reset"
    OTP_ON = "otp_on", "Two-step sign-in turned on"
    OTP_OFF = "otp_off", "Two-step sign-in turned off"
    TOKEN_CREATE = "token_create", "Device signed in (API token)"
    TOKEN_REVOKE = "token_revoke", "Device signed out (API token revoked)"


class ActorKind(models.TextChoices):
    PATIENT = "patient", "Patient"
    STAFF = "staff", "Staff"
    SYSTEM = "system", "System"
    # The actor's account was deleted since: the entry stays in the other patient's log.
    DELETED = "deleted", "A deleted account"


class AuditEntry(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor_id = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    actor_kind = models.CharField(max_length=16, choices=ActorKind.choices)
    # Whose data was reached (or asked for): the patient's access log is filtered on this.
    patient_id = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    action = models.CharField(max_length=16, choices=AuditAction.choices)
    object_type = models.CharField(max_length=32)
    # A public id (UUID) or, for admin pages, the primary key; never a name.
    object_id = models.CharField(max_length=64, blank=True)
    route = models.CharField(max_length=100, blank=True)
    method = models.CharField(max_length=8, blank=True)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = "audit entry"
        verbose_name_plural = "audit entries"
        indexes = [models.Index(fields=["patient_id", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.action} {self.object_type} {self.object_id}"

    @property
    def succeeded(self) -> bool:
        return self.status_code is None or self.status_code < 400
