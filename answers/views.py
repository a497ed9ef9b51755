"""Answer pages: thin views over selectors, personalize() and services."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET, require_POST

from answers import selectors, services
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
        services.feedback_create(
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
