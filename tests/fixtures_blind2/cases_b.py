"""Molecular / NGS cases, part 2 (7 cases). Fictional patients, labs and institutions."""

from __future__ import annotations

from blind2_common import gold, negs, pdl1, pend, pos

CASES: list[dict] = []

# Trap: tumour-only NGS where EGFR is given only as HGVS (c.2573T>G p.(Leu858Arg)); BRAF has
# only a VUS and is not in the negative list (no key); NTRK1/2/3 negative -> NTRK negative.
CASES.append(
    {
        "id": "mol-hgvs-egfr-l858r",
        "kind": "molecular",
        "trap": "EGFR only as c.2573T>G p.(Leu858Arg); BRAF only a VUS -> no key; NTRK1/2/3 in"
        " negative list",
        "fmt": "letter",
        "size": 9.5,
        "letterhead": ["Bluewater Precision Oncology Laboratory", "Tumor-Only Sequencing Report"],
        "banner": ["NAKASHIMA, Emiko  |  MRN 2039-5517  |  DOB 1967-09-14  |  BPOL-26-03381"],
        "footer": "Bluewater Precision Oncology Laboratory - results for the named patient only",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Tumor type | Lung adenocarcinoma | Specimen | Supraclavicular lymph node FNA cell block
= Ordering provider | Dr. Jonah Feldstein | Report date | 2026-03-09

# Clinically significant variants
@w 12 22 16 24 10 16
| Gene | Transcript | Coding | Protein | Exon | VAF |
| EGFR | NM_005228.5 | c.2573T>G | p.(Leu858Arg) | 21 | 31.2% |
| TP53 | NM_000546.6 | c.743G>A | p.(Arg248Gln) | 7 | 44.8% |

# Genes tested with no clinically significant variants
ALK, ERBB2, KRAS, MET, NRAS, NTRK1, NTRK2, NTRK3, RET, ROS1 (DNA and RNA components).

# Variants of uncertain significance
BRAF NM_004333.6 c.2285C>A p.(Ala762Glu), VAF 6.1%.

# Interpretation
The EGFR variant is a sensitising mutation in the tyrosine kinase domain. Because this is a
tumor-only assay, the TP53 variant cannot be confirmed as somatic. Germline testing is not
indicated on the basis of these results.

> Signed: Dr. Carla Benedetti, MD - Molecular Pathology, 2026-03-09 14:22
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {
                "EGFR": pos("L858R"),
                **negs("ALK", "ERBB2", "KRAS", "MET", "NTRK", "RET", "ROS1"),
            },
        ),
    }
)

# Trap: a whole report of three lines, no letterhead; "TPS: 80 %" with a space.
CASES.append(
    {
        "id": "mol-3line-pdl1",
        "kind": "molecular",
        "trap": "3-line report, no header; 'TPS: 80 %' with a space; no histology stated",
        "fmt": "letter",
        "page_fmt": None,
        "body": """
> Harbourview Diagnostics | PD-L1 IHC (22C3) | Pt: Tomasz Wróbel, DOB 03/09/1956 | EBUS 4R FNA
> Tumour Proportion Score (TPS): 80 %  (>100 viable tumour cells; controls satisfactory)
> Reported 11/03/2026 by Dr A. Moreau, Harbourview Diagnostics, Halifax Point
""",
        "gold": gold(None, None, {"PD-L1": pdl1(80)}),
    }
)

# Trap: three-line IHC result; ALK positive by D5F3 with no fusion partner (variants []);
# "negative for ROS1 by IHC (D4D6)".
CASES.append(
    {
        "id": "mol-3line-alk-ihc",
        "kind": "molecular",
        "trap": "3-line IHC note: ALK D5F3 positive (no partner -> []); 'negative for ROS1 by IHC"
        " (D4D6)'",
        "fmt": "A4",
        "font": "Times",
        "size": 11,
        "page_fmt": None,
        "body": """
> IH26-0771 Ms Lucía Berrocal (30/04/1984), EBUS 11R: adenocarcinoma. ALK/ROS1 screen.
> ALK (D5F3, VENTANA): POSITIVE, strong granular cytoplasmic staining in >90% of tumour cells.
> The tumour is negative for ROS1 by IHC (D4D6).  Dr K. Osei-Bonsu, 05/03/2026.
""",
        "gold": gold("adenocarcinoma", None, {"ALK": pos(), **negs("ROS1")}),
    }
)

# Trap: OCR-like scanned copy: "adenocarcinorna", "Negatlve", "fus- ion", stray marks; a
# careful reader still sees exon 19 deletion detected and the other genes negative.
CASES.append(
    {
        "id": "mol-ocr-egfr-del19",
        "kind": "molecular",
        "trap": "OCR text (adenocarcinorna, Negatlve, fus- ion, stray marks); exon 19 del"
        " (L747_P753delinsS); T790M not detected, EGFR stays positive",
        "fmt": "letter",
        "font": "Times",
        "size": 11,
        "ocr": True,
        "page_fmt": None,
        "body": """
! GRANITE FALLS REGIONAL HOSPITAL ~ MOLECULAR DIAGNOSTICS
> Scanned copy - received by fax 2026-03-04 14:07 | pg 1
> Patient : HOLLOWAY , Bernadette   MRN 80-44-1925   DOB 1952-06-19
> Specimen: pleural fluid cell block (PF-26-118) , tumor cells ~25 %
> Diagnosis: Lung adenocarcinorna, metastatic to pleura '
> ' |
! RESULTS
> EGFR exon 19 del (L747_P753delinsS) - DETECTED , VAF 22 %
> EGFR T790M muta- tion : not detected
> KRAS codon 12/13/61 : Not detected .  BRAF V600E : Not detected
> ALK fus- ion (RNA) : Negatlve
> ROS1 fus- ion (RNA) : Negatlve
> Comment: sensitising EGFR muta- tion present. ~
> Reviewed by : R. Szymanski MD ,  Molecular Pathology   |
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {"EGFR": pos("exon 19 deletion"), **negs("KRAS", "BRAF", "ALK", "ROS1")},
        ),
    }
)

# Trap: Indian-English narrative; "p.G12C" with c.34G>T; EGFR negative by exon list;
# PD-L1 TPS 35%; sotorasib/adagrasib named only as approved options.
CASES.append(
    {
        "id": "mol-narrative-kras-g12c",
        "kind": "molecular",
        "trap": "narrative Indian-English report; KRAS p.G12C; drugs named only as options; IHC"
        " ALK/ROS1 negative",
        "fmt": "A4",
        "letterhead": [
            "Deccan Plateau Institute of Oncology",
            "Division of Molecular Pathology & Cytogenetics, Hyderabad",
        ],
        "lh_align": "C",
        "banner": ["Pt.: Mrs. Lakshmi Narayanaswamy | Age 58 Y | Lab ID: MP-26-02117"],
        "footer": "Report to be interpreted by the treating oncologist. Not valid for medico-legal"
        " purpose.",
        "page_fmt": "Page {p} of {nb}",
        "body": """
# MOLECULAR PATHOLOGY REPORT
= Referred by: | Dr. Vikram Reddy, Medical Oncology | Sample: | Trucut biopsy, right lung mass
= Biopsy no.: | B/2026/1187 | Reported on: | 14-03-2026

# Histopathology
Adenocarcinoma, solid pattern with focal acinar areas; TTF-1 positive, p40 negative.

# Result
A mutation was DETECTED in exon 2 of the KRAS gene: c.34G>T, p.G12C (allele frequency
approx. 33%).

No mutation detected in EGFR exons 18, 19, 20 and 21. BRAF V600E: Not detected.
ALK (D5F3) immunohistochemistry: Negative. ROS1 (D4D6) immunohistochemistry: Negative.
PD-L1 (22C3 pharmDx): Tumour Proportion Score 35%.

# Interpretation
KRAS G12C is an actionable alteration; sotorasib and adagrasib are approved agents for
previously treated patients. Kindly correlate with clinical findings.

> Dr. Meenakshi Rao, MD (Path), DNB - Consultant, Molecular Pathology
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {
                "KRAS": pos("G12C"),
                **negs("EGFR", "BRAF", "ALK", "ROS1"),
                "PD-L1": pdl1(35),
            },
        ),
    }
)

# Trap: "EML4-ALK variant 3" -> EML4-ALK; "possible MET amplification, confirmatory FISH
# pending" -> MET pending; NTRK "not evaluated" -> no key.
CASES.append(
    {
        "id": "mol-eml4-alk-met-pending",
        "kind": "molecular",
        "trap": "EML4-ALK variant 3; 'possible MET amplification, confirmatory FISH pending' ->"
        " pending; NTRK not evaluated -> no key",
        "fmt": "letter",
        "font": "Helvetica",
        "size": 10,
        "letterhead": ["Prairie Crossing Cancer Genomics", "Targeted DNA/RNA Panel - Final Report"],
        "banner": ["Name: Thorvaldsen, Ingrid  |  PHN 9 8812 4470  |  Acc. PCG-2603-0415"],
        "banner_from": 2,
        "footer": "Prairie Crossing Cancer Genomics",
        "page_fmt": "p. {p} of {nb}",
        "body": """
= Name | Thorvaldsen, Ingrid | DOB | 1971-01-27
= Specimen | Left upper lobe wedge, block A2 | Diagnosis | Adenocarcinoma of lung (per pathology)

# Key findings
- ALK rearrangement detected: EML4-ALK variant 3 (EML4 exon 6 fused to ALK exon 20), RNA.
- Possible MET amplification (estimated copy number 5.8); confirmatory FISH pending, to be
  issued as a supplementary report.

# Other genes
No reportable alterations: EGFR, KRAS, BRAF, RET, ROS1, ERBB2.
NTRK1/2/3: not evaluated (RNA fusion coverage for NTRK limited on this panel version).

# Interpretation
EML4-ALK v3 is a common ALK fusion isoform. ALK tyrosine kinase inhibitors (for example
alectinib, brigatinib or lorlatinib) are associated with benefit in ALK-rearranged NSCLC;
a choice between them is a clinical decision.

> Report released by Dr. Olamide Fashola, FCCMG, 2026-03-20
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {
                "ALK": pos("EML4-ALK"),
                "MET": pend(),
                **negs("EGFR", "KRAS", "BRAF", "RET", "ROS1", "ERBB2"),
            },
        ),
    }
)

# Trap: serial plasma follow-up written draw by draw (not a table); BRAF V600E at both draws,
# falling; dabrafenib + trametinib received; a literature sentence about frequency.
CASES.append(
    {
        "id": "mol-serial-braf-narrative",
        "kind": "molecular",
        "trap": "serial plasma draws in prose; BRAF V600E both draws; literature frequency line;"
        " dabrafenib+trametinib received",
        "fmt": "letter",
        "size": 10,
        "letterhead": ["Cedar Hollow Liquid Biopsy Service", "Plasma ctDNA - Follow-up Report"],
        "footer": "Cedar Hollow Liquid Biopsy Service - report 2 of series CH-LB-1187",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Patient | Mr. Arturo Velásquez-Trent | DOB | 1948-12-05
= Ordering physician | Dr. Simone Achebe | Draw date | 2026-03-05

# Clinical history (from order)
Metastatic non-small cell lung carcinoma. On dabrafenib and trametinib since September 2025.
Restaging CT shows partial response.

# Results - current draw (2026-03-05)
BRAF c.1799T>A p.(Val600Glu), V600E: DETECTED at 0.1% cfDNA.
TP53 c.818G>A p.(Arg273His): not detected.

# Results - baseline draw (2025-08-21, previously reported)
BRAF V600E: DETECTED at 2.3% cfDNA. TP53 p.(Arg273His): detected at 1.9% cfDNA.

# Genes with no alterations detected at either draw
ALK, EGFR, ERBB2, KRAS, MET, NTRK1, NTRK2, NTRK3, RET, ROS1.

# Interpretation
The BRAF V600E fraction has fallen more than tenfold since baseline, in keeping with response.
BRAF V600E is reported in roughly 1 to 2% of lung adenocarcinomas in published series.

> Dr. Harriet Okonjo-Blake, DPhil - Clinical Molecular Geneticist
""",
        "gold": gold(
            "non-small cell carcinoma",
            None,
            {
                "BRAF": pos("V600E"),
                **negs("ALK", "EGFR", "ERBB2", "KRAS", "MET", "NTRK", "RET", "ROS1"),
            },
            ["dabrafenib", "trametinib"],
        ),
    }
)
