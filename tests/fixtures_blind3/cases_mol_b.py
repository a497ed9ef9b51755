"""Molecular cases, part B (7): German/French-trained English, abbreviations, tile card, letter,
interim report, five-tier classes.

All patients, clinicians and laboratories are fictional.
"""

# Case bodies are report text; table rows and result lines cannot be wrapped.
# ruff: noqa: E501

from __future__ import annotations

from b3_common import gold, neg, pending, pos, stage, tps, tps_pending

CASES = [
    # Trap: German-trained English ("Evidence for", "No evidence for"), dd.mm.yyyy dates, SP263
    # TPS with a separate immune-cell (IC) score, BRAF/MEK drugs only in a guideline sentence.
    {
        "id": "mol_german_english_braf",
        "kind": "molecular",
        "trap": "German-trained English: 'Evidence for a BRAF mutation', 'No evidence for EGFR "
        "mutation'; TPS 10 % vs IC < 1 %",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "BRAF": pos("V600E"),
                "EGFR": neg(),
                "KRAS": neg(),
                "ALK": neg(),
                "ROS1": neg(),
                "RET": neg(),
                "PD-L1": tps(10),
            },
        ),
        "layout": {
            "font": "helvetica",
            "fmt": "A4",
            "size": 10,
            "letterhead": [
                "Institute of Pathology, Obernau University Hospital",
                "Molecular Pathology Unit  |  Director: Prof. Dr. med. K. Steinhauser",
            ],
            "page_fmt": "Page {p}/{nb}",
        },
        "body": """
CENTER: Molecular pathological findings report
KV: Patient = Brandtner, Joachim ;; Date of birth = 11.07.1957 ;; Our ref. = E-2026-04117-M
KV: Sender = Dr. med. U. Falkenrath, Pneumology, Klinikum Obernau-Nord

h: Material
Transbronchial biopsies, left upper lobe (E-2026-04117), received 03.03.2026.

h: Histological diagnosis (report of 03.03.2026)
Carcinoma of the lung, adenocarcinoma type, predominantly solid growth pattern, with TTF-1
expression.

h: Molecular pathological findings
. Evidence for a BRAF mutation in exon 15 (c.1799T>A; p.V600E), allele frequency 27 %.
. No evidence for EGFR mutation in exons 18 to 21.
. No evidence for KRAS mutation in exons 2 to 4.
. No evidence for an ALK, ROS1 or RET fusion in the RNA-based analysis.

h: Immunohistochemistry
PD-L1 (clone SP263): tumour proportion score (TPS) 10 %, immune cells (IC) < 1 %.

h: Evaluation
The tumour carries a BRAF V600E mutation. With regard to a therapy with BRAF/MEK inhibitors
(dabrafenib/trametinib) we refer to the current guidelines and to the interdisciplinary tumour
board.
SMALL: Method: DNA and RNA panel sequencing (semiconductor platform), 50 genes (DNA) and 4 fusion
SMALL: genes (RNA); analytical sensitivity 5 % allele frequency.
. Obernau, 12.03.2026    Prof. Dr. med. K. Steinhauser / Dr. rer. nat. M. Oberlin
""",
    },
    # Trap: French-trained English ("Research of ... : presence of / absence of"), G719C ->
    # G719X, PD-L1 "analysis in progress" -> pending, drugs named only from the literature.
    {
        "id": "mol_french_english_g719",
        "kind": "molecular",
        "trap": "French-trained English 'Research of EGFR mutations: presence of p.G719C' -> G719X; "
        "'absence of rearrangement'; PD-L1 in progress -> pending",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "EGFR": pos("G719X"),
                "KRAS": neg(),
                "ALK": neg(),
                "ROS1": neg(),
                "PD-L1": tps_pending(),
            },
        ),
        "layout": {
            "font": "times",
            "fmt": "A4",
            "size": 10.5,
            "letterhead": [
                "Centre Hospitalier de Valmorin",
                "Plateforme de g\u00e9n\u00e9tique mol\u00e9culaire des cancers",
            ],
            "lh_align": "C",
            "page_fmt": "{p}/{nb}",
        },
        "body": """
CENTER: Molecular genetics of cancers - Results report
KV: Patient = Mme DUCHESNAY Aurelie ;; Born = 14/05/1963 ;; No. = VAL-26-01945
KV: Prescriber = Dr Morvan (Pneumology) ;; Sample = Bronchial biopsy, block B1

h: Histological diagnosis
Pulmonary adenocarcinoma, papillary predominant, TTF1 positive. Tumour cellularity estimated at
35 %.

h: Results
. Research of EGFR mutations (exons 18 to 21): presence of a mutation p.G719C (c.2155G>T) in exon 18.
. Research of KRAS mutations (exons 2, 3, 4): absence of mutation.
. Research of ALK rearrangement by immunohistochemistry (clone D5F3): negative (score 0).
. Research of ROS1 rearrangement by immunohistochemistry (clone D4D6): negative, confirmed by FISH (absence of rearrangement).
. PD-L1 (clone 22C3): analysis in progress, the result will be transmitted separately.

h: Conclusion
Presence of an uncommon EGFR mutation of exon 18 (G719C). According to the literature, these
mutations show sensitivity to afatinib and osimertinib. To be discussed in the thoracic
multidisciplinary meeting.
. Valmorin, 19/03/2026 - Dr Solene Kerbrat, biologist
""",
    },
    # Trap: heavy abbreviation (NSCLC-NOS, KRASG12C, ALK-r neg, wt, TPS >=50%), board options
    # and a consensus plan that are not yet given.
    {
        "id": "mol_tumor_board_abbreviations",
        "kind": "molecular",
        "trap": "abbreviations NSCLC-NOS, KRASG12C, 'EGFR wt', 'ALK-r neg', 'TPS 70% (>=50%)'; "
        "consensus regimen planned, not given",
        "gold": gold(
            histology="non-small cell carcinoma",
            stage=stage("c", "T2a", "N2", "M1b", "IVA"),
            biomarkers={
                "KRAS": pos("G12C"),
                "EGFR": neg(),
                "ALK": neg(),
                "ROS1": neg(),
                "RET": neg(),
                "MET": neg(),
                "PD-L1": tps(70),
            },
        ),
        "layout": {
            "font": "dejavu",
            "size": 9.5,
            "letterhead": ["Marrowfield Community Cancer Center", "Molecular Pathology"],
            "page_fmt": None,
        },
        "body": """
CENTER: Molecular Tumor Board {--} Case Summary
. Prepared by Molecular Pathology for the MTB of 03/05/2026 (case 4 of 7)
KV: Pt = R.K. (MRN 770-41-28) ;; Age/sex = 66M ;; Smoking = ex, 40 pk-yr

TABLE 22 78 rules nohead
| Dx | NSCLC-NOS (TTF-1 weak/focal, p40 neg), RUL core bx 02/11/2026 |
| Stage | cT2a N2 M1b, st IVA (solitary L adrenal met) |
| Mol (tissue NGS) | KRASG12C (VAF 18%); STK11 wt; KEAP1 wt; EGFR wt; ALK-r neg; ROS1 neg; RET neg; MET ex14 neg |
| IHC | PD-L1 22C3 TPS 70% ({>=}50%) |
| Tx to date | none {--} treatment-naive |

h: Discussion
1L options reviewed: pembrolizumab monotherapy (TPS {>=}50%) vs carboplatin/pemetrexed/
pembrolizumab given the adrenal met and symptom burden. KRAS G12C inhibitors (sotorasib,
adagrasib) are not approved 1L here {->} reserve for 2L. STK11/KEAP1 wild-type noted.

h: Consensus
Carboplatin + pemetrexed + pembrolizumab; SBRT to the adrenal to be considered after 4 cycles.
Planned start: week of 03/09/2026.
SMALL: Attendees: T. Brennan-Soto (med onc), J. Quarshie (mol path), L. Ferrante (rad onc), P.
SMALL: Dabrowski (thoracic surgery), H. Ma (pharmacy). Recommendations are not orders.
""",
    },
    # Trap: landscape dashboard card with one box per gene: names and statuses come out of the
    # text layer row by row; "exon 20 insertions" is the scope of a NOT DETECTED box.
    {
        "id": "mol_tile_card_ntrk1",
        "kind": "molecular",
        "trap": "landscape tile card, gene names and statuses on separate text rows; "
        "IRF2BP2::NTRK1 -> NTRK1; scope text 'exon 20 insertions' under NOT DETECTED",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "NTRK": pos("NTRK1"),
                "EGFR": neg(),
                "ALK": neg(),
                "ROS1": neg(),
                "KRAS": neg(),
                "BRAF": neg(),
                "MET": neg(),
                "RET": neg(),
                "ERBB2": neg(),
            },
        ),
        "layout": {
            "font": "helvetica",
            "orient": "L",
            "size": 10,
            "letterhead": ["Aurelian Precision Lab"],
            "lh_align": "R",
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: Driver Result Card
KV: Patient = Castellanos, Mireya ;; DOB = 08/19/1977 ;; Accession = APL-26-30911 ;; Reported = 04/14/2026
KV: Indication = lung adenocarcinoma ;; Specimen = FFPE core, liver segment 7 ;; Assay = DNA + RNA NGS
GAP 3
TILES 3
| EGFR | NOT DETECTED | mutations and exon 20 insertions |
| ALK | NOT DETECTED | fusions |
| ROS1 | NOT DETECTED | fusions |
| KRAS | NOT DETECTED | codons 12, 13, 61 |
| BRAF | NOT DETECTED | V600 and non-V600 |
| MET | NOT DETECTED | exon 14 skipping; amplification |
| RET | NOT DETECTED | fusions |
| NTRK1/2/3 | DETECTED | IRF2BP2::NTRK1 fusion (RNA, 214 reads) |
| ERBB2 | NOT DETECTED | mutations; amplification |
SMALL: PD-L1 immunohistochemistry is not performed by this laboratory. Fusions involving NTRK1,
SMALL: NTRK2 or NTRK3 are the target of TRK inhibitors such as larotrectinib and entrectinib;
SMALL: eligibility is for the treating physician to decide. Signed: Noor Haddad-Whitfield, MD.
""",
    },
    # Trap: a letter from the lab, results in prose; first-line chemotherapy received is quoted
    # from the request form; RET inhibitors named only as having activity.
    {
        "id": "mol_lab_letter_ret",
        "kind": "molecular",
        "trap": "molecular results as a letter; CCDC6-RET; selpercatinib/pralsetinib only named; "
        "carboplatin+pemetrexed received (from request form)",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "RET": pos("CCDC6-RET"),
                "EGFR": neg(),
                "KRAS": neg(),
                "BRAF": neg(),
                "ERBB2": neg(),
                "MET": neg(),
                "ALK": neg(),
                "ROS1": neg(),
            },
            treatments=["carboplatin", "pemetrexed"],
        ),
        "layout": {
            "font": "times",
            "fmt": "A4",
            "size": 11,
            "letterhead": [
                "Fenwick Regional Molecular Pathology Service",
                "Level 3, Clarion Building, 40 Wexley Road, Fenwick",
            ],
            "lh_align": "R",
            "page_fmt": None,
        },
        "body": """
. 21 April 2026
.
. Dr Chidera Okafor
. Consultant Medical Oncologist, Fenwick Cancer Centre
.
. Dear Dr Okafor,
.
. Re: Ms Yevgenia Tarrant, DOB 30/01/1966, hospital no. FRH-4410782; our ref. MP26-1190
GAP 2
I write with the results of molecular testing on the pleural fluid cell block (C26-0712) from your
patient, who has metastatic lung adenocarcinoma.

A CCDC6-RET fusion was detected by RNA sequencing (CCDC6 exon 1 joined to RET exon 12, 186
supporting reads). No pathogenic variants were found in EGFR, KRAS, BRAF or ERBB2, and MET exon 14
skipping was not identified. The fusion analysis showed no ALK or ROS1 rearrangement.

Selective RET inhibitors such as selpercatinib and pralsetinib have shown activity in RET
fusion-positive lung cancer. I note from your request form that she has so far received four
cycles of carboplatin and pemetrexed, completed in February.

Please do not hesitate to contact me if you would like to discuss the result.
. Yours sincerely,
.
. Dr Rosalind Vanterpool, Consultant Clinical Scientist
""",
    },
    # Trap: interim report; DNA results final but RNA fusions and MET exon 14 "in progress" ->
    # pending; KRAS only as three-letter HGVS p.(Gly12Asp).
    {
        "id": "mol_interim_rna_pending",
        "kind": "molecular",
        "trap": "INTERIM report: KRAS p.(Gly12Asp) -> G12D; ALK/ROS1/RET/NTRK fusions and MET "
        "exon 14 'in progress' -> pending",
        "gold": gold(
            histology="adenocarcinoma",
            biomarkers={
                "KRAS": pos("G12D"),
                "EGFR": neg(),
                "BRAF": neg(),
                "ERBB2": neg(),
                "ALK": pending(),
                "ROS1": pending(),
                "RET": pending(),
                "NTRK": pending(),
                "MET": pending(),
            },
        ),
        "layout": {
            "font": "helvetica",
            "fmt": "A4",
            "size": 10,
            "letterhead": ["Westmarch Genomic Medicine Service"],
            "banner": ["PRENDERGAST, Alun  |  WGM-26-07713  |  INTERIM"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: INTERIM REPORT - DNA RESULTS ONLY
KV: Name = PRENDERGAST, Alun ;; Hospital no. = 943 551 2087 ;; DOB = 05/10/1960
KV: Referral diagnosis = non-small cell carcinoma, favour adenocarcinoma (bronchial biopsy)
KV: Test = Solid tumour DNA + RNA panel ;; Lab no. = WGM-26-07713 ;; Issued = 14/04/2026

H: DNA results (final)
TABLE 14 44 12 30 grid
| Gene | Variant | VAF | Classification |
| KRAS | c.35G>A p.(Gly12Asp) | 24% | Pathogenic |
| EGFR | No variant detected | - | - |
| BRAF | No variant detected | - | - |
| ERBB2 | No variant detected | - | - |

H: RNA results (pending)
RNA analysis is in progress for ALK, ROS1, RET and NTRK1-3 fusions and for MET exon 14 skipping.
A supplementary report will follow, and this interim report will then be superseded.

h: Interpretation
KRAS p.(Gly12Asp) is a pathogenic variant. The RNA analysis is being completed as requested by
the referring team.
. Authorised by: Dr Eluned Castairs, Consultant Clinical Scientist
""",
    },
    # Trap: five-tier classification; EGFR appears only as a Class 3 (uncertain) variant -> no
    # key; MET splice-site variant with exon 14 skipping, copy number not amplified.
    {
        "id": "mol_five_tier_met_ex14",
        "kind": "molecular",
        "trap": "Class 5/Class 3 table: MET c.3082+2T>C exon 14 skipping; EGFR only Class 3 VUS "
        "-> no key; MET 'not amplified' does not negate",
        "gold": gold(
            histology="non-small cell carcinoma",
            biomarkers={
                "MET": pos("exon 14 skipping"),
                "KRAS": neg(),
                "BRAF": neg(),
                "ERBB2": neg(),
                "ALK": neg(),
                "ROS1": neg(),
                "RET": neg(),
            },
        ),
        "layout": {
            "font": "helvetica",
            "size": 9.5,
            "letterhead": ["Northmoor Genetics", "Somatic testing laboratory"],
            "page_fmt": "{p} of {nb}",
        },
        "body": """
CENTER: Somatic Variant Report - Lung Panel v4
KV: Patient = Abernathy-Kwon, Desmond ;; DOB = 12/12/1949 ;; Lab ID = NMG-26-05127
KV: Referral = non-small cell lung carcinoma ;; Specimen = EBUS-TBNA 11R, cell block

h: Variants
TABLE 11 53 10 26 grid
| Gene | Variant | VAF | Classification |
| MET | c.3082+2T>C, exon 14 splice donor; RNA confirms exon 14 skipping | 29% | Class 5 - Pathogenic |
| TP53 | c.743G>A p.(Arg248Gln) | 33% | Class 5 - Pathogenic |
| EGFR | c.2492C>T p.(Thr831Ile) | 48% | Class 3 - Uncertain significance |
SMALL: Classes follow a five-tier scheme: 5 pathogenic, 4 likely pathogenic, 3 uncertain
SMALL: significance, 2 likely benign, 1 benign. Class 3 variants are not used for clinical
SMALL: decisions and may be reclassified.

h: Copy number
. MET: not amplified (estimated 2.3 copies)

h: Genes without Class 4 or 5 alterations
No Class 4 or Class 5 alterations (variants or fusions) were detected in KRAS, BRAF, ERBB2, ALK,
ROS1 or RET.
. Reported 03/19/2026 by Ilse Vandermolen, PhD
""",
    },
]
