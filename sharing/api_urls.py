from __future__ import annotations

from django.urls import path

from sharing import apis

urlpatterns = [
    path("shares/", apis.ShareListApi.as_view(), name="api-shares"),
    path("shares/<str:share_id>/", apis.ShareDetailApi.as_view(), name="api-share-detail"),
    path("shared-with-me/", apis.SharedWithMeApi.as_view(), name="api-shared-with-me"),
    path(
        "shared-with-me/<str:share_id>/profile/",
        apis.SharedProfileApi.as_view(),
        name="api-shared-profile",
    ),
    path(
        "shared-with-me/<str:share_id>/summary/",
        apis.SharedSummaryApi.as_view(),
        name="api-shared-summary",
    ),
    path(
        "shared-with-me/<str:share_id>/records/",
        apis.SharedRecordListApi.as_view(),
        name="api-shared-records",
    ),
    path(
        "shared-with-me/<str:share_id>/records/<str:record_id>/",
        apis.SharedRecordDetailApi.as_view(),
        name="api-shared-record-detail",
    ),
]
