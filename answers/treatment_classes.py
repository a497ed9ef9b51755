"""Kinds of treatment that answers' content is written in (``treatment_class:`` conditions),
each the set of generic drug names the extraction engine reports."""

from __future__ import annotations

__all__ = ["KNOWN_DRUGS", "TREATMENT_CLASSES"]

# Classes name kinds of treatment, which is what the content talks about; the
# drugs are generic names as the extraction engine reports them.
TREATMENT_CLASSES: dict[str, frozenset[str]] = {
    "egfr-tki": frozenset(
        [
            "osimertinib",
            "erlotinib",
            "gefitinib",
            "afatinib",
            "dacomitinib",
            "lazertinib",
            "aumolertinib",
            "furmonertinib",
            "sunvozertinib",
            "zipalertinib",
            "mobocertinib",
            "icotinib",
            "almonertinib",
        ]
    ),
    "alk-tki": frozenset(
        ["crizotinib", "ceritinib", "alectinib", "brigatinib", "lorlatinib", "ensartinib"]
    ),
    "ros1-tki": frozenset(
        ["crizotinib", "entrectinib", "repotrectinib", "taletrectinib", "ceritinib", "lorlatinib"]
    ),
    "trk-tki": frozenset(["larotrectinib", "entrectinib", "repotrectinib"]),
    "met-tki": frozenset(["capmatinib", "tepotinib", "savolitinib", "crizotinib"]),
    "ret-tki": frozenset(["selpercatinib", "pralsetinib", "cabozantinib"]),
    "braf-mek": frozenset(
        ["dabrafenib", "trametinib", "encorafenib", "binimetinib", "vemurafenib"]
    ),
    "kras-inhibitor": frozenset(["sotorasib", "adagrasib", "divarasib"]),
    "her2-targeted": frozenset(
        {"trastuzumab deruxtecan", "trastuzumab", "zongertinib", "poziotinib"}
    ),
    "targeted-therapy": frozenset(),  # filled below: every targeted class
    "immunotherapy": frozenset(
        [
            "pembrolizumab",
            "nivolumab",
            "atezolizumab",
            "durvalumab",
            "cemiplimab",
            "ipilimumab",
            "tremelimumab",
            "tislelizumab",
            "sugemalimab",
            "toripalimab",
            "serplulimab",
            "dostarlimab",
        ]
    ),
    "chemotherapy": frozenset(
        [
            "carboplatin",
            "cisplatin",
            "oxaliplatin",
            "pemetrexed",
            "paclitaxel",
            "nab-paclitaxel",
            "docetaxel",
            "gemcitabine",
            "vinorelbine",
            "etoposide",
            "irinotecan",
            "topotecan",
            "lurbinectedin",
            "vinblastine",
            "vincristine",
            "cyclophosphamide",
            "doxorubicin",
            "ifosfamide",
            "mitomycin",
            "temozolomide",
        ]
    ),
    "antibody-drug-conjugate": frozenset(
        {
            "trastuzumab deruxtecan",
            "datopotamab deruxtecan",
            "sacituzumab govitecan",
            "patritumab deruxtecan",
            "telisotuzumab vedotin",
        }
    ),
    "antiangiogenic": frozenset(["bevacizumab", "ramucirumab", "nintedanib", "anlotinib"]),
    "bispecific-antibody": frozenset(["amivantamab", "tarlatamab"]),
}
TREATMENT_CLASSES["targeted-therapy"] = frozenset().union(
    *(
        TREATMENT_CLASSES[c]
        for c in (
            "egfr-tki", "alk-tki", "ros1-tki", "trk-tki", "met-tki", "ret-tki",
            "braf-mek", "kras-inhibitor", "her2-targeted",
        )
    ),
    {"amivantamab"},
)  # fmt: skip
KNOWN_DRUGS: frozenset[str] = frozenset().union(*TREATMENT_CLASSES.values()) | {
    "necitumumab",
    "everolimus",
}
