"""Writes for accounts: sign-up is the one place a patient account is created."""

from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from portal.accounts.models import Role, User


class SignupError(ValidationError):
    pass


@transaction.atomic
def user_register(*, email: str, password: str, role: str = Role.PATIENT) -> User:
    email = User.objects.normalize_email(email or "").strip().lower()
    if not email:
        raise SignupError({"email": ["Enter an e-mail address."]})
    if User.objects.filter(email__iexact=email).exists():
        raise SignupError({"email": ["An account with this e-mail address cannot be created."]})
    candidate = User(email=email, role=role)
    try:
        validate_password(password, user=candidate)
    except ValidationError as exc:
        raise SignupError({"password": list(exc.messages)}) from None
    return User.objects.create_user(email=email, password=password, role=role)
