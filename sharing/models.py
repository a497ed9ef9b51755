"""A patient's invitation to a caregiver: who, what (scope), until when, and its state.

A share is never deleted by revoking it: the row keeps the caregiver's e-mail, which the
patient's access log shows beside every read the caregiver made.
"""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class Scope(models.TextChoices):
    # The current findings now; the treatment timeline and visit summary join it later
    # (sharing/summary.py).
    SUMMARY = "summary", "Summary"
    RECORDS = "records", "Summary and reports"


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


class Share(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    patient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shares_given"
    )
    email = models.EmailField()
    # Set when the invitation is accepted by the account with that e-mail address.
    caregiver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="shares_received",
    )
    scope = models.CharField(max_length=16, choices=Scope.choices)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(db_index=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    # Part of the signed accept link; cleared on acceptance, so the link works once.
    invite_nonce = models.CharField(max_length=32, default=new_nonce, blank=True)
    invite_sent_at = models.DateTimeField(null=True, blank=True)
    # When the end of access (expiry) was told to both sides.
    end_told_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"share {self.public_id} of user {self.patient_id}"

    def is_active(self, now=None) -> bool:
        now = now or timezone.now()
        return self.revoked_at is None and self.expires_at > now

    @property
    def state(self) -> str:
        if self.revoked_at:
            return "revoked"
        if self.expires_at <= timezone.now():
            return "expired"
        return "active" if self.accepted_at else "invited"
