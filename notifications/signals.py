"""A new sign-in is a security notification (always e-mailed)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from notifications.events import notify_sign_in


@receiver(user_logged_in, dispatch_uid="notify-sign-in")
def _signed_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    # As the audit trail: a sign-in over no HTTP connection (shell, force_login) is no event.
    if request is None or not request.META.get("REMOTE_ADDR"):
        return
    notify_sign_in(user=user)
