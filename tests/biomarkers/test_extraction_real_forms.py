"""Each real form of a result, and of text that is not one, quoted from the real TCGA reports
in ../shared/eval/real/texts (case id beside each; OCR errors kept as the report has them).

A result needs a statement about this patient's specimen that binds the gene to a result;
method, assay, background and literature text never gives one (issue 12).
"""

from __future__ import annotations

import pytest

from biomarkers.extraction import extract_text
from biomarkers.extraction.statements import non_result_kind
from biomarkers.extraction.types import UNCLEAR


def _read(*lines: str):
    return extract_text(["\n".join(lines)], file="t.pdf")


def statuses(*lines: str) -> dict[str, str]:
    out = _read(*lines).to_schema()["biomarkers"]
    return {gene: res["status"] for gene, res in out.items()}


# --- results -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # TCGA-50-6595: a lettered result list in capitals.
        ("B. KRAS codon 12/13 mutation NOT identified.", {"KRAS": "negative"}),
        ("D. EGFR Exon 21 mutation NOT identified. Collection Date:", {"EGFR": "negative"}),
        # TCGA-50-6595: the fusion's "/" read by OCR as "1".
        ("E. EML41ALK rearrangement NOT identified (see In Situ Procedure).", {"ALK": "negative"}),
        # TCGA-62-8395 (translated): a plain line under "Supplementary examinations".
        ("EGFR mutation negative", {"EGFR": "negative"}),
        # TCGA-MN-A4N5: the lab's result line and the FISH result.
        ("RESULT: No mutations were detected within the analyzed\nregion of the EGFR gene.",
         {"EGFR": "negative"}),
        ("Result: NEGATIVE: NO ALK GENE REARRANGEMENT", {"ALK": "negative"}),
        ("Immunostaining for ALK protein is negative in the tumor cells.", {"ALK": "negative"}),
        # TCGA-J2-8192: a table row whose OCR split the result word and dotted the gene.
        ("KR.AS WILD-TYPE I\\]C MUTATION", {"KRAS": "negative"}),
        ("ALK BF.trAK APART FI SI-1 NEGAT IVE NEGAT IVE R.EARR.ANGtrMEN]T", {"ALK": "negative"}),
    ],
)  # fmt: skip
def test_real_result_statements(line: str, expected: dict[str, str]) -> None:
    assert statuses(line) == expected


def test_amplification_by_fish_is_positive_with_its_kind() -> None:
    # TCGA-50-6595 / TCGA-50-5939: copy number by FISH, called amplification.
    rep = _read("A. EGFR amplification IDENTIFIED (see In Situ Procedure).")
    assert rep.to_schema()["biomarkers"] == {
        "EGFR": {"status": "positive", "variants": ["amplification"]}
    }
    assert {(f.gene, f.alteration) for f in rep.facts} == {("EGFR", "amplification")}


def test_low_level_her2_amplification() -> None:
    # TCGA-50-6673
    rep = _read(
        "Fluorescence in-situ hybridization studies performed on the adenocarcinoma show a "
        "ratio of Her2/Neu to the centromere of chromosome 17 of 1.40, indicating low-level "
        "amplification in the targeted region."
    )
    assert rep.to_schema()["biomarkers"] == {
        "ERBB2": {"status": "positive", "variants": ["amplification"]}
    }
    assert [(f.alteration, f.method) for f in rep.facts if f.kind == "biomarker"] == [
        ("amplification", "FISH")
    ]


def test_protein_expression_by_immunohistochemistry() -> None:
    # TCGA-18-4086: "The EGFR shows strong membranous staining in approximately 90%".
    rep = _read(
        "The EGFR shows strong membranous staining in approximately 90% of both the",
        "moderately differentiated-component and the spindled component.",
    )
    assert rep.to_schema()["biomarkers"] == {"EGFR": {"status": "positive", "variants": []}}
    (fact,) = rep.facts
    assert (fact.alteration, fact.method) == ("expression", "IHC")


def test_addendum_result_replaces_will_be_performed() -> None:
    # TCGA-MN-A4N5: the diagnosis says the tests "will be performed"; the addendum reports them.
    assert statuses(
        "Immunostain for ALK and molecular studies for EGFR and ALK gene will",
        "be performed. The results will be issued as an addendum report after",
        "completion.",
        "",
        "Immunostaining for ALK protein is negative in the tumor cells.",
        "RESULT: No mutations were detected within the analyzed",
        "region of the EGFR gene.",
    ) == {"ALK": "negative", "EGFR": "negative"}


def test_result_line_under_the_test_heading() -> None:
    # SCHEMA.md's real-report convention: "EGFR Mutation Analysis ... Genotype result: Wild
    # type"; TCGA-62-8395 prints its test as a heading over the result.
    rep = _read("EGFR Mutation Analysis", "Genotype result: Wild type")
    assert rep.to_schema()["biomarkers"] == {"EGFR": {"status": "negative", "variants": []}}
    (fact,) = rep.facts
    assert fact.evidence.sentence == "EGFR Mutation Analysis\nGenotype result: Wild type"
    assert fact.alteration == "mutation"


def test_a_result_line_under_another_genes_line_is_not_moved() -> None:
    assert statuses("KRAS: wild type", "ALK FISH", "Result: negative") == {
        "KRAS": "negative",
        "ALK": "negative",
    }
    # The heading names two genes: the result cannot be placed.
    assert statuses("EGFR and KRAS mutation analysis", "Result: negative") == {}


# --- not results ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # TCGA-50-6595: literature.
        ("KRAS codon 12/13 mutations are found in approximately 10-30% lung adenocarcinomas "
         "and associated with history of smoking.", "general"),
        ("The presence of KRAS mutation leads to resistance to EGFR tiir eted therapies (1).",
         "general"),
        ("EML41ALK rearrangements are mutually exclusive with KRAS and EGFR mutations.",
         "general"),
        # TCGA-50-5939: literature and method.
        ("EGFR axon 19 and 21 mutations are present in about 10% of s and up to 40% in the "
         "population, common in non-smokers", "general"),
        ("For the detectiOn of mutation. DNA was amplifiod with primers for the KRAS gene and "
         "exons 19 and 21 of the EGFR gene.", "method"),
        # TCGA-O1-A52J: what the probe is designed to find.
        ("The DNA probe is designed to detect amplification of the EGFR gene via fluorescence "
         "in situ hybridization", "method"),
    ],
)  # fmt: skip
def test_method_and_literature_sentences_are_not_results(line: str, kind: str) -> None:
    found = non_result_kind(line)
    assert found is not None and found[0] == kind
    assert statuses(line) == {}


def test_a_patients_own_result_is_not_taken_for_literature() -> None:
    for line in (
        "B. KRAS codon 12/13 mutation NOT identified.",
        "The EGFR shows strong membranous staining in approximately 90% of both the",
        "Molecular studies showed an EGFR L858R mutation.",
    ):
        assert non_result_kind(line) is None, line


def test_unfilled_checkbox_row_is_no_result() -> None:
    # TCGA-70-6723: a research form's row with neither box marked.
    assert statuses("ER o Negative o Positive", "Her-2/neu o Negative o Positive") == {}


def test_nccn_paragraph_is_no_result() -> None:
    # TCGA-55-7283 (the trap in labelled.jsonl): a guideline paragraph is no key.
    assert (
        statuses(
            "The NCCN guidelines recommend EGFR mutation testing in patients with "
            "adenocarcinoma of the lung."
        )
        == {}
    )


# --- abstaining ----------------------------------------------------------------------------


def test_two_statements_that_disagree_are_unclear_not_a_status() -> None:
    # TCGA-50-6595's wording, made to disagree with itself.
    rep = _read(
        "B. KRAS codon 12/13 mutation NOT identified.",
        "",
        "KRAS codon 12 mutation IDENTIFIED.",
    )
    assert rep.to_schema()["biomarkers"] == {}
    assert {f.status for f in rep.facts if f.gene == "KRAS"} == {UNCLEAR}
    # Both sentences stay with the finding: the patient is shown what could not be squared.
    assert len({f.evidence.sentence for f in rep.facts}) == 2


def test_a_negative_of_another_kind_is_no_disagreement() -> None:
    # TCGA-50-6595: amplification identified, exon 19/21 mutations not.
    out = _read(
        "A. EGFR amplification IDENTIFIED (see In Situ Procedure).",
        "C, EGFR Exon 19 mutation NOT identified.",
    ).to_schema()["biomarkers"]
    assert out == {"EGFR": {"status": "positive", "variants": ["amplification"]}}


def test_a_variant_ruled_out_is_no_disagreement() -> None:
    out = _read("EGFR exon 19 deletion detected.", "EGFR T790M not detected.").to_schema()[
        "biomarkers"
    ]
    assert out == {"EGFR": {"status": "positive", "variants": ["exon 19 deletion"]}}


def test_another_cancers_markers_are_not_this_tumours() -> None:
    # TCGA-38-7271: the HER2 score 0 of an earlier breast cancer, then the lung tumour's HER2.
    out = _read(
        "mass. CIS: PMHx (  for grade 3, ductal breast inoma (ER weak, PR negative, HER2 score "
        "0) diagnosed in eviewed",
        "",
        "immunohistochemistry was performed, and shows",
        "immunoreactivity for TTF-1 and HER2, with no reactivity for",
        "GCDFP or ER. This immunophenotype supports lung primary.",
    ).to_schema()["biomarkers"]
    assert out == {"ERBB2": {"status": "positive", "variants": []}}
