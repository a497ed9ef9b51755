"""Micro F1 of predicted reports against gold, flattened as /work/shared/eval/score.py does.

Kept here so the challenge-set tests run where the shared eval folder is absent; the dev-set
test uses the shared score.py itself.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


def facts(rep: dict) -> set[tuple[str, object]]:
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


@dataclass
class Score:
    f1: float
    precision: float
    groups: dict[str, tuple[int, int, int]]  # group -> (tp, fp, fn)
    errors: list[str]


def score_gold(gold_path: Path, predict: Callable[[str], dict]) -> Score:
    """Score ``predict(file_name)`` for every report in a gold.jsonl."""
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    for line in gold_path.read_text().splitlines():
        if not line.strip():
            continue
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
    return Score(f1=f1, precision=p, groups=groups, errors=errors)
