"""Histologic type on real pathology reports: which mention is the report's own diagnosis.

Each case quotes a real TCGA report from ../shared/eval/real/texts (case id in the comment),
cut down to the lines that matter. The engine reads the report's final diagnosis and its
synoptic "Histologic type" line over the frozen section, the clinician's question, comments,
precursor lesions and a form's printed choices; it abstains when the diagnosis names two
types; it reads OCR-garbled and truncated diagnosis words.
"""

from __future__ import annotations

import pytest

from biomarkers.extraction import extract_text
from biomarkers.extraction.ocr import repair


def histology(*lines: str) -> str | None:
    return extract_text(["\n".join(lines) + "\n"]).to_schema()["histology"]


# --- which mention is the report's own diagnosis ---------------------------------------------


def test_synoptic_type_line_beats_a_lymph_node_line_of_the_diagnosis() -> None:
    # TCGA-18-4083: a squamous cell carcinoma whose diagnosis lists a node "positive for
    # metastatic adenocarcinoma"; the synoptic type line states the tumour's type.
    assert (
        histology(
            "DIAGNOSIS",
            "4. Lung, resection {left lower lobe):",
            "a) Invasive poorly differentiated squamous ce+l carcinoma, with:",
            "v) One lobar lymph node of nine lymph nodes in total, positive",
            "for metastatic adenocarcinoma {1/9)",
            "SYNOPTIC DATA",
            "Histologic Type: Squamous cell carcinoma",
            "Histologic Grade: G3: Poorly differentiated",
        )
        == "squamous cell carcinoma"
    )


def test_final_diagnosis_beats_the_frozen_section() -> None:
    # TCGA-55-7570: the frozen section favoured squamous; stains and the final diagnosis say
    # adenocarcinoma.
    assert (
        histology(
            "Frozen Section Diagnosis",
            "#1 RIGHT LUNG, UPPER LOBE; WEDGE BIOPSY: NON-SMALL CELL CARCINOMA,",
            "FAVOR",
            "SQUAMOUS CARCINOMA. TUMOR GROSSLY EXTENDS TO WITHIN 2 MM OF SURGICAL",
            "RESECTION MARGIN.",
            "Final Diagnosis",
            "#1 RIGHT LUNG, UPPER LOBE; WEDGE BIOPSY: POORLY DIFFERENTIATED ADENOCARCINOMA,",
            "SOLID TYPE.",
        )
        == "adenocarcinoma"
    )


COMMENT_55_7570 = [
    "Comment",
    "The lesional cells have the following irnrnunophenotypic profile (irnrnunoperoxidase",
    "technique): CK5/6 (-), CK7 (focal +), p63 (-), and TTF-l (rare +). The",
    "notypic findings support the interpretation of adenocarcinoma.",
]


def test_the_comment_beats_a_frozen_section_under_the_clinical_history() -> None:
    # TCGA-55-7570 as far as its comment (a report whose last page is missing): the frozen
    # section's heading is no known section, so it reads under "Clinical History".
    assert (
        histology(
            "Clinical History",
            "Right lung upper lobe nodule",
            "Frozen Section Diagnosis",
            "#1 RIGHT LUNG, UPPER LOBE; WEDGE BIOPSY (1 FS): NON-SMALL CELL CARCINOMA,",
            "FAVOR",
            "SQUAMOUS CARCINOMA.",
            *COMMENT_55_7570,
        )
        == "adenocarcinoma"
    )


def test_the_comment_beats_a_frozen_section_line() -> None:
    # TCGA-60-2715's frozen section line ("FSA:"), then TCGA-55-7570's comment.
    assert (
        histology(
            "FSA: Left upper lobe wedge resection: Non-small cell carcinoma (favor squamous cell",
            "carcinoma).",
            *COMMENT_55_7570,
        )
        == "adenocarcinoma"
    )


def test_final_diagnosis_beats_the_clinicians_question() -> None:
    # TCGA-66-2791 (translated): the request form's working diagnosis is not the pathologist's.
    assert (
        histology(
            "Clinical diagnosis and question",
            "Bronchial carcinoma right central lower lobe, large-cell carcinoma",
            "REPORT ON FINDINGS",
            "Primary diagnosis/diagnoses: Central bronchopulmonary, histologically largely "
            "undifferentiated, large-cell squamous cell carcinoma of the",
            "right lower lobe of the lung (C4)",
        )
        == "squamous cell carcinoma"
    )


def test_carcinoma_in_situ_beside_the_tumour_is_not_its_type() -> None:
    # TCGA-55-6978: an in-situ squamous lesion next to a non-small cell carcinoma.
    assert (
        histology(
            "HISTOLOGIC TYPE: NONSMALL CELL CARCINOMA: SEE DESCRIPTION.",
            "SQUAMOUS CELL CARCINOMA IN SITU IDENTIFIED",
        )
        == "non-small cell carcinoma"
    )


def test_a_negation_of_stains_does_not_negate_the_type_it_favours() -> None:
    # TCGA-55-6978: "absence of" is about CK5/6 and p63, not the adenocarcinoma after "favors".
    assert (
        histology(
            "HISTOLOGIC TYPE: NONSMALL CELL CARCINOMA: SEE DESCRIPTION.",
            "The absence of CK5/6 and",
            "p63 expression favors this is most likely a very poorly differentiated",
            "adenocarcinoma.",
        )
        == "adenocarcinoma"
    )


def test_two_tumours_of_different_types_give_no_type() -> None:
    # TCGA-90-7964: two separate tumours; the engine cannot say which one is "the" type.
    assert (
        histology(
            "Tumor focality:     Separate tumor nodules in same lobe",
            "     Tumor histologic type:     Poorly differentiated adenocarcinoma with a",
            "sarcomatoid component and partial bronchioalveolar pattern and poorly",
            "differentiated squamous cell carcinoma",
        )
        is None
    )
    assert (
        histology(
            " Final Pathologic Diagnosis: ",
            "E.  Lung, right upper lobe, lobectomy [FSE]: ",
            "     Poorly differentiated adenocarcinoma with a sarcomatoid component and ",
            "partial bronchioalveolar pattern, grade 3. ",
            "     Poorly differentiated squamous cell carcinoma, grade 3.",
        )
        is None
    )


def test_adenosquamous_diagnosis_that_names_its_parts() -> None:
    # TCGA-98-7454: both components listed with their share, then the mixed type.
    assert (
        histology(
            "Diagnosis",
            "-Squamous cell carcinoma, moderately differentiated, comprise 90% of the tumor.",
            "-Adenocarcinoma, comprise 10% of the tumor, adenosquamous carcinoma (slides H6).",
        )
        == "adenosquamous carcinoma"
    )


def test_adenosquamous_diagnosis_that_names_its_components() -> None:
    # The same rule in the third-party blind set's wording (tests/fixtures_blind blind_032),
    # which no real report of the shared set uses.
    assert (
        histology(
            "FINAL DIAGNOSIS",
            "Lung, right, bilobectomy (upper and middle lobes): Adenosquamous carcinoma "
            "(adenocarcinoma component 60%, squamous",
            "component 40%), 3.9 cm.",
        )
        == "adenosquamous carcinoma"
    )


CHECKLIST = [
    "E. Type: ;2",
    "1. Invasive squamous carcinoma",
    "2. Basaloid squamous carcinoma",
    "",
    "3. InvaSive adenocarcinoma",
    "4. Bronchioloalveolar carcinoma. nonmucinous type",
    "6. Large cell carcinoma",
    "7. Clear cell carcinoma",
]


def test_a_checklists_printed_choices_are_no_diagnosis() -> None:
    # TCGA-50-6673: the form prints every type with a number; the narrative diagnosis counts.
    assert (
        histology(
            "FINAL DIAGNOSIS:",
            "A. INVASIVE MODERATELY DIFFERENTIATED ADENOCARCINOMA (1.6 CM IN DIAMETER).",
            *CHECKLIST,
        )
        == "adenocarcinoma"
    )
    assert histology("FINAL DIAGNOSIS:", *CHECKLIST) is None


def test_a_numbered_diagnosis_list_is_not_a_checklist() -> None:
    # TCGA-21-5782 / TCGA-90-7964: numbered specimens, each with its own site and finding.
    assert (
        histology(
            "Final Diagnosis:",
            "1. Lung, left lower lobe (wedge biopsy): Invasive squamous cell carcinoma.",
            "2. Level 9L lymph node (excision): negative for metastatic carcinoma (0/1).",
            "3. Level 7 lymph node (excision): negative for metastatic carcinoma (0/2).",
        )
        == "squamous cell carcinoma"
    )


def test_ocr_non_small_with_a_misread_n_is_not_small_cell() -> None:
    # TCGA-O2-A52Q: "NOW-SMALL" is OCR for "NON-SMALL".
    assert histology("DIAGNOSIS :", "r1ETASTATYC NOW-SMALL CELL CARCINOMA.") is None


# --- the names a type is written with ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # TCGA-21-1083: the older synonym in parentheses.
        (
            "-SQUAMOUS CELL (EPIDERMOID) CARCINOMA, NON-KERATINIZING TYPE,",
            "squamous cell carcinoma",
        ),
        # TCGA-21-1071: "SQUAMOUS" lost a letter; "epidermoid carcinoma" still names it.
        (
            "-HISTOLOGIC CLASSIFICATION OF TUMOR IS SQUAOUS CELL (EPIDERMOID) CARCINOMA",
            "squamous cell carcinoma",
        ),
        # TCGA-66-2734 (translated from German): "squamous epithelial carcinoma".
        (
            "differentiation histologically, nonkeratinizing squamous epithelial carcinoma (G3)",
            "squamous cell carcinoma",
        ),
        # TCGA-O2-A52W: a synoptic type line whose value leaves out "carcinoma".
        ("Histologic type: SQUAMOUS CELL", "squamous cell carcinoma"),
        # TCGA-98-A53C: the favoured type, noun left out.
        (
            "BB: Lung, RLL, excision: - Non-small cell carcinoma favor squamous.",
            "squamous cell carcinoma",
        ),
        # TCGA-80-5607: a table cell cut the word short.
        ("FF LUL lung le Adenocarci R ESECT", "adenocarcinoma"),
        # TCGA-64-5774: OCR lost the end of the word.
        (
            "-Poorly differentiated adenocarcin a with clear cell changes (7 em); no",
            "adenocarcinoma",
        ),
        # TCGA-75-7031: the short form.
        ("Histologic type: Tumour 1-Ad denoca, tumour 2- Adenoca (with features", "adenocarcinoma"),
        # TCGA-O2-A52V: "SQVAMOUS" (one letter) and "CARCI,OMA" (cut by a mark).
        (
            "CONTAINING NODULAR DEPOSIT OF MODERATELY DIFFERENTIATED SQVAMOUS CELL CARCI,OMA",
            "squamous cell carcinoma",
        ),
    ],
)
def test_written_forms_of_a_type(line: str, expected: str) -> None:
    assert histology(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # TCGA-66-2737: "squamous cell" outside a synoptic type line is a cell, not a type.
        "Re 2.) Immediate intraoperative evaluation ): squamous cell dysplasia up to severity",
        # TCGA-55-7283: a guideline sentence about adenocarcinomas in general.
        "codon 12/13 mutations are found in approximately 10-30% lung adenocarcinomas and",
    ],
)
def test_forms_that_name_no_type(line: str) -> None:
    assert histology(line) is None


# --- OCR repair of diagnosis words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("seen", "meant"),
    [
        # TCGA-21-5782: a stray mark inside the word.
        ("squamous cell car\u00b7cinoma (3.5 em).", "squamous cell carcinoma  (3.5 em)."),
        # TCGA-55-A490: one letter misread ("e" for "c").
        ("Histologic type: Adenoearcinoma.", "Histologic type: Adenocarcinoma."),
        # TCGA-55-8512: "a" for "o".
        ("t.Histolagic type: Adenocarcinama arising", "t.Histolagic type: Adenocarcinoma arising"),
        # TCGA-J2-A4AD: a comma inside the word and "G" for "O".
        ("WEDGE: ADENOC,ARCINGMA.", "WEDGE: ADENOCARCINOMA ."),
        # TCGA-O2-A52V: "V" for "U".
        ("SQVAMOUS CELL", "SQUAMOUS CELL"),
    ],
)
def test_diagnosis_words_are_repaired_in_place(seen: str, meant: str) -> None:
    assert repair(seen) == meant
    assert len(repair(seen)) == len(seen)


@pytest.mark.parametrize(
    "text",
    [
        # Only the long diagnosis words take any one-letter repair: "identifies" is a word
        # one letter from "identified", and stays.
        "The test identifies carcinoid tumors; e.g. carcinoma, no.carcinoma",
        "adenocarcinomas squamoid",
    ],
)
def test_other_words_stay_as_read(text: str) -> None:
    assert repair(text) == text


def test_repaired_diagnosis_is_quoted_as_read() -> None:
    # TCGA-55-A490
    page = "DIAGNOSIS:\nHistologic type: Adenoearcinoma.\n"
    report = extract_text([page])
    assert report.to_schema()["histology"] == "adenocarcinoma"
    ev = next(f.evidence for f in report.facts if f.kind == "histology")
    assert ev.sentence == "Histologic type: Adenoearcinoma."
    assert page[ev.start : ev.end] == ev.sentence
