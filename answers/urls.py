from __future__ import annotations

from django.urls import path

from answers import views

app_name = "answers"
urlpatterns = [
    path("", views.answer_list, name="list"),
    path("<slug:slug>/", views.answer_detail, name="detail"),
    path("<slug:slug>/feedback/", views.answer_feedback, name="feedback"),
]
