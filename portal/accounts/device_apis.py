"""/api/me/devices/: my signed-in devices (API tokens), and revoking one."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from portal.accounts.tokens import token_get, token_list, token_revoke


class DeviceSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="public_id")
    label = serializers.CharField()
    ip = serializers.CharField(allow_null=True)
    created = serializers.DateTimeField()
    expiry = serializers.DateTimeField()
    current = serializers.SerializerMethodField()

    def get_current(self, token) -> bool:
        return token.pk == getattr(self.context["request"].auth, "pk", None)


class DeviceListApi(APIView):
    @extend_schema(operation_id="me_devices", responses=DeviceSerializer(many=True))
    def get(self, request: Request) -> Response:
        tokens = token_list(user=request.user)
        return Response(DeviceSerializer(tokens, many=True, context={"request": request}).data)


class DeviceDetailApi(APIView):
    @extend_schema(operation_id="me_device_revoke", responses={204: None})
    def delete(self, request: Request, device_id: str) -> Response:
        token = token_get(user=request.user, public_id=device_id)
        if token is None:
            raise NotFound()  # someone else's device, or none: the same answer
        token_revoke(token=token, request=request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)
