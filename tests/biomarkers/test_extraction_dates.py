"""The date a report states for itself (biomarkers/extraction/dates.py)."""

from __future__ import annotations

import pytest

from biomarkers.extraction import extract_text
from biomarkers.extraction.dates import find_report_date


def found(text: str) -> tuple[str, str] | None:
    hit = find_report_date(text)
    return (hit[0].isoformat(), hit[1].lower()) if hit else None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Collected: 03/14/2025", "2025-03-14"),
        ("Collected: 2025-03-14", "2025-03-14"),
        ("Collection Date: 14 Mar 2025", "2025-03-14"),
        ("Procedure date | March 14, 2025", "2025-03-14"),
        ("Date of service: Mar. 4, 2025", "2025-03-04"),
        ("Reported 3/4/25 by Dr A. Moreau", "2025-03-04"),
        (
            "Specimen = FFPE, block 2B ;; Collected = 2026-02-11 ;; Reported = 2026-02-24",
            "2026-02-11",
        ),
        ("DOS = 04/16/2026 ;; Prov = K. Abubak", "2026-04-16"),
        ("Date/time = 05/21/2026 14:05 ;; Call type = Inbound", "2026-05-21"),
    ],
)
def test_formats(text: str, iso: str) -> None:
    assert found(text)[0] == iso


def test_us_dates_are_month_first_and_a_day_first_report_is_read_day_first() -> None:
    assert found("Reported: 11/03/2026")[0] == "2026-11-03"
    # The same report writes the date of birth 21/08/1961: its dates are day first.
    assert found("Date of birth: 21/08/1961\nReported: 11/03/2026")[0] == "2026-03-11"


def test_collection_date_beats_report_date_beats_received_date_wherever_printed() -> None:
    text = "Received: 03/16/2025\nReported: 03/20/2025\nCollected: 03/14/2025"
    assert found(text) == ("2025-03-14", "collected")
    assert found("Received: 03/16/2025\nSign-out date: 03/20/2025")[0] == "2025-03-20"
    assert found("Received: 03/16/2025\nDate: 01/02/2025")[0] == "2025-03-16"


@pytest.mark.parametrize(
    "text",
    [
        "DOB: 03/14/1960",
        "Date of birth: 14 Mar 1960",
        "Patient | Gustafson, Henrik A. | DOB | 07/22/1957",
        "Printed on: 2025-06-01",
        "Print date: 06/01/2025",
        "A prior biopsy collected on 01/05/2024 showed adenocarcinoma.",
        "She was diagnosed on 2023-05-02 and the specimen was reported on 2023-05-09.",
        "Next visit: 05/01/2026",
        "EGFR exon 19 deletion detected. No other findings.",
        "Collected: 02/30/2025",  # no such day
    ],
)
def test_no_report_date(text: str) -> None:
    assert find_report_date(text) is None


def test_date_of_birth_beside_the_collection_date_is_not_taken() -> None:
    text = "DOB | 10/03/1962 | Collected | 03/12/2026"
    assert found(text) == ("2026-03-12", "collected")
    assert found("DOB: 01/02/1955  Date: 04/05/2025")[0] == "2025-04-05"


def test_history_date_is_not_the_report_date() -> None:
    text = "History: previously reported on 01/10/2023 as EGFR negative.\nReport date: 2025-10-02"
    assert found(text) == ("2025-10-02", "report date")


def test_extract_text_gives_a_report_date_fact_with_evidence_and_no_schema_change() -> None:
    pages = [
        "MOLECULAR PATHOLOGY REPORT\nPatient: Doe, Jane   DOB: 02/03/1958\n"
        "Collected: 10/14/2025   Reported: 10/28/2025\n"
        "EGFR: exon 19 deletion detected.",
        "Printed on 11/02/2025",
    ]
    report = extract_text(pages, file="r.pdf")
    facts = [f for f in report.facts if f.kind == "report_date"]
    assert len(facts) == 1
    fact = facts[0]
    assert fact.value == {"date": "2025-10-14", "label": "collected"}
    ev = fact.evidence
    assert ev.page == 1 and report.pages[0][ev.start : ev.end] == ev.sentence
    assert ev.sentence == "Collected: 10/14/2025"
    schema = report.to_schema(evidence=True)
    assert set(schema) == {"file", "histology", "stage", "biomarkers", "treatments", "evidence"}
    assert "report_date" not in repr(schema)


def test_extract_text_without_a_stated_date_gives_no_fact() -> None:
    report = extract_text(["EGFR: exon 19 deletion detected.\nDOB: 02/03/1958"], file="r.pdf")
    assert not [f for f in report.facts if f.kind == "report_date"]
