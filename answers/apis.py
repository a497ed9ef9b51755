"""Answers API. The general answer is public; the personalized part needs a signed-in patient
and only ever contains that patient's own findings."""

from __future__ import annotations

from django.utils.cache import patch_cache_control
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.generics import ListAPIView
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from answers import selectors
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
