"""REST API for findings and the merged profile: thin views over services/selectors."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from biomarkers import selectors, services
from biomarkers.models import Confirmation


class EvidenceSerializer(serializers.Serializer):
    page = serializers.IntegerField()
    sentence = serializers.CharField()
    start = serializers.IntegerField(source="char_start")
    end = serializers.IntegerField(source="char_end")


class FindingOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="public_id")
    record_id = serializers.UUIDField(source="record.public_id")
    kind = serializers.CharField()
    gene = serializers.CharField(allow_blank=True)
    status = serializers.CharField(allow_blank=True)
    variants = serializers.ListField(child=serializers.CharField())
    value = serializers.DictField()
    evidence = EvidenceSerializer(source="*")
    confirmation = serializers.CharField()
    corrected_value = serializers.DictField(allow_null=True)
    confirmed_at = serializers.DateTimeField(allow_null=True)


class FindingConfirmInputSerializer(serializers.Serializer):
    confirmation = serializers.ChoiceField(choices=Confirmation.values)
    corrected_value = serializers.DictField(required=False, allow_null=True)


class FindingApi(APIView):
    @extend_schema(operation_id="findings_retrieve", responses=FindingOutputSerializer)
    def get(self, request, finding_id):
        finding = selectors.finding_get(patient=request.user, finding_id=finding_id)
        return Response(FindingOutputSerializer(finding).data)

    @extend_schema(
        operation_id="findings_confirm",
        request=FindingConfirmInputSerializer,
        responses={200: FindingOutputSerializer},
    )
    def patch(self, request, finding_id):
        finding = selectors.finding_get(patient=request.user, finding_id=finding_id)
        data = FindingConfirmInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            finding = services.finding_confirm(
                patient=request.user,
                finding=finding,
                confirmation=data.validated_data["confirmation"],
                corrected_value=data.validated_data.get("corrected_value"),
            )
        except ValidationError as exc:
            return Response({"corrected_value": exc.messages}, status=status.HTTP_400_BAD_REQUEST)
        return Response(FindingOutputSerializer(finding).data)


ProfileOutputSerializer = inline_serializer(
    "Profile",
    {
        "has_records": serializers.BooleanField(),
        "histology": serializers.CharField(allow_null=True),
        "stage": serializers.DictField(allow_null=True),
        "biomarkers": serializers.DictField(child=serializers.DictField()),
        "treatments": serializers.ListField(child=serializers.CharField()),
        "evidence": serializers.DictField(),
        "conflicts": serializers.ListField(child=serializers.DictField()),
    },
)


class ProfileApi(APIView):
    @extend_schema(operation_id="me_profile", responses=ProfileOutputSerializer)
    def get(self, request):
        profile = selectors.profile_for(patient=request.user)
        return Response({"has_records": profile.has_records, **profile.to_schema(evidence=True)})
