"""The admin shows no second-factor secrets, backup codes are stored hashed, and staff
actions on a patient's account are in the patient's access log (issue 14, Medium)."""

from __future__ import annotations

import pytest
from django.test import Client
from django_otp.plugins.otp_static.models import StaticToken

from portal.accounts.otp_services import backup_codes_regenerate, otp_verify, totp_secret_base32
from portal.audit.models import AuditEntry
from tests.portal.otp_helpers import totp_device, verified_staff_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(admin_user):
    return verified_staff_client(Client(), admin_user)


def test_backup_codes_are_stored_hashed_and_still_work(alice, settings):
    settings.OTP_STATIC_THROTTLE_FACTOR = 0
    codes = backup_codes_regenerate(user=alice)
    stored = set(StaticToken.objects.filter(device__user=alice).values_list("token", flat=True))
    assert not stored & set(codes)
    assert otp_verify(user=alice, token=codes[0]) is not None
    assert otp_verify(user=alice, token=codes[0]) is None  # single use


def test_admin_shows_no_totp_key_nor_backup_codes(alice, staff):
    device = totp_device(alice)
    codes = backup_codes_regenerate(user=alice)
    static = alice.staticdevice_set.get()
    pages = [
        staff.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/"),
        staff.get(f"/admin/otp_static/staticdevice/{static.pk}/change/"),
        staff.get("/admin/otp_static/staticdevice/"),
    ]
    for page in pages:
        assert page.status_code == 200
        html = page.content.decode()
        assert device.key not in html and totp_secret_base32(device=device) not in html
        assert "qrcode" not in html.lower()
        assert not any(code in html for code in codes)


def test_setting_a_password_in_the_admin_is_in_the_patients_log(alice, admin_user, staff):
    response = staff.post(
        f"/admin/accounts/user/{alice.pk}/password/",
        {
            "password1": "set-by-admin-pw-51",
            "password2": "set-by-admin-pw-51",
            "usable_password": "true",
        },
    )
    assert response.status_code == 302, response.content[:500]
    entry = AuditEntry.objects.get(patient_id=alice.pk, action="password_change")
    assert entry.actor_id == admin_user.pk and entry.actor_kind == "staff"


@pytest.mark.parametrize("page", ["list", "change"])
def test_staff_viewing_devices_or_tokens_is_in_the_patients_log(alice, password, staff, page):
    from rest_framework.test import APIClient

    from portal.accounts.models import ApiToken

    APIClient().post("/api/auth/token/", {"email": "alice@example.org", "password": password})
    device = totp_device(alice)
    objects = {
        "otp_totp/totpdevice": device.pk,
        "accounts/apitoken": ApiToken.objects.get(user=alice).pk,
    }
    for model, pk in objects.items():
        before = AuditEntry.objects.filter(patient_id=alice.pk, actor_kind="staff").count()
        url = f"/admin/{model}/" + (f"{pk}/change/" if page == "change" else "")
        assert staff.get(url).status_code == 200
        after = AuditEntry.objects.filter(patient_id=alice.pk, actor_kind="staff").count()
        assert after == before + 1, model


def test_staff_reading_patient_feedback_is_in_the_patients_log(
    alice, moderator, second_moderator, staff
):
    from answers.models import Feedback
    from answers.reader_services import feedback_create
    from tests.answers.helpers import make_answer

    answer = make_answer(moderator, publish_with=second_moderator)
    feedback_create(answer=answer, user=alice, problem="private words")
    feedback = Feedback.objects.get(user=alice)
    assert staff.get(f"/admin/answers/feedback/{feedback.pk}/change/").status_code == 200
    assert AuditEntry.objects.filter(
        patient_id=alice.pk, actor_kind="staff", object_type="feedback"
    ).exists()
