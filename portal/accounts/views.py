from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods
from django_otp import user_has_device

from portal.accounts.forms import EmailAuthenticationForm, SignupForm
from portal.accounts.login_flow import pending_clear, pending_start
from portal.accounts.otp_services import otp_required
from portal.accounts.password_views import THROTTLED
from portal.accounts.services import REGISTERED
from portal.accounts.throttle import rate_allowed
from portal.audit.services import client_ip


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("dashboard")
    if request.method == "POST" and not rate_allowed(
        request, scope="auth", ident=f"signup:{client_ip(request)}"
    ):
        return render(request, "accounts/throttled.html", {"message": THROTTLED}, status=429)
    form = SignupForm(request.POST or None)
    # The same answer for a new and a known address (the owner of a known one is
    # e-mailed): the new patient signs in with the password just chosen.
    if request.method == "POST" and form.is_valid() and form.save() is not None:
        messages.success(request, REGISTERED)
        return redirect("login")
    return render(request, "registration/signup.html", {"form": form})


class LoginView(auth_views.LoginView):
    """Step 1 (password). Users with 2FA, and all staff, continue to the code step."""

    authentication_form = EmailAuthenticationForm

    def form_valid(self, form) -> HttpResponse:
        user = form.get_user()
        pending_clear(self.request)
        if not otp_required(user=user):
            return super().form_valid(form)
        next_url = self.get_success_url()
        if not user_has_device(user, confirmed=True):
            # Staff without an authenticator: signed in but unverified, so the admin
            # stays shut until setup is confirmed with a first code.
            login(self.request, user)
            return redirect(f"{reverse('otp-setup')}?{urlencode({'next': next_url})}")
        pending_start(self.request, user=user, next_url=next_url)
        return redirect("otp-verify")
