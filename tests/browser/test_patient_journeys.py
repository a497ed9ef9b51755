"""The patient journeys in a real browser: sign up, upload, watch it being read, check the
findings against the highlighted report, read the personalized answer; nobody else sees it."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from records.models import Record
from tests.browser.conftest import audit, login
from tests.conftest import DEV_PDF_DIR

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ALK_PDF = DEV_PDF_DIR / "case_008.pdf"  # gold: ALK positive (EML4-ALK), stage IVA
PASSWORD = "a-long-enough-pw-42"
READ_TIMEOUT_MS = 120_000  # extraction runs eagerly inside the live server


def _sign_up(page, live_server, email: str) -> None:
    page.goto(f"{live_server.url}/accounts/signup/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    # Sign-up answers alike for new and known addresses: then sign in (issue 14).
    page.wait_for_url("**/accounts/login/")
    login(page, live_server, email, PASSWORD)
    page.wait_for_url("**/dashboard/")


def test_sign_up_upload_check_findings_and_read_the_alk_answer(page, live_server):
    call_command("seed_demo", verbosity=0)
    _sign_up(page, live_server, "erin@example.org")
    expect(page.get_by_role("heading", name="Start by uploading a report")).to_be_visible()
    audit(page, "dashboard-invite")

    page.get_by_role("link", name="Upload a report").click()
    page.wait_for_url("**/records/upload/")
    audit(page, "upload")
    page.locator("#id_files").set_input_files(str(ALK_PDF))
    item = page.locator(".upload-item").first
    expect(item).to_have_attribute("data-status", "done", timeout=READ_TIMEOUT_MS)
    expect(item).to_contain_text("finding")
    # The live region told assistive technology how it ended.
    expect(page.locator("#upload-announce")).to_contain_text("Read")
    audit(page, "upload-done")

    item.get_by_role("link", name=re.compile("See what we read")).click()
    page.wait_for_url(re.compile(r"/records/[0-9a-f-]{36}/$"))
    # A report may state one fact in several sentences: each is its own finding.
    alk = page.locator(
        "li.finding", has=page.get_by_role("heading", name=re.compile("^ALK: positive"))
    ).first
    expect(alk).to_contain_text("positive (EML4-ALK)")
    expect(alk).to_contain_text("Not yet checked by you")
    # The report states it more than once: one card lists each sentence, and each evidence
    # link goes to its highlighted sentence in the report text and focuses it.
    links = alk.locator("a.evidence-link")
    assert links.count() >= 2
    expect(alk.locator("blockquote.evidence")).to_have_count(links.count())
    link = links.last
    mark_id = link.get_attribute("href").lstrip("#")
    mark = page.locator(f"mark#{mark_id}")
    expect(mark).to_contain_text("ALK")
    link.click()
    expect(mark).to_be_focused()
    audit(page, "record")

    alk.get_by_role("button", name=re.compile("This matches my report")).click()
    expect(alk).to_contain_text("Checked by you")

    page.get_by_role("link", name="My records", exact=True).first.click()
    glance = page.locator(".glance-item", has_text="ALK")
    expect(glance).to_contain_text("EML4-ALK")
    expect(glance).to_contain_text("Checked by you")
    audit(page, "dashboard")

    page.goto(f"{live_server.url}/answers/alk-positive/")
    personal = page.locator("section.personal")
    expect(personal.get_by_role("heading", name="What your records show")).to_be_visible()
    expect(personal).to_contain_text("EML4-ALK")
    expect(personal).to_contain_text("You confirmed this.")
    expect(page.get_by_text("not medical advice").first).to_be_visible()
    audit(page, "answer-personal")
    # Save a question for the visit: back on the answer, then listed in My questions.
    save = page.locator("button.save-question").first
    question = save.get_attribute("value")
    save.click()
    expect(page.locator(".messages")).to_contain_text("Saved to your questions")
    page.goto(f"{live_server.url}/questions/")
    expect(page.get_by_role("list").filter(has_text=question)).to_be_visible()
    audit(page, "my-questions")

    record = Record.objects.get(owner__email="erin@example.org")
    page.goto(f"{live_server.url}/records/{record.public_id}/delete/")
    expect(page.get_by_role("heading", name="Delete this report?")).to_be_visible()
    audit(page, "record-delete-confirm")
    page.get_by_role("button", name="Yes, delete this report").click()
    expect(page.get_by_text("were deleted")).to_be_visible()
    assert not Record.objects.filter(pk=record.pk).exists()


def test_another_patient_gets_404_for_a_record(page, live_server, alice, bob, password):
    from tests.biomarkers.factories import FindingFactory
    from tests.records.factories import RecordFactory

    record = RecordFactory(owner=alice, filename="alice-private.pdf")
    FindingFactory(record=record)
    login(page, live_server, "bob@example.org", password)
    response = page.goto(f"{live_server.url}/records/{record.public_id}/")
    assert response.status == 404
    expect(page.get_by_role("heading", name="We could not find this page")).to_be_visible()
    assert "alice-private" not in page.content()
    audit(page, "record-404")


def test_home_lists_answers_by_topic_and_search_works(page, live_server):
    call_command("seed_demo", verbosity=0)
    page.goto(live_server.url + "/")
    expect(page.get_by_role("link", name=re.compile("ALK", re.I)).first).to_be_visible()
    audit(page, "home-library")
    page.get_by_label("Search the answers").fill("ALK")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/answers/\?q=ALK"))
    expect(page.get_by_role("link", name=re.compile("ALK", re.I)).first).to_be_visible()
    audit(page, "answers-search")
