# ruff: noqa: E501, C408  (case texts are data: long literal lines read better unwrapped)
"""Blind set: 16 surgical pathology / cytology reports (synoptic, narrative, addenda, fax)."""

from __future__ import annotations

from blind_common import eqv, neg, negs, pdl1, pend, pos, stage

CASES: list[dict] = []


def add(**case) -> None:
    CASES.append(case)


# P1 - CAP synoptic lobectomy; IHC lineage markers; PD-L1/ALK/ROS1 IHC; EGFR sent out.
add(
    inst="MERCY GENERAL HOSPITAL - Department of Anatomic Pathology",
    size=9,
    banner=[
        "Patient: HOLLIS, DEBORAH A      MRN: 00-448-120      DOB: 06/02/1957 (68Y)      Sex: F",
        "Accession: SP-26-004412      Collected: 03/03/2026      Received: 03/03/2026      Attending: T. Nguyen",
    ],
    footer="Mercy General Hospital Anatomic Pathology | CAP# 7191582",
    blocks=[
        ("h", "FINAL PATHOLOGIC DIAGNOSIS"),
        (
            "p",
            "A. LUNG, LEFT UPPER LOBE, LOBECTOMY:\n   - INVASIVE ADENOCARCINOMA, ACINAR PREDOMINANT (SEE SYNOPTIC).\n"
            "   - BRONCHIAL, VASCULAR AND PARENCHYMAL MARGINS FREE OF TUMOR.\n"
            "   - ONE OF TWELVE HILAR/PERIBRONCHIAL LYMPH NODES WITH METASTATIC CARCINOMA (1/12).\n"
            "B. LYMPH NODE, STATION 5, EXCISION: ONE LYMPH NODE, NEGATIVE FOR CARCINOMA (0/1).",
        ),
        ("h", "LUNG: Resection - CAP Protocol (version 4.3.0.0)"),
        (
            "tbl",
            None,
            [
                ["Procedure", "Lobectomy"],
                ["Specimen Laterality", "Left"],
                [
                    "Histologic Type",
                    "Invasive non-mucinous adenocarcinoma: acinar 60%, solid 30%, lepidic 10%",
                ],
                ["Total Tumor Size", "3.6 cm"],
                ["Visceral Pleura Invasion", "Not identified"],
                ["Lymphovascular Invasion", "Present"],
                ["Regional Lymph Nodes", "1 of 13 involved (station 10L)"],
                [
                    "Pathologic Stage Classification (pTNM, AJCC 8th Edition)",
                    "pT2a  pN1  pM: not applicable",
                ],
            ],
            (80, 100),
        ),
        ("br",),
        ("h", "ANCILLARY STUDIES"),
        (
            "p",
            "Immunostains (block A4) with appropriate controls: TTF-1 positive, Napsin-A positive, p40 negative, "
            "CK5/6 negative. Supports pulmonary adenocarcinoma.",
        ),
        (
            "p",
            "PD-L1 IHC 22C3 pharmDx (Dako): Tumor Proportion Score (TPS) 15%.\n"
            "ALK (D5F3, Ventana): Negative.\nROS1 (SP384): Negative.",
        ),
        (
            "p",
            "Block A4 has been sent to NeoGenix Laboratories for EGFR mutation analysis; results will follow "
            "in an addendum.",
        ),
        ("small", "Electronically signed out by Thi Nguyen, MD, 03/07/2026 14:22"),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("p", "T2a", "N1"),
        biomarkers={"PD-L1": pdl1(15), "ALK": neg(), "ROS1": neg(), "EGFR": pend()},
    ),
)

# P2 - EBUS node, poorly differentiated NSCLC favor squamous, SP263 phrasing.
add(
    inst="Royal Infirmary Cellular Pathology",
    font="Times",
    size=11,
    format="A4",
    banner=["Surname: MACLEOD   Forename: Ewan   CHI: 1203524417   Hospital No: R0993312"],
    footer="Royal Infirmary Cellular Pathology - UKAS 8122",
    blocks=[
        (
            "kv",
            [
                ("Specimen:", "EBUS-TBNA, station 7 (subcarinal) and 11L"),
                ("Clinician:", "Dr F. Rahman, Respiratory Medicine"),
            ],
            1,
        ),
        ("h", "Microscopic description"),
        (
            "p",
            "The cell block contains cohesive groups of malignant cells with dense cytoplasm and occasional "
            "intercellular bridges. Necrosis is present. Immunohistochemistry: p40 diffusely positive, CK5/6 "
            "positive, TTF-1 negative, napsin A negative.",
        ),
        ("h", "Conclusion"),
        (
            "p",
            "Station 7: metastatic poorly differentiated non-small cell carcinoma, favour squamous cell "
            "carcinoma.  Station 11L: no malignant cells seen.",
        ),
        ("p", "PD-L1 (Ventana SP263): 60% of tumour cells show membranous staining."),
        (
            "p",
            "Comment: In view of the squamous morphology, EGFR/ALK testing is not routinely performed but may "
            "be requested for never-smokers.",
        ),
        (
            "small",
            "SNOMED: T-C4710 (lymph node, mediastinal)  M-80703 (squamous cell carcinoma, metastatic)",
        ),
    ],
    gold=dict(histology="squamous cell carcinoma", biomarkers={"PD-L1": pdl1(60)}),
)

# P3 - Frozen section NSCLC defer -> final squamous; PD-L1 <1%; EGFR cobas negative.
add(
    inst="Westbrook Medical Center Pathology",
    font="Helvetica",
    size=10,
    banner=[
        "PATIENT: Stanislaw Zielinski   MRN: WMC4481902   DOB: 04/04/1948   ACCESSION: WS26-1881"
    ],
    footer="Westbrook Medical Center Pathology  |  Printed 03/12/2026",
    blocks=[
        ("h", "INTRAOPERATIVE CONSULTATION"),
        (
            "p",
            "A1 FS (right lower lobe nodule, wedge): Non-small cell carcinoma; defer classification to "
            "permanent sections. Margin free.  (Called to Dr. Ames in OR 4 at 09:42, read back verified.)",
        ),
        ("h", "DIAGNOSIS"),
        (
            "p",
            "A. Right lower lobe, wedge resection and completion lobectomy:\n"
            "   Squamous cell carcinoma, moderately differentiated, non-keratinizing, 2.4 cm.\n"
            "   Margins negative. Lymph nodes: 0/9.\n   AJCC 8th: pT1c pN0.",
        ),
        ("h", "ADDENDUM (03/12/2026)"),
        (
            "p",
            "PD-L1 by IHC (22C3): TPS <1% (no membranous staining in >100 viable tumor cells).\n"
            "EGFR mutation test (cobas v2, exons 18-21): Mutation not detected.",
        ),
    ],
    gold=dict(
        histology="squamous cell carcinoma",
        stage=stage("p", "T1c", "N0"),
        biomarkers={"PD-L1": pdl1(0), "EGFR": neg()},
    ),
)

# P4 - UK narrative histopathology with molecular section.
add(
    inst="St Aidan's NHS Trust - Histopathology Report",
    font="Times",
    size=10,
    format="A4",
    banner=["Name: PATEL, Hemant   NHS No: 485 777 3456   DOB: 21.09.1955   Lab No: H26.07731"],
    footer="St Aidan's Histopathology. Report authorised electronically.",
    page_fmt="{p}/{nb}",
    blocks=[
        ("h", "Macroscopy"),
        (
            "p",
            "Right upper lobe wedge, 95 x 40 x 22 mm, with a 14 mm pale subpleural nodule 25 mm from the staple line.",
        ),
        ("h", "Microscopy"),
        (
            "p",
            "Invasive adenocarcinoma, predominantly lepidic with a 9 mm invasive acinar component. No pleural "
            "invasion. No lymphovascular invasion. TTF-1 positive.",
        ),
        ("h", "Conclusion"),
        (
            "p",
            "Right upper lobe wedge: invasive adenocarcinoma, lepidic predominant, 14 mm (invasive size 9 mm), "
            "clear margins (25 mm). TNM 8: pT1b pN0 (0/4 nodes). R0.",
        ),
        ("h", "Molecular pathology (reported 02.03.2026)"),
        (
            "p",
            "EGFR mutation analysis (real-time PCR): exon 21 L858R mutation DETECTED.\n"
            "ALK (D5F3): no expression.\nPD-L1 (SP263): <1% tumour cells.",
        ),
        ("small", "Dr A. Whitcombe, Consultant Histopathologist"),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("p", "T1b", "N0"),
        biomarkers={"EGFR": pos("L858R"), "ALK": neg(), "PD-L1": pdl1(0)},
    ),
)

# P5 - Post-neoadjuvant pneumonectomy: ypTNM, treatment history in clinical info.
add(
    inst="MERCY GENERAL HOSPITAL - Department of Anatomic Pathology",
    size=9,
    banner=[
        "Patient: ROURKE, DANIEL P      MRN: 00-502-771      DOB: 10/30/1961      Sex: M",
        "Accession: SP-26-005530      Collected: 03/19/2026      Attending: L. Brandt",
    ],
    footer="Mercy General Hospital Anatomic Pathology",
    blocks=[
        ("h", "CLINICAL HISTORY"),
        (
            "p",
            "64M with LUL squamous cell carcinoma, s/p neoadjuvant nivolumab plus carboplatin/paclitaxel x3 "
            "cycles (completed 02/2026). Now left pneumonectomy.",
        ),
        ("h", "FINAL PATHOLOGIC DIAGNOSIS"),
        (
            "p",
            "LUNG, LEFT, PNEUMONECTOMY:\n - RESIDUAL SQUAMOUS CELL CARCINOMA WITH EXTENSIVE TREATMENT EFFECT.\n"
            " - RESIDUAL VIABLE TUMOR: 8% OF TUMOR BED (MAJOR PATHOLOGIC RESPONSE).\n"
            " - ALL MARGINS NEGATIVE.\n - TWELVE LYMPH NODES NEGATIVE FOR CARCINOMA (0/12); two with regression.",
        ),
        ("h", "SYNOPTIC"),
        (
            "tbl",
            None,
            [
                ["Treatment effect", "Present, 92% non-viable"],
                ["Pathologic stage (AJCC 8)", "ypT1a ypN0"],
            ],
            (80, 100),
        ),
    ],
    gold=dict(
        histology="squamous cell carcinoma",
        stage=stage("yp", "T1a", "N0"),
        treatments=["carboplatin", "nivolumab", "paclitaxel"],
    ),
)

# P6 - Core biopsy NSCLC NOS (null phenotype) with ALK D5F3 positive; general comment trap.
add(
    inst="Westbrook Medical Center Pathology",
    font="Helvetica",
    size=10,
    banner=["PATIENT: Mei-Ling Ho   MRN: WMC5520113   DOB: 12/01/1981   ACCESSION: WS26-2207"],
    footer="Westbrook Medical Center Pathology",
    blocks=[
        ("h", "DIAGNOSIS"),
        (
            "p",
            "Lung, right lower lobe mass, CT-guided core needle biopsy:\n"
            "   Non-small cell carcinoma, NOS (see comment).",
        ),
        ("h", "COMMENT"),
        (
            "p",
            "The tumor cells are negative for TTF-1, napsin A, p40 and CK5/6; no mucin on mucicarmine. "
            "Further classification is not possible on this limited sample.",
        ),
        ("h", "PREDICTIVE MARKERS"),
        (
            "tbl",
            ["Marker", "Clone", "Result"],
            [
                ["ALK", "D5F3 (Ventana)", "POSITIVE - strong granular cytoplasmic staining"],
                ["ROS1", "SP384", "Negative"],
                ["PD-L1", "22C3 pharmDx", "TPS 50%"],
            ],
            (30, 40, 110),
        ),
        (
            "p",
            "ALK-positive lung carcinomas are generally candidates for ALK inhibitor therapy (e.g., alectinib). "
            "Confirmation of the fusion partner by NGS may be considered.",
        ),
    ],
    gold=dict(
        histology="non-small cell carcinoma",
        biomarkers={"ALK": pos(), "ROS1": neg(), "PD-L1": pdl1(50)},
    ),
)

# P7 - Two dated addenda: PD-L1 1% boundary; NGS KRAS G12V with negatives.
add(
    inst="Harborview Pathology Associates",
    font="Times",
    size=10,
    banner=["Pt: Benjamin Ortiz | MRN 20-1177-3 | DOB 03/15/1954 | Case: HPA-S26-0771 | Page {p}"],
    footer="Harborview Pathology Associates",
    blocks=[
        ("h", "FINAL DIAGNOSIS"),
        (
            "p",
            "Lung, right lower lobe, lobectomy: Adenocarcinoma, solid predominant, poorly differentiated, "
            "5.6 cm. Visceral pleura invasion present (PL1). Metastatic carcinoma in 2 of 4 subcarinal lymph "
            "nodes (station 7). Margins negative. Pathologic stage: pT3 pN2.",
        ),
        ("h", "ADDENDUM #1 (02/20/2026) - PD-L1"),
        (
            "p",
            "PD-L1 (22C3): Tumor Proportion Score 1%. Interpretation: low expression (TPS 1-49%).",
        ),
        ("h", "ADDENDUM #2 (03/02/2026) - Molecular"),
        (
            "p",
            "Targeted NGS (50-gene panel): KRAS p.G12V (c.35G>T), VAF 33%. No pathogenic alterations "
            "detected in EGFR, BRAF or MET. No ALK or ROS1 fusion detected.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("p", "T3", "N2"),
        biomarkers={
            "PD-L1": pdl1(1),
            "KRAS": pos("G12V"),
            **negs("EGFR", "BRAF", "MET", "ALK", "ROS1"),
        },
    ),
)

# P8 - Pleural fluid cytology, all predictive tests pending.
add(
    inst="Cytopathology Laboratory - Eastside Regional",
    font="Helvetica",
    size=10,
    banner=["Patient: Florence Adeyemi   DOB 07/07/1946   MRN 88120345   Cyto #: C26-01290"],
    footer="Eastside Regional Cytopathology",
    blocks=[
        (
            "kv",
            [
                ("Specimen:", "Pleural fluid, right, 1200 mL (thoracentesis)"),
                ("Preparations:", "ThinPrep x2, cell block x1"),
            ],
            1,
        ),
        ("h", "INTERPRETATION"),
        (
            "p",
            "POSITIVE FOR MALIGNANT CELLS.\nMetastatic adenocarcinoma, consistent with lung primary (tumor "
            "cells positive for TTF-1 and napsin A; negative for GATA3, PAX8 and calretinin).",
        ),
        ("h", "NOTE"),
        (
            "p",
            "Cell block has been sent for PD-L1 (22C3) immunohistochemistry and for EGFR, ALK and ROS1 "
            "testing. Results are pending and will be reported separately.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={
            "PD-L1": {"status": "pending", "tps": None},
            "EGFR": pend(),
            "ALK": pend(),
            "ROS1": pend(),
        },
    ),
)

# P9 - Small cell carcinoma, no predictive markers.
add(
    inst="Harborview Pathology Associates",
    font="Times",
    size=10,
    banner=["Pt: Walter Brennan | MRN 20-3398-1 | DOB 09/09/1952 | Case: HPA-S26-0912"],
    footer="Harborview Pathology Associates",
    blocks=[
        ("h", "FINAL DIAGNOSIS"),
        ("p", "Bronchus, left main stem, endobronchial biopsy: Small cell carcinoma."),
        ("h", "MICROSCOPIC"),
        (
            "p",
            "Sheets of small round blue cells with nuclear molding, crush artifact and abundant apoptosis. "
            "Synaptophysin, chromogranin and INSM1 positive; TTF-1 positive; Ki-67 approximately 90%. "
            "Keratin shows dot-like positivity.",
        ),
        ("h", "COMMENT"),
        (
            "p",
            "PD-L1 and molecular testing are not routinely indicated for small cell carcinoma and were not "
            "performed.",
        ),
    ],
    gold=dict(histology="small cell carcinoma"),
)

# P10 - Large cell carcinoma, null phenotype; synoptic with CAP key/value lines.
add(
    inst="Kingsley University Hospital - Surgical Pathology",
    font="Helvetica",
    size=9,
    banner=[
        "Name: Rasmussen, Torben   MRN: K-0091182   DOB: 01/05/1958   Acc#: KS26-3302   Page {p}"
    ],
    footer="Kingsley University Hospital",
    blocks=[
        ("h", "SYNOPTIC REPORT - LUNG RESECTION"),
        (
            "p",
            "+ Procedure: Lobectomy, right upper lobe\n+ Histologic Type: Large cell carcinoma\n"
            "+ Histologic Grade: Not applicable\n+ Tumor Size: 4.8 cm\n+ Margins: Uninvolved by invasive carcinoma\n"
            "+ Regional Lymph Nodes: Number examined 11; Number involved 0\n+ pT Category: pT2b\n"
            "+ pN Category: pN0\n+ pM Category: not applicable - pM cannot be determined from the submitted specimen",
        ),
        ("h", "IMMUNOHISTOCHEMISTRY"),
        (
            "p",
            "TTF-1, napsin A, p40, CK5/6: negative (null immunophenotype). Synaptophysin, chromogranin: "
            "negative.  ALK (D5F3): negative.  PD-L1 (22C3): TPS 80%.",
        ),
    ],
    gold=dict(
        histology="large cell carcinoma",
        stage=stage("p", "T2b", "N0"),
        biomarkers={"ALK": neg(), "PD-L1": pdl1(80)},
    ),
)

# P11 - Adenosquamous, pT4 separate nodule, ALK FISH equivocal.
add(
    inst="Kingsley University Hospital - Surgical Pathology",
    font="Helvetica",
    size=9,
    banner=["Name: Ferreira, Ana Paula   MRN: K-0103377   DOB: 02/14/1966   Acc#: KS26-3517"],
    footer="Kingsley University Hospital",
    blocks=[
        ("h", "FINAL DIAGNOSIS"),
        (
            "p",
            "Lung, right, bilobectomy (upper and middle lobes): Adenosquamous carcinoma (adenocarcinoma "
            "component 60%, squamous component 40%), 3.9 cm, with a separate tumor nodule in the middle lobe. "
            "Margins negative. Lymph nodes negative (0/14).",
        ),
        ("h", "SYNOPTIC"),
        (
            "p",
            "+ Histologic Type: Adenosquamous carcinoma\n+ pT Category: pT4 (separate tumor nodule, different "
            "ipsilateral lobe)\n+ pN Category: pN0",
        ),
        ("h", "MOLECULAR (block A6)"),
        (
            "p",
            "ALK break-apart FISH (Vysis LSI ALK): EQUIVOCAL - 14% of 100 nuclei with split signals "
            "(borderline; cut-off 15%).\nROS1 break-apart FISH: Negative (2% split signals).",
        ),
    ],
    gold=dict(
        histology="adenosquamous carcinoma",
        stage=stage("p", "T4", "N0"),
        biomarkers={"ALK": eqv(), "ROS1": neg()},
    ),
)

# P12 - Faxed/scanned Courier: all caps, wrapped lines, spacing damage.
add(
    inst="FAX: VALLEY PATHOLOGY GROUP",
    font="Courier",
    size=9,
    banner=["RCVD 03/28/2026 16:02  FROM 555 0143  P. 1"],
    footer="VALLEY PATHOLOGY GROUP  -  FAX COPY - ORIGINAL ON FILE",
    page_fmt="PG {p} OF {nb}",
    blocks=[
        (
            "p",
            "PATIENT NAME: DUBOIS, MARCEL      DOB: 11/11/1950\nACCESSION: VP-26-01144   SURGEON: DR. KHAN",
        ),
        ("h", "DIAGNOSIS:"),
        (
            "p",
            "LUNG,  LEFT UPPER LOBE,  LOBECTOMY:\n-  ADENO-\nCARCINOMA,  MODERATELY  DIFFERENTIATED,  PAPILLARY  "
            "AND  ACINAR  PATTERNS,  4.4 CM.\n-  VISCERAL  PLEURA:  NOT  INVOLVED.\n-  MARGINS  FREE.\n"
            "-  LYMPH  NODES:  0/7.\n-  STAGE:  PT2B  PN0  (AJCC 8TH).",
        ),
        ("h", "ADDENDUM:"),
        ("p", "PD-L1  (22C3)  TPS:  30 %\nEGFR:  NOT  DETECTED.   ALK  (D5F3):  NEGATIVE."),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("p", "T2b", "N0"),
        biomarkers={"PD-L1": pdl1(30), "EGFR": neg(), "ALK": neg()},
    ),
)

# P13 - Biopsy "consistent with", PD-L1 high with number, ROS1 not performed (no key).
add(
    inst="Sunrise Hospital Laboratory Medicine",
    font="Times",
    size=11,
    banner=["PATIENT: KIM, JAE-WON    MR#: 3071124    DOB: 05/25/1963    SPECIMEN #: SH26-S-4410"],
    footer="Sunrise Hospital Laboratory Medicine",
    blocks=[
        ("h", "DIAGNOSIS"),
        (
            "p",
            "Lung, left lower lobe, transbronchial biopsy: Adenocarcinoma, consistent with pulmonary origin "
            "(TTF-1 and napsin A positive, CDX2 negative).",
        ),
        ("h", "BIOMARKERS"),
        (
            "p",
            "PD-L1 expression (22C3 pharmDx): Tumor Proportion Score (TPS): 95% - High expression.",
        ),
        ("p", "ALK (D5F3) IHC: Negative for ALK protein expression."),
        ("p", "ROS1 IHC: not performed (insufficient tissue remaining in block)."),
        (
            "p",
            "Recommend comprehensive NGS (tissue or plasma) to evaluate EGFR, KRAS, BRAF, MET, RET, NTRK and "
            "ERBB2.",
        ),
    ],
    gold=dict(histology="adenocarcinoma", biomarkers={"PD-L1": pdl1(95), "ALK": neg()}),
)

# P14 - Mediastinoscopy nodes; addendum EGFR exon 19 del by Idylla, PD-L1 0%.
add(
    inst="Sunrise Hospital Laboratory Medicine",
    font="Times",
    size=11,
    banner=["PATIENT: OKONJO, GRACE    MR#: 3088251    DOB: 08/18/1971    SPECIMEN #: SH26-S-4622"],
    footer="Sunrise Hospital Laboratory Medicine",
    blocks=[
        ("h", "DIAGNOSIS"),
        (
            "p",
            "A. Lymph node, station 4R, mediastinoscopy: Metastatic carcinoma (2/3 lymph nodes), consistent with "
            "lung adenocarcinoma.\nB. Lymph node, station 7: Negative for malignancy (0/2).",
        ),
        ("h", "ADDENDUM - PREDICTIVE TESTING (block A2)"),
        (
            "p",
            "EGFR (Idylla rapid PCR): Exon 19 deletion detected.\nALK (D5F3): Negative.\n"
            "PD-L1 (22C3): TPS 0%.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={"EGFR": pos("exon 19 deletion"), "ALK": neg(), "PD-L1": pdl1(0)},
    ),
)

# P15 - Mucinous adenocarcinoma with stated stage group; KRAS in three-letter form; EGFR wild-type.
add(
    inst="Harborview Pathology Associates",
    font="Times",
    size=10,
    banner=["Pt: Yolanda Price | MRN 20-4410-7 | DOB 12/30/1959 | Case: HPA-S26-1055"],
    footer="Harborview Pathology Associates",
    blocks=[
        ("h", "FINAL DIAGNOSIS"),
        (
            "p",
            "Lung, left lower lobe, segmentectomy: Invasive mucinous adenocarcinoma, 2.8 cm. Margins negative. "
            "Metastatic adenocarcinoma in 1 of 5 interlobar lymph nodes (station 11L).",
        ),
        ("p", "Pathologic staging (AJCC 8th ed.): pT1c pN1; stage group IIB."),
        ("h", "REFLEX MOLECULAR TESTING"),
        ("p", "KRAS: c.35G>A p.(Gly12Asp) detected.  EGFR: wild-type.\nPD-L1 (22C3): TPS 3%."),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("p", "T1c", "N1", None, "IIB"),
        biomarkers={"KRAS": pos("G12D"), "EGFR": neg(), "PD-L1": pdl1(3)},
    ),
)

# P16 - Favor adenocarcinoma; guideline comment naming every gene; only PD-L1 resulted.
add(
    inst="Cytopathology Laboratory - Eastside Regional",
    font="Helvetica",
    size=10,
    banner=["Patient: Viktor Hansen   DOB 04/12/1960   MRN 88133902   Surg #: S26-07719"],
    footer="Eastside Regional Pathology",
    blocks=[
        ("h", "DIAGNOSIS"),
        (
            "p",
            "Liver, segment 6 lesion, core biopsy: Metastatic non-small cell carcinoma, favor adenocarcinoma "
            "(TTF-1 positive, p40 negative), consistent with lung primary.",
        ),
        ("h", "PD-L1"),
        ("p", "PD-L1 (SP263) tumor cell staining: 20%."),
        ("h", "COMMENT"),
        (
            "p",
            "Per CAP/IASLC/AMP and NCCN guidance, broad molecular profiling including EGFR, ALK, ROS1, BRAF, "
            "KRAS, MET, RET, NTRK1/2/3 and ERBB2 (HER2) is recommended for advanced non-squamous NSCLC. Tissue "
            "is available in block A1 upon request.",
        ),
    ],
    gold=dict(histology="adenocarcinoma", biomarkers={"PD-L1": pdl1(20)}),
)
