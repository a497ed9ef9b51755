"""Pathology cases, part B (6): German-style resection, NSCLC-NOS liver core, rebiopsy at
progression, autopsy, LIS print-out, segmentectomy.

All patients, clinicians and laboratories are fictional.
"""

# Case bodies are report text; fixed-width print-outs cannot be wrapped.
# ruff: noqa: E501

from __future__ import annotations

from b3_common import equivocal, gold, neg, pending, pos, stage, tps

CASES = [
    # Trap: German-style TNM string with L1, V0, Pn0, R0 descriptors and a lymph-node ratio;
    # PD-L1 with a separate IC score; NGS "initiated" without any gene named -> no key.
    {
        "id": "path_german_resection_tnm",
        "kind": "pathology",
        "trap": "'pT2b, pN1 (2/14), L1, V0, Pn0, R0' (UICC 8th); 'adenocarcinoma type'; TPS 25 % "
        "vs IC 5 %; NGS initiated names no gene",
        "gold": gold(
            histology="adenocarcinoma",
            stage=stage("p", "T2b", "N1"),
            biomarkers={"ALK": neg(), "PD-L1": tps(25)},
        ),
        "layout": {
            "font": "helvetica",
            "fmt": "A4",
            "size": 10,
            "letterhead": [
                "Institute of Pathology, Obernau University Hospital",
                "Director: Prof. Dr. med. K. Steinhauser  |  Tel. 0049 (0)555 20-4400",
            ],
            "lh_first_only": True,
            "banner": ["Kessler-Amsel, Dorothea, 23.02.1954 - E-2026-05533"],
            "banner_from": 2,
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: Histopathological report
KV: Patient = Kessler-Amsel, Dorothea ;; Date of birth = 23.02.1954 ;; Journal no. = E-2026-05533
KV: Clinic = Thoracic Surgery, Klinikum Obernau-Nord ;; Received = 18.03.2026

h: Material
Left upper lobe (lobectomy) with separately submitted lymph nodes (stations 5, 7, 10L, 11L).

h: Macroscopy
Lobectomy specimen 17 x 11 x 5 cm. Subpleural tumour 4.6 x 3.9 x 3.2 cm, greyish-white, firm,
distance to the bronchial resection margin 2.4 cm. The pleura over the tumour is retracted but
smooth. Lymph nodes: station 5 (3), station 7 (4), station 10L (2), station 11L (2),
intrapulmonary (3).

h: Microscopy
Infiltrates of a moderately to poorly differentiated adenocarcinoma with predominantly solid and
lesser acinar growth. Lymphatic invasion is present, no venous or perineural invasion. The
visceral pleura is not infiltrated (elastica stain). Metastases in one hilar (10L) and one
intrapulmonary lymph node.

PAGE
h: Diagnosis
Carcinoma of the lung, adenocarcinoma type (solid > acinar growth pattern), G3, of the left upper
lobe, maximum diameter 4.6 cm. Lymph node metastases in 2 of 14 lymph nodes (intrapulmonary and
hilar). Resection margins free of tumour.
. TNM classification (UICC, 8th edition): pT2b, pN1 (2/14), L1, V0, Pn0, R0

h: Immunohistochemistry
. ALK (clone D5F3): no evidence for ALK protein expression.
. PD-L1 (clone 22C3): TPS 25 %, IC score 5 %.

h: Comment
Molecular pathological analysis (NGS panel) has been initiated from block A3; the results will
follow in a separate report.
. Obernau, 24.03.2026    Dr. med. H. Quandt / Prof. Dr. med. K. Steinhauser
""",
    },
    # Trap: "favored" refers to the primary site, not the histology (NSCLC-NOS); TPS <1% -> 0;
    # ROS1 IHC "equivocal" with confirmation "recommended" stays equivocal, not pending.
    {
        "id": "path_liver_core_nos",
        "kind": "pathology",
        "trap": "NSCLC-NOS in liver core; 'a lung primary is favored' is about site; TPS <1%; ROS1 "
        "IHC equivocal + confirmation recommended -> equivocal",
        "gold": gold(
            histology="non-small cell carcinoma",
            biomarkers={"PD-L1": tps(0), "ALK": neg(), "ROS1": equivocal()},
        ),
        "layout": {
            "font": "helvetica",
            "size": 10,
            "letterhead": ["Tamsin Creek Medical Center", "Department of Pathology"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: SURGICAL PATHOLOGY REPORT
KV: Patient = Okoro-Lindqvist, Samuel ;; MRN = TC-7741209 ;; DOB = 04/04/1955
KV: Accession = S26-10402 ;; Procedure = CT-guided liver core biopsy ;; Date = 03/26/2026

h: Final diagnosis
. LIVER, SEGMENT 6 MASS, CT-GUIDED CORE BIOPSY:
. - METASTATIC POORLY DIFFERENTIATED NON-SMALL CELL CARCINOMA, NOT OTHERWISE SPECIFIED (NSCLC-NOS).

h: Comment
Tumor cells are positive for CK7 and negative for TTF-1, napsin A, p40, CK5/6, CK20, CDX2 and
HepPar-1. The immunoprofile does not permit further subclassification. Clinically, a lung primary
is favored given the 5.2 cm left hilar mass.

h: Predictive markers (block A1)
. PD-L1 (22C3): TPS <1%.
. ALK (D5F3): negative.
. ROS1 (D4D6): equivocal (weak, heterogeneous cytoplasmic staining in about 20% of tumor cells). Confirmation by FISH or RNA-based sequencing is recommended.
SMALL: Pathologist: Greta Mbatha-Sorensen, MD. Gross: two tan cores, 1.6 and 1.2 cm, entirely
SMALL: submitted in A1.
""",
    },
    # Trap: a rebiopsy at progression: prior erlotinib is in the clinical history (received);
    # "No small cell or squamous transformation" names two histologies negatively.
    {
        "id": "path_rebiopsy_t790m",
        "kind": "pathology",
        "trap": "rebiopsy on erlotinib (received, from history); 'no small cell or squamous "
        "transformation'; ex19del p.L747_A750delinsP + T790M; MET amp not detected",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={"EGFR": pos("exon 19 deletion", "T790M"), "MET": neg()},
            treatments=["erlotinib"],
        ),
        "layout": {
            "font": "times",
            "size": 10.5,
            "letterhead": ["Harwick General Hospital", "Department of Laboratory Medicine"],
            "lh_align": "C",
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: SURGICAL PATHOLOGY REPORT WITH MOLECULAR ADDENDUM
KV: Patient = Castellane, Wei-Ling ;; MRN = HG-20311875 ;; DOB = 09/29/1966
KV: Accession = S26-07764 ;; Procedure = CT-guided lung core ;; Date = 04/08/2026

h: Clinical history
EGFR exon 19 deletion-positive lung adenocarcinoma diagnosed 05/2024; on erlotinib since 06/2024.
New growth of the right lower lobe lesion on CT; rebiopsy to assess resistance.

h: Final diagnosis
. Lung, right lower lobe, CT-guided core biopsy:
. Adenocarcinoma, consistent with the patient's known lung primary. No small cell or squamous transformation is identified.

h: Molecular addendum (04/21/2026) - 48-gene DNA panel, block A1
. EGFR exon 19 deletion, p.L747_A750delinsP: detected (VAF 38%)
. EGFR p.T790M: detected (VAF 9%)
. MET amplification: not detected
. Other pathogenic variants: none

h: Addendum comment
The exon 19 deletion matches the diagnostic specimen; T790M is newly detected and is a
recognized mechanism of resistance to first-generation EGFR inhibitors.
SMALL: Pathologist: Declan Ferrante-Obi, MD. Molecular pathologist: Yuki Halloran, MD, PhD.
""",
    },
    # Trap: autopsy final anatomic diagnoses numbered I-V (so "IV." heads a coronary finding);
    # treatments received and an outside molecular profile appear in the clinical summary.
    {
        "id": "path_autopsy_diagnoses",
        "kind": "pathology",
        "trap": "autopsy: Roman-numeral diagnosis list ('IV. Coronary atherosclerosis') is not a "
        "stage; 4 drugs received per record; outside EGFR/ALK/ROS1 negative, TPS 15%",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={"EGFR": neg(), "ALK": neg(), "ROS1": neg(), "PD-L1": tps(15)},
            treatments=["carboplatin", "docetaxel", "pembrolizumab", "pemetrexed"],
        ),
        "layout": {
            "font": "times",
            "size": 10.5,
            "letterhead": ["Dunmore County Medical Examiner and Autopsy Service"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: AUTOPSY REPORT - FINAL ANATOMIC DIAGNOSES
KV: Decedent = Vantongeren, Paul ;; Age = 71 ;; Autopsy no. = A26-014
KV: Date of death = 03/02/2026 ;; Autopsy = 03/03/2026 ;; Restriction = none

h: Clinical summary
Seventy-one-year-old man with metastatic lung adenocarcinoma diagnosed in 01/2025. Per the
clinical record he received carboplatin, pemetrexed and pembrolizumab (02/2025 to 09/2025) and then
docetaxel (10/2025 to 01/2026), which was stopped for progression. Molecular profile per outside
report: EGFR, ALK and ROS1 negative; PD-L1 TPS 15%. He was admitted with dyspnea and died on
hospital day 3.

h: Final anatomic diagnoses
. I. Lung adenocarcinoma, left lower lobe (5.8 cm), with metastases to:
INDENT 8
. A. Liver (multiple nodules, up to 4 cm)
. B. Adrenal glands, bilateral
. C. Thoracic and lumbar vertebral bodies
INDENT 0
. II. Bilateral pulmonary thromboemboli, segmental arteries
. III. Left pleural effusion (900 mL)
. IV. Coronary atherosclerosis, moderate
. V. Hepatic steatosis, mild

h: Cause of death
Pulmonary thromboembolism in the setting of metastatic lung adenocarcinoma.
SMALL: Prosector: Anneliese Obuya-Grant, MD. Manner of death: natural.
""",
    },
    # Trap: a fixed-width LIS print-out: the TPS value, unit and flag are in separate columns and
    # the reference range "<1" sits on the same line; KRAS "PENDING".
    {
        "id": "path_lis_cumulative_print",
        "kind": "pathology",
        "trap": "Courier LIS print: 'PD-L1 22C3 TPS  45  %  A  <1' (ref range <1 is not the "
        "result); EGFR DETECTED + variant row L858R; KRAS PENDING",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "PD-L1": tps(45),
                "ALK": neg(),
                "ROS1": neg(),
                "EGFR": pos("L858R"),
                "KRAS": pending(),
            },
        ),
        "layout": {"font": "courier", "size": 9.5, "margins": (14, 14), "page_fmt": None},
        "body": """
PRE
BELLWETHER REGIONAL MEDICAL CENTER - LABORATORY INFORMATION SYSTEM
CUMULATIVE ANATOMIC PATHOLOGY RESULTS            PRINTED 04/28/2026 07:02
PT: HOLLOWAY-NUNES, GRACE     MRN: 00912-4471   DOB: 11/30/1967   F
ACC: S26-13308   SRC: LUNG, LLL, CT CORE BX    COLL: 04/20/2026
-------------------------------------------------------------------------
DX: NON-SMALL CELL CARCINOMA, FAVOR ADENOCARCINOMA (TTF-1 POS, P40 NEG)
-------------------------------------------------------------------------
TEST                      RESULT          UNITS  FLAG  REF RANGE
PD-L1 22C3 TPS            45              %      A     <1
ALK D5F3 IHC              NEGATIVE                     NEGATIVE
ROS1 D4D6 IHC             NEGATIVE                     NEGATIVE
EGFR PCR EXON 18-21       DETECTED               A     NOT DETECTED
EGFR VARIANT              L858R (EX21)
KRAS PCR                  PENDING
-------------------------------------------------------------------------
FLAG: A = ABNORMAL.   VERIFIED BY: M. OYELOWO-PRICE, MD   04/27/2026 16:40
** END OF REPORT **
END
""",
    },
    # Trap: total vs invasive size, STAS, a cM0 inside the pathologic stage line and a printed
    # stage group; biomarkers "not performed" -> no keys.
    {
        "id": "path_segmentectomy_ia2",
        "kind": "pathology",
        "trap": "'pT1b pN0 cM0, STAGE IA2' (mixed prefixes, group printed); total 2.4 vs invasive "
        "1.6 cm; reflex biomarkers not performed",
        "gold": gold(
            histology="adenocarcinoma",
            stage=stage("p", "T1b", "N0", "M0", "IA2"),
        ),
        "layout": {
            "font": "helvetica",
            "size": 10,
            "letterhead": ["Orchard Hill Regional Hospital", "Surgical Pathology"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: SURGICAL PATHOLOGY REPORT
KV: Patient = Petrosyan-Hale, Lidia ;; MRN = OH-44018273 ;; DOB = 12/02/1970
KV: Accession = S26-06652 ;; Procedure = VATS segmentectomy ;; Date = 03/05/2026

h: Final diagnosis
. LEFT UPPER LOBE, APICOPOSTERIOR SEGMENTECTOMY:
. - INVASIVE NON-MUCINOUS ADENOCARCINOMA, LEPIDIC PREDOMINANT (LEPIDIC 50%, ACINAR 40%, MICROPAPILLARY 10%).
. - TOTAL TUMOR SIZE 2.4 CM; INVASIVE SIZE 1.6 CM.
. - SPREAD THROUGH AIR SPACES (STAS): PRESENT.
. - MARGINS NEGATIVE (STAPLE LINE 1.8 CM).
. - NINE LYMPH NODES NEGATIVE (0/9; STATIONS 5, 6, 7, 10L, 11L, 12L).
. - STAGE (AJCC 8TH EDITION): pT1b pN0 cM0, STAGE IA2.

h: Note
Reflex biomarker testing is not performed on stage I resections at this institution; it can be
requested by the treating team.
SMALL: Pathologist: Marisol Tanaka-Brandt, MD.
""",
    },
]
