"""REST API for records: thin views over records.services / records.selectors."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import FileResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from biomarkers.services import report_date_set
from records import selectors, services, storage
from records.serializers import (
    RecordCreatedOutputSerializer,
    RecordDetailOutputSerializer,
    RecordListOutputSerializer,
)

ErrorSerializer = inline_serializer("RecordError", {"detail": serializers.CharField()})


class RecordUploadInputSerializer(serializers.Serializer):
    # Empty files reach our own check, which answers in the same {"detail"} shape.
    file = serializers.FileField(allow_empty_file=True, required=False)
    # Several photos of one report: one record, pages in the order given.
    photos = serializers.ListField(
        child=serializers.FileField(allow_empty_file=True), required=False, allow_empty=True
    )

    def validate(self, attrs):
        if not attrs.get("file") and not attrs.get("photos"):
            raise serializers.ValidationError({"file": "Send a file, or photos."})
        if attrs.get("file") and attrs.get("photos"):
            raise serializers.ValidationError({"photos": "Send either a file or photos."})
        return attrs


def pdf_response(record) -> FileResponse:
    """The stored original (a PDF, a photo, or a zip of photos), as an attachment."""
    response = FileResponse(
        storage.open_stored(record.storage_key),
        as_attachment=True,
        filename=record.download_name,
        content_type=record.download_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


class RecordListCreateApi(APIView):
    parser_classes = [MultiPartParser]

    @extend_schema(operation_id="records_list", responses=RecordListOutputSerializer(many=True))
    def get(self, request):
        from rest_framework.pagination import PageNumberPagination

        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(selectors.record_list(owner=request.user), request, self)
        return paginator.get_paginated_response(RecordListOutputSerializer(page, many=True).data)

    @extend_schema(
        operation_id="records_upload",
        request={"multipart/form-data": RecordUploadInputSerializer},
        responses={
            201: RecordCreatedOutputSerializer,
            200: OpenApiResponse(RecordCreatedOutputSerializer, "Already uploaded: same record."),
            400: ErrorSerializer,
        },
    )
    def post(self, request):
        data = RecordUploadInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            record, created = services.record_upload(
                owner=request.user,
                file=data.validated_data.get("file"),
                photos=data.validated_data.get("photos") or None,
            )
        except services.UploadRejected as exc:
            return Response({"detail": exc.message}, status=status.HTTP_400_BAD_REQUEST)
        return Response(
            RecordCreatedOutputSerializer(record).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )


class RecordReportDateInputSerializer(serializers.Serializer):
    # The date the report states, as the patient reads it (YYYY-MM-DD).
    report_date = serializers.DateField()


class RecordDetailApi(APIView):
    @extend_schema(operation_id="records_retrieve", responses=RecordDetailOutputSerializer)
    def get(self, request, record_id):
        record = selectors.record_get(owner=request.user, record_id=record_id)
        return Response(RecordDetailOutputSerializer(record, context={"owner": request.user}).data)

    @extend_schema(
        operation_id="records_report_date",
        request=RecordReportDateInputSerializer,
        responses={200: RecordDetailOutputSerializer, 400: ErrorSerializer},
    )
    def patch(self, request, record_id):
        """Correct (or set, where none is stated) the report's date; kept with its history."""
        record = selectors.record_get(owner=request.user, record_id=record_id)
        data = RecordReportDateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            report_date_set(
                patient=request.user,
                record=record,
                when=data.validated_data["report_date"].isoformat(),
            )
        except ValidationError as exc:
            return Response({"detail": " ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
        record = selectors.record_get(owner=request.user, record_id=record_id)
        return Response(RecordDetailOutputSerializer(record, context={"owner": request.user}).data)

    @extend_schema(operation_id="records_destroy", responses={204: None})
    def delete(self, request, record_id):
        record = selectors.record_get(owner=request.user, record_id=record_id)
        services.record_delete(owner=request.user, record=record)
        return Response(status=status.HTTP_204_NO_CONTENT)


class RecordFileApi(APIView):
    @extend_schema(
        operation_id="records_file",
        responses={(200, "application/pdf"): OpenApiTypes.BINARY},
    )
    def get(self, request, record_id):
        record = selectors.record_get(owner=request.user, record_id=record_id)
        return pdf_response(record)


class RecordReprocessApi(APIView):
    @extend_schema(
        operation_id="records_reprocess",
        request=None,
        responses={202: RecordCreatedOutputSerializer, 409: ErrorSerializer},
    )
    def post(self, request, record_id):
        record = selectors.record_get(owner=request.user, record_id=record_id)
        try:
            record = services.record_reprocess(owner=request.user, record=record)
        except services.RecordBusy as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
        return Response(RecordCreatedOutputSerializer(record).data, status=status.HTTP_202_ACCEPTED)
