"""/api/me/notifications/: the signed-in person's notifications (thin over selectors)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from notifications.selectors import notification_list
from notifications.services import notifications_mark_read


class NotificationOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="public_id")
    kind = serializers.CharField()
    message = serializers.CharField()
    link = serializers.CharField()
    created_at = serializers.DateTimeField()
    read = serializers.SerializerMethodField()

    def get_read(self, obj) -> bool:
        return obj.read_at is not None


class NotificationListApi(APIView):
    @extend_schema(
        operation_id="me_notifications", responses=NotificationOutputSerializer(many=True)
    )
    def get(self, request):
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(notification_list(user=request.user), request, self)
        return paginator.get_paginated_response(NotificationOutputSerializer(page, many=True).data)


class NotificationReadApi(APIView):
    @extend_schema(operation_id="me_notifications_read", request=None, responses={204: None})
    def post(self, request):
        notifications_mark_read(user=request.user)
        return Response(status=204)
