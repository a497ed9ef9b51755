"""Demo content: load answers/content/*.md (YAML front matter + Markdown body), publish them.

Idempotent: answers are matched by slug and only rewritten when the file changed, through
the same services a moderator uses, so history and the moderation trail stay complete.
Every file is parsed and validated before anything is written: one bad file stops the
load with a message naming the file, and nothing stored is touched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from answers import revisions, selectors, services
from answers.conditions import ConditionError, validate_condition
from answers.models import Answer, Status

CONTENT_DIR = Path(__file__).resolve().parent / "content"
DEMO_AUTHOR = "moderator@demo.example"
DEMO_REVIEWER = "reviewer@demo.example"
REQUIRED = ("slug", "title", "summary", "topics", "reviewed", "sources", "questions")
# recheck_by: the day from which the answer is listed for a re-check (e.g. a drug approval
# that could not be verified yet); the moderation queue shows it from then on.
OPTIONAL = ("blocks", "recheck_by")
# Every reader sees at least 4 questions; signed-in readers may see a few more of their own.
MIN_GENERAL_QUESTIONS, MAX_QUESTIONS = 4, 8


class ContentError(ValueError):
    """A content file is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class ContentFile:
    path: Path
    slug: str
    title: str
    summary: str
    topics: list[str]
    reviewed: dt.date
    recheck_by: dt.date | None
    sources: list[dict]
    questions: list[dict]
    blocks: list[dict]
    body: str


def _date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"{what} {value!r} is not a date (YYYY-MM-DD)") from exc


def parse_content(text: str, *, path: Path) -> ContentFile:
    try:
        return _parse(text, path)
    except (ValueError, TypeError, KeyError, yaml.YAMLError) as exc:
        raise ContentError(f"{path.name}: {exc}") from exc


def _parse(text: str, path: Path) -> ContentFile:
    text = text.replace("\r\n", "\n")
    if not text.startswith("---\n"):
        raise ValueError("must start with a '---' line opening the YAML front matter")
    end = text.find("\n---\n", 4)
    if end < 0:
        raise ValueError("the YAML front matter is not closed by a '---' line")
    meta = yaml.safe_load(text[4:end])
    body = text[end + 5 :].strip()
    if not isinstance(meta, dict):
        raise ValueError("the front matter must be a YAML mapping")
    missing = [k for k in REQUIRED if k not in meta]
    unknown = [k for k in meta if k not in REQUIRED + OPTIONAL]
    if missing:
        raise ValueError(f"missing key(s): {', '.join(missing)}")
    if unknown:
        raise ValueError(f"unknown key(s): {', '.join(map(str, unknown))}")
    if not body:
        raise ValueError("the Markdown body is empty")
    for key in ("slug", "title", "summary"):
        if not isinstance(meta[key], str) or not meta[key].strip():
            raise ValueError(f"'{key}' must be non-empty text")
    if meta["slug"] != path.stem:
        raise ValueError(f"slug {meta['slug']!r} differs from the file name {path.stem!r}")
    topics = meta["topics"]
    if not isinstance(topics, list) or not topics or not all(isinstance(t, str) for t in topics):
        raise ValueError("'topics' must be a non-empty list of topic slugs")
    sources = []
    for i, s in enumerate(meta["sources"] or []):
        if not isinstance(s, dict) or set(s) != {"title", "url", "accessed"}:
            raise ValueError(f"source {i + 1} needs exactly title, url and accessed")
        if not str(s["url"]).startswith("https://"):
            raise ValueError(f"source {i + 1} url must start with https://")
        sources.append({**s, "accessed": _date(s["accessed"], f"source {i + 1} accessed")})
    if not sources:
        raise ValueError("at least one source is required")
    questions = meta["questions"] or []
    general = [q for q in questions if isinstance(q, dict) and "condition" not in q]
    if len(general) < MIN_GENERAL_QUESTIONS or len(questions) > MAX_QUESTIONS:
        raise ValueError(
            f"{MIN_GENERAL_QUESTIONS}+ questions without a condition and at most "
            f"{MAX_QUESTIONS} in all are required, found {len(general)} of {len(questions)}"
        )
    for i, q in enumerate(questions):
        if not isinstance(q, dict) or "text" not in q or set(q) - {"text", "condition"}:
            raise ValueError(f"question {i + 1} needs 'text' and optionally 'condition'")
        if "condition" in q:
            _check(q["condition"], f"question {i + 1}")
    blocks = meta.get("blocks") or []
    for i, b in enumerate(blocks):
        if not isinstance(b, dict) or set(b) != {"condition", "body"}:
            raise ValueError(f"block {i + 1} needs exactly 'condition' and 'body'")
        _check(b["condition"], f"block {i + 1}")
    return ContentFile(
        path=path,
        slug=meta["slug"],
        title=meta["title"].strip(),
        summary=meta["summary"].strip(),
        topics=[t.strip().lower() for t in topics],
        reviewed=_date(meta["reviewed"], "reviewed"),
        recheck_by=_date(meta["recheck_by"], "recheck_by") if meta.get("recheck_by") else None,
        sources=sources,
        questions=questions,
        blocks=blocks,
        body=body,
    )


def _check(condition: Any, where: str) -> None:
    try:
        validate_condition(condition)
    except ConditionError as exc:
        raise ValueError(f"{where}: {exc}") from exc


def read_content_dir(directory: Path) -> list[ContentFile]:
    files = [parse_content(p.read_text("utf-8"), path=p) for p in sorted(directory.glob("*.md"))]
    slugs = [f.slug for f in files]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    if dupes:
        raise ContentError(f"duplicate slug(s): {', '.join(sorted(dupes))}")
    return files


def _unchanged(answer: Answer, c: ContentFile) -> bool:
    return (
        (answer.title, answer.summary, answer.body.strip(), answer.last_reviewed)
        == (c.title, c.summary, c.body, c.reviewed)
        and answer.recheck_by == c.recheck_by
        and sorted(t.slug for t in answer.topics.all()) == sorted(c.topics)
        and [(s.title, s.url, s.accessed) for s in answer.sources.all()]
        == [(s["title"], s["url"], s["accessed"]) for s in c.sources]
        and [(q.text, q.condition or None) for q in answer.questions.all()]
        == [(q["text"].strip(), q.get("condition") or None) for q in c.questions]
        and [(b.condition, b.body) for b in answer.blocks.all()]
        == [(b["condition"], b["body"]) for b in c.blocks]
    )


def load_content(*, directory: Path, author: Any, reviewer: Any, stdout: Any = None) -> int:
    """Create or update every answer in `directory` and publish it; returns the count."""
    files = read_content_dir(directory)  # all validated before any write
    count = 0
    for c in files:
        fields = {
            "title": c.title,
            "summary": c.summary,
            "body": c.body,
            "topics": c.topics,
            "sources": c.sources,
            "questions": c.questions,
            "blocks": c.blocks,
        }
        with transaction.atomic():
            answer = Answer.objects.filter(slug=c.slug).first()
            if answer is None:
                answer = services.answer_create(
                    author=author, slug=c.slug, recheck_by=c.recheck_by, **fields
                )
            elif answer.status == Status.ARCHIVED:
                # A moderator retired it; demo seeding does not overrule that.
                if stdout is not None:
                    stdout.write(f"  {c.slug}: archived, left alone")
                continue
            elif _unchanged(answer, c):
                pass
            elif answer.status == Status.PUBLISHED:
                if selectors.pending_revision(answer=answer) is not None:
                    # A moderator's revision is in review; seeding does not overrule it.
                    if stdout is not None:
                        stdout.write(f"  {c.slug}: a revision is in review, left alone")
                    count += 1
                    continue
                # Published text changes only through a revision and a second person's
                # approval, here as in the admin; the file's date is the day it was reviewed.
                revision = revisions.answer_revise(
                    answer=answer,
                    by=author,
                    recheck_by=c.recheck_by,
                    allow_unchanged=True,  # only the review date moved: a re-review
                    note=f"content file {c.path.name}",
                    **fields,
                )
                answer = revisions.revision_approve(
                    revision=revision, moderator=reviewer, reviewed_on=c.reviewed
                )
            else:
                answer = services.answer_update(
                    answer=answer, by=author, recheck_by=c.recheck_by, **fields
                )
            if answer.status == Status.DRAFT:
                answer = services.answer_submit(answer=answer, by=author)
            if answer.status == Status.IN_REVIEW:
                if answer.reviewer_id is None:
                    answer = services.answer_approve(
                        answer=answer, moderator=reviewer, reviewed_on=c.reviewed
                    )
                answer = services.answer_publish(answer=answer, moderator=reviewer)
        count += 1
    return count


def seed(*, stdout) -> int:
    from django.contrib.auth import get_user_model

    # The user model through Django, not portal.accounts: apps do not import the project.
    User = get_user_model()
    users = {u.email: u for u in User.objects.filter(email__in=[DEMO_AUTHOR, DEMO_REVIEWER])}
    if len(users) != 2:
        raise ValidationError(f"Demo users {DEMO_AUTHOR} and {DEMO_REVIEWER} must exist first.")
    return load_content(
        directory=CONTENT_DIR,
        author=users[DEMO_AUTHOR],
        reviewer=users[DEMO_REVIEWER],
        stdout=stdout,
    )
