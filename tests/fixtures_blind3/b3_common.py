"""Gold-label builders for the third blind set (``b3_*``).

Every builder checks the SCHEMA.md vocabulary so that a typo in a case file fails at generation
time instead of silently producing a gold fact no extractor could ever match.
"""

from __future__ import annotations

import re

GENES = ("ALK", "EGFR", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "ERBB2", "PD-L1")
HISTOLOGIES = (
    "adenocarcinoma",
    "squamous cell carcinoma",
    "large cell carcinoma",
    "adenosquamous carcinoma",
    "small cell carcinoma",
    "non-small cell carcinoma",
)
_EGFR = {"exon 19 deletion", "L858R", "T790M", "exon 20 insertion", "G719X", "L861Q", "S768I"}
_FIXED = {
    "BRAF": {"V600E"},
    "MET": {"exon 14 skipping", "amplification"},
    "ERBB2": {"exon 20 insertion", "amplification"},
    "NTRK": {"NTRK1", "NTRK2", "NTRK3"},
    "EGFR": _EGFR,
}
_FUSION = re.compile(r"^[A-Z0-9]+-(ALK|ROS1|RET)$")
_KRAS = re.compile(r"^(G12|G13|Q61)[A-Z]$")
# Only the drugs these cases use: a misspelt drug must fail here, not in scoring.
DRUGS = {
    "alectinib",
    "atezolizumab",
    "carboplatin",
    "cisplatin",
    "docetaxel",
    "durvalumab",
    "erlotinib",
    "etoposide",
    "ipilimumab",
    "lorlatinib",
    "lurbinectedin",
    "nivolumab",
    "osimertinib",
    "paclitaxel",
    "pembrolizumab",
    "pemetrexed",
    "ramucirumab",
}
_STAGE = {
    "prefix": re.compile(r"^(c|p|yp)$"),
    "t": re.compile(r"^T(1a|1b|1c|2a|2b|3|4)$"),
    "n": re.compile(r"^N[0-3]$"),
    "m": re.compile(r"^M(0|1a|1b|1c)$"),
    "group": re.compile(r"^(IA1|IA2|IA3|IB|IIA|IIB|IIIA|IIIB|IIIC|IVA|IVB)$"),
}


def pos(*variants: str) -> dict:
    return {"status": "positive", "variants": list(variants)}


def neg() -> dict:
    return {"status": "negative", "variants": []}


def equivocal() -> dict:
    return {"status": "equivocal", "variants": []}


def pending() -> dict:
    return {"status": "pending", "variants": []}


def tps(score: float) -> dict:
    # SCHEMA: positive at 1% or more; "<1%" is written as 0 by the case author.
    return {"status": "positive" if score >= 1 else "negative", "tps": score}


def tps_pending() -> dict:
    return {"status": "pending", "tps": None}


def stage(
    prefix: str | None = None,
    t: str | None = None,
    n: str | None = None,
    m: str | None = None,
    group: str | None = None,
) -> dict:
    out = {"prefix": prefix, "t": t, "n": n, "m": m, "group": group}
    for key, val in out.items():
        assert val is None or _STAGE[key].match(val), f"bad stage {key}={val!r}"
    assert any(out[k] for k in ("t", "n", "m", "group")), "empty stage: use None"
    return out


def _check_variants(gene: str, variants: list[str]) -> None:
    for v in variants:
        if gene in _FIXED:
            ok = v in _FIXED[gene]
        elif gene == "KRAS":
            ok = bool(_KRAS.match(v))
        else:
            ok = bool(_FUSION.match(v)) and v.endswith("-" + gene)
        assert ok, f"bad {gene} variant {v!r}"


def gold(
    *,
    histology: str | None = None,
    stage: dict | None = None,
    biomarkers: dict | None = None,
    treatments: tuple[str, ...] | list[str] = (),
) -> dict:
    assert histology is None or histology in HISTOLOGIES, histology
    markers = dict(biomarkers or {})
    for gene, res in markers.items():
        assert gene in GENES, gene
        assert res["status"] in ("positive", "negative", "equivocal", "pending"), res
        if gene == "PD-L1":
            assert set(res) == {"status", "tps"}, res
        else:
            assert res["variants"] == [] or res["status"] == "positive", (gene, res)
            _check_variants(gene, res["variants"])
    drugs = sorted(treatments)
    assert len(drugs) == len(set(drugs)), drugs
    for d in drugs:
        assert d in DRUGS, f"unknown or misspelt drug {d!r}"
    return {"histology": histology, "stage": stage, "biomarkers": markers, "treatments": drugs}
