"""A small rule language deciding which personalized text a patient's profile unlocks.

A condition is a dict whose keys are ANDed together:

    gene: ALK [status: positive|negative|equivocal|pending] [variant: T790M]
    pdl1_band: "<1" | "1-49" | ">=50"
    stage_group: {min: "III", max: "IVB"}
    histology: adenocarcinoma | [adenocarcinoma, large cell carcinoma]
    treatment: osimertinib | treatment_class: egfr-tki   (ever received, in any report)
    current_treatment_class: alk-tki   (a drug of the class the patient is on: the treatment
                                        timeline does not say it stopped or the cancer grew on it)
    stage_m: M1a | [M1a, M1b]   (the M category the report states, exactly)
    driver: true | false     (any actionable driver positive; see DRIVER_GENES)
    any: [cond, cond]        (OR)
    not: cond

Validation is strict on purpose: a typo in content must fail loudly when the
content is saved or loaded, never silently match no patient.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from answers.drivers import (
    CONDITION_GENES,
    DRIVER_GENES,
    M_CATEGORIES,
    driver_positive,
    profile_stage_m,
)
from answers.treatment_classes import KNOWN_DRUGS, TREATMENT_CLASSES
from biomarkers.vocabulary import GENES, HISTOLOGIES, STATUSES

__all__ = [
    "CONDITION_GENES",
    "DRIVER_GENES",
    "GENES",
    "HISTOLOGIES",
    "STATUSES",
    "TREATMENT_CLASSES",
    "ConditionError",
    "driver_positive",
    "evaluate",
    "validate_condition",
]


PDL1_BANDS = ("<1", "1-49", ">=50")
STAGE_ORDER = (
    "0", "IA1", "IA2", "IA3", "IB", "IIA", "IIB", "IIIA", "IIIB", "IIIC", "IVA", "IVB",
)  # fmt: skip
# A bare group names the range of its sub-groups.
STAGE_RANGES = {
    "I": ("IA1", "IB"),
    "IA": ("IA1", "IA3"),
    "II": ("IIA", "IIB"),
    "III": ("IIIA", "IIIC"),
    "IV": ("IVA", "IVB"),
}
KEYS = (
    "gene", "status", "variant", "pdl1_band", "stage_group", "histology",
    "treatment", "treatment_class", "current_treatment_class", "any", "not", "stage_m", "driver",
)  # fmt: skip


class ConditionError(ValueError):
    """The condition is malformed; the message names the bad key or value."""


def _fail(msg: str, path: str) -> None:
    where = f" (at {path})" if path else ""
    raise ConditionError(f"Invalid condition{where}: {msg}")


def _choices(values: Iterable[str]) -> str:
    return ", ".join(values)


def _stage_bound(value: Any, path: str) -> tuple[int, int]:
    if not isinstance(value, str):
        _fail(f"stage group {value!r} must be text such as 'IIIA' or 'IV'", path)
    text = value.strip().upper()
    if text.startswith("STAGE "):
        text = text[6:].strip()
    if text in STAGE_RANGES:
        lo, hi = STAGE_RANGES[text]
        return STAGE_ORDER.index(lo), STAGE_ORDER.index(hi)
    if text in STAGE_ORDER:
        i = STAGE_ORDER.index(text)
        return i, i
    _fail(
        f"unknown stage group {value!r}; use one of {_choices(STAGE_ORDER)} "
        f"or {_choices(STAGE_RANGES)}",
        path,
    )
    raise AssertionError  # unreachable; keeps type checkers calm


def validate_condition(cond: Any, path: str = "") -> None:
    """Raise ConditionError if `cond` is not a well-formed condition."""
    if not isinstance(cond, Mapping):
        _fail(f"expected a mapping of rules, got {type(cond).__name__}", path)
    if not cond:
        _fail("empty condition (omit it instead to show the text to everyone)", path)
    unknown = [k for k in cond if k not in KEYS]
    if unknown:
        _fail(f"unknown key(s) {_choices(map(str, unknown))}; allowed: {_choices(KEYS)}", path)
    if ("status" in cond or "variant" in cond) and "gene" not in cond:
        _fail("'status' and 'variant' need a 'gene'", path)
    if "gene" in cond and cond["gene"] not in CONDITION_GENES:
        _fail(f"unknown gene {cond['gene']!r}; use one of {_choices(CONDITION_GENES)}", path)
    if "status" in cond and cond["status"] not in STATUSES:
        _fail(f"unknown status {cond['status']!r}; use one of {_choices(STATUSES)}", path)
    if "variant" in cond:
        if not isinstance(cond["variant"], str) or not cond["variant"].strip():
            _fail("'variant' must be a non-empty text such as 'T790M'", path)
        if cond.get("status", "positive") != "positive":
            _fail("'variant' only makes sense with status positive", path)
    if "pdl1_band" in cond and cond["pdl1_band"] not in PDL1_BANDS:
        _fail(f"unknown pdl1_band {cond['pdl1_band']!r}; use one of {_choices(PDL1_BANDS)}", path)
    if "stage_group" in cond:
        sg = cond["stage_group"]
        if not isinstance(sg, Mapping) or not sg or set(sg) - {"min", "max"}:
            _fail("'stage_group' must be a mapping with 'min' and/or 'max'", path)
        lo = _stage_bound(sg["min"], path)[0] if "min" in sg else 0
        hi = _stage_bound(sg["max"], path)[1] if "max" in sg else len(STAGE_ORDER) - 1
        if lo > hi:
            _fail(f"stage_group min {sg.get('min')!r} is above max {sg.get('max')!r}", path)
    if "histology" in cond:
        values = cond["histology"]
        values = values if isinstance(values, list) else [values]
        bad = [v for v in values if v not in HISTOLOGIES]
        if bad or not values:
            _fail(f"unknown histology {bad!r}; use one of {_choices(HISTOLOGIES)}", path)
    if "treatment" in cond and cond["treatment"] not in KNOWN_DRUGS:
        _fail(
            f"unknown treatment {cond['treatment']!r}; use a generic drug name "
            "(lower case) or 'treatment_class'",
            path,
        )
    if (
        "current_treatment_class" in cond
        and cond["current_treatment_class"] not in TREATMENT_CLASSES
    ):
        _fail(
            f"unknown current_treatment_class {cond['current_treatment_class']!r}; "
            f"use one of {_choices(TREATMENT_CLASSES)}",
            path,
        )
    if "treatment_class" in cond and cond["treatment_class"] not in TREATMENT_CLASSES:
        _fail(
            f"unknown treatment_class {cond['treatment_class']!r}; "
            f"use one of {_choices(TREATMENT_CLASSES)}",
            path,
        )
    _validate_stage_m_and_driver(cond, path)
    if "any" in cond:
        if not isinstance(cond["any"], list) or not cond["any"]:
            _fail("'any' must be a non-empty list of conditions", path)
        for i, sub in enumerate(cond["any"]):
            validate_condition(sub, f"{path}.any[{i}]" if path else f"any[{i}]")
    if "not" in cond:
        validate_condition(cond["not"], f"{path}.not" if path else "not")


def _validate_stage_m_and_driver(cond: Mapping[str, Any], path: str) -> None:
    if "stage_m" in cond:
        values = cond["stage_m"] if isinstance(cond["stage_m"], list) else [cond["stage_m"]]
        bad = [v for v in values if v not in M_CATEGORIES]
        if bad or not values:
            _fail(
                f"unknown stage_m {bad or values!r}; use one of {_choices(M_CATEGORIES)} "
                "(as the report writes it, e.g. M1a)",
                path,
            )
    # YAML reads yes/no/on/off as booleans too; only true and false are meant.
    if "driver" in cond and not isinstance(cond["driver"], bool):
        _fail(f"'driver' must be true or false, not {cond['driver']!r}", path)


# --- Evaluation -----------------------------------------------------------------


def pdl1_tps(profile: Any) -> float | None:
    fact = profile.biomarkers.get("PD-L1")
    if fact is None or fact.status in ("pending", "equivocal"):
        return None
    tps = (fact.value or {}).get("tps")
    try:
        return float(tps) if tps is not None else None
    except (TypeError, ValueError):
        return None


def pdl1_band(tps: float) -> str:
    if tps < 1:
        return "<1"
    return "1-49" if tps < 50 else ">=50"


def gene_status(fact: Any) -> str | None:
    """The fact's status; a PD-L1 score with no stated status follows the 1% cut-off."""
    if fact.status:
        return fact.status
    tps = (fact.value or {}).get("tps")
    if fact.gene == "PD-L1" and isinstance(tps, int | float):
        return "positive" if tps >= 1 else "negative"
    return None


def profile_stage_range(profile: Any) -> tuple[int, int] | None:
    stage = getattr(profile, "stage", None)
    group = (stage.value or {}).get("group") if stage is not None else None
    if not group:
        return None
    try:
        return _stage_bound(group, "")
    except ConditionError:
        return None


def _targetable_kind(fact: Any) -> bool:
    # Protein expression or an amplification of a gene is not the mutation or fusion that
    # targeted drugs (and the content about them) are for; unknown kind counts as one.
    return getattr(fact, "alteration", None) in (None, "", "mutation", "fusion")


def _match_gene(cond: Mapping[str, Any], profile: Any) -> bool:
    # An unclear reading is not in profile.biomarkers: like an untested gene, it matches no
    # status. A condition on a gene's status (not PD-L1, whose score is always expression)
    # speaks of its mutation or fusion unless it names a variant ("amplification") itself.
    fact = profile.biomarkers.get(cond["gene"])
    if fact is None:
        return False
    if cond["gene"] != "PD-L1" and "variant" not in cond and not _targetable_kind(fact):
        return False
    if gene_status(fact) != cond.get("status", "positive"):
        return False
    if "variant" in cond:
        wanted = cond["variant"].strip().lower()
        return any(v.strip().lower() == wanted for v in fact.variants or ())
    return True


def _match_stage(spec: Mapping[str, Any], profile: Any) -> bool:
    have = profile_stage_range(profile)
    if have is None:
        return False
    lo = _stage_bound(spec["min"], "")[0] if "min" in spec else 0
    hi = _stage_bound(spec["max"], "")[1] if "max" in spec else len(STAGE_ORDER) - 1
    # A report saying only "stage III" matches "III..IV" but not "IIIB..IV":
    # never assume more precision than the report gives.
    return lo <= have[0] and have[1] <= hi


def _drugs(profile: Any) -> set[str]:
    return {
        str((t.value or {}).get("drug", "")).lower() for t in getattr(profile, "treatments", [])
    }


def current_drugs(profile: Any) -> list[str]:
    """Drugs the patient is on, most recent first: by the treatment timeline, every drug the
    reports do not say was stopped or grown on (a profile without a timeline: every drug)."""
    lines = getattr(profile, "timeline", None)
    if not lines:
        return sorted(_drugs(profile))
    return [line.drug for line in lines if line.state != "previous"]


def class_drugs(profile: Any, treatment_class: str, *, current: bool) -> list[str]:
    """The patient's drugs of a class, current (or most recent) first."""
    members = TREATMENT_CLASSES.get(treatment_class, frozenset())
    if current:
        return [d for d in current_drugs(profile) if d in members]
    lines = getattr(profile, "timeline", None)
    ordered = [line.drug for line in lines] if lines else sorted(_drugs(profile))
    return [d for d in ordered if d in members]


def evaluate(cond: Mapping[str, Any] | None, profile: Any) -> bool:
    """True when every rule of `cond` holds for `profile`; no condition means everyone."""
    if not cond:
        return True
    validate_condition(cond)
    return _evaluate(cond, profile)


def _evaluate(cond: Mapping[str, Any], profile: Any) -> bool:
    if "gene" in cond and not _match_gene(cond, profile):
        return False
    if "pdl1_band" in cond:
        tps = pdl1_tps(profile)
        if tps is None or pdl1_band(tps) != cond["pdl1_band"]:
            return False
    if "stage_group" in cond and not _match_stage(cond["stage_group"], profile):
        return False
    if "histology" in cond:
        wanted = cond["histology"] if isinstance(cond["histology"], list) else [cond["histology"]]
        fact = getattr(profile, "histology", None)
        have = (fact.value or {}).get("histology") if fact is not None else None
        if have not in wanted:
            return False
    if "treatment" in cond and cond["treatment"] not in _drugs(profile):
        return False
    if "treatment_class" in cond and not (
        TREATMENT_CLASSES[cond["treatment_class"]] & _drugs(profile)
    ):
        return False
    if "current_treatment_class" in cond and not class_drugs(
        profile, cond["current_treatment_class"], current=True
    ):
        return False
    if "stage_m" in cond:
        wanted = cond["stage_m"] if isinstance(cond["stage_m"], list) else [cond["stage_m"]]
        # Exactly what the report states: a bare "M1" is not taken for M1a, b or c.
        if profile_stage_m(profile) not in wanted:
            return False
    if "driver" in cond and driver_positive(profile) is not cond["driver"]:
        return False
    if "any" in cond and not any(_evaluate(sub, profile) for sub in cond["any"]):
        return False
    return not ("not" in cond and _evaluate(cond["not"], profile))
