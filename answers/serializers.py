"""Output shapes for the answers API (read-only)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from answers.markdown import render_markdown
from answers.models import Answer


class AnswerListSerializer(serializers.ModelSerializer):
    topics = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Answer
        fields = ["slug", "title", "summary", "topics", "last_reviewed", "url"]


class SourceSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.URLField()
    accessed = serializers.DateField()


class FindingSerializer(serializers.Serializer):
    key = serializers.CharField()
    kind = serializers.CharField()
    gene = serializers.CharField(allow_null=True)
    status = serializers.CharField(allow_null=True)
    text = serializers.CharField(help_text="The finding in plain words.")
    quote = serializers.CharField(help_text="The report's own sentence (evidence).")
    record_name = serializers.CharField()
    report_date = serializers.CharField()
    page = serializers.IntegerField()
    confirmation = serializers.ChoiceField(choices=["unconfirmed", "confirmed", "corrected"])
    confirmation_text = serializers.CharField()
    record_id = serializers.CharField()
    finding_id = serializers.CharField()


class BlockSerializer(serializers.Serializer):
    html = serializers.CharField()
    condition = serializers.JSONField()


class MissingTestSerializer(serializers.Serializer):
    gene = serializers.CharField()
    text = serializers.CharField()


class ConflictSerializer(serializers.Serializer):
    key = serializers.CharField()
    text = serializers.CharField()
    reports = FindingSerializer(many=True)


class SuggestedSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()


class PersonalizedSerializer(serializers.Serializer):
    has_records = serializers.BooleanField()
    findings = FindingSerializer(many=True)
    blocks = BlockSerializer(many=True)
    questions = serializers.ListField(child=serializers.CharField())
    missing_tests = MissingTestSerializer(many=True)
    conflicts = ConflictSerializer(many=True)
    suggested = SuggestedSerializer(many=True)
    disclaimer = serializers.CharField()


class AnswerDetailSerializer(AnswerListSerializer):
    body = serializers.CharField(help_text="Markdown source.")
    body_html = serializers.SerializerMethodField(help_text="Sanitised HTML.")
    sources = SourceSerializer(many=True, source="sources.all")
    questions = serializers.SerializerMethodField(help_text="Questions for every reader.")
    reviewer_role = serializers.CharField()
    reviewer_name = serializers.CharField(
        help_text="Who approved the text shown (their display name; may be empty)."
    )
    disclaimer = serializers.SerializerMethodField()
    personalized = serializers.SerializerMethodField(
        help_text="Only for a signed-in patient: their own findings with evidence."
    )

    class Meta(AnswerListSerializer.Meta):
        fields = [
            *AnswerListSerializer.Meta.fields,
            "body",
            "body_html",
            "sources",
            "questions",
            "reviewer_role",
            "reviewer_name",
            "disclaimer",
            "personalized",
        ]

    def get_body_html(self, obj: Answer) -> str:
        return str(render_markdown(obj.body))

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_questions(self, obj: Answer) -> list[str]:
        return [q.text for q in obj.questions.all() if not q.condition]

    def get_disclaimer(self, obj: Answer) -> str:
        return "General information, not medical advice."

    @extend_schema_field(PersonalizedSerializer(allow_null=True))
    def get_personalized(self, obj: Answer) -> dict | None:
        personal = self.context.get("personalized")
        return personal.to_dict() if personal is not None else None
