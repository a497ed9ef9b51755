"""The admin site requires a verified second factor; its login is the portal's two-step login."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.admin import AdminSite
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import user_has_device


class PortalAdminSite(AdminSite):
    site_header = "Lung Cancer Patient Portal administration"

    def has_permission(self, request: HttpRequest) -> bool:
        user = request.user
        return bool(super().has_permission(request) and user.is_verified())

    def login(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        # One login for everyone: password → code (axes-throttled), then back here.
        index = reverse("admin:index", current_app=self.name)
        next_url = request.GET.get(REDIRECT_FIELD_NAME) or index
        # Only a path on this site: never another host, "//host", or a javascript: URL.
        if not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            next_url = index
        query = urlencode({REDIRECT_FIELD_NAME: next_url})
        user = request.user
        if user.is_authenticated and user.is_staff and not user.is_verified():
            target = "otp-verify" if user_has_device(user, confirmed=True) else "otp-setup"
            return redirect(f"{reverse(target)}?{query}")
        if user.is_authenticated and self.has_permission(request):
            return redirect(next_url)
        return redirect(f"{reverse('login')}?{query}")
