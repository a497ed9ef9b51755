"""My questions: the patient's saved questions, mounted at /questions/ by portal/urls.py."""

from __future__ import annotations

from django.urls import path

from answers import views

urlpatterns = [
    path("", views.my_questions, name="my-questions"),
    path("<str:question_id>/delete/", views.my_question_delete, name="my-question-delete"),
]
