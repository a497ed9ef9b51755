"""Biomarker status of gene and variant mentions, from ConText modifiers and sections.

Each target may be covered by several modifiers ("No EGFR mutation was identified": "No"
and "identified"). The nearest one decides, which is how a reader pairs a result word
with the marker it belongs to ("ALK negative, RET positive").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .drugs import DRUG_PATTERN
from .genes import GENE_PATTERNS, OTHER_GENE_PATTERN, gene_key
from .variants import for_gene, normalise

STATUS_OF = {
    "NEGATED_EXISTENCE": "negative",
    "POSITIVE": "positive",
    "EQUIVOCAL": "equivocal",
    "PENDING": "pending",
}
# The mention is not a result at all.
BLOCKING = {
    "NOT_TESTED", "VUS", "NOT_A_FINDING", "HYPOTHETICAL", "FAMILY", "PLANNED",
    "POSSIBLE_EXISTENCE", "CONDITIONAL", "OTHER_CANCER",
}  # fmt: skip
BLOCKED = "blocked"
_SKIP_SECTIONS = {"vus", "methodology", "therapies", "family_history"}
_NOT_BEFORE = re.compile(r"(?:\bnot|\bno|\bnon)[\s-]*$")


def _distance(ent: Span, span: tuple[int, int]) -> int:
    start, end = span
    return start - ent.end if start >= ent.end else max(ent.start - end, 0)


# A bare negation word far from the gene ("This change does not respond well to the older
# EGFR tablets"): read as negative when nothing else speaks of the gene, but too loose to
# contradict a positive finding (report._abstain_on_conflicts).
_BARE_NEGATIONS = {"not", "no", "never", "without", "neither", "nor"}
_NEAR = 3  # tokens


def weak_negative(ent: Span) -> bool:
    """Whether ``ent``'s negative reading rests only on a bare negation word far away."""
    negs = [m for m in ent._.modifiers if m.category == "NEGATED_EXISTENCE"]
    if not negs:
        return False
    mod = min(negs, key=lambda m: _distance(ent, m.modifier_span))
    text = ent.doc[mod.modifier_span[0] : mod.modifier_span[1]].text.lower()
    return text in _BARE_NEGATIONS and _distance(ent, mod.modifier_span) > _NEAR


def resolve(ent: Span) -> str | None:
    """'positive' | 'negative' | 'equivocal' | 'pending' | BLOCKED | None (no cue)."""
    best: tuple[int, int, str] | None = None
    for mod in ent._.modifiers:
        cat = mod.category
        if cat not in STATUS_OF and cat not in BLOCKING:
            continue
        # Blocking wins ties: "recommended" next to a gene is never a result.
        key = (_distance(ent, mod.modifier_span), 0 if cat in BLOCKING else 1, cat)
        if best is None or key < best:
            best = key
    if best is None:
        return None
    if _in_condition_clause(ent) or any(m.category == "OTHER_CANCER" for m in ent._.modifiers):
        return BLOCKED
    if best[2] == "POSITIVE" and (_negated_list(ent) or _negated_subject(ent)):
        return "negative"
    return BLOCKED if best[2] in BLOCKING else STATUS_OF[best[2]]


def _in_condition_clause(ent: Span) -> bool:
    """ "If her NGS shows an ALK fusion, we would start alectinib": the gene stands inside a
    clause that a condition opens, whatever result word is nearer to it."""
    text = ent.doc.text
    for mod in ent._.modifiers:
        if mod.category not in {"CONDITIONAL", "HYPOTHETICAL"}:
            continue
        end = ent.doc[mod.modifier_span[1] - 1].idx + len(ent.doc[mod.modifier_span[1] - 1])
        if end <= ent.start_char and not re.search(r"[,;:]", text[end : ent.start_char]):
            return True
    return False


_PASSIVE = {"identified", "detected", "found", "seen", "present", "reported"}


def _negated_list(ent: Span) -> bool:
    """ "No mutations in EGFR, KRAS or BRAF were identified": the verb closing a negated
    list is not a positive result for the genes inside the list."""
    neg_before = any(
        m.category == "NEGATED_EXISTENCE" and m.modifier_span[1] <= ent.start
        for m in ent._.modifiers
    )
    verb_after = any(
        m.category == "POSITIVE"
        and m.modifier_span[0] >= ent.end
        and ent.doc[m.modifier_span[0] : m.modifier_span[1]].text.lower() in _PASSIVE
        for m in ent._.modifiers
    )
    return neg_before and verb_after


# "No KRAS mutations were detected in codons 12, 13 and 61": the gene inside a subject that
# "no" negates, closed by a passive result verb. Read from the text, since ConText gives the
# nearer "detected" to the gene and not the "no" before it.
_NO_BEFORE = re.compile(r"\bno\s+(?:[\w/()-]+\s+){0,3}$", re.IGNORECASE)
_PASSIVE_AFTER = re.compile(
    r"^\s*(?:[\w/()-]+\s+){0,3}?(?:was|were|is|are|has\s+been|have\s+been)\s+"
    r"(?:detected|identified|found|seen|present|observed)\b",
    re.IGNORECASE,
)


def _negated_subject(ent: Span) -> bool:
    text = ent.doc.text
    before = text[ent.sent.start_char : ent.start_char]
    return bool(
        _NO_BEFORE.search(before) and _PASSIVE_AFTER.match(text[ent.end_char : ent.end_char + 80])
    )


_SKIPPING = {"vus", "methodology", "no_alterations", "therapies", "family_history"}
_HEADING_LINE = re.compile(r"^[A-Z][A-Za-z0-9 /&()-]{2,60}$")


def _looks_like_heading(line: str) -> bool:
    """A short title line ("Immunotherapy Markers") that the section rules do not know."""
    if "   " in line:  # table cells
        return False
    line = line.strip()
    if not _HEADING_LINE.match(line) or len(line.split()) > 6:
        return False
    if _GENE_WORD.search(line):  # a row of a gene list ("MET   RET   NTRK1/2/3")
        return False
    if _DRUG_WORD.search(line):  # an entry of a therapy list ("Osimertinib")
        return False
    words = [w for w in re.split(r"[\s/&()-]+", line) if w]
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS or w.isdigit() for w in words)


_GENE_WORD = re.compile(
    "|".join(f"(?:{p})" for p in GENE_PATTERNS.values()) + "|" + OTHER_GENE_PATTERN
)
_DRUG_WORD = re.compile(DRUG_PATTERN, re.IGNORECASE)
# A labelled list of negatives starts its own field even inside a VUS section.
_NEG_LABEL = re.compile(
    r"^\s*(?:pertinent\s+negatives?|genes?\s+with\s+no\b[^:\n]*|no\s+reportable[^:\n]*|"
    r"(?:alterations\s+)?not\s+detected|negative)\s*:",
    re.IGNORECASE,
)
_SMALL_WORDS = {"and", "of", "with", "for", "the", "in", "to", "or", "a", "an", "by", "on"}


def section_of(ent: Span) -> str | None:
    """The section that governs ``ent``. A skipping section (VUS, methods, negatives list,
    therapy options) ends at the next title line even if no section rule knows that title:
    a lab's VUS list must not swallow the PD-L1 result printed under "Immunotherapy
    Markers"."""
    tok = ent[0]
    cat = tok._.section_category
    if cat not in _SKIPPING or tok._.section_title is None:
        return cat
    body = ent.doc.text[tok._.section_title.end_char : ent.start_char]
    lines = body.split("\n")[1:]  # lines after the title, the entity's own line last
    if any(_looks_like_heading(x) for x in lines[:-1]) or (lines and _NEG_LABEL.match(lines[-1])):
        return None
    return cat


def _nearest_gene(var: Span, genes: list[Span]) -> Span | None:
    before = [g for g in genes if g.end <= var.start]
    after = [g for g in genes if g.start >= var.end and g.start - var.end <= 3]
    if before:
        g = before[-1]
        # A ";" between them means another marker's clause ("BRAF T310I; RET V292M").
        if ";" not in var.doc[g.end : var.start].text:
            return g
    return after[0] if after else None


_OWN_GENE = {"fusion", "fusion_rev", "ex19del", "ex14"}


def mentions(sent_ents: list[Span]):
    """Yield (gene, status, variant|None, ent) for the targets of one sentence."""
    ents = [e for e in sent_ents if e.label_ in {"GENE", "OTHER_GENE", "VARIANT"}]
    genes = [e for e in ents if e.label_ in {"GENE", "OTHER_GENE"}]
    with_variant: set[int] = set()
    for var in (e for e in ents if e.label_ == "VARIANT"):
        kind = var._.target_rule.literal
        implied, name = normalise(kind, var.text)
        if name is None:
            continue
        owner = _nearest_gene(var, genes)
        # A fusion, "exon 19 deletion" or "exon 14 skipping" names its own gene.
        if kind in _OWN_GENE or (owner is None and implied):
            gene = implied
        elif owner is not None and owner.label_ == "GENE":
            gene = gene_key(owner.text)
        else:
            continue  # a variant of some other gene (TP53 R273H)
        if owner is not None:
            with_variant.add(owner.start)
        if gene is None:
            continue
        if kind == "ex20ins" and gene not in {"EGFR", "ERBB2"}:
            continue
        name = for_gene(gene, name)
        if name is None:
            continue
        status = _status(var)
        if status is not None:
            yield gene, status, name, var
    for g in genes:
        if g.label_ != "GENE":
            continue
        status = resolve(g)
        if status == BLOCKED or section_of(g) in _SKIP_SECTIONS:
            continue
        if status is None:
            if g.start in with_variant:
                continue  # the variant decides
            if section_of(g) == "no_alterations":
                status = "negative"
            else:
                continue  # merely named
        yield gene_key(g.text), status, None, g


_ALLELE_FRACTION = re.compile(
    r"\s*[(,]?\s*(?:(?:VAF|MAF|AF|allele\s+(?:frequency|fraction))\s*[:=]?\s*)?"
    r"\d{1,3}(?:\.\d+)?\s*%",
    re.IGNORECASE,
)


def _status(var: Span) -> str | None:
    section = section_of(var)
    if section in _SKIP_SECTIONS:
        return None
    status = resolve(var)
    if status == BLOCKED:
        return None
    before = var.doc.text[max(0, var.start_char - 8) : var.start_char].lower()
    if _NOT_BEFORE.search(before):
        return "negative"  # "not amplified", "non-amplified"
    if _ALLELE_FRACTION.match(var.doc.text, var.end_char):
        # "EGFR L858R (2.3%), T790M not detected": a lab prints an allele fraction only for
        # what it detected; the negation after the list belongs to the variant next to it.
        return "positive"
    if status is None:
        # A named alteration is a finding, unless listed among the negatives.
        return "negative" if section == "no_alterations" else "positive"
    return status
