"""Molecular / NGS cases, part 1 (7 cases). Fictional patients, labs and institutions."""

from __future__ import annotations

from blind2_common import gold, negs, pdl1, pos

CASES: list[dict] = []

# Trap: serial plasma table (two draws side by side); T790M is "ND" at the first draw and
# detected now; osimertinib is only suggested; gefitinib is the current therapy (received).
CASES.append(
    {
        "id": "mol-serial-plasma-egfr",
        "kind": "molecular",
        "trap": "serial plasma draws in two date columns; T790M new at 2nd draw; osimertinib only"
        " suggested, gefitinib received",
        "fmt": "letter",
        "letterhead": [
            "Lakehead Regional Molecular Laboratory",
            "410 Portage Crescent, Thunder Ridge ON  |  Accredited clinical laboratory",
        ],
        "banner": ["Patient: DUCHARME, Colette   HCN: 5521-884-019   DOB: 1958-11-02"],
        "banner_from": 2,
        "footer": "Lakehead RML - cfDNA monitoring report - final",
        "page_fmt": "{p}/{nb}",
        "body": """
# Circulating Tumour DNA - Serial Monitoring Report
= Patient: | DUCHARME, Colette | Health card: | 5521-884-019
= Date of birth: | 1958-11-02 | Ordering MD: | Dr. R. Okonkwo
= Current draw: | 2026-03-03 (2 x 10 mL Streck) | Report date: | 2026-03-12

# Clinical information (from requisition)
Lung adenocarcinoma with bone metastases. On gefitinib since January 2025; rising CEA and new
hepatic lesions on CT of 2026-02-20. Question: mechanism of resistance?

# Results
@w 18 40 21 21
| Gene | Alteration | 2025-01-08 %cfDNA | 2026-03-03 %cfDNA |
| EGFR | exon 19 del (E746_A750del) | 4.1 | 0.9 |
| EGFR | T790M (c.2369C>T) | ND | 0.3 |
| TP53 | R175H | 2.2 | 0.6 |
~ ND = not detected. %cfDNA = variant allele fraction in cell-free DNA.

Genes evaluated with no alterations detected at either draw: ALK, BRAF, KRAS, MET, RET, ROS1.

# Interpretation
The sensitising EGFR exon 19 deletion present at baseline remains detectable. An EGFR T790M
resistance mutation, not seen in January 2025, is now detected. Osimertinib is an approved
option for T790M-positive disease; treatment decisions rest with the treating physician.

# Comments
A result of "not detected" in plasma does not exclude an alteration in the tumour when tumour
DNA shedding is low. Copy-number and fusion sensitivity in plasma are lower than in tissue.

> Electronically signed: Dr. Hélène Marchetti, PhD, FCCMG - Laboratory Director
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {
                "EGFR": pos("exon 19 deletion", "T790M"),
                **negs("ALK", "BRAF", "KRAS", "MET", "RET", "ROS1"),
            },
            ["gefitinib"],
        ),
    }
)

# Trap: fixed-width Courier print-out aligned by spaces; KRAS given only as HGVS three-letter
# p.(Gly12Val); TP53 not a schema gene; "kindly correlate" Indian English.
CASES.append(
    {
        "id": "mol-courier-kras-g12v",
        "kind": "molecular",
        "trap": "Courier fixed-width columns; KRAS only as p.(Gly12Val) (-> G12V); negative list by"
        " exon",
        "fmt": "A4",
        "font": "Courier",
        "size": 9,
        "page_fmt": None,
        "body": """
```
LOTUS CREST ONCOLOGY HOSPITAL, PUNE          DEPARTMENT OF MOLECULAR PATHOLOGY
--------------------------------------------------------------------------------
PATIENT NAME : Mr. Raghunath S. Kulkarni      AGE/SEX : 63 Y / M
UHID         : LCO-2026-0448812               REF. BY : Dr. P. Deshmukh (Med Onc)
SAMPLE       : FFPE block B/26/3317-A         RECEIVED: 09-Mar-2026
TEST         : Lung Hotspot NGS Panel (DNA), 23 genes
--------------------------------------------------------------------------------
HISTOPATHOLOGY (from block)  : Adenocarcinoma lung, acinar pattern
TUMOUR CONTENT (estimated)   : 40 %

CLINICALLY RELEVANT VARIANTS
GENE    EXON  cDNA (HGVS)      PROTEIN (HGVS)      VAF (%)   TIER
KRAS    2     c.35G>T          p.(Gly12Val)        27.4      I-A
TP53    7     c.733G>A         p.(Gly245Ser)       41.0      II-C

NO PATHOGENIC VARIANT DETECTED IN:
EGFR (exons 18-21)   BRAF (exon 15)   ERBB2 (exon 20)   MET (exon 14 + splice)

NOT COVERED BY THIS PANEL: gene fusions (ALK, ROS1, RET, NTRK) - RNA assay
advised if clinically indicated.

Kindly correlate clinically.

Dr. Anjali Gokhale, MD (Pathology)       Dr. S. Venkatraman, PhD (Mol. Biology)
Consultant Molecular Pathologist         Scientist-in-charge
--------------------------------------------------------------------------------
                         *** END OF REPORT ***
```
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {"KRAS": pos("G12V"), **negs("EGFR", "BRAF", "ERBB2", "MET")},
        ),
    }
)

# Trap: four-column table, gene in column 1 and the result three cells to the right; fusion
# written KIF5B::RET; MET "not assessed" (no key); Australian spelling.
CASES.append(
    {
        "id": "mol-4col-kif5b-ret",
        "kind": "molecular",
        "trap": "4-column table, result three cells from the gene; KIF5B::RET; MET 'not assessed'"
        " gets no key",
        "fmt": "A4",
        "letterhead": [
            "Southern Reef Pathology - Molecular Oncology",
            "Level 3, 88 Casuarina Drive, Port Wattle QLD  |  NATA accredited",
        ],
        "banner": [
            "UR No. 00731958  |  MORGAN-REID, Lachlan  |  DOB 14/07/1979  |  Lab No. M26-11842"
        ],
        "footer": "This report relates only to the specimen received.",
        "page_fmt": "Page {p} of {nb}",
        "body": """
# Non-small Cell Lung Cancer Predictive Marker Report
= Specimen: | RUL core biopsy, block A3 (tumour ~60%) | Collected: | 02/03/2026
= Referring: | Dr Fiona Achterberg, Thoracic Medicine | Reported: | 13/03/2026

# Summary of results
@w 16 30 18 36
| Gene | Method | Block | Result |
| ALK | RNA fusion NGS | A3 | No fusion detected |
| ROS1 | RNA fusion NGS | A3 | No fusion detected |
| RET | RNA fusion NGS | A3 | KIF5B::RET fusion detected (KIF5B exon 15 :: RET exon 12) |
| NTRK1/2/3 | RNA fusion NGS | A3 | No fusion detected |
| EGFR | DNA NGS | A3 | No pathogenic variant |
| KRAS | DNA NGS | A3 | No pathogenic variant |
| BRAF | DNA NGS | A3 | No pathogenic variant |
| MET | - | - | Not assessed on this panel |
| PD-L1 | IHC (SP263) | A2 | TPS 40% |

# Comment
A KIF5B::RET rearrangement is identified. RET fusions are reported in a small proportion of
lung adenocarcinomas and selective RET inhibitors are available; referral for discussion at
the thoracic MDM is suggested. The tumour is a lung adenocarcinoma on the accompanying
histology report (S26-20411).

> Reported by: Dr Priya Ramaswamy, FRCPA (Anatomical Pathology / Genetic Pathology)
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {
                "RET": pos("KIF5B-RET"),
                **negs("ALK", "ROS1", "NTRK", "EGFR", "KRAS", "BRAF"),
                "PD-L1": pdl1(40),
            },
        ),
    }
)

_M4_BOILERPLATE = """
@br
# Appendix A - Methods
DNA was extracted from macrodissected FFPE sections and quantified fluorometrically. Libraries
were prepared by hybrid capture with biotinylated probes covering the complete coding sequence
of 96 genes and selected introns of 14 genes frequently rearranged in solid tumours. Libraries
were sequenced on a short-read platform to a median unique depth of at least 500x. Reads were
aligned to GRCh38 and single-nucleotide variants, small insertions and deletions, copy-number
changes and selected rearrangements were called by the laboratory's validated pipeline
(version 4.2). Tumour mutational burden is calculated over 1.1 Mb of coding sequence.

The panel includes, among others, the following genes with therapeutic relevance in
non-small cell lung cancer: ALK, BRAF, EGFR, ERBB2 (HER2), KRAS, MET, NTRK1, NTRK2, NTRK3,
RET and ROS1, together with STK11, KEAP1, TP53, SMARCA4, CDKN2A, PIK3CA, NRAS and NF1.
EGFR exons 18 to 21 (including exon 19 deletions, L858R, T790M, G719X, S768I, L861Q and
exon 20 insertions), KRAS codons 12, 13 and 61, BRAF codon 600 and the MET exon 14 splice
region are covered at a minimum depth of 1000x.

# Appendix B - Performance characteristics
Analytical sensitivity for single-nucleotide variants and indels is above 99% at a variant
allele fraction of 5% or more, and above 95% between 2% and 5%. Copy-number gains are reported
when the estimated copy number is 6 or more (MET, ERBB2, EGFR) after correction for tumour
content. Rearrangements are detected when one breakpoint falls in a targeted intron (ALK
intron 19, ROS1 introns 31 to 34, RET introns 9 to 11, NTRK1 introns 8 to 10); fusions with
breakpoints outside these regions, and most NTRK2 and NTRK3 fusions, may not be detected by a
DNA-based assay. An RNA-based assay is recommended when a driver is not found in a
never-smoker with adenocarcinoma.

# Appendix C - Limitations
A negative result does not exclude an alteration below the limit of detection, in a region
not covered, or in a sample with low tumour content. Specimens with less than 20% tumour
nuclei may yield false-negative results, in particular for copy-number changes such as MET
or ERBB2 amplification. The assay does not distinguish somatic from germline variants; a
variant with an allele fraction near 50% may be inherited and genetic counselling may be
appropriate. PD-L1 expression, ALK and ROS1 protein expression and MET protein
overexpression are not assessed by this test and require immunohistochemistry.

Therapy and trial associations in this report are drawn from public drug labels and trial
registries at the date of reporting and may change. The presence of an alteration does not
guarantee response to a matched therapy; for example, EGFR exon 20 insertions are generally
insensitive to first-generation EGFR inhibitors, and KRAS G12C inhibitors do not act on
other KRAS codon 12 variants. Clinical correlation is required.

@br
# Appendix D - Reporting criteria
Variants are classified in four tiers following joint professional guidance: tier I (strong
clinical significance), tier II (potential clinical significance), tier III (unknown
significance) and tier IV (benign or likely benign). Tier IV variants are not reported. Tier
III variants are listed for completeness only and should not be used for clinical decisions.
Gene-level statements such as "no reportable alterations" refer only to tier I and II
variants in the sample tested.

Reference sequences: ALK NM_004304.5; BRAF NM_004333.6; EGFR NM_005228.5; ERBB2
NM_004448.4; KRAS NM_033360.4; MET NM_000245.4; NTRK1 NM_002529.4; NTRK2 NM_006180.6; NTRK3
NM_001012338.3; RET NM_020975.6; ROS1 NM_002944.3.

# Appendix E - Quality metrics for this sample
= Median depth: | 812x | Bases >= 250x: | 98.6%
= Tumour content (path): | 35% | Tumour content (computed): | 31%
= DNA input: | 80 ng | Library QC: | Pass

This test was developed and its performance characteristics determined by Kestrel Genomics.
It has not been cleared or approved by a national regulatory agency; such clearance is not
required for laboratory-developed tests used for clinical purposes.
"""

# Trap: two pages of methods/limitations boilerplate naming every schema gene and variant;
# only EGFR, KRAS, BRAF are listed as "no reportable alterations"; fusion genes "not
# performed" (no key); MET positive for exon 14 skipping although MET amplification not found.
CASES.append(
    {
        "id": "mol-boilerplate-met14",
        "kind": "molecular",
        "trap": "3-page report, 2 pages of boilerplate naming every gene; RNA fusions not"
        " performed (no key); MET ex14 skipping with amplification not detected",
        "fmt": "letter",
        "size": 9.5,
        "letterhead": ["KESTREL GENOMICS", "Comprehensive Solid Tumor Profile - DNA"],
        "lh_every_page": False,
        "banner": ["Kestrel Genomics | ABERNATHY, Douglas | Accession KG-26-0091774 | page {p}"],
        "banner_from": 2,
        "footer": "Kestrel Genomics, 2200 Heron Point Rd, Suite 9, Marsh Valley",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Patient | ABERNATHY, Douglas | Accession | KG-26-0091774
= DOB | 1949-05-30 | Specimen | Left lower lobe resection, block 2C
= Ordering physician | Dr. Miriam Castellanos | Received / Reported | 2026-03-02 / 2026-03-16
= Diagnosis (requisition) | Adenocarcinoma of lung | Tumor content | 35%

# Result summary
! 1 clinically significant alteration identified.
@w 20 45 20 15
| Gene | Alteration | Allele fraction / CN | Tier |
| MET | c.3028+1G>T, splice donor - MET exon 14 skipping | 18% | I |

MET amplification: not detected (estimated copy number 2.1).
Genes with no reportable alterations: EGFR, KRAS, BRAF.
RNA fusion analysis was not performed on this specimen (not requested); ALK, ROS1, RET and
NTRK fusion status is not reported.

# Biomarkers
= Tumor mutational burden | 7 mut/Mb | Microsatellite status | Stable

# Variants of uncertain significance (tier III)
PIK3CA p.(Arg88Gln) 4%; ATM p.(Val2424Gly) 47% (possibly germline).

# Interpretation
MET exon 14 skipping alterations occur in roughly 3% of non-small cell lung cancers and are
associated with sensitivity to selective MET inhibitors. See appendices for methods and
limitations.

> Electronically signed by Tobias Lindqvist, MD, PhD - Medical Director, 2026-03-16
"""
        + _M4_BOILERPLATE,
        "gold": gold(
            "adenocarcinoma",
            None,
            {"MET": pos("exon 14 skipping"), **negs("EGFR", "KRAS", "BRAF")},
        ),
    }
)

# Trap: "Detected / Not detected" checkbox columns with [X] marks; EGFR given as
# p.Leu861Gln only; MET row has both boxes empty ("not requested", no key); PD-L1 refers to
# another report (no key). Irish hospital.
CASES.append(
    {
        "id": "mol-checkbox-egfr-l861q",
        "kind": "molecular",
        "trap": "[X]/[ ] Detected vs Not detected columns; p.Leu861Gln -> L861Q; MET row unticked"
        " (not requested); PD-L1 'see separate report'",
        "fmt": "A4",
        "font": "Times",
        "size": 11,
        "letterhead": [
            "Ballinacree University Hospital",
            "Department of Histopathology - Molecular Diagnostics Laboratory",
        ],
        "lh_align": "C",
        "footer": "BUH-MDL-F07 rev 4   Molecular report - lung",
        "page_fmt": "Page {p}",
        "body": """
= Patient: | Máire Ní Bhriain | MRN: | B0419927
= Date of birth: | 21/08/1961 | Consultant: | Dr Colm Fitzmaurice
= Specimen: | EBUS-TBNA station 7, cell block | Lab no.: | MD26/0387

# Histology
Adenocarcinoma (TTF-1 positive), cell block adequate for molecular testing (tumour ~30%).

# Results
@w 22 18 18 42
| Gene | Detected | Not detected | Detail |
| EGFR | [X] | [ ] | exon 21 c.2582T>A p.Leu861Gln (VAF 19%) |
| KRAS | [ ] | [X] | codons 12, 13, 61 |
| BRAF | [ ] | [X] | codon 600 |
| ALK | [ ] | [X] | IHC D5F3 |
| ROS1 | [ ] | [X] | IHC D4D6, no staining |
| MET | [ ] | [ ] | not requested |

PD-L1 (22C3): see separate immunohistochemistry report MD26/0388.

# Comment
The EGFR exon 21 variant detected is an uncommon sensitising mutation. Results discussed with
Dr Fitzmaurice by telephone on 17/03/2026.

> Dr Aoife Delahunt, MB, FRCPath, Consultant Histopathologist
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {"EGFR": pos("L861Q"), **negs("KRAS", "BRAF", "ALK", "ROS1")},
        ),
    }
)

# Trap: RNA fusion panel: "NTRK3 fusion ETV6-NTRK3" -> NTRK with variant NTRK3; pan-TRK IHC
# confirms; therapy list (larotrectinib, entrectinib, repotrectinib) is not treatment.
CASES.append(
    {
        "id": "mol-rna-etv6-ntrk3",
        "kind": "molecular",
        "trap": "ETV6-NTRK3 -> NTRK [NTRK3]; pan-TRK IHC; MET ex14 not detected -> negative;"
        " therapy list is not treatment",
        "fmt": "letter",
        "font": "Helvetica",
        "letterhead": ["Meridian Molecular Diagnostics", "RNA Fusion & Splice Variant Report"],
        "banner": ["Patient: Okafor, Nnamdi E.   MRN 77-40213   Meridian ID: FUS-260318-04"],
        "footer": "Meridian Molecular Diagnostics - confidential health information",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Tumour type | Lung adenocarcinoma | Specimen | RLL CT-guided core, block 1B
= Collected | 2026-02-26 | Reported | 2026-03-18

# Fusion and splice results
@w 22 26 52
| Target | Call | Detail |
| NTRK3 | POSITIVE | ETV6-NTRK3 fusion (ETV6 exon 5 : NTRK3 exon 15), 2,314 supporting reads |
| ALK | Negative | no fusion transcripts |
| ROS1 | Negative | no fusion transcripts |
| RET | Negative | no fusion transcripts |
| MET exon 14 skipping | Negative | no skipped transcript above threshold |

NTRK3 fusion ETV6-NTRK3 detected. Confirmatory pan-TRK immunohistochemistry (clone
EPR17341) on block 1B shows diffuse moderate nuclear and cytoplasmic staining.

# Therapies with potential clinical benefit (drug-label associations)
larotrectinib; entrectinib; repotrectinib. Listing a therapy does not indicate that the patient
has received or should receive it.

# Notes
This RNA assay does not assess point mutations or copy number; EGFR, KRAS and BRAF mutation
status should be taken from the DNA report.

> Reviewed and signed: Samuel Adebayo-Kline, MD, Molecular Genetic Pathology
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {"NTRK": pos("NTRK3"), **negs("ALK", "ROS1", "RET", "MET")},
        ),
    }
)

# Trap: ESCAT-tiered European-style report; "ERBB2 amplification (copy number 12)"; EGFR
# appears only as a tier III variant of uncertain significance (no key); ERBB2 exon 20
# insertion not detected does not change ERBB2 positive.
CASES.append(
    {
        "id": "mol-escat-erbb2-amp",
        "kind": "molecular",
        "trap": "ERBB2 amplification (copy number 12); EGFR only as a VUS -> no key; HER2 exon 20"
        " ins not detected but gene stays positive",
        "fmt": "A4",
        "size": 9.5,
        "letterhead": ["Corrib Bay Genomics Centre", "Solid tumour NGS - lung (DNA + RNA)"],
        "banner": ["Patient: Seán Ó Laoghaire | Hospital no. CB-334120 | DOB 03/02/1955"],
        "footer": "CBGC-LUNG-v3.1 | Authorised report",
        "page_fmt": "- {p} -",
        "body": """
= Referring clinician | Prof. Gráinne Halloran | Specimen | Pleural biopsy, block A4
= Histology | Adenocarcinoma, solid pattern | Tumour cellularity | 50%

# Actionable findings (ESCAT)
@w 18 50 14 18
| Gene | Finding | ESCAT | Method |
| ERBB2 | ERBB2 amplification (copy number 12) | II-B | DNA NGS, CNV |

# Other results
ERBB2 (HER2) exon 20 insertion: not detected.
No reportable alterations: KRAS, BRAF, MET (including exon 14 skipping), ALK, ROS1, RET.

# Variants of uncertain significance (tier III - not for clinical use)
EGFR c.3029T>G p.(Val1010Gly), VAF 48%; CDKN2A c.146T>C p.(Ile49Thr), VAF 12%.

# Interpretation
High-level ERBB2 amplification is present. In published series ERBB2-amplified lung
adenocarcinomas respond variably to HER2-directed antibody-drug conjugates; clinical trial
enrolment may be considered. The EGFR variant listed above is of uncertain significance and
is not a sensitising mutation.

> Authorised by Dr Niamh Corcoran, Principal Clinical Scientist, 19/03/2026
""",
        "gold": gold(
            "adenocarcinoma",
            None,
            {"ERBB2": pos("amplification"), **negs("KRAS", "BRAF", "MET", "ALK", "ROS1", "RET")},
        ),
    }
)
