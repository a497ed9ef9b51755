from __future__ import annotations

from django.urls import path

from answers import apis

urlpatterns = [
    path("answers/", apis.AnswerListApi.as_view(), name="api-answer-list"),
    path("answers/<slug:slug>/", apis.AnswerDetailApi.as_view(), name="api-answer-detail"),
    path("me/questions/", apis.SavedQuestionListApi.as_view(), name="api-me-questions"),
    path(
        "me/questions/<str:question_id>/",
        apis.SavedQuestionDetailApi.as_view(),
        name="api-me-question",
    ),
]
