"""Context handling: lists of therapies, plans, family history, negated gene lists,
sections, leader dots, two-cell lines, splice variants, banners, indication thresholds.

Each category holds several phrasings of our own, so a rule cannot pass by matching one
sentence.
"""

from __future__ import annotations

import pytest

from biomarkers.extraction import extract_text
from biomarkers.extraction.pdf import lines_to_pages

NGS_HEAD = "COMPREHENSIVE GENOMIC PROFILING REPORT (NGS)"


def schema(*lines: str) -> dict:
    return extract_text(["\n".join(lines)], file="t.pdf").to_schema()


def statuses(out: dict) -> dict[str, str]:
    return {g: r["status"] for g, r in out["biomarkers"].items()}


# 1. Therapy-association and trial lists in NGS reports are not treatments.
@pytest.mark.parametrize(
    "lines",
    [
        (
            "Therapies with clinical benefit (in patient's tumor type): Afatinib, Dacomitinib, "
            "Erlotinib, Gefitinib, Osimertinib",
        ),
        ("FDA-approved therapies", "Osimertinib", "Erlotinib"),
        ("Therapies associated with potential resistance", "Gefitinib, erlotinib"),
        ("Potential clinical trials", "NCT01234567 - amivantamab plus lazertinib"),
        ("Relevant therapies (in other tumor type)", "Dabrafenib + trametinib"),
        ("Therapy implications:", "KRAS G12C: sotorasib (Level 1), adagrasib (Level 1)"),
        ("Agents with potential benefit", "Capmatinib   Tepotinib   Level 2A"),
        ("Treatment options", "Selpercatinib; pralsetinib"),
        ("EGFR L858R   Osimertinib   NCCN Category 1",),
        ("Gene   Alteration   Level 1   Level 2A", "ALK   EML4-ALK   Alectinib   Lorlatinib"),
    ],
)
def test_ngs_therapy_lists_are_not_treatments(lines: tuple[str, ...]) -> None:
    assert schema(NGS_HEAD, "GENOMIC FINDINGS", *lines)["treatments"] == []


@pytest.mark.parametrize(
    ("line", "drugs"),
    [
        ("Clinical history: patient is currently receiving osimertinib.", ["osimertinib"]),
        ("Clinical history: previously treated with carboplatin/pemetrexed.",
         ["carboplatin", "pemetrexed"]),
        ("Specimen collected on osimertinib since 05/2024.", ["osimertinib"]),
        ("Indication: progression on alectinib.", ["alectinib"]),
        ("Osimertinib, Erlotinib, Gefitinib", []),
    ],
)  # fmt: skip
def test_ngs_report_counts_a_drug_only_with_receipt_language(line: str, drugs: list) -> None:
    assert schema(NGS_HEAD, line)["treatments"] == drugs


# 2. Plans, alternatives and conditional options in clinic notes.
@pytest.mark.parametrize(
    "line",
    [
        "Docetaxel +/- ramucirumab reserved for 3L.",
        "Pralsetinib is an alternative if intolerance recurs.",
        "Encorafenib/binimetinib could be considered after progression.",
        "If progression, second-line sotorasib or adagrasib would be an option.",
        "Lorlatinib would be reasonable at next progression.",
        "Should she progress, brigatinib remains available.",
        "In case of progression, amivantamab is the next-line choice.",
        "She is eligible for datopotamab deruxtecan on a trial.",
        "Patient is a candidate for tepotinib.",
        "We plan to start capmatinib next month.",
        "Pembrolizumab offered; she declined.",
        "Nivolumab was declined by the patient.",
        "Durvalumab may be considered later.",
        "Options include cemiplimab or atezolizumab.",
    ],
)
def test_planned_or_conditional_drugs_are_not_treatments(line: str) -> None:
    assert schema("PROGRESS NOTE", line)["treatments"] == []


@pytest.mark.parametrize(
    ("line", "drugs"),
    [
        ("Started osimertinib on 3/2024.", ["osimertinib"]),
        ("Second-line docetaxel given in 2023.", ["docetaxel"]),
        ("Completed 4 cycles of carboplatin/pemetrexed.", ["carboplatin", "pemetrexed"]),
        ("Currently on lorlatinib; brigatinib would be an alternative.", ["lorlatinib"]),
    ],
)
def test_received_phrasings_that_share_words_with_plans(line: str, drugs: list) -> None:
    assert schema("PROGRESS NOTE", line)["treatments"] == drugs


# 3. Drugs named in general pathology comments.
@pytest.mark.parametrize(
    "line",
    [
        "ALK-rearranged tumors are candidates for ALK inhibitor therapy (e.g., alectinib).",
        "Tumors with MET exon 14 skipping may benefit from capmatinib.",
        "EGFR-mutated carcinomas are sensitive to TKIs such as osimertinib.",
        "Such patients may respond to agents like selpercatinib.",
    ],
)
def test_pathology_comment_drugs_are_not_treatments(line: str) -> None:
    out = schema("SURGICAL PATHOLOGY REPORT", "COMMENT:", line)
    assert out["treatments"] == []


# 4 and 7. "No ... detected in GENE, GENE or GENE" negates the whole list.
@pytest.mark.parametrize(
    ("line", "genes"),
    [
        ("No somatic alterations were detected in EGFR, ALK, ROS1, KRAS, BRAF or RET.",
         ["EGFR", "ALK", "ROS1", "KRAS", "BRAF", "RET"]),
        ("No pathogenic variants or fusions were identified in ALK, ROS1, RET, BRAF, MET or "
         "NTRK1/2/3.", ["ALK", "ROS1", "RET", "BRAF", "MET", "NTRK"]),
        ("No pathogenic alterations detected in EGFR, BRAF or MET.", ["EGFR", "BRAF", "MET"]),
        ("No reportable mutations, fusions or amplifications were found in KRAS and ERBB2.",
         ["KRAS", "ERBB2"]),
        ("No clinically significant variants detected in EGFR/ALK/ROS1.",
         ["EGFR", "ALK", "ROS1"]),
    ],
)  # fmt: skip
def test_negated_gene_list(line: str, genes: list[str]) -> None:
    assert statuses(schema(line)) == dict.fromkeys(genes, "negative")


def test_other_in_a_negated_list_keeps_the_stated_positive() -> None:
    out = schema(
        "KRAS p.G12C detected (VAF 21%).",
        "No other clinically significant sequence variants were detected in EGFR, KRAS, "
        "ERBB2 or MET.",
    )
    assert out["biomarkers"]["KRAS"] == {"status": "positive", "variants": ["G12C"]}
    assert {g: out["biomarkers"][g]["status"] for g in ("EGFR", "ERBB2", "MET")} == {
        "EGFR": "negative",
        "ERBB2": "negative",
        "MET": "negative",
    }


# 5. A list on the lines under a negative heading.
@pytest.mark.parametrize(
    "heading",
    [
        "Relevant genes with no reportable alterations",
        "Pertinent negatives",
        "Negative for:",
        "Genes tested without alterations",
        "Not detected",
        "Genes analysed with no alterations identified",
    ],
)
def test_gene_list_under_a_negative_heading(heading: str) -> None:
    out = schema(NGS_HEAD, heading, "EGFR, ALK, ROS1, RET", "BRAF, ERBB2, NTRK1, NTRK2")
    assert statuses(out) == dict.fromkeys(
        ["ALK", "EGFR", "ROS1", "BRAF", "RET", "NTRK", "ERBB2"], "negative"
    )


def test_negative_heading_does_not_reach_past_the_next_heading() -> None:
    out = schema("Pertinent negatives", "EGFR, ALK", "", "Biomarker Findings", "KRAS G12D")
    assert statuses(out) == {"EGFR": "negative", "ALK": "negative", "KRAS": "positive"}


# 6. Leader dots from fax/OCR.
@pytest.mark.parametrize(
    ("line", "gene", "status"),
    [
        ("EGFR .................................... NEGATIVE", "EGFR", "negative"),
        ("ALK....positive", "ALK", "positive"),
        ("ROS1 . . . . . . . . not detected", "ROS1", "negative"),
        ("KRAS\u2026\u2026\u2026 G12C detected", "KRAS", "positive"),
    ],
)
def test_leader_dots(line: str, gene: str, status: str) -> None:
    assert statuses(schema(line))[gene] == status


@pytest.mark.parametrize(
    ("line", "tps"),
    [
        ("PD-L1 (22C3) ........ 80%", 80),
        ("PD-L1 (SP263) .................................................. 5%", 5),
    ],
)
def test_leader_dots_pdl1(line: str, tps: int) -> None:
    assert schema(line)["biomarkers"]["PD-L1"]["tps"] == tps


# 8. Family history is not the patient's.
@pytest.mark.parametrize(
    "line",
    [
        "Sister with EGFR-mutant lung adenocarcinoma, treated with osimertinib.",
        "Family history of ALK-positive lung cancer in her brother, on alectinib.",
        "FHx: mother had KRAS-mutated colon cancer treated with cetuximab and irinotecan.",
        "Her father was diagnosed with squamous cell carcinoma of the lung and got nivolumab.",
    ],
)
def test_family_history_is_not_the_patients(line: str) -> None:
    out = schema("PROGRESS NOTE", line)
    assert out["biomarkers"] == {} and out["treatments"] == [] and out["histology"] is None


def test_family_history_section() -> None:
    out = schema(
        "PROGRESS NOTE",
        "Family History:",
        "Maternal aunt: EGFR exon 19 deletion lung cancer, received erlotinib.",
        "",
        "Assessment and Plan:",
        "Patient continues pembrolizumab.",
    )
    assert out["biomarkers"] == {} and out["treatments"] == ["pembrolizumab"]


# 9. A hypothetical result is not a result.
@pytest.mark.parametrize(
    "second",
    [
        "Once ROS1 returns negative, we recommend chemo-immunotherapy.",
        "If ROS1 comes back positive, crizotinib will be started.",
        "When ROS1 results are negative we will proceed.",
        "Should ROS1 be negative, treatment will follow NCCN guidance.",
    ],
)
def test_hypothetical_result_does_not_override_pending(second: str) -> None:
    out = schema("ROS1 FISH is still pending.", second)
    assert out["biomarkers"]["ROS1"]["status"] == "pending"


# 10. Two cells on one line are two sentences.
@pytest.mark.parametrize(
    "line",
    [
        "MET amplification . not detected    PD-L1 (SP263) ... 90% tumor cells",
        "ALK IHC: negative      PD-L1 22C3: 90% of tumor cells",
        "RET fusion    not detected      PD-L1 (SP263)    TC 90%",
    ],
)
def test_right_hand_cell_is_its_own_sentence(line: str) -> None:
    out = schema(line)["biomarkers"]
    assert out["PD-L1"] == {"status": "positive", "tps": 90}
    assert [r["status"] for g, r in out.items() if g != "PD-L1"] == ["negative"]


def test_table_row_stays_one_sentence() -> None:
    out = schema("Gene   Result", "EGFR   L858R   Detected", "PD-L1   22C3   Positive   TPS 60%")
    assert out["biomarkers"]["EGFR"] == {"status": "positive", "variants": ["L858R"]}
    assert out["biomarkers"]["PD-L1"]["tps"] == 60


# 11. MET exon 14 splice-site variants.
@pytest.mark.parametrize(
    "line",
    [
        "MET c.3082+1G>A splice donor; exon 14 skipping confirmed in RNA",
        "MET c.2888-2A>G (splice acceptor) detected",
        "METex14 detected",
        "MET exon14 skip identified",
        "MET D1010H (exon 14 splice region) detected",
        "MET c.3028+2T>C pathogenic",
        "MET p.D1010Y detected, VAF 12%",
    ],
)
def test_met_exon14_splice_variants(line: str) -> None:
    out = schema(line)["biomarkers"]
    assert out == {"MET": {"status": "positive", "variants": ["exon 14 skipping"]}}


# 12. A diagnosis printed only in the repeated banner survives once.
def test_clinical_banner_kept_once() -> None:
    banner = "Diagnosis: Non-small cell carcinoma, NOS"
    pages = [
        [banner, "MOLECULAR REPORT", "EGFR: negative", "x", "y", "z", "Page 1 of 3"],
        [banner, "ALK: negative", "a", "b", "c", "d", "Page 2 of 3"],
        [banner, "ROS1: negative", "e", "f", "g", "h", "Page 3 of 3"],
    ]
    out = lines_to_pages(pages)
    assert sum(p.count(banner) for p in out) == 1 and banner in out[0]
    assert extract_text(out).to_schema()["histology"] == "non-small cell carcinoma"


def test_plain_banner_still_dropped() -> None:
    pages = [["Acme Reference Lab   Tel 555-0100", f"body {i}", "x", "y", "z"] for i in range(3)]
    assert not any("Acme" in p for p in lines_to_pages(pages))


# 13. Indication thresholds are not PD-L1 results.
@pytest.mark.parametrize(
    "indication",
    [
        "FDA-approved: pembrolizumab (PD-L1 22C3 TPS >=1%)",
        "Atezolizumab is approved first line for PD-L1 TC >= 50%.",
        "Cemiplimab monotherapy (PD-L1 >= 50%)",
    ],
)
def test_indication_threshold_is_not_a_pdl1_result(indication: str) -> None:
    before = schema(indication, "PD-L1 (22C3) TPS: 5%")["biomarkers"]["PD-L1"]
    after = schema("PD-L1 (22C3) TPS: 5%", indication)["biomarkers"]["PD-L1"]
    assert before == after == {"status": "positive", "tps": 5}
    assert "PD-L1" not in schema(indication)["biomarkers"]


# Guards: the new context words must not hide real results.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("She progressed on osimertinib when MET amplification was detected.",
         {"MET": {"status": "positive", "variants": ["amplification"]}}),
        ("EGFR T790M (resistance mutation) detected",
         {"EGFR": {"status": "positive", "variants": ["T790M"]}}),
        ("Alterations detected, including EGFR L858R and TP53 R273H.",
         {"EGFR": {"status": "positive", "variants": ["L858R"]}}),
        ("KRAS G12C (clinical trials available)",
         {"KRAS": {"status": "positive", "variants": ["G12C"]}}),
        ("PD-L1 TPS 80%, she is a candidate for pembrolizumab.",
         {"PD-L1": {"status": "positive", "tps": 80}}),
        ("EGFR/ALK/ROS1: negative",
         {g: {"status": "negative", "variants": []} for g in ("ALK", "EGFR", "ROS1")}),
    ],
)  # fmt: skip
def test_context_words_keep_real_results(line: str, expected: dict) -> None:
    assert schema(line)["biomarkers"] == expected


def test_receipt_cues_in_both_directions_in_a_lab_report() -> None:
    out = schema(
        NGS_HEAD,
        "Clinical history: completed chemoradiation with weekly carboplatin/paclitaxel; "
        "durvalumab given since 02/2025.",
    )
    assert out["treatments"] == ["carboplatin", "durvalumab", "paclitaxel"]
