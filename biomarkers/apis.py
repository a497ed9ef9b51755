"""REST API for findings and the merged profile: thin views over services/selectors."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from biomarkers import selectors, services
from biomarkers.facts import finding_json
from biomarkers.models import Confirmation
from biomarkers.vocabulary import ALTERATIONS, METHODS, FindingKind


class EvidenceSerializer(serializers.Serializer):
    page = serializers.IntegerField()
    sentence = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()


class FindingOutputSerializer(serializers.Serializer):
    """A finding as ``biomarkers.facts.finding_json`` shapes it (the export's shape too).

    The fields are declared for the OpenAPI schema; the data comes from ``finding_json``.
    """

    id = serializers.UUIDField()
    record_id = serializers.UUIDField()
    kind = serializers.ChoiceField(choices=FindingKind.choices)
    gene = serializers.CharField(allow_null=True)
    status = serializers.CharField(allow_null=True)
    variants = serializers.ListField(child=serializers.CharField())
    value = serializers.DictField()
    method = serializers.ChoiceField(choices=METHODS, allow_null=True)
    alteration = serializers.ChoiceField(choices=ALTERATIONS, allow_null=True)
    evidence = EvidenceSerializer()
    confirmation = serializers.CharField()
    corrected_value = serializers.DictField(allow_null=True)
    confirmed_at = serializers.DateTimeField(allow_null=True)

    def to_representation(self, instance) -> dict:
        data = finding_json(instance)
        return {"id": data.pop("id"), "record_id": str(instance.record.public_id), **data}


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
        # Genes the engine saw but could not read for sure: {"gene", "evidence"}, no status.
        "unclear": serializers.ListField(child=serializers.DictField()),
    },
)


class ProfileApi(APIView):
    @extend_schema(operation_id="me_profile", responses=ProfileOutputSerializer)
    def get(self, request):
        profile = selectors.profile_for(patient=request.user)
        return Response({"has_records": profile.has_records, **profile.to_schema(evidence=True)})
