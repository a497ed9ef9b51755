"""A patient's uploaded report and the state of its extraction job."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class RecordStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    PROCESSING = "processing", "Processing"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class DocumentKind(models.TextChoices):
    PATHOLOGY = "pathology", "Pathology report"
    MOLECULAR = "molecular", "Molecular (genomic) report"
    CLINIC_NOTE = "clinic_note", "Clinic note"
    UNKNOWN = "unknown", "Unknown"


class Record(models.Model):
    # The UUID is the only identifier that ever leaves the server: sequential pks would let
    # one patient count or guess another patient's records.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="records"
    )
    # Sanitized name shown to the patient; never used to build a path.
    filename = models.CharField(max_length=255)
    storage_key = models.CharField(max_length=255, unique=True, editable=False)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    page_count = models.PositiveIntegerField(default=0)
    document_kind = models.CharField(
        max_length=16, choices=DocumentKind.choices, default=DocumentKind.UNKNOWN
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(
        max_length=16, choices=RecordStatus.choices, default=RecordStatus.QUEUED, db_index=True
    )
    failure_reason = models.CharField(max_length=255, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # Last time the job was (re)sent to the broker: lets requeue_stuck find lost messages.
    queued_at = models.DateTimeField(null=True, blank=True)
    processing_started_at = models.DateTimeField(null=True, blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    # Text of each page as the extractor read it: evidence offsets point into these strings.
    pages = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        constraints = [
            # The same file uploaded twice by one patient is one record.
            models.UniqueConstraint(fields=["owner", "sha256"], name="record_unique_owner_sha256"),
        ]
        indexes = [models.Index(fields=["status", "processing_started_at"])]

    def __str__(self) -> str:
        return f"Record {self.public_id} ({self.status})"

    @property
    def download_name(self) -> str:
        # Server-chosen: the patient's own filename never reaches a header.
        return f"report-{self.uploaded_at:%Y-%m-%d}.pdf"
