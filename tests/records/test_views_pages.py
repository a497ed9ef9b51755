"""Record page: highlighted evidence, confirm/correct forms, delete confirmation, ownership."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from biomarkers.models import Finding, FindingKind
from records.highlight import highlight_pages
from records.models import Record
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory

pytestmark = pytest.mark.django_db
TEXT = "Diagnosis: adenocarcinoma. EGFR L858R mutation detected. PD-L1 TPS 60%."


def _record(owner):
    record = RecordFactory(owner=owner, pages=["Cover page.", TEXT])
    start = TEXT.index("EGFR")
    egfr = FindingFactory(record=record, page=2, char_start=start, char_end=start + 29)
    pdl1_start = TEXT.index("PD-L1")
    pdl1 = FindingFactory(
        record=record,
        kind=FindingKind.PDL1,
        gene="PD-L1",
        status="positive",
        variants=[],
        value={"tps": 60},
        page=2,
        sentence="PD-L1 TPS 60%.",
        char_start=pdl1_start,
        char_end=pdl1_start + 14,
    )
    return record, egfr, pdl1


def test_evidence_is_highlighted_and_linked_from_its_finding(alice_client, alice):
    record, egfr, _pdl1 = _record(alice)
    html = alice_client.get(f"/records/{record.public_id}/").content.decode()
    assert (
        f'<mark id="ev-{egfr.public_id}" tabindex="-1">EGFR L858R mutation detected.</mark>' in html
    )
    assert f'href="#ev-{egfr.public_id}"' in html and f'id="finding-{egfr.public_id}"' in html
    assert 'PD-L1: <span class="finding-value">score 60%</span>' in html
    assert "Cover page." in html
    assert "not medical advice" in html


def test_overlapping_spans_share_one_mark_and_bad_offsets_get_none():
    class F:
        def __init__(self, pid, page, s, e):
            self.public_id, self.page, self.char_start, self.char_end = pid, page, s, e

    pages, links = highlight_pages(
        ["abcdefghij"], [F("a", 1, 2, 6), F("b", 1, 4, 8), F("c", 1, 5, 99), F("d", 2, 0, 1)]
    )
    assert [(p.text, p.mark_id) for p in pages[0].pieces] == [
        ("ab", ""),
        ("cdefgh", "ev-a"),
        ("ij", ""),
    ]
    assert links == {"a": "ev-a", "b": "ev-a"}


def test_confirm_then_correct_then_undo(alice_client, alice):
    record, egfr, _pdl1 = _record(alice)
    url = f"/records/{record.public_id}/findings/{egfr.public_id}/check/"
    resp = alice_client.post(url, {"action": "confirm"})
    assert resp.status_code == 302 and resp["Location"].endswith(f"#finding-{egfr.public_id}")
    egfr.refresh_from_db()
    assert egfr.confirmation == "confirmed" and egfr.confirmed_by == alice

    alice_client.post(url, {"action": "correct", "status": "positive", "variants": "L858R, T790M"})
    egfr.refresh_from_db()
    assert egfr.confirmation == "corrected"
    assert egfr.corrected_value == {"status": "positive", "variants": ["L858R", "T790M"]}
    html = alice_client.get(f"/records/{record.public_id}/").content.decode()
    assert "positive (L858R, T790M)" in html and "Corrected by you" in html

    alice_client.post(url, {"action": "undo"})
    egfr.refresh_from_db()
    assert egfr.confirmation == "unconfirmed" and egfr.corrected_value is None


def test_bad_correction_is_refused_clearly_and_keeps_the_reading(alice_client, alice):
    record, _egfr, pdl1 = _record(alice)
    url = f"/records/{record.public_id}/findings/{pdl1.public_id}/check/"
    resp = alice_client.post(url, {"action": "correct", "tps": "lots"}, follow=True)
    assert "Not saved: Enter the score as a number from 0 to 100." in resp.content.decode()
    resp = alice_client.post(url, {"action": "correct", "tps": "150"}, follow=True)
    assert "Not saved: tps must be a number from 0 to 100." in resp.content.decode()
    pdl1.refresh_from_db()
    assert pdl1.confirmation == "unconfirmed" and pdl1.value == {"tps": 60}


def test_finding_of_another_record_is_404(alice_client, alice):
    _, egfr, _ = _record(alice)
    other = RecordFactory(owner=alice)
    url = f"/records/{other.public_id}/findings/{egfr.public_id}/check/"
    assert alice_client.post(url, {"action": "confirm"}).status_code == 404


def test_another_patient_cannot_confirm_or_see_delete_page(bob_client, alice):
    record, egfr, _ = _record(alice)
    url = f"/records/{record.public_id}/findings/{egfr.public_id}/check/"
    assert bob_client.post(url, {"action": "confirm"}).status_code == 404
    assert bob_client.get(f"/records/{record.public_id}/delete/").status_code == 404
    egfr.refresh_from_db()
    assert egfr.confirmation == "unconfirmed"


def test_delete_asks_first(alice_client, alice):
    record, _, _ = _record(alice)
    resp = alice_client.get(f"/records/{record.public_id}/delete/")
    assert resp.status_code == 200 and b"Yes, delete this report" in resp.content
    assert Record.objects.filter(pk=record.pk).exists()


def test_upload_page_is_wired_for_the_script_and_still_a_plain_form(alice_client):
    html = alice_client.get("/records/upload/").content.decode()
    assert 'enctype="multipart/form-data"' in html and 'name="files"' in html
    assert 'data-api="/api/records/"' in html and "/static/js/upload.js" in html
    assert 'aria-live="polite"' in html


def test_record_page_query_count_does_not_grow(alice_client, alice, django_assert_max_num_queries):
    record, _, _ = _record(alice)
    with CaptureQueriesContext(connection) as few:
        alice_client.get(f"/records/{record.public_id}/")
    for i in range(15):
        FindingFactory(record=record, page=2, char_start=0, char_end=10 + i)
    assert Finding.objects.filter(record=record).count() == 17
    # 11: the page's own reads, plus the scanned-page images (one query) and the header's
    # unread-notifications badge (one query); what must not grow with the findings is below.
    with django_assert_max_num_queries(11), CaptureQueriesContext(connection) as many:
        assert alice_client.get(f"/records/{record.public_id}/").status_code == 200
    assert len(many) == len(few)
