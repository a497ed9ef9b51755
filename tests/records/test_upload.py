"""Upload validation: content decides, limits hold, nothing is stored on rejection."""

from __future__ import annotations

import pytest

from records import services
from records.models import Record, RecordStatus
from records.storage import private_storage
from records.validation import display_filename
from tests.records.conftest import TWO_PAGE_PDF, as_upload, dev_pdf, encrypted_pdf_bytes

URL = "/api/records/"


def _post(client, data: bytes, name: str = "report.pdf"):
    return client.post(URL, {"file": as_upload(data, name)}, format="multipart")


def _rejected(response, stored_before, stored_keys, needle: str) -> None:
    assert response.status_code == 400, response.content
    assert needle in response.json()["detail"].lower()
    assert Record.objects.count() == 0
    assert stored_keys() == stored_before


@pytest.mark.django_db
def test_upload_stores_file_and_queues(
    alice_api, alice, pdf_bytes, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(alice_api, pdf_bytes, "../../etc/My Report.pdf")
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {"id", "status"}
    record = Record.objects.get(public_id=body["id"])
    assert record.owner == alice
    assert record.filename == "My Report.pdf"
    assert record.size == len(pdf_bytes)
    assert record.page_count == 1
    # The patient's name never reaches the storage key.
    assert "My Report" not in record.storage_key and record.storage_key.startswith("records/")
    with private_storage().open(record.storage_key, "rb") as fh:
        assert fh.read() == pdf_bytes
    # Eager mode ran the job from on_commit.
    record.refresh_from_db()
    assert record.status == RecordStatus.DONE


@pytest.mark.django_db
def test_not_a_pdf_with_pdf_name_is_rejected(alice_api, stored_keys):
    before = stored_keys()
    _rejected(
        _post(alice_api, b"<html>hello</html>" * 20, "report.pdf"), before, stored_keys, "not a pdf"
    )


@pytest.mark.django_db
def test_too_large_is_rejected(alice_api, settings, pdf_bytes, stored_keys):
    settings.RECORD_MAX_BYTES = len(pdf_bytes) - 1
    before = stored_keys()
    _rejected(_post(alice_api, pdf_bytes), before, stored_keys, "too large")


@pytest.mark.django_db
def test_too_many_pages_is_rejected(alice_api, settings, stored_keys):
    settings.RECORD_MAX_PAGES = 1
    before = stored_keys()
    response = _post(alice_api, dev_pdf(TWO_PAGE_PDF).read_bytes())
    _rejected(response, before, stored_keys, "too many pages")


@pytest.mark.django_db
def test_encrypted_pdf_is_rejected(alice_api, stored_keys):
    before = stored_keys()
    _rejected(_post(alice_api, encrypted_pdf_bytes()), before, stored_keys, "password")


@pytest.mark.django_db
def test_truncated_pdf_is_rejected(alice_api, pdf_bytes, stored_keys):
    before = stored_keys()
    _rejected(_post(alice_api, pdf_bytes[:300]), before, stored_keys, "could not read")


@pytest.mark.django_db
def test_empty_file_is_rejected(alice_api, stored_keys):
    before = stored_keys()
    _rejected(_post(alice_api, b""), before, stored_keys, "")


@pytest.mark.django_db
def test_same_file_twice_returns_same_record(alice_api, bob_api, pdf_bytes, stored_keys):
    first = _post(alice_api, pdf_bytes, "a.pdf")
    assert first.status_code == 201
    keys = stored_keys()
    again = _post(alice_api, pdf_bytes, "b.pdf")
    # Documented choice: 200 with the existing record's id.
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert stored_keys() == keys
    assert Record.objects.count() == 1
    # Another patient uploading the same bytes gets their own record.
    other = _post(bob_api, pdf_bytes, "a.pdf")
    assert other.status_code == 201 and other.json()["id"] != first.json()["id"]


@pytest.mark.django_db
def test_service_reports_created_flag(alice, pdf_bytes):
    record, created = services.record_upload(owner=alice, file=as_upload(pdf_bytes))
    again, created_again = services.record_upload(owner=alice, file=as_upload(pdf_bytes))
    assert (created, created_again) == (True, False)
    assert again.pk == record.pk


@pytest.mark.django_db
def test_upload_requires_authentication(api_client, pdf_bytes):
    response = _post(api_client, pdf_bytes)
    assert response.status_code in (401, 403)
    assert Record.objects.count() == 0


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("C:\\Users\\me\\scan.pdf", "scan.pdf"),
        ("../../x.pdf", "x.pdf"),
        ("a\x00b\u202e.pdf", "ab.pdf"),
        ("", "report.pdf"),
        ("   ", "report.pdf"),
    ],
)
def test_display_filename_is_sanitized(raw, shown):
    assert display_filename(raw) == shown


def test_display_filename_is_bounded():
    assert len(display_filename("x" * 500 + ".pdf")) <= 120
