"""The visit summary as a PDF download (issue 16): the signed-in patient's own, one page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from portal.audit.models import AuditEntry
from portal.summary_pdf import pdf_text
from tests.biomarkers.reports import dated_report, drug, gene, histology
from tests.portal.test_patient_pages import _course

pytestmark = pytest.mark.django_db
URL = "/summary/pdf/"


def _text(response) -> str:
    reader = PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages)


def _pages(response) -> int:
    return len(PdfReader(io.BytesIO(response.content)).pages)


def test_summary_page_offers_the_download(alice_client):
    html = alice_client.get("/summary/").content.decode()
    assert f'href="{URL}"' in html and "Download PDF" in html


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_pdf_holds_the_summary_of_the_signed_in_patient(alice_client, alice):
    _course(alice)
    response = alice_client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="visit-summary-')
    assert "no-store" in response["Cache-Control"]
    assert response.content.startswith(b"%PDF")
    text = _text(response)
    assert "Summary for my next appointment" in text and "printed" in text
    assert "not medical advice" in text
    assert "biopsy.pdf (10 Feb 2025), page 1" in text  # finding, report date, page
    assert "Changes over time" in text and "(Feb 2025) ->" in text
    assert "osimertinib" in text and "Treatments" in text
    assert "Unclear or missing tests" in text and "Ask whether" in text


def test_pdf_never_holds_another_patients_data(bob_client, alice, bob):
    _course(alice)
    dated_report(bob, "bob-ngs.pdf", "2025-04-01", gene("KRAS", "positive", "G12C"))
    text = _text(bob_client.get(URL))
    assert "KRAS" in text and "bob-ngs.pdf" in text
    assert "osimertinib" not in text and "biopsy.pdf" not in text
    assert "liquid.pdf" not in text and "L858R" not in text and "amplification" not in text


def test_a_typical_profile_fits_on_one_page(alice_client, alice):
    _course(alice)
    dated_report(
        alice,
        "ngs.pdf",
        "2025-02-20",
        histology("adenocarcinoma"),
        gene("ALK", "negative"),
        gene("ROS1", "negative"),
        gene("KRAS", "negative"),
        gene("BRAF", "negative"),
        gene("RET", "negative"),
        gene("NTRK1", "negative"),
        uploaded=3,
    )
    assert _pages(alice_client.get(URL)) == 1


def test_pdf_without_reports(alice_client):
    response = alice_client.get(URL)
    assert response.content.startswith(b"%PDF")
    assert "No report has been uploaded yet" in _text(response)


def test_characters_outside_latin1_do_not_break_it(alice_client, alice):
    dated_report(
        alice,
        "Bericht\u2013Groß ≥ 50% 中.pdf",
        "2025-06-01",
        drug("osimertinib", "Osimertinib “started” → stable ≥ 3 months…"),
    )
    response = alice_client.get(URL)
    assert response.status_code == 200
    text = _text(response)
    assert "Bericht-Groß >= 50% ?.pdf" in text


def test_pdf_text_spells_what_latin1_lacks():
    assert pdf_text("MET → amplified ≥ 5 \u2013 “yes”…") == 'MET -> amplified >= 5 - "yes"...'
    assert pdf_text("Ő ﬁ κ 中 é µ") == "O fi ? ? é µ"
    assert pdf_text("Ő ﬁ κ 中").encode("latin-1")


def test_download_is_in_the_patients_access_log(alice_client, alice):
    alice_client.get(URL)
    entry = AuditEntry.objects.filter(patient_id=alice.pk, object_type="profile").last()
    assert entry is not None and entry.action == "download"
