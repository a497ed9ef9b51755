"""Held-out-style challenge set: layouts and phrasings the dev set never shows.

tests/biomarkers/fixtures/heldout/: 44 report texts (``text/*.txt``, pages split by form
feed) and 8 PDFs (``pdf/*.pdf``, rendered by make_pdfs.py), expected JSON in gold.jsonl
(make_gold.py). Scored with the shared score.py flattening (``facts()``), micro F1.

    .venv/bin/python -m pytest tests/biomarkers/test_extraction_heldout.py -q -s
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from biomarkers.extraction import extract, extract_text

HERE = Path(__file__).resolve().parent / "fixtures" / "heldout"
MIN_F1 = 0.95


def facts(rep: dict) -> set[tuple[str, object]]:
    """Same flattening as /work/shared/eval/score.py ``facts()`` (kept here so the test also
    runs where the shared eval folder is absent)."""
    out: set[tuple[str, object]] = set()
    if rep.get("histology"):
        out.add(("histology", rep["histology"]))
    stage = rep.get("stage") or {}
    for k in ("t", "n", "m", "group"):
        if stage.get(k):
            out.add((f"stage.{k}", stage[k]))
    for gene, res in (rep.get("biomarkers") or {}).items():
        if not res or not res.get("status"):
            continue
        out.add((f"status.{gene}", res["status"]))
        for v in res.get("variants") or []:
            out.add((f"variant.{gene}", v))
        if gene == "PD-L1" and res.get("tps") is not None:
            out.add(("pdl1.tps", float(res["tps"])))
    for drug in rep.get("treatments") or []:
        out.add(("treatment", drug.lower()))
    return out


def _group(field: str) -> str:
    return "stage" if field.startswith("stage") else field.split(".")[0]


def predict(name: str) -> dict:
    if name.endswith(".pdf"):
        return extract(HERE / "pdf" / name).to_schema()
    pages = (HERE / "text" / name).read_text().split("\f")
    return extract_text(pages, file=name).to_schema()


def score() -> tuple[float, dict[str, tuple[int, int, int]], list[str]]:
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    for line in (HERE / "gold.jsonl").read_text().splitlines():
        gold = json.loads(line)
        gf, pf = facts(gold), facts(predict(gold["file"]))
        for f, _ in gf & pf:
            tp[_group(f)] += 1
        for f, v in sorted(pf - gf, key=str):
            fp[_group(f)] += 1
            errors.append(f"{gold['file']}: extra {f}={v}")
        for f, v in sorted(gf - pf, key=str):
            fn[_group(f)] += 1
            errors.append(f"{gold['file']}: missed {f}={v}")
    t, f_, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p = t / (t + f_) if t + f_ else 0.0
    r = t / (t + n) if t + n else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    groups = {g: (tp[g], fp[g], fn[g]) for g in sorted(set(tp) | set(fp) | set(fn))}
    return f1, groups, errors


def test_fixture_set_is_large_and_varied() -> None:
    names = [json.loads(x)["file"] for x in (HERE / "gold.jsonl").read_text().splitlines()]
    assert len(names) >= 48 and sum(n.endswith(".pdf") for n in names) >= 8
    for n in names:
        assert (HERE / ("pdf" if n.endswith(".pdf") else "text") / n).is_file(), n


def test_heldout_micro_f1() -> None:
    f1, groups, errors = score()
    for e in errors:
        print(e)
    for g, (t, f_, n) in groups.items():
        print(f"{g:<12} tp={t:<4} fp={f_:<4} fn={n}")
    print(f"held-out micro F1 {f1:.3f}")
    assert f1 >= MIN_F1, errors


if __name__ == "__main__":  # quick report: python tests/biomarkers/test_extraction_heldout.py
    pytest.main([__file__, "-q", "-s", "-k", "micro_f1"])
