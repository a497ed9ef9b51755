# ruff: noqa: E501, C408  (case texts are data: long literal lines read better unwrapped)
"""Blind set: 18 molecular / NGS reports (tissue CGP, liquid biopsy, hotspot, fusion panels)."""

from __future__ import annotations

from blind_common import eqv, neg, negs, pdl1, pend, pos

CASES: list[dict] = []


def add(**case) -> None:
    CASES.append(case)


# N1 - CGP tissue, F1-like: findings only, therapy + trial lists, VUS with ALK/ERBB2.
add(
    inst="ATLAS GENOMICS - Comprehensive Genomic Profile (Tissue)",
    banner=[
        "PATIENT  Margaret Ellison   DOB 02 MAR 1958   ORDERING MD  R. Okafor, MD",
        "REPORT ID  AGX-0049218-01   SPECIMEN  FFPE block B2, right lower lobe   RECEIVED 11 MAR 2026",
    ],
    footer="Atlas Genomics, 2200 Innovation Way | CLIA 99D0000001",
    blocks=[
        (
            "kv",
            [
                ("DISEASE", "Lung adenocarcinoma"),
                ("TUMOR PURITY", "40%"),
                ("SPECIMEN TYPE", "Core biopsy"),
                ("SAMPLE QC", "Pass"),
            ],
            2,
        ),
        ("h", "PATIENT RESULTS"),
        (
            "p",
            "2 genomic findings   |   2 therapies associated with potential clinical benefit   |   11 clinical trials",
        ),
        ("h", "BIOMARKER FINDINGS"),
        (
            "tbl",
            ["Biomarker", "Result"],
            [["Tumor Mutational Burden", "4 Muts/Mb"], ["Microsatellite status", "MS-Stable"]],
            (60, 110),
        ),
        ("h", "GENOMIC FINDINGS"),
        (
            "tbl",
            ["Gene", "Alteration", "VAF"],
            [["EGFR", "L858R", "27.4%"], ["TP53", "R273H", "31.0%"], ["CDKN2A/B", "loss", "-"]],
            (40, 80, 50),
        ),
        ("small", "For a complete list of the genes assayed, please refer to the Appendix."),
        ("h", "THERAPY AND CLINICAL TRIAL IMPLICATIONS"),
        (
            "tbl",
            [
                "Genomic finding",
                "Therapies with clinical benefit (in patient's tumor type)",
                "Trials",
            ],
            [
                [
                    "EGFR L858R",
                    "Afatinib, Dacomitinib, Erlotinib, Gefitinib, Osimertinib, Amivantamab + Lazertinib",
                    "8",
                ],
                ["CDKN2A/B loss", "none", "3"],
            ],
            (35, 115, 20),
        ),
        ("br",),
        ("h", "VARIANTS OF UNKNOWN SIGNIFICANCE"),
        (
            "p",
            "Note: One or more variants of unknown significance (VUS) were detected in this patient's tumor. "
            "These variants may not have been adequately characterized in the scientific literature at the time "
            "this report was issued. ALK V1135A; ERBB2 R678Q; NOTCH2 E1681K; SPTA1 A1291T.",
        ),
        ("h", "CLINICAL TRIALS"),
        (
            "p",
            "NCT04487080 - A study of amivantamab and lazertinib versus osimertinib in EGFR-mutated NSCLC. "
            "Locations: Boston MA, New Haven CT. Trial eligibility is determined by the trial sponsor.",
        ),
        ("small", "Electronically signed by Julia Hart, MD PhD, Laboratory Director. 18 MAR 2026."),
    ],
    gold=dict(histology="adenocarcinoma", biomarkers={"EGFR": pos("L858R")}),
)

# N2 - Tempus-like xT with tumor/normal, PD-L1 in the same report, relevant-negatives list.
add(
    inst="Meridian Oncology Lab | xM Solid Tumor DNA+RNA",
    font="Helvetica",
    size=9,
    banner=[
        "Patient: LARSEN, PETER  |  MRN 00731944  |  DOB 1956-07-19  |  Sex: M",
        "Diagnosis: Adenocarcinoma of the lung   Tumor specimen: RUL core bx (S26-0412 A1)   Normal: blood",
    ],
    footer="Meridian Oncology Lab - results are intended for the ordering physician",
    blocks=[
        ("h", "Somatic - Potentially Actionable"),
        (
            "tbl",
            ["Gene", "Variant", "Type", "VAF"],
            [["KRAS", "p.G12C  c.34G>T", "Missense variant (LOF/GOF: GOF)", "32.1%"]],
            (25, 50, 70, 25),
        ),
        ("h", "Somatic - Biologically Relevant"),
        (
            "tbl",
            ["Gene", "Variant", "VAF"],
            [["STK11", "p.Q37*  Stop gain", "28.5%"], ["KEAP1", "p.G333C  Missense", "30.2%"]],
            (25, 95, 50),
        ),
        ("h", "Germline"),
        (
            "p",
            "No pathogenic or likely pathogenic germline variants were identified in the genes reported.",
        ),
        ("h", "Immunotherapy markers"),
        (
            "kv",
            [
                ("Tumor mutational burden:", "11.2 m/MB (76th percentile)"),
                ("MSI status:", "Stable"),
                ("PD-L1 (22C3), tumor proportion score:", "70%"),
            ],
            1,
        ),
        ("h", "Variants of Uncertain Significance"),
        (
            "p",
            "MET p.N375S (c.1124A>G) 49.6% - interpreted as a likely germline polymorphism. "
            "ATM p.P604S 12%.",
        ),
        ("h", "Relevant genes with no reportable alterations"),
        ("p", "EGFR, ALK, ROS1, RET, BRAF, ERBB2, NTRK1, NTRK2, NTRK3"),
        ("h", "FDA-Approved Therapies, this cancer"),
        (
            "p",
            "KRAS p.G12C: Sotorasib, Adagrasib. Potential resistance: STK11 and KEAP1 loss have been associated "
            "with reduced benefit from immune checkpoint inhibitors such as pembrolizumab.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={
            "KRAS": pos("G12C"),
            "PD-L1": pdl1(70),
            **negs("EGFR", "ALK", "ROS1", "RET", "BRAF", "ERBB2", "NTRK"),
        },
    ),
)

# N3 - Caris-like multi-platform table: Biomarker | Method | Analyte | Result.
add(
    inst="CARIDEN LIFE SCIENCES  -  Molecular Intelligence Profile",
    font="Times",
    size=10,
    banner=[
        "Patient: Chen, Alice   DOB: 11/23/1961   Case #: TN26-114502   Physician: M. Ruiz",
        "Primary tumor site: Lung   Specimen site: Left upper lobe   Diagnosis: Non-small cell carcinoma, NOS",
    ],
    footer="Cariden Life Sciences  CLIA 03D1019490",
    blocks=[
        ("h", "Cancer-Type Relevant Biomarkers"),
        (
            "tbl",
            ["Biomarker", "Method", "Analyte", "Result"],
            [
                ["EGFR", "Seq", "DNA-Tumor", "Pathogenic Variant  Exon 20  p.D770_N771insSVD"],
                ["ALK", "IHC (D5F3)", "Protein", "Negative"],
                ["ALK", "Seq", "RNA-Tumor", "Fusion Not Detected"],
                ["ROS1", "Seq", "RNA-Tumor", "Fusion Not Detected"],
                ["RET", "Seq", "RNA-Tumor", "Fusion Not Detected"],
                ["NTRK1/2/3", "Seq", "RNA-Tumor", "Fusion Not Detected"],
                ["KRAS", "Seq", "DNA-Tumor", "Mutation Not Detected"],
                ["BRAF", "Seq", "DNA-Tumor", "Mutation Not Detected"],
                ["MET", "Seq", "RNA-Tumor", "Exon 14 Skipping Not Detected"],
                ["ERBB2 (Her2/Neu)", "Seq", "DNA-Tumor", "Mutation Not Detected"],
                ["PD-L1", "IHC (22C3)", "Protein", "Positive, TPS: 5%"],
                ["Tumor Mutational Burden", "Seq", "DNA-Tumor", "Low, 3 mutations/Mb"],
                ["MSI", "Seq", "DNA-Tumor", "Stable"],
            ],
            (42, 28, 28, 78),
        ),
        ("br",),
        ("h", "Therapies Associated with Potential Benefit"),
        ("p", "amivantamab (EGFR exon 20 insertion); pembrolizumab (PD-L1 22C3 TPS >=1%)"),
        ("h", "Therapies Associated with Potential Lack of Benefit"),
        ("p", "erlotinib, gefitinib, afatinib, osimertinib (EGFR exon 20 insertion)"),
        (
            "small",
            "Therapy associations do not constitute a treatment recommendation; decisions rest with the "
            "treating physician.",
        ),
    ],
    gold=dict(
        histology="non-small cell carcinoma",
        biomarkers={
            "EGFR": pos("exon 20 insertion"),
            "PD-L1": pdl1(5),
            **negs("ALK", "ROS1", "RET", "NTRK", "KRAS", "BRAF", "MET", "ERBB2"),
        },
    ),
)

# N4 - Guardant-like plasma report: % cfDNA, ex19 by HGVS only plus T790M; genes "not detected".
add(
    inst="VERITAS360 Liquid Biopsy",
    font="Helvetica",
    size=9,
    banner=[
        "Patient name: Donald Whitaker   DOB: 08/09/1949   Report date: 04/02/2026",
        "Diagnosis: Lung Adenocarcinoma   Specimen: Blood (cfDNA)   Collected 03/27/2026",
    ],
    footer="VERITAS Health Inc. | Page numbering refers to this report only",
    blocks=[
        (
            "h",
            "Summary of Detected Somatic Alterations, Immunotherapy Biomarkers & Associated Treatment Options",
        ),
        (
            "tbl",
            [
                "Detected alteration(s) / biomarker(s)",
                "% cfDNA or Amp",
                "Associated FDA-approved therapies",
            ],
            [
                [
                    "EGFR E746_A750del",
                    "3.4%",
                    "Afatinib, Dacomitinib, Erlotinib, Gefitinib, Osimertinib",
                ],
                ["EGFR T790M", "0.8%", "Osimertinib"],
                ["TP53 R248Q", "5.1%", "None"],
                ["MSI-High", "NOT DETECTED", ""],
            ],
            (62, 30, 84),
        ),
        (
            "p",
            "The following genes were evaluated and no alterations were detected: KRAS, BRAF, ERBB2, MET, ALK, "
            "ROS1, RET, NTRK1.",
        ),
        ("h", "Variants of Uncertain Clinical Significance"),
        ("p", "ARID1A P1326I (0.4%), NF1 R1276Q (0.2%)"),
        (
            "small",
            "A negative result does not rule out the presence of an alteration in the patient's tumor. "
            "Tissue genotyping should be considered when plasma results are negative.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={
            "EGFR": pos("exon 19 deletion", "T790M"),
            **negs("KRAS", "BRAF", "ERBB2", "MET", "ALK", "ROS1", "RET", "NTRK"),
        },
    ),
)

# N5 - Institutional hotspot panel, narrative, three-letter HGVS BRAF.
add(
    inst="University Hospital - Molecular Diagnostics Laboratory",
    font="Times",
    size=11,
    banner=[
        "Name: GARCIA-LOPEZ, Rosa  MRN: 551-20-881  DOB: 30/01/1964  Location: THOR ONC CLINIC"
    ],
    footer="Molecular Diagnostics Laboratory, Dept. of Pathology",
    blocks=[
        ("h", "SOLID TUMOR HOTSPOT PANEL (Oncomine Precision Assay, DNA + RNA)"),
        (
            "kv",
            [
                ("Source:", "Left lower lobe, CT-guided core biopsy (S26-2201, block A1)"),
                ("Pathologic diagnosis:", "adenocarcinoma (see surgical pathology report)"),
                ("Tumor content:", "approx. 35%"),
            ],
            1,
        ),
        ("h", "RESULT: POSITIVE"),
        ("p", "A BRAF c.1799T>A (p.Val600Glu) variant was detected at an allele frequency of 18%."),
        (
            "p",
            "No other clinically significant sequence variants were detected in EGFR, KRAS, ERBB2 or MET. "
            "RNA fusion analysis: no fusions were detected involving ALK, ROS1, RET, NTRK1, NTRK2 or NTRK3.",
        ),
        ("h", "INTERPRETATION"),
        (
            "p",
            "BRAF V600 mutations occur in 1-2% of lung adenocarcinomas. Combined BRAF/MEK inhibition "
            "(dabrafenib plus trametinib, or encorafenib plus binimetinib) is FDA-approved for BRAF V600E-mutant "
            "metastatic NSCLC. Clinical correlation is recommended.",
        ),
        (
            "small",
            "Method: Ion Torrent next-generation sequencing; limit of detection 5% VAF. Reviewed by "
            "K. Mbeki, MD.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={
            "BRAF": pos("V600E"),
            **negs("EGFR", "KRAS", "ERBB2", "MET", "ALK", "ROS1", "RET", "NTRK"),
        },
    ),
)

# N6 - RNA fusion panel with HGNC "::" notation.
add(
    inst="Northshore Molecular Pathology",
    font="Courier",
    size=9,
    banner=[
        "PT: OYELARAN, BISI      MRN 20993811     DOB 1979-04-05",
        "ACC: MP26-00871   RECEIVED 2026-02-14",
    ],
    footer="Northshore Molecular Pathology - RNA Fusion Report",
    blocks=[
        ("h", "TEST: FUSIONPLEX LUNG (ANCHORED MULTIPLEX PCR, RNA)"),
        ("p", "CLINICAL INFO: 46 y/o never smoker, lung adenocarcinoma, stage pending."),
        ("h", "RESULT"),
        ("p", "CD74::ROS1 fusion DETECTED (CD74 exon 6 :: ROS1 exon 34), 412 unique start sites."),
        (
            "p",
            "No ALK, RET or NTRK1/2/3 fusions were detected. MET exon 14 skipping was not detected.",
        ),
        ("h", "COMMENT"),
        (
            "p",
            "ROS1 rearrangements predict sensitivity to crizotinib, entrectinib and repotrectinib. "
            "Correlation with ROS1 immunohistochemistry is suggested.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={"ROS1": pos("CD74-ROS1"), **negs("ALK", "RET", "NTRK", "MET")},
    ),
)

# N7 - AMP/ASCO/CAP tiers; EGFR appears only as Tier III VUS.
add(
    inst="St. Columba Genomics Core",
    size=10,
    banner=["Patient: Teodor Nowak | MRN 7781220 | DOB 12/12/1950 | Specimen: LLL wedge, block A3"],
    footer="St. Columba Genomics Core - Solid Tumor 161-gene panel",
    blocks=[
        ("kv", [("Diagnosis:", "Invasive mucinous adenocarcinoma"), ("Tumor %:", "60")], 2),
        ("h", "Tier I - Variants of strong clinical significance"),
        ("p", "KRAS  c.35G>A  p.Gly12Asp  VAF 24%  (exon 2)"),
        ("h", "Tier II - Variants of potential clinical significance"),
        ("p", "None identified."),
        ("h", "Tier III - Variants of uncertain significance"),
        ("p", "EGFR c.3352G>A p.Ala1118Thr VAF 48% ; PIK3R1 p.D560N VAF 11%"),
        ("h", "Pertinent negatives"),
        (
            "p",
            "No pathogenic variants or fusions were identified in ALK, ROS1, RET, BRAF, MET or NTRK1/2/3.",
        ),
        ("small", "Tier IV (benign/likely benign) variants are not reported."),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={"KRAS": pos("G12D"), **negs("ALK", "ROS1", "RET", "BRAF", "MET", "NTRK")},
    ),
)

# N8 - Multi-page CGP, ALK fusion with exon/variant notation, NSCLC NOS disease field, RET VUS.
add(
    inst="ATLAS GENOMICS - Comprehensive Genomic Profile (Tissue)",
    banner=[
        "PATIENT  Henry Abernathy   DOB 17 JUN 1984   ORDERING MD  S. Patel, MD",
        "REPORT ID  AGX-0051302-01   DISEASE  Lung non-small cell lung carcinoma (NOS)",
    ],
    footer="Atlas Genomics | CLIA 99D0000001",
    blocks=[
        ("h", "GENOMIC FINDINGS"),
        ("p", "ALK  EML4-ALK fusion (E13; A20), variant 1"),
        ("p", "TP53  splice site 673-2A>G"),
        ("h", "BIOMARKER FINDINGS"),
        (
            "p",
            "Microsatellite status - Cannot Be Determined.  Tumor Mutational Burden - 1 Muts/Mb.",
        ),
        ("h", "THERAPIES WITH CLINICAL BENEFIT"),
        (
            "p",
            "IN PATIENT'S TUMOR TYPE: Alectinib, Brigatinib, Ceritinib, Crizotinib, Lorlatinib. "
            "IN OTHER TUMOR TYPE: none.",
        ),
        ("br",),
        ("h", "CLINICAL TRIALS TO CONSIDER"),
        ("p", "NCT05200481 Neladalkib (NVL-655) in ALK-positive NSCLC (ALKOVE-1). Phase 1/2."),
        ("p", "NCT04302025 Neoadjuvant alectinib in resectable ALK-positive NSCLC. Phase 2."),
        ("h", "VARIANTS OF UNKNOWN SIGNIFICANCE"),
        ("p", "RET V292M; KMT2D P2354L; FAT1 S3712F"),
        ("br",),
        ("h", "APPENDIX - GENES ASSAYED"),
        (
            "p",
            "DNA gene list (entire coding sequence): ABL1 AKT1 ALK APC AR ARAF ATM BRAF BRCA1 BRCA2 CDK4 "
            "CDKN2A EGFR ERBB2 ERBB3 FGFR1 FGFR2 KRAS MET NRAS NTRK1 NTRK2 NTRK3 PIK3CA PTEN RET ROS1 TP53 ...",
        ),
    ],
    gold=dict(histology="non-small cell carcinoma", biomarkers={"ALK": pos("EML4-ALK")}),
)

# N9 - Plasma, nothing detected; no histology stated.
add(
    inst="Clearwater Diagnostics - ctDNA Thoracic Panel",
    font="Helvetica",
    size=10,
    banner=[
        "Patient: Ahmed Farouk   DOB 03/14/1967   Accession CWD-26-40021   Collected 01/30/2026"
    ],
    footer="Clearwater Diagnostics",
    blocks=[
        (
            "kv",
            [
                ("Indication:", "Newly diagnosed lung mass, tissue insufficient"),
                ("Ordering:", "Dr. Lin"),
            ],
            1,
        ),
        ("h", "RESULTS"),
        (
            "p",
            "No somatic alterations were detected in EGFR, ALK, ROS1, KRAS, BRAF, MET, RET, ERBB2 or NTRK1.",
        ),
        ("p", "ctDNA fraction estimate: 1.2%."),
        ("h", "IMPORTANT"),
        (
            "p",
            "A 'not detected' result may reflect low tumor DNA shedding. If clinically indicated, testing of "
            "tumor tissue for EGFR, ALK, ROS1, BRAF, KRAS, MET, RET, NTRK and ERBB2 alterations and PD-L1 "
            "expression is recommended.",
        ),
    ],
    gold=dict(
        histology=None,
        biomarkers=negs("EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "ERBB2", "NTRK"),
    ),
)

# N10 - RNA-confirmed MET exon 14 with splice notation, SP263 PD-L1, two-column pertinent results.
add(
    inst="Meridian Oncology Lab | xM Solid Tumor DNA+RNA",
    font="Helvetica",
    size=9,
    banner=[
        "Patient: BAUER, INGRID  |  MRN 00842210  |  DOB 1941-01-30  |  Sex: F",
        "Diagnosis: Lung adenocarcinoma   Tumor specimen: pleural biopsy   Normal: saliva",
    ],
    footer="Meridian Oncology Lab",
    blocks=[
        ("h", "Somatic - Potentially Actionable"),
        (
            "tbl",
            ["Gene", "Variant", "Evidence", "VAF"],
            [
                [
                    "MET",
                    "c.3082+1G>A splice donor; exon 14 skipping confirmed in RNA",
                    "FDA approved (this cancer)",
                    "14.8%",
                ]
            ],
            (20, 85, 45, 20),
        ),
        ("h", "Pertinent results"),
        (
            "cols",
            "EGFR ............ no alteration\nKRAS ............ no alteration\nBRAF ............ no alteration\n"
            "ERBB2 ........... no alteration\nMET amplification . not detected",
            "ALK ............. no fusion detected\nROS1 ............ no fusion detected\nRET ............. no fusion "
            "detected\nNTRK1/2/3 ....... no fusion detected\nPD-L1 (SP263) ... 90% tumor cells",
        ),
        ("h", "Therapy options"),
        ("p", "Capmatinib and tepotinib are FDA-approved for MET exon 14 skipping NSCLC."),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={
            "MET": pos("exon 14 skipping"),
            "PD-L1": pdl1(90),
            **negs("EGFR", "KRAS", "BRAF", "ERBB2", "ALK", "ROS1", "RET", "NTRK"),
        },
    ),
)

# N11 - Fax/scan style Courier, KIF5B(exon15)-RET(exon12), ALK VUS.
add(
    inst="REF LAB MOLECULAR ONCOLOGY -- FAXED COPY",
    font="Courier",
    size=9,
    banner=["FAX 04/03/2026 10:14   FROM: 555-0199   TO: THORACIC ONC   PG"],
    footer="*** THIS FAX MAY CONTAIN PHI. IF RECEIVED IN ERROR CALL 555-0100 ***",
    page_fmt="PAGE {p} / {nb}",
    blocks=[
        ("p", "PATIENT: MORALES, JUAN C    DOB: 07/22/1972    MRN: 3318007"),
        ("p", "SPECIMEN: LUNG, RIGHT MIDDLE LOBE, BIOPSY.  DX: ADENOCARCINOMA"),
        ("h", "NEXT-GENERATION SEQUENCING RESULTS"),
        (
            "p",
            "KIF5B(EXON15)-RET(EXON12) FUSION ........ DETECTED\nEGFR .................................... "
            "NEGATIVE\nKRAS .................................... NEGATIVE\nBRAF ...................................."
            " NEGATIVE\nERBB2 ................................... NEGATIVE",
        ),
        ("p", "VARIANT OF UNCERTAIN SIGNIFICANCE: ALK P. R1192W, VAF 50%"),
        (
            "p",
            "INTERPRETATION: THE RET FUSION IS A TARGETABLE DRIVER. SELECTIVE RET INHIBITORS (SELPERCATINIB, "
            "PRALSETINIB) ARE APPROVED.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={"RET": pos("KIF5B-RET"), **negs("EGFR", "KRAS", "BRAF", "ERBB2")},
    ),
)

# N12 - NTRK3 fusion + pan-TRK IHC.
add(
    inst="Lakeshore Cancer Institute - Precision Oncology Report",
    font="Times",
    size=10,
    banner=[
        "Patient: Naomi Feld  MRN LCI-00411  DOB 05/05/1990",
        "Tumor: Lung adenocarcinoma (solid pattern)",
    ],
    footer="Lakeshore Cancer Institute Precision Oncology",
    blocks=[
        ("h", "Key findings"),
        (
            "p",
            "1. ETV6-NTRK3 fusion (ETV6 exon 5 - NTRK3 exon 15) detected by targeted RNA sequencing.",
        ),
        (
            "p",
            "2. Pan-TRK immunohistochemistry (EPR17341): positive, diffuse nuclear and cytoplasmic staining.",
        ),
        ("p", "3. EGFR and ALK: no alterations detected."),
        ("h", "Discussion"),
        (
            "p",
            "NTRK fusions are rare (<1%) in NSCLC. Larotrectinib and entrectinib are tumor-agnostic approvals "
            "for NTRK fusion-positive solid tumors.",
        ),
    ],
    gold=dict(histology="adenocarcinoma", biomarkers={"NTRK": pos("NTRK3"), **negs("EGFR", "ALK")}),
)

# N13 - ERBB2 exon 20 dup; ERBB2 amplification not detected; T-DXd in therapy list.
add(
    inst="St. Columba Genomics Core",
    size=10,
    banner=[
        "Patient: Lucia Benedetti | MRN 7790045 | DOB 09/01/1969 | Specimen: EBUS station 7 cell block"
    ],
    footer="St. Columba Genomics Core - Solid Tumor 161-gene panel",
    blocks=[
        ("kv", [("Diagnosis:", "Adenocarcinoma, lung primary"), ("Tumor %:", "25")], 2),
        ("h", "Tier I - Variants of strong clinical significance"),
        ("p", "ERBB2  c.2313_2324dup  p.Tyr772_Ala775dup (exon 20 insertion)  VAF 19%"),
        ("h", "Copy number"),
        ("p", "ERBB2 amplification: not detected.  MYC gain (low level)."),
        ("h", "Pertinent negatives"),
        ("p", "EGFR, KRAS: no pathogenic variants.  ALK, ROS1: no fusions."),
        ("h", "Associated therapies"),
        (
            "p",
            "Trastuzumab deruxtecan and zongertinib (ERBB2-mutant NSCLC, after prior systemic therapy).",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={"ERBB2": pos("exon 20 insertion"), **negs("EGFR", "KRAS", "ALK", "ROS1")},
    ),
)

# N14 - Plasma KRAS G12C low VAF, STK11; no histology line.
add(
    inst="VERITAS360 Liquid Biopsy",
    font="Helvetica",
    size=9,
    banner=[
        "Patient name: Grace Holloway   DOB: 10/10/1955   Report date: 02/11/2026",
        "Indication: lung cancer, histology not provided   Specimen: Blood (cfDNA)",
    ],
    footer="VERITAS Health Inc.",
    blocks=[
        ("h", "Summary of Detected Somatic Alterations"),
        (
            "tbl",
            ["Detected alteration(s)", "% cfDNA", "Associated FDA-approved therapies"],
            [
                ["KRAS G12C", "0.4%", "Adagrasib, Sotorasib"],
                ["STK11 K83fs", "0.6%", "None"],
                ["TP53 C176F", "1.1%", "None"],
            ],
            (62, 30, 84),
        ),
        ("p", "No alterations were detected in EGFR, ALK, BRAF or MET."),
        ("small", "Interpretation of cfDNA results should consider the overall cfDNA fraction."),
    ],
    gold=dict(
        histology=None, biomarkers={"KRAS": pos("G12C"), **negs("EGFR", "ALK", "BRAF", "MET")}
    ),
)

# N15 - Hotspot table with exon/cDNA/protein columns; G719A + S768I compound EGFR.
add(
    inst="Regional Pathology Network - Lung Hotspot NGS",
    font="Helvetica",
    size=9,
    format="A4",
    banner=["Patient: Kowalczyk, Anna   ID: RPN-3390021   DOB 1962-08-14   Request: Dr. H. Jensen"],
    footer="Regional Pathology Network",
    blocks=[
        (
            "kv",
            [("Material:", "FFPE, bronchial biopsy (H26-5521)"), ("Histology:", "adenocarcinoma")],
            2,
        ),
        (
            "tbl",
            ["Gene", "Exon", "cDNA", "Protein", "VAF", "Classification"],
            [
                ["EGFR", "18", "c.2156G>C", "p.(Gly719Ala)", "31%", "Pathogenic (class 5)"],
                ["EGFR", "20", "c.2303G>T", "p.(Ser768Ile)", "29%", "Pathogenic (class 5)"],
                ["TP53", "7", "c.743G>A", "p.(Arg248Gln)", "40%", "Pathogenic (class 5)"],
                ["KRAS", "2-4", "-", "no variant detected", "-", "-"],
            ],
            (20, 14, 28, 42, 16, 50),
        ),
        (
            "p",
            "Conclusion: compound EGFR mutation (exon 18 and exon 20), predicted sensitive to second- and "
            "third-generation EGFR TKIs. No other reportable variants.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma", biomarkers={"EGFR": pos("G719X", "S768I"), "KRAS": neg()}
    ),
)

# N16 - Resistance biopsy: EGFR del by HGVS only, MET amplification, progression on osimertinib.
add(
    inst="Lakeshore Cancer Institute - Precision Oncology Report",
    font="Times",
    size=10,
    banner=[
        "Patient: Winston Cole  MRN LCI-00977  DOB 03/30/1960",
        "Tumor: Lung adenocarcinoma; liver biopsy at progression",
    ],
    footer="Lakeshore Cancer Institute Precision Oncology",
    blocks=[
        ("h", "Clinical indication"),
        (
            "p",
            "Radiographic progression on osimertinib after 19 months; rebiopsy for resistance mechanisms.",
        ),
        ("h", "Key findings"),
        (
            "tbl",
            ["Gene", "Alteration", "Detail"],
            [
                ["EGFR", "p.L747_T751del", "VAF 38% (known from diagnosis)"],
                ["MET", "Amplification", "estimated copy number 14"],
                ["EGFR", "T790M / C797S", "not detected"],
            ],
            (30, 55, 90),
        ),
        ("h", "Discussion"),
        (
            "p",
            "MET amplification is a recognised mechanism of acquired resistance. Combination strategies "
            "(e.g. osimertinib with savolitinib or tepotinib) are under investigation; consider trial referral.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={"EGFR": pos("exon 19 deletion"), "MET": pos("amplification")},
        treatments=["osimertinib"],
    ),
)

# N17 - No actionable alterations, squamous, pertinent negatives table, TMB high, ROS1 VUS.
add(
    inst="Cariden Life Sciences  -  Molecular Intelligence Profile",
    font="Times",
    size=10,
    banner=[
        "Patient: Obi, Chukwuma   DOB: 01/19/1953   Case #: TN26-120888",
        "Primary tumor site: Lung   Diagnosis: Squamous cell carcinoma",
    ],
    footer="Cariden Life Sciences",
    blocks=[
        ("h", "Summary"),
        (
            "p",
            "No clinically actionable genomic alterations were identified. TMB-High (18 mutations/Mb).",
        ),
        ("h", "Pertinent negative results"),
        (
            "tbl",
            ["Gene", "Result"],
            [
                ["EGFR", "Not detected"],
                ["KRAS", "Not detected"],
                ["BRAF", "Not detected"],
                ["ALK", "Not detected"],
                ["RET", "Not detected"],
                ["MET", "Not detected"],
                ["NTRK1/2/3", "Not detected"],
                ["ERBB2", "Not detected"],
            ],
            (60, 60),
        ),
        ("h", "Variants of uncertain significance"),
        ("p", "ROS1 p.T145M; KMT2C p.E1210K"),
        ("h", "Genomic signatures"),
        (
            "p",
            "TMB-High tumors may derive benefit from immune checkpoint inhibitors (pembrolizumab is "
            "FDA-approved for TMB >= 10 mut/Mb solid tumors).",
        ),
    ],
    gold=dict(
        histology="squamous cell carcinoma",
        biomarkers=negs("EGFR", "KRAS", "BRAF", "ALK", "RET", "MET", "NTRK", "ERBB2"),
    ),
)

# N18 - RNA failure (indeterminate fusions), DNA KRAS G13D, PD-L1 sent out.
add(
    inst="University Hospital - Molecular Diagnostics Laboratory",
    font="Times",
    size=11,
    banner=["Name: PRICE, Harold  MRN: 551-33-102  DOB: 14/06/1958  Location: PULM CLINIC"],
    footer="Molecular Diagnostics Laboratory, Dept. of Pathology",
    blocks=[
        ("h", "SOLID TUMOR HOTSPOT PANEL (DNA + RNA)"),
        (
            "kv",
            [
                ("Source:", "EBUS-TBNA station 11R cell block"),
                ("Pathologic diagnosis:", "adenocarcinoma"),
            ],
            1,
        ),
        ("h", "DNA RESULT"),
        (
            "p",
            "KRAS c.38G>A (p.Gly13Asp) detected, VAF 21%. EGFR: no mutation detected. BRAF: no mutation "
            "detected.",
        ),
        ("h", "RNA RESULT"),
        (
            "p",
            "Insufficient RNA quality (failed QC). Fusion status for ALK, ROS1, RET and NTRK1/2/3 is "
            "INDETERMINATE. Repeat testing on an alternate specimen is recommended.",
        ),
        ("h", "PD-L1"),
        (
            "p",
            "PD-L1 (22C3) immunohistochemistry has been sent to the reference laboratory; results will be "
            "issued in a separate report.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={
            "KRAS": pos("G13D"),
            "EGFR": neg(),
            "BRAF": neg(),
            "ALK": eqv(),
            "ROS1": eqv(),
            "RET": eqv(),
            "NTRK": eqv(),
            "PD-L1": {"status": "pending", "tps": None},
        },
    ),
)

_ = pend  # imported for symmetry with the other case modules
