"""Rule text for the medspaCy pipeline: ConText phrase modifiers, and every rule re-exported.

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
  OTHER_CANCER  another cancer's markers ("breast carcinoma (ER weak, HER2 score 0)")
  FAMILY        a relative's history ("sister with", "family history of")
  NOT_RECEIVED  a drug not given ("declined", "not administered"; drugs only)
  RECEIVED*     receipt of a drug ("currently receiving", "on … since", "completed")

Where each kind of rule lives (all re-exported here, where nlp.py reads them):
  rules.PHRASES                a word or phrase and the way it reaches (FORWARD, BACKWARD,
                               BIDIRECTIONAL): add a literal to its category's tuple
  rules_regex.REGEX_RULES      wording a phrase cannot say, built from named parts with the
                               helpers in rx.py; SCOPED_* reach only a few tokens
  rules_sections.SECTION_RULES whole-line report headers
  rule_words                   words several rules share (finding verbs, alteration nouns)
To change one: write the failing case in tests/biomarkers first and name that test in a
comment by the rule, then run ``pytest tests/biomarkers -k extraction`` and the dev set.
"""

from __future__ import annotations

# The regular-expression modifiers and the section headers live in their own modules, built
# from named parts; they are re-exported here so the pipeline reads every rule from one place.
from .rules_regex import REGEX_RULES, SCOPED_REGEX_RULES, SCOPED_RULES
from .rules_sections import SECTION_RULES

__all__ = [
    "CONTEXT_RULES",
    "DROP_DEFAULT_CONTEXT",
    "PHRASES",
    "REGEX_RULES",
    "SCOPED_REGEX_RULES",
    "SCOPED_RULES",
    "SECTION_RULES",
]

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

# (category, direction) -> literals, matched case-insensitively as phrases.
PHRASES: dict[tuple[str, str], tuple[str, ...]] = {
    # After the gene: "BRAF: Not detected", "ALK neg". test_extraction_status.py::
    # test_single_marker_status, test_extraction_layouts.py::test_negative_lists_and_shorthand
    ("NEGATED_EXISTENCE", "BACKWARD"): (
        "negative", "not detected", "not identified", "not found", "not present", "absent",
        "none detected", "none identified", "not amplified", "not rearranged", "not mutated",
        "wild-type", "wild type", "wildtype", "unmutated", "non-amplified", "nonamplified",
        "negative result",
        "no fusion", "no rearrangement", "no mutation", "no mutations", "no amplification",
        "not expressed", "no expression", "none", "not seen",
        # Abbreviated in EHR print-outs and tumour-board lists: "EGFR neg ALK neg".
        "neg", "neg.", "-ve",
        # Immunohistochemistry scores below 2+ (longer than the "+" sign rule, so they win).
        "1+", "score 1+", "score 0", "0/3+",
    ),
    # Both ways: "Negative for ALK" and "EGFR testing was negative for mutations" (with the
    # doses not given, below).
    # test_extraction_generalise.py::test_not_detected_label_negates_the_list_after_it
    ("NEGATED_EXISTENCE", "FORWARD"): (
        # A label before a list: "Not detected: BRAF V600E, KRAS G12C, RET fusion".
        "not detected:", "not identified:", "alterations not detected:", "negative:",
        "pertinent negatives:", "pertinent negative:", "no alterations detected in",
        "genes with no reportable alterations:", "no reportable alterations:",
        "wild-type for", "wild type for", "no evidence of", "absence of",
        "without", "free of", "neither", "nor", "no", "not",
    ),
    # A drug not given. Its own category, read by treatments only: "She has never received
    # immunotherapy given her EGFR status" says nothing of her EGFR result.
    # test_extraction_layouts.py::test_a_dose_not_administered_is_not_a_treatment,
    # test_extraction_trust.py::test_a_drug_not_given_says_nothing_of_a_gene
    ("NOT_RECEIVED", "FORWARD"): (
        "declined", "refused", "never received", "no prior", "not a candidate for",
        "contraindicated", "not eligible for", "did not receive", "has not received",
        "never treated with",
    ),
    # test_extraction_status.py::test_single_marker_status
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
    # Immunohistochemistry 2+ ("HER2 IHC 2+ (equivocal)") and weak staining are no result yet.
    ("EQUIVOCAL", "BACKWARD"): ("2+", "score 2+", "weak staining", "focal weak staining"),
    ("POSITIVE", "FORWARD"): (
        "positive for", "harbors", "harbouring", "harboring", "harbours", "harbor",
        "demonstrates", "reveals", "revealed", "showed", "shows", "notable for",
        "significant for", "detected:", "identified:",
    ),
    # "ROS1: Equivocal", "RET result is indeterminate". test_extraction_status.py::
    # test_single_marker_status
    ("EQUIVOCAL", "BIDIRECTIONAL"): (
        "equivocal", "indeterminate", "inconclusive", "insufficient", "qns",
        "quantity not sufficient", "could not be determined", "cannot be determined",
        "not evaluable", "non-diagnostic", "nondiagnostic", "uninterpretable",
        "not interpretable", "borderline", "unsuccessful", "failed", "test failure",
        "insufficient tissue", "inadequate", "suboptimal",
    ),
    # Not a result yet: "Possible MET amplification; confirmatory FISH pending".
    # test_extraction_layouts.py::test_a_possible_alteration_is_not_reported_as_found
    ("POSSIBLE_EXISTENCE", "FORWARD"): (
        "possible", "possibly", "probable", "suspected", "suspicious for", "questionable",
        "cannot exclude", "cannot rule out",
    ),
    ("POSSIBLE_EXISTENCE", "BACKWARD"): ("cannot be excluded", "cannot be ruled out"),
    # A dose that was not given ("Carboplatin was not administered today").
    # test_extraction_layouts.py::test_a_dose_not_administered_is_not_a_treatment
    ("NEGATED_EXISTENCE", "BIDIRECTIONAL"): ("negative for",),
    ("NOT_RECEIVED", "BIDIRECTIONAL"): (
        "not administered", "was not administered", "were not administered",
        "was not given", "were not given", "not given",
    ),
    # "ROS1 FISH is still pending." test_extraction_context.py::
    # test_hypothetical_result_does_not_override_pending
    ("PENDING", "BIDIRECTIONAL"): (
        "pending", "sent out", "send out", "send-out", "sendout", "in progress", "to follow",
        "will follow", "will be reported", "to be reported", "will be issued", "awaiting",
        "awaited", "not yet available", "not yet resulted", "in process", "forthcoming",
        "has been sent", "have been sent", "was sent", "were sent", "results to follow",
        "will be reported in an addendum", "being performed", "underway",
    ),
    # "EGFR testing was not performed." test_extraction_status.py::test_non_findings_give_no_key
    ("NOT_TESTED", "BIDIRECTIONAL"): (
        "not performed", "not tested", "not done", "not assessed", "not evaluated",
        "not ordered", "not sent", "not requested", "no tissue",
        "not covered", "not covered by this panel", "not included in this panel",
        "not analysed", "not analyzed",
    ),
    # "MET N375S (variant of uncertain significance)". test_extraction_status.py::
    # test_variants_of_unknown_significance_are_not_results
    ("VUS", "BIDIRECTIONAL"): (
        "variant of unknown significance", "variants of unknown significance",
        "variant of uncertain significance", "variants of uncertain significance",
        "unknown significance", "uncertain significance", "unknown clinical significance",
        "uncertain clinical significance", "vus", "polymorphism", "polymorphisms", "benign",
        "likely benign", "germline polymorphism", "snp",
    ),
    # "ALK-positive tumors are typically sensitive to …". test_extraction_status.py::
    # test_non_findings_give_no_key
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
    # test_extraction_context.py::test_planned_or_conditional_drugs_are_not_treatments,
    # test_extraction_clinical.py::test_planned_or_general_drugs_are_not_treatments
    ("PLANNED", "FORWARD"): (
        "consider", "considering", "considered", "will start", "will begin", "will initiate",
        "plan to", "plans to", "planned", "planning", "to start", "to begin", "start",
        "initiate", "candidate for", "candidacy for", "eligible for", "discussed", "could",
        "would", "future", "next line", "proposed",
        "scheduled", "will receive", "will be started", "to be started", "referred",
        "pending approval", "prior authorization", "may benefit", "switch to", "will switch",
        "instead",
    ),
    # "Discussed sotorasib as an option at progression." test_extraction_clinical.py::
    # test_planned_or_general_drugs_are_not_treatments; tables: test_extraction_layouts.py::
    # test_regimens_and_treatment_tables
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
    # test_extraction_context.py::test_ngs_therapy_lists_are_not_treatments
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
    # test_extraction_context.py::test_planned_or_conditional_drugs_are_not_treatments
    ("HYPOTHETICAL", "FORWARD"): (
        "should", "in case of", "in the event of", "in the event", "unless",
    ),
    # A result awaited ("Once ROS1 returns negative …") is not a result. Only for
    # biomarkers: "once daily osimertinib" and "when she progressed on …" are not
    # conditions on a drug.
    # test_extraction_context.py::test_hypothetical_result_does_not_override_pending;
    # "If her NGS shows an ALK fusion, we would start alectinib": a result imagined,
    # test_extraction_trust.py::test_a_result_imagined_in_an_if_clause_is_none
    ("CONDITIONAL", "FORWARD"): ("once", "whether", "as soon as", "if"),
    ("CONDITIONAL", "BIDIRECTIONAL"): (
        "returns", "comes back", "come back", "becomes available", "results are",
    ),
    # Relatives: "sister with EGFR-mutant lung cancer", "ALK-positive cancer in her brother".
    # test_extraction_context.py::test_family_history_is_not_the_patients,
    # test_extraction_layouts.py::test_other_peoples_cancers_and_medicines_are_not_the_patients
    ("FAMILY", "BIDIRECTIONAL"): (
        "mother", "father", "sister", "brother", "sibling", "siblings", "aunt", "uncle",
        "cousin", "grandmother", "grandfather", "grandparent", "daughter", "son", "niece",
        "nephew", "maternal", "paternal", "mom", "dad",
        # Other people in the patient's life: their cancers and medicines are not hers.
        "husband", "wife", "spouse", "partner's", "friend", "neighbour", "neighbor",
        "another patient", "other patients",
    ),
    ("FAMILY", "FORWARD"): ("family history", "family history of", "family hx", "fhx"),
    # "Treated with Keytruda (pembrolizumab) since 2024." test_extraction_clinical.py::
    # test_treatments_received
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

CONTEXT_RULES: list[tuple[str, str, str, str | None]] = [
    (lit, cat, d, None) for (cat, d), lits in PHRASES.items() for lit in lits
] + [(lit, cat, d, pat) for lit, cat, d, pat in REGEX_RULES]
# fmt: on
