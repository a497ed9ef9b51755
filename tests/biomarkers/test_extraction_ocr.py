"""OCR misreadings of result words are repaired for the NLP; evidence quotes the report as read."""

from __future__ import annotations

import pytest

from biomarkers.extraction import extract_text
from biomarkers.extraction.ocr import repair


@pytest.mark.parametrize(
    ("seen", "meant"),
    [
        ("ROS1 : Negatlve", "ROS1 : Negative"),
        ("NEGATLVE FOR ALK", "NEGATIVE FOR ALK"),
        ("Invasive adenocarcinorna.", "Invasive adenocarcinoma ."),
        ("KRAS rnutation detectecl", "KRAS mutation  detected "),
        ("ALK fus- ion (RNA)", "ALK fusion   (RNA)"),
    ],
)
def test_result_words_are_repaired_in_place(seen, meant):
    assert repair(seen) == meant
    assert len(repair(seen)) == len(seen)


@pytest.mark.parametrize(
    "text",
    [
        # Gene, drug and ordinary words one confusion away from nothing we know stay as read.
        "ROS1 NTRK1 ERBB2 EGFR L858R carboplatin lorlatinib",
        "Planned clone 22C3; slides reviewed; co- owner",
        "The patient is well.",
    ],
)
def test_other_words_are_left_alone(text):
    assert repair(text) == text


def test_repaired_reading_quotes_the_original_sentence():
    page = "Specimen: lung.\nALK fus- ion (RNA) : Negatlve\nLung adenocarcinorna.\n"
    report = extract_text([page])
    out = report.to_schema()
    assert out["biomarkers"] == {"ALK": {"status": "negative", "variants": []}}
    assert out["histology"] == "adenocarcinoma"
    quotes = {f.kind: f.evidence for f in report.facts}
    assert quotes["biomarker"].sentence == "ALK fus- ion (RNA) : Negatlve"
    assert quotes["histology"].sentence == "Lung adenocarcinorna."
    ev = quotes["histology"]
    assert page[ev.start : ev.end] == ev.sentence
