"""Rule text for the medspaCy pipeline: ConText modifiers and report section headers.

Categories beyond medspaCy's defaults:
  POSITIVE      a result was found ("detected", "positive", "harbors")
  EQUIVOCAL     "equivocal", "indeterminate", "inconclusive", "insufficient"
  PENDING       "pending", "sent out", "in progress", "to follow"
  NOT_TESTED    "not performed" — no result at all, not a negative one
  VUS           variant of unknown significance / polymorphism — not a result
  NOT_A_FINDING recommendations and general statements ("is recommended", "tumors are")
  PLANNED       treatment plans and options ("consider", "will start", "candidate for")
"""

from __future__ import annotations

# Default medspaCy ConText literals that misfire on pathology/molecular text
# ("test for" is how every biomarker line starts; "free" appears in "disease-free").
# fmt: off
DROP_DEFAULT_CONTEXT = {
    "was negative", "negative for",
    "any other", "as a cause for", "as has", "as needed", "as well as any", "because",
    "cause for", "checked for", "come back for", "comes in with", "concerned about", "deny",
    "evaluate for", "free", "history", "no significant", "not significant", "not to be",
    "now resolved", "origin for", "other possibilities of", "patient was not", "presentation",
    "prophylaxis", "rather than", "resolved", "return", "risks of", "secondary", "source for",
    "test for", "trigger event for", "unlikely", "worried about",
}

_NEG_NOUN = '(?:mutations?|alterations?|variants?|fusions?|rearrangements?|amplifications?|abnormalit(?:y|ies)|changes?|translocations?)'  # noqa: E501
_NEG_ADJ = '(?:(?:reportable|pathogenic|clinically|significant|actionable|genomic|other|known|oncogenic|targetable|driver|relevant|sequence|copy\\s+number)\\s+){0,3}'  # noqa: E501

# (category, direction) -> literals, matched case-insensitively as phrases.
PHRASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("NEGATED_EXISTENCE", "BACKWARD"): (
        "negative", "not detected", "not identified", "not found", "not present", "absent",
        "none detected", "none identified", "not amplified", "not rearranged", "not mutated",
        "wild-type", "wild type", "wildtype", "unmutated", "non-amplified", "nonamplified",
        "negative result",
        "no fusion", "no rearrangement", "no mutation", "no mutations", "no amplification",
        "not expressed", "no expression", "none", "not seen",
    ),
    # Both ways: "Negative for ALK" and "EGFR testing was negative for mutations".
    ("NEGATED_EXISTENCE", "BIDIRECTIONAL"): ("negative for",),
    ("NEGATED_EXISTENCE", "FORWARD"): (
        # A label before a list: "Not detected: BRAF V600E, KRAS G12C, RET fusion".
        "not detected:", "not identified:", "alterations not detected:", "negative:",
        "pertinent negatives:", "pertinent negative:", "no alterations detected in",
        "genes with no reportable alterations:", "no reportable alterations:",
        "wild-type for", "wild type for", "no evidence of", "absence of",
        "without", "free of", "neither", "nor", "no", "not", "declined", "refused",
        "never received", "no prior", "not a candidate for", "contraindicated",
        "not eligible for", "did not receive", "has not received", "never treated with",
    ),
    ("POSITIVE", "BIDIRECTIONAL"): (
        "positive", "detected", "identified", "present", "rearranged", "mutated", "mutant",
        "amplified", "pathogenic", "likely pathogenic", "found", "overexpressed", "expressed",
        "is positive", "was positive", "fusion positive", "rearrangement positive", "reactive",
        "mutation positive", "+",
    ),
    ("POSITIVE", "FORWARD"): (
        "positive for", "harbors", "harbouring", "harboring", "harbours", "harbor",
        "demonstrates", "reveals", "revealed", "showed", "shows", "notable for",
        "significant for", "detected:", "identified:",
    ),
    ("EQUIVOCAL", "BIDIRECTIONAL"): (
        "equivocal", "indeterminate", "inconclusive", "insufficient", "qns",
        "quantity not sufficient", "could not be determined", "cannot be determined",
        "not evaluable", "non-diagnostic", "nondiagnostic", "uninterpretable",
        "not interpretable", "borderline", "unsuccessful", "failed", "test failure",
        "insufficient tissue", "inadequate", "suboptimal",
    ),
    ("PENDING", "BIDIRECTIONAL"): (
        "pending", "sent out", "send out", "send-out", "sendout", "in progress", "to follow",
        "will follow", "will be reported", "to be reported", "will be issued", "awaiting",
        "awaited", "not yet available", "not yet resulted", "in process", "forthcoming",
        "has been sent", "have been sent", "was sent", "were sent", "results to follow",
        "will be reported in an addendum", "being performed", "underway",
    ),
    ("NOT_TESTED", "BIDIRECTIONAL"): (
        "not performed", "not tested", "not done", "not assessed", "not evaluated",
        "not ordered", "not sent", "not requested", "no tissue",
    ),
    ("VUS", "BIDIRECTIONAL"): (
        "variant of unknown significance", "variants of unknown significance",
        "variant of uncertain significance", "variants of uncertain significance",
        "unknown significance", "uncertain significance", "unknown clinical significance",
        "uncertain clinical significance", "vus", "polymorphism", "polymorphisms", "benign",
        "likely benign", "germline polymorphism", "snp",
    ),
    ("NOT_A_FINDING", "BIDIRECTIONAL"): (
        "is recommended", "are recommended", "recommend", "recommended", "recommends",
        "should be", "should undergo", "guideline", "guidelines", "nccn", "all patients",
        "patients with", "typically", "generally", "usually", "commonly", "often",
        "positive tumors", "positive tumours", "mutant tumors", "mutated tumors",
        "positive nsclc", "mutant nsclc", "positive patients", "is suggested", "are suggested",
        "suggest", "suggested", "is associated with", "are associated with", "is indicated",
        "are indicated", "reflex", "can be", "may be", "tumors", "tumours",
        "drugs such as", "agents such as", "therapies such as", "treatments such as",
        "medicines such as", "fda-approved", "fda approved", "approved for",
        "clinical benefit", "therapies with", "sensitive to", "sensitivity to",
        "work better", "respond to", "may respond", "may benefit from",
    ),
    ("PLANNED", "FORWARD"): (
        "consider", "considering", "considered", "will start", "will begin", "will initiate",
        "plan to", "plans to", "planned", "planning", "to start", "to begin", "start",
        "initiate", "candidate for", "candidacy for", "eligible for", "option", "options",
        "offered", "discussed", "could", "would", "future", "next line", "proposed",
        "scheduled", "will receive", "will be started", "to be started", "referred",
        "pending approval", "prior authorization", "may benefit", "benefit from", "alternative",
        "alternatives", "switch to", "will switch", "instead",
    ),
    ("PLANNED", "BACKWARD"): (
        "at progression", "upon progression", "on progression", "at the time of progression",
        "if progression", "is planned", "was discussed", "were discussed", "was offered",
        "as an option", "is an option", "is being considered", "will be considered",
        "may be an option", "in the future",
    ),
    ("TERMINATE", "TERMINATE"): (
        ";", "however", "whereas", "while", "although", "but", "which", "and is",
    ),
}

# (literal, category, direction, regex)
REGEX_RULES: list[tuple[str, str, str, str]] = [
    ('no <alteration> detected', "NEGATED_EXISTENCE", "BIDIRECTIONAL",
     '\\bno\\s+(?:(?:reportable|pathogenic|clinically|significant|actionable|genomic|other|known|oncogenic|targetable|driver|relevant|sequence|copy\\s+number)\\s+){0,3}(?:mutations?|alterations?|variants?|fusions?|rearrangements?|amplifications?|abnormalit(?:y|ies)|changes?|translocations?)\\s+(?:(?:were|was|is|are|have\\s+been|has\\s+been)\\s+)?(?:detected|identified|found|seen|present|reported)(?:\\s+(?:in|for))?\\b'),
    ('no reportable alterations', "NEGATED_EXISTENCE", "BIDIRECTIONAL",
     '\\bno\\s+(?:(?:reportable|pathogenic|clinically|significant|actionable|genomic|other|known|oncogenic|targetable|driver|relevant|sequence|copy\\s+number)\\s+){0,3}(?:mutations?|alterations?|variants?|fusions?|rearrangements?|amplifications?|abnormalit(?:y|ies)|changes?|translocations?)\\b'),
    ('WT', "NEGATED_EXISTENCE", "BACKWARD",
     '(?-i:\\bWT\\b)'),
    ('-positive disease', "NOT_A_FINDING", "BIDIRECTIONAL",
     '\\b(?:positive|mutant|mutated|rearranged)\\s+(?:lung\\s+)?(?:cancers?|disease|nsclc|tumou?rs|patients)\\b'),
]

CONTEXT_RULES: list[tuple[str, str, str, str | None]] = [
    (lit, cat, d, None) for (cat, d), lits in PHRASES.items() for lit in lits
] + [(lit, cat, d, pat) for lit, cat, d, pat in REGEX_RULES]

# Rules that only reach the word next to them: "G12C-targeted therapy", "ALK inhibitors"
# name a class of drugs, not a result. (literal, category, direction, regex, max_scope)
SCOPED_RULES: list[tuple[str, str, str, str, int]] = [
    ("-targeted therapy", "NOT_A_FINDING", "BACKWARD",
     '^-?(?:targeted|directed)$|^(?:inhibitors?|TKIs?)$', 1),
]

# Section headers (whole line). Only these categories change how results are read.
SECTION_RULES: list[tuple[str, str]] = [
    ("no_alterations",
     'genes?\\s+(?:assayed|tested|analy[sz]ed|evaluated)\\s+(?:with|and)\\s+no\\s+(?:reportable\\s+)?(?:alterations?|mutations?)(?:\\s+detected)?'),
    ("no_alterations",
     '(?:no\\s+reportable\\s+alterations|negative\\s+(?:results|findings|genes)|pertinent\\s+negatives?|genes\\s+with\\s+no\\s+(?:reportable\\s+)?alterations?(?:\\s+(?:detected|identified))?)'),
    ("vus",
     '(?:tier\\s+(?:iii|3)\\b[^\\n]*|(?:tier\\s+(?:iii|3)\\s*[-:]\\s*)?variants?\\s+of\\s+(?:unknown|uncertain|undetermined)\\s+(?:clinical\\s+)?significance(?:\\s*\\(vus\\))?|vus|other\\s+variants\\s+detected|non-?actionable\\s+variants)'),
    # Drugs listed by a lab or a guideline as matching the tumour: not given to the patient.
    ("therapies",
     '(?:therapy\\s+and\\s+clinical\\s+trial\\s+implications|(?:[0-9]+\\s+)?therapies\\s+with\\s+clinical\\s+benefit.*|(?:potential(?:ly)?\\s+|fda[- ]approved\\s+|relevant\\s+|matched\\s+|associated\\s+)?(?:therapies|therapy\\s+options|treatment\\s+options)(?:\\s+(?:in|for)\\s+[a-z ]+)?|(?:relevant\\s+|potential\\s+)?clinical\\s+trials?(?:\\s+\\w+){0,3})'),  # noqa: E501
    ("methodology",
     'methodology|methods?|test\\s+(?:description|information|details)|background|references?|disclaimers?|limitations?|genes\\s+(?:assayed|analy[sz]ed|tested|evaluated|in\\s+panel)|gene\\s+list|panel\\s+(?:genes|content)|about\\s+(?:the|this)\\s+test|assay\\s+description|additional\\s+information'),
    ("findings",
     '(?:genomic|biomarker|molecular|clinically\\s+relevant)\\s+(?:findings|results|summary|highlights)|genomic\\s+alterations\\s+identified|(?:potentially\\s+)?actionable\\s+alterations|tier\\s+(?:i|ii|1|2)\\b[^\\n]*|immunotherapy\\s+(?:markers|biomarkers)|immunohistochemistry(?:\\s+results)?|alterations\\s+detected|detected\\s+variants|results?|interpretation|addendum(?::?\\s*[a-z /]+)?|molecular\\s*/\\s*biomarker\\s+summary|final\\s+diagnosis|diagnosis|synoptic\\s+report.*|comments?|microscopic\\s+description|gross\\s+description|clinical\\s+history|history\\s+of\\s+present\\s+illness|assessment(?:\\s+and\\s+plan)?|plan|impression|oncologic\\s+history|treatment\\s+history|medications?'),  # noqa: E501
]
# fmt: on
