"""Builders for answers tests: profiles straight from the biomarkers dataclasses, and answers
walked through the real moderation services."""

from __future__ import annotations

import datetime as dt
import uuid

from answers import services
from answers.models import Answer
from biomarkers.profile import Conflict, Profile, ProfileFact

REPORT_DATE = dt.datetime(2026, 3, 3, 10, 0, tzinfo=dt.UTC)

BODY = """## The short answer

ALK-positive means the cancer cells carry a change in a gene called ALK. Medicines exist that
block that change.

## What it is

A gene is a recipe for a protein.

## Why it matters

Your team chooses among the medicines.
"""


def fact(
    kind: str = "biomarker",
    *,
    gene: str | None = None,
    status: str | None = None,
    variants: tuple[str, ...] = (),
    value: dict | None = None,
    record_name: str = "pathology.pdf",
    page: int = 2,
    sentence: str = "",
    confirmation: str = "unconfirmed",
    report_date: dt.datetime = REPORT_DATE,
) -> ProfileFact:
    return ProfileFact(
        kind=kind,
        gene=gene,
        status=status,
        variants=tuple(variants),
        value=value or {},
        finding_id=uuid.uuid4(),
        record_id=uuid.uuid4(),
        record_name=record_name,
        report_date=report_date,
        page=page,
        sentence=sentence or f"{gene or kind} sentence.",
        confirmation=confirmation,
    )


def profile(
    *facts: ProfileFact,
    histology: str | None = None,
    stage_group: str | None = None,
    conflicts: list[Conflict] | None = None,
    has_records: bool = True,
) -> Profile:
    biomarkers = {f.gene: f for f in facts if f.kind in ("biomarker", "pdl1")}
    return Profile(
        has_records=has_records,
        histology=fact("histology", value={"histology": histology}) if histology else None,
        stage=fact("stage", value={"group": stage_group}) if stage_group else None,
        biomarkers=biomarkers,
        treatments=[f for f in facts if f.kind == "treatment"],
        conflicts=conflicts or [],
    )


def drug(name: str) -> ProfileFact:
    return fact("treatment", value={"drug": name}, sentence=f"Started {name}.")


def make_answer(
    author,
    *,
    slug: str = "alk-positive",
    title: str = "What does ALK positive mean?",
    summary: str = "ALK positive means a changed ALK gene.",
    body: str = BODY,
    topics=("alk", "biomarkers"),
    questions=None,
    blocks=None,
    publish_with=None,
) -> Answer:
    """A draft answer; published when `publish_with` (a second moderator) is given."""
    answer = services.answer_create(
        author=author,
        slug=slug,
        title=title,
        summary=summary,
        body=body,
        topics=topics,
        sources=[
            {
                "title": "NCI PDQ",
                "url": "https://www.cancer.gov/pdq",
                "accessed": dt.date(2026, 1, 5),
            }
        ],
        questions=questions
        if questions is not None
        else [
            {"text": "Which tests were done on my tumor?"},
            {"text": "Which ALK medicine do you suggest?", "condition": {"gene": "ALK"}},
        ],
        blocks=blocks
        if blocks is not None
        else [
            {"condition": {"gene": "ALK", "status": "positive"}, "body": "ALK POSITIVE BLOCK"},
            {"condition": {"gene": "ALK", "status": "negative"}, "body": "ALK NEGATIVE BLOCK"},
        ],
    )
    if publish_with is not None:
        services.answer_submit(answer=answer, by=author)
        services.answer_approve(answer=answer, moderator=publish_with)
        services.answer_publish(answer=answer, moderator=publish_with)
        answer.refresh_from_db()
    return answer


def revise(answer: Answer, by, **changes):
    """A revision of a published answer: its live content with `changes` applied."""
    from answers.revisions import answer_revise, answer_snapshot

    return answer_revise(answer=answer, by=by, **(answer_snapshot(answer) | changes))
