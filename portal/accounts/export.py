"""Export my data: one zip with the original files, the findings as JSON and as FHIR R4.

Everything is read through the owning apps' selectors with the patient, so the zip can
only ever hold that patient's own data.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from typing import IO, Any

from django.http import HttpRequest
from django.utils import timezone

from answers.selectors import saved_question_list
from biomarkers.facts import finding_json
from biomarkers.record_merge import effective
from biomarkers.selectors import finding_list, profile_for, record_summary
from biomarkers.vocabulary import FindingKind
from portal.accounts import fhir
from portal.audit.models import AuditAction
from portal.audit.services import audit_record
from records import storage
from records.selectors import record_list

# Zips up to this size stay in memory; bigger ones spill to a temp file.
SPOOL_BYTES = 8 * 1024 * 1024

README = """\
Your data from the Lung Cancer Patient Portal, exported {when} (UTC).

files/            the reports you uploaded, exactly as you uploaded them
findings.json     what we read from each report (with the page and sentence it came
                  from), your confirmations and corrections, your merged profile
                  and the questions you saved for your appointments
fhir_bundle.json  the same findings as an HL7 FHIR R4 Bundle, for other health apps

This is health information, not medical advice. Discuss your results with your care team.
"""


@dataclass(frozen=True)
class Export:
    export_id: uuid.UUID
    file: IO[bytes]
    filename: str
    file_count: int


def _pick(findings: list, match) -> Any:
    # The patient's own correction first, then a confirmed reading, as the evidence shown.
    hits = [f for f in findings if match(f)]
    hits.sort(key=lambda f: {"corrected": 0, "confirmed": 1}.get(f.confirmation, 2))
    return hits[0] if hits else None


def _record_resources(
    patient_res: dict, doc: dict, summary: dict, findings: list
) -> tuple[list[dict], dict | None]:
    out: list[dict] = []
    stage_obs = None
    if summary.get("stage"):
        f = _pick(findings, lambda f: f.kind == FindingKind.STAGE)
        stage_obs = fhir.stage_observation(patient_res, doc, summary["stage"], f)
        out.append(stage_obs)
    for gene, result in summary.get("biomarkers", {}).items():
        if gene == "PD-L1":
            f = _pick(findings, lambda f: f.kind == FindingKind.PDL1)
            out.append(fhir.pdl1_observation(patient_res, doc, result, f))
            continue
        wanted = result.get("status")
        f = _pick(
            findings,
            lambda f, g=gene, s=wanted: f.gene == g and effective(f)["status"] == s,
        ) or _pick(findings, lambda f, g=gene: f.gene == g)
        out.append(fhir.gene_observation(patient_res, doc, gene, result, f))
    for drug in summary.get("treatments", []):
        f = _pick(
            findings,
            lambda f, d=drug: (
                f.kind == FindingKind.TREATMENT and effective(f)["value"].get("drug") == d
            ),
        )
        out.append(fhir.medication_statement(patient=patient_res, doc=doc, drug=drug, finding=f))
    return out, stage_obs


def export_data(*, patient) -> tuple[dict, dict, list[tuple[str, str]]]:
    """(findings.json, FHIR bundle, [(storage key, path in zip)]) for this patient only."""
    patient_res = fhir.patient_resource(patient=patient)
    resources: list[dict] = [patient_res]
    records_json = []
    files: list[tuple[str, str]] = []
    docs: dict[str, dict] = {}
    stage_obs_by_record: dict[str, dict] = {}
    for record in record_list(owner=patient):
        zip_path = f"files/{record.public_id}.pdf"
        files.append((record.storage_key, zip_path))
        findings = list(finding_list(patient=patient, record=record))
        summary = record_summary(patient=patient, record=record)
        records_json.append(
            {
                "record_id": str(record.public_id),
                "filename": record.filename,
                "file_in_zip": zip_path,
                "uploaded_at": record.uploaded_at.isoformat(),
                # The date the report states (or the patient set); None when none is known.
                "report_date": record.report_date.isoformat() if record.report_date else None,
                "status": record.status,
                "document_kind": record.document_kind,
                "summary": summary,
                "findings": [finding_json(f) for f in findings],
            }
        )
        doc = fhir.document_reference(patient=patient_res, record=record, zip_path=zip_path)
        docs[str(record.public_id)] = doc
        resources.append(doc)
        record_res, stage_obs = _record_resources(patient_res, doc, summary, findings)
        resources += record_res
        if stage_obs is not None:
            stage_obs_by_record[str(record.public_id)] = stage_obs
    profile = profile_for(patient=patient)
    if profile.histology or profile.stage:
        sources = [f for f in (profile.histology, profile.stage) if f is not None]
        evidence_docs = list({str(f.record_id): docs[str(f.record_id)] for f in sources}.values())
        resources.append(
            fhir.condition(
                patient=patient_res,
                histology=profile.histology.value.get("histology") if profile.histology else None,
                stage=fhir_stage(profile),
                stage_obs=stage_obs_by_record.get(str(profile.stage.record_id))
                if profile.stage
                else None,
                evidence_docs=evidence_docs,
            )
        )
    findings_json = {
        "exported_at": timezone.now().isoformat(),
        "patient": {"id": patient_res["id"], "email": patient.email},
        "records": records_json,
        "profile": profile.to_schema(evidence=True),
        # The questions the patient saved for their appointments (issue 16).
        "saved_questions": [
            {"id": str(q.public_id), "text": q.text, "saved_at": q.created_at.isoformat()}
            for q in saved_question_list(owner=patient)
        ],
    }
    return findings_json, fhir.bundle(resources), files


def fhir_stage(profile) -> dict | None:
    return profile.to_schema()["stage"] if profile.stage else None


def export_build(*, patient, request: HttpRequest | None = None) -> Export:
    """Build the zip (in memory or a temp file) and record the export in the audit trail."""
    findings_json, bundle, files = export_data(patient=patient)
    now = timezone.now()
    # Not a context manager: the open file is handed to the response, which closes it.
    out = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", README.format(when=f"{now:%Y-%m-%d %H:%M}"))
        for key, zip_path in files:
            with storage.open_stored(key) as src, zf.open(zip_path, "w") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        zf.writestr("findings.json", json.dumps(findings_json, indent=2, ensure_ascii=False))
        zf.writestr("fhir_bundle.json", json.dumps(bundle, indent=2, ensure_ascii=False))
    out.seek(0)
    export_id = uuid.uuid4()
    audit_record(
        actor=patient,
        patient_id=patient.pk,
        action=AuditAction.EXPORT,
        object_type="export",
        object_id=str(export_id),
        request=request,
        status_code=200,
    )
    return Export(
        export_id=export_id,
        file=out,
        filename=f"my-health-data-{now:%Y-%m-%d}.zip",
        file_count=len(files),
    )
