"""Sign-up does not reveal who has an account, and the auth routes are rate limited
(issue 14, Medium)."""

from __future__ import annotations

import pytest
from django.test import Client
from rest_framework.test import APIClient

from portal.accounts.models import User

pytestmark = pytest.mark.django_db


def test_register_answers_the_same_for_a_known_email_and_tells_the_owner(
    alice, password, mailoutbox
):
    api = APIClient()
    new = api.post("/api/auth/register/", {"email": "new@example.org", "password": "long-pw-42-x"})
    known = api.post(
        "/api/auth/register/", {"email": "ALICE@example.org", "password": "long-pw-42-x"}
    )
    assert new.status_code == known.status_code
    assert set(new.json()) == set(known.json())
    assert new.json()["detail"] == known.json()["detail"]
    alice.refresh_from_db()
    assert alice.check_password(password)  # nothing of alice's changed
    assert User.objects.filter(email="new@example.org").exists()
    to_alice = [m for m in mailoutbox if m.to == ["alice@example.org"]]
    assert len(to_alice) == 1 and "already" in to_alice[0].body


def test_web_signup_answers_the_same_for_a_known_email(alice, mailoutbox):
    form = {"email": "new@example.org", "password1": "long-pw-42-x", "password2": "long-pw-42-x"}
    new = Client().post("/accounts/signup/", form)
    known = Client().post("/accounts/signup/", {**form, "email": "alice@example.org"})
    assert new.status_code == known.status_code == 302
    assert new["Location"] == known["Location"]
    assert any(m.to == ["alice@example.org"] for m in mailoutbox)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/auth/register/", {"email": "x@example.org", "password": "short"}),
        ("/api/auth/token/", {"email": "ghost@example.org", "password": "wrong-pw-77"}),
    ],
)
def test_auth_api_routes_are_throttled(path, body, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "auth": "3/minute",
        },
    }
    api = APIClient()
    codes = [api.post(path, {**body, "email": f"u{i}@example.org"}).status_code for i in range(5)]
    assert codes[:3] != [429] * 3 and codes[-1] == 429, codes


def test_password_reset_sends_a_bounded_number_of_emails(alice, mailoutbox):
    client = Client()
    for _ in range(11):
        response = client.post("/accounts/password_reset/", {"email": "alice@example.org"})
        assert response.status_code in (302, 429)
    assert 1 <= len(mailoutbox) <= 3


def test_a_known_email_costs_a_password_hash_like_a_new_account(alice, monkeypatch):
    # No timing oracle: the known address pays for one hash as a new account does.
    from portal.accounts import services

    hashed: list[str] = []
    real = services.make_password
    monkeypatch.setattr(services, "make_password", lambda pw: hashed.append(pw) or real(pw))
    APIClient().post(
        "/api/auth/register/", {"email": "alice@example.org", "password": "long-pw-42-x"}
    )
    assert hashed == ["long-pw-42-x"]


def test_web_signup_is_throttled_too(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "auth": "3/minute",
        },
    }
    client = Client()
    codes = [
        client.post("/accounts/signup/", {"email": f"u{i}@example.org"}).status_code
        for i in range(5)
    ]
    assert codes[:3] == [200, 200, 200] and codes[-1] == 429, codes
