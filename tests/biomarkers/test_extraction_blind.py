"""The blind challenge sets, each written by a separate session that never read the engine.

- fixtures/blind (50 reports): first scored at micro F1 0.885; the engine was then
  improved from the failure *categories* only, never from its files.
- fixtures/blind2 (40 reports, other styles again): first scored 0.870 (odd-numbered
  half 0.880, even half 0.859). Rules were then written for the odd half's categories; the
  untouched even half stayed at 0.859, an honest sign of how new styles fare. Both halves
  were then used (tests/biomarkers/test_extraction_layouts.py states each rule in new
  words): 0.970 overall.

- fixtures/blind3 (40 reports): first scored 0.914 by the engine of that day, and 0.894
  by the engine from before the second set's rules (so those rules carried over to unseen
  styles). Odd half 0.897, even half 0.938; rules for the odd half's categories left the even
  half at 0.938 again.

They guard against regressions on phrasings and layouts of other institutions, which the dev
set does not show.
"""

from __future__ import annotations

from pathlib import Path

from biomarkers.extraction import extract
from tests.biomarkers.scoring import score_gold

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BLIND = FIXTURES / "blind"
BLIND2 = FIXTURES / "blind2"
BLIND3 = FIXTURES / "blind3"


def test_blind_set_micro_f1() -> None:
    assert len(list((BLIND / "pdf").glob("*.pdf"))) == 50
    score = score_gold(BLIND / "gold.jsonl", lambda name: extract(BLIND / "pdf" / name).to_schema())
    assert score.f1 >= 0.97, score.errors
    # Precision matters as much as recall: a finding the report does not support is harmful.
    assert score.precision >= 0.97, score.errors


def test_second_blind_set_micro_f1() -> None:
    assert len(list((BLIND2 / "pdf").glob("*.pdf"))) == 40
    score = score_gold(
        BLIND2 / "gold.jsonl", lambda name: extract(BLIND2 / "pdf" / name).to_schema()
    )
    assert score.f1 >= 0.95, score.errors
    assert score.precision >= 0.95, score.errors


def test_third_blind_set_micro_f1() -> None:
    assert len(list((BLIND3 / "pdf").glob("*.pdf"))) == 40
    score = score_gold(
        BLIND3 / "gold.jsonl", lambda name: extract(BLIND3 / "pdf" / name).to_schema()
    )
    assert score.f1 >= 0.95, score.errors
    assert score.precision >= 0.95, score.errors
