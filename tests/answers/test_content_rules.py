"""Issue 15 rules for every general answer in answers/content/*.md.

- every answer is sourced and carries its own review date, backed by its own source checks;
- every reader (signed in or not) gets at least 4 questions;
- every `## ` section of the body reads at Flesch-Kincaid grade 8 or below;
- the library holds at least 30 answers;
- a page that discusses side effects says when to call the team at once.

Each rule is a small function returning its problems, so the same function that checks the
files is shown to reject a bad example (the `..._can_fail` tests): a rule that cannot fail
proves nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from answers.content_loader import read_content_dir
from answers.readability import reading_grade
from tests.answers.test_content_files import CONTENT_DIR, FILES, sections, split_front_matter

MAX_GRADE = 8.0
MIN_GENERAL_QUESTIONS = 4
MIN_ANSWERS = 30
# Words that mean a page is discussing side effects, and the words of a "call now" line.
SIDE_EFFECT_TALK = re.compile(r"\bside effects?\b", re.I)
CALL_NOW = re.compile(r"\bcall your (care )?team (right away|now|at once|the same day)\b", re.I)


def _load(path: Path) -> tuple[dict[str, Any], str]:
    return split_front_matter(path.read_text(encoding="utf-8"))


def source_problems(meta: dict[str, Any]) -> list[str]:
    sources = meta.get("sources") or []
    if not sources:
        return ["no sources"]
    return [
        f"source {i + 1} has no title or url"
        for i, s in enumerate(sources)
        if not str(s.get("title", "")).strip() or not str(s.get("url", "")).strip()
    ]


def review_date_problems(meta: dict[str, Any], *, today: dt.date) -> list[str]:
    """The reviewed date is the day this answer's sources were last checked, not a stamp."""
    reviewed = meta.get("reviewed")
    if not isinstance(reviewed, dt.date):
        return ["no reviewed date"]
    problems = []
    if reviewed > today:
        problems.append(f"reviewed {reviewed} is in the future")
    sources = meta.get("sources") or []
    checked = [s["accessed"] for s in sources if isinstance(s.get("accessed"), dt.date)]
    if checked and max(checked) != reviewed:
        problems.append(f"reviewed {reviewed} but sources last checked {max(checked)}")
    recheck = meta.get("recheck_by")
    if recheck is not None and (not isinstance(recheck, dt.date) or recheck <= reviewed):
        problems.append(f"recheck_by {recheck!r} must be a date after reviewed")
    return problems


def question_problems(meta: dict[str, Any]) -> list[str]:
    general = [q for q in meta.get("questions") or [] if "condition" not in q]
    if len(general) < MIN_GENERAL_QUESTIONS:
        return [f"{len(general)} questions for every reader, need {MIN_GENERAL_QUESTIONS}"]
    return []


def grade_problems(body: str) -> list[str]:
    problems = []
    for heading, text in sections(body).items():
        grade = reading_grade(text)
        if grade is None:
            problems.append(f"{heading}: grade not computed")
        elif grade > MAX_GRADE:
            problems.append(f"{heading}: Flesch-Kincaid grade {grade}")
    return problems


def call_now_problems(body: str) -> list[str]:
    if SIDE_EFFECT_TALK.search(body) and not CALL_NOW.search(body):
        return ["discusses side effects without a 'call your team right away' line"]
    return []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_answer_follows_the_rules(path: Path):
    meta, body = _load(path)
    problems = (
        source_problems(meta)
        + review_date_problems(meta, today=dt.date.today())
        + question_problems(meta)
        + grade_problems(body)
        + call_now_problems(body)
    )
    assert not problems, "\n".join(problems)


def test_the_library_has_enough_answers_and_the_loader_reads_them_all():
    assert len(FILES) >= MIN_ANSWERS, f"{len(FILES)} answers, need {MIN_ANSWERS}"
    assert len(read_content_dir(CONTENT_DIR)) == len(FILES)


def test_review_dates_are_per_answer_not_one_stamp():
    # One date on every answer means they were stamped in bulk, not each reviewed.
    dates = {_load(p)[0]["reviewed"] for p in FILES}
    assert len(dates) > 1, dates


def test_answers_link_only_to_answers_that_exist():
    slugs = {p.stem for p in FILES}
    for path in FILES:
        _, body = _load(path)
        meta_text = path.read_text(encoding="utf-8")
        for target in re.findall(r"\(/answers/([a-z0-9-]+)/\)", body + meta_text):
            assert target in slugs, f"{path.stem} links to missing answer {target}"


# --- each rule can fail ----------------------------------------------------------------------

D = dt.date(2026, 11, 29)
SOURCE = {"title": "NCI PDQ", "url": "https://www.cancer.gov/x", "accessed": D}


def test_source_rule_can_fail():
    assert source_problems({"sources": [SOURCE]}) == []
    assert source_problems({"sources": []})
    assert source_problems({"sources": [{**SOURCE, "title": " "}]})


def test_review_date_rule_can_fail():
    ok = {"reviewed": D, "sources": [SOURCE], "recheck_by": dt.date(2027, 1, 31)}
    assert review_date_problems(ok, today=D) == []
    assert review_date_problems({"sources": [SOURCE]}, today=D)
    assert review_date_problems({"reviewed": D, "sources": [SOURCE]}, today=D - dt.timedelta(1))
    stale = {**SOURCE, "accessed": dt.date(2026, 11, 25)}
    assert review_date_problems({"reviewed": D, "sources": [stale]}, today=D)
    assert review_date_problems({**ok, "recheck_by": D}, today=D)


def test_question_rule_can_fail():
    general = [{"text": f"Q{i}?"} for i in range(4)]
    assert question_problems({"questions": general}) == []
    conditioned = {"text": "Q?", "condition": {"gene": "ALK"}}
    assert question_problems({"questions": [*general[:3], conditioned, conditioned]})


def test_grade_rule_can_fail():
    assert grade_problems("## A\n\nThe cat sat on the mat. It was warm.\n") == []
    hard = (
        "## Why it matters\n\nImmunohistochemical characterisation of anaplastic lymphoma "
        "kinase rearrangements necessitates interpretation by experienced thoracic "
        "pathologists.\n"
    )
    assert grade_problems(hard) == ["## Why it matters: Flesch-Kincaid grade " + str(
        reading_grade(hard.split("\n\n", 1)[1]))]  # fmt: skip


def test_call_now_rule_can_fail():
    assert call_now_problems("Side effects can happen.")
    assert call_now_problems("Side effects can happen. Call your team right away if so.") == []
    assert call_now_problems("Nothing about treatment here.") == []
