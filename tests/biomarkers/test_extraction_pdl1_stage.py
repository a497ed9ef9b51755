"""PD-L1 scores and TNM stage, including OCR-damaged and flattened synoptic text."""

from __future__ import annotations

import pytest

from biomarkers.extraction import extract_text


def schema(*lines: str) -> dict:
    """SCHEMA dict for a one-page report made of these lines."""
    return extract_text(["\n".join(lines)], file="t.pdf").to_schema()


@pytest.mark.parametrize(
    ("text", "status", "tps"),
    [
        ("PD-L1 (SP263): TPS 80%", "positive", 80),
        ("PD-L1 expression: <1%", "negative", 0),
        ("PD-L1 (22C3) Tumor Proportion Score: <1%", "negative", 0),
        ("PD-L1 IHC 22C3 pharmDx: TPS 5%", "positive", 5),
        ("PD-L1 expression: TPS = 60% (high expression)", "positive", 60),
        ("PDL1 22C3 tumor proportion score 1%", "positive", 1),
        ("PD-L1 (28-8): tumor cell staining 0%", "negative", 0),
        ("PD-L1: TPS ≥50%", "positive", 50),
    ],
)
def test_pdl1_score(text: str, status: str, tps: float) -> None:
    assert schema(text)["biomarkers"]["PD-L1"] == {"status": status, "tps": tps}


def test_pdl1_pending_and_not_a_result() -> None:
    assert schema("PD-L1 IHC: pending")["biomarkers"]["PD-L1"]["status"] == "pending"
    assert "PD-L1" not in schema("PD-L1 testing is recommended.")["biomarkers"]


def test_pdl1_clone_kept_on_fact() -> None:
    rep = extract_text(["PD-L1 (SP263): TPS 80%"])
    (fact,) = [f for f in rep.facts if f.kind == "pdl1"]
    assert fact.value == {"tps": 80, "clone": "SP263"}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["AJCC 8th ed. stage: pT2a pN1"], ("p", "T2a", "N1", None, None)),
        (["Pathologic stage: T2aN1M0"], ("p", "T2a", "N1", "M0", None)),
        (["pT1c pN0 (8th ed.)"], ("p", "T1c", "N0", None, None)),
        (["ypT2a ypN1"], ("yp", "T2a", "N1", None, None)),
        (["AJCC 8th ed. stage: ypT1b ypN0"], ("yp", "T1b", "N0", None, None)),
        (
            ["Primary tumor (pT): pT2a", "Regional lymph nodes (pN): pN0"],
            ("p", "T2a", "N0", None, None),
        ),
        (["Primary Tumor. pT2. Regional Nodes. pN1."], ("p", "T2", "N1", None, None)),
        (["Stage: pTla pNO"], ("p", "T1a", "N0", None, None)),
        (
            ["Squamous cell carcinoma of the lung, Stage IIIA (cT4 cN1 cM0)."],
            ("c", "T4", "N1", "M0", "IIIA"),
        ),
        (["Adenocarcinoma, clinical stage IVB, cT2 cN3 cM1c."], ("c", "T2", "N3", "M1c", "IVB")),
        (["Stage group: IIB"], (None, None, None, None, "IIB")),
    ],
)
def test_stage(lines: list[str], expected: tuple) -> None:
    st = schema("SURGICAL PATHOLOGY REPORT", *lines)["stage"]
    prefix, t, n, m, group = expected
    assert (st["t"], st["n"], st["m"], st["group"]) == (t, n, m, group)
    if prefix:
        assert st["prefix"] == prefix


def test_ajcc_criteria_text_is_not_a_stage() -> None:
    out = schema(
        "pT2: tumor > 3 cm but <= 5 cm in greatest dimension",
        "pN1: metastasis in ipsilateral peribronchial nodes",
    )
    assert out["stage"] is None


def test_criteria_beside_labelled_value_is_read() -> None:
    st = schema("Primary tumor (pT): pT2a: Tumor > 3 cm but <= 4 cm")["stage"]
    assert st["t"] == "T2a"


def test_no_stage_from_protein_changes_or_ct_scans() -> None:
    out = schema("EGFR T790M detected. CT chest in 3 months. TP53 N239D.")
    assert out["stage"] is None


def test_clone_digits_are_not_the_score() -> None:
    assert schema("PD-L1 22C3: 0%")["biomarkers"]["PD-L1"] == {"status": "negative", "tps": 0}


def test_score_range_is_positive_without_a_number() -> None:
    assert schema("PD-L1 TPS 1-49%")["biomarkers"]["PD-L1"] == {"status": "positive", "tps": None}
