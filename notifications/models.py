"""What a person is told: one row per event, in the portal and (unless turned off) by e-mail.

The in-portal ``message`` may name a reason ("the file is not a PDF"); the e-mail never uses
it: e-mails are fixed texts per kind (notifications/emails.py), so no finding, gene, drug or
file name can reach a mailbox.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class Kind(models.TextChoices):
    REPORT_READ = "report_read", "A report was read"
    REPORT_FAILED = "report_failed", "A report could not be read"
    CAREGIVER_ACCEPTED = "caregiver_accepted", "A caregiver accepted an invitation"
    ACCESS_ENDED = "access_ended", "Shared access ended"
    SIGN_IN = "sign_in", "New sign-in"
    OTP_ON = "otp_on", "Two-step sign-in turned on"
    OTP_OFF = "otp_off", "Two-step sign-in turned off"


# Security events are always e-mailed: someone else signing in must not go unnoticed.
SECURITY_KINDS = frozenset({Kind.SIGN_IN, Kind.OTP_ON, Kind.OTP_OFF})
OPTIONAL_KINDS = tuple(k for k in Kind if k not in SECURITY_KINDS)


class Notification(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=32, choices=Kind.choices)
    # Idempotency key: one event makes one row (and so one e-mail), however often it is told.
    key = models.CharField(max_length=200, unique=True)
    message = models.CharField(max_length=300)
    link = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # Set (under a row lock) by the e-mail task when the e-mail went out.
    email_wanted = models.BooleanField(default=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.kind} for user {self.user_id}"


class NotificationSettings(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings"
    )
    # Kinds whose e-mail this person turned off (security kinds are never honoured here).
    email_off = models.JSONField(default=list, blank=True)

    def __str__(self) -> str:
        return f"notification settings of user {self.user_id}"
