"""Scanned pages and photos through the engine: OCR only where there is no text layer."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image

from biomarkers.extraction import extract
from biomarkers.extraction import scan as scan_module
from biomarkers.extraction.document import REASON_NO_TEXT, extract_document, mark_unclear
from biomarkers.extraction.scan_types import ScanError
from biomarkers.extraction.types import UNCLEAR
from tests.conftest import DEV_PDF_DIR
from tests.scans import as_photo, as_scan, jpeg, need_tesseract, png, render, scan_pdf

CASE = "case_000.pdf"  # 2 pages: squamous cell carcinoma, pT3 pN2, PD-L1 60 %, genes negative


def _dev(name: str = CASE):
    path = DEV_PDF_DIR / name
    if not path.is_file():
        pytest.skip(f"dev PDF not found: {path}")
    return path


def _schema(report) -> dict:
    out = report.to_schema()
    out.pop("file")
    return out


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    need_tesseract()
    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    path.write_bytes(scan_pdf([as_scan(p, seed=i) for i, p in enumerate(render(_dev()))]))
    seen: list[tuple[int, int]] = []
    report, scans = extract_document(path, progress=lambda p, n: seen.append((p, n)))
    return report, scans, seen


def test_a_scanned_pdf_reads_like_its_text_pdf(scanned):
    report, scans, _seen = scanned
    assert _schema(report) == _schema(extract(_dev()))
    assert [s.page for s in scans] == [1, 2]


def test_scan_progress_is_reported_page_by_page(scanned):
    assert scanned[2] == [(1, 2), (2, 2)]


def test_evidence_of_a_scanned_finding_has_word_boxes_on_its_page(scanned):
    report, scans, _seen = scanned
    fact = next(f for f in report.facts if f.kind == "biomarker" and f.gene == "EGFR")
    page = next(s for s in scans if s.page == fact.evidence.page)
    words = page.words_in(fact.evidence.start, fact.evidence.end)
    assert "EGFR" in {w.text.strip(":,.") for w in words}
    for w in words:
        assert 0 <= w.left < page.width and 0 <= w.top < page.height
        assert report.pages[page.page - 1][w.start : w.end] == w.text
    assert page.preview.startswith(b"\xff\xd8")  # a JPEG to show the page


def test_a_text_pdf_is_never_sent_to_ocr(monkeypatch):
    def no_ocr(*_a, **_k):
        raise AssertionError("OCR ran on a text PDF")

    monkeypatch.setattr(scan_module, "_tesseract", no_ocr)
    report, scans = extract_document(_dev())
    assert scans == []
    assert _schema(report) == _schema(extract(_dev()))


def test_a_page_turned_sideways_is_turned_back(tmp_path):
    need_tesseract()
    page = render(_dev(), dpi=200)[0].rotate(90, expand=True, fillcolor=255)
    path = tmp_path / "sideways.pdf"
    path.write_bytes(scan_pdf([page]))
    report, scans = extract_document(path)
    assert scans[0].rotated in (90, 270)
    assert report.to_schema()["histology"] == "squamous cell carcinoma"


def test_a_blank_page_fails_with_a_clear_reason(tmp_path):
    need_tesseract()
    path = tmp_path / "blank.pdf"
    path.write_bytes(scan_pdf([Image.new("L", (1700, 2200), 255)]))
    with pytest.raises(ScanError) as err:
        extract_document(path)
    assert err.value.reason == REASON_NO_TEXT


def test_a_photo_is_read(tmp_path):
    need_tesseract()
    path = tmp_path / "photo.jpg"
    path.write_bytes(jpeg(as_photo(render(_dev(), dpi=200)[0], seed=3)))
    report, scans = extract_document(path)
    assert len(scans) == 1
    assert report.to_schema()["histology"] == "squamous cell carcinoma"


def test_a_truncated_jpeg_is_damaged(tmp_path):
    need_tesseract()
    data = jpeg(render(_dev(), dpi=100)[0])
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ScanError) as err:
        extract_document(path)
    assert err.value.reason == scan_module.REASON_DAMAGED


def test_a_decompression_bomb_png_is_refused_before_it_is_decoded(tmp_path):
    # 20000 x 20000 pixels of one colour compress to a few hundred KB of PNG.
    buf = io.BytesIO()
    Image.new("1", (20000, 20000), 1).save(buf, format="PNG", optimize=True)
    assert len(buf.getvalue()) < 200_000
    path = tmp_path / "bomb.png"
    path.write_bytes(buf.getvalue())
    with pytest.raises(ScanError) as err:
        extract_document(path)
    assert err.value.reason == scan_module.REASON_TOO_LARGE


def test_a_finding_read_through_doubtful_words_is_unclear(scanned):
    report, scans, _seen = scanned
    report = replace(report, facts=[replace(f) for f in report.facts])
    fact = next(f for f in report.facts if f.kind == "biomarker" and f.gene == "EGFR")
    assert fact.status == "negative"
    assert mark_unclear(report, scans) == 0  # a clean scan: sure of every word
    page = next(s for s in scans if s.page == fact.evidence.page)
    doubtful = replace(
        page,
        words=[
            replace(w, confidence=20.0) if w.start >= fact.evidence.start else w for w in page.words
        ],
    )
    assert mark_unclear(report, [doubtful if s is page else s for s in scans]) >= 1
    assert fact.status == UNCLEAR
    assert "EGFR" not in report.to_schema()["biomarkers"]  # not a guessed status


def test_png_and_jpeg_are_told_apart_by_content():
    image = Image.new("L", (10, 10), 255)
    assert scan_module.image_kind(png(image)[:16]) == "png"
    assert scan_module.image_kind(jpeg(image)[:16]) == "jpeg"
    assert scan_module.image_kind(b"%PDF-1.7\n") is None


def test_the_sandbox_reads_a_scan_and_reports_progress(tmp_path):
    from biomarkers.sandbox import run_extraction

    need_tesseract()
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan_pdf([as_scan(p, seed=1) for p in render(_dev())]))
    seen: list[tuple[int, int]] = []
    report = run_extraction(
        path,
        timeout=30,
        memory_bytes=1 << 30,
        max_pages=50,
        on_progress=lambda p, n: seen.append((p, n)),
        ocr_page_seconds=20,
    )
    assert seen == [(1, 2), (2, 2)]
    assert [s.page for s in report.scans] == [1, 2]
    assert report.scans[0].preview.startswith(b"\xff\xd8")
    assert any(w.confidence > 0 for w in report.scans[0].words)
    assert _schema(report) == _schema(extract(_dev()))


def test_the_sandbox_fails_a_blank_scan_with_the_no_text_reason(tmp_path):
    from biomarkers.sandbox import run_extraction

    need_tesseract()
    path = tmp_path / "blank.pdf"
    path.write_bytes(scan_pdf([Image.new("L", (1700, 2200), 255)]))
    with pytest.raises(ScanError) as err:
        run_extraction(path, timeout=30, memory_bytes=1 << 30, max_pages=50)
    assert err.value.reason == REASON_NO_TEXT


def test_tnm_misreadings_are_put_back_inside_tnm_tokens_only():
    fix = scan_module._fix_word
    assert [fix(w) for w in ["(CT4", "cNO", "cMO),", "PT2a"]] == ["(cT4", "cN0", "cM0),", "pT2a"]
    # "NO" and "CT" outside a TNM token are words, not stages.
    assert [fix(w) for w in ["NO", "CT", "MO"]] == ["NO", "CT", "MO"]


def test_gene_symbols_with_low_confidence_alone_do_not_make_a_finding_unclear(scanned):
    report, scans, _seen = scanned
    report = replace(report, facts=[replace(f) for f in report.facts])
    fact = next(f for f in report.facts if f.kind == "biomarker" and f.gene == "EGFR")
    page = next(s for s in scans if s.page == fact.evidence.page)
    # Tesseract is often unsure of symbols it reads right ("KIF5B-RET": 44): not a doubt.
    symbols_low = replace(
        page,
        words=[
            replace(w, confidence=30.0) if w.text.strip(":,.").isupper() else w for w in page.words
        ],
    )
    mark_unclear(report, [symbols_low if s is page else s for s in scans])
    assert fact.status == "negative"


def test_a_low_resolution_photo_is_scaled_up_before_it_is_read(tmp_path, monkeypatch):
    need_tesseract()
    sizes: list[tuple[int, int]] = []
    ocr_words = scan_module._ocr_words
    monkeypatch.setattr(
        scan_module, "_ocr_words", lambda im: sizes.append(im.size) or ocr_words(im)
    )
    path = tmp_path / "small.jpg"
    path.write_bytes(jpeg(render(_dev("case_001.pdf"), dpi=90)[0], quality=85))
    report, _scans = extract_document(path)
    assert max(sizes[0]) >= scan_module.MIN_SIDE
    assert report.to_schema()["histology"] == "adenosquamous carcinoma"
