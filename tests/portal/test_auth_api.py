from __future__ import annotations

import pytest

from portal.accounts.models import ApiToken, Role, User
from portal.accounts.services import REGISTERED

pytestmark = pytest.mark.django_db


def test_register_creates_patient(api_client):
    resp = api_client.post(
        "/api/auth/register/", {"email": "New@Example.org", "password": "a-long-enough-pw-42"}
    )
    assert resp.status_code == 201, resp.content
    user = User.objects.get(email="new@example.org")
    assert user.role == Role.PATIENT
    assert not user.is_staff
    # No id: the answer must be the same for an address that already has an account.
    assert resp.json() == {"email": "new@example.org", "detail": REGISTERED}


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"email": "x@example.org", "password": "short"}, "password"),
        ({"email": "x@example.org", "password": "password123"}, "password"),
        ({"email": "not-an-email", "password": "a-long-enough-pw-42"}, "email"),
        ({"password": "a-long-enough-pw-42"}, "email"),
    ],
)
def test_register_rejects_bad_input(api_client, payload, field):
    resp = api_client.post("/api/auth/register/", payload)
    assert resp.status_code == 400
    assert field in resp.json()
    assert not User.objects.filter(email="x@example.org").exists()


def test_register_duplicate_email_answers_alike_and_keeps_original(api_client, alice, password):
    resp = api_client.post(
        "/api/auth/register/", {"email": "ALICE@example.org", "password": "another-long-pw-77"}
    )
    # The same answer as for a new address (issue 14); nothing of alice's changes.
    assert resp.status_code == 201
    assert resp.json() == {"email": "alice@example.org", "detail": REGISTERED}
    assert User.objects.filter(email__iexact="alice@example.org").count() == 1
    alice.refresh_from_db()
    assert alice.check_password(password)


def test_token_then_authenticated_request(api_client, alice, password):
    resp = api_client.post("/api/auth/token/", {"email": "alice@example.org", "password": password})
    assert resp.status_code == 200
    token = resp.json()["token"]
    # Only a digest is stored, never the key itself.
    assert not ApiToken.objects.filter(digest=token).exists()
    assert ApiToken.objects.filter(user=alice).count() == 1
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api_client.get("/api/schema/").status_code == 200


def test_token_error_identical_for_unknown_email_and_wrong_password(api_client, alice):
    wrong_pw = api_client.post(
        "/api/auth/token/", {"email": "alice@example.org", "password": "nope-nope-nope"}
    )
    unknown = api_client.post(
        "/api/auth/token/", {"email": "ghost@example.org", "password": "nope-nope-nope"}
    )
    assert wrong_pw.status_code == unknown.status_code == 400
    assert wrong_pw.json() == unknown.json()
    assert "e-mail" in wrong_pw.json()["detail"]


def test_bad_token_is_401(api_client):
    api_client.credentials(HTTP_AUTHORIZATION="Token deadbeef")
    assert api_client.get("/api/schema/").status_code == 401
