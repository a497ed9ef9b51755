"""Variant patterns and their SCHEMA names.

Every pattern is a TargetRule regex (label VARIANT). ``normalise`` turns the matched text
into (implied gene or None, SCHEMA variant name or None); None means "not a variant we
report" (e.g. an unrecognised cDNA change).
"""

from __future__ import annotations

import re

from .rx import alt

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
# What a target-first fusion must be followed by: "NTRK1-TPM3 fusion".
_FUSION_WORD = r"(?=\s*(?:gene\s+)?(?:fusion|rearrangement|translocation))"

# EGFR exon 19 deletion, in every spelling of test_extraction_variants.py::
# test_variant_normalisation ("exon 19 deletion", "del19", "ex19del", "E746_A750del",
# "c.2235_2249del15").
_EX19DEL = alt(
    r"ex(?:on)?\s*19\s*(?:in[- ]frame\s*)?del(?:etion|eted)?s?",  # "exon 19 in-frame deletion"
    r"(?:ex|exon)?19\s*del",  # "19del", "exon19 del"
    r"del\s*(?:ex(?:on)?\s*)?19",  # "del19", "del exon 19"
    r"ex19del",
    r"(?:p\.)?\(?[EL]7\d\d_[A-Z]7\d\d(?:del\w*|>\w+)\)?",  # "p.E746_A750del", "L747_P753>S"
    r"c\.22\d\d_22\d\ddel\d*",  # "c.2235_2249del15"
    r"del\s*E746[-_]A750",
    r"E746[-_]A750\s*del",
)
# EGFR/ERBB2 exon 20 insertion: "exon 20 insertion", "p.A767_V769dup".
_EX20INS = alt(
    r"ex(?:on)?\s*20\s*(?:in[- ]frame\s*)?(?:ins(?:ertion)?s?|dup(?:lication)?s?)",
    r"ex20ins",
    r"ins\s*20",
    r"(?:p\.)?\(?[A-Z]7\d\d_[A-Z]7\d\d(?:ins\w*|dup)\)?",
)
# MET exon 14 skipping: "MET exon 14 skipping", "METex14", "exon 14 splice site".
_EX14 = alt(
    r"(?-i:MET)\s*ex(?:on)?\s*14(?:\s*skip\w*)?",
    r"ex(?:on)?\s*14\s*(?:skip\w*|splice\w*)",
    r"METex14",
    r"METΔ14",
    r"ex14\s*skip\w*",
)
# Splice-site changes around MET exon 14 (NM_000245 c.2888-/c.3028+, and the NM_001127500
# numbering c.2942-/c.3082+): they cause exon 14 skipping.
# test_extraction_context.py::test_met_exon14_splice_variants
_MET_SPLICE = (
    r"c\.(?:(?:2888|2942)-\d+|(?:3028|3082)\+\d+)(?:_[0-9+-]+)?"
    + r"(?:[ACGT]>[ACGT]|(?:delins|del|ins|dup)[ACGT]*)?"
)
# "MET amplification", "ERBB2 amplified", "copy number gain".
_AMP = alt(r"amplification", r"amplified", r"amp", r"copy\s+number\s+(?:gain|amplification)")
# p.Leu858Arg / p.L858R / L858R / (p.Gly12Cys); one-letter forms are upper case only.
# "KRASG12C": right after a gene it is glued to (genes.GLUED_VARIANT splits the token;
# test_extraction_layouts.py::test_a_variant_glued_to_its_gene).
_PROTEIN_START = r"(?:(?<![A-Za-z0-9_>])|(?<=(?-i:KRAS|BRAF|EGFR)))"
_AA_FROM = r"(?:(?-i:[ACDEFGHIKLMNPQRSTVWY])|(?:" + _AA3 + r"))"
_AA_TO = r"(?:(?-i:[ACDEFGHIKLMNPQRSTVWYX])|" + _AA3 + r"|\*|fs\*?\d*)"  # or a frameshift
_PROTEIN = (
    _PROTEIN_START + r"(?:p\.\s?\(?)?" + _AA_FROM + r"\d{1,4}" + _AA_TO + r"\)?"
    + r"(?![A-Za-z0-9_])"
)  # fmt: skip

VARIANT_PATTERNS: dict[str, str] = {
    # EML4-ALK, EML4::ALK, "EML4 (exon 13)::ALK (exon 20)", KIF5B<en dash>RET, CD74/ROS1
    # test_extraction_variants.py::test_variant_normalisation,
    # test_extraction_generalise.py::test_fusion_notations
    "fusion": _B + _PARTNER + _EXON + _FUSION_SEP + FUSION_TARGETS + _EXON + _E,
    # Target first ("NTRK1-TPM3 fusion", "ROS1-CD74 rearrangement"): only with the word
    # fusion/rearrangement after it. test_extraction_generalise.py::test_fusion_notations
    "fusion_rev": _B + FUSION_TARGETS + _EXON + _FUSION_SEP + _PARTNER + _EXON + _FUSION_WORD,
    "ex19del": _B + _EX19DEL + _E,
    # test_extraction_variants.py::test_variant_normalisation
    "ex20ins": _B + _EX20INS + _E,
    # test_extraction_variants.py::test_variant_normalisation
    "ex14": _B + _EX14 + _E,
    "met_splice": _B + _MET_SPLICE + r"(?![A-Za-z0-9])",
    # test_extraction_variants.py::test_variant_normalisation
    "amp": _B + _AMP + _E,
    # test_extraction_variants.py::test_variant_normalisation ("p.L858R", "p.Leu858Arg")
    "protein": _PROTEIN,
    # "KRAS c.34G>T": named through _CDNA below. test_extraction_variants.py::
    # test_variant_normalisation
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
