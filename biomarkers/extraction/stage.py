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
# Upper-case reports: "STAGE IIIA (PT2B PN2 M0)". Only as a T+N combination with a prefix,
# so that "CT" (computed tomography) or "PT" (physical therapy) alone never count.
_COMBO_UP = re.compile(
    rf"{_LB}(?P<tp>YP|YC|P|C)T(?P<t>[0-4](?:[A-C]|MI)?)(?![0-9A-Za-z])[\s,;/]{{0,3}}"
    r"(?P<np>YP|YC|P|C)?N(?P<n>[0-3X])(?![0-9A-Za-z])"
    r"(?:[\s,;/]{0,3}(?P<mp>YP|YC|P|C)?M(?P<m>[01X](?:[A-C])?)(?![0-9A-Za-z]))?"
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
    r"(?P<g>(?-i:IV|III|II|I|[Il1|]{1,3}V?)(?-i:[ABC])?[1-3]?|[1-4][ABC]?[1-3]?)(?![A-Za-z0-9])"
    # Note shorthand "st IVA": only with a Roman group, "st" alone is too common a word.
    r"|\bst\.?\s+(?P<s>(?-i:IV|III|II|I)(?-i:[ABC])?[1-3]?)(?![A-Za-z0-9])",
    re.IGNORECASE,
)
# "stage IVA (M1b, adrenal)": a code in brackets right after a stated stage group.
_AFTER_GROUP = re.compile(r"\bstage\s+(?:IV|III|II|I)[ABC]?[1-3]?\s*\(\s*$", re.IGNORECASE)
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


def _m_norm(v: str) -> str | None:
    # AJCC 8th has no MX ("pMx" means not assessed): not a stated M category.
    return None if v in {"X", "x"} else "M" + _fix(v[0]) + v[1:].lower()


def _is_value(text: str, m: re.Match, prefixed: bool) -> bool:
    """A T/N/M code that states this patient's stage (not a criteria definition)."""
    before = text[max(0, m.start() - 60) : m.start()]
    labelled = bool(_LABEL.search(before) or _AFTER_GROUP.search(before))
    if _CRITERIA.match(text[m.end() : m.end() + 40]) and not labelled:
        return False
    return prefixed or labelled


def _group(g: str) -> str:
    g = g.strip()
    if g[0].isdigit():
        return _ROMAN[g[0]] + g[1:].upper()
    head = re.match(r"[IVl1|]+", g).group(0)
    return head.replace("l", "I").replace("1", "I").replace("|", "I") + g[len(head) :]


def _rank(prefix: str | None, default_prefix: str) -> int:
    """Pathologic (p, yp) staging outranks clinical (c): it is made later, on the specimen."""
    p = (prefix or default_prefix).lower()
    return 1 if p in {"c", "yc"} else 2


def _combos(text: str) -> list[re.Match]:
    hits = [*_COMBO.finditer(text), *_COMBO_UP.finditer(text)]
    hits = [c for c in hits if not _NOT_STATED.search(_line(text, c.start()))]
    return sorted(hits, key=lambda c: c.start())


def _singles(text: str, rx: re.Pattern, key: str, pkey: str) -> list[re.Match]:
    return [
        hit
        for hit in rx.finditer(text)
        if _is_value(text, hit, bool(hit.group(pkey)))
        and not _NOT_STATED.search(_line(text, hit.start()))
    ]


def find(text: str, default_prefix: str) -> tuple[dict | None, list[tuple[int, int]]]:
    """Stage dict per SCHEMA (or None) and the char spans that state it.

    When a report gives several stagings (clinical in the history, pathologic after
    resection), the pathologic one is this report's finding; a stage group is taken only
    from a line that does not state the other staging.
    """
    norm = {"t": _t_norm, "n": _n_norm, "m": _m_norm}
    combos = _combos(text)
    singles = {
        key: _singles(text, rx, key, pkey)
        for rx, key, pkey in ((_T, "t", "tp"), (_N, "n", "np"), (_M, "m", "mp"))
    }

    def rank_of(hit: re.Match, pkey: str | None = None) -> int:
        pre = hit.group(pkey) if pkey else (hit.group("tp") or hit.group("np"))
        return _rank(pre, default_prefix)

    ranks = [rank_of(c) for c in combos]
    # "cM0" is how a pathologic staging states M (there is no pM0): M never sets the rank.
    ranks += [rank_of(h, k + "p") for k, hits in singles.items() if k != "m" for h in hits]
    best = max(ranks, default=0)
    found: dict[str, str | None] = {"t": None, "n": None, "m": None}
    prefix = None
    spans: list[tuple[int, int]] = []
    other_lines: set[str] = set()
    for c in combos:
        if rank_of(c) != best:
            other_lines.add(_line(text, c.start()))
        elif found["t"] is None:
            found["t"], found["n"] = _t_norm(c.group("t")), _n_norm(c.group("n"))
            found["m"] = _m_norm(c.group("m")) if c.group("m") else None
            prefix = c.group("tp") or c.group("np")
            spans.append(c.span())
    for key, hits in singles.items():
        for hit in hits:
            if key == "m" and _line(text, hit.start()) in other_lines:
                continue  # the M of the other staging
            if key != "m" and rank_of(hit, key + "p") != best:
                other_lines.add(_line(text, hit.start()))
            elif found[key] is None:
                found[key] = norm[key](hit.group(key))
                prefix = prefix or hit.group(key + "p")
                spans.append(hit.span())
    grp = None
    for g in _GROUP.finditer(text):
        line = _line(text, g.start())
        if _NOT_STATED.search(line) or line in other_lines:
            continue
        grp = _group(g.group("g") or g.group("s"))
        spans.append(g.span())
        break
    if not any((*found.values(), grp)):
        return None, []
    p = (prefix or default_prefix).lower()
    p = {"yc": "c", "r": "p", "a": "p"}.get(p, p)
    return {"prefix": p, **found, "group": grp}, spans


def _line(text: str, pos: int) -> str:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return text[s : e if e >= 0 else len(text)]
