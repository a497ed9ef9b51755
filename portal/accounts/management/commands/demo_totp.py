"""Print the current two-step code of a seeded demo staff account (DEBUG only)."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.demo_otp import DEMO_DEVICE_NAME, DEMO_EMAIL_DOMAIN, totp_code_now


class Command(BaseCommand):
    help = "Print the current TOTP code of a demo staff account created by seed_demo."

    def add_arguments(self, parser) -> None:
        parser.add_argument("email", help="for example moderator@demo.example")

    def handle(self, *args, email: str, **options) -> None:
        # Printing codes defeats 2FA: only for the published demo key, only while developing.
        if not (settings.DEBUG or getattr(settings, "TESTING", False)):
            raise CommandError("demo_totp runs only with DEBUG=true.")
        email = email.strip().lower()
        if not email.endswith(DEMO_EMAIL_DOMAIN):
            raise CommandError(f"demo_totp only serves {DEMO_EMAIL_DOMAIN} accounts.")
        device = TOTPDevice.objects.filter(
            user__email=email, name=DEMO_DEVICE_NAME, confirmed=True
        ).first()
        if device is None:
            raise CommandError(f"No demo authenticator for {email}: run `manage.py seed_demo`.")
        self.stdout.write(totp_code_now(device=device))
