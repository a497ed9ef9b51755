"""Run the pipeline over a report's pages, collect Facts, and merge them per SCHEMA."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from . import dates, histology, kinds, ocr, pdl1, stage, statements, treatments
from .garbled import garbled_result_after
from .genes import gene_key
from .headed import headed_results
from .nlp import TARGETS, get_nlp
from .status import mentions, weak_negative
from .types import UNCLEAR, Evidence, Fact, Report

PAGE_SEP = "\n\n"
_KIND_CUES = {
    "pathology": r"surgical\s+pathology|pathology\s+report|final\s+diagnosis|gross\s+description|"
    r"microscopic\s+description|synoptic|specimen\s*:|accession|cytology\s+report",
    "molecular": r"genomic\s+profiling|next[- ]generation\s+sequencing|\bNGS\b|genes\s+assayed|"
    r"molecular\s+(?:pathology\s+)?report|tumor\s+mutational\s+burden|variant\s+allele|"
    r"genomic\s+findings|liquid\s+biopsy|reportable\s+alterations",
    "clinic_note": r"history\s+of\s+present\s+illness|assessment\s+and\s+plan|follow[- ]up\s+note|"
    r"progress\s+note|consult(?:ation)?\s+note|date\s+of\s+service|chief\s+complaint|"
    r"review\s+of\s+systems|return\s+to\s+clinic|oncology\s+(?:clinic|visit|note)",
}


def document_kind(text: str) -> str:
    head = text[:1500]
    scores = {}
    for kind, rx in _KIND_CUES.items():
        # The title block counts double: it says what the document is.
        scores[kind] = len(re.findall(rx, text, re.I)) + len(re.findall(rx, head, re.I))
    best = max(scores, key=scores.get)
    return best if scores[best] else "unknown"


class _Pages:
    """Maps offsets in the joined text back to (page, offset in that page)."""

    def __init__(self, pages: list[str]) -> None:
        self.pages = pages
        self.starts: list[int] = []
        pos = 0
        for p in pages:
            self.starts.append(pos)
            pos += len(p) + len(PAGE_SEP)
        # The NLP reads ``text``, OCR misreadings repaired (same length); evidence is quoted
        # from the pages as read.
        self.raw = PAGE_SEP.join(pages)
        self.text = ocr.repair(self.raw)

    def evidence(self, start: int, end: int) -> Evidence:
        raw = self.raw[start:end]
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        i = bisect.bisect_right(self.starts, start) - 1
        base = self.starts[i]
        end = min(end, base + len(self.pages[i]))
        local_start, local_end = start - base, end - base
        return Evidence(i + 1, self.pages[i][local_start:local_end], local_start, local_end)

    def of_span(self, span: Span) -> Evidence:
        return self.evidence(span.start_char, span.end_char)


def _sentence_at(doc: Doc, char: int) -> Span | None:
    while char < len(doc.text) - 1 and doc.text[char].isspace():
        char += 1
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    return tok[0].sent if tok is not None and len(tok) else None


def _targets_by_sentence(doc: Doc, sents: list[Span]) -> dict[int, list[Span]]:
    """Target spans grouped by sentence index, in text order (one sweep, not per sentence)."""
    starts = [s.start for s in sents]
    out: dict[int, list[Span]] = {}
    for span in sorted(doc.spans[TARGETS], key=lambda s: s.start):
        out.setdefault(bisect.bisect_right(starts, span.start) - 1, []).append(span)
    return out


def extract_text(pages: list[str], *, file: str = "") -> Report:
    """Run the NLP on already-read page texts."""
    pg = _Pages(list(pages))
    doc = get_nlp()(pg.text)
    kind = document_kind(pg.text)
    # Lab reports list drugs by the dozen; only receipt language makes one a treatment.
    strict = kind in {"molecular", "pathology"}
    facts: list[Fact] = []
    prior: list[Fact] = []
    sents = list(doc.sents)
    by_sent = _targets_by_sentence(doc, sents)
    for i, sent in enumerate(sents):
        ev = None
        ents = by_sent.get(i, [])
        # "Positive for ALK EML4-ALK rearrangement" names the gene twice: one sentence gives
        # one fact per gene and reading, with every variant it names.
        in_sentence: dict[tuple[str, str], Fact] = {}
        # Method, assay, background and literature sentences state no result of this
        # patient's, whatever result words they carry (statements.py).
        result_text = ents and statements.non_result_kind(sent.text) is None
        for gene, status, variant, ent in mentions(ents) if result_text else ():
            ev = ev or pg.of_span(sent)
            fact = in_sentence.get((gene, status))
            if fact is None:
                fact = in_sentence[(gene, status)] = Fact("biomarker", ev, gene=gene, status=status)
                _describe(fact, sent, ent)
                facts.append(fact)
            if variant and status == "positive" and variant not in fact.variants:
                fact.variants.append(variant)
                fact.alteration = fact.alteration or kinds.alteration_of_variant(variant)
            elif variant and status == "negative":
                # A variant ruled out ("T790M not detected") says nothing of the gene's
                # other variants: it never contradicts a positive finding.
                fact.value.setdefault("about", []).append(variant)
        if result_text:
            facts += _garbled(pg, sent, ents, {g for g, _ in in_sentence})
        for ent in ents:
            if ent.label_ == "PDL1" and result_text:
                res = pdl1.read(ent, sents[i + 1] if i + 1 < len(sents) else None)
                if res:
                    facts.append(
                        Fact(
                            "pdl1",
                            pg.of_span(sent),
                            gene="PD-L1",
                            status=res["status"],
                            value={"tps": res["tps"], "clone": res["clone"]},
                        )
                    )
            elif ent.label_ == "HISTOLOGY" and histology.usable(ent):
                name = histology.classify(ent.text)
                if name:
                    # Where it was said ranks it: the final diagnosis over a comment, the
                    # frozen section or an outside diagnosis (histology.said_in).
                    value = {"histology": name, "said_in": histology.said_in(ent)}
                    fact = Fact("histology", pg.of_span(sent), value=value)
                    # An outside or earlier diagnosis goes last: the report's own comes first.
                    (prior if histology.is_prior(ent) else facts).append(fact)
        drugs = [ent for ent in ents if ent.label_ == "DRUG"]
        for ent, given in zip(
            drugs, treatments.received_in_sentence(drugs, strict=strict), strict=True
        ):
            drug = treatments.generic(ent.text) if given else None
            if drug:
                facts.append(Fact("treatment", pg.of_span(sent), value={"drug": drug}))
    facts += prior
    facts += _headed_facts(pg, facts)
    _abstain_on_conflicts(facts)
    st, spans = stage.find(pg.text, "p" if kind == "pathology" else "c")
    if st:
        seen: set[int] = set()
        for s, e in spans:
            sent = _sentence_at(doc, s)
            key = sent.start if sent is not None else -s
            if key not in seen:
                seen.add(key)
                where = pg.of_span(sent) if sent is not None else pg.evidence(s, e)
                facts.append(Fact("stage", where, value=st))
    # The date the report states for itself (dates.py); to_schema leaves it out.
    facts += filter(None, [dates.report_date_fact(pg.text, pg.evidence)])
    return Report(file=file, pages=pg.pages, document_kind=kind, facts=facts)


# "No other clinically significant variants were detected in EGFR, KRAS": a negative that
# leaves the variants named elsewhere standing.
_OTHER = re.compile(r"\b(?:no|without)\s+(?:other|additional|further)\b", re.I)


# "An EGFR T790M resistance mutation, not seen in January 2025, is now detected": a negative
# told as an earlier state is history, not a contradiction of today's result.
_TIME_COURSE = re.compile(
    r"\b(?:previously|at\s+baseline|at\s+diagnosis|no\s+longer|is\s+now|are\s+now|"
    r"earlier|prior\s+(?:test|testing|sample|specimen|biopsy)|"
    r"in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})\b",
    re.I,
)


def _describe(fact: Fact, sent: Span, ent: Span) -> None:
    """The fact's alteration kind and method, from the words around its gene."""
    _kind_and_method(
        fact, sent.text, (ent.start_char - sent.start_char, ent.end_char - sent.start_char)
    )
    if fact.status == "negative" and _OTHER.search(sent.text):
        fact.value["about"] = ["other"]
    if fact.status == "negative" and (weak_negative(ent) or _TIME_COURSE.search(sent.text)):
        fact.value["weak"] = True


def _kind_and_method(fact: Fact, text: str, gene_span: tuple[int, int]) -> None:
    """The alteration kind and method the words of ``text`` nearest the gene name (kinds.py)."""
    fact.alteration = kinds.alteration_of(text, gene_span)
    fact.method = kinds.method_of(text, gene_span)


def _garbled(pg: _Pages, sent: Span, ents: list[Span], read: set[str]) -> list[Fact]:
    """An UNCLEAR fact for each gene of the sentence with no reading whose value OCR garbled
    past repair (garbled.py): the patient is shown the line, never a guess."""
    out = []
    for ent in ents:
        gene = gene_key(ent.text) if ent.label_ == "GENE" else None
        if gene and gene not in read and garbled_result_after(pg.text, ent.end_char):
            out.append(Fact("biomarker", pg.of_span(sent), gene=gene, status=UNCLEAR))
            read = read | {gene}
    return out


def _headed_facts(pg: _Pages, facts: list[Fact]) -> list[Fact]:
    """Results printed under their test's heading (headed.py), for genes the sentences gave
    no status of their own."""
    stated = {f.gene for f in facts if f.kind == "biomarker"}
    out = []
    for res in headed_results(pg.text):
        if res.gene in stated or statements.non_result_kind(res.line):
            continue
        fact = Fact("biomarker", pg.evidence(res.start, res.end), gene=res.gene, status=res.status)
        _kind_and_method(fact, pg.text[res.start : res.end], (0, len(res.heading)))
        out.append(fact)
    return out


def _abstain_on_conflicts(facts: list[Fact]) -> None:
    """A report that states a gene both positive and negative for the same kind of result
    is not read for sure: every reading of that gene becomes UNCLEAR, with its sentence.
    A variant ruled out ("T790M not detected") and a negative for another kind of result
    ("EGFR mutation not identified" beside "EGFR amplification identified") are no conflict."""
    by_gene: dict[str, list[Fact]] = {}
    for f in facts:
        if f.kind == "biomarker" and f.gene:
            by_gene.setdefault(f.gene, []).append(f)
    for gene_facts in by_gene.values():
        pos = [f for f in gene_facts if f.status == "positive"]
        neg = [f for f in gene_facts if f.status == "negative"]
        if any(_disagree(p, n) for p in pos for n in neg):
            for f in gene_facts:
                f.status = UNCLEAR


def _disagree(positive: Fact, negative: Fact) -> bool:
    if negative.value.get("weak"):
        return False
    # A liquid biopsy can miss what the tissue shows: a plasma negative stands beside a
    # tissue positive.
    if negative.method == "plasma" and positive.method != "plasma":
        return False
    if negative.value.get("about"):
        # A variant ruled out ("T790M not detected") leaves the others standing; in a report
        # of two specimens or two dates the same variant may be absent from one of them.
        return False
    return (
        positive.alteration is None
        or negative.alteration is None
        or positive.alteration == negative.alteration
    )
