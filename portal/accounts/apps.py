from __future__ import annotations

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "portal.accounts"
    label = "accounts"
    verbose_name = "Accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from portal.accounts.middleware import session_mark_signed_in

        def _mark(sender, request=None, **kwargs) -> None:
            # The absolute session lifetime (SESSION_ABSOLUTE_SECONDS) counts from here.
            if request is not None:
                session_mark_signed_in(request)

        user_logged_in.connect(_mark, dispatch_uid="session-signed-in-at", weak=False)
