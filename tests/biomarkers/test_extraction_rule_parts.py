"""The regex rules kept for real reports' immunohistochemistry and forms, and the helpers
the rule modules are written with (biomarkers/extraction/rx.py)."""

from __future__ import annotations

import re

from biomarkers.extraction import extract_text
from biomarkers.extraction.rules import CONTEXT_RULES, SECTION_RULES
from biomarkers.extraction.rx import alt, either, opt, words


def biomarkers(text: str) -> dict:
    return extract_text([text], file="t.pdf").to_schema()["biomarkers"]


def test_strong_membranous_staining_is_a_result() -> None:
    # TCGA-18-4086, word for word; "shows" alone would cut the gene off from "staining".
    text = (
        "The EGFR\nshows strong membranous staining in approximately 90% of both the\n"
        "moderately differentiated-component and the spindled component."
    )
    assert biomarkers(text)["EGFR"]["status"] == "positive"


def test_no_staining_is_a_negative_result() -> None:
    assert biomarkers("ALK (D5F3) shows no staining.") == {
        "ALK": {"status": "negative", "variants": []}
    }


def test_an_unfilled_forms_options_are_no_result() -> None:
    # TCGA-70-6723: both answers printed with their boxes, neither marked.
    text = "Marker Result Value Date\nER o Negative o Positive\nHer-2/neu o Negative o Positive\n"
    assert biomarkers(text) == {}


def test_helpers_write_the_pattern_out_exactly() -> None:
    # The rule modules rely on this: a pattern built from parts is the string written by hand.
    assert alt("a", r"b\s+c") == r"(?:a|b\s+c)"
    assert either("a", "b") == "a|b"
    assert opt("x") == "(?:x)?"
    assert words("wrong  patient") == r"wrong\s+patient"
    assert words("has been", r"[ \t]+") == r"has[ \t]+been"


def test_every_rule_pattern_compiles() -> None:
    patterns = [p for *_, p in CONTEXT_RULES if p] + [p for _, p in SECTION_RULES]
    assert len(patterns) > 20
    for pattern in patterns:
        re.compile(pattern, re.IGNORECASE)
