"""Export my data: a zip with exactly the patient's own files, findings JSON and FHIR R4."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from portal.audit.models import AuditAction, AuditEntry
from tests.portal.patient_data import patient_with_data, stored_record

LOINC = "http://loinc.org"


def _zip(response) -> zipfile.ZipFile:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def _resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _gene_obs(bundle: dict, gene: str) -> dict:
    for obs in _resources(bundle, "Observation"):
        for comp in obs.get("component", []):
            if comp["code"].get("coding", [{}])[0].get("code") == "48018-6" and (
                comp["valueCodeableConcept"]["text"] == gene
            ):
                return obs
    raise AssertionError(f"no observation for {gene}")


@pytest.mark.django_db
def test_web_export_holds_exactly_my_files_and_none_of_bobs(alice, bob, alice_client):
    mine = patient_with_data(alice, marker="alice-1")
    second = stored_record(alice, content=b"%PDF-1.4\n% alice second\n%%EOF\n")
    theirs = patient_with_data(bob, marker="bob-secret")

    zf = _zip(alice_client.post("/account/export/"))
    names = set(zf.namelist())
    files = {n for n in names if n.startswith("files/")}
    assert files == {f"files/{mine.record.public_id}.pdf", f"files/{second.public_id}.pdf"}
    assert zf.read(f"files/{mine.record.public_id}.pdf") == mine.file_bytes
    assert {"README.txt", "findings.json", "fhir_bundle.json"} <= names
    everything = b"".join(zf.read(n) for n in names)
    assert b"bob-secret" not in everything and b"bob@example.org" not in everything
    assert str(theirs.record.public_id).encode() not in everything
    assert str(theirs.finding.public_id).encode() not in everything


@pytest.mark.django_db
def test_findings_json_has_schema_shape_with_evidence_and_profile(alice, alice_api):
    data = patient_with_data(alice)
    zf = _zip(alice_api.get("/api/me/export/"))
    findings = json.loads(zf.read("findings.json"))
    assert findings["patient"]["email"] == "alice@example.org"
    (rec,) = findings["records"]
    assert rec["record_id"] == str(data.record.public_id)
    summary = rec["summary"]
    assert set(summary) >= {"file", "histology", "stage", "biomarkers", "treatments"}
    assert summary["histology"] == "adenocarcinoma"
    assert summary["biomarkers"]["EGFR"] == {"status": "positive", "variants": ["L858R"]}
    assert summary["biomarkers"]["PD-L1"]["tps"] == 60
    egfr = next(f for f in rec["findings"] if f["id"] == str(data.finding.public_id))
    assert egfr["evidence"] == {
        "page": 2, "sentence": "EGFR L858R mutation detected.", "start": 0, "end": 29
    }  # fmt: skip
    assert findings["profile"]["stage"]["group"] == "IIIA"
    assert findings["profile"]["evidence"]["biomarkers"]["EGFR"]["page"] == 2


@pytest.mark.django_db
def test_findings_json_records_carry_the_report_date(alice, alice_api):
    from tests.biomarkers.factories import FindingFactory

    dated = stored_record(alice, content=b"%PDF-1.4\n% dated\n%%EOF\n")
    FindingFactory(
        record=dated, kind="report_date", gene="", status="", variants=[],
        value={"date": "2025-03-14", "label": "collected"},
    )  # fmt: skip
    undated = stored_record(alice, content=b"%PDF-1.4\n% undated\n%%EOF\n")
    findings = json.loads(_zip(alice_api.get("/api/me/export/")).read("findings.json"))
    dates = {r["record_id"]: r["report_date"] for r in findings["records"]}
    assert dates == {str(dated.public_id): "2025-03-14", str(undated.public_id): None}


@pytest.mark.django_db
def test_fhir_bundle_validates_as_r4_and_follows_genomics_conventions(alice, alice_client):
    data = patient_with_data(alice)
    bundle = json.loads(_zip(alice_client.post("/account/export/")).read("fhir_bundle.json"))
    # R4B is the R4-compatible model set in fhir.resources 8 (its default is R5).
    Bundle.model_validate(bundle)
    for entry in bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    assert bundle["type"] == "collection"

    (patient,) = _resources(bundle, "Patient")
    assert patient["telecom"] == [{"system": "email", "value": "alice@example.org", "use": "home"}]
    assert set(patient) == {"resourceType", "id", "telecom"}  # no more identity than needed
    patient_ref = f"urn:uuid:{patient['id']}"
    full_urls = {e["fullUrl"] for e in bundle["entry"]}

    egfr = _gene_obs(bundle, "EGFR")
    assert egfr["code"]["coding"][0] == {
        "system": LOINC, "code": "69548-6", "display": "Genetic variant assessment"
    }  # fmt: skip
    assert egfr["valueCodeableConcept"]["coding"][0]["code"] == "LA9633-4"
    assert egfr["status"] == "final"
    gene_comp = egfr["component"][0]["valueCodeableConcept"]["coding"][0]
    assert gene_comp == {"system": "http://www.genenames.org/geneId", "code": "HGNC:3236",
                         "display": "EGFR"}  # fmt: skip
    variants = [c for c in egfr["component"] if c["code"]["coding"][0]["code"] == "81252-9"]
    assert [v["valueCodeableConcept"]["text"] for v in variants] == ["L858R"]
    assert egfr["subject"]["reference"] == patient_ref
    (doc,) = _resources(bundle, "DocumentReference")
    assert egfr["derivedFrom"] == [{"reference": f"urn:uuid:{doc['id']}"}]
    assert doc["id"] == str(data.record.public_id)
    assert doc["content"][0]["attachment"]["url"] == f"files/{data.record.public_id}.pdf"
    assert "page 2" in egfr["note"][0]["text"] and "EGFR L858R mutation" in egfr["note"][0]["text"]
    # Every reference resolves inside the bundle.
    assert (
        egfr["subject"]["reference"] in full_urls
        and egfr["derivedFrom"][0]["reference"] in full_urls
    )

    assert _gene_obs(bundle, "ALK")["valueCodeableConcept"]["coding"][0]["code"] == "LA9634-2"
    ros1 = _gene_obs(bundle, "ROS1")
    assert ros1["status"] == "registered" and "valueCodeableConcept" not in ros1
    assert ros1["dataAbsentReason"]["coding"][0]["code"] == "temp-unknown"
    met = _gene_obs(bundle, "MET")
    assert met["valueCodeableConcept"]["coding"][0]["code"] == "LA11884-6"
    assert met["interpretation"][0]["coding"][0]["code"] == "IND"

    pdl1 = next(
        o
        for o in _resources(bundle, "Observation")
        if o["code"].get("text", "").startswith("PD-L1")
    )
    assert pdl1["valueQuantity"] == {
        "value": 60, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"
    }  # fmt: skip
    assert pdl1["interpretation"][0]["coding"][0]["code"] == "POS"

    (condition,) = _resources(bundle, "Condition")
    assert condition["stage"][0]["summary"]["text"] == "Stage IIIA"
    assert "adenocarcinoma" in condition["code"]["text"]
    stage_ref = condition["stage"][0]["assessment"][0]["reference"]
    stage_obs = next(e["resource"] for e in bundle["entry"] if e["fullUrl"] == stage_ref)
    assert stage_obs["code"]["coding"][0]["code"] == "21902-2"  # pathological stage group
    assert stage_obs["valueCodeableConcept"]["text"] == "Stage IIIA"
    (med,) = _resources(bundle, "MedicationStatement")
    assert med["medicationCodeableConcept"]["text"] == "osimertinib"


@pytest.mark.django_db
def test_export_with_no_records_is_a_valid_empty_export(alice, alice_api):
    zf = _zip(alice_api.get("/api/me/export/"))
    bundle = json.loads(zf.read("fhir_bundle.json"))
    Bundle.model_validate(bundle)
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["Patient"]
    assert json.loads(zf.read("findings.json"))["records"] == []


@pytest.mark.django_db
def test_export_is_audited_once_and_needs_sign_in(alice, alice_client, client, api_client):
    alice_client.post("/account/export/")
    entries = AuditEntry.objects.filter(patient_id=alice.pk, action=AuditAction.EXPORT)
    assert entries.count() == 1
    assert entries.get().actor_id == alice.pk and entries.get().status_code == 200
    client.logout()
    assert client.post("/account/export/").status_code == 302
    assert api_client.get("/api/me/export/").status_code in (401, 403)


@pytest.mark.django_db
def test_export_page_get_only_describes_the_export(alice_client):
    response = alice_client.get("/account/export/")
    assert response.status_code == 200
    assert b"Download my data" in response.content
    assert response["Content-Type"].startswith("text/html")
