"""Lung-cancer drug lexicon: generic names, brand names and note abbreviations → generic.

Plain data and one regular expression, no spaCy: the engine's target matcher uses
``DRUG_PATTERN``; pages and search can map a brand to its generic without loading the NLP.
"""

from __future__ import annotations

import re

__all__ = ["ABBREV", "BRANDS", "DRUG_PATTERN", "GENERICS", "generic"]

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


def generic(text: str) -> str | None:
    t = " ".join(_PAREN.sub("", text).split()).lower()
    return _LEX.get(t)
