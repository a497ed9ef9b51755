"""REST API for sharing: the patient's shares and the caregiver's read-only view.

Thin views over sharing.services / sharing.selectors. The caregiver's views define GET only:
a caregiver can read, never upload, correct, delete, export or re-share (POST /api/shares/
always shares the signed-in person's own data).
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from biomarkers.apis import ProfileOutputSerializer
from records import selectors as record_selectors
from records.serializers import RecordDetailOutputSerializer, RecordListOutputSerializer
from sharing import selectors, services
from sharing.access import audit_caregiver_read
from sharing.models import Scope
from sharing.summary import profile_section, shared_summary

ErrorSerializer = inline_serializer("ShareError", {"detail": serializers.CharField()})


class ShareOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="public_id")
    email = serializers.EmailField()
    scope = serializers.ChoiceField(choices=Scope.choices)
    expires_at = serializers.DateTimeField()
    created_at = serializers.DateTimeField()
    accepted_at = serializers.DateTimeField(allow_null=True)
    revoked_at = serializers.DateTimeField(allow_null=True)
    state = serializers.CharField()


class SharedWithMeOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="public_id")
    patient_name = serializers.SerializerMethodField()
    scope = serializers.ChoiceField(choices=Scope.choices)
    expires_at = serializers.DateTimeField()

    def get_patient_name(self, share) -> str:
        return selectors.patient_name(share=share)


class ShareListApi(APIView):
    @extend_schema(operation_id="shares_list", responses=ShareOutputSerializer(many=True))
    def get(self, request):
        shares = selectors.share_list(patient=request.user)
        return Response(ShareOutputSerializer(shares, many=True).data)

    @extend_schema(
        operation_id="shares_create",
        request=inline_serializer(
            "ShareCreate",
            {
                "email": serializers.EmailField(),
                "scope": serializers.ChoiceField(choices=Scope.choices),
                "days": serializers.IntegerField(required=False, min_value=1, max_value=365),
            },
        ),
        responses={201: ShareOutputSerializer, 400: ErrorSerializer},
    )
    def post(self, request):
        data = request.data if isinstance(request.data, dict) else {}
        try:
            share = services.share_create(
                patient=request.user,
                email=data.get("email"),
                scope=data.get("scope"),
                days=data.get("days"),
            )
        except services.ShareError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(ShareOutputSerializer(share).data, status=status.HTTP_201_CREATED)


class ShareDetailApi(APIView):
    @extend_schema(operation_id="shares_revoke", responses={204: None})
    def delete(self, request, share_id):
        share = selectors.share_get(patient=request.user, share_id=share_id)
        services.share_revoke(patient=request.user, share=share)
        return Response(status=status.HTTP_204_NO_CONTENT)


class SharedWithMeApi(APIView):
    @extend_schema(
        operation_id="shared_with_me_list", responses=SharedWithMeOutputSerializer(many=True)
    )
    def get(self, request):
        shares = selectors.shares_with_me(caregiver=request.user)
        return Response(SharedWithMeOutputSerializer(shares, many=True).data)


class SharedProfileApi(APIView):
    @extend_schema(operation_id="shared_with_me_profile", responses=ProfileOutputSerializer)
    def get(self, request, share_id):
        share = selectors.share_for_caregiver(caregiver=request.user, share_id=share_id)
        audit_caregiver_read(request=request, share=share, object_type="profile")
        return Response(profile_section(patient=share.patient))


class SharedSummaryApi(APIView):
    """Every section a caregiver may read: ``profile`` (as /api/me/profile/), ``timeline``
    (the treatment timeline) and ``visit_summary`` (as the patient's /summary/ page)."""

    @extend_schema(
        operation_id="shared_with_me_summary",
        responses=inline_serializer(
            "SharedSummary",
            {
                "profile": serializers.DictField(help_text="As GET /api/me/profile/."),
                "timeline": serializers.DictField(),
                "visit_summary": serializers.DictField(),
            },
        ),
    )
    def get(self, request, share_id):
        share = selectors.share_for_caregiver(caregiver=request.user, share_id=share_id)
        audit_caregiver_read(request=request, share=share, object_type="summary")
        return Response(shared_summary(patient=share.patient))


class SharedRecordListApi(APIView):
    @extend_schema(
        operation_id="shared_with_me_records", responses=RecordListOutputSerializer(many=True)
    )
    def get(self, request, share_id):
        share = selectors.share_for_caregiver(
            caregiver=request.user, share_id=share_id, scope=Scope.RECORDS
        )
        audit_caregiver_read(request=request, share=share, object_type="record")
        paginator = PageNumberPagination()
        records = record_selectors.record_list(owner=share.patient)
        page = paginator.paginate_queryset(records, request, self)
        return paginator.get_paginated_response(RecordListOutputSerializer(page, many=True).data)


class SharedRecordDetailApi(APIView):
    @extend_schema(operation_id="shared_with_me_record", responses=RecordDetailOutputSerializer)
    def get(self, request, share_id, record_id):
        share = selectors.share_for_caregiver(
            caregiver=request.user, share_id=share_id, scope=Scope.RECORDS
        )
        record = record_selectors.record_get(owner=share.patient, record_id=record_id)
        audit_caregiver_read(
            request=request, share=share, object_type="record", object_id=str(record.public_id)
        )
        return Response(RecordDetailOutputSerializer(record, context={"owner": share.patient}).data)
