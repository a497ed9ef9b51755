"""Security headers on real responses, no inline script/style for the CSP, escaped user text."""

from __future__ import annotations

import re

import pytest

from portal.accounts.models import User
from tests.conftest import REPO_ROOT
from tests.portal.otp_helpers import verified_staff_client

pytestmark = pytest.mark.django_db

EXPECTED_CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
    "base-uri": "'self'",
    "object-src": "'none'",
}


def _csp(resp) -> dict[str, str]:
    parts = [p.strip() for p in resp["Content-Security-Policy"].split(";") if p.strip()]
    return {p.split(" ", 1)[0]: p.split(" ", 1)[1] for p in parts}


@pytest.mark.parametrize("url", ["/accounts/login/", "/dashboard/", "/account/security/"])
def test_pages_carry_security_headers(alice_client, url):
    resp = alice_client.get(url)
    assert resp.status_code == 200
    assert _csp(resp) == EXPECTED_CSP
    assert resp["X-Frame-Options"] == "DENY"
    assert resp["X-Content-Type-Options"] == "nosniff"
    assert resp["Referrer-Policy"] == "same-origin"
    assert resp["Cross-Origin-Opener-Policy"] == "same-origin"
    # HSTS only in production over HTTPS (tests/test_security_deploy.py).
    assert "Strict-Transport-Security" not in resp


def test_api_error_carries_headers_too(api_client):
    resp = api_client.post("/api/auth/token/", {})
    assert resp["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in resp


def test_admin_renders_under_csp(client, admin_user):
    verified_staff_client(client, admin_user)
    resp = client.get("/admin/")
    assert resp.status_code == 200
    assert _csp(resp)["script-src"] == "'self'"
    # Django's admin ships its scripts as files: nothing inline that the CSP would block.
    assert not re.search(rb"<script(?![^>]*\bsrc=)[^>]*>", resp.content)


def test_our_templates_have_no_inline_script_or_style():
    offenders = []
    for path in (REPO_ROOT / "templates").rglob("*.html"):
        text = path.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text) or re.search(
            r"<style\b|\sstyle=|\son[a-z]+=", text
        ):
            offenders.append(str(path.relative_to(REPO_ROOT)))
    assert offenders == []


def test_user_text_is_escaped_on_the_dashboard(client, alice):
    # A hostile address stored past form validation must still render as text.
    User.objects.filter(pk=alice.pk).update(email='<script>alert("x")</script>@example.org')
    alice.refresh_from_db()
    client.force_login(alice)
    resp = client.get("/dashboard/")
    assert resp.status_code == 200
    assert b'<script>alert("x")</script>' not in resp.content
    assert b"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;@example.org" in resp.content


@pytest.mark.django_db
def test_api_docs_load_no_outside_or_inline_script(alice_client):
    """Swagger UI comes from local static files and a separate script (CSP: self only)."""
    resp = alice_client.get("/api/docs/")
    assert resp.status_code == 200
    html = resp.content.decode()
    assert "cdn." not in html and "unpkg" not in html
    assert "<script>" not in html.replace(" ", "")
    assert "/static/drf_spectacular_sidecar/" in html
