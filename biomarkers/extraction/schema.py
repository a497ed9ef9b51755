"""Merge a report's facts into the SCHEMA.md shape that ``extract_report`` prints.

One gene, one result: a stated result beats "equivocal", which beats "pending" (a later
addendum's result replaces an earlier "sent out"); a gene the engine marked UNCLEAR gets no
key at all.
"""

from __future__ import annotations

from typing import Any, Protocol

from . import histology
from .vocabulary import GENES, UNCLEAR


class Report(Protocol):
    """What the merge reads of ``types.Report`` (a protocol, so types.py, which calls this
    module, is not imported back: no import cycle)."""

    file: str
    facts: list[Any]


__all__ = ["to_schema"]

_RANK = {"positive": 3, "negative": 2, "equivocal": 1, "pending": 0}


def to_schema(report: Report, *, evidence: bool = False) -> dict:
    # Where each mention was said ranks it: the synoptic type line, then the final diagnosis...
    hist = histology.choose(
        (f.value["histology"], f.value.get("said_in", histology.BODY))
        for f in report.facts
        if f.kind == "histology"
    )
    stage_facts = [f for f in report.facts if f.kind == "stage"]
    st = dict(stage_facts[0].value) if stage_facts else None
    genes: dict[str, dict] = {}
    ev: dict[str, list] = {}
    for f in report.facts:
        # An UNCLEAR reading is never a result: a gene with no other reading (statements that
        # disagree, a garbled value) gets no key; a clear reading elsewhere still counts.
        if f.kind not in {"biomarker", "pdl1"} or f.gene is None or f.status == UNCLEAR:
            continue
        ev.setdefault(f.gene, []).append(f.evidence)
        cur = genes.get(f.gene)
        if f.kind == "pdl1":
            new = {"status": f.status, "tps": f.value.get("tps")}
            # A stated score beats a bare status; the first score stated wins.
            if cur is None or (cur["tps"] is None and new["tps"] is not None):
                genes[f.gene] = new
            continue
        if cur is None:
            genes[f.gene] = {"status": f.status, "variants": list(f.variants)}
            continue
        if _RANK[f.status] > _RANK[cur["status"]]:
            cur["status"] = f.status
        if f.status == "positive":
            cur["variants"] += [v for v in f.variants if v not in cur["variants"]]
    for g in genes.values():
        if g.get("status") != "positive" and "variants" in g:
            g["variants"] = []
    ordered = {k: genes[k] for k in sorted(genes, key=GENES.index)}
    drugs: list[str] = []
    for f in report.facts:
        if f.kind == "treatment" and f.value["drug"] not in drugs:
            drugs.append(f.value["drug"])
    out = {
        "file": report.file,
        "histology": hist,
        "stage": st,
        "biomarkers": ordered,
        "treatments": sorted(drugs),
    }
    if evidence:
        out["evidence"] = _evidence_map(report, hist, ev)
    return out


def _evidence_map(report: Report, hist: str | None, genes: dict[str, list]) -> dict:
    def uniq(items):
        seen, out = set(), []
        for e in items:
            if e not in seen:
                seen.add(e)
                out.append(e.as_dict())
        return out

    treatments_ev: dict[str, list] = {}
    for f in report.facts:
        if f.kind == "treatment":
            treatments_ev.setdefault(f.value["drug"], []).append(f.evidence)
    return {
        "histology": uniq(
            f.evidence
            for f in report.facts
            if f.kind == "histology" and f.value["histology"] == hist
        ),
        "stage": uniq(f.evidence for f in report.facts if f.kind == "stage"),
        "biomarkers": {g: uniq(v) for g, v in genes.items()},
        "treatments": {d: uniq(v) for d, v in sorted(treatments_ev.items())},
    }
