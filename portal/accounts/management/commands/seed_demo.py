"""Create the demo users and demo content. Safe to run any number of times."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string

from portal.accounts.demo_otp import DEMO_TOTP_SECRET_BASE32, demo_totp_device_ensure
from portal.accounts.models import Role, User

DEMO_USERS = [
    ("admin@demo.example", "demo-admin-Passw0rd", Role.ADMIN),
    ("moderator@demo.example", "demo-moderator-Passw0rd", Role.MODERATOR),
    ("reviewer@demo.example", "demo-reviewer-Passw0rd", Role.MODERATOR),
    ("patient@demo.example", "demo-patient-Passw0rd", Role.PATIENT),
]

# Each app that ships demo content exposes a `seed(*, stdout) -> int` function.
CONTENT_SEEDERS = ["answers.content_loader.seed"]


class Command(BaseCommand):
    help = "Create demo users (admin, moderators, a patient) and demo content (idempotent)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Run even with DEBUG off (never on a real deployment with patients).",
        )

    def handle(self, *args, allow_production: bool = False, **options) -> None:
        if not settings.DEBUG and not allow_production and not getattr(settings, "TESTING", False):
            raise CommandError(
                "seed_demo creates accounts with published passwords; it runs only with DEBUG=true "
                "(or --allow-production)."
            )
        self.stdout.write("Demo accounts (local use only):")
        for email, password, role in DEMO_USERS:
            user, created = User.objects.get_or_create(
                email=email,
                defaults={
                    "role": role,
                    "is_staff": role != Role.PATIENT,
                    "is_superuser": role == Role.ADMIN,
                },
            )
            if created:
                user.set_password(password)
                user.save(update_fields=["password"])
            self.stdout.write(f"  {role:<10} {email:<28} {password}")
        self._demo_two_factor()
        for dotted in CONTENT_SEEDERS:
            count = import_string(dotted)(stdout=self.stdout)
            self.stdout.write(f"{dotted}: {count} item(s) in place")

    def _demo_two_factor(self) -> None:
        # Staff must pass 2FA; demo staff share one published secret so the admin can be shown.
        if not (settings.DEBUG or getattr(settings, "TESTING", False)):
            self.stdout.write(
                "Staff demo accounts have no authenticator (DEBUG off): they set one up at "
                "first sign-in."
            )
            return
        for email, _password, role in DEMO_USERS:
            if role != Role.PATIENT:
                demo_totp_device_ensure(user=User.objects.get(email=email))
        self.stdout.write(
            f"Staff two-step sign-in (demo only): authenticator key {DEMO_TOTP_SECRET_BASE32}; "
            "or print the current code with: python manage.py demo_totp moderator@demo.example"
        )
