"""Writes for accounts: sign-up is the one place a patient account is created."""

from __future__ import annotations

import logging

from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction

from portal.accounts.models import Role, User

logger = logging.getLogger(__name__)


class SignupError(ValidationError):
    pass


REGISTERED = (
    "Thank you. We have sent a message to this address. "
    "Sign in with this e-mail address and the password you chose."
)
WELCOME_SUBJECT = "Your Lung Cancer Patient Portal account"
WELCOME_BODY = (
    "Your account is ready. Sign in with this e-mail address and the password you chose.\n\n"
    "If you did not create it, reply to this message and we will remove it."
)
KNOWN_BODY = (
    "Someone tried to create a new account with this e-mail address, which already has "
    "an account here. Nothing was changed.\n\nIf it was you, sign in; if you forgot your "
    'password, use "Forgot your password?" on the sign-in page. If it was not you, you '
    "can ignore this message."
)


@transaction.atomic
def user_register(*, email: str, password: str, role: str = Role.PATIENT) -> str:
    """Create the account; returns the normalised address and never says whether it was new.

    A known address gets the same answer as a new one (having an account in a lung-cancer
    portal is health information): its owner is told by e-mail instead, and nothing of
    theirs changes. Only the password rules can refuse, and they do not depend on the
    address being known.
    """
    email = User.objects.normalize_email(email or "").strip().lower()
    if not email:
        raise SignupError({"email": ["Enter an e-mail address."]})
    candidate = User(email=email, role=role)
    try:
        validate_password(password, user=candidate)
    except ValidationError as exc:
        raise SignupError({"password": list(exc.messages)}) from None
    if User.objects.filter(email__iexact=email).exists():
        # Hash anyway: a known address must not answer faster than a new account.
        make_password(password)
        body = KNOWN_BODY
    else:
        User.objects.create_user(email=email, password=password, role=role)
        body = WELCOME_BODY
    # Both cases send one message, so neither the answer nor the mail traffic differs.
    try:
        send_mail(WELCOME_SUBJECT, body, None, [email])
    except Exception:
        # The account is made either way; a mail outage is an operator alarm (no address).
        logger.exception("sign-up e-mail could not be sent")
    return email


@transaction.atomic
def user_create_invited(*, email: str, password: str) -> User:
    """The account of a caregiver who follows an invitation (sharing): the address is the
    invited one, already proven by the signed link, so no welcome e-mail is needed."""
    email = User.objects.normalize_email(email or "").strip().lower()
    candidate = User(email=email, role=Role.PATIENT)
    try:
        validate_password(password, user=candidate)
    except ValidationError as exc:
        raise SignupError({"password": list(exc.messages)}) from None
    if User.objects.filter(email__iexact=email).exists():
        raise SignupError({"email": ["This address already has an account: sign in."]})
    return User.objects.create_user(email=email, password=password, role=Role.PATIENT)
