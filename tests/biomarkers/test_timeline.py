"""The treatment timeline: the course a sentence states, and current vs previous by date."""

from __future__ import annotations

import pytest

from biomarkers import selectors
from biomarkers.extraction.course import course_of
from tests.biomarkers.reports import dated_report, drug


@pytest.mark.parametrize(
    ("sentence", "drug", "course"),
    [
        ("Progressed on osimertinib in March.", "osimertinib", "progressed"),
        ("Progressed on first-line osimertinib.", "osimertinib", "progressed"),
        ("Osimertinib with progressive disease in the liver.", "osimertinib", "progressed"),
        ("Currently on alectinib 600 mg BID.", "alectinib", "current"),
        ("He is on Alecensa.", "alectinib", "current"),  # a brand is its generic
        ("Started Lorbrena 100 mg daily.", "lorlatinib", "started"),
        ("Alectinib was discontinued due to liver tests.", "alectinib", "stopped"),
        ("Prior crizotinib; now on alectinib.", "crizotinib", "stopped"),
        ("Prior crizotinib; now on alectinib.", "alectinib", "current"),
        ("Progressed on osimertinib, started amivantamab.", "amivantamab", "started"),
        ("Patient received carboplatin and pemetrexed.", "carboplatin", None),
    ],
)
def test_course_of(sentence, drug, course):
    assert course_of(sentence, drug) == course


@pytest.mark.django_db
def test_timeline_current_and_previous_by_report_date_whatever_the_upload_order(alice):
    dated_report(
        alice,
        "2025-10.pdf",
        "2025-10-01",
        drug("alectinib", "Progressed on alectinib."),
        drug("lorlatinib", "Started lorlatinib 100 mg daily."),
        uploaded=0,
    )
    dated_report(
        alice, "2024-01.pdf", "2024-01-10", drug("alectinib", "Started alectinib."), uploaded=1
    )
    dated_report(
        alice, "undated.pdf", None, drug("carboplatin", "Received carboplatin."), uploaded=2
    )
    lines = selectors.profile_for(patient=alice).timeline
    assert [(line.drug, line.state) for line in lines] == [
        ("lorlatinib", "current"),
        ("carboplatin", "received"),
        ("alectinib", "previous"),
    ]
    alectinib = lines[-1]
    assert [(m.stated_date.isoformat(), m.course) for m in alectinib.mentions] == [
        ("2024-01-10", "started"),
        ("2025-10-01", "progressed"),
    ]


@pytest.mark.django_db
def test_one_report_gives_one_mention_per_drug_the_most_telling_sentence(alice):
    dated_report(
        alice,
        "note.pdf",
        "2025-05-01",
        drug("osimertinib", "Osimertinib 80 mg."),
        drug("osimertinib", "Osimertinib was stopped for pneumonitis."),
    )
    [line] = selectors.profile_for(patient=alice).timeline
    assert len(line.mentions) == 1 and line.mentions[0].course == "stopped"
    assert line.state == "previous"
