"""A moderator signs in with a second factor and approves and publishes an answer in the admin."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from answers.models import Answer, Status
from answers.services import answer_submit
from tests.answers.helpers import make_answer
from tests.browser.conftest import audit, login
from tests.portal.otp_helpers import totp_code, totp_device

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _run_action(page, title: str, action: str) -> None:
    row = page.locator("#result_list tr", has_text=title)
    row.locator("input.action-select").check()
    page.locator("select[name=action]").select_option(label=action)
    page.locator("button[name=index]").click()


def test_moderator_approves_and_publishes_in_admin(
    page, live_server, moderator, second_moderator, password
):
    answer = make_answer(moderator, slug="ros1-positive", title="What does ROS1 positive mean?")
    answer_submit(answer=answer, by=moderator)
    device = totp_device(second_moderator)

    login(page, live_server, second_moderator.email, password)
    page.wait_for_url("**/accounts/login/verify/**")
    audit(page, "otp-verify")
    page.get_by_label("Code").fill(totp_code(device))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(lambda url: "/login/" not in url)

    page.goto(f"{live_server.url}/admin/answers/answer/?status__exact=in_review")
    expect(page.locator("#result_list")).to_contain_text("What does ROS1 positive mean?")
    _run_action(page, "What does ROS1 positive mean?", "Approve (second person)")
    expect(page.locator(".messagelist")).to_contain_text("1 answer(s) approved")
    _run_action(page, "What does ROS1 positive mean?", "Publish")
    expect(page.locator(".messagelist")).to_contain_text("1 answer(s) published")

    answer.refresh_from_db()
    assert answer.status == Status.PUBLISHED
    assert answer.reviewer_id == second_moderator.pk
    # The published answer is now public.
    page.goto(f"{live_server.url}/answers/ros1-positive/")
    expect(page.get_by_role("heading", level=1)).to_have_text("What does ROS1 positive mean?")
    assert Answer.objects.filter(status=Status.PUBLISHED, slug="ros1-positive").exists()


def _sign_in(page, live_server, user, password) -> None:
    device = totp_device(user)
    login(page, live_server, user.email, password)
    page.wait_for_url("**/accounts/login/verify/**")
    page.get_by_label("Code").fill(totp_code(device))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(lambda url: "/login/" not in url)


def test_answer_edit_form_passes_axe(page, live_server, moderator, password):
    answer = make_answer(moderator, slug="alk-positive", title="What does ALK positive mean?")
    _sign_in(page, live_server, moderator, password)
    page.goto(f"{live_server.url}/admin/answers/answer/{answer.pk}/change/")
    expect(page.locator("#id_title")).to_have_value("What does ALK positive mean?")
    audit(page, "admin-answer-change")


def test_edit_of_published_answer_goes_live_only_after_a_second_person(
    browser, page, live_server, moderator, second_moderator, password
):
    answer = make_answer(
        moderator,
        slug="alk-positive",
        title="What does ALK positive mean?",
        publish_with=second_moderator,
    )
    _sign_in(page, live_server, moderator, password)
    page.goto(f"{live_server.url}/admin/answers/answer/{answer.pk}/change/")
    page.get_by_label("Summary").fill("A REVISED SUMMARY.")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("waiting for a second moderator")
    audit(page, "admin-answer-change-revision-pending")
    page.goto(f"{live_server.url}/answers/alk-positive/")
    expect(page.locator(".lead")).not_to_have_text("A REVISED SUMMARY.")

    # A second moderator reads the revision and approves it.
    other = browser.new_context(bypass_csp=True)
    page2 = other.new_page()
    _sign_in(page2, live_server, second_moderator, password)
    page2.goto(f"{live_server.url}/admin/answers/answerinreview/")
    expect(page2.locator("#result_list")).to_contain_text("Revision waiting for review")
    audit(page2, "admin-moderation-queue")
    page2.goto(f"{live_server.url}/admin/answers/answerrevision/")
    page2.locator("#result_list tbody a").first.click()
    expect(page2.locator("body")).to_contain_text("+ A REVISED SUMMARY.")
    audit(page2, "admin-revision")
    page2.goto(f"{live_server.url}/admin/answers/answerrevision/")
    page2.locator("#result_list input.action-select").first.check()
    page2.locator("select[name=action]").select_option(
        label="Approve and make live (second person)"
    )
    page2.locator("button[name=index]").click()
    expect(page2.locator(".messagelist")).to_contain_text("1 revision(s) approved")
    other.close()

    page.goto(f"{live_server.url}/answers/alk-positive/")
    expect(page.locator(".lead")).to_have_text("A REVISED SUMMARY.")
