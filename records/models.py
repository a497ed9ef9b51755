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
    # What was uploaded, by content: "pdf", "jpeg", "png", "heic", or "images" (several
    # photos joined into one record, stored as an uncompressed zip in the order given).
    source = models.CharField(max_length=8, default="pdf")
    # Shown while the job runs, e.g. "reading a scan (page 2 of 3)"; empty otherwise.
    progress = models.CharField(max_length=64, blank=True)

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
        return f"report-{self.uploaded_at:%Y-%m-%d}.{self.download_ext}"

    @property
    def download_ext(self) -> str:
        return {"jpeg": "jpg", "images": "zip"}.get(self.source, self.source)

    @property
    def download_type(self) -> str:
        return {
            "pdf": "application/pdf",
            "jpeg": "image/jpeg",
            "png": "image/png",
            "heic": "image/heic",
        }.get(self.source, "application/zip")


class ScanPage(models.Model):
    """A page of a record that was read by OCR: a small upright image and its word boxes.

    Made by the sandboxed parser (the web process never decodes an uploaded image); deleted
    with its record.
    """

    record = models.ForeignKey(Record, on_delete=models.CASCADE, related_name="scan_pages")
    page = models.PositiveIntegerField()  # 1-based, as in Evidence.page
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    image = models.BinaryField()  # JPEG
    # [text, left, top, width, height, confidence, start, end] per word (pixels of `image`).
    words = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["record", "page"]
        constraints = [
            models.UniqueConstraint(fields=["record", "page"], name="scanpage_unique_page"),
        ]

    def __str__(self) -> str:
        return f"Scan page {self.page} of record {self.record_id}"
