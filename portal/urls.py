from __future__ import annotations

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from portal import patient_pages, views
from portal.accounts import apis as account_apis
from portal.accounts import otp_views, password_views
from portal.accounts import views as account_views
from portal.api_docs import ApiDocsView
from portal.health import healthz
from sharing import urls as sharing_urls

api_patterns = [
    path("auth/register/", account_apis.RegisterApi.as_view(), name="api-register"),
    path("auth/token/", account_apis.TokenApi.as_view(), name="api-token"),
    path("auth/logout/", account_apis.LogoutApi.as_view(), name="api-logout"),
    path("", include("records.api_urls")),
    path("", include("biomarkers.api_urls")),
    path("", include("answers.api_urls")),
    path("", include("portal.accounts.api_urls")),
    path("", include("sharing.api_urls")),
    path("", include("notifications.api_urls")),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", ApiDocsView.as_view(url_name="api-schema"), name="api-docs"),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("timeline/", patient_pages.timeline, name="timeline"),
    path("summary/", patient_pages.summary, name="summary"),
    path("summary/pdf/", patient_pages.summary_pdf_download, name="summary-pdf"),
    path("questions/", include("answers.question_urls")),
    path("healthz", healthz, name="healthz"),
    path("accounts/signup/", account_views.signup, name="signup"),
    path("accounts/login/", account_views.LoginView.as_view(), name="login"),
    path("accounts/login/verify/", otp_views.otp_verify_view, name="otp-verify"),
    path("account/", include("portal.accounts.urls")),
    path("account/", include(sharing_urls.account_urlpatterns)),
    path("", include("sharing.urls")),
    path("notifications/", include("notifications.urls")),
    # Django's password views, audited (and the reset rate-limited), ahead of the defaults.
    path(
        "accounts/password_change/",
        password_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password_reset/",
        password_views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        password_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("api/", include(api_patterns)),
    path("records/", include("records.urls")),
    path("answers/", include("answers.urls")),
]
