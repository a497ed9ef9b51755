"""The notifications page: the list, "mark all read", and which e-mails to get."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from notifications.models import SECURITY_KINDS, Kind
from notifications.selectors import notification_email_settings, notification_list
from notifications.services import notification_settings_update, notifications_mark_read


@login_required
@require_http_methods(["GET", "POST"])
def notifications_page(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        if request.POST.get("action") == "read":
            notifications_mark_read(user=request.user)
        else:
            wanted = set(request.POST.getlist("email"))
            off = [k for k in notification_email_settings(user=request.user) if k not in wanted]
            notification_settings_update(user=request.user, email_off=off)
            messages.success(request, "Your e-mail choices are saved.")
        return redirect("notifications")
    settings_rows = [
        (kind, Kind(kind).label, on)
        for kind, on in notification_email_settings(user=request.user).items()
    ]
    return render(
        request,
        "notifications/list.html",
        {
            "notifications": notification_list(user=request.user)[:100],
            "settings_rows": settings_rows,
            "security_labels": [Kind(k).label for k in sorted(SECURITY_KINDS)],
        },
    )
