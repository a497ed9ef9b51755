"""The parts of an answer page that are rendered once and kept, and what they are kept under.

Published answers come from the version-stamped cache in answers.selectors as shared, read-only
objects: one object per published version in each process. What is kept lives on that object,
so a new version (a new object) renders everything afresh; previews of drafts are loaded from
the database on every request and so always render their latest edit.

- General sections (title, summary, body, sources) read the same for everybody.
- Personal sections ("what your records show", the questions, the suggestions) are kept per
  patient under the digest of the rows their profile is built from
  (``biomarkers.selectors.ProfileSource``). Any change a profile could show gives new rows and
  a new digest, so no invalidation is needed, and the key holds the patient's id, so one
  patient's section can never be found under another's. They stay in this process's memory
  only (never in the shared cache), a bounded number per answer version (issue 6).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from answers.markdown import render_markdown
from answers.models import Answer
from answers.personalize import Personalized, personalize

_GENERAL = "_general_sections"
_PERSONAL = "_personal_sections"
# Patients whose sections one answer version keeps, least recently used dropped first.
PERSONAL_PER_ANSWER = 128


@dataclass(frozen=True)
class GeneralSections:
    head: SafeString  # title, summary and the short answer (the body's first section)
    body: SafeString  # the rest of the body
    sources: SafeString  # sources and the reviewed line


@dataclass(frozen=True)
class PersonalSections:
    main: SafeString  # what the records show (patients only), right below the short answer
    questions: SafeString  # the questions to ask, after the body
    suggested: SafeString
    disclaimer: str


class _Recent:
    """A small thread-safe LRU map."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_HEADING = re.compile(r"^## ", re.M)


def split_short_answer(body: str) -> tuple[str, str]:
    """(the body's "short answer" section, the rest): the patient's own part goes between.

    A body that does not open with a short answer is all "rest"."""
    starts = [m.start() for m in _HEADING.finditer(body)]
    if not starts or "short answer" not in body[starts[0] : starts[0] + 40].lower():
        return "", body
    end = starts[1] if len(starts) > 1 else len(body)
    return body[:end].strip(), body[end:].strip()


def general_sections(answer: Answer) -> GeneralSections:
    sections = answer.__dict__.get(_GENERAL)
    if sections is None:
        short, rest = split_short_answer(answer.body)
        context = {
            "answer": answer,
            "short_html": render_markdown(short) if short else "",
            "body_html": render_markdown(rest) if rest else "",
        }
        sections = GeneralSections(
            head=render_to_string("answers/_head.html", context),
            body=render_to_string("answers/_body.html", context),
            sources=render_to_string("answers/_sources.html", context),
        )
        # Two threads may both render it; either result is the same.
        answer.__dict__[_GENERAL] = sections
    return sections


def personal_sections(
    answer: Answer, *, source: Any | None, candidates: list[Answer]
) -> PersonalSections:
    """``source``: the signed-in patient's ``ProfileSource``; None for visitors and staff.

    ``candidates`` must be the published answers of the same version as ``answer`` (as
    ``selectors.answer_page`` returns them): the suggestions are kept with the answer.
    """
    kept = answer.__dict__.get(_PERSONAL)
    if kept is None:
        kept = answer.__dict__.setdefault(_PERSONAL, _Recent(PERSONAL_PER_ANSWER))
    key = (source.patient_id, source.digest) if source is not None else None
    sections = kept.get(key)
    if sections is None:
        profile = source.profile() if source is not None else None
        sections = _render(personalize(answer, profile, candidates=candidates), source is not None)
        kept.put(key, sections)
    return sections


def _render(personal: Personalized, is_patient: bool) -> PersonalSections:
    context = {"personal": personal, "is_patient": is_patient}
    return PersonalSections(
        main=render_to_string("answers/_personal.html", context),
        questions=render_to_string("answers/_questions.html", context),
        suggested=render_to_string("answers/_suggested.html", context),
        disclaimer=personal.disclaimer,
    )
