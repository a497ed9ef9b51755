"""Photos and scans through the upload API and pages: accepted by content, read by OCR,
joined into one report, failed with a reason when damaged, page images shown to the owner."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from biomarkers.extraction import scan as scan_module
from biomarkers.extraction.document import REASON_NO_TEXT
from biomarkers.models import Finding
from records import services
from records.models import Record, RecordStatus, ScanPage
from records.validation import NO_OCR, NOT_ACCEPTED
from tests.records.conftest import dev_pdf
from tests.scans import as_photo, as_scan, heic, jpeg, need_tesseract, png, render, scan_pdf

ONE_PAGE = "case_001.pdf"  # adenosquamous carcinoma, RET positive, PD-L1 5 %
TWO_PAGES = "case_000.pdf"  # squamous cell carcinoma, PD-L1 60 %


@pytest.fixture(scope="module")
def one_page():
    return render(dev_pdf(ONE_PAGE), dpi=200)[0]


@pytest.fixture(scope="module")
def two_pages():
    return render(dev_pdf(TWO_PAGES), dpi=200)


def _file(data: bytes, name: str, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def _upload(api, capture, **fields) -> tuple[int, dict]:
    with capture(execute=True):
        response = api.post("/api/records/", fields, format="multipart")
    return response.status_code, response.json()


def _summary(api, record_id: str) -> dict:
    return api.get(f"/api/records/{record_id}/").json()["summary"]


@pytest.mark.django_db
def test_a_jpeg_photo_is_read_like_the_pdf(alice_api, one_page, django_capture_on_commit_callbacks):
    need_tesseract()
    code, body = _upload(
        alice_api, django_capture_on_commit_callbacks,
        file=_file(jpeg(as_photo(one_page, seed=1)), "IMG_0001.JPG"),
    )  # fmt: skip
    assert code == 201
    record = Record.objects.get(public_id=body["id"])
    assert record.status == RecordStatus.DONE, record.failure_reason
    assert record.source == "jpeg" and record.page_count == 1 and record.progress == ""
    summary = _summary(alice_api, body["id"])
    assert summary["histology"] == "adenosquamous carcinoma"
    assert summary["biomarkers"]["RET"]["status"] == "positive"
    assert ScanPage.objects.filter(record=record, page=1).exists()


@pytest.mark.django_db
def test_a_png_scan_is_read(alice_api, one_page, django_capture_on_commit_callbacks):
    need_tesseract()
    code, body = _upload(
        alice_api, django_capture_on_commit_callbacks,
        file=_file(png(as_scan(one_page, seed=2)), "scan.png"),
    )  # fmt: skip
    assert code == 201
    assert _summary(alice_api, body["id"])["biomarkers"]["PD-L1"] == {
        "status": "positive",
        "tps": 5,
    }


@pytest.mark.django_db
def test_a_heic_photo_is_read(alice_api, one_page, django_capture_on_commit_callbacks):
    need_tesseract()
    code, body = _upload(
        alice_api, django_capture_on_commit_callbacks,
        file=_file(heic(as_scan(one_page, seed=3)), "IMG_0002.HEIC"),
    )  # fmt: skip
    assert code == 201
    record = Record.objects.get(public_id=body["id"])
    assert record.source == "heic" and record.status == RecordStatus.DONE, record.failure_reason
    assert _summary(alice_api, body["id"])["histology"] == "adenosquamous carcinoma"


@pytest.mark.django_db
def test_several_photos_are_one_report_in_the_order_given(
    alice_api, two_pages, django_capture_on_commit_callbacks
):
    need_tesseract()
    photos = [_file(jpeg(as_photo(p, seed=i)), f"p{i}.jpg") for i, p in enumerate(two_pages)]
    code, body = _upload(alice_api, django_capture_on_commit_callbacks, photos=photos)
    assert code == 201
    assert Record.objects.count() == 1
    record = Record.objects.get(public_id=body["id"])
    assert record.status == RecordStatus.DONE, record.failure_reason
    assert record.source == "images" and record.page_count == 2 and len(record.pages) == 2
    assert "SURGICAL PATHOLOGY" in record.pages[0].upper()
    assert "SURGICAL PATHOLOGY" not in record.pages[1].upper()
    assert _summary(alice_api, body["id"])["biomarkers"]["PD-L1"]["tps"] == 60


@pytest.mark.django_db
def test_several_photos_from_the_upload_page_are_one_report(
    alice_client, two_pages, django_capture_on_commit_callbacks
):
    need_tesseract()
    photos = [
        _file(png(p.resize((p.width // 2, p.height // 2))), f"p{i}.png")
        for i, p in enumerate(two_pages)
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post("/records/upload/", {"photos": photos})
    assert response.status_code == 302
    record = Record.objects.get()
    assert record.page_count == 2 and record.source == "images"


@pytest.mark.django_db
def test_progress_is_shown_while_a_scan_is_read(
    alice_api, two_pages, django_capture_on_commit_callbacks, monkeypatch
):
    need_tesseract()
    shown: list[str] = []
    original = services.record_progress

    def watch(*, record, page, total):
        original(record=record, page=page, total=total)
        shown.append(alice_api.get(f"/api/records/{record.public_id}/").json()["progress"])

    monkeypatch.setattr(services, "record_progress", watch)
    code, body = _upload(
        alice_api, django_capture_on_commit_callbacks,
        file=_file(scan_pdf([as_scan(p) for p in two_pages]), "fax.pdf", "application/pdf"),
    )  # fmt: skip
    assert code == 201
    assert shown == ["reading a scan (page 1 of 2)", "reading a scan (page 2 of 2)"]
    record = Record.objects.get(public_id=body["id"])
    assert record.status == RecordStatus.DONE and record.progress == ""


@pytest.mark.django_db
def test_a_blank_photo_fails_with_no_text_reason(alice_api, django_capture_on_commit_callbacks):
    need_tesseract()
    code, body = _upload(
        alice_api, django_capture_on_commit_callbacks,
        file=_file(png(Image.new("L", (1200, 1600), 255)), "blank.png"),
    )  # fmt: skip
    assert code == 201
    record = Record.objects.get(public_id=body["id"])
    assert record.status == RecordStatus.FAILED
    assert record.failure_reason == REASON_NO_TEXT
    assert not Finding.objects.filter(record=record).exists()


@pytest.mark.django_db
def test_a_truncated_jpeg_fails_with_a_reason(
    alice_api, one_page, django_capture_on_commit_callbacks
):
    need_tesseract()
    data = jpeg(one_page)
    code, body = _upload(
        alice_api, django_capture_on_commit_callbacks,
        file=_file(data[: len(data) // 3], "cut.jpg"),
    )  # fmt: skip
    assert code == 201
    record = Record.objects.get(public_id=body["id"])
    assert record.status == RecordStatus.FAILED
    assert record.failure_reason == scan_module.REASON_DAMAGED


@pytest.mark.django_db
def test_a_decompression_bomb_png_fails_with_a_reason(
    alice_api, django_capture_on_commit_callbacks
):
    need_tesseract()
    buf = io.BytesIO()
    Image.new("1", (20000, 20000), 1).save(buf, format="PNG", optimize=True)
    code, body = _upload(
        alice_api, django_capture_on_commit_callbacks, file=_file(buf.getvalue(), "bomb.png")
    )
    assert code == 201
    record = Record.objects.get(public_id=body["id"])
    assert record.status == RecordStatus.FAILED
    assert record.failure_reason == scan_module.REASON_TOO_LARGE


@pytest.mark.django_db
def test_other_files_are_refused_by_content(alice_api):
    response = alice_api.post(
        "/api/records/", {"file": _file(b"GIF89a....", "photo.jpg")}, format="multipart"
    )
    assert response.status_code == 400 and response.json()["detail"] == NOT_ACCEPTED
    response = alice_api.post(
        "/api/records/", {"photos": [_file(b"%PDF-1.7 ...", "a.jpg")]}, format="multipart"
    )
    assert response.status_code == 400 and "not a photo" in response.json()["detail"]
    assert not Record.objects.exists()


@pytest.mark.django_db
def test_photos_count_against_the_page_limit(alice_api, settings):
    settings.RECORD_MAX_PAGES = 2
    tiny = jpeg(Image.new("L", (20, 20), 255))
    photos = [_file(tiny, f"{i}.jpg") for i in range(3)]
    response = alice_api.post("/api/records/", {"photos": photos}, format="multipart")
    assert response.status_code == 400 and "limit is 2 pages" in response.json()["detail"]


@pytest.mark.django_db
def test_without_tesseract_photos_are_refused_with_a_clear_message(alice_api, monkeypatch):
    monkeypatch.setattr(scan_module, "tesseract_path", lambda: None)
    tiny = jpeg(Image.new("L", (20, 20), 255))
    response = alice_api.post("/api/records/", {"file": _file(tiny, "a.jpg")}, format="multipart")
    assert response.status_code == 400 and response.json()["detail"] == NO_OCR


@pytest.mark.django_db
def test_without_tesseract_a_scanned_pdf_fails_with_a_clear_reason(
    alice_api, two_pages, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(scan_module, "tesseract_path", lambda: None)
    _code, body = _upload(
        alice_api, django_capture_on_commit_callbacks,
        file=_file(scan_pdf(two_pages[:1]), "fax.pdf", "application/pdf"),
    )  # fmt: skip
    record = Record.objects.get(public_id=body["id"])
    assert record.status == RecordStatus.FAILED
    assert record.failure_reason == scan_module.REASON_NO_TESSERACT


@pytest.fixture
def scanned_record(alice_api, one_page, django_capture_on_commit_callbacks):
    need_tesseract()
    _code, body = _upload(
        alice_api, django_capture_on_commit_callbacks,
        file=_file(png(as_scan(one_page, seed=5)), "scan.png"),
    )  # fmt: skip
    record = Record.objects.get(public_id=body["id"])
    assert record.status == RecordStatus.DONE, record.failure_reason
    return record


@pytest.mark.django_db
def test_the_page_image_is_the_owners_only(alice_client, bob, client, scanned_record):
    url = f"/records/{scanned_record.public_id}/pages/1/image/"
    response = alice_client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert response.content.startswith(b"\xff\xd8")
    assert response["Cache-Control"] == "private, no-store"
    assert (
        alice_client.get(f"/records/{scanned_record.public_id}/pages/2/image/").status_code == 404
    )
    client.force_login(bob)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


@pytest.mark.django_db
def test_the_record_page_boxes_the_evidence_on_the_scan(alice_client, scanned_record):
    html = alice_client.get(f"/records/{scanned_record.public_id}/").content.decode()
    assert 'class="scan-page"' in html
    assert f"/records/{scanned_record.public_id}/pages/1/image/" in html
    assert html.count('class="scan-box"') >= 3  # the words of the findings' sentences
    assert "read from a scan" in html


@pytest.mark.django_db
def test_the_api_names_the_scanned_pages_and_the_download_keeps_its_type(alice_api, scanned_record):
    body = alice_api.get(f"/api/records/{scanned_record.public_id}/").json()
    assert body["scanned_pages"] == [1] and body["progress"] == ""
    response = alice_api.get(f"/api/records/{scanned_record.public_id}/file/")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].endswith('.png"')


@pytest.mark.django_db
def test_the_list_shows_which_page_of_a_scan_is_being_read(alice_client, alice):
    from tests.records.factories import RecordFactory

    RecordFactory(
        owner=alice, status=RecordStatus.PROCESSING, progress="reading a scan (page 2 of 3)"
    )
    assert b"reading a scan (page 2 of 3)" in alice_client.get("/records/").content
