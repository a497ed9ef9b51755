"""Writes on findings: turn an engine report into findings, confirm or correct a finding.

Called by records.services once a record's extraction finished (``findings_replace``) and by
the record page and the API when the patient checks a finding (``finding_confirm``).
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone

from biomarkers.models import Confirmation, Finding, FindingKind
from biomarkers.vocabulary import ALTERATIONS, HISTOLOGIES, METHODS, STATUSES

if TYPE_CHECKING:
    # Annotations only: records imports biomarkers, never the other way round.
    from biomarkers.extraction import Report
    from records.models import Record

logger = logging.getLogger(__name__)

_STAGE_RX = {
    "prefix": r"c|p|yp",
    "t": r"T(?:X|is|0|1(?:mi|a|b|c)?|2(?:a|b)?|3|4)",
    "n": r"N(?:X|0|1|2|3)",
    "m": r"M(?:X|0|1(?:a|b|c)?)",
    "group": r"0|I(?:A(?:1|2|3)?|B)|II(?:A|B)|III(?:A|B|C)|IV(?:A|B)?",
}


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
                # Only the vocabulary's words are kept: anything else is "not stated".
                method=fact.method if fact.method in METHODS else "",
                alteration=fact.alteration if fact.alteration in ALTERATIONS else "",
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
    # A date the patient entered for a report that states none (``report_date_set``: page 0,
    # no sentence) is theirs: a new reading keeps it, on the date the report now states if any.
    for prev in old:
        if prev.page != 0 or prev.confirmation != Confirmation.CORRECTED:
            continue
        same = [f for f in new if f.kind == prev.kind]
        if not same:
            prev.pk = None
            prev.position = len(new)
            new.append(prev)
        elif all(f.confirmation == Confirmation.UNCONFIRMED for f in same):
            same[0].public_id = prev.public_id
            same[0].confirmation = prev.confirmation
            same[0].corrected_value = prev.corrected_value
            same[0].confirmed_by_id = prev.confirmed_by_id
            same[0].confirmed_at = prev.confirmed_at


def findings_replace(*, record: Record, report: Report) -> list[Finding]:
    """Store an engine report as the record's findings, replacing any earlier reading.

    Atomic: readers see the old findings or the new ones, never a mix or a duplicate. What
    the patient already confirmed or corrected on the same sentence carries over. Knows
    nothing of the record's job state: ``records.services`` decides when to call it.
    """
    with transaction.atomic():
        old = list(Finding.objects.filter(record=record))
        new = _findings(record, report)
        _carry_over(old, new)
        Finding.objects.filter(record=record).delete()
        return Finding.objects.bulk_create(new)


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
    if kind == FindingKind.REPORT_DATE:
        return {"date": _valid_date(value.get("date"))}
    raise ValidationError("Unknown finding kind.")


def _valid_date(value: Any) -> str:
    """An ISO date (YYYY-MM-DD) a report can have: not before 1980, not in the future."""
    try:
        when = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        when = None
    if when is None or len(value) != 10:
        raise ValidationError("date must be a date written YYYY-MM-DD.")
    if not date(1980, 1, 1) <= when <= timezone.localdate():
        raise ValidationError("date must be between 1980 and today.")
    return when.isoformat()


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


def report_date_set(*, patient, record: Record, when: str) -> Finding:
    """The patient's date for a report (YYYY-MM-DD), kept with its history like any correction.

    Where the report states a date, this corrects that finding; where it states none, a
    finding of the patient's own is added (page 0, no sentence: nothing was read).
    """
    if record.owner_id != patient.pk:
        raise Http404("No such record.")
    stated = (
        Finding.objects.filter(record=record, kind=FindingKind.REPORT_DATE)
        .order_by("position", "id")
        .first()
    )
    if stated is not None:
        return finding_confirm(
            patient=patient,
            finding=stated,
            confirmation="corrected",
            corrected_value={"date": when},
        )
    corrected = validate_corrected_value(FindingKind.REPORT_DATE, {"date": when})
    finding = Finding(
        record=record,
        kind=FindingKind.REPORT_DATE,
        page=0,
        sentence="",
        char_start=0,
        char_end=0,
        position=Finding.objects.filter(record=record).count(),
        confirmation=Confirmation.CORRECTED,
        corrected_value=corrected,
        confirmed_by=patient,
        confirmed_at=timezone.now(),
    )
    finding._change_reason = "patient set the report date"
    finding.save()
    return finding


def findings_purge_history(*, record: Record) -> None:
    """Drop the confirmation history of a record's findings (the record is being deleted)."""
    Finding.history.model.objects.filter(record_id=record.pk).delete()


def findings_delete_for(*, record_ids: list[int]) -> None:
    """Delete these records' findings and every history row about them.

    Deleting means gone: the history holds the values as they were (health data too),
    including the "deleted" rows the delete itself writes, so those go after it.
    """
    with transaction.atomic():
        Finding.objects.filter(record_id__in=record_ids).delete()
        Finding.history.model.objects.filter(record_id__in=record_ids).delete()
