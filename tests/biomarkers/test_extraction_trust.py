"""Readings a patient could act on wrongly, each held to the cautious answer: a result is
taken only where the words bind it to this tumour, and a doubtful one is no result."""

from __future__ import annotations

import pytest

from biomarkers.extraction import extract_text


def biomarkers(line: str) -> dict:
    return extract_text([line], file="t.pdf").to_schema()["biomarkers"]


def test_an_allele_fraction_marks_a_detected_variant_before_a_negated_one() -> None:
    # The negation closes the list; a lab prints an allele fraction only for what it found.
    assert biomarkers("Plasma NGS: EGFR L858R (2.3%), T790M not detected.") == {
        "EGFR": {"status": "positive", "variants": ["L858R"]}
    }
    # Without one, a list closed by "not detected" stays negative.
    assert biomarkers("EGFR exon 19 deletion, L858R and T790M: not detected.") == {
        "EGFR": {"status": "negative", "variants": []}
    }


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("HER2 IHC 2+ (equivocal); HER2 FISH: not amplified (ratio 1.3).", "negative"),
        ("HER2 (4B5) IHC: 2+", "equivocal"),
        ("HER2 IHC score 1+", "negative"),
        ("HER2 IHC: 3+", "positive"),
    ],
)
def test_immunohistochemistry_scores(line: str, status: str) -> None:
    assert biomarkers(line)["ERBB2"]["status"] == status


def test_a_result_imagined_in_an_if_clause_is_none() -> None:
    assert biomarkers("If her NGS shows an ALK fusion, we would start alectinib.") == {}
    # The clause ends at the comma: what follows is stated.
    assert biomarkers("If needed, ALK FISH will be repeated; ALK IHC is negative.") == {
        "ALK": {"status": "negative", "variants": []}
    }


def test_weak_staining_awaiting_fish_is_not_positive() -> None:
    out = biomarkers("ROS1 (D4D6) IHC: weak staining in 10% of cells, FISH to follow.")
    assert out["ROS1"]["status"] in {"equivocal", "pending"}


def test_no_kras_mutation_detected_with_the_gene_inside_the_subject() -> None:
    assert biomarkers(
        "KRAS mutation analysis: No KRAS mutations were detected in codons 12, 13 and 61."
    ) == {"KRAS": {"status": "negative", "variants": []}}


def test_a_result_word_garbled_past_repair_is_unclear_with_its_line() -> None:
    rep = extract_text(["EGFR: NEGAT7VF"], file="t.pdf")
    assert rep.to_schema()["biomarkers"] == {}
    assert [(f.gene, f.status, f.evidence.sentence) for f in rep.facts] == [
        ("EGFR", "unclear", "EGFR: NEGAT7VF")
    ]
    # One slip that ocr.py repairs is read; a plain other word is no result at all.
    assert biomarkers("EGFR: Negatlve") == {"EGFR": {"status": "negative", "variants": []}}
    assert extract_text(["EGFR mutation: see comment"]).facts == []


def test_a_clear_reading_stands_beside_a_garbled_line() -> None:
    assert biomarkers("HER2: NEGAT7VF\nHER2 IHC: negative") == {
        "ERBB2": {"status": "negative", "variants": []}
    }


def test_a_drug_not_given_says_nothing_of_a_gene() -> None:
    assert biomarkers("She has never received immunotherapy given her EGFR status.") == {}
    assert biomarkers("The patient declined ALK testing.") == {}


def test_a_plasma_negative_stands_beside_a_tissue_positive() -> None:
    out = biomarkers(
        "Tissue NGS: EGFR exon 19 deletion detected.\nPlasma result: EGFR mutation not detected."
    )
    assert out == {"EGFR": {"status": "positive", "variants": ["exon 19 deletion"]}}


def test_an_earlier_negative_is_history_not_a_contradiction() -> None:
    out = biomarkers(
        "EGFR T790M detected (VAF 0.3%).\n"
        "An EGFR resistance mutation, not seen in January 2025, is now detected."
    )
    assert out == {"EGFR": {"status": "positive", "variants": ["T790M"]}}
