"""One test per generalisation fix (held-out layouts and phrasings the dev set lacks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from biomarkers.extraction import PdfEncrypted, extract_text, read_pdf
from biomarkers.extraction.nlp import get_nlp

HELDOUT_PDF = Path(__file__).resolve().parent / "fixtures" / "heldout" / "pdf"


def schema(*lines: str) -> dict:
    return extract_text(["\n".join(lines)], file="t.pdf").to_schema()


def test_sentences_split_inside_a_line() -> None:
    # RuSH used to run without its rules file and never split anything.
    doc = get_nlp()("EGFR-mutant tumors may respond. If ALK-positive, alectinib is preferred.")
    assert len(list(doc.sents)) == 2
    caps = get_nlp()("MOLECULAR: EGFR EXON 19 DELETION. ALK NEGATIVE. PD-L1 TPS 20%.")
    assert len(list(caps.sents)) == 3
    assert len(list(get_nlp()("AJCC 8th ed. stage: pT3 pN2").sents)) == 1


def test_upper_case_report_keeps_each_result_to_its_gene() -> None:
    out = schema("MOLECULAR: EGFR EXON 19 DELETION. ALK NEGATIVE.")["biomarkers"]
    assert out["EGFR"] == {"status": "positive", "variants": ["exon 19 deletion"]}
    assert out["ALK"]["status"] == "negative"


def test_two_column_prose_pdf_is_read_column_by_column() -> None:
    text = "\n".join(read_pdf(HELDOUT_PDF / "p01_twocol_note.pdf"))
    assert "negative for\nEGFR mutations and for ALK rearrangement" in text
    assert "A CD74-ROS1 fusion was identified by RNA\nsequencing." in text


def test_table_pdf_rows_stay_whole() -> None:
    text = "\n".join(read_pdf(HELDOUT_PDF / "p05_ihc_grid.pdf"))
    assert "PD-L1   22C3   Positive   TPS 60%" in text


def test_encrypted_pdf_raises_pdf_encrypted(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    assert PdfReader(path).is_encrypted
    with pytest.raises(PdfEncrypted) as err:
        read_pdf(path)
    assert "password" in err.value.reason


def test_vus_section_ends_at_an_unknown_title_line() -> None:
    out = schema(
        "Variants of Unknown Significance",
        "EGFR | p.Arg776His | 4.1%",
        "Immunotherapy Markers",
        "PD-L1 (22C3): TPS 80%",
    )["biomarkers"]
    assert out == {"PD-L1": {"status": "positive", "tps": 80}}


def test_labelled_negative_list_inside_vus_section() -> None:
    out = schema(
        "Tier III - Variants of unknown significance",
        "BRAF p.Thr241Pro",
        "Pertinent negatives: EGFR, ALK",
    )["biomarkers"]
    assert set(out) == {"EGFR", "ALK"} and out["EGFR"]["status"] == "negative"


def test_not_detected_label_negates_the_list_after_it() -> None:
    out = schema("Not detected: BRAF V600E, KRAS G12C, MET exon 14 skipping, RET fusion.")
    assert {g: r["status"] for g, r in out["biomarkers"].items()} == {
        "KRAS": "negative",
        "BRAF": "negative",
        "MET": "negative",
        "RET": "negative",
    }


def test_exon14_and_exon19_name_their_own_gene() -> None:
    out = schema("Alterations detected: RET fusion, MET exon 14 skipping")["biomarkers"]
    assert out["MET"]["variants"] == ["exon 14 skipping"] and "exon 14 skipping" not in str(
        out.get("RET")
    )


def test_not_amplified_is_negative() -> None:
    out = schema("MET copy number: 3 (not amplified)")["biomarkers"]
    assert out["MET"] == {"status": "negative", "variants": []}


@pytest.mark.parametrize(
    ("line", "gene", "variant"),
    [
        ("ALK fusion (EML4 exon 6 : ALK exon 20): Positive", "ALK", "EML4-ALK"),
        ("lung adenocarcinoma (EML4(13)-ALK(20) by RNA NGS)", "ALK", "EML4-ALK"),
        ("NTRK1-TPM3 fusion identified", "NTRK", "NTRK1"),
        ("ROS1-CD74 rearrangement detected", "ROS1", "CD74-ROS1"),
        ("CD74::ROS1 fusion detected (CD74 exon 6 :: ROS1 exon 34).", "ROS1", "CD74-ROS1"),
    ],
)
def test_fusion_notations(line: str, gene: str, variant: str) -> None:
    assert schema(line)["biomarkers"][gene] == {"status": "positive", "variants": [variant]}


def test_targeted_therapy_class_is_not_a_result() -> None:
    assert schema("KRAS G12C-targeted therapy could be considered.")["biomarkers"] == {}


def test_nras_g12c_is_not_kras() -> None:
    out = schema("NRAS p.G12C (c.34G>T) detected, VAF 14%.", "KRAS: no mutation detected.")
    assert out["biomarkers"] == {"KRAS": {"status": "negative", "variants": []}}


@pytest.mark.parametrize(
    ("line", "histology"),
    [
        ("Final diagnosis: Adenocarcinoma, margins negative", "adenocarcinoma"),
        (
            "Carcinoma, consistent with squamous cell carcinoma (p40 positive, TTF-1 negative).",
            "squamous cell carcinoma",
        ),
        ("Margins negative for adenocarcinoma.", None),
    ],
)
def test_histology_negation_must_reach_the_diagnosis(line: str, histology: str | None) -> None:
    assert schema(line)["histology"] == histology


def test_pathologic_stage_beats_clinical_stage_in_history() -> None:
    st = schema(
        "Clinical history: clinical stage cT2a cN1 cM0 (stage IIB), s/p neoadjuvant therapy.",
        "Primary Tumor: ypT1a",
        "Regional Lymph Nodes: ypN0",
    )["stage"]
    assert st == {"prefix": "yp", "t": "T1a", "n": "N0", "m": None, "group": None}


def test_pathologic_combo_with_cm0_keeps_its_group() -> None:
    st = schema("Pathologic Stage (pTNM, AJCC 8th): pT1b pN0 cM0 (stage IA2)")["stage"]
    assert (st["t"], st["n"], st["m"], st["group"]) == ("T1b", "N0", "M0", "IA2")


def test_upper_case_stage_and_m_after_group() -> None:
    st = schema("DX: LUNG ADENOCARCINOMA, STAGE IIIA (PT2B PN2 M0), RESECTED 2023.")["stage"]
    assert (st["t"], st["n"], st["m"], st["group"]) == ("T2b", "N2", "M0", "IIIA")
    st = schema("KRAS-mutated adenocarcinoma, stage IVA (M1b, single adrenal metastasis).")
    assert (st["stage"]["m"], st["stage"]["group"]) == ("M1b", "IVA")
    assert schema("CT chest showed a 2 cm nodule.")["stage"] is None


def test_lab_therapy_listing_is_not_a_treatment() -> None:
    out = schema(
        "THERAPY AND CLINICAL TRIAL IMPLICATIONS",
        "EGFR - L858R: Osimertinib, Erlotinib (therapies with clinical benefit)",
    )
    assert out["treatments"] == []
    assert schema("Therapies with clinical benefit: capmatinib, tepotinib.")["treatments"] == []


def test_general_drug_statement_is_not_a_treatment() -> None:
    line = "Immunotherapy drugs such as pembrolizumab work better when PD-L1 is high."
    assert schema(line) == schema("")


@pytest.mark.parametrize(
    ("line", "drugs"),
    [
        ("She has had no progression on osimertinib over 18 months.", ["osimertinib"]),
        ("Progressed on alectinib, switched to lorlatinib.", ["alectinib", "lorlatinib"]),
        (
            "s/p 4 cycles carboplatin/pemetrexed/pembrolizumab.",
            ["carboplatin", "pembrolizumab", "pemetrexed"],
        ),
        ("Plan: start osimertinib 80 mg daily next week.", []),
        ("We discussed amivantamab as an option at progression.", []),
    ],
)
def test_treatment_history_and_plans(line: str, drugs: list[str]) -> None:
    assert schema(line)["treatments"] == drugs
