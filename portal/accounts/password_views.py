"""Password change and reset: Django's views, audited, and the reset rate-limited."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.http import HttpResponse
from django.shortcuts import render

from portal.accounts.throttle import rate_allowed
from portal.audit.models import AuditAction
from portal.audit.services import audit_auth_event, client_ip

# One reset e-mail per address per this many seconds, whoever asks (a mailbox is not
# flooded from many addresses); the "auth" rate caps requests per client address.
RESET_SCOPE = "auth"
THROTTLED = "Too many requests from here. Please wait a minute and try again."


class PasswordChangeView(auth_views.PasswordChangeView):
    def form_valid(self, form) -> HttpResponse:
        response = super().form_valid(form)
        # User.save() has revoked the API tokens; the session survives (update_session_auth_hash).
        audit_auth_event(
            event=AuditAction.PASSWORD_CHANGE, user=self.request.user, request=self.request
        )
        return response


class PasswordResetView(auth_views.PasswordResetView):
    def post(self, request, *args, **kwargs) -> HttpResponse:
        if not rate_allowed(request, scope=RESET_SCOPE, ident=f"ip:{client_ip(request)}"):
            return render(request, "accounts/throttled.html", {"message": THROTTLED}, status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form) -> HttpResponse:
        email = (form.cleaned_data.get("email") or "").strip().lower()
        if not rate_allowed(self.request, scope="password_reset", ident=f"email:{email}"):
            # The same page as a sent message: the limit must not tell who has an account.
            return super(auth_views.PasswordResetView, self).form_valid(form)
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    def form_valid(self, form) -> HttpResponse:
        response = super().form_valid(form)
        audit_auth_event(event=AuditAction.PASSWORD_RESET, user=form.user, request=self.request)
        return response
