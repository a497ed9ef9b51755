"""The ``driver`` and ``stage_m`` condition keys, and the content blocks that use them."""

from __future__ import annotations

import pytest

from answers import services
from answers.conditions import ConditionError, evaluate, validate_condition
from answers.content_loader import CONTENT_DIR, parse_content
from answers.drivers import DRIVER_GENES
from answers.personalize import missing_tests_for, personalize
from tests.answers.helpers import fact, profile

PDL1_HIGH = fact("pdl1", gene="PD-L1", status="positive", value={"tps": 80})
DRIVER_FACTS = {
    "EGFR": fact(gene="EGFR", status="positive", variants=("L858R",)),
    "ALK": fact(gene="ALK", status="positive", variants=("EML4-ALK",)),
    "ROS1": fact(gene="ROS1", status="positive", variants=("CD74-ROS1",)),
    "RET": fact(gene="RET", status="positive", variants=("KIF5B-RET",)),
    "BRAF": fact(gene="BRAF", status="positive", variants=("V600E",)),
    "MET": fact(gene="MET", status="positive", variants=("exon 14 skipping",)),
    "NTRK": fact(gene="NTRK", status="positive", variants=("ETV6-NTRK3",)),
    "ERBB2": fact(gene="ERBB2", status="positive", variants=("exon 20 insertion",)),
    "KRAS G12C": fact(gene="KRAS", status="positive", variants=("G12C",)),
    "NRG1": fact(gene="NRG1", status="positive", variants=("CD74-NRG1",)),
}
NOT_DRIVERS = {
    "KRAS G12D": fact(gene="KRAS", status="positive", variants=("G12D",)),
    "KRAS, no variant": fact(gene="KRAS", status="positive"),
    "EGFR negative": fact(gene="EGFR", status="negative"),
    "ALK pending": fact(gene="ALK", status="pending"),
    "PD-L1 only": PDL1_HIGH,
}


def _stage(m: str | None, group: str | None = "IVA"):
    p = profile(stage_group=group)
    p.stage = fact("stage", value={"group": group, "t": "T2a", "n": "N0", "m": m})
    return p


def test_the_driver_set_is_the_issues_list():
    assert set(DRIVER_GENES) == {
        "EGFR", "ALK", "ROS1", "RET", "BRAF", "MET", "NTRK", "ERBB2", "KRAS", "NRG1",
    }  # fmt: skip


@pytest.mark.parametrize("name", DRIVER_FACTS)
def test_each_positive_driver_counts(name):
    p = profile(DRIVER_FACTS[name], PDL1_HIGH)
    assert evaluate({"driver": True}, p) is True
    assert evaluate({"driver": False}, p) is False


@pytest.mark.parametrize("name", NOT_DRIVERS)
def test_not_a_driver(name):
    p = profile(NOT_DRIVERS[name])
    assert evaluate({"driver": True}, p) is False
    assert evaluate({"driver": False}, p) is True


def test_kras_variant_is_read_as_the_lab_writes_it():
    assert evaluate(
        {"driver": True}, profile(fact(gene="KRAS", status="positive", variants=("p.G12C",)))
    )
    assert evaluate(
        {"driver": True}, profile(fact(gene="KRAS", status="positive", variants=("g12c",)))
    )


@pytest.mark.parametrize(
    ("m", "cond", "expected"),
    [
        ("M1a", {"stage_m": "M1a"}, True),
        ("M1a", {"stage_m": "M1b"}, False),
        ("M1b", {"stage_m": ["M1a", "M1b"]}, True),
        ("M1c", {"stage_m": ["M1a", "M1b"]}, False),
        ("M1", {"stage_m": ["M1a", "M1b", "M1c"]}, False),  # bare M1: no sub-category assumed
        (None, {"stage_m": "M1a"}, False),
        ("M0", {"stage_m": "M0"}, True),
    ],
)
def test_stage_m_matches_exactly_what_the_report_states(m, cond, expected):
    assert evaluate(cond, _stage(m)) is expected


@pytest.mark.parametrize(
    ("cond", "message"),
    [
        ({"stage_m": "M1d"}, "unknown stage_m"),
        ({"stage_m": "m1a"}, "unknown stage_m"),
        ({"stage_m": []}, "unknown stage_m"),
        ({"stage_m": ["M1a", "M2"]}, "unknown stage_m"),
        ({"stage_m": 1}, "unknown stage_m"),
        ({"driver": "yes"}, "'driver' must be true or false"),
        ({"driver": 1}, "'driver' must be true or false"),
        ({"drivers": True}, "unknown key"),
        ({"stage-m": "M1a"}, "unknown key"),
        ({"any": [{"driver": "true"}]}, "any[0]"),
        ({"gene": "NRG"}, "unknown gene"),
    ],
)
def test_typos_in_the_new_keys_are_refused(cond, message):
    with pytest.raises(ConditionError, match="Invalid condition") as info:
        validate_condition(cond)
    assert message in str(info.value)


def test_nrg1_is_a_gene_content_may_name():
    validate_condition({"gene": "NRG1", "status": "positive"})
    assert evaluate({"gene": "NRG1"}, profile(DRIVER_FACTS["NRG1"]))


def test_nrg1_is_in_the_not_yet_tested_check():
    genes = [m.gene for m in missing_tests_for(profile(histology="adenocarcinoma"))]
    assert "NRG1" in genes
    genes = [m.gene for m in missing_tests_for(profile(DRIVER_FACTS["NRG1"]))]
    assert "NRG1" not in genes


# --- The real content files ---------------------------------------------------------------


@pytest.fixture
def content_answer(moderator):
    def load(slug: str):
        c = parse_content(
            (CONTENT_DIR / f"{slug}.md").read_text("utf-8"), path=CONTENT_DIR / f"{slug}.md"
        )
        return services.answer_create(
            author=moderator,
            slug=c.slug,
            title=c.title,
            summary=c.summary,
            body=c.body,
            topics=c.topics,
            sources=c.sources,
            questions=c.questions,
            blocks=c.blocks,
        )

    return load


def _shown(p) -> str:
    return " ".join(str(b.body_html) for b in p.blocks)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("m", "says", "never"),
    [
        ("M1a", "fluid with cancer cells around the lung or the heart", "M1b"),
        ("M1b", "a single spot of cancer outside the chest", "M1a"),
        ("M1c", "several spots of cancer outside the chest", "M1b"),
    ],
)
def test_stage_iv_block_says_what_the_m_category_means(content_answer, m, says, never):
    answer = content_answer("what-stage-means")
    p = personalize(answer, _stage(m), candidates=[])
    shown = _shown(p)
    assert says in shown and f"M category {m}" in shown
    assert never not in shown
    assert "beyond the chest" not in shown
    # It rests on the report: the stage finding names the report, its page and the M1 value.
    (stage,) = [f for f in p.findings if f.key == "stage"]
    assert m in stage.text and "(page 2)" in stage.text


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["IVA", "IV"])
def test_stage_iv_without_an_m_category_says_the_report_decides(content_answer, group):
    p = personalize(content_answer("what-stage-means"), _stage(None, group=group), candidates=[])
    shown = _shown(p)
    assert "The M category (M1a, M1b or M1c) says which one" in shown
    assert "beyond the chest" not in shown and "M category M1" not in shown


@pytest.mark.django_db
def test_no_content_block_says_stage_iv_is_spread_beyond_the_chest():
    for path in CONTENT_DIR.glob("*.md"):
        for block in parse_content(path.read_text("utf-8"), path=path).blocks:
            assert "beyond the chest" not in block["body"], path.name


ALONE = "immunotherapy alone"


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["pd-l1-score", "what-is-immunotherapy"])
@pytest.mark.parametrize("name", DRIVER_FACTS)
def test_pdl1_high_with_any_driver_never_offers_immunotherapy_alone(content_answer, slug, name):
    p = personalize(content_answer(slug), profile(DRIVER_FACTS[name], PDL1_HIGH), candidates=[])
    assert "positive driver gene result" in _shown(p)
    assert "no positive driver gene result" not in _shown(p)
    assert [q for q in p.questions if ALONE in q.lower()] == []
    # The block rests on the driver's own finding, shown with its report and page.
    assert DRIVER_FACTS[name].gene in [f.gene for f in p.findings]


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["KRAS G12D", "EGFR negative"])
def test_pdl1_high_without_a_driver_keeps_the_immunotherapy_question(content_answer, name):
    p = personalize(
        content_answer("pd-l1-score"), profile(NOT_DRIVERS[name], PDL1_HIGH), candidates=[]
    )
    assert any("immunotherapy alone or combined" in q for q in p.questions)
    assert "no positive driver gene result" in _shown(p)
    assert "also a positive driver gene result" not in _shown(p)
