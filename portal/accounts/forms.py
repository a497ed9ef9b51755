from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm

from portal.accounts.services import SignupError, user_register


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(
        label="E-mail address", widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    error_messages = {
        # One message for unknown e-mail and wrong password: no account probing.
        "invalid_login": "The e-mail address and password do not match an account.",
        "inactive": "The e-mail address and password do not match an account.",
    }


class SignupForm(forms.Form):
    email = forms.EmailField(
        label="E-mail address", widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password1 = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 10 characters; not a common password.",
    )
    password2 = forms.CharField(
        label="Password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self) -> dict:
        data = super().clean()
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", "The two passwords differ.")
        return data

    def save(self) -> str | None:
        """The address registered (new or already known, indistinguishably), or None."""
        try:
            return user_register(
                email=self.cleaned_data["email"], password=self.cleaned_data["password1"]
            )
        except SignupError as exc:
            for field, messages in exc.message_dict.items():
                self.add_error("password1" if field == "password" else field, messages)
            return None
