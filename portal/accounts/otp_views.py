"""Second-factor pages: the code step of sign-in and the account security page."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME, login
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp import user_has_device

from portal.accounts.deletion import password_confirms
from portal.accounts.login_flow import pending_clear, pending_get
from portal.accounts.otp_forms import DisableForm, SetupConfirmWithPasswordForm, TokenForm
from portal.accounts.otp_services import (
    OtpError,
    backup_codes_left,
    backup_codes_regenerate,
    otp_disable,
    otp_enabled,
    otp_verify,
    totp_pending_device,
    totp_qr_data_uri,
    totp_secret_base32,
    totp_setup_confirm,
    totp_setup_start,
)
from portal.accounts.throttle import lockout_response, login_allowed, login_failed
from portal.accounts.tokens import token_get, token_list, token_revoke

WRONG_CODE = "That code did not work. Enter the current code from your app or a backup code."
WRONG_PASSWORD = "That password is not right."  # noqa: S105


def _safe_next(request: HttpRequest, candidate: str | None, default: str = "/dashboard/") -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


@never_cache
@sensitive_post_parameters("token")
@require_http_methods(["GET", "POST"])
def otp_verify_view(request: HttpRequest) -> HttpResponse:
    """Step 2 of sign-in; also re-verifies a signed-in staff member who is not verified yet."""
    pending = pending_get(request)
    if pending is not None:
        user, state = pending
        next_url = _safe_next(request, state.get("next"))
    elif request.user.is_authenticated and not request.user.is_verified():
        user = request.user
        next_url = _safe_next(request, request.GET.get(REDIRECT_FIELD_NAME))
        if not user_has_device(user, confirmed=True):
            return redirect("otp-setup")
    else:
        messages.info(request, "Please sign in again.")
        return redirect("login")

    form = TokenForm(request.POST or None)
    if request.method == "POST":
        # Codes share the password lockout (e-mail + IP): guessing codes is throttled too.
        if not login_allowed(request, email=user.email):
            return lockout_response(request)
        if form.is_valid():
            device = otp_verify(user=user, token=form.cleaned_data["token"])
            if device is not None:
                if pending is not None:
                    pending_clear(request)
                    user.otp_device = device  # django-otp marks the session verified on login
                    login(request, user, backend=state["backend"])
                else:
                    otp_login(request, device)
                return redirect(next_url)
            login_failed(request, email=user.email)
            form.add_error("token", WRONG_CODE)
    return render(request, "accounts/otp_verify.html", {"form": form})


@login_required
@never_cache
def security(request: HttpRequest) -> HttpResponse:
    user = request.user
    return render(
        request,
        "accounts/security.html",
        {
            "enabled": otp_enabled(user=user),
            "codes_left": backup_codes_left(user=user),
            "regen_form": TokenForm(prefix="regen"),
            "disable_form": DisableForm(prefix="disable"),
            "devices": token_list(user=user),
            "token_days": settings.API_TOKEN_TTL_DAYS,
        },
    )


@login_required
@never_cache
@require_POST
def device_revoke(request: HttpRequest, device_id: str) -> HttpResponse:
    token = token_get(user=request.user, public_id=device_id)
    if token is None:
        raise Http404  # someone else's device, or none: the same answer
    token_revoke(token=token, request=request)
    messages.success(request, "That device is signed out.")
    return redirect("account-security")


@login_required
@never_cache
@sensitive_post_parameters("token", "password")
@require_http_methods(["GET", "POST"])
def otp_setup(request: HttpRequest) -> HttpResponse:
    user = request.user
    next_url = _safe_next(
        request,
        request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME),
        default="/account/security/",
    )
    if otp_enabled(user=user):
        messages.info(request, "Two-step sign-in is already on.")
        return redirect("account-security")
    form = SetupConfirmWithPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not password_confirms(
            user=user, password=form.cleaned_data["password"], request=request
        ):
            form.add_error("password", WRONG_PASSWORD)
        else:
            try:
                device, codes = totp_setup_confirm(
                    user=user, token=form.cleaned_data["token"], request=request
                )
            except OtpError as exc:
                form.add_error("token", str(exc))
            else:
                otp_login(request, device)
                # Shown once, in this response only; only keyed hashes are stored
                # (otp_services.backup_code_digest).
                return render(
                    request, "accounts/otp_backup_codes.html", {"codes": codes, "next": next_url}
                )
    device = totp_pending_device(user=user) or totp_setup_start(user=user)
    return render(
        request,
        "accounts/otp_setup.html",
        {
            "form": form,
            "qr": totp_qr_data_uri(device=device),
            "secret": totp_secret_base32(device=device),
            "next": next_url,
        },
    )


@login_required
@never_cache
@sensitive_post_parameters()
@require_POST
def otp_backup_codes(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = TokenForm(request.POST, prefix="regen")
    if not form.is_valid() or otp_verify(user=user, token=form.cleaned_data["token"]) is None:
        messages.error(request, WRONG_CODE)
        return redirect("account-security")
    codes = backup_codes_regenerate(user=user)
    return render(request, "accounts/otp_backup_codes.html", {"codes": codes, "next": ""})


@login_required
@never_cache
@sensitive_post_parameters()
@require_POST
def otp_disable_view(request: HttpRequest) -> HttpResponse:
    form = DisableForm(request.POST, prefix="disable")
    try:
        if not form.is_valid():
            raise OtpError(WRONG_CODE)
        if not password_confirms(
            user=request.user, password=form.cleaned_data["password"], request=request
        ):
            raise OtpError(WRONG_PASSWORD + " Two-step sign-in is still on.")
        otp_disable(user=request.user, token=form.cleaned_data["token"], request=request)
    except OtpError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Two-step sign-in is off.")
    return redirect("account-security")
