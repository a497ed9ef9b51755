"""A caregiver reads the patient's treatment timeline and visit summary (issues 16 and 18):
under any active share, read-only, never as a PDF, each read in the patient's access log."""

from __future__ import annotations

import io

import pytest
from django.test import Client
from pypdf import PdfReader

from answers.reader_services import saved_question_create
from portal.audit.models import AuditEntry
from sharing.models import Scope
from sharing.summary import SECTIONS
from tests.factories import UserFactory
from tests.portal.test_patient_pages import _course
from tests.sharing.factories import ShareFactory, revoked_share

pytestmark = pytest.mark.django_db
QUESTION = "What are the options if osimertinib stops working?"


@pytest.fixture
def carol(db):
    return UserFactory(email="carol@example.org")


@pytest.fixture
def carol_client(carol):
    c = Client()
    c.force_login(carol)
    return c


@pytest.fixture
def share(alice, carol):
    _course(alice)
    saved_question_create(owner=alice, text=QUESTION)
    # The narrower scope: the timeline and the visit summary are part of "summary".
    return ShareFactory(patient=alice, caregiver=carol, email="carol@example.org",
                        scope=Scope.SUMMARY)  # fmt: skip


def test_sections_are_the_profile_the_timeline_and_the_visit_summary():
    assert list(SECTIONS) == ["profile", "timeline", "visit_summary"]


def test_summary_scope_reads_the_timeline(carol_client, share):
    html = carol_client.get(f"/shared-with-me/{share.public_id}/timeline/").content.decode()
    assert "alice@example.org: treatment timeline" in html
    assert "osimertinib" in html and "the cancer grew while on it" in html
    assert "liquid.pdf, page 1" in html and "2025-10-20" in html


def test_summary_scope_reads_the_visit_summary_without_export_or_editing(carol_client, share):
    response = carol_client.get(f"/shared-with-me/{share.public_id}/visit-summary/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Current findings" in html and "biopsy.pdf (10 Feb 2025), page 1" in html
    assert "Changes over time" in html and "Treatments" in html and "osimertinib" in html
    assert "not medical advice" in html
    assert QUESTION in html  # read-only: the patient's questions for the visit
    # No PDF (an export), no question editing, no form at all but the sign-out.
    assert "/summary/pdf/" not in html and "Download PDF" not in html
    assert "/questions/" not in html
    assert html.count("<form") == 1 and 'action="/accounts/logout/"' in html


def test_the_summary_page_links_both(carol_client, share):
    html = carol_client.get(f"/shared-with-me/{share.public_id}/").content.decode()
    assert f"/shared-with-me/{share.public_id}/timeline/" in html
    assert f"/shared-with-me/{share.public_id}/visit-summary/" in html


def test_api_returns_every_section(carol_client, share):
    data = carol_client.get(f"/api/shared-with-me/{share.public_id}/summary/").json()
    assert set(data) == {"profile", "timeline", "visit_summary"}
    assert data["profile"]["biomarkers"]["EGFR"]["status"] == "positive"
    assert [d["drug"] for d in data["timeline"]["drugs"]] == ["osimertinib"]
    assert data["timeline"]["drugs"][0]["mentions"][-1]["date"] == "2025-10-20"
    visit = data["visit_summary"]
    assert {r["title"] for r in visit["current"]} >= {"EGFR"}
    assert visit["changes"] and visit["questions"] == [QUESTION]


def test_the_caregivers_pdf_is_their_own_never_the_patients(carol_client, share):
    # /summary/pdf/ takes no id: a caregiver downloads only their own (empty) summary.
    pdf = PdfReader(io.BytesIO(carol_client.get("/summary/pdf/").content))
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "carol@example.org" in text and "alice" not in text
    assert "osimertinib" not in text and QUESTION not in text


def test_every_read_is_in_the_patients_log_with_the_caregivers_email(
    alice, alice_api, carol, carol_client, share
):
    for path in (
        f"/shared-with-me/{share.public_id}/timeline/",
        f"/shared-with-me/{share.public_id}/visit-summary/",
        f"/api/shared-with-me/{share.public_id}/summary/",
    ):
        assert carol_client.get(path).status_code == 200
    entries = AuditEntry.objects.filter(actor_id=carol.pk).order_by("id")
    assert [(e.patient_id, e.action, e.object_type) for e in entries] == [
        (alice.pk, "read", "timeline"),
        (alice.pk, "read", "visit_summary"),
        (alice.pk, "read", "summary"),
    ]
    log = alice_api.get("/api/me/access-log/").json()["results"]
    assert len([e for e in log if e["caregiver_email"] == "carol@example.org"]) == 3


@pytest.mark.parametrize("suffix", ["timeline/", "visit-summary/"])
def test_revoked_share_and_other_people_get_404(alice, bob, carol, carol_client, suffix):
    _course(alice)
    gone = revoked_share(patient=alice, caregiver=carol)
    assert carol_client.get(f"/shared-with-me/{gone.public_id}/{suffix}").status_code == 404
    live = ShareFactory(patient=alice, caregiver=carol)
    bob_client = Client()
    bob_client.force_login(bob)
    response = bob_client.get(f"/shared-with-me/{live.public_id}/{suffix}")
    assert response.status_code == 404 and b"osimertinib" not in response.content
