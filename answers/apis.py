"""Answers API. The general answer is public; the personalized part needs a signed-in patient
and only ever contains that patient's own findings."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.cache import patch_cache_control
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.generics import ListAPIView
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from answers import reader_services, selectors
from answers.models import SavedQuestion
from answers.personalize import personalize
from answers.serializers import AnswerDetailSerializer, AnswerListSerializer
from answers.views import profile_for_user


@extend_schema(
    parameters=[
        OpenApiParameter("q", str, description="Full-text search over published answers."),
        OpenApiParameter("topic", str, description="Topic slug, e.g. alk."),
    ]
)
class AnswerListApi(ListAPIView):
    """Published answers (general information, not medical advice)."""

    permission_classes = [AllowAny]
    serializer_class = AnswerListSerializer

    def get_queryset(self):
        return selectors.answer_list(
            q=self.request.query_params.get("q") or None,
            topic=self.request.query_params.get("topic") or None,
        )


class AnswerDetailApi(APIView):
    permission_classes = [AllowAny]

    @extend_schema(responses=AnswerDetailSerializer)
    def get(self, request: Request, slug: str) -> Response:
        """One answer; `personalized` is filled for a signed-in patient, null otherwise."""
        answer = selectors.answer_get(slug=slug, user=request.user)
        profile = profile_for_user(request.user)
        personal = personalize(answer, profile) if profile is not None else None
        data = AnswerDetailSerializer(answer, context={"personalized": personal}).data
        response = Response(data)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response


class SavedQuestionSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="public_id", read_only=True)
    text = serializers.CharField(max_length=SavedQuestion.MAX_LENGTH)
    created_at = serializers.DateTimeField(read_only=True)


class SavedQuestionListApi(APIView):
    """The signed-in patient's saved questions for the next appointment (issue 16)."""

    @extend_schema(operation_id="me_questions_list", responses=SavedQuestionSerializer(many=True))
    def get(self, request: Request) -> Response:
        questions = selectors.saved_question_list(owner=request.user)
        return Response(SavedQuestionSerializer(questions, many=True).data)

    @extend_schema(
        operation_id="me_questions_create",
        request=SavedQuestionSerializer,
        responses={201: SavedQuestionSerializer, 200: SavedQuestionSerializer},
    )
    def post(self, request: Request) -> Response:
        data = request.data if isinstance(request.data, dict) else {}
        try:
            question, created = reader_services.saved_question_create(
                owner=request.user, text=data.get("text", "")
            )
        except DjangoValidationError as exc:
            raise ValidationError({"text": exc.messages}) from None
        except DjangoPermissionDenied as exc:
            raise PermissionDenied(str(exc)) from None
        code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        return Response(SavedQuestionSerializer(question).data, status=code)


class SavedQuestionDetailApi(APIView):
    @extend_schema(operation_id="me_questions_delete", responses={204: None})
    def delete(self, request: Request, question_id: str) -> Response:
        question = selectors.saved_question_get(owner=request.user, question_id=question_id)
        reader_services.saved_question_delete(question=question)
        return Response(status=status.HTTP_204_NO_CONTENT)
