"""Clinical documents, part 2 (6 cases): short note, tumour board, letters, EHR print-out."""

from __future__ import annotations

from blind2_common import gold, neg, negs, pdl1, pos, stage

CASES: list[dict] = []

# Trap: a three-line phone-review note; abbreviations "chemoRT", "carboplatin/paclitaxel";
# durvalumab ongoing ("on ... since Feb").
CASES.append(
    {
        "id": "clin-3line-phone-review",
        "kind": "clinical",
        "trap": "3-line phone note: completed chemoRT with carboplatin/paclitaxel + on durvalumab"
        " -> all received; stage IIIA (cT2a N2 M0)",
        "fmt": "letter",
        "size": 10,
        "page_fmt": None,
        "body": """
> Phone review 02/04/2026 - Mr Kwame Adeyemi-Ross (MRN 7720-1183) - Dr L. Fairbanks, Thoracic Onc.
> Adenocarcinoma RUL, stage IIIA (cT2a N2 M0). Completed chemoRT, carboplatin/paclitaxel Jan 2026.
> On durvalumab since Feb, no cough or pneumonitis symptoms. Continue; CT chest in 6 weeks.
""",
        "gold": gold(
            "adenocarcinoma",
            stage("c", "T2a", "N2", "M0", "IIIA"),
            {},
            ["carboplatin", "durvalumab", "paclitaxel"],
        ),
    }
)

# Trap: Canadian tumour board; results in a 4-column table (gene in col 1, result in col 4);
# a RET result withdrawn because it belonged to another patient (no key); "start alectinib
# next week" is a plan.
CASES.append(
    {
        "id": "clin-tumour-board-ca-alk",
        "kind": "clinical",
        "trap": "tumour board: 4-col result table; RET result belonged to another patient ->"
        " no key; 'start alectinib next week' -> not received",
        "fmt": "letter",
        "size": 10,
        "letterhead": [
            "Tamarack Bay Regional Cancer Program",
            "Thoracic Tumour Board - Case Summary",
        ],
        "banner": ["Beaulieu, Simone  |  MRN 8840-2261  |  Board date 2026-03-11"],
        "banner_from": 2,
        "footer": "Tamarack Bay RCP - tumour board record",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Patient | Beaulieu, Simone | DOB | 1963-07-30
= Presenter | Dr. G. Oduya (Respirology) | Meeting date | 2026-03-11

# Clinical summary
62-year-old never-smoker with progressive dyspnoea. CT/PET: 2.8 cm left upper lobe mass with
bulky contralateral mediastinal (2R) nodes; no distant disease on PET or MRI brain. Staging:
cT2a N3 M0, stage IIIB. EBUS-TBNA of 4L and 2R: adenocarcinoma.

# Biomarker results
@w 26 30 16 28
| Test | Specimen | Reported | Result |
| ALK (D5F3) IHC | EBUS 4L cell block | 2026-02-11 | Positive |
| EGFR (NGS hotspot panel) | EBUS 4L cell block | 2026-02-18 | No variant detected |
| PD-L1 (22C3) | EBUS 4L cell block | 2026-02-11 | TPS 25% |

Note: a RET FISH result filed to this chart on 2026-02-14 belonged to another patient and has
been withdrawn (safety report SR-26-0193). No RET testing has been performed for Ms. Beaulieu.

# Discussion
Not a candidate for concurrent chemoradiation (FEV1 41% and DLCO 35% predicted). Consensus
for ALK-directed therapy with radiation oncology reassessment at three months.

# Plan
Plan: start alectinib next week (Dr. Oduya to arrange drug coverage); repeat CT in 8 weeks.

> Recorded by Marisol Antczak, RN, Tumour Board Coordinator
""",
        "gold": gold(
            "adenocarcinoma",
            stage("c", "T2a", "N3", "M0", "IIIB"),
            {"ALK": pos(), "EGFR": neg(), "PD-L1": pdl1(25)},
        ),
    }
)

# Trap: Canadian letter to the family physician; "previously treated with carboplatin/
# pemetrexed (2023)" (received), capmatinib started (received), tepotinib only an alternative.
CASES.append(
    {
        "id": "clin-gp-letter-ca-met",
        "kind": "clinical",
        "trap": "letter to GP: carboplatin/pemetrexed (2023) + capmatinib received; tepotinib"
        " alternative; stage IVB group only",
        "fmt": "letter",
        "font": "Times",
        "size": 11,
        "letterhead": ["Lakeshore Oncology Associates", "Medical Oncology"],
        "lh_every_page": False,
        "page_fmt": "Page {p} of {nb}",
        "body": """
> March 19, 2026
>
> Dr. Marie-Ève Tremblay, Clinique médicale du Vieux-Quai, Port-Lavallée
>
! RE: Mr. Gordon Fairweather-Ilunga, DOB 1950-08-08

Dear Dr. Tremblay,

I saw Mr. Fairweather-Ilunga today in follow-up of his stage IVB lung adenocarcinoma. As you
know, he was previously treated with carboplatin/pemetrexed (2023), with a partial response
lasting fourteen months. A repeat biopsy of a new liver lesion in November 2025 showed MET
exon 14 skipping (c.3082+1G>A) on tissue NGS; MET amplification was not detected. He started
capmatinib on 10 January 2026.

He is tolerating capmatinib reasonably well apart from grade 2 peripheral oedema, which we
are managing with compression stockings and leg elevation. We discussed tepotinib as an
alternative should the oedema become limiting. His restaging CT shows stable disease.

I would be grateful if you could check his creatinine and liver enzymes in four weeks. I will
see him again in six weeks.

Sincerely,

> Dr. Adaeze Whitlock-Ng, FRCPC - Medical Oncology
""",
        "gold": gold(
            "adenocarcinoma",
            stage(None, None, None, None, "IVB"),
            {"MET": pos("exon 14 skipping")},
            ["capmatinib", "carboplatin", "pemetrexed"],
        ),
    }
)

# Trap: fixed-width EHR treatment print-out aligned by spaces; cisplatin/pemetrexed GIVEN,
# pembrolizumab PLANNED, NOT STARTED; markers as "neg".
CASES.append(
    {
        "id": "clin-courier-treatment-summary",
        "kind": "clinical",
        "trap": "Courier EHR table: cisplatin+pemetrexed GIVEN, pembrolizumab 'PLANNED, NOT"
        " STARTED'; 'EGFR neg ALK neg ROS1 neg'",
        "fmt": "letter",
        "font": "Courier",
        "size": 9,
        "pre_size": 8,
        "page_fmt": None,
        "body": """
```
ORCHARD HILL CANCER CENTRE               CHEMOTHERAPY TREATMENT SUMMARY (EHR PRINT)
PATIENT : KOVAC, Miroslav                MRN: 0044-18827      PRINTED: 2026-03-10 07:42
ONCOLOGIST: Dr. H. Abernathy-Sood        PROTOCOL: LUNG-NEO-CP-v2
---------------------------------------------------------------------------------------
DX      : Adenocarcinoma, left lung, cT2b N2 M0, stage IIIA
MARKERS : EGFR neg    ALK neg    ROS1 neg    PD-L1 TPS 45%
INTENT  : Neoadjuvant, then surgical review

DRUG            DOSE        C1          C2          C3          STATUS
CISPLATIN       75 MG/M2    2026-01-19  2026-02-09  --          GIVEN C1-C2
PEMETREXED      500 MG/M2   2026-01-19  2026-02-09  --          GIVEN C1-C2
PEMBROLIZUMAB   200 MG      --          --          --          PLANNED, NOT STARTED

NOTES:
2026-03-02  C3 DEFERRED - CREATININE CLEARANCE 48 ML/MIN. RECHECK 2026-03-12.
2026-03-02  PEMBROLIZUMAB AWAITING FORMULARY APPROVAL; NO DOSE GIVEN.
---------------------------------------------------------------------------------------
END OF PRINT                                                               PAGE 1 OF 1
```
""",
        "gold": gold(
            "adenocarcinoma",
            stage("c", "T2b", "N2", "M0", "IIIA"),
            {**negs("EGFR", "ALK", "ROS1"), "PD-L1": pdl1(45)},
            ["cisplatin", "pemetrexed"],
        ),
    }
)

# Trap: plain-language letter to the patient; "stage four (stage IVA)"; EGFR exon 20
# insertion; "no change in the ALK or ROS1 genes"; Rybrevant + chemotherapy started.
CASES.append(
    {
        "id": "clin-patient-letter-ex20",
        "kind": "clinical",
        "trap": "letter to the patient in plain words: 'stage four (stage IVA)'; exon 20"
        " insertion; 'no change in ALK or ROS1'; Rybrevant started",
        "fmt": "letter",
        "size": 11,
        "letterhead": ["Cypress Landing Cancer Institute", "Thoracic Oncology Clinic"],
        "lh_every_page": False,
        "page_fmt": "Page {p} of {nb}",
        "body": """
> March 12, 2026
>
Dear Mrs. Halvorsen,

Thank you for coming to clinic with your son last week. As promised, here is a written summary
of what we discussed.

# What kind of cancer you have
Your biopsy showed a lung cancer called adenocarcinoma. The scans show that it has spread to
the lining of the lung (the pleura). This means the cancer is stage four (stage IVA).

# What the tests found
The gene test on your biopsy found a change in the EGFR gene called an exon 20 insertion. This
change does not respond well to the older EGFR tablets, so we chose a different treatment.
There was no change in the ALK or ROS1 genes. Your PD-L1 score was 5%, which is low.

# Your treatment
You started amivantamab (Rybrevant) together with carboplatin and pemetrexed on March 2. The
infusions are every three weeks. The most common side effects are rash, nail changes and
swelling; please call the clinic nurse line if any of these bother you.

With best wishes,

> Dr. Leonora Fitzgibbon-Sato, Thoracic Oncology
~ This letter is a summary for you and your family. It does not replace talking with your care
~ team, who know your full history.
""",
        "gold": gold(
            "adenocarcinoma",
            stage(None, None, None, None, "IVA"),
            {"EGFR": pos("exon 20 insertion"), **negs("ALK", "ROS1"), "PD-L1": pdl1(5)},
            ["amivantamab", "carboplatin", "pemetrexed"],
        ),
    }
)

# Trap: trial screening note; HER2 (ERBB2) exon 20 insertion; prior chemo-immunotherapy
# received; "not previously treated with trastuzumab deruxtecan"; sister's EGFR-mutant cancer
# and osimertinib are family history (no EGFR key, no osimertinib).
CASES.append(
    {
        "id": "clin-trial-screening-her2",
        "kind": "clinical",
        "trap": "trial screening: HER2 exon 20 insertion -> ERBB2; sister's EGFR-mutant cancer +"
        " osimertinib = family history; T-DXd not received",
        "fmt": "A4",
        "size": 10,
        "letterhead": [
            "Mid-Glens University Hospital",
            "Clinical Trials Unit - Eligibility Screening",
        ],
        "banner": ["Ms Bríd Costigan  |  MRN MG-771092  |  DOB 14/04/1966"],
        "footer": "CTU screening record - for study file",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Study | CTU-HER2-207 (phase II, investigational HER2-directed agent)
= Screening date | 16/03/2026 | Principal investigator | Dr Fergal Ó Súilleabháin

# Diagnosis
Lung adenocarcinoma, stage IVA (cT2b cN1 cM1a, malignant pleural effusion).

# Molecular
HER2 (ERBB2) exon 20 insertion p.(Tyr772_Ala775dup) on tissue NGS (Corrib Bay Genomics,
2024). PD-L1 TPS 15%.

# Prior anticancer therapy
Carboplatin, pemetrexed and pembrolizumab for four cycles, then pembrolizumab and pemetrexed
maintenance (April 2024 to December 2025); progression in December 2025.
Not previously treated with trastuzumab deruxtecan or any other HER2-directed therapy
(eligibility criterion met).

# Family history
Sister (died 2019) had EGFR-mutant lung adenocarcinoma, treated with osimertinib. Mother:
breast cancer at 62.

# Eligibility
All inclusion criteria met; no exclusion criteria apply. Informed consent signed 16/03/2026.
Registration pending sponsor confirmation; first dose anticipated 30/03/2026.

> Screened by: Deirdre Fahy, Clinical Research Nurse; reviewed by Dr F. Ó Súilleabháin
""",
        "gold": gold(
            "adenocarcinoma",
            stage("c", "T2b", "N1", "M1a", "IVA"),
            {"ERBB2": pos("exon 20 insertion"), "PD-L1": pdl1(15)},
            ["carboplatin", "pembrolizumab", "pemetrexed"],
        ),
    }
)
