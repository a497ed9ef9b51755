"""Variant patterns and their SCHEMA names.

Every pattern is a TargetRule regex (label VARIANT). ``normalise`` turns the matched text
into (implied gene or None, SCHEMA variant name or None); None means "not a variant we
report" (e.g. an unrecognised cDNA change).
"""

from __future__ import annotations

import re

_B = r"(?<![A-Za-z0-9])"
_E = r"(?![A-Za-z0-9])"

AA3 = {
    "ala": "A", "arg": "R", "asn": "N", "asp": "D", "cys": "C", "gln": "Q", "glu": "E",
    "gly": "G", "his": "H", "ile": "I", "leu": "L", "lys": "K", "met": "M", "phe": "F",
    "pro": "P", "ser": "S", "thr": "T", "trp": "W", "tyr": "Y", "val": "V", "ter": "*",
}  # fmt: skip
_AA3 = "|".join(a.capitalize() for a in AA3) + "|" + "|".join(a.upper() for a in AA3)

FUSION_TARGETS = r"(?-i:ALK|ROS1|RET|NTRK[123])"
# Never one of our own markers: "EGFR/ALK/ROS1" is a list of genes, not a fusion.
_PARTNER = (
    r"(?-i:(?!(?:EGFR|ALK|ROS1|RET|KRAS|BRAF|MET|ERBB2|HER2|NTRK[123]?|PD)(?![A-Z0-9]))"
    r"[A-Z][A-Z0-9]{1,9}(?:-[0-9])?)"
)
# "EML4 exon 13", "EML4(13)", "EML4 (e13)"
_EXON = r"(?:\s*\(?\s*(?:exon|ex|e)\s*\d+\s*\)?|\(\s*\d{1,2}\s*\))?"
_FUSION_SEP = r"\s*(?:::|-|\u2013|\u2014|/|\s-\s|\s:\s)\s*"

VARIANT_PATTERNS: dict[str, str] = {
    # EML4-ALK, EML4::ALK, "EML4 (exon 13)::ALK (exon 20)", KIF5B<en dash>RET, CD74/ROS1
    "fusion": _B + _PARTNER + _EXON + _FUSION_SEP + FUSION_TARGETS + _EXON + _E,
    # Target first ("NTRK1-TPM3 fusion"): only with the word fusion/rearrangement after it.
    "fusion_rev": _B
    + FUSION_TARGETS
    + _EXON
    + _FUSION_SEP
    + _PARTNER
    + _EXON
    + r"(?=\s*(?:gene\s+)?(?:fusion|rearrangement|translocation))",
    "ex19del": _B + r"(?:ex(?:on)?\s*19\s*(?:in[- ]frame\s*)?del(?:etion|eted)?s?|"
    r"(?:ex|exon)?19\s*del|del\s*(?:ex(?:on)?\s*)?19|ex19del|(?:p\.)?\(?[EL]7\d\d_[A-Z]7\d\d(?:del\w*|>\w+)\)?|"
    r"c\.22\d\d_22\d\ddel\d*|del\s*E746[-_]A750|E746[-_]A750\s*del)" + _E,
    "ex20ins": _B
    + r"(?:ex(?:on)?\s*20\s*(?:in[- ]frame\s*)?(?:ins(?:ertion)?s?|dup(?:lication)?s?)|"
    r"ex20ins|ins\s*20|(?:p\.)?\(?[A-Z]7\d\d_[A-Z]7\d\d(?:ins\w*|dup)\)?)" + _E,
    "ex14": _B
    + r"(?:(?-i:MET)\s*ex(?:on)?\s*14(?:\s*skip\w*)?|ex(?:on)?\s*14\s*(?:skip\w*|splice\w*)"
    r"|METex14|METΔ14|ex14\s*skip\w*)" + _E,
    # Splice-site changes around MET exon 14 (NM_000245 c.2888-/c.3028+, and the
    # NM_001127500 numbering c.2942-/c.3082+): they cause exon 14 skipping.
    "met_splice": _B
    + r"c\.(?:(?:2888|2942)-\d+|(?:3028|3082)\+\d+)(?:_[0-9+-]+)?"
    + r"(?:[ACGT]>[ACGT]|(?:delins|del|ins|dup)[ACGT]*)?"
    + r"(?![A-Za-z0-9])",
    "amp": _B + r"(?:amplification|amplified|amp|copy\s+number\s+(?:gain|amplification))" + _E,
    # p.Leu858Arg / p.L858R / L858R / (p.Gly12Cys); one-letter forms are upper case only.
    # "KRASG12C": right after a gene it is glued to (genes.GLUED_VARIANT splits the token).
    "protein": r"(?:(?<![A-Za-z0-9_>])|(?<=(?-i:KRAS|BRAF|EGFR)))"
    + r"(?:p\.\s?\(?)?(?:(?-i:[ACDEFGHIKLMNPQRSTVWY])|(?:"
    + _AA3
    + r"))\d{1,4}(?:(?-i:[ACDEFGHIKLMNPQRSTVWYX])|"
    + _AA3
    + r"|\*|fs\*?\d*)\)?"
    + r"(?![A-Za-z0-9_])",
    "cdna": _B + r"c\.\d+[ACGT]>[ACGT]" + _E,
}

# Well-known cDNA changes → protein names (reports sometimes give only the c. notation).
_CDNA = {
    "c.34G>T": ("KRAS", "G12C"), "c.35G>A": ("KRAS", "G12D"), "c.35G>T": ("KRAS", "G12V"),
    "c.35G>C": ("KRAS", "G12A"), "c.34G>A": ("KRAS", "G12S"), "c.38G>A": ("KRAS", "G13D"),
    "c.34G>C": ("KRAS", "G12R"), "c.1799T>A": ("BRAF", "V600E"), "c.2573T>G": ("EGFR", "L858R"),
    "c.2369C>T": ("EGFR", "T790M"), "c.2582T>A": ("EGFR", "L861Q"),
    "c.2303G>T": ("EGFR", "S768I"),
}  # fmt: skip
# Changes that name their gene on their own (used only when no gene is written nearby).
_IMPLIED = {
    "L858R": "EGFR", "T790M": "EGFR", "C797S": "EGFR", "L861Q": "EGFR", "S768I": "EGFR",
    "G719X": "EGFR", "V600E": "BRAF", "G12C": "KRAS", "G12D": "KRAS", "G12V": "KRAS",
    "G13D": "KRAS",
}  # fmt: skip

_PROT = re.compile(
    rf"(?:p\.\s?\(?)?({_AA3}|[A-Z])(\d{{1,4}})({_AA3}|[A-Z*]|fs\*?\d*)\)?", re.IGNORECASE
)


def _one(aa: str) -> str:
    return AA3.get(aa.lower(), aa.upper()) if len(aa) == 3 else aa.upper()


_COMPILED = {k: re.compile(p, re.IGNORECASE) for k, p in VARIANT_PATTERNS.items()}


class _Swap:
    """A target-first match read as (partner, target)."""

    def __init__(self, m: re.Match) -> None:
        self._g = (m.group(0), m.group(2), m.group(1))

    def group(self, i: int) -> str:
        return self._g[i]


def normalise(kind: str, text: str) -> tuple[str | None, str | None]:
    # An entity resolved to token boundaries may carry extra characters ("p.G12D.").
    hit = _COMPILED[kind].search(text)
    t = " ".join((hit.group(0) if hit else text).split())
    if kind in {"fusion", "fusion_rev"}:
        if kind == "fusion":
            m = re.match(r"([A-Z][A-Z0-9]{1,9}(?:-[0-9])?).*?(ALK|ROS1|RET|NTRK[123])\b", t)
        else:
            m = re.match(r"(ALK|ROS1|RET|NTRK[123])\b.*?([A-Z][A-Z0-9]{1,9})\b", t)
            m = m and _Swap(m)
        if not m or m.group(1) in {"ALK", "ROS1", "RET", "EGFR", "MET", "KRAS", "BRAF"}:
            return None, None
        partner, target = m.group(1), m.group(2)
        if partner.startswith("NTRK") or partner in {"PD", "HER2", "ERBB2", "TRK"}:
            return None, None
        if target.startswith("NTRK"):
            return "NTRK", target
        return target, f"{partner}-{target}"
    if kind == "ex19del":
        return "EGFR", "exon 19 deletion"
    if kind == "ex20ins":
        return None, "exon 20 insertion"
    if kind in {"ex14", "met_splice"}:
        return "MET", "exon 14 skipping"
    if kind == "amp":
        return None, "amplification"
    if kind == "cdna":
        gene, name = _CDNA.get(t, (None, None))
        return gene, name
    m = _PROT.fullmatch(t.replace(" ", ""))
    if not m:
        return None, None
    ref, pos, alt = _one(m.group(1)), m.group(2), m.group(3)
    name = f"{ref}{pos}fs" if alt.lower().startswith("fs") else f"{ref}{pos}{_one(alt)}"
    if name.startswith("G719"):
        name = "G719X"
    return _IMPLIED.get(name), name


# MET D1010 (D1028 in the longer isoform) is the last codon of exon 14: its changes break
# the splice donor and cause exon 14 skipping.
_MET_EX14_CODON = re.compile(r"^D10(?:10|28)[A-Z]$")


def for_gene(gene: str, name: str) -> str | None:
    """The SCHEMA name of ``name`` for ``gene``; None if it cannot belong to that gene."""
    if gene == "MET" and _MET_EX14_CODON.match(name):
        return "exon 14 skipping"
    if name == "exon 14 skipping" and gene != "MET":
        return None
    return name
