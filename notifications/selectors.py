"""Reads on notifications; every function is scoped to the person."""

from __future__ import annotations

from django.db.models import QuerySet

from notifications.models import OPTIONAL_KINDS, Notification, NotificationSettings


def notification_list(*, user) -> QuerySet[Notification]:
    return Notification.objects.filter(user=user).order_by("-created_at", "-id")


def notifications_unread_count(*, user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def notification_email_settings(*, user) -> dict[str, bool]:
    """Optional kind -> e-mail on? (security kinds are always on and not listed)."""
    prefs = NotificationSettings.objects.filter(user=user).first()
    off = set(prefs.email_off) if prefs else set()
    return {kind: kind not in off for kind in OPTIONAL_KINDS}
