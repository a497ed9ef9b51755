"""Offline breached-password check: known leaked passwords, and their usual disguises.

Django's CommonPasswordValidator knows 20,000 passwords. This adds the 30,000 most common
passwords from leaked password dumps that zxcvbn (a pinned PyPI package) ships inside
its code, so the check needs no network and no download at run time. Both lists are
searched, and also the forms people derive from a leaked password: different case, digits
or symbols added at either end ("Dragon2024!"), letters swapped for look-alike symbols
("p@ssw0rd"), and a leaked password typed twice ("trustno1trustno1").
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from pathlib import Path

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError

MESSAGE = (
    "This password is known from data breaches (or is one with a few characters added or "
    "swapped), so attackers try it first. Choose another, for example several unrelated words."
)
MIN_BASE = 4  # shorter cores ("abc", "123") would refuse nearly everything
_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_LEET = str.maketrans({"@": "a", "4": "a", "0": "o", "1": "i", "!": "i", "3": "e", "$": "s",
                       "5": "s", "7": "t", "+": "t", "8": "b", "9": "g"})  # fmt: skip


@cache
def breached_passwords() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    django_list = Path(CommonPasswordValidator().DEFAULT_PASSWORD_LIST_PATH)
    with gzip.open(django_list, "rt", encoding="utf-8") as handle:
        common = {line.strip() for line in handle if line.strip()}
    return frozenset(common | {p.lower() for p in FREQUENCY_LISTS["passwords"]})


def _repeated_unit(text: str) -> str | None:
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return text[:size]
    return None


def password_variants(password: str) -> set[str]:
    """The password and the leaked cores it may hide."""
    lower = password.lower().strip()
    forms = {lower, _EDGES.sub("", lower), lower.translate(_LEET)}
    forms.add(_EDGES.sub("", lower.translate(_LEET)))
    forms.add(_EDGES.sub("", lower).translate(_LEET))
    for form in list(forms):
        unit = _repeated_unit(form)
        if unit:
            forms.add(unit)
            forms.add(_EDGES.sub("", unit))
    return {form for form in forms if len(form) >= MIN_BASE}


class BreachedPasswordValidator:
    def __init__(self) -> None:
        self.passwords = breached_passwords()

    def validate(self, password: str, user: object = None) -> None:
        if password_variants(password) & self.passwords:
            raise ValidationError(MESSAGE, code="password_breached")

    def get_help_text(self) -> str:
        return "Your password can't be one known from data breaches."
