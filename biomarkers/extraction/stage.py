"""TNM stage and AJCC stage group, tolerant of OCR noise and flattened synoptic fields."""

from __future__ import annotations

import re

# OCR confusions inside a TNM code: O/o for 0, l/I/| for 1.
_D = r"[0-4OoIl|]"
_PFX = r"(?:yp|yc|p|c|r|a)"
# T: pT2a, Tla, T1mi, Tis, TX. Never part of a longer word or a protein change (T790M).
_LB = r"(?<![A-Za-z0-9])"
T_RX = rf"{_LB}(?P<tp>{_PFX})?\s?T\s?(?P<t>is|X|x|{_D}(?:mi|[a-c])?)(?![0-9a-z])"
N_RX = rf"{_LB}(?P<np>{_PFX})?\s?N\s?(?P<n>X|x|[0-3OoIl|](?:[ab])?)(?![0-9a-z])"
M_RX = rf"{_LB}(?P<mp>{_PFX})?\s?M\s?(?P<m>X|x|[01OoIl|](?:[a-c])?)(?![0-9A-Za-z])"
_T = re.compile(T_RX)
_N = re.compile(N_RX)
_M = re.compile(M_RX)
# T, N and optional M next to each other: "pT2a pN1", "T2aN1M0", "cT4, cN1, cM0".
# Inside a combination N and M may follow a letter directly ("T2aN1M0").
_COMBO = re.compile(
    rf"{T_RX}[\s,;/]{{0,3}}{N_RX.removeprefix(_LB)}(?:[\s,;/]{{0,3}}{M_RX.removeprefix(_LB)})?"
)
# A value given after a field label: "Primary tumor (pT): pT2a", "Regional Nodes. pN1".
_LABEL = re.compile(
    r"(?:primary\s+tumou?r|regional\s+(?:lymph\s+)?nodes?|distant\s+metastasis|"
    r"(?:[pc]?[TNM])\s*(?:category|stage|classification)|\([yp]*[pc]?[TNM]\)|"
    r"pTNM|cTNM|TNM|stage|staging)[^\n]{0,25}?[:.]\s*$",
    re.IGNORECASE,
)
# AJCC criteria quoted beside a code: "pT2: tumor > 3 cm" describes, it does not state.
_CRITERIA = re.compile(
    r"^\s*[:=-]\s*(?:tumou?r|no\b|metasta|invasion|in\s+situ|carcinoma|primary|regional|distant|"
    r"ipsilateral|contralateral|separate|single|multiple|cannot|size)",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"\bstage(?:\s+group(?:ing)?)?(?:\s*\(AJCC[^)]*\))?\s*[:\-]?\s*"
    r"(?P<g>(?-i:IV|III|II|I|[Il1|]{1,3}V?)(?-i:[ABC])?[1-3]?|[1-4][ABC]?[1-3]?)(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_NOT_STATED = re.compile(r"recommend|guideline|patients\s+with|should|typically", re.IGNORECASE)


def _fix(code: str) -> str:
    return code.translate(str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"}))


def _t_norm(v: str) -> str:
    if v.lower() == "is":
        return "Tis"
    if v in {"X", "x"}:
        return "TX"
    head, rest = _fix(v[0]), v[1:]
    return "T" + head + (rest if rest == "mi" else rest.lower())


def _n_norm(v: str) -> str:
    return "NX" if v in {"X", "x"} else "N" + _fix(v[0])


def _m_norm(v: str) -> str:
    return "MX" if v in {"X", "x"} else "M" + _fix(v[0]) + v[1:].lower()


def _is_value(text: str, m: re.Match, prefixed: bool) -> bool:
    """A T/N/M code that states this patient's stage (not a criteria definition)."""
    labelled = bool(_LABEL.search(text[max(0, m.start() - 60) : m.start()]))
    if _CRITERIA.match(text[m.end() : m.end() + 40]) and not labelled:
        return False
    return prefixed or labelled


def _group(g: str) -> str:
    g = g.strip()
    if g[0].isdigit():
        return _ROMAN[g[0]] + g[1:].upper()
    head = re.match(r"[IVl1|]+", g).group(0)
    return head.replace("l", "I").replace("1", "I").replace("|", "I") + g[len(head) :]


def find(text: str, default_prefix: str) -> tuple[dict | None, list[tuple[int, int]]]:
    """Stage dict per SCHEMA (or None) and the char spans that state it."""
    t = n = m = grp = prefix = None
    spans: list[tuple[int, int]] = []
    combo = next(
        (c for c in _COMBO.finditer(text) if not _NOT_STATED.search(_line(text, c.start()))),
        None,
    )
    if combo:
        t, n = _t_norm(combo.group("t")), _n_norm(combo.group("n"))
        m = _m_norm(combo.group("m")) if combo.group("m") else None
        prefix = combo.group("tp") or combo.group("np")
        spans.append(combo.span())
    for rx, key, pkey in ((_T, "t", "tp"), (_N, "n", "np"), (_M, "m", "mp")):
        if {"t": t, "n": n, "m": m}[key] is not None:
            continue
        for hit in rx.finditer(text):
            if not _is_value(text, hit, bool(hit.group(pkey))):
                continue
            if _NOT_STATED.search(_line(text, hit.start())):
                continue
            val = {"t": _t_norm, "n": _n_norm, "m": _m_norm}[key](hit.group(key))
            if key == "t":
                t = val
            elif key == "n":
                n = val
            else:
                m = val
            prefix = prefix or hit.group(pkey)
            spans.append(hit.span())
            break
    for g in _GROUP.finditer(text):
        if _NOT_STATED.search(_line(text, g.start())):
            continue
        grp = _group(g.group("g"))
        spans.append(g.span())
        break
    if not any((t, n, m, grp)):
        return None, []
    p = (prefix or default_prefix).lower()
    p = {"yc": "c", "r": "p", "a": "p"}.get(p, p)
    return {"prefix": p, "t": t, "n": n, "m": m, "group": grp}, spans


def _line(text: str, pos: int) -> str:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return text[s : e if e >= 0 else len(text)]
