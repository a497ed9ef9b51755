"""Small helpers shared by the blind case modules (gold-label builders, banners)."""

from __future__ import annotations


def stage(prefix=None, t=None, n=None, m=None, group=None) -> dict:
    return {"prefix": prefix, "t": t, "n": n, "m": m, "group": group}


def pos(*variants: str) -> dict:
    return {"status": "positive", "variants": list(variants)}


def neg() -> dict:
    return {"status": "negative", "variants": []}


def eqv() -> dict:
    return {"status": "equivocal", "variants": []}


def pend() -> dict:
    return {"status": "pending", "variants": []}


def pdl1(tps, status=None) -> dict:
    if status is None:
        status = "positive" if tps >= 1 else "negative"
    return {"status": status, "tps": tps}


def negs(*genes: str) -> dict:
    return {g: neg() for g in genes}
