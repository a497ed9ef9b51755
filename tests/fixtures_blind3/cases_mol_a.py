"""Molecular cases, part A (7): result vocabularies, FISH, PCR calls, integrated/amended reports.

All patients, clinicians and laboratories are fictional.
"""

# Case bodies are report text; table rows and result lines cannot be wrapped.
# ruff: noqa: E501

from __future__ import annotations

from b3_common import gold, neg, pos

CASES = [
    # Trap: "Rearranged" / "Not rearranged" / "Fusion not detected" / "Wild-type" vocabulary,
    # an exon-level fusion written with "::", and approved ALK drugs listed in the interpretation.
    {
        "id": "mol_rearranged_vocabulary",
        "kind": "molecular",
        "trap": "'Rearranged'/'Not rearranged'/'Wild-type' vocabulary; EML4 exon 6 :: ALK exon 20; "
        "ALK drug names in interpretation are not treatments",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "ALK": pos("EML4-ALK"),
                "ROS1": neg(),
                "RET": neg(),
                "NTRK": neg(),
                "EGFR": neg(),
                "KRAS": neg(),
                "BRAF": neg(),
                "ERBB2": neg(),
                "MET": neg(),
            },
        ),
        "layout": {
            "font": "helvetica",
            "size": 9.5,
            "letterhead": [
                "Tindall Genomics Laboratory",
                "1180 Foundry Row, Suite 4, Carrow Bay  |  Laboratory director: Priya "
                "Venkataraman, MD, PhD",
            ],
            "page_fmt": "Page {p} of {nb}",
            "footer": "TG-RPT-07 rev C",
        },
        "body": """
CENTER: Targeted DNA and RNA Panel - Final Report
KV: Patient = Deveraux, Colm ;; DOB = 1958-09-14 ;; MRN = TG-5531820
KV: Specimen = FFPE, block 2B ;; Collected = 2026-02-11 ;; Reported = 2026-02-24
KV: Site = L supraclavicular node ;; Tumour content = approx. 40% ;; Ordered by = Dr A. Nakamura
KV: Diagnosis (as provided) = Adenocarcinoma of lung, metastatic to lymph node

H: Result summary
. ALK: Rearranged (EML4 exon 6 :: ALK exon 20; detected in RNA)
. ROS1: Not rearranged
. RET: Fusion not detected
. NTRK1/2/3: Fusion not detected
. EGFR: Wild-type
. KRAS: Wild-type
. BRAF: Wild-type
. ERBB2: Wild-type
. MET: No exon 14 skipping; copy number not increased

H: Interpretation
An EML4::ALK fusion was identified in RNA from this specimen, joining EML4 exon 6 to ALK exon 20
(the isoform often called variant 3). Rearrangements of ALK are the target of several approved
ALK tyrosine kinase inhibitors, for example alectinib, brigatinib and lorlatinib. The choice of
therapy rests with the treating physician.

H: Method and limitations
DNA: hybrid-capture sequencing of the coding exons of 68 genes. RNA: anchored multiplex PCR for
fusions in 31 genes. Minimum reportable allele fraction 5%. A result of "wild-type" or "not
rearranged" means that no alteration was found above the limit of detection in the regions
covered; it does not exclude an alteration below that limit.
SMALL: Electronically signed by Priya Venkataraman, MD, PhD, 2026-02-24 16:02. This test was
SMALL: developed and validated by Tindall Genomics Laboratory.
""",
    },
    # Trap: FISH numbers and cut-offs in a table; the resistance context (EGFR exon 19 deletion,
    # progression on osimertinib) is stated only in the clinical information.
    {
        "id": "mol_fish_met_amplified",
        "kind": "molecular",
        "trap": "FISH table with split-signal % and cut-offs; MET/CEP7 2.6 = amplification; "
        "EGFR ex19del and osimertinib only in clinical information",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "MET": pos("amplification"),
                "ALK": neg(),
                "ROS1": neg(),
                "RET": neg(),
                "EGFR": pos("exon 19 deletion"),
            },
            treatments=["osimertinib"],
        ),
        "layout": {
            "font": "times",
            "size": 10.5,
            "letterhead": [
                "Bellwether Regional Medical Center",
                "Cytogenetics and Molecular Cytogenetics Laboratory",
            ],
            "lh_align": "C",
            "page_fmt": "{p}/{nb}",
        },
        "body": """
CENTER: FLUORESCENCE IN SITU HYBRIDIZATION (FISH) REPORT - SOLID TUMOR
KV: Name = Arbuthnot, Lena M. ;; Lab no. = CG26-00871 ;; DOB = 03/02/1961
KV: Specimen = Right lower lobe core biopsy, block A1 ;; Received = 03/09/2026

h: Clinical information
Non-small cell carcinoma, favor adenocarcinoma. Known EGFR exon 19 deletion (outside NGS, 2024).
Radiographic progression on osimertinib; please assess for resistance mechanisms.

TABLE 34 14 50 34 grid
| Probe set | Nuclei scored | Signal pattern | Interpretation |
| ALK break-apart (2p23) | 100 | 3% split or isolated 3' signals | Negative (cut-off 15%) |
| ROS1 break-apart (6q22) | 100 | 2% split signals | Negative (cut-off 15%) |
| RET break-apart (10q11.2) | 100 | 4% split signals | Negative (cut-off 15%) |
| MET (7q31) / CEP7 | 60 | MET/CEP7 ratio 2.6; mean MET 7.1 copies per nucleus | Amplified |

h: Result
. MET: Amplified (MET/CEP7 ratio 2.6)
. ALK, ROS1 and RET: no rearrangement detected

h: Comment
MET amplification is a recognized route of acquired resistance to EGFR tyrosine kinase
inhibitors. This FISH assay does not detect MET exon 14 skipping or EGFR point mutations; those
require sequencing.
SMALL: Criteria: rearrangement if split or isolated 3' signals are seen in 15% or more of nuclei;
SMALL: MET amplification if the MET/CEP7 ratio is 2.0 or more, or the mean MET copy number is 6 or
SMALL: more. Reviewed by Oksana Pridmore, PhD, FACMG-eligible cytogeneticist.
""",
    },
    # Trap: calls only as "Mutant"/"Wildtype" in a column; a second EGFR row (exon 20, T790M)
    # says Wildtype while the gene is positive; NRAS is not a schema gene.
    {
        "id": "mol_mutant_wildtype_calls",
        "kind": "molecular",
        "trap": "'Mutant'/'Wildtype' call column; second EGFR row (T790M region) Wildtype but "
        "EGFR stays positive; NRAS ignored",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={"EGFR": pos("L858R"), "KRAS": neg(), "BRAF": neg()},
        ),
        "layout": {
            "font": "helvetica",
            "fmt": "A4",
            "size": 10,
            "letterhead": ["Saint Odile Hospital", "Department of Molecular Pathology"],
            "page_fmt": "p. {p}",
        },
        "body": """
CENTER: Rapid Mutation Panel (cartridge real-time PCR)
KV: Patient = Ferreira-Lund, Tomas ;; Hosp. no. = SO-0098123 ;; Sex = M
KV: Block = B2 (RLL core biopsy) ;; Diagnosis = Adenocarcinoma ;; Tumour cells = 30%
KV: Requested = 02/03/2026 ;; Run = 02/04/2026 ;; Authorised = 02/04/2026

h: Results
TABLE 18 52 18 32 rules
| Gene | Region interrogated | Call | Detail |
| EGFR | exon 18 (G719), exon 19 deletions, exon 21 (L858R, L861Q) | Mutant | L858R (exon 21) |
| EGFR | exon 20 (T790M, S768I, insertions) | Wildtype | - |
| KRAS | codons 12, 13, 59, 61, 117, 146 | Wildtype | - |
| NRAS | codons 12, 13, 59, 61, 117, 146 | Wildtype | - |
| BRAF | codon 600 | Wildtype | - |
SMALL: Mutant = a targeted variant was detected above the assay cut-off. Wildtype = none of the
SMALL: targeted variants was detected. Variants outside the listed codons are not assessed.

h: Conclusion
EGFR-mutant tumour (L858R). No KRAS or BRAF variant detected.
. Validated by: Dr Amandine Locquet, molecular pathologist
""",
    },
    # Trap: the same gene tested twice (plasma PCR negative, tissue NGS positive) with a final
    # integrated result; T790M "not detected" must not turn EGFR negative.
    {
        "id": "mol_integrated_egfr",
        "kind": "molecular",
        "trap": "EGFR tested twice: plasma PCR not detected vs tissue 'Mutation detected - exon 19 "
        "deletion (p.E746_A750del)'; integrated result positive",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "EGFR": pos("exon 19 deletion"),
                "ALK": neg(),
                "ROS1": neg(),
                "KRAS": neg(),
            },
        ),
        "layout": {
            "font": "dejavu",
            "size": 9.5,
            "letterhead": ["Quillon Molecular Diagnostics", "Reference laboratory {*} Report"],
            "banner": ["Oyelaran, Bisi {*} QMD-26-14402"],
            "banner_from": 1,
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: Integrated EGFR Report {--} Plasma and Tissue
KV: Patient = Oyelaran, Bisi ;; DOB = 22 Jun 1969 ;; Report ID = QMD-26-14402
KV: Tissue diagnosis = adenocarcinoma, left lower lobe (EBUS station 7, 20 Jan 2026)

H: 1. Plasma cfDNA, allele-specific PCR (drawn 12 Jan 2026)
. EGFR exon 19 deletions: not detected
. EGFR L858R: not detected
. EGFR T790M: not detected
. Plasma result: EGFR mutation not detected. Low cfDNA input (4.1 ng).

H: 2. Tissue NGS, 74-gene panel (block from 20 Jan 2026)
. EGFR: Mutation detected {--} exon 19 deletion (p.E746_A750del), VAF 31%
. ALK: no fusion detected
. ROS1: no fusion detected
. KRAS: no mutation detected

H: 3. Integrated result
. EGFR: MUTATION DETECTED (exon 19 deletion)
The tissue result takes precedence. The negative plasma test is attributed to low tumour DNA
shedding and does not alter the tissue finding. T790M was not detected in either specimen.
SMALL: Integrated reporting combines all EGFR results held for this patient at the time of
SMALL: sign-out. Signed: Harriet Okonkwo-Blaine, PhD, FACMG {--} 03 Feb 2026.
""",
    },
    # Trap: an amended report whose table still shows the superseded original calls; BRAF V600E
    # was withdrawn (now negative); KRAS G13D unchanged.
    {
        "id": "mol_amended_braf_withdrawn",
        "kind": "molecular",
        "trap": "AMENDED report: BRAF p.V600E in the superseded column was withdrawn -> negative; "
        "KRAS G13D unchanged",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={"BRAF": neg(), "KRAS": pos("G13D"), "EGFR": neg()},
        ),
        "layout": {
            "font": "helvetica",
            "size": 10,
            "letterhead": ["Harlan Ridge Molecular Laboratory", "Solid tumour sequencing service"],
            "page_fmt": None,
            "footer": "Amended report - supersedes all previous versions",
        },
        "body": """
CENTER: AMENDED REPORT
. This amended report replaces the final report dated 09-Feb-2026. Changes are marked.

h: Reason for amendment
Laboratory review found that the BRAF p.V600E call in the original report arose from carry-over
contamination on sequencing run R-2231. The specimen was re-extracted and re-sequenced on a new
library; the BRAF call is withdrawn. All other results were re-confirmed.

KV: Patient = Quist, Hannelore ;; DOB = 17-Nov-1955 ;; Accession = HR-MOL-26-0316
KV: Diagnosis on requisition = non-small cell lung carcinoma, favour adenocarcinoma

h: Results
TABLE 16 42 42 grid
| Gene | Original report (superseded) | Amended result |
| BRAF | p.V600E detected (VAF 6%) | No mutation detected ** CHANGED ** |
| KRAS | p.G13D (c.38G>A) detected, VAF 35% | p.G13D (c.38G>A) detected, VAF 35% - unchanged |
| EGFR | No mutation detected | No mutation detected - unchanged |

h: Amended interpretation
KRAS p.G13D is present. No BRAF or EGFR mutation was detected. The comment in the original report
on BRAF-directed therapy no longer applies.
. Amended by: Dr Jonas Whitlow-Eze, 23-Feb-2026
""",
    },
    # Trap: an evidence-level table (Level 1-4) naming drugs that were never given; an explicit
    # "treatment-naive" history; negatives only in a "Pertinent negatives" sentence.
    {
        "id": "mol_evidence_levels_erbb2",
        "kind": "molecular",
        "trap": "Level 1/3/4 evidence table lists drugs (not treatments); ERBB2 exon 20 insertion "
        "p.A775_G776insYVMA; pertinent-negatives sentence",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "ERBB2": pos("exon 20 insertion"),
                "EGFR": neg(),
                "KRAS": neg(),
                "BRAF": neg(),
                "ALK": neg(),
                "ROS1": neg(),
                "RET": neg(),
                "MET": neg(),
                "NTRK": neg(),
            },
        ),
        "layout": {
            "font": "helvetica",
            "size": 9,
            "letterhead": ["Corvane Oncology Genomics", "Comprehensive tumor profiling"],
            "lh_first_only": True,
            "banner": ["Lindqvist-Amari, Sofie | CV-260488 | DOB 04/30/1972"],
            "banner_from": 2,
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: Comprehensive Tumor Profile
KV: Patient = Lindqvist-Amari, Sofie ;; DOB = 04/30/1972 ;; Accession = CV-260488
KV: Tumor type = Lung adenocarcinoma ;; Specimen = Pleural biopsy (FFPE) ;; Purity = 50%
KV: Treatment history provided = none (treatment-naive)

H: Alterations detected
TABLE 16 50 12 22 grid
| Gene | Alteration | VAF | Class |
| ERBB2 | exon 20 insertion, p.A775_G776insYVMA | 22% | Oncogenic |
| TP53 | p.R273H | 41% | Oncogenic |

H: Evidence levels and associated agents
TABLE 30 12 36 22 grid
| Alteration | Level | Agents | Context |
| ERBB2 exon 20 insertion | Level 1 | trastuzumab deruxtecan; zongertinib | FDA-recognized in NSCLC |
| ERBB2 exon 20 insertion | Level 3 | investigational pan-HER inhibitors | Clinical trials |
| TP53 p.R273H | Level 4 | none | Biological evidence only |
SMALL: Level 1: biomarker recognized for an approved drug in this tumor type. Level 2: standard
SMALL: biomarker for an approved drug in another indication. Level 3: clinical evidence for an
SMALL: investigational agent. Level 4: biological evidence only. Agents are listed for
SMALL: information; they are not treatment recommendations and are not drugs the patient received.

H: Pertinent negatives
No alterations were detected in EGFR, KRAS, BRAF, ALK, ROS1, RET, MET or NTRK1/2/3.

PAGE
H: Other biomarkers
. Tumor mutational burden: 7 mutations/Mb
. Microsatellite status: stable

H: Methods
DNA and RNA were extracted from the pleural biopsy and sequenced with a hybrid-capture panel of
324 genes and a targeted RNA fusion panel. Copy-number changes are inferred from normalized depth.
Variants are classified as oncogenic, likely oncogenic or of uncertain significance; variants of
uncertain significance are not shown on page 1.
SMALL: Electronically signed by Mateo Ibarra-Sloane, MD, 04/02/2026.
""",
    },
    # Trap: results appear only in the final "In summary" sentence after long method/quality text;
    # the panel's gene list is "available on request", so no gene is named only as panel content.
    {
        "id": "mol_summary_sentence_ros1",
        "kind": "molecular",
        "trap": "results only in the closing 'In summary' sentence: CD74::ROS1 (exon 6 to exon 34); "
        "EGFR/KRAS/BRAF/ALK negative",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "ROS1": pos("CD74-ROS1"),
                "EGFR": neg(),
                "KRAS": neg(),
                "BRAF": neg(),
                "ALK": neg(),
            },
        ),
        "layout": {
            "font": "times",
            "size": 11,
            "letterhead": ["Ashgrove Institute for Molecular Oncology"],
            "lh_align": "C",
            "page_fmt": "- {p} -",
        },
        "body": """
CENTER: Molecular Oncology Report
. Patient: Marguerite Ollander     Date of birth: 2 March 1980     Reference: AIM-26-2207
. Requested by: Dr Hideo Brannigan, Thoracic Oncology, Ashgrove General Hospital
RULE

h: Specimen
Formalin-fixed, paraffin-embedded core biopsy of the left lower lobe (block 1A), received on
18 March 2026. The pathologist marked an area of approximately 60% tumour nuclei; DNA yield 84 ng
and RNA yield 112 ng, both sufficient for testing.

h: Method
Nucleic acids were extracted from macrodissected sections. DNA was sequenced with a 52-gene
hybrid-capture panel and RNA with a 20-gene anchored fusion panel (gene lists are available on
request). Variants are reported down to 5% allele fraction; fusions need at least five unique
reads spanning the breakpoint.

h: Quality
Mean unique coverage 912x; 98% of targeted bases were covered at 250x or more. RNA control genes
passed. No sample contamination was detected.

h: Limitations
Alterations below the limit of detection, large rearrangements outside the captured regions and
fusions with unusual breakpoints may be missed. This test does not assess germline status.

h: Summary
In summary, RNA sequencing identified a CD74::ROS1 fusion (CD74 exon 6 joined to ROS1 exon 34) in
this lung adenocarcinoma; no pathogenic variants were found in EGFR, KRAS or BRAF, and no ALK
fusion was detected.

. Dr Felicity Marchbanks-Oduya, Clinical Scientist, 27 March 2026
""",
    },
]
