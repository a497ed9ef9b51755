"""answers.sections: kept page parts follow every change of the data they show, per patient."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from answers import sections
from biomarkers import services as finding_services
from biomarkers.models import FindingKind
from records import services as record_services
from records.models import RecordStatus
from tests.answers.helpers import make_answer
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory

pytestmark = pytest.mark.django_db

POSITIVE = "An EML4-ALK fusion was detected by NGS."


@pytest.fixture
def url(moderator, second_moderator):
    answer = make_answer(moderator, publish_with=second_moderator)
    return reverse("answers:detail", kwargs={"slug": answer.slug})


def _alk(record, *, status="positive", sentence=POSITIVE):
    return FindingFactory(
        record=record,
        kind=FindingKind.BIOMARKER,
        gene="ALK",
        status=status,
        variants=["EML4-ALK"] if status == "positive" else [],
        sentence=sentence,
    )


def test_a_correction_shows_at_once(alice_client, alice, url):
    finding = _alk(RecordFactory(owner=alice))
    html = alice_client.get(url).content.decode()
    assert "ALK POSITIVE BLOCK" in html and "not yet checked by you" in html
    finding_services.finding_confirm(
        patient=alice,
        finding=finding,
        confirmation="corrected",
        corrected_value={"status": "negative"},
    )
    html = alice_client.get(url).content.decode()
    assert "ALK NEGATIVE BLOCK" in html and "ALK POSITIVE BLOCK" not in html
    assert "You corrected this reading." in html


def test_first_upload_new_results_and_deletion_show_at_once(alice_client, alice, url):
    assert "You have not uploaded any reports yet" in alice_client.get(url).content.decode()
    record = RecordFactory(owner=alice, status=RecordStatus.PROCESSING, filename="new.pdf")
    html = alice_client.get(url).content.decode()
    assert "You have not uploaded any reports yet" not in html and POSITIVE not in html
    _alk(record)
    record.status = RecordStatus.DONE
    record.save(update_fields=["status"])
    assert POSITIVE in alice_client.get(url).content.decode()
    record_services.record_delete(owner=alice, record=record)
    html = alice_client.get(url).content.decode()
    assert POSITIVE not in html and "new.pdf" not in html
    assert "You have not uploaded any reports yet" in html


def test_same_readings_of_two_patients_are_kept_apart(alice_client, bob_client, alice, bob, url):
    # Same filename, sentence and result: only the patient (and record ids) differ.
    alice_finding = _alk(RecordFactory(owner=alice, filename="report.pdf"))
    bob_finding = _alk(RecordFactory(owner=bob, filename="report.pdf"))
    for _ in range(2):
        alice_html = alice_client.get(url).content.decode()
        bob_html = bob_client.get(url).content.decode()
        assert str(alice_finding.public_id) in alice_html
        assert str(bob_finding.public_id) not in alice_html
        assert str(bob_finding.public_id) in bob_html
        assert str(alice_finding.public_id) not in bob_html


def test_visitors_and_patients_never_share_a_section(alice_client, alice, url):
    _alk(RecordFactory(owner=alice))
    assert POSITIVE in alice_client.get(url).content.decode()
    visitor = Client().get(url).content.decode()  # alice_client is the `client` fixture
    assert POSITIVE not in visitor and "What your records show" not in visitor
    assert POSITIVE in alice_client.get(url).content.decode()


def test_recent_map_drops_the_least_recently_used():
    recent = sections._Recent(2)
    recent.put("a", 1)
    recent.put("b", 2)
    assert recent.get("a") == 1  # "b" is now the least recently used
    recent.put("c", 3)
    assert recent.get("b") is None
    assert (recent.get("a"), recent.get("c")) == (1, 3)
