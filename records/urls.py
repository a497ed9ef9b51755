from __future__ import annotations

from django.urls import path

from records import views

app_name = "records"
urlpatterns = [
    path("", views.record_list, name="list"),
    path("upload/", views.record_upload, name="upload"),
    path("<str:record_id>/", views.record_detail, name="detail"),
    path("<str:record_id>/file/", views.record_download, name="download"),
    path(
        "<str:record_id>/pages/<int:page>/image/",
        views.record_page_image,
        name="page-image",
    ),
    path("<str:record_id>/delete/", views.record_delete, name="delete"),
    path("<str:record_id>/reprocess/", views.record_reprocess, name="reprocess"),
    path("<str:record_id>/report-date/", views.record_report_date, name="report-date"),
    path(
        "<str:record_id>/findings/<str:finding_id>/check/",
        views.finding_check,
        name="finding-check",
    ),
]
