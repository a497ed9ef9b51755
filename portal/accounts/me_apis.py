"""/api/me/: export my data, delete my account, my access log (token or session)."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from portal.accounts.account_views import export_response
from portal.accounts.deletion import DeletionRefused, account_delete
from portal.accounts.export import export_build
from portal.audit.selectors import audit_list


class AccessLogEntrySerializer(serializers.Serializer):
    id = serializers.UUIDField(source="public_id")
    at = serializers.DateTimeField()
    by = serializers.SerializerMethodField()
    # The address the patient invited, on a caregiver's reads (issue 18); else empty.
    caregiver_email = serializers.SerializerMethodField()
    action = serializers.CharField()
    object_type = serializers.CharField()
    object_id = serializers.CharField()
    status_code = serializers.IntegerField(allow_null=True)
    ip = serializers.SerializerMethodField()
    device = serializers.SerializerMethodField()

    def _mine(self, entry) -> bool:
        return entry.actor_id is not None and entry.actor_id == self.context["patient"].pk

    def get_by(self, entry) -> str:
        # Other people's ids are not the patient's business; who-in-kind is.
        if self._mine(entry):
            return "you"
        if self.get_caregiver_email(entry):
            return "caregiver"
        return {
            "staff": "staff",
            "deleted": "a deleted account",
            "system": "someone not signed in",
        }.get(entry.actor_kind, "another account")

    def get_caregiver_email(self, entry) -> str:
        return self.context.get("caregivers", {}).get(entry.actor_id, "")

    def get_ip(self, entry) -> str | None:
        # Only the patient's own addresses: never another person's.
        return entry.ip if self._mine(entry) else None

    def get_device(self, entry) -> str:
        return entry.user_agent if self._mine(entry) else ""


class DeleteInputSerializer(serializers.Serializer):
    password = serializers.CharField(trim_whitespace=False, style={"input_type": "password"})


class ExportApi(APIView):
    @extend_schema(
        operation_id="me_export", responses={(200, "application/zip"): OpenApiTypes.BINARY}
    )
    def get(self, request):
        return export_response(export_build(patient=request.user, request=request._request))


class MeApi(APIView):
    @extend_schema(
        operation_id="me_delete",
        request=DeleteInputSerializer,
        responses={
            204: None,
            400: inline_serializer("DeleteRefused", {"detail": serializers.CharField()}),
        },
    )
    def delete(self, request):
        data = DeleteInputSerializer(data=request.data)
        if not data.is_valid():
            return Response(
                {"detail": "Send your password to confirm."}, status=status.HTTP_400_BAD_REQUEST
            )
        try:
            account_delete(
                user=request.user,
                password=data.validated_data["password"],
                request=request._request,
            )
        except DeletionRefused as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(status=status.HTTP_204_NO_CONTENT)


class AccessLogApi(APIView):
    @extend_schema(operation_id="me_access_log", responses=AccessLogEntrySerializer(many=True))
    def get(self, request):
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(audit_list(patient=request.user), request, self)
        from sharing.selectors import caregiver_emails

        context = {
            "patient": request.user,
            "caregivers": caregiver_emails(patient=request.user),
        }
        data = AccessLogEntrySerializer(page, many=True, context=context).data
        return paginator.get_paginated_response(data)
