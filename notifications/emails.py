"""The e-mail texts, one fixed text per kind. Nothing about a report goes in an e-mail: no
result, gene, drug or file name, not even the failure reason (it may quote the file)."""

from __future__ import annotations

from notifications.models import Kind

SIGN_OFF = (
    "\n\nYou can choose which e-mails you get under Notifications in the portal."
    "\n\nLung Cancer Patient Portal"
)

EMAILS: dict[str, tuple[str, str]] = {
    Kind.REPORT_READ: (
        "A report you uploaded has been read",
        "A report you uploaded has been read. Sign in to see it.",
    ),
    Kind.REPORT_FAILED: (
        "A report you uploaded could not be read",
        "A report you uploaded could not be read. Sign in to see why and what you can do.",
    ),
    Kind.CAREGIVER_ACCEPTED: (
        "Someone accepted your invitation",
        "A person you invited can now see what you shared with them. "
        "Sign in to see who, or to end their access.",
    ),
    Kind.ACCESS_ENDED: (
        "Shared access has ended",
        "Access that was shared on the portal has ended. Sign in to see which.",
    ),
    Kind.SIGN_IN: (
        "New sign-in to your account",
        "Someone signed in to your account. If it was not you, sign in, change your password "
        "and sign out your other devices under My account.",
    ),
    Kind.OTP_ON: (
        "Two-step sign-in was turned on",
        "Two-step sign-in was turned on for your account. If it was not you, reset your "
        "password now.",
    ),
    Kind.OTP_OFF: (
        "Two-step sign-in was turned off",
        "Two-step sign-in was turned off for your account. If it was not you, reset your "
        "password now.",
    ),
}


def email_for(kind: str) -> tuple[str, str]:
    subject, body = EMAILS[kind]
    return f"Lung Cancer Patient Portal: {subject}", body + SIGN_OFF
