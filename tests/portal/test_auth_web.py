from __future__ import annotations

import re

import pytest
from django.core import mail

from portal.accounts.models import User

pytestmark = pytest.mark.django_db


def test_signup_then_sign_in_lands_on_dashboard(client, password):
    resp = client.post(
        "/accounts/signup/",
        {
            "email": "carol@example.org",
            "password1": "a-long-enough-pw-42",
            "password2": "a-long-enough-pw-42",
        },
    )
    # Sent to sign in, as for an address that already has an account (issue 14).
    assert resp.status_code == 302
    assert resp["Location"] == "/accounts/login/"
    assert User.objects.get(email="carol@example.org").is_patient
    resp = client.post(
        "/accounts/login/", {"username": "carol@example.org", "password": "a-long-enough-pw-42"}
    )
    assert resp.status_code == 302
    assert client.get("/dashboard/").status_code == 200


def test_signup_mismatch_and_weak_passwords_show_errors(client):
    resp = client.post(
        "/accounts/signup/",
        {"email": "carol@example.org", "password1": "123", "password2": "123"},
    )
    assert resp.status_code == 200
    assert b"too short" in resp.content
    resp = client.post(
        "/accounts/signup/",
        {"email": "carol@example.org", "password1": "a-long-enough-pw-42", "password2": "x"},
    )
    assert b"The two passwords differ" in resp.content
    assert not User.objects.filter(email="carol@example.org").exists()


def test_login_and_logout(client, alice, password):
    resp = client.post("/accounts/login/", {"username": "ALICE@example.org", "password": password})
    assert resp.status_code == 302
    assert client.get("/dashboard/").status_code == 200
    resp = client.post("/accounts/logout/")
    assert resp.status_code == 302
    assert client.get("/dashboard/").status_code == 302


def test_login_errors_identical_for_unknown_and_wrong(client, alice):
    a = client.post(
        "/accounts/login/", {"username": "alice@example.org", "password": "wrong-pw-123"}
    )
    b = client.post(
        "/accounts/login/", {"username": "ghost@example.org", "password": "wrong-pw-123"}
    )
    msg = b"The e-mail address and password do not match an account."
    assert msg in a.content and msg in b.content


def test_dashboard_requires_login(client):
    resp = client.get("/dashboard/")
    assert resp.status_code == 302
    assert resp["Location"].startswith("/accounts/login/")


def test_password_change(client, alice, password):
    client.force_login(alice)
    resp = client.post(
        "/accounts/password_change/",
        {
            "old_password": password,
            "new_password1": "brand-new-pw-4242",
            "new_password2": "brand-new-pw-4242",
        },
    )
    assert resp.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("brand-new-pw-4242")


def test_password_reset_full_flow_and_same_answer_for_unknown(client, alice):
    unknown = client.post("/accounts/password_reset/", {"email": "ghost@example.org"})
    assert len(mail.outbox) == 0
    known = client.post("/accounts/password_reset/", {"email": "alice@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    resp = client.get(link, follow=True)
    form_url = resp.redirect_chain[-1][0]
    resp = client.post(
        form_url, {"new_password1": "reset-pw-abcdef-1", "new_password2": "reset-pw-abcdef-1"}
    )
    assert resp.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("reset-pw-abcdef-1")
