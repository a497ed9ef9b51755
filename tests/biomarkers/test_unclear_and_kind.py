"""Issue 12, Django side: an unclear result stays unclear, and a result keeps its kind.

- method and alteration of a biomarker finding are stored (findings_replace), served by the
  API, and shown on the record page ("by FISH", "protein expression (IHC)");
- an "unclear" finding (the engine saw a result it could not read for sure) reaches the
  record page and the personalized answer as unclear, never as a status, and stays out of
  the profile's SCHEMA part;
- protein expression or an amplification is never presented as the mutation targeted drugs
  are for.
"""

from __future__ import annotations

import dataclasses

import pytest
from django.urls import reverse

from answers.conditions import evaluate
from answers.personalize import missing_tests_for, suggest
from biomarkers import selectors, services
from biomarkers.extraction.types import UNCLEAR, Evidence, Fact, Report
from biomarkers.models import Finding, FindingKind
from records.models import RecordStatus
from tests.answers.helpers import fact, make_answer, profile
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory

UNCLEAR_WORDS = "We could not read this result for sure — ask your team."
GARBLED = "EGFR mutat1on: det3cted?? / not d.tected"
TEXT = f"Diagnosis: adenocarcinoma. {GARBLED} ALK FISH negative."


def _report(*facts: Fact) -> Report:
    return Report(file="r.pdf", pages=[TEXT], document_kind="molecular", facts=list(facts))


def _ev(sentence: str) -> Evidence:
    start = TEXT.index(sentence)
    return Evidence(1, sentence, start, start + len(sentence))


def _unclear_egfr(owner, **extra):
    record = RecordFactory(owner=owner, pages=[TEXT], filename="garbled.pdf")
    start = TEXT.index(GARBLED)
    finding = FindingFactory(
        record=record,
        gene="EGFR",
        status=UNCLEAR,
        variants=[],
        sentence=GARBLED,
        page=1,
        char_start=start,
        char_end=start + len(GARBLED),
        **extra,
    )
    return record, finding


# --- storage and API ----------------------------------------------------------------------


@pytest.mark.django_db
def test_findings_replace_stores_method_and_alteration(alice):
    record = RecordFactory(owner=alice, pages=[TEXT])
    report = _report(
        Fact("biomarker", _ev("ALK FISH negative."), gene="ALK", status="negative",
             method="FISH", alteration="fusion"),
        Fact("biomarker", _ev(GARBLED), gene="EGFR", status=UNCLEAR, method="lab-x",
             alteration="weird"),
    )  # fmt: skip
    services.findings_replace(record=record, report=report)
    rows = {
        gene: (status, method, alteration)
        for gene, status, method, alteration in Finding.objects.filter(record=record).values_list(
            "gene", "status", "method", "alteration"
        )
    }
    # Words outside the vocabulary are "not stated", never stored as if they were one.
    assert rows == {"ALK": ("negative", "FISH", "fusion"), "EGFR": (UNCLEAR, "", "")}


@pytest.mark.django_db
def test_api_finding_has_method_and_alteration(alice, alice_api, bob_api):
    finding = FindingFactory(
        record=RecordFactory(owner=alice), gene="ERBB2", method="IHC", alteration="expression"
    )
    body = alice_api.get(f"/api/findings/{finding.public_id}/").json()
    assert (body["method"], body["alteration"]) == ("IHC", "expression")
    assert body["gene"] == "ERBB2" and body["evidence"]["sentence"] == finding.sentence
    assert bob_api.get(f"/api/findings/{finding.public_id}/").status_code == 404


# --- unclear: record page, profile, personalized answer --------------------------------------


@pytest.mark.django_db
def test_unclear_finding_on_the_record_page_is_unclear_and_highlighted(
    alice, alice_client, bob_client
):
    record, finding = _unclear_egfr(alice)
    html = alice_client.get(f"/records/{record.public_id}/").content.decode()
    assert f'EGFR: <span class="finding-value">{UNCLEAR_WORDS}</span>' in html
    assert f'<mark class="unclear-sentence">“{GARBLED}”</mark>' in html
    assert f'<mark id="ev-{finding.public_id}" tabindex="-1">{GARBLED}</mark>' in html
    for status in ("positive", "negative (no change found)", "equivocal"):
        assert f'EGFR: <span class="finding-value">{status}' not in html
    assert bob_client.get(f"/records/{record.public_id}/").status_code == 404


@pytest.mark.django_db
def test_unclear_gene_stays_out_of_the_profile_schema(alice, alice_api, bob_api):
    record, _finding = _unclear_egfr(alice)
    FindingFactory(record=record, gene="ALK", status="negative", variants=[])
    prof = selectors.profile_for(patient=alice)
    assert set(prof.to_schema()["biomarkers"]) == {"ALK"}
    assert [f.gene for f in prof.unclear] == ["EGFR"]
    assert selectors.record_summary(patient=alice, record=record)["biomarkers"] == {
        "ALK": {"status": "negative", "variants": []}
    }
    body = alice_api.get("/api/me/profile/").json()
    assert set(body["biomarkers"]) == {"ALK"}
    assert body["unclear"] == [
        {"gene": "EGFR", "evidence": {**body["unclear"][0]["evidence"], "sentence": GARBLED}}
    ]
    assert bob_api.get("/api/me/profile/").json()["unclear"] == []


@pytest.mark.django_db
def test_a_clear_result_in_any_report_replaces_the_unclear_one(alice):
    _unclear_egfr(alice)
    FindingFactory(record=RecordFactory(owner=alice), gene="EGFR", status="negative", variants=[])
    prof = selectors.profile_for(patient=alice)
    assert prof.biomarkers["EGFR"].status == "negative" and prof.unclear == []


@pytest.mark.django_db
def test_unclear_finding_reaches_the_personalized_answer_as_unclear(
    alice, alice_api, moderator, second_moderator
):
    answer = make_answer(
        moderator,
        slug="egfr-mutation",
        title="What does an EGFR mutation mean?",
        topics=("egfr", "biomarkers"),
        blocks=[
            {
                "condition": {"gene": "EGFR", "status": status},
                "body": f"EGFR {status.upper()} BLOCK",
            }
            for status in ("positive", "negative", "equivocal", "pending")
        ],
        publish_with=second_moderator,
    )
    _unclear_egfr(alice)
    data = alice_api.get(reverse("api-answer-detail", args=[answer.slug])).json()["personalized"]
    egfr = [f for f in data["findings"] if f["gene"] == "EGFR"]
    assert len(egfr) == 1 and egfr[0]["status"] == UNCLEAR and egfr[0]["quote"] == GARBLED
    assert "could not read for sure" in egfr[0]["text"]
    assert data["blocks"] == []  # no status block of any kind matches an unclear gene
    assert {
        "gene": "EGFR",
        "text": "We could not read your EGFR result for sure: ask your team what it says.",
    } in data["missing_tests"]


def test_conditions_treat_an_unclear_gene_as_unknown():
    unclear = fact(gene="EGFR", status=UNCLEAR, sentence=GARBLED)
    prof = dataclasses.replace(profile(), unclear=[unclear])
    for status in ("positive", "negative", "equivocal", "pending"):
        assert not evaluate({"gene": "EGFR", "status": status}, prof)
    assert [m.text for m in missing_tests_for(prof) if m.gene == "EGFR"] == [
        "We could not read your EGFR result for sure: ask your team what it says."
    ]


# --- the kind of result -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gene", "alteration", "matches"),
    [
        ("EGFR", "mutation", True),
        ("EGFR", None, True),  # kind not stated: as before
        ("EGFR", "expression", False),
        ("EGFR", "amplification", False),
        ("ERBB2", "expression", False),
        ("ERBB2", "amplification", False),
        ("ALK", "fusion", True),
    ],
)
def test_expression_or_amplification_is_not_the_mutation(gene, alteration, matches):
    positive = dataclasses.replace(fact(gene=gene, status="positive"), alteration=alteration)
    prof = profile(positive)
    assert evaluate({"gene": gene, "status": "positive"}, prof) is matches
    negative = dataclasses.replace(fact(gene=gene, status="negative"), alteration=alteration)
    assert evaluate({"gene": gene, "status": "negative"}, profile(negative)) is matches
    # Targeted-therapy answers are not suggested for it either.
    assert bool(suggest(prof, [])) is False or matches


def test_content_that_names_amplification_still_matches_it():
    amp = dataclasses.replace(
        fact(gene="ERBB2", status="positive", variants=("amplification",)),
        alteration="amplification",
    )
    assert evaluate({"gene": "ERBB2", "variant": "amplification"}, profile(amp))
    assert not evaluate({"gene": "ERBB2", "status": "positive"}, profile(amp))


def test_pd_l1_is_expression_and_still_matches_its_conditions():
    pdl1 = dataclasses.replace(
        fact("pdl1", gene="PD-L1", status="positive", value={"tps": 60}),
        method="IHC",
        alteration="expression",
    )
    assert evaluate({"gene": "PD-L1", "status": "positive"}, profile(pdl1))
    assert evaluate({"pdl1_band": ">=50"}, profile(pdl1))


@pytest.mark.django_db
def test_record_card_says_how_and_what_kind(alice, alice_client):
    record = RecordFactory(owner=alice, pages=[TEXT], status=RecordStatus.DONE)
    FindingFactory(record=record, gene="ALK", status="negative", variants=[], method="FISH")
    FindingFactory(
        record=record, gene="ERBB2", status="positive", variants=[], method="IHC",
        alteration="expression",
    )  # fmt: skip
    html = alice_client.get(f"/records/{record.public_id}/").content.decode()
    assert 'ALK: <span class="finding-value">negative (no change found) — by FISH</span>' in html
    assert 'ERBB2: <span class="finding-value">positive — protein expression (IHC)</span>' in html


@pytest.mark.django_db
def test_personalized_wording_never_calls_expression_a_change(alice):
    from answers.personalize import _what

    her2 = dataclasses.replace(
        fact(gene="ERBB2", status="positive"), method="IHC", alteration="expression"
    )
    assert _what(her2) == "shows a positive HER2 (ERBB2) result for protein expression (IHC)"
    assert her2.kind == FindingKind.BIOMARKER


def test_a_fact_crosses_the_sandbox_pipe_whole():
    # The engine runs in a child process; its facts come back as JSON (biomarkers.facts).
    import json

    from biomarkers.facts import fact_from_json, fact_json

    sent = Fact(
        "biomarker", _ev("ALK FISH negative."), gene="ALK", status="negative",
        method="FISH", alteration="fusion",
    )  # fmt: skip
    unclear = Fact("biomarker", _ev(GARBLED), gene="EGFR", status=UNCLEAR)
    for fact_ in (sent, unclear):
        assert fact_from_json(json.loads(json.dumps(fact_json(fact_)))) == fact_
