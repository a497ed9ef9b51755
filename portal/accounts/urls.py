"""Account hub, patient rights (export, delete, access log) and 2FA pages.

Mounted at /account/ by portal/urls.py.
"""

from __future__ import annotations

from django.urls import path

from portal.accounts import account_views, otp_views

urlpatterns = [
    path("", account_views.account, name="account"),
    path("export/", account_views.account_export, name="account-export"),
    path("delete/", account_views.account_delete_view, name="account-delete"),
    path("access-log/", account_views.access_log, name="account-access-log"),
    path("security/", otp_views.security, name="account-security"),
    path("security/setup/", otp_views.otp_setup, name="otp-setup"),
    path("security/backup-codes/", otp_views.otp_backup_codes, name="otp-backup-codes"),
    path("security/disable/", otp_views.otp_disable_view, name="otp-disable"),
    path(
        "security/devices/<str:device_id>/revoke/",
        otp_views.device_revoke,
        name="device-revoke",
    ),
]
