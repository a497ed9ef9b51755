"""Biomarker status: negation, uncertainty, pending, non-findings (no PDF needed)."""

from __future__ import annotations

import pytest

from biomarkers.extraction import extract_text


def schema(*lines: str) -> dict:
    """SCHEMA dict for a one-page report made of these lines."""
    return extract_text(["\n".join(lines)], file="t.pdf").to_schema()


def bm(*lines: str) -> dict:
    return schema(*lines)["biomarkers"]


@pytest.mark.parametrize(
    ("text", "gene", "status"),
    [
        ("No EGFR mutation was identified.", "EGFR", "negative"),
        ("Negative for ALK rearrangement by FISH.", "ALK", "negative"),
        ("ALK IHC (D5F3): Negative", "ALK", "negative"),
        ("KRAS: wild-type", "KRAS", "negative"),
        ("EGFR wild-type.", "EGFR", "negative"),
        ("BRAF: Not detected", "BRAF", "negative"),
        ("MET testing was negative.", "MET", "negative"),
        ("ROS1 - negative", "ROS1", "negative"),
        ("pan-TRK IHC: negative", "NTRK", "negative"),
        ("HER2 (ERBB2): No mutation detected", "ERBB2", "negative"),
        ("RET rearrangement: Detected (FISH)", "RET", "positive"),
        ("ROS1: Equivocal", "ROS1", "equivocal"),
        ("RET result is indeterminate; repeat testing is suggested.", "RET", "equivocal"),
        ("ALK FISH was inconclusive due to insufficient tumor cells.", "ALK", "equivocal"),
        (
            "MET testing has been sent out; results will be reported in an addendum.",
            "MET",
            "pending",
        ),
        ("ROS1 FISH: result to follow in an addendum", "ROS1", "pending"),
        ("EGFR analysis is in progress.", "EGFR", "pending"),
        ("KRAS: Pending", "KRAS", "pending"),
        ("c-MET amplification detected.", "MET", "positive"),
        ("ALK rearranged by FISH (positive).", "ALK", "positive"),
    ],
)
def test_single_marker_status(text: str, gene: str, status: str) -> None:
    assert bm(text)[gene]["status"] == status


def test_list_after_no_alterations_negates_each_gene() -> None:
    out = bm("No alterations were detected in ALK, ROS1, RET.")
    assert {g: v["status"] for g, v in out.items()} == {
        "ALK": "negative",
        "ROS1": "negative",
        "RET": "negative",
    }


def test_section_of_genes_without_reportable_alterations() -> None:
    out = bm(
        "GENOMIC FINDINGS",
        "KRAS G12C Pathogenic",
        "GENES ASSAYED WITH NO REPORTABLE ALTERATIONS",
        "ALK, EGFR, ROS1, BRAF, NTRK1/2/3, HER2 (ERBB2)",
        "METHODOLOGY",
        "Hybrid capture NGS of 324 genes including MET and RET.",
    )
    assert out["KRAS"] == {"status": "positive", "variants": ["G12C"]}
    assert {g for g, v in out.items() if v["status"] == "negative"} == {
        "ALK",
        "EGFR",
        "ROS1",
        "BRAF",
        "NTRK",
        "ERBB2",
    }
    assert "MET" not in out and "RET" not in out  # methodology text is not a result


def test_key_value_lines_do_not_leak_negation() -> None:
    out = bm("ALK IHC: Negative", "ROS1 FISH: Positive", "EGFR: L858R")
    assert out["ALK"]["status"] == "negative"
    assert out["ROS1"]["status"] == "positive"
    assert out["EGFR"] == {"status": "positive", "variants": ["L858R"]}


def test_two_results_in_one_sentence() -> None:
    out = bm("EGFR L858R detected; T790M not detected. ALK negative, RET positive.")
    assert out["EGFR"] == {"status": "positive", "variants": ["L858R"]}
    assert out["ALK"]["status"] == "negative"
    assert out["RET"]["status"] == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Testing for EGFR, ALK, ROS1, BRAF, KRAS, MET, RET and NTRK alterations and PD-L1 is "
        "recommended for all patients with advanced non-squamous NSCLC.",
        "ALK-positive tumors are typically sensitive to ALK tyrosine kinase inhibitors.",
        "Patients with EGFR-mutant NSCLC generally benefit from osimertinib.",
        "Consider ROS1 and RET testing if tissue allows.",
        "EGFR testing was not performed.",
        "Genes analyzed: ALK, EGFR, ROS1, KRAS, BRAF, MET, RET, ERBB2.",
    ],
)
def test_non_findings_give_no_key(text: str) -> None:
    assert bm(text) == {}


def test_variants_of_unknown_significance_are_not_results() -> None:
    out = bm(
        "VARIANTS OF UNKNOWN SIGNIFICANCE",
        "BRAF T310I; RET V292M",
        "RESULTS",
        "MET N375S (variant of uncertain significance)",
        "KRAS c.34G>T (p.Gly12Cys) detected",
    )
    assert out == {"KRAS": {"status": "positive", "variants": ["G12C"]}}


def test_other_genes_variants_do_not_attach_to_ours() -> None:
    out = bm("KRAS G12C and TP53 R273H were detected.")
    assert out == {"KRAS": {"status": "positive", "variants": ["G12C"]}}


def test_table_rows_keep_gene_and_result_together() -> None:
    out = bm(
        "Gene   Alteration   Result",
        "EGFR   Exon 19 deletion   Detected",
        "ALK   —   Not detected",
        "KRAS   —   Not detected",
    )
    assert out["EGFR"] == {"status": "positive", "variants": ["exon 19 deletion"]}
    assert out["ALK"]["status"] == "negative"
    assert out["KRAS"]["status"] == "negative"


def test_positive_beats_negative_within_report() -> None:
    out = bm("ALK IHC: equivocal", "ALK FISH: positive for EML4-ALK fusion")
    assert out["ALK"] == {"status": "positive", "variants": ["EML4-ALK"]}


def test_negated_list_closed_by_a_passive_verb() -> None:
    out = bm("No actionable mutations in EGFR, KRAS or BRAF were identified.")
    assert {g: v["status"] for g, v in out.items()} == {
        "EGFR": "negative",
        "KRAS": "negative",
        "BRAF": "negative",
    }


def test_negative_list_then_but_positive() -> None:
    out = bm(
        "The tumor is negative for EGFR, ALK and ROS1 alterations but positive for a KRAS "
        "G12V mutation."
    )
    assert out["EGFR"]["status"] == out["ALK"]["status"] == out["ROS1"]["status"] == "negative"
    assert out["KRAS"] == {"status": "positive", "variants": ["G12V"]}


def test_comma_separated_results_and_pdl1_in_one_line() -> None:
    out = bm("Biomarkers: EGFR negative, ALK negative, ROS1 negative, PD-L1 70%.")
    assert out == {
        "ALK": {"status": "negative", "variants": []},
        "EGFR": {"status": "negative", "variants": []},
        "ROS1": {"status": "negative", "variants": []},
        "PD-L1": {"status": "positive", "tps": 70},
    }
