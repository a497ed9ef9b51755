"""Full-text search over published answers: PostgreSQL FTS, icontains on other databases."""

from __future__ import annotations

from django.db import connection
from django.db.models import Q, QuerySet

from answers.models import Answer


def search_answers(qs: QuerySet[Answer], q: str) -> QuerySet[Answer]:
    q = (q or "").strip()[:200]
    if not q:
        return qs
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = (
            SearchVector("title", weight="A", config="english")
            + SearchVector("summary", weight="B", config="english")
            + SearchVector("body", weight="C", config="english")
        )
        # websearch syntax: quotes and "or" work, stray punctuation cannot raise.
        query = SearchQuery(q, search_type="websearch", config="english")
        return (
            qs.annotate(document=vector, rank=SearchRank(vector, query))
            .filter(document=query)
            .order_by("-rank", "title")
        )
    # Fallback: every word must appear in the title, summary or body.
    cond = Q()
    for word in q.split():
        cond &= Q(title__icontains=word) | Q(summary__icontains=word) | Q(body__icontains=word)
    return qs.filter(cond)
