"""Records API: detail shape, download, delete, reprocess, and ownership on every endpoint."""

from __future__ import annotations

import uuid

import pytest

from biomarkers.models import Finding
from records.models import Record, RecordStatus
from records.storage import private_storage
from tests.biomarkers.factories import FindingFactory
from tests.records.conftest import as_upload
from tests.records.factories import RecordFactory


@pytest.fixture
def done_record(alice_api, alice, pdf_bytes, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_api.post(
            "/api/records/", {"file": as_upload(pdf_bytes)}, format="multipart"
        )
    assert response.status_code == 201
    record = Record.objects.get(public_id=response.json()["id"])
    assert record.status == RecordStatus.DONE, record.failure_reason
    return record


@pytest.mark.django_db
def test_detail_has_findings_with_evidence_and_schema_summary(alice_api, done_record):
    body = alice_api.get(f"/api/records/{done_record.public_id}/").json()
    assert body["id"] == str(done_record.public_id)
    assert body["status"] == "done" and body["error"] == ""
    assert body["page_count"] == 1
    assert body["document_kind"] in {"pathology", "molecular", "clinic_note", "unknown"}
    assert body["findings"], "the dev report states findings"
    pages = Record.objects.get(pk=done_record.pk).pages
    for f in body["findings"]:
        ev = f["evidence"]
        # Evidence points at the exact sentence in the stored page text.
        assert pages[ev["page"] - 1][ev["start"] : ev["end"]] == ev["sentence"]
        uuid.UUID(f["id"])
    summary = body["summary"]
    assert set(summary) == {"file", "histology", "stage", "biomarkers", "treatments"}
    # case_001.pdf gold: adenosquamous, RET positive, PD-L1 5 %.
    assert summary["histology"] == "adenosquamous carcinoma"
    assert summary["biomarkers"]["PD-L1"] == {"status": "positive", "tps": 5}
    assert summary["biomarkers"]["RET"]["status"] == "positive"


@pytest.mark.django_db
def test_list_shows_own_records_only(alice_api, bob_api, alice, bob):
    mine = RecordFactory(owner=alice)
    RecordFactory(owner=bob)
    body = alice_api.get("/api/records/").json()
    assert [r["id"] for r in body["results"]] == [str(mine.public_id)]


@pytest.mark.django_db
def test_file_download_is_an_attachment_with_our_name(alice_api, done_record, pdf_bytes):
    response = alice_api.get(f"/api/records/{done_record.public_id}/file/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f"report-{done_record.uploaded_at:%Y-%m-%d}.pdf" in disposition
    assert b"".join(response.streaming_content) == pdf_bytes


@pytest.mark.django_db
def test_delete_removes_file_and_findings(
    alice_api, done_record, django_capture_on_commit_callbacks
):
    key = done_record.storage_key
    assert private_storage().exists(key)
    assert Finding.objects.filter(record=done_record).exists()
    finding = Finding.objects.filter(record=done_record).first()
    url = f"/api/findings/{finding.public_id}/"
    assert alice_api.patch(url, {"confirmation": "confirmed"}, format="json").status_code == 200
    assert Finding.history.filter(record_id=done_record.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_api.delete(f"/api/records/{done_record.public_id}/")
    assert response.status_code == 204
    assert not private_storage().exists(key)
    assert not Record.objects.filter(pk=done_record.pk).exists()
    assert not Finding.objects.filter(record_id=done_record.pk).exists()
    assert not Finding.history.filter(record_id=done_record.pk).exists()


@pytest.mark.django_db
def test_reprocess_requeues_and_runs_again(
    alice_api, done_record, django_capture_on_commit_callbacks
):
    before = sorted(Finding.objects.filter(record=done_record).values_list("kind", "gene", "page"))
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_api.post(f"/api/records/{done_record.public_id}/reprocess/")
    assert response.status_code == 202
    done_record.refresh_from_db()
    assert done_record.status == RecordStatus.DONE
    after = sorted(Finding.objects.filter(record=done_record).values_list("kind", "gene", "page"))
    assert after == before


@pytest.mark.django_db
def test_reprocess_refused_while_processing(alice_api, alice):
    record = RecordFactory(owner=alice, status=RecordStatus.PROCESSING)
    response = alice_api.post(f"/api/records/{record.public_id}/reprocess/")
    assert response.status_code == 409
    record.refresh_from_db()
    assert record.status == RecordStatus.PROCESSING


ENDPOINTS = [
    ("get", "/api/records/{id}/"),
    ("get", "/api/records/{id}/file/"),
    ("delete", "/api/records/{id}/"),
    ("post", "/api/records/{id}/reprocess/"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
def test_other_patients_record_is_404(bob_api, alice, method, url):
    record = RecordFactory(owner=alice, status=RecordStatus.FAILED)
    private_storage().save(record.storage_key, as_upload(b"%PDF-1.4 alice"))
    response = getattr(bob_api, method)(url.format(id=record.public_id))
    assert response.status_code == 404
    record.refresh_from_db()  # still there, untouched
    assert record.status == RecordStatus.FAILED
    assert private_storage().exists(record.storage_key)


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "url"), [*ENDPOINTS, ("get", "/api/records/")])
def test_unauthenticated_is_refused(api_client, alice, method, url):
    record = RecordFactory(owner=alice)
    response = getattr(api_client, method)(url.format(id=record.public_id))
    assert response.status_code in (401, 403)
    assert Record.objects.filter(pk=record.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["1", "not-a-uuid", str(uuid.uuid4())])
def test_integer_or_unknown_ids_are_404(alice_api, alice, bad):
    RecordFactory(owner=alice)
    assert alice_api.get(f"/api/records/{bad}/").status_code == 404


@pytest.mark.django_db
def test_findings_in_detail_are_only_the_records_own(alice_api, alice):
    record = RecordFactory(owner=alice)
    mine = FindingFactory(record=record)
    FindingFactory(record=RecordFactory(owner=alice))
    body = alice_api.get(f"/api/records/{record.public_id}/").json()
    assert [f["id"] for f in body["findings"]] == [str(mine.public_id)]


@pytest.mark.django_db
def test_schema_generates_without_warnings(admin_client):
    from drf_spectacular.drainage import GENERATOR_STATS
    from drf_spectacular.generators import SchemaGenerator

    GENERATOR_STATS.reset()
    schema = SchemaGenerator().get_schema(request=None, public=True)
    paths = schema["paths"]
    for path in (
        "/api/records/",
        "/api/records/{record_id}/",
        "/api/records/{record_id}/file/",
        "/api/records/{record_id}/reprocess/",
        "/api/findings/{finding_id}/",
        "/api/me/profile/",
    ):
        assert path in paths, path
    # Only this views are judged here; other apps have their own schema tests.
    ours = [
        msg
        for msg in [*GENERATOR_STATS._warn_cache, *GENERATOR_STATS._error_cache]
        if any(word in msg for word in ("records/", "biomarkers/", "Record", "Finding", "Profile"))
    ]
    assert not ours, ours
