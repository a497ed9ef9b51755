"""API shapes for records (output only: uploads are multipart and go through the service)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from biomarkers.apis import FindingOutputSerializer
from biomarkers.selectors import finding_list, record_summary


class RecordListOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="public_id")
    filename = serializers.CharField()
    status = serializers.CharField()
    # While a scan is read: "reading a scan (page 2 of 3)"; empty otherwise.
    progress = serializers.CharField()
    error = serializers.CharField(source="failure_reason")
    uploaded_at = serializers.DateTimeField()
    # The date the report states (collection, else report date), or the patient's; null if none.
    report_date = serializers.DateField(allow_null=True)
    document_kind = serializers.CharField()
    page_count = serializers.IntegerField()


class RecordCreatedOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="public_id")
    status = serializers.CharField()


class SummarySerializer(serializers.Serializer):
    """The SCHEMA.md shape of one report."""

    file = serializers.CharField()
    histology = serializers.CharField(allow_null=True)
    stage = serializers.DictField(allow_null=True)
    biomarkers = serializers.DictField(child=serializers.DictField())
    treatments = serializers.ListField(child=serializers.CharField())


class RecordDetailOutputSerializer(RecordListOutputSerializer):
    findings = serializers.SerializerMethodField()
    summary = serializers.SerializerMethodField()
    # Pages read by OCR (a scan or a photo): findings on them were read from an image.
    scanned_pages = serializers.SerializerMethodField()

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_scanned_pages(self, record) -> list[int]:
        from records.selectors import scan_page_list

        return [p.page for p in scan_page_list(record=record)]

    @extend_schema_field(FindingOutputSerializer(many=True))
    def get_findings(self, record) -> list:
        owner = self.context["owner"]
        return FindingOutputSerializer(finding_list(patient=owner, record=record), many=True).data

    @extend_schema_field(SummarySerializer)
    def get_summary(self, record) -> dict:
        return record_summary(patient=self.context["owner"], record=record)
