"""Rule text for the medspaCy pipeline: ConText modifiers and report section headers.

Categories beyond medspaCy's defaults:
  POSITIVE      a result was found ("detected", "positive", "harbors")
  EQUIVOCAL     "equivocal", "indeterminate", "inconclusive", "insufficient"
  PENDING       "pending", "sent out", "in progress", "to follow"
  NOT_TESTED    "not performed" — no result at all, not a negative one
  VUS           variant of unknown significance / polymorphism — not a result
  NOT_A_FINDING recommendations and general statements ("is recommended", "tumors are")
  PLANNED       treatment plans and options ("consider", "will start", "candidate for")
  OPTION        a drug named as an option, alternative or list entry (drugs only)
  CONDITIONAL   a result awaited ("once ROS1 returns"; biomarkers only)
  FAMILY        a relative's history ("sister with", "family history of")
  RECEIVED*     receipt of a drug ("currently receiving", "on … since", "completed")
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
        # Abbreviated in EHR print-outs and tumour-board lists: "EGFR neg ALK neg".
        "neg", "neg.", "-ve",
    ),
    # Both ways: "Negative for ALK" and "EGFR testing was negative for mutations" (with the
    # doses not given, below).
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
        "mutation positive",
        # Protein expression by immunohistochemistry (TCGA-18-4086: "The EGFR shows strong
        # membranous staining in approximately 90%"; TCGA-38-7271: "immunoreactivity for
        # TTF-1 and HER2"). A result of its own kind: kinds.py marks it "expression".
        "immunoreactivity", "immunoreactive", "overexpression", "high expression", "3+",
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
    # Not a result yet: "Possible MET amplification; confirmatory FISH pending".
    ("POSSIBLE_EXISTENCE", "FORWARD"): (
        "possible", "possibly", "probable", "suspected", "suspicious for", "questionable",
        "cannot exclude", "cannot rule out",
    ),
    ("POSSIBLE_EXISTENCE", "BACKWARD"): ("cannot be excluded", "cannot be ruled out"),
    # A dose that was not given ("Carboplatin was not administered today").
    ("NEGATED_EXISTENCE", "BIDIRECTIONAL"): (
        "negative for", "not administered", "was not administered", "were not administered",
        "was not given", "were not given", "not given",
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
        "not covered", "not covered by this panel", "not included in this panel",
        "not analysed", "not analyzed",
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
        "work better", "respond to", "may respond", "may benefit from", "e.g.", "e.g.,",
        "eg", "e.g", "for example", "for instance", "such as", "are candidates for",
    ),
    ("PLANNED", "FORWARD"): (
        "consider", "considering", "considered", "will start", "will begin", "will initiate",
        "plan to", "plans to", "planned", "planning", "to start", "to begin", "start",
        "initiate", "candidate for", "candidacy for", "eligible for", "discussed", "could",
        "would", "future", "next line", "proposed",
        "scheduled", "will receive", "will be started", "to be started", "referred",
        "pending approval", "prior authorization", "may benefit", "switch to", "will switch",
        "instead",
    ),
    ("PLANNED", "BACKWARD"): (
        "at progression", "upon progression", "on progression", "at the time of progression",
        "if progression", "is planned", "was discussed", "were discussed", "was offered",
        "as an option", "is an option", "is being considered", "will be considered",
        "may be an option", "in the future",
        # Treatment tables: "PEMBROLIZUMAB 200 MG -- PLANNED, NOT STARTED".
        "not started", "not yet started", "not commenced", "not yet commenced",
        "planned, not started", "planned - not started", "planned but not started",
        "awaiting approval", "awaiting formulary approval", "on hold",
    ),
    # A drug named as a plan, option, alternative or list entry. Drugs only: "KRAS G12C
    # (clinical trials available)" still states a result.
    ("OPTION", "BACKWARD"): (
        "reserved for", "is reserved", "remains available", "would be reasonable",
        "is reasonable", "could be considered", "would be considered", "may be considered",
        "be considered", "was declined", "were declined", "declined by", "was refused",
        "if needed", "if required",
    ),
    ("OPTION", "BIDIRECTIONAL"): (
        # Insurance letters and pharmacy notes: asked for, refused or ruled out, not given.
        "denial", "denied", "appeal", "coverage for", "request approval",
        "requesting approval", "not applicable", "not indicated", "is not indicated",
        "alternative", "alternatives", "option", "options", "reserved", "offered",
        "candidate", "candidates", "eligible", "next-line", "later-line",
        "later line", "subsequent line", "3l", "4l", "could be", "would be", "might be",
        "would recommend", "would favor", "would favour", "recommendation", "trial",
        "trials", "clinical trial", "nct", "including", "like", "resistance", "resistant",
        "potential resistance", "sensitivity", "approved", "fda", "indicated for",
        "indication for", "evidence level", "level 1", "level 2", "level 2a", "level 2b",
        "level 3", "level 3a", "level 3b", "level 4", "category 1", "category 2a", "esmo",
        "escat", "oncokb", "in other tumor type", "in other tumour type",
        "in this tumor type", "in patient's tumor type", "benefit from", "likely to benefit",
        "predicts response", "predictive of response", "therapies", "agents",
    ),
    # Conditions: "Should she progress, brigatinib …", "in case of progression".
    ("HYPOTHETICAL", "FORWARD"): (
        "should", "in case of", "in the event of", "in the event", "unless",
    ),
    # A result awaited ("Once ROS1 returns negative …") is not a result. Only for
    # biomarkers: "once daily osimertinib" and "when she progressed on …" are not
    # conditions on a drug.
    ("CONDITIONAL", "FORWARD"): ("once", "whether", "as soon as"),
    ("CONDITIONAL", "BIDIRECTIONAL"): (
        "returns", "comes back", "come back", "becomes available", "results are",
    ),
    # Relatives: "sister with EGFR-mutant lung cancer", "ALK-positive cancer in her brother".
    ("FAMILY", "BIDIRECTIONAL"): (
        "mother", "father", "sister", "brother", "sibling", "siblings", "aunt", "uncle",
        "cousin", "grandmother", "grandfather", "grandparent", "daughter", "son", "niece",
        "nephew", "maternal", "paternal", "mom", "dad",
        # Other people in the patient's life: their cancers and medicines are not hers.
        "husband", "wife", "spouse", "partner's", "friend", "neighbour", "neighbor",
        "another patient", "other patients",
    ),
    ("FAMILY", "FORWARD"): ("family history", "family history of", "family hx", "fhx"),
    ("RECEIVED", "FORWARD"): (
        "received", "receiving", "receives", "treated with", "treatment with",
        "currently on", "now on", "remains on", "maintained on", "continues on", "continue",
        "continues", "continuing", "continued", "began", "initiated", "s/p", "status post",
        "after", "following", "progressed on", "progression on", "progressing on",
        "progression after", "progressed after", "progression while on", "failed on",
        "intolerant of", "intolerance to", "prior", "previous", "previously",
        "pretreated with", "pre-treated with", "exposed to", "exposure to", "switched to",
        "changed to", "transitioned to", "has been on", "had been on", "was on", "were on",
        "is on", "on treatment with", "therapy with", "cycles of", "cycle of", "doses of",
        "adjuvant", "neoadjuvant", "history of", "treatment history", "prior therapy",
        "prior therapies", "prior treatment", "current therapy", "current treatment",
        "current medications", "medications",
        # "post chemoradiation with cisplatin/etoposide"
        "post", "chemotherapy with", "chemoradiation with", "chemoradiotherapy with",
        "chemo with", "immunotherapy with",
    ),
    # One category per direction: medspaCy cuts a modifier's scope at the next modifier of
    # its own category, so "Completed … weekly carboplatin" would lose "carboplatin".
    ("RECEIVED_AROUND", "BIDIRECTIONAL"): ("given", "started", "completed", "maintenance"),
    ("RECEIVED_BEFORE", "BACKWARD"): (
        "since", "administered", "was started", "were started", "consolidation", "ongoing",
        "discontinued", "stopped", "held", "tolerating", "tolerated", "cycles", "cycle",
        "daily", "bid", "mg", "mg/m2", "auc", "q3w", "q2w", "q4w", "weekly", "x4", "x 4",
        "x2", "x 2", "x6",
    ),
    ("TERMINATE", "TERMINATE"): (
        ";", "however", "whereas", "while", "although", "but", "which", "and is",
    ),
}

# (literal, category, direction, regex)
REGEX_RULES: list[tuple[str, str, str, str]] = [
    # "No Class 4 or Class 5 alterations (variants or fusions) were detected in KRAS, BRAF".
    ('no class 4/5 alterations detected', "NEGATED_EXISTENCE", "BIDIRECTIONAL",
     '\\bno[ \\t]+(?:(?:class|tier|level)[ \\t]+[0-9ivx]+[ \\t]+(?:(?:or|and|/)[ \\t]+)?)+(?:(?:class|tier|level)[ \\t]+)?(?:[0-9ivx]+[ \\t]+)?' + _NEG_NOUN + '(?:[ \\t]*\\([^)\\n]{0,40}\\))?[ \\t]+(?:were|was|have[ \\t]+been|has[ \\t]+been)[ \\t]+(?:detected|identified|found)'),  # noqa: E501
    # "Research of KRAS mutations (exons 2, 3, 4): absence of mutation."
    ('absence of mutation', "NEGATED_EXISTENCE", "BACKWARD",
     '\\babsence[ \\t]+of[ \\t]+(?:any[ \\t]+)?' + _NEG_NOUN),
    # "No RET testing has been performed", "no ALK FISH was done": not tested, not negative.
    ('no <gene> testing performed', "NOT_TESTED", "BIDIRECTIONAL",
     '\\bno[ \\t]+(?:[A-Za-z0-9/-]+[ \\t]+){0,3}?(?:testing|tests?|analysis|fish|ihc|ngs)[ \\t]+(?:has|have|was|were)[ \\t]+(?:yet[ \\t]+)?(?:been[ \\t]+)?(?:performed|done|ordered|requested)\\b'),  # noqa: E501
    # A result filed to the wrong chart is nobody's result here.
    ('result of another patient', "NOT_A_FINDING", "BIDIRECTIONAL",
     '\\b(?:belong(?:s|ed)\\s+to\\s+(?:another|a\\s+different)\\s+patient|filed\\s+(?:to\\s+this\\s+chart\\s+)?in\\s+error|(?:has|have)\\s+been\\s+withdrawn|wrong\\s+patient)\\b'),
    # "No somatic alterations were detected in", "No pathogenic variants or fusions were
    # identified in", "No other clinically significant sequence variants were found in".
    ('no <alteration> detected', "NEGATED_EXISTENCE", "BIDIRECTIONAL",
     '\\bno\\s+(?:(?-i:[a-z][a-z-]*)\\s+){0,5}?' + _NEG_NOUN + '(?:(?:\\s*,\\s*|\\s+(?:and/or|or|and)\\s+|\\s*/\\s*)(?:(?-i:[a-z][a-z-]*)\\s+){0,2}?' + _NEG_NOUN + ')*\\s+(?:(?:were|was|is|are|have\\s+been|has\\s+been)\\s+)?(?:detected|identified|found|seen|present|reported|observed)(?:\\s+(?:in|for|within|among))?\\b'),  # noqa: E501
    ('no reportable alterations', "NEGATED_EXISTENCE", "BIDIRECTIONAL",
     '\\bno\\s+(?:(?:reportable|pathogenic|clinically|significant|actionable|genomic|other|known|oncogenic|targetable|driver|relevant|sequence|copy\\s+number)\\s+){0,3}(?:mutations?|alterations?|variants?|fusions?|rearrangements?|amplifications?|abnormalit(?:y|ies)|changes?|translocations?)\\b'),
    # "When ROS1 results are negative …" awaits a result; "when MET amplification was
    # detected" (past) reports one.
    ('when <present>', "CONDITIONAL", "FORWARD",
     '\\bwhen\\b(?=(?:\\s+\\S+){1,4}?\\s+(?:returns?|comes?\\s+back|is|are|becomes?|results?)\\b)'),
    ('WT', "NEGATED_EXISTENCE", "BACKWARD",
     '(?-i:\\bWT\\b)'),
    # "The EGFR shows strong membranous staining" (TCGA-18-4086): one modifier with its verb,
    # so "shows" (a forward cue) does not cut the staining's scope off from the gene before it.
    ('staining', "POSITIVE", "BIDIRECTIONAL",
     '\\b(?:(?:shows?|showed|demonstrates?|with)[ \\t]+)?(?:(?:strong|diffuse|moderate|intense|complete|circumferential)[ \\t]+)*(?:(?:membranous|membrane|cytoplasmic)[ \\t]+)?staining\\b(?![ \\t]+(?:for|of))'),  # noqa: E501
    # "ALK (D5F3) shows no staining", "no immunoreactivity for HER2": longer than the
    # positive "staining" above, so it wins where both match.
    ('no staining', "NEGATED_EXISTENCE", "BIDIRECTIONAL",
     '\\b(?:no|negative|absent|without)[ \\t]+(?:\\w+[ \\t]+){0,2}?(?:staining|immunoreactivity|expression)\\b'),  # noqa: E501
    # An unfilled form's options, "Her-2/neu o Negative o Positive" (TCGA-70-6723): both
    # answers printed with their boxes, none marked, is no result.
    ('form options', "NOT_A_FINDING", "BIDIRECTIONAL",
     '(?:\\b[oO]|[\u25a1\u2610\u274f]|\\[\\s?\\]|\\(\\s?\\))[ \\t]+(?:negative|positive)[ \\t]+(?:[oO]|[\u25a1\u2610\u274f]|\\[\\s?\\]|\\(\\s?\\))[ \\t]+(?:negative|positive)\\b'),  # noqa: E501
    ('-positive disease', "NOT_A_FINDING", "BIDIRECTIONAL",
     '\\b(?:positive|mutant|mutated|rearranged)\\s+(?:lung\\s+)?(?:cancers?|disease|nsclc|tumou?rs|patients)\\b'),
]

CONTEXT_RULES: list[tuple[str, str, str, str | None]] = [
    (lit, cat, d, None) for (cat, d), lits in PHRASES.items() for lit in lits
] + [(lit, cat, d, pat) for lit, cat, d, pat in REGEX_RULES]

# Plan words after a drug, reaching only the drug just before them: "Carboplatin given,
# pembrolizumab planned" plans pembrolizumab, not carboplatin. (literal, category,
# direction, regex over the text, max_scope in tokens)
SCOPED_REGEX_RULES: list[tuple[str, str, str, str, int]] = [
    # Each match is longer than the forward literal it overlaps ("planned", "to start"),
    # so ConText keeps it.
    ("<drug> planned", "PLANNED", "BACKWARD",
     '\\b(?:is|are|was|were)\\s+planned\\b|\\bplanned[ \\t]*[.;,)]', 3),
    ("<drug> was considered", "PLANNED", "BACKWARD",
     '\\b(?:is|are|was|were)\\s+(?:being\\s+|also\\s+)?considered\\b', 3),
    ("<drug> to start", "PLANNED", "BACKWARD",
     '\\bto\\s+(?:start|begin|commence)\\s+(?:next|on|in|after|at|this|tomorrow|today|once|when)\\b', 2),  # noqa: E501
]

# Rules that only reach the word next to them: "G12C-targeted therapy", "ALK inhibitors"
# name a class of drugs, not a result. (literal, category, direction, regex, max_scope)
SCOPED_RULES: list[tuple[str, str, str, str, int]] = [
    ("-targeted therapy", "NOT_A_FINDING", "BACKWARD",
     '^-?(?:targeted|directed)$|^(?:inhibitors?|TKIs?)$', 1),
    # "on osimertinib", "on adjuvant osimertinib": receipt, but only right before the drug.
    ("on", "RECEIVED", "FORWARD", '(?i)^on$', 3),
    # "ALK+", "ROS1 (+)", "ALK IHC (+)": a sign right after its gene. Not "MET (exon 14 +
    # splice)", where it joins two words.
    ("+", "POSITIVE", "BACKWARD", '^\\+$', 3),
    # "EGFR wt", "KRAS: wt": wild type, right after the gene only ("wt 74 kg" is a weight).
    ("wt", "NEGATED_EXISTENCE", "BACKWARD", '(?i)^wt$', 2),
]

# Section headers (whole line). Only these categories change how results are read.
SECTION_RULES: list[tuple[str, str]] = [
    # "Relevant genes with no reportable alterations", "Genes tested without alterations",
    # "Pertinent negatives", "Negative for:", "Not detected" - a list follows on the lines below.
    ("no_alterations",
     '(?:[a-z]+\\s+){0,3}genes?\\s+(?:(?:assayed|tested|analy[sz]ed|evaluated|examined|sequenced)\\s+)?(?:with\\s+no|without|and\\s+no|with\\s+no\\s+evidence\\s+of)\\s+(?:(?:reportable|pathogenic|clinically|significant|detectable|actionable|known)\\s+){0,3}(?:alterations?|mutations?|variants?|findings)(?:\\s+(?:detected|identified|found|reported))?(?:\\s+(?:at|in|on|for|across)\\s+[a-z0-9 ,()/-]{1,40})?'),  # noqa: E501
    ("no_alterations",
     '(?:no\\s+reportable\\s+alterations|negative\\s+(?:results|findings|genes|for)|pertinent\\s+negatives?|(?:alterations\\s+)?not\\s+detected|no\\s+(?:(?:reportable|pathogenic|clinically\\s+significant)\\s+)?(?:alterations?|mutations?|variants?)\\s+(?:detected|identified|found)(?:\\s+in)?)'),
    ("family_history", 'family\\s+(?:history|hx)|fhx'),
    # Another laboratory's or an earlier diagnosis, restated by a consult or an addendum: its
    # histology counts only when the report gives none of its own.
    ("prior_diagnosis",
     '(?:outside|referring|original|previous|prior|submitted|contributor.?s|initial)\\s+(?:pathology\\s+)?diagnosis|outside\\s+(?:pathology|report)'),
    ("findings",
     '(?:consultation|consult|revised|our|amended|corrected|review)\\s+diagnosis'),
    ("vus",
     '(?:tier\\s+(?:iii|3)\\b[^\\n]*|(?:tier\\s+(?:iii|3)\\s*[-:]\\s*)?variants?\\s+of\\s+(?:unknown|uncertain|undetermined)\\s+(?:clinical\\s+)?significance(?:\\s*\\([^)\\n]{0,60}\\))?|vus|other\\s+variants\\s+detected|non-?actionable\\s+variants)'),
    # Drugs listed by a lab or a guideline as matching the tumour: not given to the patient.
    ("therapies",
     '(?:therapy\\s+and\\s+clinical\\s+trial\\s+implications|(?:[0-9]+\\s+)?therapies\\s+with\\s+clinical\\s+benefit.*|(?:potential(?:ly)?\\s+|fda[- ]approved\\s+|relevant\\s+|matched\\s+|associated\\s+)?(?:therapies|therapy\\s+options|treatment\\s+options)(?:\\s+(?:in|for)\\s+[a-z ]+)?|(?:relevant\\s+|potential\\s+)?clinical\\s+trials?(?:\\s+\\w+){0,3})'),  # noqa: E501
    ("therapies",
     '(?:(?:fda[- ]approved|approved|relevant|potential(?:ly)?|matched|targeted|associated|available|recommended)\\s+(?:targeted\\s+)?(?:therap(?:y|ies)|agents?|drugs?|treatments?)|(?:therap(?:y|ies)|agents?|drugs?|treatments?)\\s+(?:with|associated\\s+with|implications?|options?|for\\s+consideration|of\\s+potential|to\\s+consider))[^\\n]{0,80}'),  # noqa: E501
    ("methodology",
     'appendix(?:\\s+[a-z0-9]{1,3})?(?:\\s*[-:\u2013]\\s*[a-z ,&]{1,50})?|(?:analytical\\s+)?performance\\s+characteristics|analytical\\s+(?:sensitivity|validation|performance)|assay\\s+limitations|methodology|methods?|test\\s+(?:description|information|details)|(?:gene|biomarker|scientific)\\s+background|background\\s+(?:information|on\\s+[a-z0-9 -]+)|references?|disclaimers?|limitations?|genes\\s+(?:assayed|analy[sz]ed|tested|evaluated|in\\s+panel)|gene\\s+list|panel\\s+(?:genes|content)|about\\s+(?:the|this)\\s+test|assay\\s+description|additional\\s+information'),  # noqa: E501
    ("findings",
     '(?:genomic|biomarker|molecular|clinically\\s+relevant)\\s+(?:findings|results|summary|highlights)|genomic\\s+alterations\\s+identified|(?:potentially\\s+)?actionable\\s+alterations|tier\\s+(?:i|ii|1|2)\\b[^\\n]*|immunotherapy\\s+(?:markers|biomarkers)|immunohistochemistry(?:\\s+results)?|alterations\\s+detected|detected\\s+variants|results?|interpretation|addendum(?::?\\s*[a-z /]+)?|molecular\\s*/\\s*biomarker\\s+summary|final\\s+diagnosis|diagnosis|synoptic\\s+report.*|comments?|microscopic\\s+description|gross\\s+description|clinical\\s+history|history\\s+of\\s+present\\s+illness|assessment(?:\\s+and\\s+plan)?|plan|impression|oncologic\\s+history|treatment\\s+history|medications?'),  # noqa: E501
]
# fmt: on
