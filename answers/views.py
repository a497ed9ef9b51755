"""Answer pages: thin views over selectors, personalize() and services."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from answers import reader_services, selectors
from answers.models import SavedQuestion
from answers.sections import general_sections, personal_sections


def profile_source_for_user(user: Any):
    """The rows of the signed-in patient's own profile; None for visitors and staff."""
    if not (getattr(user, "is_authenticated", False) and getattr(user, "is_patient", False)):
        return None
    from biomarkers.selectors import profile_source

    return profile_source(patient=user)


def profile_for_user(user: Any):
    """The signed-in patient's own profile; None for visitors and staff."""
    source = profile_source_for_user(user)
    return source.profile() if source is not None else None


@require_GET
def answer_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    topic = request.GET.get("topic", "").strip()
    context: dict[str, Any] = {"q": q, "topic": topic}
    if q or topic:
        context["results"] = list(selectors.answer_list(q=q or None, topic=topic or None))
        context["topic_name"] = selectors.topic_name(slug=topic) if topic else None
    else:
        context["library"] = selectors.answer_library()
    return render(request, "answers/list.html", context)


@require_GET
def answer_detail(request: HttpRequest, slug: str) -> HttpResponse:
    answer, candidates = selectors.answer_page(slug=slug, user=request.user)
    source = profile_source_for_user(request.user)
    context = {
        "answer": answer,
        "general": general_sections(answer),
        "personal": personal_sections(answer, source=source, candidates=candidates),
    }
    response = render(request, "answers/detail.html", context)
    if request.user.is_authenticated:
        # Personalized (or unpublished preview): never in a shared cache.
        patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
@require_POST
def answer_feedback(request: HttpRequest, slug: str) -> HttpResponse:
    answer = selectors.answer_get(slug=slug, user=request.user)
    helpful = {"yes": True, "no": False}.get(request.POST.get("helpful", ""))
    try:
        reader_services.feedback_create(
            answer=answer,
            user=request.user,
            helpful=helpful,
            problem=request.POST.get("problem", "")[:4000],
        )
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
    else:
        messages.success(request, "Thank you. A moderator will read your feedback.")
    return redirect(f"{answer.get_absolute_url()}#feedback")


def _back(request: HttpRequest, default: str) -> str:
    """Where to return after a save: the answer page the form was on, if it is ours."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


@login_required
@require_http_methods(["GET", "POST"])
def my_questions(request: HttpRequest) -> HttpResponse:
    """The patient's saved questions (GET), or save one (POST, from an answer page)."""
    if request.method == "POST":
        try:
            _question, created = reader_services.saved_question_create(
                owner=request.user, text=request.POST.get("text", "")
            )
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
        else:
            messages.success(
                request,
                "Saved to your questions for the next appointment."
                if created
                else "This question was already in your list.",
            )
        return redirect(_back(request, reverse("my-questions")))
    return render(
        request,
        "answers/my_questions.html",
        {
            "questions": list(selectors.saved_question_list(owner=request.user)),
            "max_length": SavedQuestion.MAX_LENGTH,
        },
    )


@login_required
@require_POST
def my_question_delete(request: HttpRequest, question_id: str) -> HttpResponse:
    question = selectors.saved_question_get(owner=request.user, question_id=question_id)
    reader_services.saved_question_delete(question=question)
    messages.success(request, "The question was removed from your list.")
    return redirect(_back(request, reverse("my-questions")))
