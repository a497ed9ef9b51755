"""The condition language: table-driven evaluation, and invalid conditions raising."""

from __future__ import annotations

import pytest

from answers.conditions import ConditionError, evaluate, validate_condition
from tests.answers.helpers import drug, fact, profile

ALK_POS = profile(fact(gene="ALK", status="positive", variants=("EML4-ALK",)))
ALK_NEG = profile(fact(gene="ALK", status="negative"))
ALK_PENDING = profile(fact(gene="ALK", status="pending"))
EGFR = profile(
    fact(gene="EGFR", status="positive", variants=("L858R", "T790M")),
    drug("osimertinib"),
    histology="adenocarcinoma",
    stage_group="IVA",
)
PDL1_80 = profile(fact("pdl1", gene="PD-L1", status="positive", value={"tps": 80}))
PDL1_10 = profile(fact("pdl1", gene="PD-L1", status="positive", value={"tps": 10}))
PDL1_0 = profile(fact("pdl1", gene="PD-L1", status="negative", value={"tps": 0}))
STAGE_III = profile(stage_group="III")
STAGE_IIIB = profile(stage_group="IIIB")
NOTHING = profile(has_records=True)

CASES = [
    # (condition, profile, expected)
    ({"gene": "ALK"}, ALK_POS, True),
    ({"gene": "ALK"}, ALK_NEG, False),  # status defaults to positive
    ({"gene": "ALK", "status": "negative"}, ALK_NEG, True),
    ({"gene": "ALK", "status": "negative"}, ALK_POS, False),
    ({"gene": "ALK", "status": "pending"}, ALK_PENDING, True),
    ({"gene": "ALK"}, ALK_PENDING, False),
    ({"gene": "ALK"}, NOTHING, False),
    ({"gene": "ALK", "variant": "eml4-alk"}, ALK_POS, True),  # case-insensitive
    ({"gene": "ALK", "variant": "KIF5B-ALK"}, ALK_POS, False),
    ({"gene": "EGFR", "variant": "T790M"}, EGFR, True),
    ({"gene": "EGFR", "variant": "exon 19 deletion"}, EGFR, False),
    ({"pdl1_band": ">=50"}, PDL1_80, True),
    ({"pdl1_band": "1-49"}, PDL1_80, False),
    ({"pdl1_band": "1-49"}, PDL1_10, True),
    ({"pdl1_band": "<1"}, PDL1_0, True),
    ({"pdl1_band": "<1"}, NOTHING, False),  # no score is not a low score
    ({"gene": "PD-L1"}, PDL1_80, True),
    ({"stage_group": {"min": "III", "max": "IVB"}}, EGFR, True),
    ({"stage_group": {"min": "IV"}}, EGFR, True),
    ({"stage_group": {"max": "IIIC"}}, EGFR, False),
    ({"stage_group": {"min": "III"}}, NOTHING, False),  # no stage group → false
    ({"stage_group": {"min": "IIIA", "max": "IIIC"}}, STAGE_III, True),
    ({"stage_group": {"min": "IIIB"}}, STAGE_III, False),  # "III" may be IIIA
    ({"stage_group": {"min": "IIIB", "max": "IIIB"}}, STAGE_IIIB, True),
    ({"histology": "adenocarcinoma"}, EGFR, True),
    ({"histology": ["squamous cell carcinoma", "adenocarcinoma"]}, EGFR, True),
    ({"histology": "squamous cell carcinoma"}, EGFR, False),
    ({"histology": "adenocarcinoma"}, NOTHING, False),
    ({"treatment": "osimertinib"}, EGFR, True),
    ({"treatment": "alectinib"}, EGFR, False),
    ({"treatment_class": "egfr-tki"}, EGFR, True),
    ({"treatment_class": "alk-tki"}, EGFR, False),
    ({"gene": "EGFR", "histology": "adenocarcinoma", "treatment_class": "egfr-tki"}, EGFR, True),
    ({"gene": "EGFR", "histology": "squamous cell carcinoma"}, EGFR, False),  # AND
    ({"any": [{"gene": "ALK"}, {"gene": "EGFR"}]}, EGFR, True),
    ({"any": [{"gene": "ALK"}, {"gene": "ROS1"}]}, EGFR, False),
    ({"not": {"gene": "ALK"}}, EGFR, True),
    ({"not": {"gene": "EGFR"}}, EGFR, False),
    (None, NOTHING, True),  # no condition: everyone
]


@pytest.mark.parametrize(("cond", "prof", "expected"), CASES)
def test_evaluate(cond, prof, expected):
    assert evaluate(cond, prof) is expected


INVALID = [
    ({"gene": "ALKK"}, "unknown gene"),
    ({"gene": "ALK", "status": "maybe"}, "unknown status"),
    ({"status": "positive"}, "need a 'gene'"),
    ({"gene": "ALK", "status": "negative", "variant": "EML4-ALK"}, "variant"),
    ({"pdl1_band": "50"}, "pdl1_band"),
    ({"stage_group": {"min": "V"}}, "unknown stage group"),
    ({"stage_group": {"min": "IVA", "max": "IIIA"}}, "above max"),
    ({"stage_group": {"low": "I"}}, "min"),
    ({"histology": "sarcoma"}, "histology"),
    ({"treatment": "Osimertinib 80 mg"}, "unknown treatment"),
    ({"treatment_class": "pill"}, "treatment_class"),
    ({"colour": "blue"}, "unknown key"),
    ({"any": []}, "'any'"),
    ({"not": {"gene": "XYZ"}}, "at not"),
    ({"any": [{"gene": "ALK"}, {"gen": "EGFR"}]}, "any[1]"),
    ({}, "empty"),
    ("gene: ALK", "mapping"),
]


@pytest.mark.parametrize(("cond", "message"), INVALID)
def test_invalid_conditions_raise_clear_errors(cond, message):
    with pytest.raises(ConditionError, match="Invalid condition") as info:
        validate_condition(cond)
    assert message in str(info.value)


def test_evaluate_refuses_invalid_condition():
    with pytest.raises(ConditionError):
        evaluate({"gene": "ALK", "status": "postive"}, ALK_POS)
