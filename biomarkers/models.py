"""Findings read from a record, with the patient's confirmation or correction."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from biomarkers.vocabulary import ALTERATIONS, METHODS, FindingKind

__all__ = ["Confirmation", "Finding", "FindingKind"]


class Confirmation(models.TextChoices):
    UNCONFIRMED = "unconfirmed", "Not yet checked"
    CONFIRMED = "confirmed", "Confirmed by me"
    CORRECTED = "corrected", "Corrected by me"


class Finding(models.Model):
    # Public, unguessable id used in URLs (never the integer pk).
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    record = models.ForeignKey("records.Record", on_delete=models.CASCADE, related_name="findings")
    kind = models.CharField(max_length=16, choices=FindingKind.choices)
    gene = models.CharField(max_length=16, blank=True)
    # A SCHEMA status, or "unclear": the engine saw a result it could not read for sure. An
    # unclear finding is kept with its evidence but never counts as a status (profile,
    # personalization); the patient is asked to check it with their team.
    status = models.CharField(max_length=16, blank=True)
    # How the result was obtained (IHC, FISH, PCR, NGS, plasma) and what kind of result it is
    # (mutation, fusion, amplification, expression), where the report says so; "" if not.
    # Protein expression or an amplification is never the mutation targeted drugs are for.
    method = models.CharField(max_length=8, blank=True, choices=[(m, m) for m in METHODS])
    alteration = models.CharField(max_length=16, blank=True, choices=[(a, a) for a in ALTERATIONS])
    variants = models.JSONField(default=list, blank=True)
    value = models.JSONField(default=dict, blank=True)
    page = models.PositiveIntegerField()
    sentence = models.TextField()
    char_start = models.PositiveIntegerField()
    char_end = models.PositiveIntegerField()
    position = models.PositiveIntegerField(default=0)
    confirmation = models.CharField(
        max_length=16, choices=Confirmation.choices, default=Confirmation.UNCONFIRMED
    )
    # Shape depends on kind (see biomarkers.services.validate_corrected_value).
    corrected_value = models.JSONField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    # Every confirmation/correction is kept: a patient can see what they changed and when.
    history = HistoricalRecords(excluded_fields=["sentence"])

    class Meta:
        ordering = ["record_id", "position", "id"]
        indexes = [models.Index(fields=["record", "kind"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.gene or ''} ({self.public_id})".strip()
