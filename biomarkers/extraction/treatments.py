"""Lung-cancer drug lexicon (generic names; brand names map to generics)."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

GENERICS = (
    # platinum / chemotherapy
    "carboplatin", "cisplatin", "oxaliplatin", "pemetrexed", "paclitaxel", "nab-paclitaxel",
    "docetaxel", "gemcitabine", "vinorelbine", "etoposide", "irinotecan", "topotecan",
    "lurbinectedin", "vinblastine", "vincristine", "cyclophosphamide", "doxorubicin",
    "ifosfamide", "mitomycin", "temozolomide",
    # immunotherapy
    "pembrolizumab", "nivolumab", "atezolizumab", "durvalumab", "cemiplimab", "ipilimumab",
    "tremelimumab", "tislelizumab", "sugemalimab", "toripalimab", "serplulimab",
    "tarlatamab", "dostarlimab",
    # EGFR
    "osimertinib", "erlotinib", "gefitinib", "afatinib", "dacomitinib", "lazertinib",
    "amivantamab", "necitumumab", "aumolertinib", "furmonertinib", "sunvozertinib",
    "zipalertinib", "mobocertinib", "icotinib", "almonertinib",
    # ALK / ROS1 / NTRK
    "crizotinib", "ceritinib", "alectinib", "brigatinib", "lorlatinib", "ensartinib",
    "entrectinib", "repotrectinib", "larotrectinib", "taletrectinib",
    # MET / RET / BRAF / KRAS / HER2
    "capmatinib", "tepotinib", "savolitinib", "cabozantinib", "selpercatinib", "pralsetinib",
    "dabrafenib", "trametinib", "encorafenib", "binimetinib", "vemurafenib", "sotorasib",
    "adagrasib", "divarasib", "trastuzumab deruxtecan", "trastuzumab", "zongertinib",
    "poziotinib", "telisotuzumab vedotin", "datopotamab deruxtecan", "sacituzumab govitecan",
    "patritumab deruxtecan",
    # anti-angiogenic and others
    "bevacizumab", "ramucirumab", "nintedanib", "anlotinib", "everolimus",
)  # fmt: skip

BRANDS = {
    "tagrisso": "osimertinib", "tarceva": "erlotinib", "iressa": "gefitinib",
    "gilotrif": "afatinib", "vizimpro": "dacomitinib", "lazcluze": "lazertinib",
    "rybrevant": "amivantamab", "portrazza": "necitumumab", "exkivity": "mobocertinib",
    "xalkori": "crizotinib", "zykadia": "ceritinib", "alecensa": "alectinib",
    "alunbrig": "brigatinib", "lorbrena": "lorlatinib", "ensacove": "ensartinib",
    "rozlytrek": "entrectinib", "augtyro": "repotrectinib", "vitrakvi": "larotrectinib",
    "ibtrozi": "taletrectinib", "tabrecta": "capmatinib", "tepmetko": "tepotinib",
    "cabometyx": "cabozantinib", "retevmo": "selpercatinib", "gavreto": "pralsetinib",
    "tafinlar": "dabrafenib", "mekinist": "trametinib", "braftovi": "encorafenib",
    "mektovi": "binimetinib", "lumakras": "sotorasib", "krazati": "adagrasib",
    "enhertu": "trastuzumab deruxtecan", "herceptin": "trastuzumab",
    "keytruda": "pembrolizumab", "opdivo": "nivolumab", "tecentriq": "atezolizumab",
    "imfinzi": "durvalumab", "libtayo": "cemiplimab", "yervoy": "ipilimumab",
    "imjudo": "tremelimumab", "tevimbra": "tislelizumab", "imdelltra": "tarlatamab",
    "alimta": "pemetrexed", "pemfexy": "pemetrexed", "taxol": "paclitaxel",
    "abraxane": "nab-paclitaxel", "taxotere": "docetaxel", "gemzar": "gemcitabine",
    "navelbine": "vinorelbine", "paraplatin": "carboplatin", "platinol": "cisplatin",
    "vepesid": "etoposide", "toposar": "etoposide", "hycamtin": "topotecan",
    "zepzelca": "lurbinectedin", "avastin": "bevacizumab", "mvasi": "bevacizumab",
    "zirabev": "bevacizumab", "cyramza": "ramucirumab", "datroway": "datopotamab deruxtecan",
    "trodelvy": "sacituzumab govitecan", "emrelis": "telisotuzumab vedotin",
    "hernexeos": "zongertinib", "vargatef": "nintedanib", "afinitor": "everolimus",
}  # fmt: skip

# Common abbreviations in notes ("carbo/pem", "cis/etop").
ABBREV = {
    "carbo": "carboplatin", "pem": "pemetrexed",
    "taxol": "paclitaxel", "nab-pac": "nab-paclitaxel", "pembro": "pembrolizumab",
    "nivo": "nivolumab", "ipi": "ipilimumab", "atezo": "atezolizumab", "durva": "durvalumab",
    "etop": "etoposide", "t-dxd": "trastuzumab deruxtecan",
}  # fmt: skip

_LEX: dict[str, str] = {g: g for g in GENERICS} | BRANDS | ABBREV
_ALTS = sorted(_LEX, key=len, reverse=True)
# Regimens are written hyphen-joined ("cisplatin-vinorelbine"), so a hyphen before a drug
# is allowed, except where it makes another word ("nab-paclitaxel" is matched whole first).
_NOT_AFTER = r"(?<![A-Za-z0-9])(?<!nab-)(?<!non-)(?<!pre-)(?<!post-)(?<!anti-)"
DRUG_PATTERN = (
    _NOT_AFTER + r"(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in _ALTS) + r")"
    r"(?:\s*\([A-Za-z-]+\))?(?![A-Za-z0-9])"
)
_PAREN = re.compile(r"\(([A-Za-z-]+)\)")

# A drug named this way was not received.
_BLOCKING = {
    "NEGATED_EXISTENCE", "NOT_A_FINDING", "HYPOTHETICAL", "FAMILY", "PLANNED",
    "POSSIBLE_EXISTENCE", "PENDING", "OPTION",
}  # fmt: skip
# Sections whose drugs were not given to the patient: a lab's therapy/trial list, the
# methods, variants of unknown significance, relatives' histories.
_NOT_GIVEN_SECTIONS = {"therapies", "methodology", "vus", "family_history"}


def generic(text: str) -> str | None:
    t = " ".join(_PAREN.sub("", text).split()).lower()
    return _LEX.get(t)


# "no progression on osimertinib": the negation is about the event, not the drug.
_EVENT = re.compile(
    r"\b(?:progression|progressive|recurrence|relapse|toxicit(?:y|ies)|side[- ]effects?|"
    r"adverse|complications?|issues|problems|pneumonitis|rash)\b",
    re.IGNORECASE,
)


def _negates_event(ent: Span, mod) -> bool:
    if mod.category != "NEGATED_EXISTENCE" or mod.modifier_span[1] > ent.start:
        return False
    return bool(_EVENT.search(ent.doc[mod.modifier_span[0] : ent.start].text))


def _blocked(ent: Span) -> bool:
    """Planned, declined, negated, an option or in a lab's therapy list: not given."""
    from .status import section_of  # status imports this module's lexicon

    cats = {m.category for m in ent._.modifiers if not _negates_event(ent, m)}
    return bool(cats & _BLOCKING) or section_of(ent) in _NOT_GIVEN_SECTIONS


_REGIMEN_JOIN = re.compile(r"\s*[/+]\s*|-")


def received_in_sentence(drugs: list[Span], *, strict: bool = False) -> list[bool]:
    """``received`` for the drugs of one sentence, where a regimen is one unit: in
    "2L docetaxel/ramucirumab since May" the receipt words reach the first drug only, but
    the regimen was given whole. A drug that is itself planned or declined stays out."""
    flags = [received(d, strict=strict) for d in drugs]
    for _ in range(len(drugs)):  # a regimen of n drugs needs at most n passes
        changed = False
        for i, (a, b) in enumerate(itertools.pairwise(drugs)):
            if flags[i] == flags[i + 1] or not _REGIMEN_JOIN.fullmatch(
                a.doc.text[a.end_char : b.start_char]
            ):
                continue
            j = i + 1 if flags[i] else i
            if not _blocked(drugs[j]):
                flags[j] = changed = True
        if not changed:
            break
    return flags


def received(ent: Span, *, strict: bool = False) -> bool:
    """Whether the drug was given to the patient. ``strict`` (lab reports): only with
    receipt language ("currently receiving", "previously treated with", "on … since");
    a lab names drugs mostly in therapy-association and trial lists."""
    if _blocked(ent):
        return False
    if not strict:
        return True
    return any(m.category.startswith("RECEIVED") for m in ent._.modifiers)
