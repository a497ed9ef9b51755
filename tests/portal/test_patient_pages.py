"""The treatment timeline and the visit summary: content, ownership, query budget."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.biomarkers.reports import dated_report, drug, gene, histology

pytestmark = pytest.mark.django_db

PAGES = ["/timeline/", "/summary/"]


def _course(owner) -> None:
    """Diagnosis, first line, progression: uploaded newest first."""
    dated_report(
        owner,
        "liquid.pdf",
        "2025-10-20",
        gene("MET", "positive", alteration="amplification"),
        drug("osimertinib", "Progressed on osimertinib after 14 months."),
        uploaded=0,
    )
    dated_report(
        owner,
        "note.pdf",
        "2025-03-01",
        drug("osimertinib", "Started osimertinib 80 mg daily."),
        uploaded=1,
    )
    dated_report(
        owner,
        "biopsy.pdf",
        "2025-02-10",
        histology("adenocarcinoma"),
        gene("EGFR", "positive", "L858R"),
        gene("MET", "negative", alteration="amplification"),
        uploaded=2,
    )


@pytest.mark.parametrize("url", PAGES)
def test_anonymous_is_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_without_reports(alice_client, url):
    html = alice_client.get(url).content.decode()
    assert "You have not uploaded any reports yet" in html


def test_timeline_shows_each_drug_dated_with_its_course(alice_client, alice):
    _course(alice)
    html = alice_client.get("/timeline/").content.decode()
    assert "osimertinib" in html and "previous" in html
    assert html.index("1 Mar 2025") < html.index("20 Oct 2025")  # oldest mention first
    assert "the cancer grew while on it" in html and "Progressed on osimertinib" in html
    assert 'name="viewport"' in html


def test_summary_shows_current_findings_changes_and_sources(alice_client, alice):
    _course(alice)
    html = alice_client.get("/summary/").content.decode()
    assert "Current findings" in html and "printed" in html
    assert "biopsy.pdf (10 Feb 2025), page 1" in html
    # MET: a change over time, not a disagreement.
    assert "Changes over time" in html
    assert "negative (no change found) — amplification (Feb 2025) →" in html
    assert "do not agree" not in html
    assert "css/print.css" in html and 'media="print"' in html


def test_pages_with_one_report(alice_client, alice):
    dated_report(alice, "one.pdf", "2025-01-05", gene("ALK", "positive", "EML4-ALK"))
    summary = alice_client.get("/summary/").content.decode()
    assert "EML4-ALK" in summary and "Changes over time" not in summary
    assert "We have not found any medicines" in alice_client.get("/timeline/").content.decode()


def test_pages_with_conflicting_same_date_reports(alice_client, alice):
    dated_report(alice, "a.pdf", "2025-05-05", gene("KRAS", "positive", "G12C"), uploaded=0)
    dated_report(alice, "b.pdf", "2025-05-05", gene("KRAS", "negative"), uploaded=1)
    html = alice_client.get("/summary/").content.decode()
    assert "Reports of the same date that do not agree" in html
    assert "a.pdf" in html and "b.pdf" in html
    assert alice_client.get("/timeline/").status_code == 200


@pytest.mark.parametrize("url", PAGES)
def test_another_patient_sees_only_their_own(bob_client, alice, url):
    _course(alice)
    html = bob_client.get(url).content.decode()
    assert "liquid.pdf" not in html and "osimertinib" not in html
    assert "You have not uploaded any reports yet" in html


@pytest.mark.parametrize("url", PAGES)
def test_query_budget_does_not_grow_with_reports(alice_client, alice, url):
    _course(alice)
    alice_client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert alice_client.get(url).status_code == 200
    findings = [q for q in ctx.captured_queries if "biomarkers_finding" in q["sql"]]
    assert len(findings) == 1, findings
    # session, user, findings, audit entry (in a savepoint), session update; the summary
    # also reads the patient's saved questions (one query).
    budget = 9 if url == "/summary/" else 8
    assert len(ctx.captured_queries) <= budget, [q["sql"][:80] for q in ctx.captured_queries]


def test_dashboard_shows_changes_over_time_and_the_newest_result(alice_client, alice):
    _course(alice)
    html = alice_client.get("/dashboard/").content.decode()
    assert "Changes over time" in html
    assert "(Feb 2025) → positive — amplification (Oct 2025)" in html
    assert "do not agree" not in html
    assert 'href="/timeline/"' in html and 'href="/summary/"' in html
