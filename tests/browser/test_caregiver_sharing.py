"""Caregiver sharing in a real browser: alice invites carol, carol creates her account from
the invitation and reads alice's summary, alice ends it and carol's page is gone."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import audit, login
from tests.factories import DEFAULT_PASSWORD
from tests.portal.patient_data import patient_with_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CAROL_PASSWORD = "a-long-enough-pw-42"


def test_invite_caregiver_sees_summary_then_revoke(page, browser, live_server, alice):
    patient_with_data(alice)
    login(page, live_server, "alice@example.org", DEFAULT_PASSWORD)
    page.goto(f"{live_server.url}/account/")
    page.get_by_role("link", name="Sharing", exact=True).click()
    page.wait_for_url("**/account/sharing/")
    audit(page, "sharing")
    page.get_by_label("Their e-mail address").fill("carol@example.org")
    page.get_by_label(re.compile("^Summary: your current findings")).check()
    page.get_by_label(re.compile("For how many days")).fill("14")
    page.get_by_role("button", name="Send the invitation").click()
    expect(page.locator(".messages")).to_contain_text("invitation to carol@example.org")
    expect(page.get_by_role("cell", name="Invited")).to_be_visible()

    invitation = [m for m in mail.outbox if m.to == ["carol@example.org"]]
    assert len(invitation) == 1
    accept_path = re.search(r"(/sharing/accept/\S+/)", invitation[0].body).group(1)

    carol_context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    carol = carol_context.new_page()
    carol.goto(f"{live_server.url}{accept_path}")
    expect(carol.get_by_role("heading", name="Create your account")).to_be_visible()
    audit(carol, "sharing-accept")
    carol.get_by_label("Choose a password").fill(CAROL_PASSWORD)
    carol.get_by_label("The same password again").fill(CAROL_PASSWORD)
    carol.get_by_role("button", name="Create the account and accept").click()
    carol.wait_for_url("**/shared-with-me/")
    audit(carol, "shared-with-me")
    carol.get_by_role("link", name="alice@example.org").click()
    carol.wait_for_url(re.compile(r"/shared-with-me/[0-9a-f-]{36}/$"))
    summary_url = carol.url
    expect(carol.get_by_role("heading", name="Current findings")).to_be_visible()
    expect(carol.get_by_role("cell", name="EGFR", exact=True)).to_be_visible()
    expect(carol.get_by_text("adenocarcinoma")).to_be_visible()
    audit(carol, "shared-summary")
    # The visit summary and the treatment timeline, read-only (no PDF download).
    carol.get_by_role("link", name="Visit summary").click()
    expect(carol.get_by_role("heading", name="Current findings")).to_be_visible()
    expect(carol.get_by_role("link", name="Download PDF")).to_have_count(0)
    audit(carol, "shared-visit-summary")
    carol.get_by_role("link", name="Treatment timeline").click()
    expect(carol.get_by_role("heading", name=re.compile("treatment timeline"))).to_be_visible()
    audit(carol, "shared-timeline")

    # alice was told, and sees carol in her access log.
    page.goto(f"{live_server.url}/notifications/")
    expect(page.get_by_text("carol@example.org accepted your invitation")).to_be_visible()
    audit(page, "notifications")
    page.goto(f"{live_server.url}/account/access-log/")
    expect(page.get_by_text("Caregiver carol@example.org").first).to_be_visible()

    page.goto(f"{live_server.url}/account/sharing/")
    page.get_by_role("button", name=re.compile("End access")).click()
    expect(page.get_by_role("cell", name="Ended by you")).to_be_visible()

    response = carol.goto(summary_url)
    assert response.status == 404
    carol.goto(f"{live_server.url}/shared-with-me/")
    expect(carol.get_by_text("Nobody shares their information with you")).to_be_visible()
    carol_context.close()
