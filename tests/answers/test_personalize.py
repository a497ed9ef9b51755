"""personalize(): the findings shown, blocks, questions, missing tests, suggestions."""

from __future__ import annotations

import pytest

from answers.personalize import personalize
from biomarkers.profile import Conflict
from tests.answers.helpers import drug, fact, make_answer, profile

pytestmark = pytest.mark.django_db

EGFR_BLOCKS = [
    {"condition": {"gene": "EGFR"}, "body": "EGFR POSITIVE"},
    {"condition": {"gene": "EGFR", "variant": "T790M"}, "body": "T790M BLOCK"},
    {"condition": {"gene": "EGFR", "status": "negative"}, "body": "EGFR NEGATIVE"},
]
PDL1_BLOCKS = [
    {"condition": {"pdl1_band": ">=50"}, "body": "HIGH PDL1"},
    {"condition": {"pdl1_band": "1-49"}, "body": "MID PDL1"},
    {"condition": {"pdl1_band": "<1"}, "body": "LOW PDL1"},
]
ROS1_BLOCKS = [
    {"condition": {"gene": "ROS1"}, "body": "ROS1 POSITIVE"},
    {"condition": {"gene": "ROS1", "status": "pending"}, "body": "ROS1 PENDING"},
]


@pytest.fixture
def alk_answer(moderator, second_moderator):
    return make_answer(moderator, publish_with=second_moderator)


def _blocks(p):
    return " ".join(str(b.body_html) for b in p.blocks)


def test_alk_positive_eml4(alk_answer):
    alk = fact(
        gene="ALK",
        status="positive",
        variants=("EML4-ALK",),
        record_name="Molecular.pdf",
        sentence="EML4-ALK fusion detected.",
        confirmation="confirmed",
    )
    p = personalize(alk_answer, profile(alk, histology="adenocarcinoma"))
    assert p.has_records
    (finding,) = [f for f in p.findings if f.gene == "ALK"]
    assert finding.text == (
        'Your report "Molecular.pdf" of 3 March 2026 shows an EML4-ALK fusion (page 2).'
    )
    assert finding.quote == "EML4-ALK fusion detected."
    assert finding.confirmation == "confirmed"
    assert "ALK POSITIVE BLOCK" in _blocks(p) and "NEGATIVE" not in _blocks(p)
    assert "Which ALK medicine do you suggest?" in p.questions
    assert "Which tests were done on my tumor?" in p.questions
    assert "Ask whether ALK was tested." not in [m.text for m in p.missing_tests]
    assert "Ask whether EGFR was tested." in [m.text for m in p.missing_tests]
    assert "not medical advice" in p.disclaimer


def test_alk_negative_never_gets_positive_content(alk_answer):
    p = personalize(alk_answer, profile(fact(gene="ALK", status="negative")))
    assert "ALK POSITIVE BLOCK" not in _blocks(p)
    assert "ALK NEGATIVE BLOCK" in _blocks(p)
    assert "Which ALK medicine do you suggest?" not in p.questions
    (finding,) = p.findings
    assert "no ALK change was found (negative)" in finding.text
    assert "positive" not in finding.text


def test_egfr_l858r_and_t790m(moderator, second_moderator):
    answer = make_answer(
        moderator,
        slug="egfr",
        topics=["egfr", "targeted-therapy"],
        blocks=EGFR_BLOCKS,
        questions=[
            {"text": "Q1?"},
            {"text": "T790M?", "condition": {"gene": "EGFR", "variant": "T790M"}},
        ],
        publish_with=second_moderator,
    )
    egfr = fact(gene="EGFR", status="positive", variants=("L858R", "T790M"))
    p = personalize(answer, profile(egfr, drug("osimertinib")))
    texts = [f.text for f in p.findings]
    assert any("positive EGFR result (L858R and T790M)" in t for t in texts)
    assert any("lists osimertinib among your treatments" in t for t in texts)  # treatment topic
    assert "EGFR POSITIVE" in _blocks(p) and "T790M BLOCK" in _blocks(p)
    assert "EGFR NEGATIVE" not in _blocks(p)
    assert p.questions == ["Q1?", "T790M?"]


def test_pdl1_80(moderator, second_moderator):
    answer = make_answer(
        moderator,
        slug="pd-l1-score",
        topics=["pd-l1", "immunotherapy"],
        blocks=PDL1_BLOCKS,
        questions=[],
        publish_with=second_moderator,
    )
    pdl1 = fact("pdl1", gene="PD-L1", status="positive", value={"tps": 80, "clone": "22C3"})
    p = personalize(answer, profile(pdl1))
    assert _blocks(p).strip() == "<p>HIGH PDL1</p>"
    (finding,) = p.findings
    assert "shows a PD-L1 tumor proportion score of 80%" in finding.text
    assert finding.confirmation == "unconfirmed"
    assert "not yet checked" in finding.confirmation_text


def test_pending_ros1(moderator, second_moderator):
    answer = make_answer(
        moderator, slug="ros1", topics=["ros1"], blocks=ROS1_BLOCKS, publish_with=second_moderator
    )
    p = personalize(answer, profile(fact(gene="ROS1", status="pending")))
    (finding,) = p.findings
    assert "the ROS1 result was not back yet (pending)" in finding.text
    assert "ROS1 PENDING" in _blocks(p) and "ROS1 POSITIVE" not in _blocks(p)
    # A pending test is stated: no "ask whether it was tested".
    assert "ROS1" not in [m.gene for m in p.missing_tests]


def test_equivocal_wording(alk_answer):
    p = personalize(alk_answer, profile(fact(gene="ALK", status="equivocal")))
    assert "the ALK result was unclear (equivocal)" in p.findings[0].text
    assert not p.blocks


def test_no_records_sees_general_answer_only(alk_answer):
    for prof in (None, profile(has_records=False)):
        p = personalize(alk_answer, prof)
        assert not p.has_records
        assert p.findings == [] and p.blocks == [] and p.missing_tests == []
        assert p.questions == ["Which tests were done on my tumor?"]


def test_small_cell_gets_no_nsclc_missing_tests(alk_answer):
    p = personalize(alk_answer, profile(histology="small cell carcinoma"))
    assert p.missing_tests == []
    p = personalize(alk_answer, profile(histology="squamous cell carcinoma"))
    assert len(p.missing_tests) == 11  # squamous: ask anyway (NRG1 included)


def test_findings_limited_to_the_answers_topics(alk_answer, moderator, second_moderator):
    stage_answer = make_answer(
        moderator,
        slug="stage",
        topics=["stage"],
        blocks=[],
        questions=[],
        publish_with=second_moderator,
    )
    prof = profile(fact(gene="ALK", status="positive"), stage_group="IVA")
    p = personalize(stage_answer, prof)
    assert [f.key for f in p.findings] == ["stage"]
    assert "gives the stage as IVA" in p.findings[0].text


def test_conflicts_shown_when_relevant(alk_answer):
    old = fact(gene="ALK", status="negative", record_name="old.pdf")
    new = fact(gene="ALK", status="positive", record_name="new.pdf")
    prof = profile(
        new,
        conflicts=[Conflict(key="ALK", facts=[new, old]), Conflict(key="stage", facts=[new, old])],
    )
    p = personalize(alk_answer, prof)
    assert [c.key for c in p.conflicts] == ["ALK"]
    assert "same date do not agree about the ALK result" in p.conflicts[0].text
    assert [r.record_name for r in p.conflicts[0].reports] == ["new.pdf", "old.pdf"]


def test_suggested_ranks_alk_and_resistance_first(moderator, second_moderator):
    current = make_answer(
        moderator, slug="what-stage-means", topics=["stage"], publish_with=second_moderator
    )
    alk = make_answer(
        moderator, slug="alk-positive", topics=["alk", "biomarkers"], publish_with=second_moderator
    )
    stops = make_answer(
        moderator,
        slug="targeted-drug-stops-working",
        title="Stops working?",
        topics=["resistance", "targeted-therapy", "alk", "egfr"],
        publish_with=second_moderator,
    )
    make_answer(
        moderator,
        slug="pd-l1-score",
        title="PD-L1?",
        topics=["pd-l1"],
        publish_with=second_moderator,
    )
    make_answer(moderator, slug="kras", title="KRAS?", topics=["kras"])  # draft: never suggested
    p = personalize(current, profile(fact(gene="ALK", status="positive")))
    assert [a.slug for a in p.suggested] == [stops.slug, alk.slug]
    assert current not in p.suggested
