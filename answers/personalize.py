"""Turn a general answer plus a patient's profile into "what your records show".

Rule: a personalized sentence never states more than its evidence. Every finding
shown names its report, date and page, quotes the report's sentence and says
whether the patient has confirmed it; equivocal and pending results are said so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from django.utils.safestring import SafeString

from answers.conditions import CONDITION_GENES, class_drugs, evaluate
from answers.drivers import DRIVER_GENES, driver_positive
from answers.markdown import render_markdown
from answers.models import TESTING_TOPICS, Answer, TopicKind
from biomarkers.vocabulary import UNCLEAR, FindingKind, gene_name, how_words, tnm_text

# Biomarkers guidelines ask to test in non-small cell lung cancer (NCCN / ASCO-CAP): every
# gene content may name (answers.drivers.CONDITION_GENES: the engine's genes and NRG1), asked
# about in display order with PD-L1, the one score, last.
GUIDELINE_BIOMARKERS = (*(g for g in CONDITION_GENES if g != "PD-L1"), "PD-L1")
CONFIRMATION_WORDS = {
    "confirmed": "You confirmed this.",
    "corrected": "You corrected this reading.",
    "unconfirmed": "Read automatically from your report and not yet checked by you.",
}


@dataclass(frozen=True)
class FindingView:
    """One profile fact as an answer page shows it (not biomarkers.models.Finding)."""

    key: str  # "histology", "stage", "ALK", "treatment:osimertinib"
    kind: str
    gene: str | None
    status: str | None
    text: str  # the plain-words sentence
    quote: str  # the report's own sentence
    record_name: str
    report_date: str  # ISO date
    page: int
    confirmation: str
    confirmation_text: str
    record_id: str
    finding_id: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RenderedBlock:
    body_html: SafeString
    condition: dict


@dataclass(frozen=True)
class MissingTest:
    gene: str
    text: str


@dataclass(frozen=True)
class ConflictView:
    key: str
    text: str
    reports: list[FindingView]


@dataclass
class Personalized:
    has_records: bool
    findings: list[FindingView] = field(default_factory=list)
    blocks: list[RenderedBlock] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    missing_tests: list[MissingTest] = field(default_factory=list)
    conflicts: list[ConflictView] = field(default_factory=list)
    suggested: list[Answer] = field(default_factory=list)
    disclaimer: str = (
        "General information, not medical advice. "
        "Decisions about your care belong with you and your oncology team."
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "has_records": self.has_records,
            "findings": [f.to_dict() for f in self.findings],
            "blocks": [{"html": str(b.body_html), "condition": b.condition} for b in self.blocks],
            "questions": list(self.questions),
            "missing_tests": [asdict(m) for m in self.missing_tests],
            "conflicts": [
                {"key": c.key, "text": c.text, "reports": [r.to_dict() for r in c.reports]}
                for c in self.conflicts
            ],
            "suggested": [{"slug": a.slug, "title": a.title} for a in self.suggested],
            "disclaimer": self.disclaimer,
        }


# --- wording ------------------------------------------------------------------------


def _day(fact: Any) -> Any:
    """The date the report states, else the day it was uploaded (None if neither)."""
    stated = getattr(fact, "stated_date", None)
    return stated or (fact.report_date.date() if fact.report_date else None)


def _date(dt: Any) -> str:
    return f"{dt.day} {dt:%B %Y}" if dt else "an unknown date"


def _variant_phrase(gene: str, variant: str) -> str:
    # "EML4-ALK" names a fusion; anything else is reported as the lab's own name.
    if "-" in variant and variant.upper().endswith(gene.upper()):
        return f"{variant} fusion"
    return variant


def _article(word: str) -> str:
    # Gene names are read letter by letter: "an EML4-ALK", "a KIF5B-RET".
    return "an" if word[:1].upper() in "AEFHILMNORSX" else "a"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _what(fact: Any) -> str:
    """What the report says, in plain words and no more."""
    value = fact.value or {}
    if fact.kind == FindingKind.HISTOLOGY:
        return f"describes the cancer as {value.get('histology')}"
    if fact.kind == FindingKind.STAGE:
        tnm = tnm_text(value)
        if value.get("group"):
            # The TNM letters too: a block about M1a rests on the report saying M1a.
            return f"gives the stage as {value['group']}" + (f" ({tnm})" if tnm else "")
        return f"gives the TNM stage as {tnm}" if tnm else "mentions the stage"
    if fact.kind == FindingKind.TREATMENT:
        return f"lists {value.get('drug')} among your treatments"
    gene = gene_name(fact.gene)
    if fact.status == UNCLEAR:
        return (
            f"mentions a {gene} result that we could not read for sure — ask your team what it says"
        )
    alteration = getattr(fact, "alteration", None)
    if alteration in ("expression", "amplification") and fact.gene != "PD-L1":
        # Never worded as a gene change: this is not the mutation targeted drugs are for.
        how = how_words(getattr(fact, "method", None), alteration)
        if fact.status in ("positive", "negative"):
            return f"shows a {fact.status} {gene} result for {how}"
    if fact.status == "pending":
        return f"says the {gene} result was not back yet (pending)"
    if fact.status == "equivocal":
        return f"says the {gene} result was unclear (equivocal)"
    if fact.kind == FindingKind.PDL1 or fact.gene == "PD-L1":
        tps = value.get("tps")
        if tps is not None:
            score = "less than 1%" if float(tps) < 1 else f"{tps:g}%"
            return f"shows a PD-L1 tumor proportion score of {score}"
    if fact.status == "negative":
        return f"shows no {gene} change was found (negative)"
    if fact.status == "positive":
        variants = [_variant_phrase(fact.gene or "", v) for v in fact.variants or ()]
        if len(variants) == 1 and variants[0].endswith(" fusion"):
            return f"shows {_article(variants[0])} {variants[0]}"
        if variants:
            return f"shows a positive {gene} result ({_join(variants)})"
        return f"shows a positive {gene} result"
    return f"mentions a {gene} result"


def _finding(key: str, fact: Any) -> FindingView:
    text = (
        f'Your report "{fact.record_name}" of {_date(_day(fact))} {_what(fact)} (page {fact.page}).'
    )
    return FindingView(
        key=key,
        kind=fact.kind,
        gene=fact.gene,
        status=fact.status,
        text=text,
        quote=fact.sentence,
        record_name=fact.record_name,
        report_date=_day(fact).isoformat() if _day(fact) else "",
        page=fact.page,
        confirmation=fact.confirmation,
        confirmation_text=CONFIRMATION_WORDS.get(fact.confirmation, ""),
        record_id=str(fact.record_id),
        finding_id=str(fact.finding_id),
    )


# --- relevance ----------------------------------------------------------------------


def _condition_genes(cond: Any) -> set[str]:
    if isinstance(cond, dict):
        found = {cond["gene"]} if "gene" in cond else set()
        if "pdl1_band" in cond:
            found.add("PD-L1")
        if "driver" in cond:  # it rests on every driver result the records hold
            found.update(DRIVER_GENES)
        for sub in cond.get("any", []):
            found |= _condition_genes(sub)
        return found | _condition_genes(cond.get("not"))
    return set()


def _condition_uses(cond: Any, keys: set[str]) -> bool:
    if not isinstance(cond, dict):
        return False
    if keys & set(cond):
        return True
    subs = [*cond.get("any", []), cond.get("not")]
    return any(_condition_uses(sub, keys) for sub in subs)


def relevant_keys(answer: Answer) -> set[str]:
    """Profile keys this answer talks about: from its topics and its conditions."""
    keys: set[str] = set()
    for topic in answer.topics.all():
        if topic.kind == TopicKind.GENE and topic.gene:
            keys.add(topic.gene)
        elif topic.kind == TopicKind.STAGE:
            keys.add("stage")
        elif topic.kind == TopicKind.HISTOLOGY:
            keys.add("histology")
        elif topic.kind == TopicKind.TREATMENT:
            keys.add("treatments")
        elif topic.slug in TESTING_TOPICS:
            keys.update(CONDITION_GENES)
        elif topic.slug == "pathology":
            keys.update({"histology", "stage", *CONDITION_GENES})
    for part in [*answer.blocks.all(), *answer.questions.all()]:
        keys |= _condition_genes(part.condition)
        if _condition_uses(part.condition, {"stage_group", "stage_m"}):
            keys.add("stage")
    return keys


def missing_tests_for(profile: Any) -> list[MissingTest]:
    histology = (profile.histology.value or {}).get("histology") if profile.histology else None
    if histology == "small cell carcinoma":
        return []  # the guideline biomarker panel is for non-small cell lung cancer
    unclear = {f.gene for f in getattr(profile, "unclear", ())}
    return [
        MissingTest(
            gene=g,
            text=(
                f"We could not read your {gene_name(g)} result for sure: ask your team what "
                "it says."
                if g in unclear
                else f"Ask whether {gene_name(g)} was tested."
            ),
        )
        for g in GUIDELINE_BIOMARKERS
        if g not in profile.biomarkers
    ]


def _conflict_view(conflict: Any) -> ConflictView:
    label = {"histology": "the type of lung cancer", "stage": "the stage"}.get(
        conflict.key, f"the {gene_name(conflict.key)} result"
    )
    reports = [_finding(conflict.key, f) for f in conflict.facts]
    text = (
        f"Reports of the same date do not agree about {label}. The one uploaded last is used "
        "above; ask your care team which result is right."
    )
    return ConflictView(key=conflict.key, text=text, reports=reports)


def suggest(
    profile: Any, candidates: Iterable[Answer], *, exclude: Answer | None = None, limit: int = 5
) -> list[Answer]:
    """Published answers ranked by how well their topics match the positive findings."""
    weights: dict[str, int] = {}
    # Expression or amplification results do not make targeted-therapy answers relevant.
    positive = [
        g
        for g, f in profile.biomarkers.items()
        if f.status == "positive"
        and (g == "PD-L1" or getattr(f, "alteration", None) in (None, "", "mutation", "fusion"))
    ]
    for gene in positive:
        weights[gene.lower()] = 3
    if driver_positive(profile):
        weights.setdefault("targeted-therapy", 1)
        weights.setdefault("resistance", 1)
    if "PD-L1" in positive:
        weights.setdefault("immunotherapy", 1)
    if profile.stage is not None:
        weights.setdefault("stage", 1)
    if not weights:
        return []
    scored = []
    for a in candidates:
        if exclude is not None and a.pk == exclude.pk:
            continue
        score = sum(weights.get(t.slug, 0) for t in a.topics.all())
        if score:
            scored.append((-score, a.title, a))
    return [a for _, _, a in sorted(scored, key=lambda s: (s[0], s[1]))[:limit]]


def question_text(text: str, condition: dict | None, profile: Any) -> str:
    """A question as this patient asks it: "{drug}" becomes their drug of the condition's
    class (the current one first: "What are the options if alectinib stops working?")."""
    if "{drug}" not in text:
        return text
    cond = condition or {}
    if "current_treatment_class" in cond:
        drugs = class_drugs(profile, cond["current_treatment_class"], current=True)
    elif "treatment_class" in cond:
        drugs = class_drugs(profile, cond["treatment_class"], current=False)
    else:
        drugs = [cond["treatment"]] if "treatment" in cond else []
    return text.replace("{drug}", drugs[0] if drugs else "this medicine")


def personalize(
    answer: Answer, profile: Any | None, *, candidates: Iterable[Answer] | None = None
) -> Personalized:
    """The personalized parts of one answer for one profile (None: nobody signed in)."""
    general_questions = [q.text for q in answer.questions.all() if not q.condition]
    if profile is None or not profile.has_records:
        return Personalized(has_records=False, questions=general_questions)

    keys = relevant_keys(answer)
    findings: list[FindingView] = []
    if "histology" in keys and profile.histology is not None:
        findings.append(_finding("histology", profile.histology))
    if "stage" in keys and profile.stage is not None:
        findings.append(_finding("stage", profile.stage))
    for gene, fact in profile.biomarkers.items():
        if gene in keys:
            findings.append(_finding(gene, fact))
    for fact in getattr(profile, "unclear", ()):
        if fact.gene in keys:  # shown as unclear, never as a status
            findings.append(_finding(fact.gene, fact))
    if "treatments" in keys:
        findings += [_finding(f"treatment:{t.value.get('drug')}", t) for t in profile.treatments]

    blocks = [
        RenderedBlock(body_html=render_markdown(b.body), condition=b.condition)
        for b in answer.blocks.all()
        if evaluate(b.condition, profile)
    ]
    questions = [
        question_text(q.text, q.condition, profile)
        for q in answer.questions.all()
        if evaluate(q.condition, profile)
    ]
    conflicts = [_conflict_view(c) for c in profile.conflicts if c.key in keys]
    if candidates is None:
        from answers.selectors import published_answers_with_topics

        candidates = published_answers_with_topics()
    return Personalized(
        has_records=True,
        findings=findings,
        blocks=blocks,
        questions=questions,
        missing_tests=missing_tests_for(profile),
        conflicts=conflicts,
        suggested=suggest(profile, candidates, exclude=answer),
    )
