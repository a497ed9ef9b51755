"""ConText modifiers written as regular expressions, built from named parts.

The plain phrase modifiers are in ``rules.PHRASES``; these are the ones a phrase list
cannot say ("no <any words> mutations were detected"). Each rule names the wording it is
for and the test that needs it (``tests/biomarkers/<file>::<test>``); a rule kept for a
real report with no unit test yet names that report.

Two kinds of white space: ``_SP`` (spaces or tabs) keeps a rule inside one line; ``\\s+``
lets it cross a wrapped line.
"""

from __future__ import annotations

from .rule_words import FOUND, NEGATABLE_FINDINGS
from .rx import alt, either, opt, words

_SP = r"[ \t]+"  # spaces or tabs: the rule stays on one line

# --- Vocabularies shared by several rules ---------------------------------------------------

# What a negative result says was not found: "no mutation", "no reportable alterations".
_NEG_NOUN = alt(*NEGATABLE_FINDINGS)
# Up to three qualifiers before it: "no other clinically significant sequence variants".
_NEG_QUALIFIER = alt(
    "reportable", "pathogenic", "clinically", "significant", "actionable", "genomic",
    "other", "known", "oncogenic", "targetable", "driver", "relevant", "sequence",
    r"copy\s+number",
)  # fmt: skip
_NEG_ADJ = "(?:" + _NEG_QUALIFIER + r"\s+){0,3}"
# A lower-case word (case-sensitive): a qualifier such as "somatic", never a gene name.
_LOWER_WORD = r"(?-i:[a-z][a-z-]*)"
# Between two items of a list: "mutations, fusions or amplifications", "variants/fusions".
_LIST_SEP = alt(r"\s*,\s*", r"\s+(?:and/or|or|and)\s+", r"\s*/\s*")
_BE = ("is", "are", "was", "were")

# --- "No tier I or tier II alterations (SNVs or indels) were detected in ALK, EGFR" ---------
_GRADE_WORD = alt("class", "tier", "level")
_GRADE_NUM = "[0-9ivx]+"
# "class 4 or class 5 ", "tier I / tier II ": one or more grades, joined by or/and//.
_GRADES = "(?:" + _GRADE_WORD + _SP + _GRADE_NUM + _SP + opt(alt("or", "and", "/") + _SP) + ")+"
# "class 4 or 5": the word or the number of the last grade may stand alone.
_LAST_GRADE = opt(_GRADE_WORD + _SP) + opt(_GRADE_NUM + _SP)
_BRACKET_NOTE = opt(r"[ \t]*\([^)\n]{0,40}\)")  # "(SNVs or indels)", "(variants or fusions)"
_WERE = alt("were", "was", words("have been", _SP), words("has been", _SP))
_NO_GRADED = (
    r"\bno" + _SP + _GRADES + _LAST_GRADE + _NEG_NOUN + _BRACKET_NOTE
    + _SP + _WERE + _SP + alt(*FOUND)
)  # fmt: skip

# --- "No somatic alterations were detected in", "No pathogenic variants or fusions were
# identified in": up to five lower-case words, a list of alteration nouns, a finding verb.
_NOUN_LIST = (
    r"\bno\s+(?:" + _LOWER_WORD + r"\s+){0,5}?" + _NEG_NOUN
    + "(?:" + _LIST_SEP + "(?:" + _LOWER_WORD + r"\s+){0,2}?" + _NEG_NOUN + ")*"
)  # fmt: skip
_NO_LISTED = (
    _NOUN_LIST
    + r"\s+"
    + opt(alt("were", "was", "is", "are", r"have\s+been", r"has\s+been") + r"\s+")
    + alt(*FOUND, "seen", "present", "reported", "observed")
    + opt(r"\s+" + alt("in", "for", "within", "among"))
    + r"\b"
)

# --- "No RET testing has been performed", "no ALK FISH was done" -----------------------------
_NO_TEST_DONE = (
    r"\bno" + _SP + "(?:[A-Za-z0-9/-]+" + _SP + "){0,3}?"
    + alt("testing", "tests?", "analysis", "fish", "ihc", "ngs") + _SP
    + alt("has", "have", "was", "were") + _SP + opt("yet" + _SP) + opt("been" + _SP)
    + alt("performed", "done", "ordered", "requested") + r"\b"
)  # fmt: skip

# --- A result filed to the wrong chart ------------------------------------------------------
_ANOTHER_PATIENTS = (
    r"\b"
    + alt(
        r"belong(?:s|ed)\s+to\s+" + alt("another", r"a\s+different") + r"\s+patient",
        r"filed\s+" + opt(r"to\s+this\s+chart\s+") + r"in\s+error",
        alt("has", "have") + r"\s+been\s+withdrawn",
        words("wrong patient"),
    )
    + r"\b"
)

# --- "When ROS1 results are negative": a result awaited, looked ahead of "when" ---------------
_WHEN_AWAITED = (
    r"\bwhen\b(?="
    + r"(?:\s+\S+){1,4}?\s+"
    + alt("returns?", r"comes?\s+back", "is", "are", "becomes?", "results?")
    + r"\b)"
)

# --- Immunohistochemistry -------------------------------------------------------------------
# "The EGFR shows strong membranous staining" (TCGA-18-4086): the verb, the intensity and
# the compartment are one modifier, so "shows" (a forward cue) does not cut the staining's
# scope off from the gene before it. Not "staining for"/"staining of" (a method).
_STAINING = (
    r"\b"
    + opt(alt("shows?", "showed", "demonstrates?", "with") + _SP)
    + "(?:"
    + alt("strong", "diffuse", "moderate", "intense", "complete", "circumferential")
    + _SP
    + ")*"
    + opt(alt("membranous", "membrane", "cytoplasmic") + _SP)
    + r"staining\b(?!"
    + _SP
    + alt("for", "of")
    + ")"
)
# "ALK (D5F3) shows no staining", "no immunoreactivity for HER2".
_NO_STAINING = (
    r"\b" + alt("no", "negative", "absent", "without") + _SP + r"(?:\w+" + _SP + "){0,2}?"
    + alt("staining", "immunoreactivity", "expression") + r"\b"
)  # fmt: skip

# --- An unfilled form: "Her-2/neu o Negative o Positive" (TCGA-70-6723) ---------------------
# Tick boxes as OCR renders them: a letter o, a box character, "[ ]" or "( )".
_BOX_MARKS = ("[\u25a1\u2610\u274f]", r"\[\s?\]", r"\(\s?\)")
_ANSWER = alt("negative", "positive")
_FORM_OPTIONS = (
    alt(r"\b[oO]", *_BOX_MARKS) + _SP + _ANSWER + _SP
    + alt("[oO]", *_BOX_MARKS) + _SP + _ANSWER + r"\b"
)  # fmt: skip

# --- "ALK-positive tumors", "EGFR-mutant NSCLC": a group of patients, not this one -----------
_POSITIVE_GROUP = (
    r"\b"
    + alt("positive", "mutant", "mutated", "rearranged")
    + r"\s+"
    + opt(r"lung\s+")
    + alt("cancers?", "disease", "nsclc", "tumou?rs", "patients")
    + r"\b"
)

# --- Another cancer of the patient's, with its own markers ----------------------------------
# "ductal breast carcinoma (ER weak, PR negative, HER2 score 0)" (TCGA-38-7271) is not this
# lung tumour's HER2.
_OTHER_ORGAN = alt(
    "breast", "colon", "colorectal", "rectal", "ovarian", "prostate", "thyroid", "gastric",
    "stomach", "renal", "bladder", "endometrial", "pancreatic", "esophageal",
)  # fmt: skip
_OTHER_CANCER = (
    r"\b" + _OTHER_ORGAN + _SP + "(?:[a-z]+" + _SP + "){0,2}?"
    + alt("carcinoma", "cancer", "ca", "inoma", "adenocarcinoma", "primary") + r"\b"
)  # fmt: skip

# (literal, category, direction, regex)
REGEX_RULES: list[tuple[str, str, str, str]] = [
    # "No Class 4 or Class 5 alterations (variants or fusions) were detected in KRAS, BRAF".
    # test_extraction_layouts.py::test_negatives_in_class_wording_and_absence_of
    ("no class 4/5 alterations detected", "NEGATED_EXISTENCE", "BIDIRECTIONAL", _NO_GRADED),
    # "Research of KRAS mutations (exons 2, 3, 4): absence of mutation."
    # test_extraction_layouts.py::test_negatives_in_class_wording_and_absence_of
    ("absence of mutation", "NEGATED_EXISTENCE", "BACKWARD",
     r"\babsence" + _SP + "of" + _SP + opt("any" + _SP) + _NEG_NOUN),
    # "No ALK FISH has been performed", "no RET testing has been performed": not tested,
    # not negative.
    # test_extraction_layouts.py::test_untested_genes_and_other_patients_results_get_no_key
    ("no <gene> testing performed", "NOT_TESTED", "BIDIRECTIONAL", _NO_TEST_DONE),
    # "An EGFR report filed to this chart in error belonged to another patient."
    # test_extraction_layouts.py::test_untested_genes_and_other_patients_results_get_no_key
    ("result of another patient", "NOT_A_FINDING", "BIDIRECTIONAL", _ANOTHER_PATIENTS),
    # "No somatic alterations were detected in EGFR, ALK", "No other clinically significant
    # sequence variants were found in". test_extraction_context.py::test_negated_gene_list,
    # ::test_other_in_a_negated_list_keeps_the_stated_positive
    ("no <alteration> detected", "NEGATED_EXISTENCE", "BIDIRECTIONAL", _NO_LISTED),
    # "No reportable mutations, fusions or amplifications were found in KRAS and ERBB2."
    # test_extraction_context.py::test_negated_gene_list
    ("no reportable alterations", "NEGATED_EXISTENCE", "BIDIRECTIONAL",
     r"\bno\s+" + _NEG_ADJ + _NEG_NOUN + r"\b"),
    # "When ROS1 results are negative …" awaits a result; "when MET amplification was
    # detected" (past) reports one. test_extraction_context.py::
    # test_hypothetical_result_does_not_override_pending, ::test_context_words_keep_real_results
    ("when <present>", "CONDITIONAL", "FORWARD", _WHEN_AWAITED),
    # "KRAS WT" (upper case only; "wt" right after a gene is SCOPED_RULES below). No test
    # needs it: without it the suites and the dev and real sets give the same results.
    ("WT", "NEGATED_EXISTENCE", "BACKWARD", r"(?-i:\bWT\b)"),
    # test_extraction_rule_parts.py::test_strong_membranous_staining_is_a_result
    ("staining", "POSITIVE", "BIDIRECTIONAL", _STAINING),
    # Longer than the positive "staining" above, so it wins where both match.
    # test_extraction_rule_parts.py::test_no_staining_is_a_negative_result
    ("no staining", "NEGATED_EXISTENCE", "BIDIRECTIONAL", _NO_STAINING),
    # Both answers printed with their boxes, none marked, is no result.
    # test_extraction_rule_parts.py::test_an_unfilled_forms_options_are_no_result
    ("form options", "NOT_A_FINDING", "BIDIRECTIONAL", _FORM_OPTIONS),
    # test_extraction_real_forms.py::test_another_cancers_markers_are_not_this_tumours
    ("<other organ> carcinoma", "OTHER_CANCER", "FORWARD", _OTHER_CANCER),
    # "ALK-positive tumors are typically sensitive to …", "Patients with EGFR-mutant NSCLC".
    # test_extraction_status.py::test_non_findings_give_no_key
    ("-positive disease", "NOT_A_FINDING", "BIDIRECTIONAL", _POSITIVE_GROUP),
]  # fmt: skip

# Plan words after a drug, reaching only the drug just before them: "Carboplatin given,
# pembrolizumab planned" plans pembrolizumab, not carboplatin. Each match is longer than
# the forward literal it overlaps ("planned", "to start"), so ConText keeps it.
# (literal, category, direction, regex over the text, max_scope in tokens)
# All three: test_extraction_layouts.py::test_plans_written_after_the_drug
SCOPED_REGEX_RULES: list[tuple[str, str, str, str, int]] = [
    # "Cisplatin given, durvalumab planned.", "Docetaxel was planned; gemcitabine given".
    ("<drug> planned", "PLANNED", "BACKWARD",
     either(r"\b" + alt(*_BE) + r"\s+planned\b", r"\bplanned[ \t]*[.;,)]"), 3),
    # "Brigatinib was considered but not started."
    ("<drug> was considered", "PLANNED", "BACKWARD",
     r"\b" + alt(*_BE) + r"\s+" + opt(either(r"being\s+", r"also\s+")) + r"considered\b", 3),
    # "Lorlatinib to begin once the scan is back."
    ("<drug> to start", "PLANNED", "BACKWARD",
     r"\bto\s+" + alt("start", "begin", "commence") + r"\s+"
     + alt("next", "on", "in", "after", "at", "this", "tomorrow", "today", "once", "when")
     + r"\b", 2),
]  # fmt: skip

# Rules that only reach the word next to them: "G12C-targeted therapy", "ALK inhibitors"
# name a class of drugs, not a result. (literal, category, direction, token regex,
# max_scope); nlp.py lets a "-" token stand before the token.
SCOPED_RULES: list[tuple[str, str, str, str, int]] = [
    # test_extraction_generalise.py::test_targeted_therapy_class_is_not_a_result
    ("-targeted therapy", "NOT_A_FINDING", "BACKWARD",
     either("^-?(?:targeted|directed)$", "^(?:inhibitors?|TKIs?)$"), 1),
    # "on osimertinib", "on adjuvant osimertinib": receipt, but only right before the drug.
    # test_extraction_context.py::test_ngs_report_counts_a_drug_only_with_receipt_language
    ("on", "RECEIVED", "FORWARD", "(?i)^on$", 3),
    # "ALK+", "ROS1 (+)", "ALK IHC (+)": a sign right after its gene. Not "MET (exon 14 +
    # splice)", where it joins two words (test_extraction_layouts.py::
    # test_negative_lists_and_shorthand); the positive forms are in the blind sets.
    ("+", "POSITIVE", "BACKWARD", r"^\+$", 3),
    # "EGFR wt", "KRAS: wt": wild type, right after the gene only ("wt 74 kg" is a weight).
    # test_extraction_layouts.py::test_a_variant_glued_to_its_gene
    ("wt", "NEGATED_EXISTENCE", "BACKWARD", "(?i)^wt$", 2),
]  # fmt: skip
