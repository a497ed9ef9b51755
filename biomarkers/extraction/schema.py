"""Merge a report's facts into the SCHEMA.md shape that ``extract_report`` prints.

One gene, one result: a stated result beats "equivocal", which beats "pending" (a later
addendum's result replaces an earlier "sent out"); a gene the engine marked UNCLEAR gets no
key at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from . import histology
from .vocabulary import GENES, UNCLEAR


class Report(Protocol):
    """What the merge reads of ``types.Report`` (a protocol, so types.py, which calls this
    module, is not imported back: no import cycle)."""

    file: str
    facts: list[Any]


__all__ = ["Reading", "merge_genes", "to_schema"]

_RANK = {"positive": 3, "negative": 2, "equivocal": 1, "pending": 0}
# One gene reading: (kind "biomarker" | "pdl1", gene, status, variants, PD-L1 score or None).
Reading = tuple[str, str, str, Sequence[str], float | None]


def merge_genes(readings: Iterable[Reading]) -> dict[str, dict]:
    """The SCHEMA "biomarkers" of one report, from its gene readings in report order: the
    engine's merge of facts, and the portal's merge of a record's stored findings.

    A stated result beats "equivocal", which beats "pending"; a positive's variants are
    gathered; a PD-L1 score beats a bare status and the first score stated wins. Callers
    leave UNCLEAR readings out: they are never a result."""
    genes: dict[str, dict] = {}
    for kind, gene, status, variants, tps in readings:
        cur = genes.get(gene)
        if kind == "pdl1":
            if cur is None or (cur["tps"] is None and tps is not None):
                genes[gene] = {"status": status, "tps": tps}
            continue
        if cur is None:
            cur = genes[gene] = {"status": status, "variants": []}
        elif _RANK.get(status, -1) > _RANK.get(cur["status"], -1):
            cur["status"] = status
        if status == "positive":
            cur["variants"] += [v for v in variants if v not in cur["variants"]]
    for g in genes.values():
        if g["status"] != "positive" and "variants" in g:
            g["variants"] = []
    order = {gene: i for i, gene in enumerate(GENES)}
    return {k: genes[k] for k in sorted(genes, key=lambda g: (order.get(g, len(GENES)), g))}


def to_schema(report: Report, *, evidence: bool = False) -> dict:
    # Where each mention was said ranks it: the synoptic type line, then the final diagnosis...
    hist = histology.choose(
        (f.value["histology"], f.value.get("said_in", histology.BODY))
        for f in report.facts
        if f.kind == "histology"
    )
    stage_facts = [f for f in report.facts if f.kind == "stage"]
    st = dict(stage_facts[0].value) if stage_facts else None
    # An UNCLEAR reading is never a result: a gene with no other reading (statements that
    # disagree, a garbled value) gets no key; a clear reading elsewhere still counts.
    readings = [
        f
        for f in report.facts
        if f.kind in {"biomarker", "pdl1"} and f.gene is not None and f.status != UNCLEAR
    ]
    ev: dict[str, list] = {}
    for f in readings:
        ev.setdefault(f.gene, []).append(f.evidence)
    ordered = merge_genes(
        (f.kind, f.gene, f.status, f.variants, f.value.get("tps")) for f in readings
    )
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
