from __future__ import annotations

from django.urls import path

from biomarkers import apis

urlpatterns = [
    path("findings/<str:finding_id>/", apis.FindingApi.as_view(), name="api-finding-detail"),
    path("me/profile/", apis.ProfileApi.as_view(), name="api-profile"),
]
