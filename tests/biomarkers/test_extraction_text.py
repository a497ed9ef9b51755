"""Page text: evidence offsets, sentence splitting, layout, OCR noise, headers/footers."""

from __future__ import annotations

from pathlib import Path

import pytest

from biomarkers.extraction import PdfError, PdfUnreadable, extract, extract_text, read_pdf
from biomarkers.extraction.pdf import _line_text, lines_to_pages


def schema(*lines: str) -> dict:
    """SCHEMA dict for a one-page report made of these lines."""
    return extract_text(["\n".join(lines)], file="t.pdf").to_schema()


DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev" / "pdf"


def _assert_evidence_holds(report) -> None:
    assert report.facts
    for f in report.facts:
        e = f.evidence
        assert report.pages[e.page - 1][e.start : e.end] == e.sentence
        assert e.sentence == e.sentence.strip() and e.sentence


def test_evidence_offsets_point_into_the_page_text() -> None:
    pages = [
        "SURGICAL PATHOLOGY REPORT\nFINAL DIAGNOSIS\n- Invasive adenocarcinoma.\npT2a pN1",
        "ADDENDUM: BIOMARKER RESULTS\nALK IHC: Negative\nEGFR: p.L858R detected (VAF 23%)\n"
        "PD-L1 (SP263): TPS 80%\nCurrently on osimertinib.",
    ]
    rep = extract_text(pages, file="x.pdf")
    _assert_evidence_holds(rep)
    by_kind = {f.kind: f.evidence for f in rep.facts}
    assert by_kind["biomarker"].page == 2 and by_kind["histology"].page == 1
    assert by_kind["pdl1"].sentence == "PD-L1 (SP263): TPS 80%"
    out = rep.to_schema(evidence=True)
    assert out["evidence"]["biomarkers"]["EGFR"][0]["sentence"].startswith("EGFR: p.L858R")
    assert out["evidence"]["treatments"]["osimertinib"][0]["page"] == 2
    assert "evidence" not in rep.to_schema()


def test_key_value_line_is_its_own_sentence() -> None:
    rep = extract_text(["ALK IHC: Negative\nROS1 IHC: Positive\nHistologic Type: Adenocarcinoma"])
    sentences = {f.evidence.sentence for f in rep.facts}
    assert {"ALK IHC: Negative", "ROS1 IHC: Positive"} <= sentences


def test_wrapped_prose_lines_are_one_sentence() -> None:
    out = schema(
        "The patient's tumor was tested by next-generation sequencing and no alterations were",
        "detected in ALK, ROS1 or RET; a KRAS G12C mutation was identified.",
    )["biomarkers"]
    assert out["ALK"]["status"] == "negative" and out["RET"]["status"] == "negative"
    assert out["KRAS"] == {"status": "positive", "variants": ["G12C"]}


def test_two_column_key_values_are_split_into_lines() -> None:
    def w(text: str, x0: float) -> dict:
        return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": 100.0}

    line = [w("ALK", 50), w("IHC:", 75), w("Negative", 105), w("ROS1:", 320), w("Positive", 355)]
    assert _line_text(line) == "ALK IHC: Negative\nROS1: Positive"
    row = [w("EGFR", 50), w("L858R", 200), w("Detected", 350)]
    assert _line_text(row) == "EGFR   L858R   Detected"


def test_running_headers_and_footers_are_removed() -> None:
    pages = [
        [
            "Lakeside Hospital",
            "Patient: Jo Roe MRN: 123 DOB: 01/02/1960",
            "Text one.",
            "Page 1 of 2",
        ],
        [
            "Lakeside Hospital",
            "Patient: Jo Roe MRN: 123 DOB: 01/02/1960",
            "Text two.",
            "Page 2 of 2",
        ],
    ]
    assert lines_to_pages(pages) == ["Text one.", "Text two."]


def test_hyphenated_line_ends_are_joined() -> None:
    assert lines_to_pages([["Invasive adeno-", "carcinoma.", "non-", "small cell"]]) == [
        "Invasive adenocarcinoma.\nnon-\nsmall cell"
    ]


def test_ocr_noise_in_stage_and_flattened_fields() -> None:
    st = schema("SURGICAL PATHOLOGY REPORT", "Primary Tumor. pT2. Regional Nodes. pNO.")["stage"]
    assert (st["t"], st["n"]) == ("T2", "N0")


def test_not_a_pdf_raises_a_patient_readable_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"this is not a pdf")
    with pytest.raises(PdfUnreadable) as err:
        read_pdf(bad)
    assert isinstance(err.value, PdfError)
    assert err.value.reason == "this PDF could not be read"


@pytest.mark.skipif(not DEV.is_dir(), reason=f"dev PDFs not found at {DEV}")
def test_dev_pdf_reads_pages_without_furniture() -> None:
    pages = read_pdf(DEV / "case_000.pdf")
    assert len(pages) == 2
    assert not any("Page 1 of 2" in p or "MRN:" in p for p in pages)
    rep = extract(DEV / "case_000.pdf")
    _assert_evidence_holds(rep)
    assert rep.document_kind == "pathology"


@pytest.mark.skipif(not DEV.is_dir(), reason=f"dev PDFs not found at {DEV}")
def test_max_pages_is_enforced() -> None:
    from biomarkers.extraction import PdfTooManyPages

    with pytest.raises(PdfTooManyPages):
        read_pdf(DEV / "case_000.pdf", max_pages=1)
