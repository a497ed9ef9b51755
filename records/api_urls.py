from __future__ import annotations

from django.urls import path

from records import apis

urlpatterns = [
    path("records/", apis.RecordListCreateApi.as_view(), name="api-record-list"),
    path("records/<str:record_id>/", apis.RecordDetailApi.as_view(), name="api-record-detail"),
    path("records/<str:record_id>/file/", apis.RecordFileApi.as_view(), name="api-record-file"),
    path(
        "records/<str:record_id>/reprocess/",
        apis.RecordReprocessApi.as_view(),
        name="api-record-reprocess",
    ),
]
