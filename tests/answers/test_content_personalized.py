"""The real answers, loaded as the demo seed loads them, as readers see them.

The file checks in test_content_rules.py read the Markdown; these read what personalize()
hands the page, so a question or block that the loader drops or mis-stores would show here.
"""

from __future__ import annotations

import pytest

from answers.content_loader import CONTENT_DIR, load_content
from answers.models import Answer
from answers.personalize import personalize
from tests.answers.helpers import drug, fact, profile

pytestmark = pytest.mark.django_db

SCLC_LINK = 'href="/answers/small-cell-lung-cancer/"'


@pytest.fixture
def library(moderator, second_moderator) -> dict[str, Answer]:
    load_content(directory=CONTENT_DIR, author=moderator, reviewer=second_moderator)
    return {a.slug: a for a in Answer.objects.prefetch_related("questions", "blocks")}


def _blocks(p) -> str:
    return " ".join(str(b.body_html) for b in p.blocks)


def test_every_reader_gets_four_questions_and_signed_in_readers_may_get_more(library):
    assert len(library) >= 30
    for slug, answer in library.items():
        assert len(personalize(answer, None).questions) >= 4, slug
    egfr_stage3 = profile(fact(gene="EGFR", status="positive"), stage_group="IIIB")
    signed_in = personalize(library["egfr-mutation"], egfr_stage3).questions
    assert len(signed_in) > len(personalize(library["egfr-mutation"], None).questions)
    assert any("stage III" in q for q in signed_in)


def test_small_cell_histology_leads_to_the_small_cell_answer(library):
    sclc = profile(histology="small cell carcinoma")
    for slug in ("adenocarcinoma-vs-squamous", "reading-a-pathology-report", "just-diagnosed"):
        assert SCLC_LINK in _blocks(personalize(library[slug], sclc)), slug
    own = personalize(library["small-cell-lung-cancer"], sclc)
    assert "Your records name small cell carcinoma" in _blocks(own)
    # A non-small cell report is not sent there.
    adeno = profile(histology="adenocarcinoma")
    assert SCLC_LINK not in _blocks(personalize(library["adenocarcinoma-vs-squamous"], adeno))


def test_growth_on_osimertinib_is_not_framed_as_t790m(library):
    p = personalize(library["targeted-drug-stops-working"], profile(drug("osimertinib")))
    assert "T790M is uncommon" in _blocks(p)
    p = personalize(library["targeted-drug-stops-working"], profile(drug("erlotinib")))
    assert "T790M is uncommon" not in _blocks(p)
