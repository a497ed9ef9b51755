"""One record's findings, merged into one SCHEMA.md reading of that record.

A finding is read as the patient sees it (``effective``: their correction replaces the
engine's reading), then the record's findings are merged by the engine's own rules
(``biomarkers/extraction/schema.py``), so the API, the pipeline and the engine print the same
shape. ``profile.py`` then merges the records over time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from biomarkers.extraction.histology import BODY
from biomarkers.extraction.histology import choose as choose_histology
from biomarkers.extraction.schema import Reading, merge_genes
from biomarkers.vocabulary import STAGE_FIELDS, UNCLEAR, FindingKind

if TYPE_CHECKING:
    from biomarkers.models import Finding

__all__ = ["effective", "fact_key", "record_schema", "usable_findings"]


# --- one finding as the patient sees it: their correction replaces the reading ------------


def effective(finding: Finding) -> dict[str, Any]:
    """status/variants/value as the patient sees them: a correction replaces the extracted one."""
    status, variants, value = finding.status or None, list(finding.variants), dict(finding.value)
    corrected = finding.corrected_value if finding.confirmation == "corrected" else None
    if corrected:
        if finding.kind in (FindingKind.HISTOLOGY, FindingKind.TREATMENT):
            value = dict(corrected)
        elif finding.kind == FindingKind.REPORT_DATE:
            value = {**value, "date": corrected["date"]}
        elif finding.kind == FindingKind.STAGE:
            value = {k: corrected.get(k) for k in STAGE_FIELDS}
        elif finding.kind == FindingKind.BIOMARKER:
            status = corrected["status"]
            variants = list(corrected.get("variants") or []) if status == "positive" else []
        elif finding.kind == FindingKind.PDL1:
            value = {**value, "tps": corrected["tps"]}
            status = "positive" if corrected["tps"] >= 1 else "negative"
    return {"status": status, "variants": variants, "value": value}


def fact_key(finding: Finding) -> str:
    """Which fact a finding reads: "histology", "stage", a gene or "treatment:<drug>"."""
    if finding.kind in (FindingKind.HISTOLOGY, FindingKind.STAGE):
        return str(finding.kind)
    if finding.kind == FindingKind.TREATMENT:
        return "treatment:" + str(finding.value.get("drug"))
    return finding.gene or finding.kind


def usable_findings(findings: Iterable[Finding]) -> list[Finding]:
    # Where the patient corrected a fact, the other readings of that fact in the same report
    # would otherwise out-vote the correction in the engine's merge.
    findings = list(findings)
    corrected = {fact_key(f) for f in findings if f.confirmation == "corrected"}
    return [f for f in findings if fact_key(f) not in corrected or f.confirmation == "corrected"]


# A record is merged by the engine's own rules (biomarkers/extraction/schema.py): the gene
# readings by ``merge_genes``, the histology by ``histology.choose`` (where each mention was
# said ranks it); the first stage stated is the stage.
def _gene_readings(findings: list[Finding]) -> Iterator[Reading]:
    for f in findings:
        if f.kind not in (FindingKind.BIOMARKER, FindingKind.PDL1) or not f.gene:
            continue
        eff = effective(f)
        if eff["status"] != UNCLEAR:  # the engine abstained: never a SCHEMA status
            yield (str(f.kind), f.gene, eff["status"], eff["variants"], eff["value"].get("tps"))


def record_schema(findings: Iterable[Finding], *, file: str = "") -> dict:
    """SCHEMA.md shape of one record, merged from its stored findings (``file`` included)."""
    usable = usable_findings(findings)
    stage = next((f for f in usable if f.kind == FindingKind.STAGE), None)
    drugs = {effective(f)["value"].get("drug") for f in usable if f.kind == FindingKind.TREATMENT}
    return {
        "file": file,
        "histology": choose_histology(
            (effective(f)["value"]["histology"], effective(f)["value"].get("said_in", BODY))
            for f in usable
            if f.kind == FindingKind.HISTOLOGY and effective(f)["value"].get("histology")
        ),
        "stage": dict(effective(stage)["value"]) if stage else None,
        "biomarkers": merge_genes(_gene_readings(usable)),
        "treatments": sorted(d for d in drugs if d),
    }
