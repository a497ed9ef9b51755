"""Token API: register, obtain a token with e-mail + password, sign out (revoke it)."""

from __future__ import annotations

from django.contrib.auth import authenticate, logout
from django_otp import user_has_device
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from portal.accounts.otp_services import otp_required, otp_verify
from portal.accounts.services import REGISTERED, SignupError, user_register
from portal.accounts.throttle import login_failed
from portal.accounts.tokens import token_create, token_revoke

INVALID_CREDENTIALS = "Unable to sign in with the e-mail address and password given."
OTP_NEEDED = "This account uses two-step sign-in: send otp_token (app code or backup code)."
OTP_WRONG = "The two-step sign-in code did not work."
OTP_NOT_SET_UP = "Staff accounts must set up two-step sign-in on the website first."


class CredentialsSerializer(serializers.Serializer):
    email = serializers.EmailField()
    password = serializers.CharField(trim_whitespace=False, style={"input_type": "password"})


class TokenCredentialsSerializer(CredentialsSerializer):
    otp_token = serializers.CharField(required=False, allow_blank=True, max_length=16)


class RegisterApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_scope = "auth"

    @extend_schema(
        request=CredentialsSerializer,
        responses={
            201: inline_serializer(
                "Registered",
                {"email": serializers.EmailField(), "detail": serializers.CharField()},
            )
        },
    )
    def post(self, request: Request) -> Response:
        data = CredentialsSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            email = user_register(**data.validated_data)
        except SignupError as exc:
            return Response(exc.message_dict, status=status.HTTP_400_BAD_REQUEST)
        # The same answer whether the address was new or already had an account: having
        # an account here is health information. The owner of a known address is e-mailed.
        return Response({"email": email, "detail": REGISTERED}, status=status.HTTP_201_CREATED)


class TokenApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_scope = "auth"

    @extend_schema(
        request=TokenCredentialsSerializer,
        responses={
            200: inline_serializer(
                "TokenOut",
                {"token": serializers.CharField(), "expiry": serializers.DateTimeField()},
            )
        },
    )
    def post(self, request: Request) -> Response:
        data = TokenCredentialsSerializer(data=request.data)
        if not data.is_valid():
            return Response({"detail": INVALID_CREDENTIALS}, status=status.HTTP_400_BAD_REQUEST)
        user = authenticate(
            request._request,
            username=data.validated_data["email"],
            password=data.validated_data["password"],
        )
        if user is None or not user.is_active:
            # The same answer for an unknown e-mail and a wrong password.
            return Response({"detail": INVALID_CREDENTIALS}, status=status.HTTP_400_BAD_REQUEST)
        if otp_required(user=user):
            refusal = self._second_factor_refusal(request, user, data.validated_data)
            if refusal is not None:
                return refusal
        # A new token per sign-in: each client is its own revocable "device".
        instance, key = token_create(user=user, request=request._request)
        return Response({"token": key, "expiry": instance.expiry})

    @staticmethod
    def _second_factor_refusal(request: Request, user, data: dict) -> Response | None:
        # A token is as strong as a session: the same second factor as the web login.
        if not user_has_device(user, confirmed=True):
            return Response({"detail": OTP_NOT_SET_UP}, status=status.HTTP_400_BAD_REQUEST)
        code = data.get("otp_token") or ""
        if not code:
            return Response(
                {"detail": OTP_NEEDED, "otp_required": True}, status=status.HTTP_400_BAD_REQUEST
            )
        if otp_verify(user=user, token=code) is None:
            # Wrong codes count toward the same lockout as wrong passwords.
            login_failed(request._request, email=user.email)
            return Response({"detail": OTP_WRONG}, status=status.HTTP_400_BAD_REQUEST)
        return None


class LogoutApi(APIView):
    """Sign this client out: the token that made the request is revoked (a browser session
    calling it is signed out instead)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={204: None})
    def post(self, request: Request) -> Response:
        from portal.accounts.models import ApiToken

        if isinstance(request.auth, ApiToken):
            token_revoke(token=request.auth, request=request._request)
        else:
            logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)
