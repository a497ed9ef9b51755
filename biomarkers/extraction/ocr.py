"""Length-preserving repair of common OCR misreadings, for the NLP only.

Reports that were scanned and read by OCR misread a few letters ("Negatlve", "adenocarcinorna",
"EGFR rnutation") and split words at line ends ("muta- tion"). The NLP reads a repaired copy;
every repair keeps the text's length (a letter that goes becomes a trailing space), so offsets,
page numbers and the quoted evidence still come from the report exactly as it was read.

Only words that become one of the result and diagnosis words below are repaired: a general
spelling corrector would "repair" gene names and drug names into other words.
"""

from __future__ import annotations

import re
from itertools import pairwise

WORDS = frozenset(
    {
        "negative", "positive", "detected", "identified", "equivocal", "indeterminate",
        "pending", "mutation", "mutations", "fusion", "fusions", "rearrangement",
        "rearrangements", "rearranged", "deletion", "insertion", "amplification", "amplified",
        "skipping", "carcinoma", "adenocarcinoma", "squamous", "predominant", "metastatic",
        "expression", "proportion", "tumor", "tumour", "score", "received", "completed",
    }
)  # fmt: skip
# Long diagnosis words, also repaired when one letter of them is misread in any way
# ("Adenoearcinoma", TCGA-55-A490; "SQVAMOUS", TCGA-O2-A52V): no other word is one letter
# away from them, so the repair cannot turn a real word into a diagnosis.
DIAGNOSIS_WORDS = frozenset({"adenocarcinoma", "carcinoma", "squamous", "adenosquamous"})
# OCR confusions, read as (seen, meant). "rn" for "m" is the classic one.
_SWAPS = (
    ("rn", "m"), ("l", "i"), ("1", "i"), ("I", "i"), ("0", "o"), ("cl", "d"), ("vv", "w"),
    ("RN", "M"), ("L", "I"), ("1", "I"), ("0", "O"), ("CL", "D"), ("VV", "W"),
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z01]{3,}")
_SPLIT = re.compile(r"\b([A-Za-z]{2,})- ([a-z]{2,})\b")
# A stray mark inside a word: "squamous cell car·cinoma" (TCGA-21-5782), "ADENOC,ARCINGMA"
# (TCGA-J2-A4AD). Joined only when the two halves make a known word (after the repairs below).
_STRAY_MARK = re.compile(r"\b([A-Za-z]{2,})[\u00b7,.'`]([A-Za-z]{2,})\b")
# An all-caps result word broken by a stray space or dot: "NEGAT IVE" and "KR.AS" (TCGA-J2-8192,
# a scan whose OCR put a dot after every R).
_CAPS_WORD = re.compile(r"\b[A-Z]+\b")
_GENES = frozenset({"kras", "egfr", "braf", "alk", "ros1", "erbb2"})
# A fusion's separator read as a letter or digit: "EML41ALK", "EML4IALK" (TCGA-50-6595) for
# "EML4/ALK". Only after a known partner gene, so "EML4" itself is never touched.
_FUSION_SEP = re.compile(
    r"\b(EML4|KIF5B|CD74|SLC34A2|CCDC6|NCOA4|TPM3|SDC4|EZR|TFG|ETV6)[1Il|](?=(?:ALK|ROS1|RET)\b)"
)


def _restyle(word: str, like: str) -> str:
    if like.isupper():
        return word.upper()
    if like[0].isupper():
        return word.capitalize()
    return word


def _candidates(word: str) -> set[str]:
    """Lower-cased words one kind of confusion away: every occurrence, or any single one."""
    out = set()
    for seen, meant in _SWAPS:
        start = word.find(seen)
        if start == -1:
            continue
        out.add(word.replace(seen, meant).lower())
        while start != -1:
            out.add((word[:start] + meant + word[start + len(seen) :]).lower())
            start = word.find(seen, start + 1)
    return out


def _one_letter_off(word: str) -> str | None:
    """The diagnosis word ``word`` misreads in one letter, if any."""
    low = word.lower()
    for known in DIAGNOSIS_WORDS:
        if len(known) == len(low) and sum(a != b for a, b in zip(known, low, strict=True)) == 1:
            return known
    return None


def _known(word: str) -> str | None:
    """The known word ``word`` is a misreading of (lower case), or None."""
    if word.lower() in WORDS:
        return word.lower()
    if len(word) > 16:
        return None
    for candidate in _candidates(word):
        if candidate in WORDS:
            return candidate
    return _one_letter_off(word) if len(word) >= 8 else None


def _fix_word(match: re.Match) -> str:
    word = match.group(0)
    known = _known(word)
    if known is None or known == word.lower():
        return word
    fixed = _restyle(known, word)
    return fixed + " " * (len(word) - len(fixed))


def _join_stray(match: re.Match) -> str:
    head, tail = match.group(1), match.group(2)
    if _known(head + tail) is None:
        return match.group(0)
    # The mark becomes a space after the joined word; _fix_word then repairs its letters.
    return head + tail + " "


def _join(match: re.Match) -> str:
    head, tail = match.group(1), match.group(2)
    joined = head + tail
    if joined.lower() in WORDS:
        return joined + "  "
    return match.group(0)


def _join_caps(text: str) -> str:
    words = list(_CAPS_WORD.finditer(text))
    out = list(text)
    for a, b in pairwise(words):
        if b.start() != a.end() + 1 or text[a.end()] not in " .":
            continue
        joined = (a.group(0) + b.group(0)).lower()
        if joined in WORDS or joined in _GENES:
            out[a.start() : b.end()] = list(joined.upper() + " ")
    return "".join(out)


def repair(text: str) -> str:
    """``text`` with OCR misreadings of result words repaired; always the same length."""
    text = _SPLIT.sub(_join, text)
    text = _STRAY_MARK.sub(_join_stray, text)
    text = _join_caps(text)
    text = _FUSION_SEP.sub(r"\1/", text)
    return _WORD.sub(_fix_word, text)
