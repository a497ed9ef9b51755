"""The treatment timeline and the visit summary in a real browser: axe 0 serious/critical,
screenshots at desktop and phone width, and the summary as printed (print CSS, PDF)."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from playwright.sync_api import expect

from answers.reader_services import saved_question_create
from tests.biomarkers.reports import dated_report, drug, gene, histology
from tests.browser.conftest import audit, login
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _patient_with_history():
    patient = UserFactory(email="tess@example.org")
    dated_report(
        patient,
        "liquid-biopsy.pdf",
        "2025-10-20",
        gene("MET", "positive", alteration="amplification"),
        drug("osimertinib", "Progressed on osimertinib after 14 months."),
        uploaded=0,
    )
    dated_report(
        patient,
        "clinic-note.pdf",
        "2025-03-01",
        drug("osimertinib", "Started osimertinib 80 mg daily."),
        uploaded=1,
    )
    dated_report(
        patient,
        "biopsy.pdf",
        "2025-02-10",
        histology("adenocarcinoma"),
        gene("EGFR", "positive", "L858R"),
        gene("MET", "negative", alteration="amplification"),
        uploaded=2,
    )
    return patient


def test_timeline_and_summary_pages(page, live_server, screenshots_dir):
    patient = _patient_with_history()
    login(page, live_server, patient.email, DEFAULT_PASSWORD)

    page.goto(f"{live_server.url}/dashboard/")
    expect(page.get_by_role("heading", name="Changes over time")).to_be_visible()
    audit(page, "dashboard-history")

    page.goto(f"{live_server.url}/timeline/")
    expect(page.get_by_role("heading", name="My treatment timeline")).to_be_visible()
    expect(page.locator(".timeline-drug").first).to_contain_text("osimertinib")
    audit(page, "timeline")

    saved_question_create(owner=patient, text="What are the options if osimertinib stops?")
    page.goto(f"{live_server.url}/summary/")
    expect(page.get_by_role("heading", name="Changes over time")).to_be_visible()
    expect(page.get_by_text("What are the options if osimertinib stops?")).to_be_visible()
    audit(page, "summary")
    # The PDF download: the same summary, one page, with the session's cookie.
    href = page.get_by_role("link", name="Download PDF").get_attribute("href")
    download = page.request.get(f"{live_server.url}{href}")
    assert download.ok and download.body().startswith(b"%PDF")
    (screenshots_dir / "summary-download.pdf").write_bytes(download.body())
    with pdfplumber.open(io.BytesIO(download.body())) as pdf:
        assert len(pdf.pages) == 1
        assert "osimertinib stops?" in pdf.pages[0].extract_text()
    # As printed: no menus, one page on A4 and on Letter.
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".no-print").first).to_be_hidden()
    page.screenshot(path=str(screenshots_dir / "summary-print.png"), full_page=True)
    for paper in ("A4", "Letter"):
        pdf = page.pdf(format=paper)
        (screenshots_dir / f"summary-{paper.lower()}.pdf").write_bytes(pdf)
        with pdfplumber.open(io.BytesIO(pdf)) as printed:
            assert len(printed.pages) == 1, paper
            text = printed.pages[0].extract_text()
        assert "Current findings" in text and "My records" not in text
