"""Account security pages (2FA), mounted at /account/ by portal/urls.py."""

from __future__ import annotations

from django.urls import path

from portal.accounts import otp_views

urlpatterns = [
    path("security/", otp_views.security, name="account-security"),
    path("security/setup/", otp_views.otp_setup, name="otp-setup"),
    path("security/backup-codes/", otp_views.otp_backup_codes, name="otp-backup-codes"),
    path("security/disable/", otp_views.otp_disable_view, name="otp-disable"),
]
