"""A patient's findings as a FHIR R4 Bundle (type ``collection``).

Validated in tests with ``fhir.resources.R4B`` (fhir.resources 8 ships R5 by default and R4B,
which is wire-compatible with R4 for every resource used here; there is no plain R4 module).

Conventions (HL7 genomics-reporting IG, without claiming its profiles, which need data a
report summary does not have, such as genomic source class):
- A gene result is an Observation coded LOINC 69548-6 "Genetic variant assessment" with
  valueCodeableConcept LA9633-4 Present (positive) or LA9634-2 Absent (negative); the gene
  is component 48018-6 "Gene studied" with its HGNC id; each variant is component 81252-9
  "Discrete genetic variant" as text (the report's normalized name, e.g. "L858R").
- equivocal: status ``final``, value LA11884-6 Indeterminate, interpretation IND.
- pending: status ``registered`` with no value and dataAbsentReason ``temp-unknown``.
- PD-L1: LOINC 83053-9 (percentage of tumor cells with PD-L1 membrane staining, i.e. the
  tumor proportion score) with valueQuantity in % (UCUM) and interpretation POS/NEG.
- Stage: Observation LOINC 21908-9 (clinical) or 21902-2 (pathological stage group), T/N/M
  as text components; the Condition (SNOMED 363358000 malignant tumor of lung, the histology
  as text) carries stage.summary ("Stage IIIA") with that Observation as assessment.
- Every Observation points to its source report (derivedFrom a DocumentReference whose
  attachment is the file in the same zip) and quotes the evidence (page + sentence) in note.
"""

from __future__ import annotations

import uuid
from typing import Any

from biomarkers.vocabulary import STAGE_TNM

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
HGNC = "http://www.genenames.org/geneId"
UCUM = "http://unitsofmeasure.org"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason"

# HGNC ids of the genes the portal reads (biomarkers.vocabulary.GENES); NTRK stands for
# three genes, named in the report's variant when it says which.
HGNC_IDS = {
    "ALK": "HGNC:427",
    "EGFR": "HGNC:3236",
    "ROS1": "HGNC:10261",
    "KRAS": "HGNC:6407",
    "BRAF": "HGNC:1097",
    "MET": "HGNC:7029",
    "RET": "HGNC:9967",
    "ERBB2": "HGNC:3430",
    "NTRK1": "HGNC:8031",
    "NTRK2": "HGNC:8032",
    "NTRK3": "HGNC:8033",
}
_VALUE = {
    "positive": ("LA9633-4", "Present"),
    "negative": ("LA9634-2", "Absent"),
    "equivocal": ("LA11884-6", "Indeterminate"),
}
_LAB = {"coding": [{"system": OBS_CATEGORY, "code": "laboratory", "display": "Laboratory"}]}


def _urn(value: Any) -> str:
    return f"urn:uuid:{value}"


def _ref(resource: dict) -> dict:
    return {"reference": _urn(resource["id"])}


def _evidence_note(finding: Any) -> list[dict]:
    if finding is None:
        return []
    text = f'From the report, page {finding.page}: "{finding.sentence}"'
    if finding.confirmation == "corrected":
        text += " (you corrected what we read)"
    elif finding.confirmation == "confirmed":
        text += " (you confirmed this reading)"
    return [{"text": text}]


def _observation(patient: dict, doc: dict, finding: Any, code: dict, **fields: Any) -> dict:
    obs = {
        "resourceType": "Observation",
        "id": str(uuid.uuid4()),
        "status": "final",
        "category": [_LAB],
        "code": code,
        "subject": _ref(patient),
        "derivedFrom": [_ref(doc)],
        **fields,
    }
    note = _evidence_note(finding)
    if note:
        obs["note"] = note
    return obs


def gene_observation(patient: dict, doc: dict, gene: str, result: dict, finding: Any) -> dict:
    status = result.get("status")
    gene_concept: dict[str, Any] = {"text": gene}
    if gene in HGNC_IDS:
        gene_concept["coding"] = [{"system": HGNC, "code": HGNC_IDS[gene], "display": gene}]
    components = [
        {
            "code": {"coding": [{"system": LOINC, "code": "48018-6", "display": "Gene studied"}]},
            "valueCodeableConcept": gene_concept,
        }
    ]
    for variant in result.get("variants") or []:
        components.append(
            {
                "code": {
                    "coding": [
                        {"system": LOINC, "code": "81252-9", "display": "Discrete genetic variant"}
                    ]
                },
                "valueCodeableConcept": {"text": variant},
            }
        )
    code = {
        "coding": [{"system": LOINC, "code": "69548-6", "display": "Genetic variant assessment"}],
        "text": f"{gene} result",
    }
    fields: dict[str, Any] = {"component": components}
    if status in _VALUE:
        value_code, display = _VALUE[status]
        fields["valueCodeableConcept"] = {
            "coding": [{"system": LOINC, "code": value_code, "display": display}],
            "text": status,
        }
        if status == "equivocal":
            fields["interpretation"] = [_interpretation("IND", "Indeterminate")]
    else:  # pending: ordered or in progress, no result yet
        fields["status"] = "registered"
        fields["dataAbsentReason"] = _absent("temp-unknown", "Temporarily Unknown")
    obs = _observation(patient, doc, finding, code, **fields)
    obs["status"] = fields.get("status", "final")
    return obs


def pdl1_observation(patient: dict, doc: dict, result: dict, finding: Any) -> dict:
    code = {
        "coding": [{"system": LOINC, "code": "83053-9"}],
        "text": "PD-L1 tumor proportion score (TPS)",
    }
    tps = result.get("tps")
    status = result.get("status")
    fields: dict[str, Any] = {}
    if isinstance(tps, int | float):
        fields["valueQuantity"] = {"value": tps, "unit": "%", "system": UCUM, "code": "%"}
        if status == "positive":
            fields["interpretation"] = [_interpretation("POS", "Positive")]
        elif status == "negative":
            fields["interpretation"] = [_interpretation("NEG", "Negative")]
    elif status == "pending":
        fields["status"] = "registered"
        fields["dataAbsentReason"] = _absent("temp-unknown", "Temporarily Unknown")
    else:
        fields["dataAbsentReason"] = _absent("unknown", "Unknown")
        if status == "equivocal":
            fields["interpretation"] = [_interpretation("IND", "Indeterminate")]
    obs = _observation(patient, doc, finding, code, **fields)
    obs["status"] = fields.get("status", "final")
    return obs


def stage_observation(patient: dict, doc: dict, stage: dict, finding: Any) -> dict:
    prefix = stage.get("prefix")
    if prefix == "c":
        coding = [{"system": LOINC, "code": "21908-9", "display": "Stage group.clinical Cancer"}]
    elif prefix in ("p", "yp"):
        coding = [{"system": LOINC, "code": "21902-2", "display": "Stage group.pathology Cancer"}]
    else:
        coding = []
    code: dict[str, Any] = {"text": "Cancer stage as stated in the report"}
    if coding:
        code["coding"] = coding
    components = [
        {"code": {"text": label}, "valueCodeableConcept": {"text": f"{prefix or ''}{stage[key]}"}}
        for key, label in STAGE_TNM
        if stage.get(key)
    ]
    fields: dict[str, Any] = {"valueCodeableConcept": {"text": stage_summary(stage)}}
    if components:
        fields["component"] = components
    return _observation(patient, doc, finding, code, **fields)


def stage_summary(stage: dict) -> str:
    if stage.get("group"):
        return f"Stage {stage['group']}"
    tnm = " ".join(
        f"{stage.get('prefix') or ''}{stage[k]}" for k, _label in STAGE_TNM if stage.get(k)
    )
    return tnm or "Stage not stated"


def _interpretation(code: str, display: str) -> dict:
    return {"coding": [{"system": INTERPRETATION, "code": code, "display": display}]}


def _absent(code: str, display: str) -> dict:
    return {"coding": [{"system": ABSENT_REASON, "code": code, "display": display}]}


def patient_resource(*, patient: Any) -> dict:
    # No more identity than needed: an opaque id and the e-mail the account uses.
    return {
        "resourceType": "Patient",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"portal-patient:{patient.pk}")),
        "telecom": [{"system": "email", "value": patient.email, "use": "home"}],
    }


def document_reference(*, patient: dict, record: Any, zip_path: str) -> dict:
    return {
        "resourceType": "DocumentReference",
        "id": str(record.public_id),
        "status": "current",
        "subject": _ref(patient),
        "date": record.uploaded_at.isoformat(),
        "content": [
            {
                "attachment": {
                    "contentType": "application/pdf",
                    "url": zip_path,
                    "title": record.filename,
                    "size": record.size,
                }
            }
        ],
    }


def condition(*, patient: dict, histology: str | None, stage_obs: dict | None, stage: dict | None,
              evidence_docs: list[dict]) -> dict:  # fmt: skip
    cond: dict[str, Any] = {
        "resourceType": "Condition",
        "id": str(uuid.uuid4()),
        "code": {
            "coding": [
                {"system": SNOMED, "code": "363358000", "display": "Malignant tumor of lung"}
            ],
            "text": f"Lung cancer ({histology})" if histology else "Lung cancer",
        },
        "subject": _ref(patient),
    }
    if stage is not None:
        entry: dict[str, Any] = {"summary": {"text": stage_summary(stage)}}
        if stage_obs is not None:
            entry["assessment"] = [_ref(stage_obs)]
        entry["type"] = {"text": "TNM stage group (AJCC 8th edition) as stated in the report"}
        cond["stage"] = [entry]
    if evidence_docs:
        cond["evidence"] = [{"detail": [_ref(d) for d in evidence_docs]}]
    return cond


def medication_statement(*, patient: dict, doc: dict, drug: str, finding: Any) -> dict:
    statement = {
        "resourceType": "MedicationStatement",
        "id": str(uuid.uuid4()),
        # The report says the drug was given or is being given, not which: "unknown".
        "status": "unknown",
        "medicationCodeableConcept": {"text": drug},
        "subject": _ref(patient),
        "derivedFrom": [_ref(doc)],
    }
    note = _evidence_note(finding)
    if note:
        statement["note"] = note
    return statement


def bundle(resources: list[dict]) -> dict:
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "type": "collection",
        "entry": [{"fullUrl": _urn(r["id"]), "resource": r} for r in resources],
    }
