"""The account hub and the patient-rights pages: export, delete, access log."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from portal.accounts.deletion import DeletionRefused, account_delete
from portal.accounts.export import export_build
from portal.audit.selectors import audit_list

ACCESS_LOG_PAGE_SIZE = 50


@login_required
@require_GET
def account(request: HttpRequest) -> HttpResponse:
    from portal.accounts.otp_services import otp_enabled

    return render(request, "accounts/account.html", {"otp_on": otp_enabled(user=request.user)})


def export_response(export) -> FileResponse:
    response = FileResponse(
        export.file, as_attachment=True, filename=export.filename, content_type="application/zip"
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def account_export(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return export_response(export_build(patient=request.user, request=request))
    return render(request, "accounts/export.html")


@login_required
@never_cache
@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def account_delete_view(request: HttpRequest) -> HttpResponse:
    error = ""
    if request.method == "POST":
        if request.POST.get("confirm") != "yes":
            error = "Tick the box to confirm that you want to delete everything."
        else:
            try:
                account_delete(
                    user=request.user, password=request.POST.get("password", ""), request=request
                )
            except DeletionRefused as exc:
                error = str(exc)
            else:
                logout(request)
                messages.success(request, "Your account and all your data have been deleted.")
                return redirect("home")
    return render(request, "accounts/delete.html", {"error": error}, status=400 if error else 200)


@login_required
@never_cache
@require_GET
def access_log(request: HttpRequest) -> HttpResponse:
    page = Paginator(audit_list(patient=request.user), ACCESS_LOG_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    from sharing.selectors import caregiver_emails

    caregivers = caregiver_emails(patient=request.user)
    for entry in page.object_list:
        # A caregiver's reads carry the address the patient invited (issue 18).
        entry.caregiver_email = caregivers.get(entry.actor_id, "")
    return render(request, "accounts/access_log.html", {"page": page})
