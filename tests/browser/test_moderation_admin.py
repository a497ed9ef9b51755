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


def test_answer_edit_form_passes_axe(page, live_server, moderator, password):
    answer = make_answer(moderator, slug="alk-positive", title="What does ALK positive mean?")
    device = totp_device(moderator)
    login(page, live_server, moderator.email, password)
    page.wait_for_url("**/accounts/login/verify/**")
    page.get_by_label("Code").fill(totp_code(device))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(lambda url: "/login/" not in url)
    page.goto(f"{live_server.url}/admin/answers/answer/{answer.pk}/change/")
    expect(page.locator("#id_title")).to_have_value("What does ALK positive mean?")
    audit(page, "admin-answer-change")
