from __future__ import annotations

import pytest

from tests.browser.conftest import audit, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_and_sign_in_pages_are_accessible(page, live_server):
    page.goto(live_server.url + "/")
    assert page.get_by_role("heading", level=1).is_visible()
    audit(page, "home")
    page.goto(live_server.url + "/accounts/login/")
    audit(page, "login")
    page.goto(live_server.url + "/accounts/signup/")
    audit(page, "signup")


def test_signup_then_dashboard(page, live_server):
    page.goto(live_server.url + "/accounts/signup/")
    page.get_by_label("E-mail address").fill("dana@example.org")
    page.get_by_label("Password", exact=True).fill("a-long-enough-pw-42")
    page.get_by_label("Password again").fill("a-long-enough-pw-42")
    page.get_by_role("button", name="Create account").click()
    # Sign-up answers alike for new and known addresses: then sign in (issue 14).
    page.wait_for_url("**/accounts/login/")
    login(page, live_server, "dana@example.org", "a-long-enough-pw-42")
    page.wait_for_url("**/dashboard/")
    audit(page, "dashboard-empty")


def test_wrong_password_shows_clear_error(page, live_server, alice):
    login(page, live_server, "alice@example.org", "not-the-password")
    assert page.get_by_text("do not match an account").is_visible()
