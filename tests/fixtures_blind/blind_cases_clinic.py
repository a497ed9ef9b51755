# ruff: noqa: E501, C408  (case texts are data: long literal lines read better unwrapped)
"""Blind set: 16 thoracic-oncology clinic notes (narrative, SOAP, problem lists, tables)."""

from __future__ import annotations

from blind_common import neg, negs, pdl1, pend, pos, stage

CASES: list[dict] = []


def add(**case) -> None:
    CASES.append(case)


# C1 - Narrative HPI, EGFR ex19 on osimertinib (brand in plan), plan lists next-line options.
add(
    inst="Pinecrest Cancer Center - Thoracic Oncology",
    font="Times",
    size=11,
    banner=[
        "Patient: Gerald Fitzpatrick | DOB 05/16/1958 | MRN PCC-118204 | Visit 04/07/2026 | Provider: A. Sato, MD"
    ],
    footer="Pinecrest Cancer Center - Electronic Medical Record",
    blocks=[
        ("h", "Interval History"),
        (
            "p",
            "Mr. Fitzpatrick is a 67-year-old former smoker (40 pack-years, quit 2015) with stage IVB "
            "(cT3 cN2 cM1c) adenocarcinoma of the left lung, EGFR exon 19 deletion, diagnosed 03/2024 with bone "
            "and liver metastases. He started osimertinib 80 mg daily in 04/2024 with a partial response and "
            "remains on therapy. Today he reports mild paronychia and grade 1 diarrhea.",
        ),
        ("h", "Review of Systems"),
        ("p", "Negative for fever, hemoptysis, headache, or new bone pain."),
        ("h", "Assessment and Plan"),
        (
            "p",
            "Stable disease on CT 03/30/2026. Continue Tagrisso 80 mg daily. Topical care for paronychia. "
            "At progression we will rebiopsy and consider amivantamab + lazertinib or platinum-pemetrexed "
            "chemotherapy. RTC 8 weeks with CT C/A/P.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("c", "T3", "N2", "M1c", "IVB"),
        biomarkers={"EGFR": pos("exon 19 deletion")},
        treatments=["osimertinib"],
    ),
)

# C2 - Chemoradiation then durvalumab held for pneumonitis.
add(
    inst="Riverside Health - Thoracic Oncology Progress Note",
    font="Helvetica",
    size=10,
    banner=["RHODES, MARTHA L   F  71y   MRN 4409921   DOS 03/18/2026   Attending: P. Varga, MD"],
    footer="Riverside Health",
    blocks=[
        ("h", "Oncologic history"),
        (
            "p",
            "Stage IIIA (cT1c cN2 cM0) squamous cell carcinoma of the right upper lobe, PD-L1 TPS 40% (22C3). "
            "Completed concurrent chemoradiation (60 Gy/30 fx) with weekly carboplatin/paclitaxel on "
            "09/30/2025, then started durvalumab consolidation 10/2025.",
        ),
        ("h", "Interval history"),
        (
            "p",
            "Durvalumab has been held since 01/2026 for grade 2 pneumonitis, which is now improving on a steroid "
            "taper. Dyspnea back to baseline. ECOG 1.",
        ),
        ("h", "Plan"),
        (
            "p",
            "Repeat CT chest in 4 weeks; if pneumonitis resolved to grade <= 1, discuss resuming durvalumab. "
            "Pulmonary function tests ordered.",
        ),
    ],
    gold=dict(
        histology="squamous cell carcinoma",
        stage=stage("c", "T1c", "N2", "M0", "IIIA"),
        biomarkers={"PD-L1": pdl1(40)},
        treatments=["carboplatin", "durvalumab", "paclitaxel"],
    ),
)

# C3 - SOAP note on C3D1 chemo-IO with family history trap (sister on osimertinib).
add(
    inst="Bayview Oncology Associates",
    font="Helvetica",
    size=9,
    banner=[
        "Pt: Ruiz, Carmen   DOB: 02/27/1960   Acct: BOA-55102   Date: 04/01/2026   Note type: Office Visit"
    ],
    footer="Bayview Oncology Associates - Confidential",
    blocks=[
        ("h", "S:"),
        (
            "p",
            "Presents for C3D1 of carboplatin AUC 5 / pemetrexed 500 mg/m2 / pembrolizumab 200 mg (Keytruda). "
            "Fatigue grade 1 for 3 days after each cycle. No rash, no diarrhea.",
        ),
        (
            "p",
            "Dx: Stage IVA (cT2b cN1 cM1b) lung adenocarcinoma with solitary adrenal metastasis.\n"
            "Molecular (tissue NGS 12/2025): KRAS G12C; TP53 R158L. EGFR, ALK, ROS1 negative.\n"
            "PD-L1 22C3 TPS 10%.",
        ),
        (
            "p",
            "Family history: sister with EGFR-mutant lung adenocarcinoma, treated with osimertinib. Father - "
            "prostate cancer.",
        ),
        ("h", "O:"),
        ("p", "BP 128/76, HR 84, SpO2 96% RA. ECOG 1. Labs: ANC 2.1, Hgb 10.9, Plt 188, Cr 0.8."),
        ("h", "A/P:"),
        (
            "p",
            "Proceed with cycle 3 today. Premedications per protocol. Restaging CT after C4. If progression, "
            "second-line sotorasib or adagrasib would be an option.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("c", "T2b", "N1", "M1b", "IVA"),
        biomarkers={"KRAS": pos("G12C"), "PD-L1": pdl1(10), **negs("EGFR", "ALK", "ROS1")},
        treatments=["carboplatin", "pembrolizumab", "pemetrexed"],
    ),
)

# C4 - ALK: alectinib stopped at progression, lorlatinib (brand), negated chemo/IO history.
add(
    inst="Pinecrest Cancer Center - Thoracic Oncology",
    font="Times",
    size=11,
    banner=[
        "Patient: Priya Raman | DOB 09/03/1986 | MRN PCC-120977 | Visit 03/25/2026 | Provider: A. Sato, MD"
    ],
    footer="Pinecrest Cancer Center - Electronic Medical Record",
    blocks=[
        ("h", "HPI"),
        (
            "p",
            "39F never smoker with stage IVA lung adenocarcinoma, EML4-ALK fusion (variant 3) on tissue NGS, "
            "diagnosed 06/2022. Treated with alectinib 600 mg BID from 07/2022; stopped 07/2025 due to "
            "progression (two new brain metastases, treated with SRS). Started Lorbrena (lorlatinib) 100 mg "
            "daily 08/2025. She has never received chemotherapy or immunotherapy.",
        ),
        ("h", "Assessment"),
        (
            "p",
            "Intracranial and systemic response on lorlatinib. Grade 2 hypercholesterolemia, "
            "managed with diet and lipid monitoring; mood stable.",
        ),
        ("h", "Plan"),
        (
            "p",
            "Continue lorlatinib. MRI brain q3 months. Upon further progression: rebiopsy for ALK resistance "
            "mutations; consider carboplatin/pemetrexed or a clinical trial (e.g., neladalkib).",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage(None, None, None, None, "IVA"),
        biomarkers={"ALK": pos("EML4-ALK")},
        treatments=["alectinib", "lorlatinib"],
    ),
)

# C5 - New consult, early stage, treatment-naive; planned SBRT.
add(
    inst="Riverside Health - Thoracic Oncology New Patient Consultation",
    font="Helvetica",
    size=10,
    banner=[
        "OKAFOR, SAMUEL   M  79y   MRN 4410567   DOS 02/09/2026   Referred by: Dr. Haines (pulmonology)"
    ],
    footer="Riverside Health",
    blocks=[
        ("h", "Reason for consultation"),
        (
            "p",
            "Newly diagnosed squamous cell carcinoma of the left upper lobe on bronchoscopic biopsy 01/2026.",
        ),
        ("h", "Staging"),
        (
            "p",
            "PET-CT: 1.6 cm LUL nodule, SUV 9.2, no nodal or distant uptake. EBUS: stations 4L, 7, 11L negative. "
            "Clinical stage cT1b cN0 cM0, stage IA2 (AJCC 8th).",
        ),
        ("h", "Biomarkers"),
        (
            "p",
            "PD-L1 (22C3) TPS 70%. Molecular testing deferred given early-stage squamous histology.",
        ),
        ("h", "Assessment / Plan"),
        (
            "p",
            "Poor surgical candidate (FEV1 38% predicted). Recommend SBRT 54 Gy/3 fx. No systemic therapy "
            "indicated at this time. Adjuvant immunotherapy is not standard after SBRT; discussed trial "
            "options. ECOG 2.",
        ),
    ],
    gold=dict(
        histology="squamous cell carcinoma",
        stage=stage("c", "T1b", "N0", "M0", "IA2"),
        biomarkers={"PD-L1": pdl1(70)},
    ),
)

# C6 - Telegraphic problem list with abbreviations carbo/pem/pembro.
add(
    inst="Bayview Oncology Associates",
    font="Courier",
    size=9,
    banner=[
        "Pt: Delgado, Tomas   DOB: 06/06/1957   Acct: BOA-49911   Date: 03/04/2026   Note type: Follow-up"
    ],
    footer="Bayview Oncology Associates - Confidential",
    blocks=[
        ("h", "ONCOLOGY PROBLEM LIST"),
        (
            "p",
            "# Metastatic lung adenocarcinoma, stage IVB at dx (06/2024) - bone, liver\n"
            "  - KRAS G12C+, STK11 mut, PD-L1 <1% (22C3)\n"
            "  - 1L carbo/pem/pembro x4 (07-09/2024) -> pem/pembro maintenance\n"
            "  - PD 02/2025 (liver)\n"
            "  - 2L sotorasib 960 mg daily since 03/2025; today C13D1\n"
            "# Hypothyroidism (immune-related), on thyroid hormone replacement",
        ),
        ("h", "ASSESSMENT"),
        ("p", "Ongoing partial response on sotorasib. LFTs normal. ECOG 1."),
        ("h", "PLAN"),
        ("p", "Continue sotorasib. CT in 8 weeks. Docetaxel +/- ramucirumab reserved for 3L."),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage(None, None, None, None, "IVB"),
        biomarkers={"KRAS": pos("G12C"), "PD-L1": pdl1(0)},
        treatments=["carboplatin", "pembrolizumab", "pemetrexed", "sotorasib"],
    ),
)

# C7 - ROS1 SLC34A2-ROS1: crizotinib -> repotrectinib (brand names), declined trial.
add(
    inst="Lakeview Medical Group - Hematology/Oncology",
    font="Times",
    size=10,
    banner=[
        "Patient: Hannah Goldberg    DOB: 12/19/1975    MRN: LMG0033187    Date of visit: 02/26/2026"
    ],
    footer="Lakeview Medical Group",
    page_fmt="Page {p} of {nb} - printed by ONC-SCHED",
    blocks=[
        ("h", "History of present illness"),
        (
            "p",
            "Ms. Goldberg has lung adenocarcinoma metastatic to bone, with an SLC34A2-ROS1 rearrangement "
            "identified on an RNA fusion panel in 2023. She took crizotinib (Xalkori) 250 mg twice daily for "
            "18 months; it was discontinued in 11/2024 for CNS progression. She has since been on repotrectinib "
            "(Augtyro) 160 mg daily, increased to twice daily after 14 days, with good tolerance apart from "
            "dizziness.",
        ),
        ("p", "She declined enrollment in a clinical trial of taletrectinib."),
        ("h", "Impression"),
        ("p", "Continued response on repotrectinib. Will continue current dose."),
    ],
    gold=dict(
        histology="adenocarcinoma",
        biomarkers={"ROS1": pos("SLC34A2-ROS1")},
        treatments=["crizotinib", "repotrectinib"],
    ),
)

# C8 - EGFR L858R on erlotinib + ramucirumab; explicit negation of immunotherapy; osimertinib discussed.
add(
    inst="Lakeview Medical Group - Hematology/Oncology",
    font="Times",
    size=10,
    banner=[
        "Patient: Sun-Hee Park    DOB: 03/08/1952    MRN: LMG0040415    Date of visit: 03/12/2026"
    ],
    footer="Lakeview Medical Group",
    blocks=[
        ("h", "History of present illness"),
        (
            "p",
            "73-year-old woman with stage IVA (cT4 cN0 cM1a, malignant pleural effusion) lung adenocarcinoma, "
            "EGFR L858R (exon 21) on tissue PCR. On erlotinib (Tarceva) 150 mg daily plus ramucirumab "
            "(Cyramza) 10 mg/kg every 2 weeks since 11/2024, with stable disease. She has never received "
            "immunotherapy given her EGFR status, and she was not felt to be a candidate for platinum "
            "chemotherapy.",
        ),
        ("h", "Plan"),
        (
            "p",
            "We again discussed switching to osimertinib; she prefers to continue the current regimen. Urine "
            "protein check before each ramucirumab dose.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("c", "T4", "N0", "M1a", "IVA"),
        biomarkers={"EGFR": pos("L858R")},
        treatments=["erlotinib", "ramucirumab"],
    ),
)

# C9 - Adjuvant setting: pathologic stage, cis/vinorelbine then adjuvant osimertinib; BRCA family history.
add(
    inst="Northgate University Hospital - Thoracic Surgery & Oncology Clinic",
    font="Helvetica",
    size=10,
    banner=["NAME: LINDQVIST, ERIK    MRN: NUH-77120    DOB: 1966-10-02    VISIT: 2026-03-30"],
    footer="Northgate University Hospital",
    blocks=[
        (
            "p",
            "Diagnosis: Adenocarcinoma of the right upper lobe, pT2a pN1 (stage IIB), EGFR exon 19 deletion "
            "(p.E746_A750del).",
        ),
        (
            "p",
            "Treatment to date: s/p RUL lobectomy + MLND 05/2025. Completed adjuvant cisplatin/vinorelbine x4 "
            "cycles (07-09/2025). Adjuvant osimertinib started 10/2025, planned for 3 years.",
        ),
        (
            "p",
            "Family history: mother with breast cancer (BRCA1 carrier); no family history of lung cancer.",
        ),
        ("p", "Exam unremarkable. ECOG 0. CT 03/2026: no evidence of recurrence."),
        ("p", "Plan: continue osimertinib; surveillance CT every 6 months."),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("p", "T2a", "N1", None, "IIB"),
        biomarkers={"EGFR": pos("exon 19 deletion")},
        treatments=["cisplatin", "osimertinib", "vinorelbine"],
    ),
)

# C10 - Tabular oncologic history + vitals/labs tables; docetaxel/ramucirumab ongoing.
add(
    inst="Northgate University Hospital - Thoracic Oncology Clinic",
    font="Helvetica",
    size=9,
    banner=[
        "NAME: ABARA, NNEKA    MRN: NUH-80331    DOB: 1959-01-11    VISIT: 2026-04-02    Page {p}"
    ],
    footer="Northgate University Hospital",
    blocks=[
        ("h", "Diagnosis"),
        (
            "p",
            "Squamous cell carcinoma of the left lower lobe, stage IIIB (cT4 cN2 cM0) at diagnosis 02/2024, "
            "locoregional and pleural recurrence 08/2025.",
        ),
        ("h", "Biomarkers"),
        (
            "p",
            "PD-L1 (22C3): TPS 5%. Tissue NGS (2024): no actionable alterations - EGFR, ALK, ROS1, KRAS, BRAF, "
            "MET, RET, NTRK1/2/3 and ERBB2 all negative.",
        ),
        ("h", "Oncologic treatment history"),
        (
            "tbl",
            ["Dates", "Regimen", "Outcome"],
            [
                ["03/2024 - 05/2024", "Carboplatin + paclitaxel weekly with RT 60 Gy", "PR"],
                ["06/2024 - 06/2025", "Durvalumab consolidation (completed 12 months)", "-"],
                [
                    "09/2025 - present",
                    "Docetaxel 75 mg/m2 + ramucirumab 10 mg/kg q21d, now C8",
                    "SD",
                ],
            ],
            (40, 110, 25),
        ),
        ("br",),
        ("h", "Vitals / Labs"),
        (
            "tbl",
            ["BP", "HR", "Wt", "ANC", "Hgb", "Plt"],
            [["132/80", "78", "61.2 kg", "3.4", "11.2", "240"]],
            (28, 28, 28, 28, 28, 28),
        ),
        ("h", "Plan"),
        ("p", "Proceed with C8. ECOG 1. If progression, consider clinical trial or gemcitabine."),
    ],
    gold=dict(
        histology="squamous cell carcinoma",
        stage=stage("c", "T4", "N2", "M0", "IIIB"),
        biomarkers={
            "PD-L1": pdl1(5),
            **negs("EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "ERBB2"),
        },
        treatments=["carboplatin", "docetaxel", "durvalumab", "paclitaxel", "ramucirumab"],
    ),
)

# C11 - RET fusion on selpercatinib after 2 cycles chemo-IO.
add(
    inst="Bayview Oncology Associates",
    font="Helvetica",
    size=9,
    banner=[
        "Pt: Ito, Kenji   DOB: 08/21/1968   Acct: BOA-60218   Date: 03/20/2026   Note type: Office Visit"
    ],
    footer="Bayview Oncology Associates - Confidential",
    blocks=[
        ("h", "S:"),
        (
            "p",
            "57M never smoker, metastatic lung adenocarcinoma (stage IVB, cT2a cN3 cM1c). Received 2 cycles of "
            "carboplatin/pemetrexed/pembrolizumab (10-11/2025) while awaiting NGS, which then showed a KIF5B-RET "
            "fusion (FoundationOne CDx). Switched to Retevmo (selpercatinib) 160 mg BID 12/2025; dose reduced to "
            "120 mg BID in 02/2026 for ALT elevation. PD-L1 TPS 60%.",
        ),
        ("h", "A/P:"),
        (
            "p",
            "Partial response. LFTs improving. Continue selpercatinib 120 mg BID. Pralsetinib is an "
            "alternative if intolerance recurs.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("c", "T2a", "N3", "M1c", "IVB"),
        biomarkers={"RET": pos("KIF5B-RET"), "PD-L1": pdl1(60)},
        treatments=["carboplatin", "pembrolizumab", "pemetrexed", "selpercatinib"],
    ),
)

# C12 - MET ex14 on capmatinib (held, resumed); elderly, never chemo.
add(
    inst="Riverside Health - Thoracic Oncology Progress Note",
    font="Helvetica",
    size=10,
    banner=["NOVAK, FRANTISEK   M  84y   MRN 4391120   DOS 04/06/2026   Attending: P. Varga, MD"],
    footer="Riverside Health",
    blocks=[
        ("h", "Summary"),
        (
            "p",
            "84M with stage IVB (cT2b cN3 cM1c) lung adenocarcinoma, MET exon 14 skipping mutation "
            "(c.3028+1G>T) detected on plasma NGS; PD-L1 TPS 30%. Never received chemotherapy.",
        ),
        ("h", "Treatment"),
        (
            "p",
            "Capmatinib (Tabrecta) 400 mg BID started 01/2025. Held for two weeks in 02/2026 for grade 3 "
            "peripheral edema; resumed at 300 mg BID on 03/02/2026.",
        ),
        ("h", "Plan"),
        (
            "p",
            "Continue capmatinib 300 mg BID, compression stockings. If edema recurs, switch to tepotinib.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("c", "T2b", "N3", "M1c", "IVB"),
        biomarkers={"MET": pos("exon 14 skipping"), "PD-L1": pdl1(30)},
        treatments=["capmatinib"],
    ),
)

# C13 - BRAF V600E on dabrafenib/trametinib after nivolumab/ipilimumab stopped for hepatitis.
add(
    inst="Lakeview Medical Group - Hematology/Oncology",
    font="Times",
    size=10,
    banner=[
        "Patient: Roberto Santini    DOB: 07/14/1955    MRN: LMG0029981    Date of visit: 01/22/2026"
    ],
    footer="Lakeview Medical Group",
    blocks=[
        ("h", "History of present illness"),
        (
            "p",
            "70M former smoker with stage IVA lung adenocarcinoma (PD-L1 TPS 80%). Initially treated with "
            "nivolumab plus ipilimumab (Opdivo/Yervoy) 01/2025 - 06/2025, stopped for grade 3 immune-related "
            "hepatitis. NGS subsequently returned BRAF V600E. Started dabrafenib 150 mg BID + trametinib 2 mg "
            "daily (Tafinlar/Mekinist) 08/2025.",
        ),
        ("h", "Assessment and plan"),
        (
            "p",
            "Pyrexia episodes, managed with drug holds. Restaging shows continued response. Continue "
            "dabrafenib/trametinib. Encorafenib/binimetinib could be considered if pyrexia becomes limiting.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage(None, None, None, None, "IVA"),
        biomarkers={"BRAF": pos("V600E"), "PD-L1": pdl1(80)},
        treatments=["dabrafenib", "ipilimumab", "nivolumab", "trametinib"],
    ),
)

# C14 - Extensive-stage SCLC: carbo/etoposide/atezolizumab -> maintenance; lurbinectedin planned.
add(
    inst="Pinecrest Cancer Center - Thoracic Oncology",
    font="Times",
    size=11,
    banner=[
        "Patient: Louis Tremblay | DOB 11/30/1951 | MRN PCC-121660 | Visit 04/09/2026 | Provider: M. Greer, MD"
    ],
    footer="Pinecrest Cancer Center - Electronic Medical Record",
    blocks=[
        ("h", "Interval History"),
        (
            "p",
            "Extensive-stage small cell lung cancer (cT4 cN3 cM1c, stage IVB) with liver and adrenal "
            "metastases, diagnosed 10/2025. Completed 4 cycles of carboplatin/etoposide/atezolizumab "
            "(11/2025 - 01/2026), now on maintenance atezolizumab (Tecentriq) 1680 mg q4w. He declined "
            "prophylactic cranial irradiation; MRI surveillance instead.",
        ),
        ("h", "Assessment and Plan"),
        (
            "p",
            "Ongoing response. Continue atezolizumab. At progression, second-line options include "
            "lurbinectedin, tarlatamab or topotecan. Molecular profiling not indicated.",
        ),
    ],
    gold=dict(
        histology="small cell carcinoma",
        stage=stage("c", "T4", "N3", "M1c", "IVB"),
        treatments=["atezolizumab", "carboplatin", "etoposide"],
    ),
)

# C15 - Second opinion: outside path favor adenocarcinoma, ROS1 pending, treatment-naive plan.
add(
    inst="Northgate University Hospital - Thoracic Oncology Second Opinion",
    font="Helvetica",
    size=10,
    banner=["NAME: BECKER, HANS    MRN: NUH-81102    DOB: 1953-05-05    VISIT: 2026-04-10"],
    footer="Northgate University Hospital",
    blocks=[
        ("h", "Records reviewed"),
        (
            "p",
            "Outside pathology (Hillside Hospital, 03/2026, slides reviewed here): non-small cell carcinoma, "
            "favor adenocarcinoma (TTF-1 positive). Outside biomarkers: EGFR negative (PCR); ALK negative "
            "(D5F3 IHC); PD-L1 22C3 TPS 45%. ROS1 FISH is still pending at the outside laboratory.",
        ),
        ("h", "Staging"),
        ("p", "cT3 cN2 cM1a (stage IVA) - contralateral lung nodules."),
        ("h", "Impression and recommendations"),
        (
            "p",
            "He has not yet started any systemic therapy. Once ROS1 returns negative, we recommend carboplatin + "
            "pemetrexed + pembrolizumab; if ROS1 is positive, a ROS1 TKI would be preferred.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage("c", "T3", "N2", "M1a", "IVA"),
        biomarkers={"EGFR": neg(), "ALK": neg(), "PD-L1": pdl1(45), "ROS1": pend()},
    ),
)

# C16 - HER2 exon 20 insertion; T-DXd planned only; PD-L1 0%.
add(
    inst="Lakeview Medical Group - Hematology/Oncology",
    font="Times",
    size=10,
    banner=[
        "Patient: Isabel Moreau    DOB: 04/01/1970    MRN: LMG0051132    Date of visit: 04/14/2026"
    ],
    footer="Lakeview Medical Group",
    blocks=[
        ("h", "History of present illness"),
        (
            "p",
            "55F never smoker, stage IVB lung adenocarcinoma, HER2 (ERBB2) exon 20 insertion "
            "(p.A775_G776insYVMA) on tissue NGS; PD-L1 TPS 0%. First-line carboplatin + pemetrexed + "
            "pembrolizumab x4 (09-12/2024), then pemetrexed/pembrolizumab maintenance until progression in "
            "10/2025.",
        ),
        ("h", "Plan"),
        (
            "p",
            "Start trastuzumab deruxtecan (Enhertu) 5.4 mg/kg q3w once insurance authorization is received; "
            "first infusion tentatively 04/28/2026. Baseline echocardiogram ordered.",
        ),
    ],
    gold=dict(
        histology="adenocarcinoma",
        stage=stage(None, None, None, None, "IVB"),
        biomarkers={"ERBB2": pos("exon 20 insertion"), "PD-L1": pdl1(0)},
        treatments=["carboplatin", "pembrolizumab", "pemetrexed"],
    ),
)

_ = (neg, pend)
