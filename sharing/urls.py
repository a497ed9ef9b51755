"""Sharing pages, mounted by portal/urls.py."""

from __future__ import annotations

from django.urls import path

from sharing import views

account_urlpatterns = [
    path("sharing/", views.sharing_page, name="sharing"),
    path("sharing/<str:share_id>/revoke/", views.share_revoke, name="sharing-revoke"),
]

urlpatterns = [
    path("sharing/accept/<str:token>/", views.share_accept, name="sharing-accept"),
    path("shared-with-me/", views.shared_with_me, name="shared-with-me"),
    path("shared-with-me/<str:share_id>/", views.shared_summary_page, name="shared-summary"),
    path(
        "shared-with-me/<str:share_id>/timeline/",
        views.shared_timeline_page,
        name="shared-timeline",
    ),
    path(
        "shared-with-me/<str:share_id>/visit-summary/",
        views.shared_visit_summary_page,
        name="shared-visit-summary",
    ),
    path(
        "shared-with-me/<str:share_id>/records/<str:record_id>/",
        views.shared_record_page,
        name="shared-record",
    ),
]
