"""One shape for a fact with its evidence, wherever a fact leaves the process.

The engine's ``Fact`` crosses the sandbox's pipe as JSON (``fact_json`` / ``fact_from_json``);
a stored ``Finding`` (the same fact, plus the patient's check) goes to the REST API and to the
export's findings.json as ``finding_json``, which is ``fact_json``'s shape with the finding's
id and confirmation added. Add a field here and every one of them carries it.
"""

from __future__ import annotations

from typing import Any

from biomarkers.extraction.types import Evidence, Fact


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _fact(
    *, kind, gene, status, variants, value, method, alteration, page, sentence, start, end
) -> dict[str, Any]:
    return {
        "kind": str(kind),
        "gene": gene or None,
        "status": status or None,
        "variants": list(variants or []),
        "value": dict(value or {}),
        "method": method or None,
        "alteration": alteration or None,
        "evidence": {"page": page, "sentence": sentence, "start": start, "end": end},
    }


def fact_json(fact: Fact) -> dict[str, Any]:
    """An engine Fact as plain JSON."""
    ev = fact.evidence
    return _fact(
        kind=fact.kind,
        gene=fact.gene,
        status=fact.status,
        variants=fact.variants,
        value=fact.value,
        method=fact.method,
        alteration=fact.alteration,
        page=ev.page,
        sentence=ev.sentence,
        start=ev.start,
        end=ev.end,
    )


def fact_from_json(data: dict[str, Any]) -> Fact:
    """The inverse of ``fact_json``; types are checked, as the data comes from a child process."""
    ev = data.get("evidence") or {}
    return Fact(
        kind=str(data["kind"]),
        evidence=Evidence(int(ev["page"]), str(ev["sentence"]), int(ev["start"]), int(ev["end"])),
        gene=_str(data.get("gene")),
        status=_str(data.get("status")),
        variants=[str(v) for v in data.get("variants") or []],
        value=dict(data.get("value") or {}),
        method=_str(data.get("method")),
        alteration=_str(data.get("alteration")),
    )


def finding_json(finding: Any) -> dict[str, Any]:
    """A stored finding: its fact as read, plus its id and what the patient made of it."""
    return {
        "id": str(finding.public_id),
        **_fact(
            kind=finding.kind,
            gene=finding.gene,
            status=finding.status,
            variants=finding.variants,
            value=finding.value,
            method=getattr(finding, "method", None),
            alteration=getattr(finding, "alteration", None),
            page=finding.page,
            sentence=finding.sentence,
            start=finding.char_start,
            end=finding.char_end,
        ),
        "confirmation": finding.confirmation,
        "corrected_value": finding.corrected_value,
        "confirmed_at": finding.confirmed_at.isoformat() if finding.confirmed_at else None,
    }
