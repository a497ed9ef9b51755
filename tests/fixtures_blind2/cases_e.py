"""Clinical documents, part 1 (7 cases): MDT, discharge, letters, clinic notes. All fictional."""

from __future__ import annotations

from blind2_common import gold, negs, pdl1, pos, stage

CASES: list[dict] = []

# Trap: Australian thoracic MDM outcome; "cT4N3M1c, stage IVB" with no spaces; trial data in
# the discussion; osimertinib only recommended ("commence") -> not received.
CASES.append(
    {
        "id": "clin-mdm-au-egfr",
        "kind": "clinical",
        "trap": "MDM outcome: 'cT4N3M1c, stage IVB'; trial data discussed; 'commence osimertinib'"
        " is a plan -> no treatment",
        "fmt": "A4",
        "size": 10,
        "letterhead": [
            "Wattlebrook Public Hospital",
            "Thoracic Multidisciplinary Meeting (MDM) - Outcome Summary",
        ],
        "lh_every_page": False,
        "footer": "Wattlebrook Public Hospital - MDM record - not a referral",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Patient | Mr Desmond Achterberg-Lowe | UR | 0882614
= DOB | 09/05/1954 | Meeting date | 18/03/2026
= Presenting clinician | Dr Imogen Tsakalos (Respiratory Medicine)
= Attendees | Resp. med., med. onc., rad. onc., thoracic surgery, radiology, pathology, CNC

# Question for MDM
Confirm staging and recommend first-line management.

# Clinical summary
71-year-old ex-smoker (30 pack-years) with haemoptysis and 8 kg weight loss. CT/PET: 7.8 cm
right upper lobe mass invading the mediastinum, contralateral hilar and supraclavicular nodes,
multiple liver and bone metastases. MRI brain: no metastases. ECOG 2.

# Pathology
EBUS-TBNA stations 4R and 7: adenocarcinoma (TTF-1 positive).

# Molecular
EGFR exon 19 deletion detected on tissue NGS (Southern Reef Pathology, M26-10077).
ALK IHC negative. PD-L1 TPS 10%.

# Staging
cT4N3M1c, stage IVB (AJCC 8th edition).

# Discussion
The meeting reviewed recent randomised trial data showing a progression-free survival benefit
when chemotherapy is added to osimertinib in fit patients with EGFR-mutant disease. Given his
frailty, single-agent targeted therapy was favoured.

# Outcome / recommendations
> 1. Commence osimertinib 80 mg daily - Dr Okeke to review in clinic 21/03/2026.
> 2. Consider palliative radiotherapy to L2 if back pain persists.
> 3. Referral to community palliative care for symptom support.

> Recorded by: Bronwyn Teague, Lung Cancer Clinical Nurse Consultant
""",
        "gold": gold(
            "adenocarcinoma",
            stage("c", "T4", "N3", "M1c", "IVB"),
            {"EGFR": pos("exon 19 deletion"), **negs("ALK"), "PD-L1": pdl1(10)},
        ),
    }
)

# Trap: Canadian discharge summary after febrile neutropenia; chemo-immunotherapy cycles 1-2
# received; "EGFR, ALK and ROS1 negative" list; sotorasib only "may be considered".
CASES.append(
    {
        "id": "clin-discharge-ca-kras",
        "kind": "clinical",
        "trap": "discharge summary: cycles of carboplatin/pemetrexed/pembrolizumab received;"
        " 'EGFR, ALK and ROS1 negative'; sotorasib only considered",
        "fmt": "letter",
        "size": 10,
        "letterhead": ["Riverside Narrows General Hospital", "Discharge Summary"],
        "banner": ["HALVERSON-KWAN, Marguerite  |  MRN 300-771-4452  |  Encounter 26-118-0042"],
        "banner_from": 2,
        "footer": "Riverside Narrows General Hospital - copy to family physician",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Patient | HALVERSON-KWAN, Marguerite | MRN | 300-771-4452
= Admitted | 2026-03-02 | Discharged | 2026-03-07
= Attending | Dr. P. Szabo (Internal Medicine) | Oncologist | Dr. E. Mbeki-Laurent
= Family physician | Dr. R. Castonguay, Harbourfront Family Health Team

# Most responsible diagnosis
Febrile neutropenia following cycle 2 of chemo-immunotherapy.

# Background
Metastatic adenocarcinoma of the left lung, stage IVA (cT2b cN2 cM1b), single adrenal
metastasis. KRAS p.G12C on tissue NGS; EGFR, ALK and ROS1 negative; PD-L1 TPS 20 %.
Cycle 1 of carboplatin, pemetrexed and pembrolizumab was given on 2026-02-02 and cycle 2 on
2026-02-23.

# Hospital course
Presented on day 8 of cycle 2 with fever of 38.9 C and an absolute neutrophil count of 0.3.
Blood and urine cultures were negative and chest X-ray showed no new consolidation. Treated
with intravenous antibiotics according to the febrile neutropenia order set; afebrile from
day 2. Neutrophils recovered to 2.1 by discharge.

# Plan
- Cycle 3 deferred by one week; oncology review on 2026-03-16.
- Sotorasib may be considered as second-line therapy at progression.
- Discharge medications: unchanged from admission; see the medication reconciliation record.
- Return to the emergency department for temperature of 38.0 C or higher.

> Dictated by Dr. Priyanka Sethuraman (PGY-2) for Dr. P. Szabo
""",
        "gold": gold(
            "adenocarcinoma",
            stage("c", "T2b", "N2", "M1b", "IVA"),
            {"KRAS": pos("G12C"), **negs("EGFR", "ALK", "ROS1"), "PD-L1": pdl1(20)},
            ["carboplatin", "pembrolizumab", "pemetrexed"],
        ),
    }
)

# Trap: Irish radiation-oncology consult letter; "stage IIIB (T3 N2 M0)" without a prefix;
# the whole chemoradiation + durvalumab course is planned, nothing received yet.
CASES.append(
    {
        "id": "clin-radonc-letter-ie",
        "kind": "clinical",
        "trap": "rad-onc letter: 'stage IIIB (T3 N2 M0)' (no prefix); carboplatin, paclitaxel,"
        " durvalumab all planned -> no treatments",
        "fmt": "A4",
        "font": "Times",
        "size": 11,
        "letterhead": [
            "Glenavon Cancer Centre",
            "Department of Radiation Oncology, Glenavon, Co. Westmeade",
        ],
        "lh_every_page": False,
        "page_fmt": "Page {p} of {nb}",
        "body": """
> 10 March 2026
>
> Dr Cathal Fennessy, Consultant Respiratory Physician, Ballyroan General Hospital
>
! Re: Mr Thomas Geraghty, DOB 02/06/1954, MRN GC-551920

Dear Dr Fennessy,

Thank you for referring Mr Geraghty, whom I saw in the radiation oncology clinic today with
his daughter.

Diagnosis: adenocarcinoma of the left upper lobe, stage IIIB (T3 N2 M0) on PET-CT and EBUS
staging. EBUS sampling of station 4L confirmed adenocarcinoma. An EGFR mutation was not
identified, ALK immunohistochemistry was negative, and the PD-L1 tumour proportion score is
70%.

He has not received any systemic anti-cancer therapy to date. He remains fully active (ECOG
0), his FEV1 is 72% predicted and DLCO 65% predicted, and he is keen to proceed with curative
intent treatment.

I have recommended concurrent chemoradiotherapy, 60 Gy in 30 fractions over six weeks, with
weekly carboplatin and paclitaxel, followed by consolidation durvalumab for up to twelve months
if there is no progression. We discussed the risks of oesophagitis, fatigue and pneumonitis. A
planning CT is booked for 17 March and he will meet Dr Brennan (medical oncology) next week to
arrange the chemotherapy.

Yours sincerely,

> Dr Úna Kavanagh, FFRRCSI, Consultant Radiation Oncologist
> cc: Dr Maeve O'Donoghue (GP), Dr Ciarán Brennan (Medical Oncology)
""",
        "gold": gold(
            "adenocarcinoma",
            stage(None, "T3", "N2", "M0", "IIIB"),
            {**negs("EGFR", "ALK"), "PD-L1": pdl1(70)},
        ),
    }
)

# Trap: Australian letter to the GP; brand name Alecensa; alectinib (past) and "on lorlatinib
# since March" both received; lipid-lowering therapy unnamed.
CASES.append(
    {
        "id": "clin-gp-letter-au-alk",
        "kind": "clinical",
        "trap": "GP letter: Alecensa (alectinib) past + 'on lorlatinib since March' -> both"
        " received; EML4-ALK; stage from presentation",
        "fmt": "A4",
        "size": 10,
        "letterhead": ["Banksia Heights Cancer Care", "Medical Oncology  |  Provider no. 2241187K"],
        "lh_every_page": False,
        "page_fmt": "{p}/{nb}",
        "body": """
> 14 March 2026
> Dr Minh Nguyen, Kurrajong Street Family Practice, Banksia Heights NSW
>
! Re: Ms Harriet Pellegrino-Shaw, DOB 17/10/1975

Dear Dr Nguyen,

Diagnosis: Stage IVA lung adenocarcinoma (cT1c N2 M1b, solitary cerebellar metastasis at
presentation in May 2023), ALK-rearranged (EML4-ALK on tissue NGS).

Treatment history:
- Stereotactic radiosurgery to the cerebellar metastasis, June 2023.
- Alecensa (alectinib) 600 mg twice daily from June 2023 until progression in February 2026.
- On lorlatinib 100 mg daily since March 2026.

Thank you for continuing to see Harriet. She has been on lorlatinib since March and is
tolerating it well apart from mild weight gain and some vivid dreams. Her fasting cholesterol
and triglycerides have risen, which is expected with this drug; our team has started
lipid-lowering therapy and I would be grateful if you could repeat fasting lipids in six weeks
and forward the results.

Please contact us if you notice any change in mood or cognition, as these are recognised side
effects. Her next restaging CT and MRI brain are booked for early May.

Kind regards,

> Dr Callum Ashby-Reid, FRACP, Medical Oncologist
""",
        "gold": gold(
            "adenocarcinoma",
            stage("c", "T1c", "N2", "M1b", "IVA"),
            {"ALK": pos("EML4-ALK")},
            ["alectinib", "lorlatinib"],
        ),
    }
)

# Trap: second-opinion consultation; HGVS-only EGFR; "offered osimertinib (Tagrisso) but
# declined" -> not received; literature remark; combinations only discussed.
CASES.append(
    {
        "id": "clin-second-opinion-declined",
        "kind": "clinical",
        "trap": "second opinion: EGFR only as p.(Leu858Arg); offered Tagrisso but declined; no"
        " therapy received; literature line",
        "fmt": "letter",
        "size": 10,
        "letterhead": ["Harlow Creek Comprehensive Cancer Center", "Thoracic Oncology Program"],
        "banner": ["Achterhof, Rosalind  |  MRN 10-448-2093  |  DOS 2026-03-18"],
        "footer": "Harlow Creek CCC - Outpatient consultation",
        "page_fmt": "Page {p} of {nb}",
        "body": """
# Second Opinion Consultation
= Referring physician | Dr. M. Vukovic (community oncology) | DOB | 1969-02-11

# History of present illness
Ms. Achterhof is a 57-year-old never-smoker with lung adenocarcinoma, cT2a cN3 cM1c, stage
IVB (bone and liver), diagnosed in February 2026 on a liver biopsy. Outside tissue NGS: EGFR
c.2573T>G p.(Leu858Arg); no alterations in ALK, ROS1, RET, BRAF or MET. PD-L1 (22C3) TPS 0%.

She was offered osimertinib (Tagrisso) by her local oncologist but declined, wishing to obtain
a second opinion first. She has not started any systemic therapy.

# Assessment
Published series suggest that patients whose tumors carry L858R may derive somewhat less
benefit from EGFR inhibitor monotherapy than those with exon 19 deletions. We discussed
first-line options: osimertinib alone, osimertinib with carboplatin and pemetrexed, or
amivantamab with lazertinib, including expected toxicities and visit burden.

# Recommendation
I agree that first-line osimertinib is appropriate; adding chemotherapy is a reasonable
alternative given her good performance status. She will inform Dr. Vukovic of her decision
this week. No medication changes were made today.

> Jasper Ellingwood, MD - Thoracic Medical Oncology
""",
        "gold": gold(
            "adenocarcinoma",
            stage("c", "T2a", "N3", "M1c", "IVB"),
            {
                "EGFR": pos("L858R"),
                **negs("ALK", "ROS1", "RET", "BRAF", "MET"),
                "PD-L1": pdl1(0),
            },
        ),
    }
)

# Trap: Indian OPD follow-up in telegraphic style; "Completed 4 cycles of cisplatin-
# vinorelbine" (both received); "Inj. Keytruda (pembrolizumab)" ongoing; CPS next to TPS.
CASES.append(
    {
        "id": "clin-opd-india-pembro",
        "kind": "clinical",
        "trap": "Indian OPD note: cisplatin-vinorelbine completed + Keytruda ongoing; 'TPS 65%,"
        " CPS 70' (TPS is the number)",
        "fmt": "A4",
        "size": 10,
        "letterhead": [
            "Sunrise Coast Cancer Hospital, Kochi",
            "Department of Medical Oncology - OPD Follow-up Record",
        ],
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Name: | Mr. Joseph Varghese Thomas | Age/Sex: | 61/M
= Reg. No.: | SCH/MO/2024/33819 | Date: | 16-03-2026

! Diagnosis: Ca lung - adenocarcinoma, Stage IVB (cT3 N1 M1c) - liver and bone mets.
> Molecular: EGFR - negative (RT-PCR); ALK (D5F3) - negative; PD-L1 22C3: TPS 65%, CPS 70.

# Treatment history
- Completed 4 cycles of cisplatin-vinorelbine (Aug - Nov 2024), PR.
- PD in Jan 2025 (new liver lesions).
- Started Inj. Keytruda (pembrolizumab) 200 mg q3w from Feb 2025 (patient assistance
  programme). C19 given today.

# Today
C/o mild fatigue. No cough, no diarrhoea, no rash. k/c/o T2DM on OHA, well controlled.
O/E: ECOG 1. Pulse 82/min, BP 130/80 mmHg, SpO2 97% on room air.
Inv: TSH 3.1, LFT within normal limits, creatinine 0.9 mg/dL, Hb 11.8 g/dL.

# Adv
Continue pembrolizumab. Review after 3 weeks with CBC, LFT, RFT, TSH. CECT chest and abdomen
after C21.

> Dr. Anand Menon, DM (Medical Oncology), Consultant
""",
        "gold": gold(
            "adenocarcinoma",
            stage("c", "T3", "N1", "M1c", "IVB"),
            {**negs("EGFR", "ALK"), "PD-L1": pdl1(65)},
            ["cisplatin", "pembrolizumab", "vinorelbine"],
        ),
    }
)

# Trap: Australian discharge summary, small cell; cycle 1 carboplatin/etoposide + Tecentriq
# given on the ward (received); PD-L1 "not assessed" (no key); PCI only to be discussed.
CASES.append(
    {
        "id": "clin-discharge-au-sclc",
        "kind": "clinical",
        "trap": "discharge summary, small cell; carboplatin/etoposide + Tecentriq given in"
        " hospital; PD-L1 'not assessed' -> no key",
        "fmt": "A4",
        "size": 10,
        "letterhead": ["Eucalypt Downs Base Hospital", "Discharge Summary - Medical Oncology"],
        "banner": ["QUARTERMAINE, Valerie  |  UR 1149023  |  DOB 28/01/1952"],
        "footer": "Eucalypt Downs Base Hospital - copy to GP: Dr S. Rautenbach",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Admission | 09/03/2026 | Discharge | 16/03/2026
= Unit | Medical Oncology (Dr T. Mahoney) | Discharge destination | Home with daughter

# Principal diagnosis
Small cell lung carcinoma, stage IVA (cT3 N2 M1b - single adrenal metastasis), new diagnosis.

# Complications / comorbidities
Hyponatraemia due to SIADH (sodium nadir 124 mmol/L), managed with fluid restriction.
COPD (GOLD 2). Hypertension.

# Procedures
10/03/2026 EBUS-TBNA station 7: small cell carcinoma.

# Treatment during admission
Cycle 1 of carboplatin/etoposide with atezolizumab (Tecentriq) commenced 13/03/2026;
etoposide days 1-3 completed before discharge. PD-L1 not assessed (not required for this
regimen).

# Follow-up
Oncology clinic 03/04/2026 for cycle 2. Prophylactic cranial irradiation versus MRI
surveillance to be discussed after cycle 4. Sodium to be rechecked by GP on 20/03/2026.
Medications on discharge: see the attached medication chart (unchanged from admission).

> Dr Chloe Vandermeer, Resident Medical Officer, for Dr T. Mahoney
""",
        "gold": gold(
            "small cell carcinoma",
            stage("c", "T3", "N2", "M1b", "IVA"),
            {},
            ["atezolizumab", "carboplatin", "etoposide"],
        ),
    }
)
