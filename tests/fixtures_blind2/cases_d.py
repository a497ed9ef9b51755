"""Pathology / cytology cases, part 2 (7 cases). Fictional patients and institutions."""

from __future__ import annotations

from blind2_common import eqv, gold, neg, negs, pdl1, pos, stage

CASES: list[dict] = []

# Trap: OCR-like fax of a resection report: "adenocarcinorna", "predorninant", "Negatlve",
# "muta- tion", stray marks; stage pT2a pN1 stays readable.
CASES.append(
    {
        "id": "path-ocr-fax-resection",
        "kind": "pathology",
        "trap": "OCR fax (adenocarcinorna, predorninant, Negatlve, muta- tion, stray marks);"
        " pT2a pN1; EGFR/ALK negative",
        "fmt": "letter",
        "font": "Courier",
        "size": 10,
        "ocr": True,
        "page_fmt": None,
        "body": """
! NORTHGATE VALLEY HOSPITAL - PATHOLOGY   (FAX COPY)
> Pt: DWYER, Maureen K   MRN 3302-118   DOB 1956-08-30   Acc NV-S26-2291
> FINAL DIAGNOSIS :
> Lung, left upper lobe, lobectomy :
> - Invasive adenocarcinorna, acinar predorninant, 3.2 cm .
> - Visceral pleural invasion present (PL1) .
> - Metastatic carcinoma in 1 of 6 hilar lymph nodes (station 10L) .
> - Bronchial and vascular rnargins negative .
> Pathologic stage (AJCC 8th) : pT2a pN1
> ' ~
> BIOMARKERS (block A5) :
> EGFR muta- tion analysis (exons 18-21) : Negatlve - no muta- tion detected .
> ALK (D5F3) IHC : Negatlve
> PD-L1 22C3 TPS : 20 %
> | ' .
> Electronically signed : D. Asante MD   03/10/2026   p. 1/1
""",
        "gold": gold(
            "adenocarcinoma",
            stage("p", "T2a", "N1", None, None),
            {**negs("EGFR", "ALK"), "PD-L1": pdl1(20)},
        ),
    }
)

# Trap: post-neoadjuvant resection (ypT1b ypN0) with the neoadjuvant drugs in the history
# (received) and the pre-treatment PD-L1 result restated.
CASES.append(
    {
        "id": "path-yp-neoadjuvant",
        "kind": "pathology",
        "trap": "ypT1b ypN0 after neoadjuvant nivolumab+carboplatin+paclitaxel (received);"
        " pre-treatment PD-L1 restated",
        "fmt": "letter",
        "font": "Times",
        "size": 11,
        "letterhead": ["Aurora Sound Regional Hospital", "Anatomical Pathology - Final Report"],
        "banner": ["Patient: ST-PIERRE, Gilles  |  MRN 7011-2290  |  Accession AS-S26-1174"],
        "footer": "Aurora Sound Regional Hospital - Laboratory Medicine",
        "page_fmt": "Page {p} of {nb}",
        "body": """
# Clinical history
Squamous cell carcinoma of the right upper lobe on bronchoscopic biopsy (AS-S25-9921; PD-L1
22C3 TPS 60%). Received three cycles of neoadjuvant nivolumab with carboplatin and paclitaxel,
completed 2026-01-30. Right upper lobectomy 2026-02-27.

# Final diagnosis
Lung, right upper lobe, lobectomy following neoadjuvant chemo-immunotherapy:
- Residual squamous cell carcinoma, 1.4 cm, with extensive treatment effect.
- Residual viable tumour: 5% of the tumour bed (major pathological response).
- Margins negative. Lymph nodes: 0/9 (stations 2R, 4R, 7, 10R, 11R), with regression changes
  in station 4R.
- Pathologic stage (AJCC 8th edition): ypT1b ypN0.

# Comment
Tumour bed measures 3.1 cm and consists of fibrosis, foamy macrophages and cholesterol clefts,
with small foci of viable keratinising squamous cell carcinoma.

> Dr. Benoît Castonguay, MD, FRCPC - signed 2026-03-11
""",
        "gold": gold(
            "squamous cell carcinoma",
            stage("yp", "T1b", "N0", None, None),
            {"PD-L1": pdl1(60)},
            ["carboplatin", "nivolumab", "paclitaxel"],
        ),
    }
)

# Trap: liver FNA: metastatic adenocarcinoma of lung origin; BRAF V600E by mutation-specific
# immunohistochemistry (VE1) -> BRAF positive V600E; CK7/TTF-1/napsin stains are not markers.
CASES.append(
    {
        "id": "path-liver-fna-braf-ve1",
        "kind": "pathology",
        "trap": "metastasis to liver; BRAF V600E by VE1 IHC -> positive V600E; lineage stains are"
        " not biomarkers; TPS 95%",
        "fmt": "letter",
        "letterhead": ["Sycamore Bend Medical Center", "Cytopathology and Surgical Pathology"],
        "banner": ["Pt: Ferraro, Donatella  |  MRN 55-1027-84  |  Acc: SB-C26-00917"],
        "footer": "Sycamore Bend Medical Center - Department of Pathology",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= DOB | 10/03/1962 | Collected | 03/12/2026
= Clinician | Dr. Nadia Bhattacharya (Oncology) | Procedure | US-guided FNA + core, liver segment 6

# Final diagnosis
Liver, segment 6 lesion, FNA and core biopsy:
METASTATIC ADENOCARCINOMA, consistent with primary lung origin.

# Immunohistochemistry (core)
CK7 positive, TTF-1 positive, napsin A positive; CK20, CDX2 and HepPar-1 negative.

# Predictive markers (core, block A1)
@w 40 60
@tb HORIZONTAL_LINES
| Test | Result |
| ALK (D5F3) | Negative |
| BRAF V600E mutation-specific IHC (VE1) | Positive - diffuse cytoplasmic staining |
| PD-L1 (22C3 pharmDx) | Tumor proportion score 95% |

# Comment
Remaining core tissue is limited; if broader sequencing is desired, a plasma-based assay may be
considered.

> Gabriel Oyelaran-Price, MD, Cytopathology - 03/16/2026
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {"ALK": neg(), "BRAF": pos("V600E"), "PD-L1": pdl1(95)},
        ),
    }
)

# Trap: a colorectal adenocarcinoma metastatic to the lung; histology is still adenocarcinoma
# per the vocabulary; KRAS G12D and BRAF not detected are this patient's results.
CASES.append(
    {
        "id": "path-colorectal-met-lung",
        "kind": "pathology",
        "trap": "non-lung primary (colorectal) metastatic to lung -> adenocarcinoma; KRAS G12D;"
        " NRAS is not a schema gene",
        "fmt": "letter",
        "size": 10,
        "letterhead": ["Stonebridge Valley Hospital", "Surgical Pathology Report"],
        "banner": ["Name: OYELARAN, Patrick  |  MRN 1198-2275  |  Acc SV26-S-1820"],
        "footer": "Stonebridge Valley Hospital Laboratories",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= DOB | 1960-01-17 | Procedure date | 2026-02-18
= Surgeon | Dr. Lucia Ferreira-Holt | Specimen | Right lower lobe, VATS wedge resection

# Clinical history
Sigmoid colon adenocarcinoma resected in 2023, treated with adjuvant chemotherapy. New 1.8 cm
right lower lobe nodule: metastasis versus new lung primary.

# Final diagnosis
Lung, right lower lobe, wedge resection:
- METASTATIC ADENOCARCINOMA, consistent with colorectal primary, 1.8 cm.
- Parenchymal margin negative (0.6 cm).

# Comment
Tall columnar cells with garland pattern and dirty necrosis. Immunohistochemistry: CK20, CDX2
and SATB2 positive; CK7 and TTF-1 negative. The morphology and immunoprofile match the prior
colonic tumour and do not support a new primary lung carcinoma.

# Molecular studies (block A2)
KRAS exon 2: p.G12D detected. NRAS: wild type. BRAF V600E: not detected.
Mismatch repair proteins (MLH1, PMS2, MSH2, MSH6): retained.

> Dr. Yusuf Abernethy-Kato, MD - signed 2026-02-25
""",
        "gold": gold("adenocarcinoma", None, {"KRAS": pos("G12D"), "BRAF": neg()}),
    }
)

# Trap: NSCLC-NOS; negation phrasings "KRAS wild type", "EGFR mutation was not identified",
# "no evidence of ALK rearrangement"; PD-L1 (SP263) TPS 30%.
CASES.append(
    {
        "id": "path-nsclc-nos-negations",
        "kind": "pathology",
        "trap": "NSCLC-NOS; 'KRAS wild type', 'EGFR mutation was not identified', 'no evidence of"
        " ALK rearrangement'; SP263 TPS 30%",
        "fmt": "A4",
        "size": 10,
        "letterhead": ["Kilbrannagh General Hospital", "Histopathology Report"],
        "banner": ["KEOGH, Dermot Francis  |  MRN KG-208815  |  DOB 25/12/1951  |  H26-03390"],
        "footer": "Kilbrannagh General Hospital - Laboratory Medicine Directorate",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Requesting consultant: | Dr Sinéad Comerford (Respiratory)
= Specimen: | Left hilar mass, bronchoscopic biopsies x5 | Date received: | 26/02/2026

# Microscopy
Fragments of bronchial mucosa infiltrated by a poorly differentiated carcinoma growing in
solid sheets. No glandular or squamous differentiation is seen. Immunohistochemistry: CK7
positive; TTF-1, napsin A, p40 and CK5/6 negative. DPAS shows no intracellular mucin.

# Conclusion
Left hilar mass, biopsies: non-small cell carcinoma, not otherwise specified (NSCLC-NOS).

# Predictive markers
KRAS wild type (NGS hotspot panel).
EGFR mutation was not identified.
There is no evidence of ALK rearrangement (FISH, break-apart probe; 3 of 50 nuclei split,
below the 15% threshold).
PD-L1 (SP263): TPS 30%.

> Dr Eimear Brosnahan, FRCPath, Consultant Histopathologist - 09/03/2026
""",
        "gold": gold(
            "non-small cell carcinoma",
            None,
            {**negs("KRAS", "EGFR", "ALK"), "PD-L1": pdl1(30)},
        ),
    }
)

# Trap: standalone addendum; MET FISH "EQUIVOCAL" -> equivocal; RET FISH negative; histology
# only restated as the original diagnosis.
CASES.append(
    {
        "id": "path-addendum-met-equivocal",
        "kind": "pathology",
        "trap": "standalone addendum: MET FISH equivocal; RET FISH negative; histology only as"
        " 'original diagnosis'",
        "fmt": "letter",
        "font": "Times",
        "size": 11,
        "letterhead": ["Hollins Ferry Pathology Group", "Supplementary Report"],
        "banner": ["Patient: Wexford-Lyle, Annabel  |  MRN 30-88172  |  Case HF26-0552"],
        "footer": "Hollins Ferry Pathology Group",
        "page_fmt": "Page {p} of {nb}",
        "body": """
# Supplementary report (addendum 2) to HF26-0552
Original diagnosis (2026-02-20): Lung, right lower lobe, core biopsy - adenocarcinoma, acinar
pattern.

# MET FISH (MET/CEP7 dual-colour probe), block A1
60 nuclei scored. Mean MET copy number 5.2 per nucleus; MET/CEP7 ratio 1.9.
Interpretation: EQUIVOCAL for MET amplification. The values fall between the laboratory's
negative and positive cut-offs; repeat testing on a larger specimen could be considered.

# RET break-apart FISH, block A1
NEGATIVE - no RET rearrangement in 100 nuclei scored.

> Dr. Cornelius Whitfield, MD - addendum signed 2026-03-17
""",
        "gold": gold("adenocarcinoma", None, {"MET": eqv(), "RET": neg()}),
    }
)

# Trap: decalcified bone: SDC4::ROS1 fusion (-> SDC4-ROS1); EGFR "indeterminate" ->
# equivocal; ALK negative on the same RNA panel.
CASES.append(
    {
        "id": "path-bone-sdc4-ros1",
        "kind": "pathology",
        "trap": "bone biopsy: SDC4::ROS1 (-> SDC4-ROS1); EGFR 'indeterminate' after"
        " decalcification -> equivocal",
        "fmt": "letter",
        "size": 10,
        "letterhead": [
            "Ashgrove Lakes Hospital",
            "Department of Pathology and Laboratory Medicine",
        ],
        "banner": ["Patient: Lindgren-Aziz, Samira  |  MRN 4402-7781  |  Acc AL-S26-2674"],
        "footer": "Ashgrove Lakes Hospital - confidential",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= DOB | 1988-06-02 | Collected | 2026-02-27
= Specimen | Iliac crest core, decalcified | Reported | 2026-03-13

# Final diagnosis
Bone, left iliac crest, core biopsy:
METASTATIC ADENOCARCINOMA, consistent with lung primary (TTF-1 and napsin A positive).

# Predictive testing (block A1)
ROS1 (D4D6) immunohistochemistry: diffuse strong positive.
RNA fusion panel: SDC4::ROS1 fusion detected (SDC4 exon 2 - ROS1 exon 32).
ALK: no fusion detected (same RNA panel).
EGFR (DNA sequencing): indeterminate - DNA quality insufficient after acid decalcification.

# Comment
ROS1 rearrangement is confirmed at the RNA level.

> Dr. Ingrid Solberg-Amani, MD - Pathologist
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {"ROS1": pos("SDC4-ROS1"), "ALK": neg(), "EGFR": eqv()},
        ),
    }
)
