"""Web pages for records: upload several files, list, detail, download, delete; ownership."""

from __future__ import annotations

import pytest

from records.models import Record, RecordStatus
from records.storage import private_storage
from tests.biomarkers.factories import FindingFactory
from tests.records.conftest import TWO_PAGE_PDF, as_upload, dev_pdf
from tests.records.factories import RecordFactory


@pytest.mark.django_db
def test_upload_several_files_at_once(alice_client, alice, django_capture_on_commit_callbacks):
    files = [
        as_upload(dev_pdf().read_bytes(), "one.pdf"),
        as_upload(dev_pdf(TWO_PAGE_PDF).read_bytes(), "two.pdf"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post("/records/upload/", {"files": files})
    assert response.status_code == 302
    assert sorted(Record.objects.filter(owner=alice).values_list("filename", flat=True)) == [
        "one.pdf",
        "two.pdf",
    ]
    page = alice_client.get("/records/")
    assert b"one.pdf" in page.content and b"two.pdf" in page.content


@pytest.mark.django_db
def test_upload_page_shows_rejection(alice_client):
    response = alice_client.post("/records/upload/", {"files": [as_upload(b"GIF89a....", "x.pdf")]})
    assert response.status_code == 400
    assert b"not a PDF" in response.content
    assert Record.objects.count() == 0


@pytest.mark.django_db
def test_detail_shows_findings_with_evidence_and_notice(alice_client, alice):
    record = RecordFactory(owner=alice, filename="mine.pdf")
    FindingFactory(record=record, sentence="EGFR exon 19 deletion detected.", page=3)
    response = alice_client.get(f"/records/{record.public_id}/")
    assert response.status_code == 200
    assert b"exon 19 deletion detected" in response.content and b"Page 3" in response.content
    assert b"not medical advice" in response.content


@pytest.mark.django_db
def test_download_and_delete(alice_client, alice, django_capture_on_commit_callbacks):
    record = RecordFactory(owner=alice)
    private_storage().save(record.storage_key, as_upload(b"%PDF-1.4 mine"))
    response = alice_client.get(f"/records/{record.public_id}/file/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    with django_capture_on_commit_callbacks(execute=True):
        assert alice_client.post(f"/records/{record.public_id}/delete/").status_code == 302
    assert not Record.objects.filter(pk=record.pk).exists()
    assert not private_storage().exists(record.storage_key)


PAGES = [
    ("get", "/records/{id}/"),
    ("get", "/records/{id}/file/"),
    ("post", "/records/{id}/delete/"),
    ("post", "/records/{id}/reprocess/"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "url"), PAGES)
def test_other_patients_record_pages_are_404(bob_client, alice, method, url):
    record = RecordFactory(owner=alice, status=RecordStatus.FAILED)
    private_storage().save(record.storage_key, as_upload(b"%PDF-1.4 alice"))
    assert getattr(bob_client, method)(url.format(id=record.public_id)).status_code == 404
    record.refresh_from_db()
    assert record.status == RecordStatus.FAILED
    assert private_storage().exists(record.storage_key)


@pytest.mark.django_db
def test_list_shows_own_records_only(bob_client, alice):
    RecordFactory(owner=alice, filename="alice-secret.pdf")
    assert b"alice-secret" not in bob_client.get("/records/").content


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "url"), [*PAGES, ("get", "/records/"), ("get", "/records/upload/")]
)
def test_anonymous_is_sent_to_login(client, alice, method, url):
    record = RecordFactory(owner=alice)
    response = getattr(client, method)(url.format(id=record.public_id))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert Record.objects.filter(pk=record.pk).exists()
