"""Notifications: told once per event, listed per person, e-mailed by a task exactly once."""

from __future__ import annotations

import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.core.files.base import ContentFile

from notifications import services, tasks
from notifications.models import Kind, Notification
from records import storage
from records import tasks as record_tasks
from records.models import RecordStatus
from tests.portal.otp_helpers import totp_code, totp_device
from tests.records.conftest import dev_pdf
from tests.records.factories import RecordFactory


def _queued(owner, *, filename="report.pdf"):
    record = RecordFactory(
        owner=owner, status=RecordStatus.QUEUED, pages=[], attempts=0, filename=filename
    )
    storage.private_storage().save(record.storage_key, ContentFile(dev_pdf().read_bytes()))
    return record


@pytest.mark.django_db
def test_a_report_read_is_told_once_and_emailed_once(alice, django_capture_on_commit_callbacks):
    record = _queued(alice)
    with django_capture_on_commit_callbacks(execute=True):
        assert record_tasks.extract_record.apply(args=[record.pk]).get() == "done"
    told = Notification.objects.get(user=alice)
    assert told.kind == Kind.REPORT_READ and told.link == f"/records/{record.public_id}/"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["alice@example.org"]
    assert "A report you uploaded has been read. Sign in to see it." in mail.outbox[0].body
    # The e-mail task delivered twice (a retry, a redelivery): still one e-mail.
    assert tasks.send_notification_email.apply(args=[told.pk]).get() is False
    assert len(mail.outbox) == 1
    # The same event told twice: one notification.
    record.refresh_from_db()
    from notifications.events import notify_report_done

    notify_report_done(
        user=alice, record_id=str(record.public_id), processed_at=record.processed_at
    )
    assert Notification.objects.filter(user=alice).count() == 1


@pytest.mark.django_db
def test_a_failed_report_says_why_in_the_portal_but_not_by_email(
    alice, monkeypatch, django_capture_on_commit_callbacks
):
    from biomarkers.extraction import PdfUnreadable
    from records import services as record_services

    def unreadable(path, record=None):
        raise PdfUnreadable("boom")

    monkeypatch.setattr(record_services, "_run_extraction", unreadable)
    record = _queued(alice, filename="egfr-scan.pdf")
    with django_capture_on_commit_callbacks(execute=True):
        assert record_tasks.extract_record.apply(args=[record.pk]).get() == "failed"
    told = Notification.objects.get(user=alice, kind=Kind.REPORT_FAILED)
    assert "this PDF could not be read" in told.message
    assert len(mail.outbox) == 1
    assert "could not be read" in mail.outbox[0].body
    assert "this PDF" not in mail.outbox[0].body and "egfr" not in mail.outbox[0].body.lower()


@pytest.mark.django_db
def test_the_email_is_retried_after_a_mail_outage_and_sent_once(alice):
    n = services.notify(user=alice, kind=Kind.REPORT_READ, key="k1", message="m")
    real_send = services.send_mail
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise smtplib.SMTPServerDisconnected("down")
        return real_send(*args, **kwargs)

    with mock.patch.object(services, "send_mail", flaky):
        tasks.send_notification_email.apply(args=[n.pk])
    n.refresh_from_db()
    assert calls["n"] == 2 and n.emailed_at is not None
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_turning_a_kind_off_stops_its_email_but_not_security_ones(
    alice, alice_client, django_capture_on_commit_callbacks
):
    alice_client.post("/notifications/", {"action": "settings", "email": []})
    with django_capture_on_commit_callbacks(execute=True):
        services.notify(user=alice, kind=Kind.REPORT_READ, key="r1", message="read")
        services.notify(user=alice, kind=Kind.SIGN_IN, key="s1", message="signed in")
    assert Notification.objects.filter(user=alice).count() == 2  # both in the portal
    assert [m.subject for m in mail.outbox] == [
        "Lung Cancer Patient Portal: New sign-in to your account"
    ]
    # Security kinds cannot be turned off, even by asking for it directly.
    prefs = services.notification_settings_update(user=alice, email_off=["sign_in", "otp_off"])
    assert prefs.email_off == []
    with pytest.raises(ValueError):
        services.notification_settings_update(user=alice, email_off=["nonsense"])


@pytest.mark.django_db
def test_a_new_sign_in_is_told_and_emailed(
    alice, client, password, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/accounts/login/", {"username": "alice@example.org", "password": password}
        )
    assert response.status_code == 302
    assert Notification.objects.filter(user=alice, kind=Kind.SIGN_IN).count() == 1
    assert [m.to for m in mail.outbox] == [["alice@example.org"]]


@pytest.mark.django_db
def test_two_step_on_and_off_are_told(alice, django_capture_on_commit_callbacks):
    from portal.accounts import otp_services

    device = totp_device(alice, confirmed=False)
    with django_capture_on_commit_callbacks(execute=True):
        otp_services.totp_setup_confirm(user=alice, token=totp_code(device))
        otp_services.otp_disable(user=alice, token=totp_code(device, steps_ahead=1))
    kinds = list(Notification.objects.filter(user=alice).values_list("kind", flat=True))
    assert sorted(kinds) == [Kind.OTP_OFF, Kind.OTP_ON]
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_api_lists_only_my_notifications_and_marks_them_read(alice, bob, alice_api, bob_api):
    services.notify(user=alice, kind=Kind.REPORT_READ, key="a", message="alice's")
    services.notify(user=bob, kind=Kind.REPORT_READ, key="b", message="bob's")
    mine = alice_api.get("/api/me/notifications/").json()["results"]
    assert [(n["message"], n["read"]) for n in mine] == [("alice's", False)]
    assert "alice's" not in str(bob_api.get("/api/me/notifications/").json())
    assert bob_api.post("/api/me/notifications/read/").status_code == 204
    assert not Notification.objects.get(key="a").read_at  # bob marked only his own
    alice_api.post("/api/me/notifications/read/")
    assert alice_api.get("/api/me/notifications/").json()["results"][0]["read"] is True


@pytest.mark.django_db
def test_page_and_badge(alice, alice_client, bob_client):
    services.notify(user=alice, kind=Kind.REPORT_READ, key="a", message="A report was read.")
    page = alice_client.get("/notifications/")
    assert b"A report was read." in page.content
    assert b'data-testid="unread-badge">1<' in page.content
    assert b"A report was read." not in bob_client.get("/notifications/").content
    alice_client.post("/notifications/", {"action": "read"})
    assert b"unread-badge" not in alice_client.get("/notifications/").content


@pytest.mark.django_db
def test_an_api_sign_in_is_told_too(
    alice, api_client, password, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api_client.post(
            "/api/auth/token/", {"email": "alice@example.org", "password": password}, format="json"
        )
    assert response.status_code == 200, response.content
    assert Notification.objects.filter(user=alice, kind=Kind.SIGN_IN).count() == 1
    assert len(mail.outbox) == 1
