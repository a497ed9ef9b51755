"""Pathology/cytology cases, part A (7): frozen section only, cytology with ICC, corrected report,
combined predictive IHC sheet, categorised cytology, send-out pending, mediastinoscopy.

All patients, clinicians and laboratories are fictional.
"""

# Case bodies are report text; table rows cannot be wrapped.
# ruff: noqa: E501

from __future__ import annotations

from b3_common import gold, neg, pending, pos, stage, tps

CASES = [
    # Trap: the whole report is an intraoperative (frozen-section) consult; "favor squamous"
    # counts; a negative level 11L node is not a stage.
    {
        "id": "path_frozen_section_only",
        "kind": "pathology",
        "trap": "intraoperative consult only: 'Non-small cell carcinoma, favor squamous cell "
        "carcinoma' -> squamous; node 0/1 gives no stage; no biomarkers",
        "gold": gold(histology="squamous cell carcinoma"),
        "layout": {
            "font": "helvetica",
            "size": 10,
            "letterhead": ["Bellwether Regional Medical Center", "Department of Pathology"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: INTRAOPERATIVE CONSULTATION REPORT
KV: Patient = Whitcombe, Harold J. ;; MRN = BRMC-00731845 ;; DOB = 01/26/1952
KV: Case = FS26-0417 ;; Surgeon = R. Delacroix-Hale, MD ;; Received = 04/16/2026 10:21

h: Specimens
. A. Lung, left lower lobe, wedge resection (for frozen section)
. B. Lymph node, level 11L (for frozen section)

h: Frozen section diagnoses
. A-FS1: Non-small cell carcinoma, favor squamous cell carcinoma. Stapled parenchymal margin free of tumor (closest approach 1.2 cm).
. B-FS1: One lymph node, no tumor seen (0/1).

h: Communication
Frozen section results were called to Dr. Delacroix-Hale in OR 6 at 10:42 and read back.

h: Note
This is an intraoperative report only. The final diagnosis will be issued on permanent sections,
and the frozen section interpretation may be revised. Any ancillary studies will be reported with
the final diagnosis.
SMALL: Frozen section pathologist: Imogen Ruiz-Haddad, MD. Frozen section remnants submitted as
SMALL: A1 and B1 for permanent sections.
""",
    },
    # Trap: cytology (adrenal FNA) with "ALK (D5F3) immunocytochemistry: POSITIVE (strong,
    # granular)" and no fusion partner; GATA3/SF-1 and lineage stains are not biomarkers.
    {
        "id": "path_adrenal_fna_alk_icc",
        "kind": "pathology",
        "trap": "adrenal FNA; 'ALK (D5F3) immunocytochemistry: POSITIVE (strong, granular)' -> ALK "
        "positive []; ROS1 ICC negative; TPS 30%",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={"ALK": pos(), "ROS1": neg(), "PD-L1": tps(30)},
        ),
        "layout": {
            "font": "helvetica",
            "size": 10,
            "letterhead": ["Northcote Cytopathology Laboratory", "Fine-needle aspiration service"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: CYTOPATHOLOGY REPORT
KV: Patient = Nakagawa-Bell, Emiko ;; MRN = 55-318-904 ;; DOB = 07/03/1981
KV: Accession = NC26-1182 ;; Procedure = CT-guided FNA + cell block ;; Collected = 03/30/2026

h: Specimen
Left adrenal gland mass, fine-needle aspiration (3 passes); rapid on-site evaluation performed.

h: Clinical history
44-year-old never-smoker with a 4.1 cm left lower lobe mass and a 2.6 cm left adrenal lesion.

h: Diagnosis
. POSITIVE FOR MALIGNANT CELLS.
. Metastatic adenocarcinoma, consistent with a lung primary (TTF-1 and napsin A positive; GATA3 and SF-1 negative on cell block).

h: Ancillary studies (cell block, 04/02/2026)
. ALK (D5F3) immunocytochemistry: POSITIVE (strong, granular cytoplasmic staining in tumor cells)
. ROS1 (D4D6) immunocytochemistry: negative
. PD-L1 (22C3): TPS 30% (more than 100 viable tumor cells evaluated)

h: Comment
By laboratory policy, strong granular D5F3 staining is reported as ALK-positive without reflex
FISH. Results were discussed with Dr. Petrakis on 04/02/2026.
SMALL: Cytopathologist: Lucan Ferreira-Oakes, MD. Cytotechnologist: D. Ambrose, SCT(ASCP).
""",
    },
    # Trap: a corrected report: the PD-L1 TPS was first issued as 5%, the correction says 50%;
    # both numbers are printed.
    {
        "id": "path_corrected_pdl1",
        "kind": "pathology",
        "trap": "CORRECTED report: TPS 'transcribed incorrectly as 5%', correct 50%; "
        "all-caps final diagnosis with pT2a pN0 and PL0",
        "gold": gold(
            histology="squamous cell carcinoma",
            stage=stage("p", "T2a", "N0"),
            biomarkers={"PD-L1": tps(50)},
        ),
        "layout": {
            "font": "times",
            "size": 10.5,
            "letterhead": ["Larchmont Valley Hospital", "Anatomic Pathology"],
            "lh_align": "C",
            "banner": ["OSTERGAARD, NIELS P.   MRN 4471-0923   S26-08813   CORRECTED"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: SURGICAL PATHOLOGY - CORRECTED REPORT
. *** CORRECTED REPORT: see the correction note below ***
KV: Patient = Ostergaard, Niels P. ;; MRN = 4471-0923 ;; DOB = 10/04/1956
KV: Accession = S26-08813 ;; Procedure = RLL lobectomy ;; Date = 03/10/2026

h: Correction note (03/18/2026)
The PD-L1 (22C3) tumor proportion score in the report issued on 03/12/2026 was transcribed
incorrectly as 5%. The correct TPS is 50%. No other part of the report is changed.

h: Final diagnosis
. RIGHT LOWER LOBE, LOBECTOMY:
. - SQUAMOUS CELL CARCINOMA, KERATINIZING, MODERATELY DIFFERENTIATED, 3.8 CM.
. - VISCERAL PLEURA NOT INVOLVED (PL0).
. - BRONCHIAL, VASCULAR AND PARENCHYMAL MARGINS NEGATIVE.
. - ELEVEN LYMPH NODES NEGATIVE FOR CARCINOMA (0/11).
. - PATHOLOGIC STAGE (AJCC 8TH EDITION): pT2a pN0.

h: Biomarker studies
. PD-L1 IHC (22C3): tumor proportion score 50% [corrected; originally reported as 5%]

h: Gross description
Received fresh is a 162 g right lower lobectomy specimen, 15.5 x 10.0 x 4.2 cm. A firm tan-white
mass, 3.8 x 3.1 x 2.6 cm, lies 2.1 cm from the bronchial margin. Representative sections in A1-A14.
SMALL: Pathologist: Beatrix Okonjo-Lamb, MD. Correction authorised by the same pathologist.
""",
    },
    # Trap: PD-L1 and ALK IHC on one sheet; TPS exactly 1% (positive) next to the "1-49%"
    # category label; histology only as the original case's diagnosis.
    {
        "id": "path_dual_ihc_sheet",
        "kind": "pathology",
        "trap": "one sheet with PD-L1 + ALK IHC rows; TPS 1% (positive) beside '1-49%' category; "
        "histology from 'Original diagnosis: NSCLC, NOS'",
        "gold": gold(
            histology="non-small cell carcinoma",
            biomarkers={"PD-L1": tps(1), "ALK": neg()},
        ),
        "layout": {
            "font": "helvetica",
            "size": 9.5,
            "letterhead": ["Garnet Bay Pathology Partners"],
            "page_fmt": None,
            "footer": "Predictive IHC sheet v3  -  Garnet Bay Pathology Partners",
        },
        "body": """
CENTER: PREDICTIVE IMMUNOHISTOCHEMISTRY: PD-L1 AND ALK
KV: Patient = Moravec, Tereza ;; MRN = 88-2219-07 ;; DOB = 02/14/1964
KV: Accession = S26-12450-A4 ;; Original case = S26-11873 ;; Reported = 04/09/2026
. Original diagnosis (S26-11873, right upper lobe core biopsy): non-small cell carcinoma, NOS.
GAP 2
TABLE 12 36 10 22 20 grid
| Marker | Clone / platform | Block | Result | Controls |
| PD-L1 | 22C3 pharmDx, Autostainer Link 48 | A4 | TPS 1% | Adequate |
| ALK | D5F3, BenchMark ULTRA | A4 | Negative | Adequate |

h: Interpretation
PD-L1: low expression (the 1-49% TPS category); 140 viable tumor cells scored. ALK: no staining in
tumor cells.
SMALL: TPS is the percentage of viable tumor cells with partial or complete membrane staining at
SMALL: any intensity. External and on-slide controls performed as expected.
. Pathologist: Ravindra Osei-Lindgren, MD
""",
    },
    # Trap: cytology reporting categories in Roman numerals ("Category VI", legend listing "IV"),
    # which are not stage groups; EGFR/ALK "not performed".
    {
        "id": "path_bronchial_wash_category",
        "kind": "pathology",
        "trap": "cytology category Roman numerals (VI; legend I-VI) are not stage; EGFR/ALK "
        "'not performed' -> no key; TPS 80% on cell block",
        "gold": gold(histology="squamous cell carcinoma", biomarkers={"PD-L1": tps(80)}),
        "layout": {
            "font": "times",
            "size": 10.5,
            "letterhead": ["St. Aldric Hospital", "Cytology Laboratory"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: NON-GYNECOLOGIC CYTOLOGY REPORT
KV: Patient = Szabo-Reilly, Agnes ;; MRN = 61-907-332 ;; DOB = 09/09/1948
KV: Accession = NG26-0654 ;; Source = Right main bronchus ;; Collected = 02/18/2026

h: Specimen
Bronchial washing (25 mL) and bronchial brushing; liquid-based slides and cell block.

h: Interpretation
. MALIGNANT (Category VI)
. Squamous cell carcinoma, keratinizing type. Cell block immunostains: p40 positive, TTF-1 negative.

h: Predictive marker
. PD-L1 (22C3, cell block): TPS 80%

h: Note
EGFR and ALK testing were not performed on this specimen (squamous histology); they can be added on
request.
SMALL: Reporting categories used by this laboratory: I non-diagnostic; II negative for malignancy;
SMALL: III atypical; IV neoplastic (benign or low-grade); V suspicious for malignancy; VI malignant.
. Cytopathologist: Tobias Wren-Adeyemi, MD
""",
    },
    # Trap: a brain metastasis with four genes sent out ("results will be issued as an addendum")
    # -> pending; lineage stains (GFAP, CDX2) are not biomarkers.
    {
        "id": "path_brain_met_sendout",
        "kind": "pathology",
        "trap": "neuropathology: EGFR, ALK, ROS1, BRAF sent to outside lab -> pending; TPS 60%; "
        "'no prior treatment'",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "PD-L1": tps(60),
                "EGFR": pending(),
                "ALK": pending(),
                "ROS1": pending(),
                "BRAF": pending(),
            },
        ),
        "layout": {
            "font": "helvetica",
            "size": 10,
            "letterhead": ["Cresswell University Medical Center", "Division of Neuropathology"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: NEUROPATHOLOGY REPORT
KV: Patient = Lindahl, Morten ;; MRN = CU-3392017 ;; DOB = 08/12/1961
KV: Accession = NP26-0388 ;; Surgeon = A. Varga-Holm, MD ;; Received = 04/02/2026

h: Clinical history
64-year-old man with a 3.1 cm right upper lobe mass and three enhancing brain lesions; no prior
tissue diagnosis and no prior treatment. Resection of the dominant cerebellar lesion.

h: Final diagnosis
. Brain, right cerebellar hemisphere, resection:
. Metastatic adenocarcinoma, consistent with pulmonary origin.

h: Immunohistochemistry
CK7 positive, TTF-1 positive, napsin A positive, CK20 negative, CDX2 negative; GFAP highlights
the surrounding gliotic brain only.
. PD-L1 (22C3): TPS 60%.

h: Molecular studies
Block A2 was sent to Quillon Molecular Diagnostics on 04/07/2026 for EGFR, ALK, ROS1 and BRAF
testing. Results will be issued as an addendum to this report.
SMALL: Neuropathologist: Saoirse Demirci-Hale, MD. Gross: received in formalin, multiple tan
SMALL: fragments, 3.2 x 2.8 x 1.1 cm in aggregate, entirely submitted (A1-A4).
""",
    },
    # Trap: mediastinal station numbers (4R, 7, 4L, 2R) and a positive N2-level node, but the report
    # prints no T/N/M or stage; molecular testing "not requested".
    {
        "id": "path_mediastinoscopy_stations",
        "kind": "pathology",
        "trap": "mediastinoscopy parts table with station numbers; positive station 7 but no "
        "stage printed -> null; molecular 'not requested'",
        "gold": gold(histology="adenocarcinoma"),
        "layout": {
            "font": "helvetica",
            "size": 10,
            "letterhead": ["Pellham Memorial Hospital", "Surgical Pathology"],
            "page_fmt": "{p}/{nb}",
        },
        "body": """
CENTER: SURGICAL PATHOLOGY REPORT
KV: Patient = Ilunga, Bertrand ;; MRN = 30-7712-45 ;; DOB = 06/21/1959
KV: Accession = S26-09921 ;; Procedure = Cervical mediastinoscopy ;; Date = 03/24/2026

h: Final diagnosis
TABLE 8 30 62 grid
| Part | Site | Diagnosis |
| A | Station 4R lymph node | Two lymph nodes, negative for malignancy (0/2) |
| B | Station 7 (subcarinal) lymph node | Metastatic adenocarcinoma in one lymph node (1/1); extranodal extension cannot be assessed in fragmented tissue |
| C | Station 4L lymph node | One anthracotic lymph node, negative for malignancy (0/1) |
| D | Station 2R lymph node | Fibroadipose tissue; no lymph node or malignancy identified |

h: Comment
The positive station 7 result was phoned to Dr. Sandoval-Pike at 14:10 on 03/24/2026. Molecular
testing was not requested on this specimen; the primary tumor biopsy (S26-08217) is the preferred
block.
SMALL: Pathologist: Wilhelmina Achebe-Torres, MD.
""",
    },
]
