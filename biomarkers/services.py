"""Writes on findings: store an extraction result, confirm or correct a finding."""

from __future__ import annotations

import logging
import re
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.http import Http404
from django.utils import timezone

from biomarkers.extraction import PdfError, Report
from biomarkers.extraction.types import HISTOLOGIES, STATUSES
from biomarkers.models import Confirmation, Finding, FindingKind
from records import services as record_services
from records import storage
from records.models import DocumentKind, Record, RecordStatus

logger = logging.getLogger(__name__)

_STAGE_RX = {
    "prefix": r"c|p|yp",
    "t": r"T(?:X|is|0|1(?:mi|a|b|c)?|2(?:a|b)?|3|4)",
    "n": r"N(?:X|0|1|2|3)",
    "m": r"M(?:X|0|1(?:a|b|c)?)",
    "group": r"0|I(?:A(?:1|2|3)?|B)|II(?:A|B)|III(?:A|B|C)|IV(?:A|B)?",
}


def _run_extraction(path) -> Report:
    from biomarkers.sandbox import run_extraction

    return run_extraction(
        path,
        timeout=settings.EXTRACTION_TIMEOUT_SECONDS,
        memory_bytes=settings.EXTRACTION_MEMORY_BYTES,
        max_pages=settings.RECORD_MAX_PAGES,
    )


def _findings(record: Record, report: Report) -> list[Finding]:
    out = []
    for i, fact in enumerate(report.facts):
        ev = fact.evidence
        out.append(
            Finding(
                record=record,
                kind=fact.kind,
                gene=fact.gene or "",
                status=fact.status or "",
                variants=list(fact.variants),
                value=dict(fact.value),
                page=ev.page,
                sentence=ev.sentence,
                char_start=ev.start,
                char_end=ev.end,
                position=i,
            )
        )
    return out


def _carry_over(old: list[Finding], new: list[Finding]) -> None:
    # Reading the same file again must not throw away what the patient already checked.
    checked = {
        (f.kind, f.gene, f.page, f.char_start, f.char_end): f
        for f in old
        if f.confirmation != Confirmation.UNCONFIRMED
    }
    for f in new:
        prev = checked.get((f.kind, f.gene, f.page, f.char_start, f.char_end))
        if prev is not None:
            f.public_id = prev.public_id
            f.confirmation = prev.confirmation
            f.corrected_value = prev.corrected_value
            f.confirmed_by_id = prev.confirmed_by_id
            f.confirmed_at = prev.confirmed_at


def record_extract(*, record: Record) -> Record:
    """Read a claimed (processing) record and store its findings, or fail it with a reason.

    Transient errors (storage, database) propagate so the task can retry; a PDF that cannot
    be read fails the record at once.
    """
    try:
        with storage.local_copy(record.storage_key) as path:
            report = _run_extraction(path)
    except PdfError as exc:
        record_services.record_fail(record=record, reason=exc.reason)
        record.refresh_from_db()
        return record
    kind = report.document_kind if report.document_kind in DocumentKind.values else "unknown"
    with transaction.atomic():
        locked = Record.objects.select_for_update().filter(pk=record.pk).first()
        if locked is None or locked.status != RecordStatus.PROCESSING:
            # Deleted or re-queued meanwhile: the newer state wins.
            return locked or record
        old = list(Finding.objects.filter(record=locked))
        new = _findings(locked, report)
        _carry_over(old, new)
        Finding.objects.filter(record=locked).delete()
        Finding.objects.bulk_create(new)
        locked.status = RecordStatus.DONE
        locked.pages = list(report.pages)
        locked.document_kind = kind
        locked.page_count = len(report.pages) or locked.page_count
        locked.failure_reason = ""
        locked.processed_at = timezone.now()
        locked.save(
            update_fields=[
                "status", "pages", "document_kind", "page_count", "failure_reason",
                "processed_at",
            ]
        )  # fmt: skip
    return locked


def record_take_over(*, record_pk: int) -> Record | None:
    """Claim a record left in ``processing`` by a job whose worker died.

    Only for a message the broker re-delivered because its worker was lost (Celery's
    ``reject_on_worker_lost``, or unacked messages restored after a crash): the job that
    held the record cannot still be running, so waiting for ``requeue_stuck`` would only
    delay it. Counts an attempt like ``record_claim``; out of attempts, the record fails
    instead (a file that kills its worker every time is not retried forever). Findings are
    replaced atomically, so even a wrong guess here cannot duplicate them.
    """
    now = timezone.now()
    max_attempts = settings.EXTRACTION_MAX_ATTEMPTS
    taken = Record.objects.filter(
        pk=record_pk, status=RecordStatus.PROCESSING, attempts__lt=max_attempts
    ).update(attempts=F("attempts") + 1, processing_started_at=now)
    if not taken:
        Record.objects.filter(
            pk=record_pk, status=RecordStatus.PROCESSING, attempts__gte=max_attempts
        ).update(
            status=RecordStatus.FAILED,
            failure_reason=record_services.REASON_GAVE_UP,
            processed_at=now,
        )
        return None
    return Record.objects.get(pk=record_pk)


def validate_corrected_value(kind: str, value: Any) -> dict:
    """The corrected value's shape per finding kind; raises ValidationError."""
    if not isinstance(value, dict):
        raise ValidationError("The corrected value must be an object.")
    if kind == FindingKind.HISTOLOGY:
        if value.get("histology") not in HISTOLOGIES:
            raise ValidationError(f"histology must be one of: {', '.join(HISTOLOGIES)}.")
        return {"histology": value["histology"]}
    if kind == FindingKind.STAGE:
        out = {}
        for field, rx in _STAGE_RX.items():
            v = value.get(field)
            if v is not None and (not isinstance(v, str) or not re.fullmatch(rx, v)):
                raise ValidationError(f"stage {field} {v!r} is not valid.")
            out[field] = v
        if not any(out[f] for f in ("t", "n", "m", "group")):
            raise ValidationError("A stage needs at least one of t, n, m or group.")
        return out
    if kind == FindingKind.BIOMARKER:
        status = value.get("status")
        if status not in STATUSES:
            raise ValidationError(f"status must be one of: {', '.join(STATUSES)}.")
        variants = value.get("variants") or []
        if (
            not isinstance(variants, list)
            or not all(isinstance(v, str) and 0 < len(v) <= 40 for v in variants)
            or len(variants) > 20
        ):
            raise ValidationError("variants must be a list of short names.")
        return {"status": status, "variants": variants if status == "positive" else []}
    if kind == FindingKind.PDL1:
        tps = value.get("tps")
        if isinstance(tps, bool) or not isinstance(tps, int | float) or not 0 <= tps <= 100:
            raise ValidationError("tps must be a number from 0 to 100.")
        return {"tps": tps}
    if kind == FindingKind.TREATMENT:
        drug = value.get("drug")
        if not isinstance(drug, str) or not re.fullmatch(r"[a-z][a-z0-9 -]{1,63}", drug):
            raise ValidationError("drug must be a generic drug name in lower case.")
        return {"drug": drug}
    raise ValidationError("Unknown finding kind.")


def finding_confirm(
    *, patient, finding: Finding, confirmation: str, corrected_value: dict | None = None
) -> Finding:
    """Confirm, correct, or reset a finding; every change is kept in its history."""
    if finding.record.owner_id != patient.pk:
        raise Http404("No such finding.")
    if confirmation not in Confirmation.values:
        raise ValidationError(f"confirmation must be one of: {', '.join(Confirmation.values)}.")
    if confirmation == Confirmation.CORRECTED:
        if corrected_value is None:
            raise ValidationError("A correction needs corrected_value.")
        finding.corrected_value = validate_corrected_value(finding.kind, corrected_value)
    else:
        if corrected_value is not None:
            raise ValidationError("corrected_value is only allowed with 'corrected'.")
        finding.corrected_value = None
    finding.confirmation = confirmation
    unconfirmed = confirmation == Confirmation.UNCONFIRMED
    finding.confirmed_by = None if unconfirmed else patient
    finding.confirmed_at = None if unconfirmed else timezone.now()
    finding._change_reason = f"patient set {confirmation}"
    finding.save(update_fields=["confirmation", "corrected_value", "confirmed_by", "confirmed_at"])
    return finding


def findings_purge_history(*, record: Record) -> None:
    """Drop the confirmation history of a record's findings (the record is being deleted)."""
    Finding.history.model.objects.filter(record_id=record.pk).delete()
