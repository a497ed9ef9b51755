"""Pages: "Sharing" (the patient invites, lists, revokes), the accept link, and "Shared with
me" (the caregiver's list and each patient's summary). Thin over services/selectors."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from biomarkers.selectors import finding_list
from records import display
from records import selectors as record_selectors
from records.highlight import highlight_pages
from sharing import selectors, services
from sharing.access import audit_caregiver_read
from sharing.models import Scope
from sharing.summary import profile_section, timeline_section, visit_summary_section


@login_required
@require_http_methods(["GET", "POST"])
def sharing_page(request: HttpRequest) -> HttpResponse:
    error = ""
    form = {"email": "", "scope": Scope.SUMMARY, "days": services.DEFAULT_DAYS}
    if request.method == "POST":
        form = {k: request.POST.get(k, "") for k in form}
        try:
            share = services.share_create(
                patient=request.user, email=form["email"], scope=form["scope"], days=form["days"]
            )
        except services.ShareError as exc:
            error = str(exc)
        else:
            messages.success(request, f"We sent an invitation to {share.email}.")
            return redirect("sharing")
    return render(
        request,
        "sharing/sharing.html",
        {
            "shares": selectors.share_list(patient=request.user),
            "form": form,
            "error": error,
            "scopes": Scope.choices,
            "max_days": services.MAX_DAYS,
        },
        status=400 if error else 200,
    )


@login_required
@require_POST
def share_revoke(request: HttpRequest, share_id: str) -> HttpResponse:
    share = selectors.share_get(patient=request.user, share_id=share_id)
    services.share_revoke(patient=request.user, share=share)
    messages.success(request, f"{share.email} can no longer see your information.")
    return redirect("sharing")


@never_cache
@sensitive_post_parameters("password1", "password2")
@require_http_methods(["GET", "POST"])
def share_accept(request: HttpRequest, token: str) -> HttpResponse:
    """The invitation link: sign in (or create the invited account), then accept.

    Nothing of the patient's is shown here, and nothing is shared before an account with the
    invited address accepts; the link is then used up.
    """
    try:
        share = services.share_from_token(token=token)
    except services.InvalidInvitation:
        return render(request, "sharing/accept_invalid.html", status=404)
    user = request.user
    has_account = selectors.invited_account_exists(share=share)
    error = ""
    if request.method == "POST":
        try:
            if request.POST.get("action") == "create" and not user.is_authenticated:
                if request.POST.get("password1") != request.POST.get("password2"):
                    raise services.ShareError("The two passwords differ.")
                user = services.invited_account_create(
                    token=token, password=request.POST.get("password1", "")
                )
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            services.share_accept(token=token, user=user)
        except services.InvalidInvitation:
            return render(request, "sharing/accept_invalid.html", status=404)
        except services.ShareError as exc:
            error = str(exc)
        except ValidationError as exc:  # the password rules
            error = " ".join(exc.messages)
        else:
            messages.success(request, "You accepted the invitation.")
            return redirect("shared-with-me")
    matches = user.is_authenticated and services.account_matches(share=share, user=user)
    return render(
        request,
        "sharing/accept.html",
        {
            "invited_email": share.email,
            "has_account": has_account,
            "matches": matches,
            "error": error,
            "login_url": redirect_to_login(request.get_full_path())["Location"],
        },
        status=400 if error else 200,
    )


@login_required
@require_GET
def shared_with_me(request: HttpRequest) -> HttpResponse:
    shares = list(selectors.shares_with_me(caregiver=request.user))
    return render(
        request,
        "sharing/shared_with_me.html",
        {"shares": [(s, selectors.patient_name(share=s)) for s in shares]},
    )


@login_required
@require_GET
def shared_summary_page(request: HttpRequest, share_id: str) -> HttpResponse:
    share = selectors.share_for_caregiver(caregiver=request.user, share_id=share_id)
    audit_caregiver_read(request=request, share=share, object_type="profile")
    profile = profile_section(patient=share.patient)
    records = (
        list(record_selectors.record_list(owner=share.patient))
        if share.scope == Scope.RECORDS
        else None
    )
    return render(
        request,
        "sharing/summary.html",
        {
            "share": share,
            "patient_name": selectors.patient_name(share=share),
            "profile": profile,
            "records": records,
        },
    )


@login_required
@require_GET
def shared_timeline_page(request: HttpRequest, share_id: str) -> HttpResponse:
    """The patient's treatment timeline, read-only, for a caregiver with any active share."""
    share = selectors.share_for_caregiver(caregiver=request.user, share_id=share_id)
    audit_caregiver_read(request=request, share=share, object_type="timeline")
    return render(
        request,
        "sharing/timeline.html",
        {
            "share": share,
            "patient_name": selectors.patient_name(share=share),
            "timeline": timeline_section(patient=share.patient),
        },
    )


@login_required
@require_GET
def shared_visit_summary_page(request: HttpRequest, share_id: str) -> HttpResponse:
    """The patient's visit summary, read-only (no PDF: a caregiver does not export)."""
    share = selectors.share_for_caregiver(caregiver=request.user, share_id=share_id)
    audit_caregiver_read(request=request, share=share, object_type="visit_summary")
    return render(
        request,
        "sharing/visit_summary.html",
        {
            "share": share,
            "patient_name": selectors.patient_name(share=share),
            "summary": visit_summary_section(patient=share.patient),
        },
    )


@login_required
@require_GET
def shared_record_page(request: HttpRequest, share_id: str, record_id: str) -> HttpResponse:
    """One report and its pages, read-only, for a caregiver with a ``records`` share."""
    share = selectors.share_for_caregiver(
        caregiver=request.user, share_id=share_id, scope=Scope.RECORDS
    )
    record = record_selectors.record_get(owner=share.patient, record_id=record_id)
    audit_caregiver_read(
        request=request, share=share, object_type="record", object_id=str(record.public_id)
    )
    findings = list(finding_list(patient=share.patient, record=record))
    pages, links = highlight_pages(record.pages or [], findings)
    return render(
        request,
        "sharing/record.html",
        {
            "share": share,
            "patient_name": selectors.patient_name(share=share),
            "record": record,
            "cards": display.finding_cards(findings, links),
            "pages": pages,
        },
    )
