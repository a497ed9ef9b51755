"""Is a sentence a result statement about this patient's specimen, or some other kind of text?

A report names genes in many sentences that state no result: the laboratory's method ("DNA
was amplified with primers flanking exon 2"), what the assay can find ("This assay detects
exon 19 deletions and L858R"), background from the literature ("KRAS codon 12/13 mutations
are found in approximately 10-30% of lung adenocarcinomas"), and guidance ("Testing for EGFR
is recommended"). Read word by word, those sentences carry result words ("amplified",
"found", "detects") next to a gene, and a word-level reader takes them for results.

This module recognises those kinds of sentence as a whole. Each pattern is named for the
kind of text it recognises and carries the real wording that needs it; the extractor takes
no biomarker status or variant from a sentence that matches one.

Pure regular expressions: no spaCy, so the rules can be read and tested on their own.
"""

from __future__ import annotations

import re

__all__ = ["NON_RESULT_PATTERNS", "non_result_kind"]

_F = re.IGNORECASE

# (kind, name, pattern). Order does not matter: any match makes the sentence a non-result.
NON_RESULT_PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    # --- method: what the laboratory did to the sample --------------------------------------
    # TCGA-50-5939: "DNA was amplified with primers"; other labs: "Exon 2 of the KRAS gene was
    # amplified by PCR and sequenced". PCR amplification is a step, not a copy-number result.
    (
        "method",
        "amplified by PCR / with primers",
        re.compile(
            r"\bamplif(?:ied|ication)\s+(?:\w+\s+){0,3}?(?:by|using|with|via)\s+(?:the\s+)?"
            r"(?:\w+\s+){0,2}?(?:PCR|polymerase|primers?|real[- ]time)\b",
            _F,
        ),
    ),
    (
        "method",
        "DNA/RNA was extracted, isolated or amplified",
        re.compile(
            r"\b(?:DNA|RNA|nucleic\s+acids?|amplicons?)\s+(?:\w+\s+){0,4}?(?:was|were|is|are)\s+"
            r"(?:then\s+)?(?:extracted|isolated|amplified|purified|sequenced)\b",
            _F,
        ),
    ),
    ("method", "primers", re.compile(r"\bprimers?\b", _F)),
    # "This assay detects mutations in exons 18-21 of EGFR, including exon 19 deletions";
    # "The DNA probe is designed to detect amplification of the EGFR gene" (TCGA-O1-A52J).
    (
        "method",
        "what the assay or probe detects",
        re.compile(
            r"\b(?:this|the|our)\s+(?:\w+\s+){0,3}?(?:assay|test|panel|probe|kit|method)\s+"
            r"(?:\w+\s+){0,2}?(?:detects|identifies|covers|interrogates|targets|can\s+detect|"
            r"is\s+designed|was\s+designed|designed\s+to|is\s+able\s+to|evaluates|assesses|"
            r"(?:does|can|will)\s+not\s+(?:detect|identify|assess|evaluate)|cannot\s+detect|"
            r"is\s+not\s+designed)\b",
            _F,
        ),
    ),
    (
        "method",
        "limit of detection / analytical sensitivity",
        re.compile(
            r"\b(?:limit\s+of\s+detection|lower\s+limit|detection\s+limit|analytical\s+"
            r"sensitivity|sensitivity\s+of\s+(?:the|this)\s+(?:assay|test|method)|"
            r"mutant\s+allele\s+(?:frequency|fraction)\s+of\s+(?:at\s+least|>=?|≥))",
            _F,
        ),
    ),
    # --- general: statements about lung cancer in general, not about this tumour -----------
    # TCGA-50-6595: "KRAS codon 12/13 mutations are found in approximately 10-30% lung
    # adenocarcinomas"; "EGFR mutations occur in 10-15% of non-small cell lung cancers".
    (
        "general",
        "how often an alteration occurs in a population",
        re.compile(
            r"\b(?:in|of)\s+(?:approximately\s+|about\s+|up\s+to\s+|roughly\s+|~\s*)?"
            r"\d{1,2}(?:\.\d)?\s*(?:%|-|\u2013|to)\s*(?:\d{1,2}(?:\.\d)?\s*%\s*)?"
            r"(?:of\s+)?(?:all\s+)?(?:\w+\s+){0,3}?(?:lung|nsclc|non-small|patients|cases|"
            r"tumou?rs|adenocarcinomas|carcinomas|cancers|smokers|never[- ]smokers|population)\b",
            _F,
        ),
    ),
    # "Approximately 5% of NSCLC harbor ALK rearrangements".
    (
        "general",
        "a share of a population",
        re.compile(
            r"\d\s*%\s+of\s+(?:all\s+)?(?:\w+\s+){0,3}?(?:lung|nsclc|non-small|patients|"
            r"cases|tumou?rs|adenocarcinomas|carcinomas|cancers|smokers|never[- ]smokers)\b",
            _F,
        ),
    ),
    # "Sensitizing EGFR mutations (exon 19 deletions and L858R) predict response to EGFR TKIs";
    # "Mutations in KRAS are associated with lack of response".
    (
        "general",
        "alterations predict / are associated (plural subject, present tense)",
        re.compile(
            r"\b(?:mutations|alterations|rearrangements|fusions|deletions|variants)\b[^.;:]{0,60}?"
            r"\b(?:predict|confer|are\s+associated|are\s+linked|correlate|respond)\b",
            _F,
        ),
    ),
    (
        "general",
        "alterations occur / are found (plural, general present tense)",
        re.compile(
            r"\b(?:mutations|alterations|rearrangements|fusions|amplifications)\s+"
            r"(?:\w+\s+){0,2}?(?:occur|are\s+(?:found|seen|present|detected|observed)\s+in|"
            r"are\s+(?:more\s+)?(?:common|frequent|rare|mutually\s+exclusive)|have\s+been\s+"
            r"(?:described|reported|associated))\b",
            _F,
        ),
    ),
    (
        "general",
        "mutually exclusive",
        re.compile(r"\bmutually\s+exclusive\b", _F),
    ),
    # "The presence of KRAS mutation leads to resistance to EGFR targeted therapies (1)";
    # "Clinical studies show high EGFR gene copy number ... to be associated with".
    (
        "general",
        "the presence of an alteration predicts / leads to",
        re.compile(
            r"\b(?:the\s+)?presence\s+of\s+(?:an?\s+)?(?:\w+\s+){0,4}?(?:mutations?|"
            r"alterations?|rearrangements?|fusions?|amplification)\s+(?:\w+\s+){0,2}?"
            r"(?:leads?|predicts?|confers?|is\s+associated|are\s+associated|may|can|has\s+been)\b",
            _F,
        ),
    ),
    (
        "general",
        "studies show / literature",
        re.compile(
            # Present or perfect tense only: "Molecular studies showed an EGFR L858R mutation"
            # reports this patient's result.
            r"(?<!molecular )(?<!ancillary )(?<!genetic )(?<!these )(?<!our )\b(?:clinical\s+)?"
            r"(?:studies|trials|data|literature)\s+(?:have\s+|has\s+)?"
            r"(?:show|shown|suggest|indicate|demonstrate)\b",
            _F,
        ),
    ),
    # A citation marker closing a sentence: "... therapies (1)." or "... (3,4)." — and the
    # "et al." of a reference list.
    (
        "general",
        "citation",
        re.compile(r"\(\s*\d{1,2}(?:\s*[,-]\s*\d{1,2})*\s*\)\s*\.?\s*$|\bet\s+al\b"),
    ),
    # "Approximately 18-20% of patients without mutations respond to EGFR TKIs".
    (
        "general",
        "patients who respond",
        re.compile(
            r"\bpatients\s+(?:\w+\s+){0,4}?(?:respond|benefit|treated|eligible|with\s+"
            r"(?:advanced|metastatic|non-small|nsclc|lung|tumou?rs))\b",
            _F,
        ),
    ),
]


def non_result_kind(sentence: str) -> tuple[str, str] | None:
    """(kind, rule name) when ``sentence`` is method or general text, else None."""
    for kind, name, rx in NON_RESULT_PATTERNS:
        if rx.search(sentence):
            return kind, name
    return None
