"""All dev PDFs through the extractor, scored with the shared score.py (micro F1 >= 0.98)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from biomarkers.extraction import extract

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


@pytest.mark.skipif(
    not (EVAL / "score.py").is_file(), reason=f"shared eval set not found at {EVAL}"
)
def test_dev_set_micro_f1(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    with pred.open("w") as fh:
        for pdf in sorted((EVAL / "dev" / "pdf").glob("*.pdf")):
            rep = extract(pdf)
            for f in rep.facts:  # every fact can be highlighted in its page
                e = f.evidence
                assert rep.pages[e.page - 1][e.start : e.end] == e.sentence
            fh.write(json.dumps(rep.to_schema()) + "\n")
    res = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            str(EVAL / "dev" / "gold.jsonl"),
            str(pred),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    score = json.loads(res.stdout)
    assert not score["missing_reports"]
    assert score["f1"] >= 0.98, score
