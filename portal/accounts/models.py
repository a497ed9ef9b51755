"""Custom user from the first migration: the e-mail address is the login."""

from __future__ import annotations

import uuid

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from knox.models import AbstractAuthToken


class Role(models.TextChoices):
    PATIENT = "patient", "Patient"
    MODERATOR = "moderator", "Moderator"
    ADMIN = "admin", "Administrator"


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **extra: object) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: object) -> User:
        extra.setdefault("role", Role.PATIENT)
        extra.setdefault("is_staff", extra["role"] != Role.PATIENT)
        extra.setdefault("is_superuser", extra["role"] == Role.ADMIN)
        return self._create(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> User:
        extra.update(role=Role.ADMIN, is_staff=True, is_superuser=True)
        return self._create(email, password, **extra)

    def get_by_natural_key(self, username: str | None) -> User:
        # Log-in is case-insensitive on the e-mail address.
        return self.get(email__iexact=username or "")


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField("e-mail address", unique=True)
    display_name = models.CharField(max_length=150, blank=True)
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.PATIENT)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(
        default=False, help_text="Can sign in to the admin site (moderators and admins)."
    )
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email

    @property
    def is_patient(self) -> bool:
        return self.role == Role.PATIENT

    @property
    def is_moderator(self) -> bool:
        return self.role in (Role.MODERATOR, Role.ADMIN)

    def get_short_name(self) -> str:
        return self.display_name or self.email.split("@")[0]

    def set_password(self, raw_password: str | None) -> None:
        super().set_password(raw_password)
        # Every path that changes a password (change, reset, admin, manage.py) passes
        # here: API tokens issued under the old password are revoked on save(). Not when
        # check_password() merely re-hashes the same password with newer parameters.
        if not getattr(self, "_rehashing", False):
            self._password_changed = True

    def set_unusable_password(self) -> None:
        super().set_unusable_password()
        self._password_changed = True

    def check_password(self, raw_password: str) -> bool:
        self._rehashing = True
        try:
            return super().check_password(raw_password)
        finally:
            self._rehashing = False

    def save(self, *args: object, **kwargs: object) -> None:
        revoke = getattr(self, "_password_changed", False) and self.pk is not None
        super().save(*args, **kwargs)
        if revoke:
            from portal.accounts.tokens import tokens_revoke_all

            self._password_changed = False
            tokens_revoke_all(user=self, reason="password")


class ApiToken(AbstractAuthToken):
    """One API sign-in ("device"): django-rest-knox keeps only a digest of the key.

    The label and address are what the patient sees in "Signed-in devices" to tell their
    devices apart; the public id names the device in URLs (the primary key is the digest).
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    label = models.CharField(max_length=200, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = "API token (signed-in device)"
        verbose_name_plural = "API tokens (signed-in devices)"

    def __str__(self) -> str:
        # Never the digest or the key prefix.
        return f"Device {self.public_id}"
