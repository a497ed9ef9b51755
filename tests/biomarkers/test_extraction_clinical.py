"""Histology, treatments, document kind."""

from __future__ import annotations

import pytest

from biomarkers.extraction import extract_text


def schema(*lines: str) -> dict:
    """SCHEMA dict for a one-page report made of these lines."""
    return extract_text(["\n".join(lines)], file="t.pdf").to_schema()


@pytest.mark.parametrize(
    ("text", "histology"),
    [
        ("FINAL DIAGNOSIS: Non-small cell carcinoma, favor adenocarcinoma.", "adenocarcinoma"),
        ("Non-small cell carcinoma, NOS.", "non-small cell carcinoma"),
        ("- Invasive adenocarcinoma, acinar predominant.", "adenocarcinoma"),
        ("Squamous cell carcinoma, keratinizing.", "squamous cell carcinoma"),
        ("Adenosquamous carcinoma.", "adenosquamous carcinoma"),
        ("Small cell carcinoma, extensive stage.", "small cell carcinoma"),
        ("Large cell neuroendocrine carcinoma.", "large cell carcinoma"),
        ("Metastatic adeno-\ncarcinoma consistent with lung primary.", "adenocarcinoma"),
    ],
)
def test_histology(text: str, histology: str) -> None:
    assert schema(text)["histology"] == histology


def test_histology_traps() -> None:
    assert schema("Margins negative for carcinoma.")["histology"] is None
    assert schema("Negative for squamous cell carcinoma.")["histology"] is None
    assert (
        schema("PD-L1 is recommended for all patients with advanced non-squamous NSCLC.")[
            "histology"
        ]
        is None
    )


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        (
            "She previously received carboplatin/pemetrexed x4 cycles.",
            ["carboplatin", "pemetrexed"],
        ),
        ("Currently on Tagrisso 80 mg daily, tolerating well.", ["osimertinib"]),
        ("Treated with Keytruda (pembrolizumab) since 2024.", ["pembrolizumab"]),
        ("Progressed on Alecensa; now on Lorbrena.", ["alectinib", "lorlatinib"]),
        ("s/p 4 cycles of carbo/pem + pembro.", ["carboplatin", "pembrolizumab", "pemetrexed"]),
        ("Completed concurrent chemoradiation followed by Imfinzi consolidation.", ["durvalumab"]),
    ],
)
def test_treatments_received(text: str, drugs: list[str]) -> None:
    assert schema(text)["treatments"] == drugs


@pytest.mark.parametrize(
    "text",
    [
        "Plan: continue current therapy; consider lorlatinib or clinical trial at progression.",
        "We will start osimertinib next week.",
        "Discussed sotorasib as an option at progression.",
        "She is a candidate for Rybrevant.",
        "Patient declined docetaxel.",
        "ALK-positive tumors are typically sensitive to alectinib.",
        "If PD-L1 is high, pembrolizumab would be recommended.",
    ],
)
def test_planned_or_general_drugs_are_not_treatments(text: str) -> None:
    assert schema(text)["treatments"] == []


def test_received_and_planned_in_one_note() -> None:
    out = schema(
        "She previously received cisplatin/pemetrexed x4 cycles with partial response.",
        "Currently on pembrolizumab since 02/2026, tolerating well.",
        "Plan: continue current therapy; consider lorlatinib or clinical trial at progression.",
    )
    assert out["treatments"] == ["cisplatin", "pembrolizumab", "pemetrexed"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SURGICAL PATHOLOGY REPORT\nFINAL DIAGNOSIS\nAdenocarcinoma.", "pathology"),
        ("COMPREHENSIVE GENOMIC PROFILING REPORT\nGENOMIC FINDINGS\nKRAS G12C", "molecular"),
        (
            "THORACIC ONCOLOGY FOLLOW-UP NOTE\nHISTORY OF PRESENT ILLNESS\nDoing well.",
            "clinic_note",
        ),
        ("Grocery list: apples, pears.", "unknown"),
    ],
)
def test_document_kind(text: str, kind: str) -> None:
    assert extract_text([text]).document_kind == kind
