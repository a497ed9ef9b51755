"""Held-out-style challenge set: layouts and phrasings the dev set never shows.

tests/biomarkers/fixtures/heldout/: 44 report texts (``text/*.txt``, pages split by form
feed) and 8 PDFs (``pdf/*.pdf``, rendered by make_pdfs.py), expected JSON in gold.jsonl
(make_gold.py). Scored with the shared score.py flattening (``facts()``), micro F1.

    .venv/bin/python -m pytest tests/biomarkers/test_extraction_heldout.py -q -s
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biomarkers.extraction import extract, extract_text
from tests.biomarkers.scoring import score_gold

HERE = Path(__file__).resolve().parent / "fixtures" / "heldout"
MIN_F1 = 0.95


def predict(name: str) -> dict:
    if name.endswith(".pdf"):
        return extract(HERE / "pdf" / name).to_schema()
    pages = (HERE / "text" / name).read_text().split("\f")
    return extract_text(pages, file=name).to_schema()


def test_fixture_set_is_large_and_varied() -> None:
    names = [json.loads(x)["file"] for x in (HERE / "gold.jsonl").read_text().splitlines()]
    assert len(names) >= 48 and sum(n.endswith(".pdf") for n in names) >= 8
    for n in names:
        assert (HERE / ("pdf" if n.endswith(".pdf") else "text") / n).is_file(), n


def test_heldout_micro_f1() -> None:
    score = score_gold(HERE / "gold.jsonl", predict)
    for e in score.errors:
        print(e)
    for g, (t, f_, n) in score.groups.items():
        print(f"{g:<12} tp={t:<4} fp={f_:<4} fn={n}")
    print(f"held-out micro F1 {score.f1:.3f}")
    assert score.f1 >= MIN_F1, score.errors


if __name__ == "__main__":  # quick report: python tests/biomarkers/test_extraction_heldout.py
    pytest.main([__file__, "-q", "-s", "-k", "micro_f1"])
