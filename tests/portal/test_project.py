from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from portal.accounts.models import Role, User

pytestmark = pytest.mark.django_db


def test_system_check_clean():
    call_command("check", fail_level="WARNING")


def test_no_missing_migrations():
    # Raises SystemExit(1) when a model change has no migration.
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_seed_demo_is_idempotent_and_prints_credentials():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    call_command("seed_demo", stdout=StringIO())
    text = out.getvalue()
    assert "patient@demo.example" in text
    assert User.objects.filter(email="patient@demo.example", role=Role.PATIENT).count() == 1
    assert User.objects.get(email="admin@demo.example").is_superuser
    assert User.objects.get(email="moderator@demo.example").role == Role.MODERATOR
    patient = User.objects.get(email="patient@demo.example")
    password = text.split("patient@demo.example")[1].split()[0]
    assert patient.check_password(password)


def test_seed_demo_refuses_without_debug(settings):
    from django.core.management.base import CommandError

    settings.TESTING = False
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo", stdout=StringIO())
