"""Search over published answers: PostgreSQL FTS, icontains on other databases.

Either way the words a patient may use for the same thing find the same answers: a brand and
its generic drug name (Tagrisso, osimertinib), HER2 and ERBB2, PD-L1 and PDL1, "stage 4" and
"stage IV", "mets" and "metastases". An answer whose title is the query comes first, then
answers whose title holds it.
"""

from __future__ import annotations

import re

from django.db import connection
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from answers.models import Answer
from biomarkers.vocabulary import DRUG_BRANDS

# Groups of words that mean the same; the first is the one most answers use.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("her2", "erbb2"),
    ("pd-l1", "pdl1", "pd l1"),
    ("metastases", "mets", "metastasis", "metastatic"),
    # Only the forms no other stage contains: "stage ii" is inside "stage iii".
    ("stage iv", "stage 4"),
    ("stage iii", "stage 3"),
    ("non-small cell", "nsclc", "non small cell"),
)
_GROUPS: dict[str, tuple[str, ...]] = {}
for _group in SYNONYMS:
    for _word in _group:
        _GROUPS[_word] = _group
for _brand, _generic in DRUG_BRANDS.items():
    _brands = tuple(b for b, g in DRUG_BRANDS.items() if g == _generic)
    _GROUPS[_brand] = _GROUPS[_generic] = (_generic, *_brands)
# Multi-word forms first, so "stage 4" is one term, not "stage" and "4".
_PHRASES = sorted((w for w in _GROUPS if " " in w), key=len, reverse=True)
_PHRASE_RX = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _PHRASES) + r")\b")


def query_terms(q: str) -> list[tuple[str, ...]]:
    """The query as terms, each the words any of which may stand for it (lower case)."""
    text = q.lower()
    terms: list[tuple[str, ...]] = []
    for m in _PHRASE_RX.finditer(text):
        terms.append(_GROUPS[m.group(0)])
    text = _PHRASE_RX.sub(" ", text)
    for word in re.findall(r"[\w-]+", text):
        if word in ("or", "and"):
            continue
        terms.append(_GROUPS.get(word, (word,)))
    return terms


def _title_first(qs: QuerySet[Answer], q: str) -> QuerySet[Answer]:
    title = q.strip().rstrip("?").strip()
    return qs.annotate(
        title_match=Case(
            When(Q(title__iexact=title) | Q(title__iexact=title + "?"), then=Value(0)),
            When(title__icontains=title, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
    )


def search_answers(qs: QuerySet[Answer], q: str) -> QuerySet[Answer]:
    q = (q or "").strip()[:200]
    if not q:
        return qs
    terms = query_terms(q)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = (
            SearchVector("title", weight="A", config="english")
            + SearchVector("summary", weight="B", config="english")
            + SearchVector("body", weight="C", config="english")
        )
        # websearch syntax: quotes and "or" work, stray punctuation cannot raise. The same
        # query with every term's synonyms is an alternative way to match.
        query = SearchQuery(q, search_type="websearch", config="english")
        expanded = None
        for alts in terms:
            term = None
            for alt in alts:
                one = SearchQuery(alt, search_type="phrase", config="english")
                term = one if term is None else term | one
            expanded = term if expanded is None else expanded & term
        if expanded is not None:
            query = query | expanded
        return (
            _title_first(qs, q)
            .annotate(document=vector, rank=SearchRank(vector, query))
            .filter(document=query)
            .order_by("title_match", "-rank", "title")
        )
    # Fallback: every term (one of its words) must appear in the title, summary or body.
    cond = Q()
    for alts in terms:
        any_alt = Q()
        for alt in alts:
            any_alt |= Q(title__icontains=alt) | Q(summary__icontains=alt) | Q(body__icontains=alt)
        cond &= any_alt
    return _title_first(qs.filter(cond), q).order_by("title_match", "title")
