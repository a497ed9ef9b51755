"""/api/me/... routes, mounted under /api/ by portal/urls.py."""

from __future__ import annotations

from django.urls import path

from portal.accounts import device_apis, me_apis

urlpatterns = [
    path("me/", me_apis.MeApi.as_view(), name="api-me"),
    path("me/export/", me_apis.ExportApi.as_view(), name="api-me-export"),
    path("me/access-log/", me_apis.AccessLogApi.as_view(), name="api-me-access-log"),
    path("me/devices/", device_apis.DeviceListApi.as_view(), name="api-me-devices"),
    path(
        "me/devices/<str:device_id>/",
        device_apis.DeviceDetailApi.as_view(),
        name="api-me-device",
    ),
]
