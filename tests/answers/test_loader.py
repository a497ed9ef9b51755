"""answers/content_loader.py: loading YAML-front-matter content files idempotently."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from answers.content_loader import CONTENT_DIR, ContentError, load_content, read_content_dir
from answers.models import Answer, ModerationEvent, Status

pytestmark = pytest.mark.django_db

GOOD = """---
slug: {slug}
title: What does ALK positive mean in lung cancer?
summary: One or two plain sentences.
topics: [alk, biomarkers, targeted-therapy]
reviewed: 2026-11-01
sources:
  - title: "NCCN Guidelines for Patients"
    url: "https://www.nccn.org/patients/x.pdf"
    accessed: 2026-11-01
questions:
  - {{text: "Which biomarker tests were done on my tumor?"}}
  - {{text: "Are any results still to come?"}}
  - {{text: "Which side effects mean I should call at once?"}}
  - {{text: "Who do I call between visits?"}}
  - text: "Which ALK inhibitor do you suggest for me, and why?"
    condition: {{gene: ALK, status: positive}}
  - {{text: "When will the ALK result be back?", condition: {{gene: ALK, status: pending}}}}
blocks:
  - {{condition: {condition}, body: "Your records show an ALK change."}}
  - {{condition: {{gene: ALK, status: pending}}, body: "Your ALK test is still pending."}}
---
## The short answer

ALK-positive means the cancer cells carry a change in a gene called ALK. {extra}

## What it is

A gene is a recipe.
"""


def write(
    tmp_path: Path, slug: str = "alk-positive", condition: str = "{gene: ALK}", extra: str = ""
) -> Path:
    path = tmp_path / f"{slug}.md"
    path.write_text(GOOD.format(slug=slug, condition=condition, extra=extra), encoding="utf-8")
    return path


def test_good_file_loads_published_and_idempotent(tmp_path, moderator, second_moderator):
    write(tmp_path)
    assert load_content(directory=tmp_path, author=moderator, reviewer=second_moderator) == 1
    answer = Answer.objects.get(slug="alk-positive")
    assert answer.status == Status.PUBLISHED
    assert answer.author == moderator and answer.reviewer == second_moderator
    assert answer.questions.count() == 6 and answer.blocks.count() == 2
    assert answer.sources.get().accessed.isoformat() == "2026-11-01"
    assert answer.last_reviewed.isoformat() == "2026-11-01"
    assert sorted(answer.topics.values_list("slug", flat=True)) == [
        "alk",
        "biomarkers",
        "targeted-therapy",
    ]
    versions, events = answer.history.count(), ModerationEvent.objects.count()

    load_content(directory=tmp_path, author=moderator, reviewer=second_moderator)
    assert Answer.objects.count() == 1
    assert answer.history.count() == versions  # unchanged file: no new version
    assert ModerationEvent.objects.count() == events

    write(tmp_path, extra="Medicines exist that block it.")
    load_content(directory=tmp_path, author=moderator, reviewer=second_moderator)
    answer.refresh_from_db()
    assert "Medicines exist" in answer.body
    assert answer.status == Status.PUBLISHED
    assert answer.history.count() > versions  # the old version is kept
    assert Answer.objects.count() == 1


def test_bad_condition_is_a_clear_error_and_nothing_is_written(
    tmp_path, moderator, second_moderator
):
    write(tmp_path)
    load_content(directory=tmp_path, author=moderator, reviewer=second_moderator)
    write(tmp_path, extra="Changed.")
    write(tmp_path, slug="bad-one", condition="{gene: ALK, status: postive}")
    with pytest.raises(ContentError) as info:
        load_content(directory=tmp_path, author=moderator, reviewer=second_moderator)
    message = str(info.value)
    assert (
        "bad-one.md" in message and "block 1" in message and "unknown status 'postive'" in message
    )
    assert not Answer.objects.filter(slug="bad-one").exists()
    assert "Changed." not in Answer.objects.get(slug="alk-positive").body


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter", "must start with"),
        ("---\nslug: x\n", "not closed"),
        ("---\nslug: x\n---\nbody", "missing key"),
        (
            GOOD.format(slug="x", condition="{gene: ALK}", extra="").replace(
                "topics:", "colour: blue\ntopics:"
            ),
            "unknown key(s): colour",
        ),
        (GOOD.format(slug="y", condition="{gene: ALK}", extra=""), "differs from the file name"),
        (
            GOOD.format(slug="x", condition="{gene: ALK}", extra="").replace(
                "https://www.nccn", "javascript://www.nccn"
            ),
            "https://",
        ),
        (
            # Every reader, signed in or not, gets at least four questions.
            GOOD.format(slug="x", condition="{gene: ALK}", extra="").replace(
                '  - {text: "Who do I call between visits?"}\n', ""
            ),
            "4+ questions without a condition",
        ),
        (
            GOOD.format(slug="x", condition="{gene: ALK}", extra="").replace(
                "sources:", "recheck_by: soon\nsources:"
            ),
            "recheck_by 'soon' is not a date",
        ),
    ],
)
def test_malformed_files(tmp_path, text, message):
    (tmp_path / "x.md").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=r"x\.md") as info:
        read_content_dir(tmp_path)
    assert message in str(info.value)


def test_real_content_parses_with_the_loader():
    files = read_content_dir(CONTENT_DIR)
    assert files, "answers/content/ has no *.md files"


def test_recheck_by_is_optional_and_read_as_a_date(tmp_path):
    path = write(tmp_path)
    assert read_content_dir(tmp_path)[0].recheck_by is None
    path.write_text(
        path.read_text("utf-8").replace("sources:", "recheck_by: 2027-01-31\nsources:"), "utf-8"
    )
    assert read_content_dir(tmp_path)[0].recheck_by.isoformat() == "2027-01-31"


def test_seed_demo_loads_every_content_file():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    call_command("seed_demo", stdout=StringIO())
    n = len(list(CONTENT_DIR.glob("*.md")))
    assert Answer.objects.filter(status=Status.PUBLISHED).count() == n
    assert f"answers.content_loader.seed: {n} item(s) in place" in out.getvalue()
    answer = Answer.objects.get(slug="alk-positive")
    assert answer.author.email == "moderator@demo.example"
    assert answer.reviewer.email == "reviewer@demo.example"
    assert answer.reading_grade is not None


def test_each_file_gives_its_own_review_date_and_recheck_date(
    tmp_path, moderator, second_moderator
):
    write(tmp_path)
    other = write(tmp_path, slug="other-answer")
    other.write_text(
        other.read_text("utf-8").replace(
            "reviewed: 2026-11-01", "reviewed: 2026-10-12\nrecheck_by: 2027-02-01"
        ),
        encoding="utf-8",
    )
    load_content(directory=tmp_path, author=moderator, reviewer=second_moderator)
    first, second = (Answer.objects.get(slug=s) for s in ("alk-positive", "other-answer"))
    assert first.last_reviewed.isoformat() == "2026-11-01" and first.recheck_by is None
    assert second.last_reviewed.isoformat() == "2026-10-12"
    assert second.recheck_by.isoformat() == "2027-02-01"


def test_bad_recheck_date_is_a_clear_error(tmp_path):
    path = write(tmp_path)
    path.write_text(
        path.read_text("utf-8").replace("reviewed:", "recheck_by: soon\nreviewed:"),
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"alk-positive\.md.*recheck_by 'soon' is not a date"):
        read_content_dir(tmp_path)


def test_changed_published_file_goes_through_a_second_persons_approval(
    tmp_path, moderator, second_moderator
):
    from answers.models import AnswerRevision

    write(tmp_path)
    load_content(directory=tmp_path, author=moderator, reviewer=second_moderator)
    path = write(tmp_path, extra="Medicines exist that block it.")
    path.write_text(
        path.read_text("utf-8").replace("reviewed: 2026-11-01", "reviewed: 2026-11-20"),
        encoding="utf-8",
    )
    load_content(directory=tmp_path, author=moderator, reviewer=second_moderator)
    answer = Answer.objects.get(slug="alk-positive")
    revision = AnswerRevision.objects.get(answer=answer)
    assert revision.editor == moderator and revision.decided_by == second_moderator
    assert "Medicines exist" in answer.body and answer.reviewer == second_moderator
    assert answer.last_reviewed.isoformat() == "2026-11-20"

    # Only the review date moves: a re-review of the same text, stamped with that date.
    path.write_text(
        path.read_text("utf-8").replace("reviewed: 2026-11-20", "reviewed: 2026-11-25"),
        encoding="utf-8",
    )
    load_content(directory=tmp_path, author=moderator, reviewer=second_moderator)
    answer.refresh_from_db()
    assert answer.last_reviewed.isoformat() == "2026-11-25"
