from __future__ import annotations

from django.urls import path

from notifications import apis

urlpatterns = [
    path("me/notifications/", apis.NotificationListApi.as_view(), name="api-me-notifications"),
    path(
        "me/notifications/read/",
        apis.NotificationReadApi.as_view(),
        name="api-me-notifications-read",
    ),
]
