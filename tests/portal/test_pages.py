"""Home and dashboard pages: what a visitor and a patient see, and how many queries it costs."""

from __future__ import annotations

import pytest

from biomarkers.models import FindingKind
from records.models import RecordStatus
from tests.answers.helpers import make_answer
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory

pytestmark = pytest.mark.django_db


def _alk_record(owner, **kw):
    record = RecordFactory(owner=owner, pages=["Positive for ALK EML4-ALK rearrangement."], **kw)
    FindingFactory(
        record=record,
        gene="ALK",
        variants=["EML4-ALK"],
        sentence="Positive for ALK EML4-ALK rearrangement.",
        char_start=0,
        char_end=40,
    )
    return record


def test_home_has_search_library_and_sign_up(client, moderator, second_moderator):
    make_answer(moderator, publish_with=second_moderator)
    html = client.get("/").content.decode()
    assert 'action="/answers/"' in html and 'name="q"' in html
    assert "What does ALK positive mean?" in html  # grouped under its topics
    assert 'href="/accounts/signup/"' in html and 'href="/accounts/login/"' in html


def test_dashboard_without_records_invites_an_upload(alice_client):
    html = alice_client.get("/dashboard/").content.decode()
    assert "Start by uploading a report" in html
    assert 'href="/records/upload/"' in html and 'href="/account/"' in html
    assert "Tests your reports do not mention" not in html


def test_dashboard_shows_findings_confirmation_missing_tests_and_suggestions(
    alice_client, alice, moderator, second_moderator
):
    make_answer(moderator, publish_with=second_moderator)
    record = _alk_record(alice, filename="path.pdf")
    egfr = FindingFactory(record=record, gene="EGFR", status="negative", variants=[])
    egfr.confirmation = "confirmed"
    egfr.save()
    html = alice_client.get("/dashboard/").content.decode()
    assert "positive (EML4-ALK)" in html
    assert "negative (no change found)" in html
    assert "Checked by you" in html and "Not yet checked by you" in html
    assert f"/records/{record.public_id}/#finding-" in html
    assert "Ask whether ROS1 was tested." in html
    assert "Ask whether ALK was tested." not in html
    assert "What does ALK positive mean?" in html  # suggested for a positive ALK
    assert "path.pdf" in html and "Read" in html


def test_dashboard_shows_conflicts_between_reports(alice_client, alice):
    _alk_record(alice)
    later = RecordFactory(owner=alice)
    FindingFactory(record=later, gene="ALK", status="negative", variants=[])
    html = alice_client.get("/dashboard/").content.decode()
    assert "Reports of the same date do not agree about the ALK result" in html


def test_dashboard_says_reports_are_being_read(alice_client, alice):
    RecordFactory(owner=alice, status=RecordStatus.QUEUED)
    html = alice_client.get("/dashboard/").content.decode()
    assert "We are still reading 1 report" in html and "Waiting to be read" in html
    assert "Tests your reports do not mention" not in html  # nothing read yet: no false alarm


def test_dashboard_never_shows_another_patients_findings(bob_client, alice):
    _alk_record(alice, filename="alice-only.pdf")
    html = bob_client.get("/dashboard/").content.decode()
    assert "alice-only.pdf" not in html and "EML4-ALK" not in html


def _fill(owner, n_records: int) -> None:
    for i in range(n_records):
        record = _alk_record(owner)
        FindingFactory(record=record, kind=FindingKind.PDL1, gene="PD-L1", value={"tps": 10 + i})
        FindingFactory(record=record, kind=FindingKind.STAGE, gene="", value={"group": "IIIA"})


def test_dashboard_query_count_does_not_grow(
    alice_client, alice, django_assert_max_num_queries, moderator, second_moderator
):
    make_answer(moderator, publish_with=second_moderator)
    _fill(alice, 1)
    with django_assert_max_num_queries(12):
        assert alice_client.get("/dashboard/").status_code == 200
    _fill(alice, 6)
    with django_assert_max_num_queries(12):
        assert alice_client.get("/dashboard/").status_code == 200


def test_home_query_count(client, django_assert_max_num_queries, moderator, second_moderator):
    for slug in ("a-one", "a-two", "a-three"):
        make_answer(moderator, slug=slug, title=slug, publish_with=second_moderator)
    with django_assert_max_num_queries(4):
        assert client.get("/").status_code == 200
