"""Gene aliases → SCHEMA gene keys, as regexes for medspaCy TargetRules.

Gene symbols are matched case-sensitively ("MET" the gene, not "met" the verb; "RET" not
"ret"); the inline ``(?-i:...)`` group overrides the RegexMatcher's IGNORECASE default.
"""

from __future__ import annotations

import re

from .vocabulary import GENES

__all__ = ["GENES", "GENE_PATTERNS"]

# Boundaries that treat "-" / "/" / "::" as separators but not letters or digits.
_B = r"(?<![A-Za-z0-9])"
_E = r"(?![A-Za-z0-9])"

# Shorthand that glues a protein change to its gene: "KRASG12C", "EGFRL858R", "BRAFV600E".
_GLUED = r"(?=(?-i:[A-Z]\d{2,4}[A-Z])(?![A-Za-z0-9]))"
GLUED_VARIANT = r"(?<=(?-i:KRAS|BRAF|EGFR))" + _GLUED

GENE_PATTERNS: dict[str, str] = {
    "ALK": _B + r"(?-i:ALK)" + _E,
    "EGFR": _B + r"(?-i:EGFR|HER1|ErbB1|ERBB1)" + f"(?:{_E}|{_GLUED})",
    "ROS1": _B + r"(?-i:ROS-?1|ROS)" + _E,
    "KRAS": _B + r"(?-i:K-?RAS|Ki-?ras|KRas)" + f"(?:{_E}|{_GLUED})",
    "BRAF": _B + r"(?-i:B-?RAF|BRaf)" + f"(?:{_E}|{_GLUED})",
    "MET": _B + r"(?:(?-i:MET)|c-?MET|(?-i:cMET))" + _E,
    "RET": _B + r"(?-i:RET)" + _E,
    # "NTRK1/2/3", "NTRK1-3", "NTRK1" en dash "3"
    "NTRK": _B
    + r"(?:(?-i:NTRK)(?:[123](?:\s*[/,\u2013-]\s*[123])*)?|pan-?\s?TRK|(?-i:TRK[ABC]?))"
    + _E,
    "ERBB2": _B + r"(?:(?-i:ERBB-?2)|HER-?2(?:\s*/\s*neu)?|HER2neu)" + _E,
    "PD-L1": _B + r"(?:PD-?L-?1|PDL-?1|programmed\s+death[- ]ligand[- ]1|CD274)" + _E,
}

# Other genes often printed beside ours; a variant next to one of them is not ours.
OTHER_GENES = (
    r"(?-i:TP53|STK11|KEAP1|PIK3CA|NRAS|HRAS|CDKN2A|CDKN2B|SMARCA4|NF1|PTEN|RB1|ARID1A|ATM|"
    r"BRCA1|BRCA2|MYC|NKX2-1|FGFR[1-4]|MAP2K1|CTNNB1|SMAD4|APC|ERBB3|ERBB4|IDH1|IDH2|KIT|"
    r"PDGFRA|MDM2|CDK4|CDK6|NOTCH1|AKT1|NFE2L2|CHEK2|PALB2|RICTOR|TERT|MTOR|TSC1|TSC2|"
    r"SETD2|BAP1|DDR2|GNAS|JAK2|POLE|U2AF1|RBM10|EML4|KIF5B|CD74|TPM3|ETV6|CCDC6|NCOA4|"
    r"SLC34A2|SDC4|EZR|TFG|LMNA|KMT2D|KMT2C|ATRX|ALK2|MET2)"
)
OTHER_GENE_PATTERN = _B + OTHER_GENES + _E

_ALIAS_RES = [(key, re.compile(p, re.IGNORECASE)) for key, p in GENE_PATTERNS.items()]


def gene_key(text: str) -> str | None:
    """SCHEMA key of a gene alias as written ("HER2" → "ERBB2", "pan-TRK" → "NTRK")."""
    for key, rx in _ALIAS_RES:
        if rx.fullmatch(text.strip()):
            return key
    return None
