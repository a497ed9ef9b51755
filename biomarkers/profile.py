"""The patient's profile: one SCHEMA.md view merged over all their finished records.

Each record's findings are first merged into one SCHEMA.md reading of that record
(``record_schema``), by the same rules the engine merges one report's facts with
(``Report.to_schema``), so the API, the pipeline and the engine print the same shape. Across
records the latest report *by the date it states* (its ``report_date`` finding, the patient's
correction first) is the current one per fact, whatever order the files were uploaded in;
the earlier reports are that fact's history. A fact that changed over time is a change, not
a disagreement: only reports of the same date that differ are kept as a ``Conflict``. A
report without a date counts as older than every dated one (among themselves, upload order).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from biomarkers.record_merge import effective, record_schema, usable_findings
from biomarkers.timeline import DrugLine, build_timeline
from biomarkers.vocabulary import STAGE_FIELDS, UNCLEAR, FindingKind, gene_rank

if TYPE_CHECKING:
    from biomarkers.models import Finding
    from records.models import Record


@dataclass(frozen=True)
class ProfileFact:
    kind: str
    gene: str | None
    status: str | None
    variants: tuple[str, ...]
    value: dict
    finding_id: UUID
    record_id: UUID
    record_name: str
    report_date: datetime  # record.uploaded_at (when the file was uploaded)
    page: int
    sentence: str
    confirmation: str  # unconfirmed | confirmed | corrected
    method: str | None = None  # one of METHODS, where the report says
    alteration: str | None = None  # one of ALTERATIONS, where known
    stated_date: date | None = None  # the date the report states (report_date), if any

    @property
    def day(self) -> date:
        """The report's own date, else the day it was uploaded."""
        return self.stated_date or self.report_date.date()

    @property
    def targetable_kind(self) -> bool:
        """Could this be the mutation or fusion targeted drugs are for? (unknown kind: yes)

        Protein expression or an amplification of a gene is not: content written for a
        gene's mutation must never be shown for them.
        """
        return self.alteration in (None, "", "mutation", "fusion")

    def evidence(self) -> dict[str, Any]:
        return {
            "finding_id": str(self.finding_id),
            "record_id": str(self.record_id),
            "record_name": self.record_name,
            "report_date": self.stated_date.isoformat() if self.stated_date else None,
            "uploaded_at": self.report_date.isoformat(),
            "page": self.page,
            "sentence": self.sentence,
            "confirmation": self.confirmation,
        }


@dataclass(frozen=True)
class Conflict:
    key: str  # "histology", "stage", a gene key ("EGFR", "PD-L1")
    facts: list[ProfileFact]  # one per report of the current date, latest upload first


@dataclass
class Profile:
    has_records: bool
    histology: ProfileFact | None = None
    stage: ProfileFact | None = None
    biomarkers: dict[str, ProfileFact] = field(default_factory=dict)
    treatments: list[ProfileFact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    # Genes whose only reading is one the engine could not make for sure (status "unclear"):
    # never in ``biomarkers``, never a status; shown as "ask your team".
    unclear: list[ProfileFact] = field(default_factory=list)
    # Every reading of each fact ("histology", "stage", a gene, "treatment:<drug>"), one per
    # report, oldest report first: the current one is the last.
    history: dict[str, list[ProfileFact]] = field(default_factory=dict)
    # Each drug with the dates it was mentioned and whether it is current (timeline.py).
    timeline: list[DrugLine] = field(default_factory=list)

    def changes(self) -> dict[str, list[ProfileFact]]:
        """Facts read in more than one report (not treatments), oldest first."""
        return {
            k: v
            for k, v in self.history.items()
            if len(v) > 1 and not k.startswith(("treatment:", "unclear:"))
        }

    def to_schema(self, *, evidence: bool = False) -> dict:
        out: dict[str, Any] = {
            "histology": self.histology.value.get("histology") if self.histology else None,
            "stage": _stage_value(self.stage) if self.stage else None,
            "biomarkers": {g: _gene_value(f) for g, f in self.biomarkers.items()},
            "treatments": sorted({f.value.get("drug") for f in self.treatments}),
        }
        if evidence:
            out["evidence"] = {
                "histology": self.histology.evidence() if self.histology else None,
                "stage": self.stage.evidence() if self.stage else None,
                "biomarkers": {g: f.evidence() for g, f in self.biomarkers.items()},
                "treatments": {f.value.get("drug"): f.evidence() for f in self.treatments},
            }
            out["conflicts"] = [
                {
                    "key": c.key,
                    "reports": [{**f.evidence(), "value": _fact_value(c.key, f)} for f in c.facts],
                }
                for c in self.conflicts
            ]
            # Beside the SCHEMA part, which it leaves as it is: unclear genes are no result.
            out["unclear"] = [{"gene": f.gene, "evidence": f.evidence()} for f in self.unclear]
            # Beside it too: each fact read in several reports, oldest first, the last one
            # being the current one; "changed" marks a reading that differs from the one before.
            out["history"] = {
                key: _history_json(key, facts) for key, facts in self.changes().items()
            }
        return out


def _history_json(key: str, facts: list[ProfileFact]) -> list[dict]:
    out, before = [], None
    for f in facts:
        value = _fact_value(key, f)
        out.append(
            {**f.evidence(), "value": value, "changed": before is not None and value != before}
        )
        before = value
    return out


def _stage_value(fact: ProfileFact) -> dict:
    return {k: fact.value.get(k) for k in STAGE_FIELDS}


def _gene_value(fact: ProfileFact) -> dict:
    if fact.kind == FindingKind.PDL1:
        return {"status": fact.status, "tps": fact.value.get("tps")}
    return {"status": fact.status, "variants": list(fact.variants)}


def _fact_value(key: str, fact: ProfileFact) -> Any:
    if key == "histology":
        return fact.value.get("histology")
    if key == "stage":
        return _stage_value(fact)
    return _gene_value(fact)


# --- profile over records ------------------------------------------------------------------


def _profile_fact(
    record: Record, finding: Finding, schema_value: Any, stated: date | None = None
) -> ProfileFact:
    eff = effective(finding)
    status, variants, value = eff["status"], tuple(eff["variants"]), eff["value"]
    # The record's merged reading (over all sentences) is what the profile states.
    if finding.kind == FindingKind.HISTOLOGY:
        value = {"histology": schema_value}
    elif finding.kind == FindingKind.STAGE:
        value = dict(schema_value)
    elif schema_value is None:
        pass  # an unclear reading: as the report put it, no merged value
    elif finding.kind == FindingKind.PDL1:
        status, value = schema_value["status"], {**value, "tps": schema_value["tps"]}
    elif finding.kind == FindingKind.BIOMARKER:
        status, variants = schema_value["status"], tuple(schema_value["variants"])
    return ProfileFact(
        kind=finding.kind,
        gene=finding.gene or None,
        status=status,
        variants=variants,
        value=value,
        finding_id=finding.public_id,
        record_id=record.public_id,
        record_name=record.filename,
        report_date=record.uploaded_at,
        page=finding.page,
        sentence=finding.sentence,
        confirmation=finding.confirmation,
        method=getattr(finding, "method", "") or None,
        alteration=getattr(finding, "alteration", "") or None,
        stated_date=stated,
    )


def report_date_of(findings: Iterable[Finding]) -> date | None:
    """The date a record's findings state for the report (the patient's correction first)."""
    dated = [f for f in findings if f.kind == FindingKind.REPORT_DATE]
    dated.sort(key=lambda f: (f.confirmation != "corrected", f.position))
    for f in dated:
        try:
            return date.fromisoformat(str(effective(f)["value"].get("date")))
        except ValueError:
            continue
    return None


def _pick(findings: list[Finding], match) -> Finding | None:
    # Prefer the patient's own correction, then a confirmed reading, as the evidence shown.
    hits = [f for f in findings if match(f)]
    hits.sort(key=lambda f: {"corrected": 0, "confirmed": 1}.get(f.confirmation, 2))
    return hits[0] if hits else None


def _record_facts(
    record: Record, findings: list[Finding], stated: date | None
) -> dict[str, ProfileFact]:
    schema = record_schema(findings, file=record.filename)
    usable = usable_findings(findings)
    out: dict[str, ProfileFact] = {}

    if schema["histology"]:
        f = _pick(
            usable,
            lambda f: f.kind == FindingKind.HISTOLOGY
            and effective(f)["value"].get("histology") == schema["histology"],
        )
        if f:
            out["histology"] = _profile_fact(record, f, schema["histology"], stated)
    if schema["stage"]:
        f = _pick(usable, lambda f: f.kind == FindingKind.STAGE)
        if f:
            out["stage"] = _profile_fact(record, f, schema["stage"], stated)
    for gene, val in schema["biomarkers"].items():
        # A mutation or fusion stating the status speaks for the gene before an expression or
        # amplification result stating the same (what the answers' conditions look at).
        f = (
            _pick(
                usable,
                lambda f, g=gene, v=val: f.gene == g
                and effective(f)["status"] == v["status"]
                and getattr(f, "alteration", "") in ("", "mutation", "fusion"),
            )
            or _pick(
                usable,
                lambda f, g=gene, v=val: f.gene == g and effective(f)["status"] == v["status"],
            )
            or _pick(usable, lambda f, g=gene: f.gene == g)
        )
        if f:
            out[gene] = _profile_fact(record, f, val, stated)
    for drug in schema["treatments"]:
        f = _pick(
            usable,
            lambda f, d=drug: (
                f.kind == FindingKind.TREATMENT and effective(f)["value"].get("drug") == d
            ),
        )
        if f:
            out["treatment:" + drug] = _profile_fact(record, f, drug, stated)
    for f in usable:
        # The engine abstained on this gene and nothing else in the report gives its result.
        if (
            f.gene
            and f.gene not in schema["biomarkers"]
            and effective(f)["status"] == UNCLEAR
            and "unclear:" + f.gene not in out
        ):
            out["unclear:" + f.gene] = _profile_fact(record, f, None, stated)
    return out


def build_profile(
    records: Iterable[Record], findings: Iterable[Finding], *, has_records: bool
) -> Profile:
    """``records``: the patient's done records; ``findings``: their findings."""
    by_record: dict[int, list[Finding]] = {}
    for f in findings:
        by_record.setdefault(f.record_id, []).append(f)
    dates = {r.pk: report_date_of(by_record.get(r.pk, [])) for r in records}
    # Oldest first, so a later report overwrites an earlier one ("latest report wins"): by the
    # date each report states, undated reports first; upload order only breaks ties.
    ordered = sorted(
        records,
        key=lambda r: (dates[r.pk] is not None, dates[r.pk] or date.min, r.uploaded_at, r.pk),
    )
    latest: dict[str, ProfileFact] = {}
    seen: dict[str, list[ProfileFact]] = {}
    for record in ordered:
        facts = _record_facts(record, by_record.get(record.pk, []), dates[record.pk])
        for key, fact in facts.items():
            latest[key] = fact
            seen.setdefault(key, []).append(fact)
    conflicts = []
    for key, facts in seen.items():
        if key.startswith(("treatment:", "unclear:")):
            continue  # treatments accumulate; an unclear reading states nothing to contradict
        # A result that changed between dates is a change (history); reports of the current
        # date that differ leave it open which is right: that is a conflict.
        current = [f for f in facts if f.stated_date == latest[key].stated_date]
        if len({_freeze(_fact_value(key, f)) for f in current}) > 1:
            conflicts.append(Conflict(key=key, facts=list(reversed(current))))
    return Profile(
        has_records=has_records,
        histology=latest.get("histology"),
        stage=latest.get("stage"),
        biomarkers={
            k: v
            for k, v in sorted(latest.items(), key=lambda kv: gene_rank(kv[0]))
            if k not in ("histology", "stage") and not k.startswith(("treatment:", "unclear:"))
        },
        treatments=[v for k, v in sorted(latest.items()) if k.startswith("treatment:")],
        conflicts=conflicts,
        unclear=sorted(
            (
                v
                for k, v in latest.items()
                if k.startswith("unclear:") and k.removeprefix("unclear:") not in latest
            ),
            key=lambda f: gene_rank(f.gene or ""),
        ),
        history=seen,
        timeline=build_timeline(
            (record, dates[record.pk], f, effective(f)["value"].get("drug"))
            for record in ordered
            for f in usable_findings(by_record.get(record.pk, []))
            if f.kind == FindingKind.TREATMENT and effective(f)["value"].get("drug")
        ),
    )


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value
