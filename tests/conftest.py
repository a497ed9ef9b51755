"""Shared fixtures: the same cast in every test (alice, bob, a moderator, an admin)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rest_framework.test import APIClient

from portal.accounts.models import Role
from tests.factories import DEFAULT_PASSWORD, UserFactory

REPO_ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = REPO_ROOT.parent / "shared" / "eval"
DEV_PDF_DIR = EVAL_DIR / "dev" / "pdf"


def services_required() -> bool:
    """In CI every service-backed test must run: a missing service is a failure, not a skip."""
    return os.environ.get("PORTAL_REQUIRE_SERVICES", "") == "1"


def skip_or_fail(reason: str) -> None:
    if services_required():
        pytest.fail(f"required service missing: {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _login_throttle_reset():
    """django-axes counts failed logins in a cache that outlives one test: start each clean."""
    from portal.accounts.throttle import login_throttle_reset

    login_throttle_reset()
    yield


@pytest.fixture
def password() -> str:
    return DEFAULT_PASSWORD


@pytest.fixture
def alice(db):
    return UserFactory(email="alice@example.org")


@pytest.fixture
def bob(db):
    return UserFactory(email="bob@example.org")


@pytest.fixture
def moderator(db):
    return UserFactory(email="moderator@example.org", role=Role.MODERATOR)


@pytest.fixture
def second_moderator(db):
    return UserFactory(email="reviewer@example.org", role=Role.MODERATOR)


@pytest.fixture
def admin_user(db):
    return UserFactory(email="admin@example.org", role=Role.ADMIN)


def _token_client(user) -> APIClient:
    client = APIClient()
    from portal.accounts.models import ApiToken

    # A hashed, expiring API token (django-rest-knox): the key exists only here.
    _instance, key = ApiToken.objects.create(user=user, label="test client")
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def alice_api(alice) -> APIClient:
    return _token_client(alice)


@pytest.fixture
def bob_api(bob) -> APIClient:
    return _token_client(bob)


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(db, bob):
    from django.test import Client

    c = Client()
    c.force_login(bob)
    return c


@pytest.fixture
def dev_pdf_dir() -> Path:
    if not DEV_PDF_DIR.is_dir():
        pytest.skip(f"dev evaluation set not found at {DEV_PDF_DIR}")
    return DEV_PDF_DIR
