"""Record page: one card per fact; repeats of a reading share it, disagreements do not."""

from __future__ import annotations

import pytest

from biomarkers.models import FindingKind
from records import display
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory

pytestmark = pytest.mark.django_db
PAGE = (
    "Diagnosis: adenocarcinoma. EGFR L858R mutation detected. "
    "Comment: the EGFR L858R mutation is present. Summary: EGFR negative."
)


def _egfr(record, sentence, *, status="positive", variants=("L858R",)):
    start = PAGE.index(sentence)
    return FindingFactory(
        record=record,
        kind=FindingKind.BIOMARKER,
        gene="EGFR",
        status=status,
        variants=list(variants) if status == "positive" else [],
        sentence=sentence,
        char_start=start,
        char_end=start + len(sentence),
    )


@pytest.fixture
def record(alice):
    return RecordFactory(owner=alice, pages=[PAGE])


def test_repeats_share_a_card_and_a_disagreement_keeps_its_own(record):
    first = _egfr(record, "EGFR L858R mutation detected.")
    second = _egfr(record, "Comment: the EGFR L858R mutation is present.")
    negative = _egfr(record, "Summary: EGFR negative.", status="negative")
    cards = display.finding_cards([first, second, negative], links={})
    assert [(c.title, c.text) for c in cards] == [
        ("EGFR", "positive (L858R)"),
        ("EGFR", "negative (no change found)"),
    ]
    assert [e.finding for e in cards[0].evidence] == [first, second]
    assert cards[0].finding == first and cards[1].finding == negative


def test_a_checked_sentence_leads_its_card(record):
    first = _egfr(record, "EGFR L858R mutation detected.")
    second = _egfr(record, "Comment: the EGFR L858R mutation is present.")
    second.confirmation = "confirmed"
    (card,) = display.finding_cards([first, second], links={})
    assert card.finding == second
    assert [e.finding for e in card.evidence] == [second, first]


def test_a_correction_gathers_every_sentence_on_its_fact(record):
    first = _egfr(record, "EGFR L858R mutation detected.")
    negative = _egfr(record, "Summary: EGFR negative.", status="negative")
    negative.confirmation = "corrected"
    negative.corrected_value = {"status": "positive", "variants": ["L858R", "T790M"]}
    (card,) = display.finding_cards([first, negative], links={})
    assert card.finding == negative and card.text == "positive (L858R, T790M)"
    assert [e.finding for e in card.evidence] == [negative, first]


def test_record_page_shows_one_card_with_each_sentence_linked(alice_client, record):
    first = _egfr(record, "EGFR L858R mutation detected.")
    second = _egfr(record, "Comment: the EGFR L858R mutation is present.")
    html = alice_client.get(f"/records/{record.public_id}/").content.decode()
    assert html.count('<h3 class="finding-title">EGFR:') == 1
    assert "The report says this 2 times:" in html
    for f in (first, second):
        # Every sentence keeps its anchor (answer pages link to it) and its highlight link.
        assert f'id="finding-{f.public_id}"' in html
        assert f'href="#ev-{f.public_id}"' in html
    # One set of actions per card, for the reading the card shows.
    assert html.count('name="action" value="confirm"') == 1
    assert f"/findings/{first.public_id}/check/" in html
    assert f"/findings/{second.public_id}/check/" not in html
