"""Phrasings and layouts found by the second blind set (fixtures/blind2), one rule each.

Each case is written here in new words: the rule is about the category, not the blind file.
"""

from __future__ import annotations

import pytest

from biomarkers.extraction import extract_text


def schema(text: str) -> dict:
    return extract_text([text], file="t.pdf").to_schema()


def statuses(text: str) -> dict[str, str]:
    return {g: r["status"] for g, r in schema(text)["biomarkers"].items()}


@pytest.mark.parametrize(
    "text",
    [
        # A negatives heading with a qualifier after it, the list on the next line.
        "Genes with no alterations detected in either sample\nALK, EGFR, ROS1\n",
        # Singular wording, all capitals.
        "NO PATHOGENIC VARIANT DETECTED IN:\n"
        "ALK (exon 20) EGFR (exons 18-21) ROS1 (exon 14 + splice)\n",
        # EHR and tumour-board shorthand.
        "MARKERS : ALK neg EGFR neg ROS1 neg\n",
    ],
)
def test_negative_lists_and_shorthand(text):
    assert statuses(text) == {"ALK": "negative", "EGFR": "negative", "ROS1": "negative"}


def test_an_appendix_describing_the_assay_states_no_result():
    text = (
        "Result: MET exon 14 skipping detected.\n"
        "Appendix 2 - Methods and limitations\n"
        "Covered regions include EGFR exons 18 to 21 (exon 19 deletions, L858R, T790M) and\n"
        "ALK intron 19 rearrangements.\n"
    )
    assert statuses(text) == {"MET": "positive"}


def test_genes_not_covered_by_a_panel_get_no_key():
    text = "KRAS G12D detected.\nNOT COVERED BY THIS PANEL: fusions of ALK, RET and NTRK.\n"
    assert statuses(text) == {"KRAS": "positive"}


def test_a_plain_background_heading_in_a_clinical_note_is_history_not_methods():
    text = (
        "Background\n"
        "Stage IV adenocarcinoma. ROS1 fusion (CD74-ROS1) on tissue NGS; EGFR negative.\n"
        "Crizotinib was given from January.\n"
    )
    out = schema(text)
    assert out["biomarkers"]["ROS1"] == {"status": "positive", "variants": ["CD74-ROS1"]}
    assert out["biomarkers"]["EGFR"]["status"] == "negative"
    assert out["treatments"] == ["crizotinib"]


def test_a_vus_heading_with_a_note_in_brackets_still_holds_vus():
    text = (
        "Variants of uncertain significance (tier III, for research use)\n"
        "BRAF p.(Gly469Val) VAF 12%\n"
    )
    assert statuses(text) == {}


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        (
            "She completed four cycles of carboplatin-gemcitabine in 2024.",
            ["carboplatin", "gemcitabine"],
        ),
        ("DOCETAXEL 75 MG/M2  --  --  PLANNED, NOT STARTED", []),
        ("Durvalumab planned, not started.", []),
        ("Given: carboplatin. Atezolizumab awaiting formulary approval.", ["carboplatin"]),
    ],
)
def test_regimens_and_treatment_tables(text, drugs):
    assert schema(text)["treatments"] == drugs


def test_a_pdl1_score_wrapped_onto_the_next_line():
    text = "PD-L1 immunohistochemistry (22C3): tumour proportion score\n15%.\nSigned: Dr A\n"
    assert schema(text)["biomarkers"]["PD-L1"] == {"status": "positive", "tps": 15}


@pytest.mark.parametrize(
    "text",
    [
        "Possible ERBB2 amplification (copy number 6.1); confirmation by ISH to follow.",
        "Suspected EGFR exon 20 insertion, low coverage.",
        "An ALK rearrangement cannot be excluded.",
    ],
)
def test_a_possible_alteration_is_not_reported_as_found(text):
    # Not yet a result: claiming it positive would tell a patient more than the report does.
    assert all(s != "positive" for s in statuses(text).values())


def test_a_result_label_wrapped_before_its_value():
    text = "ROS1: no fusion detected. KRAS (DNA sequencing):\ninconclusive - low tumour content.\n"
    assert statuses(text) == {"ROS1": "negative", "KRAS": "equivocal"}


@pytest.mark.parametrize(
    "text",
    [
        "No ALK FISH has been performed on this specimen.",
        "An EGFR report filed to this chart in error belonged to another patient.",
    ],
)
def test_untested_genes_and_other_patients_results_get_no_key(text):
    assert statuses(text) == {}


@pytest.mark.parametrize(
    ("text", "histology"),
    [
        (
            "Referring diagnosis\nLung biopsy: small cell carcinoma.\n"
            "Review diagnosis\nLung biopsy: large cell carcinoma, null phenotype.\n",
            "large cell carcinoma",
        ),
        # With no diagnosis of its own, the report's restated one is all there is.
        (
            "Original diagnosis\nLung, lobectomy: squamous cell carcinoma.\nALK negative.\n",
            "squamous cell carcinoma",
        ),
    ],
)
def test_an_outside_diagnosis_gives_way_to_the_reports_own(text, histology):
    assert schema(text)["histology"] == histology


def test_not_tested_stays_on_its_own_line():
    text = "ERBB2 (HER2): No mutation detected\nMET testing has been sent out.\n"
    assert statuses(text) == {"ERBB2": "negative", "MET": "pending"}


LAB = "Comprehensive genomic profiling report (NGS). Variant allele fraction.\n"


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        # A regimen is one unit: receipt words that reach one of its drugs reach all.
        (
            LAB + "Clinical history: 67M on 2L docetaxel/ramucirumab.",
            ["docetaxel", "ramucirumab"],
        ),
        # ... but not a drug of it that is itself declined.
        (
            LAB + "Currently on carboplatin/pemetrexed; bevacizumab declined.",
            ["carboplatin", "pemetrexed"],
        ),
    ],
)
def test_regimens_are_given_whole(text, drugs):
    # A lab report: there only receipt words make a drug a treatment.
    assert schema(text)["treatments"] == drugs


def test_a_list_wrapped_after_and_is_one_sentence():
    text = "- 12/2023: tissue NGS; EGFR, ALK, ROS1, RET and\nNTRK1\u20133 negative. TPS 40%.\n"
    assert statuses(text) == dict.fromkeys(("EGFR", "ALK", "ROS1", "RET", "NTRK"), "negative")


# --- third blind set (fixtures/blind3) ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No tier I or tier II alterations (SNVs or indels) were detected in ALK, EGFR or ROS1.",
        "Analysis of ALK, EGFR and ROS1 alterations (NGS panel): absence of alteration.",
    ],
)
def test_negatives_in_class_wording_and_absence_of(text):
    assert statuses(text) == {"ALK": "negative", "EGFR": "negative", "ROS1": "negative"}


def test_note_shorthand_for_squamous_and_stage():
    out = schema("Dx: SqCC RUL, cT2b N1 M0, st IIB (AJCC8).")
    assert out["histology"] == "squamous cell carcinoma"
    assert out["stage"]["group"] == "IIB"


@pytest.mark.parametrize(
    "text",
    [
        "Adjuvant lorlatinib is not applicable (ALK negative).",
        "Durvalumab is not indicated after surgery alone.",
        "We appeal the denial of coverage for selpercatinib.",
    ],
)
def test_drugs_ruled_out_or_refused_by_a_payer_are_not_treatments(text):
    assert schema(text)["treatments"] == []


def test_a_dose_not_administered_is_not_a_treatment():
    text = "Pembrolizumab was given at 10:20. Cisplatin was not administered: creatinine rising."
    assert schema(text)["treatments"] == ["pembrolizumab"]


NOTE = "HISTORY OF PRESENT ILLNESS\nFollow-up note. Return to clinic in 6 weeks.\n"


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        # Plan words after the drug reach that drug only.
        ("Cisplatin given, durvalumab planned.", ["cisplatin"]),
        ("Brigatinib was considered but not started.", []),
        ("Lorlatinib to begin once the scan is back.", []),
        ("Docetaxel was planned; gemcitabine given instead.", ["gemcitabine"]),
        # ... and receipt stays receipt.
        ("Continue pemetrexed and start bevacizumab.", ["pemetrexed"]),
    ],
)
def test_plans_written_after_the_drug(text, drugs):
    assert schema(NOTE + text)["treatments"] == drugs


def test_a_variant_glued_to_its_gene():
    out = schema("MTB: BRAFV600E (VAF 9%); EGFRL858R not detected; KRAS wt.")["biomarkers"]
    assert out["BRAF"] == {"status": "positive", "variants": ["V600E"]}
    assert out["EGFR"]["status"] == "negative" and out["KRAS"]["status"] == "negative"


@pytest.mark.parametrize(
    ("text", "histology"),
    [
        # Another cancer in the history gives way to this report's diagnosis ...
        (
            "Clinical history: prior history of adenocarcinoma of the prostate.\n"
            "Diagnosis\nLung, core biopsy: small cell carcinoma.\n",
            "small cell carcinoma",
        ),
        # ... and is kept when it is the only one stated.
        (
            "Oncology follow-up\nHistory of adenocarcinoma of the lung, on osimertinib.\n",
            "adenocarcinoma",
        ),
    ],
)
def test_a_diagnosis_told_as_history_gives_way(text, histology):
    assert schema(text)["histology"] == histology


def test_other_peoples_cancers_and_medicines_are_not_the_patients():
    text = NOTE + "Her husband was treated with crizotinib. She takes lorlatinib.\n"
    assert schema(text)["treatments"] == ["lorlatinib"]


@pytest.mark.parametrize(
    ("text", "tps"),
    [("PD-L1 (22C3) tumour proportion score: 45 percent", 45), ("PD-L1 in 7 per cent of cells", 7)],
)
def test_a_pdl1_score_in_words(text, tps):
    assert schema(text)["biomarkers"]["PD-L1"] == {"status": "positive", "tps": tps}


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        (
            "Clinical history: post chemoradiotherapy with carboplatin/paclitaxel.",
            ["carboplatin", "paclitaxel"],
        ),
        ("Clinical history: post-operative alectinib is recommended.", []),
    ],
)
def test_receipt_words_in_a_pathology_report(text, drugs):
    page = "SURGICAL PATHOLOGY REPORT\nFinal diagnosis: adenocarcinoma.\n" + text
    assert schema(page)["treatments"] == drugs
