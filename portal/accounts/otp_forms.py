from __future__ import annotations

from django import forms


class TokenForm(forms.Form):
    token = forms.CharField(
        label="Code",
        max_length=16,
        strip=True,
        help_text="The 6-digit code from your authenticator app, or one of your backup codes.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )


class SetupConfirmForm(forms.Form):
    token = forms.CharField(
        label="Code from the app",
        max_length=16,
        strip=True,
        help_text="After scanning, enter the 6-digit code the app shows.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class PasswordField(forms.CharField):
    """The account password again: turning 2FA on or off is a credential change."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(
            label="Your password",
            strip=False,
            widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
            help_text="Enter your password again to confirm it is you.",
            **kwargs,
        )


class SetupConfirmWithPasswordForm(SetupConfirmForm):
    password = PasswordField()


class DisableForm(TokenForm):
    password = PasswordField()
