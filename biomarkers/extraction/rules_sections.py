"""Report section headers that change how the lines under them are read.

Each header is matched as a whole line (nlp.py adds the line anchors and an optional
colon). Only these categories matter to the engine:

  no_alterations   a list of genes with no result found follows ("Pertinent negatives")
  family_history   relatives' results, not the patient's
  prior_diagnosis  another laboratory's or an earlier diagnosis, restated
  findings         the report's own results, diagnosis or clinical narrative
  vus              variants of unknown significance: not results
  therapies        drugs a lab or guideline matches to the tumour: not given to the patient
  methodology      methods, limitations, references: never a result

Each rule names the test that needs it (``tests/biomarkers/<file>::<test>``).
"""

from __future__ import annotations

from .rule_words import ALTERATIONS, FOUND
from .rx import alt, either, opt, words

# --- Vocabularies shared by several headers -------------------------------------------------
_THERAPY_NOUN = alt(r"therap(?:y|ies)", r"agents?", r"drugs?", r"treatments?")

# --- no_alterations -------------------------------------------------------------------------
# "Relevant genes with no reportable alterations", "Genes tested without alterations",
# "GENES ASSAYED WITH NO REPORTABLE ALTERATIONS", "... detected in this specimen".
_GENES_WITHOUT = (
    r"(?:[a-z]+\s+){0,3}genes?\s+"
    + opt(alt("assayed", "tested", "analy[sz]ed", "evaluated", "examined", "sequenced") + r"\s+")
    + alt(words("with no"), "without", words("and no"), words("with no evidence of"))
    + r"\s+"
    + "(?:"
    + alt(
        "reportable", "pathogenic", "clinically", "significant", "detectable", "actionable",
        "known",
    )
    + r"\s+){0,3}"
    + alt(*ALTERATIONS, "findings")
    + opt(r"\s+" + alt(*FOUND, "reported"))
    + opt(r"\s+" + alt("at", "in", "on", "for", "across") + r"\s+[a-z0-9 ,()/-]{1,40}")
)  # fmt: skip
# "Pertinent negatives", "Negative for:", "Not detected", "No pathogenic mutations found in".
_NEGATIVES = alt(
    words("no reportable alterations"),
    r"negative\s+" + alt("results", "findings", "genes", "for"),
    r"pertinent\s+negatives?",
    opt(r"alterations\s+") + r"not\s+detected",
    r"no\s+"
    + opt(alt("reportable", "pathogenic", words("clinically significant")) + r"\s+")
    + alt(*ALTERATIONS)
    + r"\s+"
    + alt(*FOUND)
    + opt(r"\s+in"),
)

# --- prior_diagnosis ------------------------------------------------------------------------
# "Referring diagnosis", "Original diagnosis", "Outside pathology".
_PRIOR_DIAGNOSIS = either(
    alt(
        "outside", "referring", "original", "previous", "prior", "submitted", "contributor.?s",
        "initial",
    )
    + r"\s+"
    + opt(r"pathology\s+")
    + "diagnosis",
    r"outside\s+" + alt("pathology", "report"),
)  # fmt: skip

# --- vus ------------------------------------------------------------------------------------
# "Variants of Unknown Significance", "Tier III - Variants of unknown significance",
# "Variants of uncertain significance (tier III, for research use)".
_TIER_3 = r"tier\s+(?:iii|3)"
_VUS = alt(
    _TIER_3 + r"\b[^\n]*",
    opt(_TIER_3 + r"\s*[-:]\s*")
    + r"variants?\s+of\s+"
    + alt("unknown", "uncertain", "undetermined")
    + r"\s+"
    + opt(r"clinical\s+")
    + "significance"
    + opt(r"\s*\([^)\n]{0,60}\)"),
    "vus",
    words("other variants detected"),
    r"non-?actionable\s+variants",
)

# --- therapies ------------------------------------------------------------------------------
# "Therapies with clinical benefit (in patient's tumor type): …", "FDA-approved therapies",
# "Relevant therapies (in other tumor type)", "Treatment options", "Potential clinical trials".
_THERAPY_LIST = alt(
    words("therapy and clinical trial implications"),
    r"(?:[0-9]+\s+)?therapies\s+with\s+clinical\s+benefit.*",
    opt(
        either(
            r"potential(?:ly)?\s+", r"fda[- ]approved\s+", r"relevant\s+", r"matched\s+",
            r"associated\s+",
        )
    )
    + alt("therapies", words("therapy options"), words("treatment options"))
    + opt(r"\s+" + alt("in", "for") + r"\s+[a-z ]+"),
    opt(either(r"relevant\s+", r"potential\s+")) + r"clinical\s+trials?(?:\s+\w+){0,3}",
)  # fmt: skip
# "Approved targeted therapies", "Agents with potential benefit", "Drugs for consideration".
_THERAPY_HEAD = (
    alt(
        alt(
            "fda[- ]approved", "approved", "relevant", "potential(?:ly)?", "matched",
            "targeted", "associated", "available", "recommended",
        )
        + r"\s+"
        + opt(r"targeted\s+")
        + _THERAPY_NOUN,
        _THERAPY_NOUN
        + r"\s+"
        + alt(
            "with", words("associated with"), "implications?", "options?",
            words("for consideration"), words("of potential"), words("to consider"),
        ),
    )
    + r"[^\n]{0,80}"
)  # fmt: skip

# --- methodology ----------------------------------------------------------------------------
# "Appendix 2 - Methods and limitations", "METHODOLOGY", "References", "Gene list".
# test_extraction_layouts.py::test_an_appendix_describing_the_assay_states_no_result,
# test_extraction_status.py::test_section_of_genes_without_reportable_alterations
_METHODS = either(
    # "Appendix 2 - Methods": a number, then a hyphen, colon or en dash and a title.
    r"appendix(?:\s+[a-z0-9]{1,3})?" + opt("\\s*[-:\u2013]\\s*[a-z ,&]{1,50}"),
    opt(r"analytical\s+") + words("performance characteristics"),
    r"analytical\s+" + alt("sensitivity", "validation", "performance"),
    words("assay limitations"),
    "methodology",
    "methods?",
    r"test\s+" + alt("description", "information", "details"),
    alt("gene", "biomarker", "scientific") + r"\s+background",
    r"background\s+" + alt("information", r"on\s+[a-z0-9 -]+"),
    "references?",
    "disclaimers?",
    "limitations?",
    r"genes\s+" + alt("assayed", "analy[sz]ed", "tested", "evaluated", words("in panel")),
    words("gene list"),
    r"panel\s+" + alt("genes", "content"),
    r"about\s+" + alt("the", "this") + r"\s+test",
    words("assay description"),
    words("additional information"),
)

# --- findings -------------------------------------------------------------------------------
# The report's own diagnosis, after another's: "Review diagnosis".
# test_extraction_layouts.py::test_an_outside_diagnosis_gives_way_to_the_reports_own
_OWN_DIAGNOSIS = (
    alt("consultation", "consult", "revised", "our", "amended", "corrected", "review")
    + r"\s+diagnosis"
)
# Results and the clinical narrative: "GENOMIC FINDINGS", "Biomarker Findings",
# "FINAL DIAGNOSIS", "Addendum: molecular", "Assessment and plan", "Medications".
_FINDINGS = either(
    alt("genomic", "biomarker", "molecular", words("clinically relevant"))
    + r"\s+"
    + alt("findings", "results", "summary", "highlights"),
    words("genomic alterations identified"),
    opt(r"potentially\s+") + words("actionable alterations"),
    r"tier\s+(?:i|ii|1|2)\b[^\n]*",
    r"immunotherapy\s+" + alt("markers", "biomarkers"),
    "immunohistochemistry" + opt(r"\s+results"),
    words("alterations detected"),
    words("detected variants"),
    "results?",
    "interpretation",
    "addendum(?::?\\s*[a-z /]+)?",
    r"molecular\s*/\s*biomarker\s+summary",
    words("final diagnosis"),
    "diagnosis",
    r"synoptic\s+report.*",
    "comments?",
    words("microscopic description"),
    words("gross description"),
    words("clinical history"),
    words("history of present illness"),
    "assessment" + opt(r"\s+" + words("and plan")),
    "plan",
    "impression",
    words("oncologic history"),
    words("treatment history"),
    "medications?",
)

# (category, pattern of the whole header line)
SECTION_RULES: list[tuple[str, str]] = [
    # test_extraction_context.py::test_gene_list_under_a_negative_heading,
    # test_extraction_status.py::test_section_of_genes_without_reportable_alterations
    ("no_alterations", _GENES_WITHOUT),
    # test_extraction_context.py::test_gene_list_under_a_negative_heading,
    # ::test_negative_heading_does_not_reach_past_the_next_heading
    ("no_alterations", _NEGATIVES),
    # "Family History:" test_extraction_context.py::test_family_history_section
    ("family_history", either(r"family\s+" + alt("history", "hx"), "fhx")),
    # Its histology counts only when the report gives none of its own.
    # test_extraction_layouts.py::test_an_outside_diagnosis_gives_way_to_the_reports_own
    ("prior_diagnosis", _PRIOR_DIAGNOSIS),
    ("findings", _OWN_DIAGNOSIS),
    # test_extraction_status.py::test_variants_of_unknown_significance_are_not_results,
    # test_extraction_layouts.py::test_a_vus_heading_with_a_note_in_brackets_still_holds_vus
    ("vus", _VUS),
    # Both: test_extraction_context.py::test_ngs_therapy_lists_are_not_treatments
    ("therapies", _THERAPY_LIST),
    ("therapies", _THERAPY_HEAD),
    ("methodology", _METHODS),
    # test_extraction_context.py::test_negative_heading_does_not_reach_past_the_next_heading
    ("findings", _FINDINGS),
]
