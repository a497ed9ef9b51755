"""Sharing with a caregiver: invite (API and page), the bad inputs, listing, revoking."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from sharing.models import Share
from tests.sharing.factories import ShareFactory


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    """Run what the views queue after their commit (the invitation task), as a real commit."""

    def _run(fn, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return fn(*args, **kwargs)

    return _run


@pytest.mark.django_db
def test_invite_answers_201_with_the_issue_fields_and_30_days_by_default(alice_api, capture):
    before = timezone.now()
    response = capture(
        alice_api.post,
        "/api/shares/",
        {"email": "Carol@Example.org", "scope": "summary"},
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert {"id", "email", "scope", "expires_at"} <= set(body)
    assert body["email"] == "carol@example.org" and body["scope"] == "summary"
    expires = parse_datetime(body["expires_at"])
    assert before + timedelta(days=30) <= expires <= timezone.now() + timedelta(days=30)
    # One invitation, to the invited address, with a link to accept and nothing else.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["carol@example.org"]
    assert "/sharing/accept/" in mail.outbox[0].body
    assert "alice" not in mail.outbox[0].body.lower()


@pytest.mark.django_db
def test_a_one_year_share_is_allowed(alice_api):
    response = alice_api.post(
        "/api/shares/", {"email": "c@example.org", "scope": "records", "days": 365}, format="json"
    )
    assert response.status_code == 201
    share = Share.objects.get()
    assert share.expires_at - share.created_at == timedelta(days=365)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("payload", "words"),
    [
        ({"scope": "summary"}, "e-mail"),
        ({"email": "not-an-address", "scope": "summary"}, "e-mail"),
        ({"email": "c@example.org", "scope": "everything"}, "scope"),
        ({"email": "c@example.org"}, "scope"),
        ({"email": "c@example.org", "scope": "summary", "days": 0}, "between 1 and 365"),
        ({"email": "c@example.org", "scope": "summary", "days": 366}, "between 1 and 365"),
        ({"email": "c@example.org", "scope": "summary", "days": "soon"}, "whole number"),
        ({"email": "c@example.org", "scope": "summary", "days": 2.5}, "whole number"),
        ({"email": "c@example.org", "scope": "summary", "days": True}, "whole number"),
        ({"email": ["c@example.org"], "scope": "summary"}, "e-mail"),
        ({"email": "alice@example.org", "scope": "summary"}, "yourself"),
    ],
)
def test_bad_input_is_a_clear_400_and_nothing_is_stored(alice_api, payload, words):
    response = alice_api.post("/api/shares/", payload, format="json")
    assert response.status_code == 400
    assert words in response.json()["detail"]
    assert not Share.objects.exists()
    assert not mail.outbox


@pytest.mark.django_db
def test_a_second_active_share_with_the_same_address_is_refused(alice_api):
    payload = {"email": "c@example.org", "scope": "summary"}
    assert alice_api.post("/api/shares/", payload, format="json").status_code == 201
    again = alice_api.post("/api/shares/", payload, format="json")
    assert again.status_code == 400 and "already" in again.json()["detail"]


@pytest.mark.django_db
def test_list_shows_only_my_shares(alice, bob, alice_api, bob_api):
    mine = ShareFactory(patient=alice)
    ShareFactory(patient=bob)
    assert [s["id"] for s in alice_api.get("/api/shares/").json()] == [str(mine.public_id)]
    assert str(mine.public_id) not in str(bob_api.get("/api/shares/").json())


@pytest.mark.django_db
def test_revoke_ends_access_at_once_and_only_the_owner_can(alice, bob_api, alice_api, capture):
    share = ShareFactory(patient=alice)
    carol = share.caregiver
    assert bob_api.delete(f"/api/shares/{share.public_id}/").status_code == 404
    share.refresh_from_db()
    assert share.revoked_at is None
    response = capture(alice_api.delete, f"/api/shares/{share.public_id}/")
    assert response.status_code == 204
    share.refresh_from_db()
    assert share.revoked_at is not None
    # The caregiver is told (in the portal; by e-mail without any detail).
    assert carol.notifications.filter(kind="access_ended").count() == 1
    assert [m.to for m in mail.outbox] == [[carol.email]]
    from django.test import Client

    c = Client()
    c.force_login(carol)
    assert c.get(f"/api/shared-with-me/{share.public_id}/profile/").status_code == 404
    assert c.get("/api/shared-with-me/").json() == []


@pytest.mark.django_db
def test_sharing_page_invites_lists_and_revokes(alice_client, capture):
    page = alice_client.get("/account/sharing/")
    assert page.status_code == 200 and b"Invite someone" in page.content
    bad = alice_client.post(
        "/account/sharing/", {"email": "c@example.org", "scope": "summary", "days": "0"}
    )
    assert bad.status_code == 400 and b"between 1 and 365" in bad.content
    response = capture(
        alice_client.post,
        "/account/sharing/",
        {"email": "c@example.org", "scope": "records", "days": "10"},
    )
    assert response.status_code == 302
    share = Share.objects.get()
    assert share.scope == "records" and len(mail.outbox) == 1
    listed = alice_client.get("/account/sharing/")
    assert b"c@example.org" in listed.content and b"Invited" in listed.content
    alice_client.post(f"/account/sharing/{share.public_id}/revoke/")
    share.refresh_from_db()
    assert share.revoked_at is not None
    assert b"Ended by you" in alice_client.get("/account/sharing/").content


@pytest.mark.django_db
def test_account_menu_links_to_sharing(alice_client):
    assert b'href="/account/sharing/"' in alice_client.get("/account/").content


@pytest.mark.django_db
def test_invitations_are_capped_per_day(alice, alice_api, monkeypatch):
    from sharing import services

    monkeypatch.setattr(services, "MAX_INVITES_PER_DAY", 2)
    for n in range(2):
        payload = {"email": f"c{n}@example.org", "scope": "summary"}
        assert alice_api.post("/api/shares/", payload, format="json").status_code == 201
    refused = alice_api.post(
        "/api/shares/", {"email": "c9@example.org", "scope": "summary"}, format="json"
    )
    assert refused.status_code == 400 and "try again tomorrow" in refused.json()["detail"]
    assert Share.objects.filter(patient=alice).count() == 2
