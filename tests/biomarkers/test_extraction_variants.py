"""Variant spellings normalise to the SCHEMA names."""

from __future__ import annotations

import pytest

from biomarkers.extraction import extract_text


def schema(*lines: str) -> dict:
    """SCHEMA dict for a one-page report made of these lines."""
    return extract_text(["\n".join(lines)], file="t.pdf").to_schema()


@pytest.mark.parametrize(
    ("text", "gene", "variant"),
    [
        ("EGFR: p.L858R detected (VAF 23%)", "EGFR", "L858R"),
        ("EGFR p.Leu858Arg was identified.", "EGFR", "L858R"),
        ("EGFR exon 19 deletion (p.E746_A750del) detected.", "EGFR", "exon 19 deletion"),
        ("EGFR del19 detected.", "EGFR", "exon 19 deletion"),
        ("EGFR ex19del present.", "EGFR", "exon 19 deletion"),
        ("EGFR c.2235_2249del15 identified.", "EGFR", "exon 19 deletion"),
        ("EGFR E746_A750del positive.", "EGFR", "exon 19 deletion"),
        ("EGFR exon 20 insertion (p.A767_V769dup) detected.", "EGFR", "exon 20 insertion"),
        ("EGFR G719S detected.", "EGFR", "G719X"),
        ("Resistance mutation T790M was detected in EGFR.", "EGFR", "T790M"),
        ("KRAS c.34G>T (p.Gly12Cys)", "KRAS", "G12C"),
        ("KRAS: G12D DETECTED", "KRAS", "G12D"),
        ("BRAF V600E mutation present.", "BRAF", "V600E"),
        ("EML4::ALK fusion detected.", "ALK", "EML4-ALK"),
        ("EML4 (exon 13)::ALK (exon 20) fusion identified.", "ALK", "EML4-ALK"),
        ("A CD74-ROS1 rearrangement was detected.", "ROS1", "CD74-ROS1"),
        ("KIF5B\u2013RET fusion positive.", "RET", "KIF5B-RET"),
        ("TPM3-NTRK1 fusion detected.", "NTRK", "NTRK1"),
        ("MET exon 14 skipping mutation detected.", "MET", "exon 14 skipping"),
        ("METex14 skipping alteration identified.", "MET", "exon 14 skipping"),
        ("MET amplification (copy number 12) detected.", "MET", "amplification"),
        ("HER2 exon 20 insertion detected.", "ERBB2", "exon 20 insertion"),
        ("ERBB2 amplification was identified.", "ERBB2", "amplification"),
    ],
)
def test_variant_normalisation(text: str, gene: str, variant: str) -> None:
    out = schema(text)["biomarkers"]
    assert out[gene]["status"] == "positive"
    assert variant in out[gene]["variants"]


def test_negated_variant_is_not_reported() -> None:
    out = schema("EGFR T790M not detected.")["biomarkers"]
    assert out["EGFR"] == {"status": "negative", "variants": []}


def test_clone_names_are_not_variants() -> None:
    out = schema("ALK (D5F3) IHC: negative. PD-L1 (22C3): TPS 10%.")["biomarkers"]
    assert out["ALK"] == {"status": "negative", "variants": []}


@pytest.mark.parametrize(
    ("sentence", "gene", "variants"),
    [
        ("Positive for ALK EML4-ALK rearrangement.", "ALK", ["EML4-ALK"]),
        ("EGFR L858R and EGFR T790M mutations were detected.", "EGFR", ["L858R", "T790M"]),
    ],
)
def test_one_sentence_gives_one_fact_per_gene_and_reading(sentence, gene, variants):
    # The record page shows a card per fact; a gene named twice in a sentence is one fact.
    facts = [f for f in extract_text([sentence]).facts if f.gene == gene]
    assert [(f.status, f.variants) for f in facts] == [("positive", variants)]
