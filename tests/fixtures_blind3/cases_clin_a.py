"""Clinical cases, part A (5): community-oncology SOAP with an oncologic-history timeline,
infusion MAR, prior-authorization form, patient-portal thread, nurse telephone note.

All patients, clinicians and institutions are fictional.
"""

# Case bodies are report text; table rows cannot be wrapped.
# ruff: noqa: E501

from __future__ import annotations

from b3_common import gold, neg, pos, stage, tps

CASES = [
    # Trap: "Oncologic history:" timeline with 1L/2L lines and arrows (received); the next-line
    # options (trial, gemcitabine) are not; "antibody-drug conjugate" is not a histology.
    {
        "id": "clin_soap_oncologic_history",
        "kind": "clinical",
        "trap": "SOAP note with dated 1L/2L timeline (all received, incl. maintenance); 3L trial vs "
        "gemcitabine only discussed; NGS negatives in one bullet",
        "gold": gold(
            histology="adenocarcinoma",
            stage=stage("c", "T3", "N2", "M1c", "IVB"),
            biomarkers={
                "EGFR": neg(),
                "ALK": neg(),
                "ROS1": neg(),
                "BRAF": neg(),
                "KRAS": neg(),
                "MET": neg(),
                "RET": neg(),
                "NTRK": neg(),
                "PD-L1": tps(40),
            },
            treatments=["carboplatin", "docetaxel", "pembrolizumab", "pemetrexed", "ramucirumab"],
        ),
        "layout": {
            "font": "dejavu",
            "size": 9.5,
            "letterhead": [
                "Harrow Creek Oncology Associates",
                "Community Oncology {*} 2200 Millrace Parkway, Harrow Creek",
            ],
            "page_fmt": "Page {p} of {nb}",
            "footer": "Gallagher-Onwu, Dennis {*} DOB 05/08/1958",
        },
        "body": """
CENTER: Progress Note {--} Medical Oncology
KV: Patient = Gallagher-Onwu, Dennis ;; DOB = 05/08/1958 ;; Visit = 04/22/2026
KV: Provider = Talia Brennan-Soto, MD ;; Visit type = Established, pre-treatment

h: Oncologic history
* 11/2023 {--} RUL mass on CT for cough; CT-guided biopsy: adenocarcinoma. PET/CT + MRI brain: cT3 N2 M1c, stage IVB (liver, bone).
* 12/2023 {--} Tissue NGS: no actionable driver; EGFR, ALK, ROS1, BRAF, KRAS, MET, RET and NTRK1{-}3 negative. PD-L1 22C3 TPS 40%.
* 1L carboplatin/pemetrexed/pembrolizumab 01/2024{-}06/2024 {->} maintenance pemetrexed/pembrolizumab 07/2024{-}04/2025 {->} PD (new liver lesions).
* 2L docetaxel/ramucirumab 05/2025{-}present; C14 due today.

H: S
Fatigue grade 1, mild ankle edema, appetite fair. No fever, bleeding or new pain. Working
part-time from home.

H: O
BP 138/84, HR 88, SpO2 96% RA, wt 74.1 kg (stable). ECOG 1. Lungs: decreased breath sounds at the
right base. Trace bilateral ankle edema. Labs today: ANC 3.2, Hgb 11.1, Plt 188, Cr 0.9, urine
protein negative.

H: A
67M with stage IVB lung adenocarcinoma on 2L docetaxel/ramucirumab; restaging CT 04/10/2026
shows stable disease.

H: P
* Proceed with C14 docetaxel/ramucirumab today; labs adequate.
* At next progression: clinical trial (antibody{-}drug conjugate) vs gemcitabine {--} discussed, no decision yet.
* RTC 3 weeks with labs; restaging CT in 9 weeks.
SMALL: Electronically signed by Talia Brennan-Soto, MD, 04/22/2026 17:48.
""",
    },
    # Trap: infusion-centre MAR on cycle 1 day 1: two drugs GIVEN, carboplatin NOT GIVEN (held
    # before any dose) -> not received; brand name in the drug column; no histology.
    {
        "id": "clin_infusion_mar_c1d1",
        "kind": "clinical",
        "trap": "MAR C1D1: pembrolizumab (Keytruda) + pemetrexed GIVEN; carboplatin 'NOT GIVEN - "
        "held' on the first cycle -> not received; no histology",
        "gold": gold(treatments=["pembrolizumab", "pemetrexed"]),
        "layout": {
            "font": "helvetica",
            "orient": "L",
            "size": 9.5,
            "letterhead": ["Marrowfield Community Cancer Center", "Infusion Center"],
            "page_fmt": "Page {p} of {nb}",
            "footer": "MAR print - confidential",
        },
        "body": """
CENTER: MEDICATION ADMINISTRATION RECORD
KV: Patient = Abiodun-Kerr, Felicity ;; MRN = MCC-2286104 ;; DOB = 12/01/1963 ;; Date = 04/24/2026
KV: Regimen = Carboplatin AUC 5 + Pemetrexed 500 mg/m2 + Pembrolizumab 200 mg q21d ;; Cycle/Day = C1D1
KV: Dx code = C34.12 (left upper lobe lung malignancy) ;; Ht/Wt = 165 cm / 68.2 kg ;; BSA = 1.76 m2
GAP 2
TABLE 30 12 20 12 12 50 24 grid
| Medication | Dose | Route / rate | Sched. | Given | Status | Nurse |
| pembrolizumab (Keytruda) | 200 mg | IV over 30 min | 09:30 | 09:41 | GIVEN | M. Ostrowski, RN |
| pemetrexed | 880 mg | IV over 10 min | 10:15 | 10:22 | GIVEN | M. Ostrowski, RN |
| carboplatin | 540 mg | IV over 30 min | 10:35 | - | NOT GIVEN - held by Dr. Lindqvist: creatinine pending | M. Ostrowski, RN |

h: Nursing note
Premedications given per protocol order set (see separate record). Patient tolerated her first
doses of pembrolizumab and pemetrexed without infusion reaction. Carboplatin was not administered
today: a repeat creatinine was drawn at 10:30 and Dr. Lindqvist will decide whether carboplatin is
given tomorrow. Patient and husband informed. Discharged ambulatory at 11:05.
""",
    },
    # Trap: a prior-authorization request form: the requested drug (repotinib) and alternatives
    # are not received; "[ ] Continuation of therapy" is unticked; prior therapies "none".
    {
        "id": "clin_prior_auth_repotinib",
        "kind": "clinical",
        "trap": "PA request form: repotinib requested (not received), alternatives named, "
        "'[X] New start'; CD74-ROS1; stage IVA (cT1c N3 M1b)",
        "gold": gold(
            histology="adenocarcinoma",
            stage=stage("c", "T1c", "N3", "M1b", "IVA"),
            biomarkers={"ROS1": pos("CD74-ROS1"), "ALK": neg(), "EGFR": neg()},
        ),
        "layout": {
            "font": "helvetica",
            "size": 10,
            "letterhead": ["Coralridge Specialty Pharmacy", "Oncology Access Team"],
            "page_fmt": None,
            "footer": "Fax 555-0142  |  Case PA-26-33018",
        },
        "body": """
CENTER: PRIOR AUTHORIZATION REQUEST - ORAL ONCOLOGY
h: Member
KV: Name = Tremblay-Oduya, Celeste ;; DOB = 06/17/1975 ;; Plan ID = LHP-880214-02
h: Medication requested
KV: Drug = repotinib (Augtyro) ;; Strength = 40 mg capsules
KV: Sig = 160 mg daily x 14 days, then 160 mg twice daily ;; Quantity = 120 / 30 days
. [X] New start      [ ] Continuation of therapy      [ ] Dose change
h: Clinical information
KV: Diagnosis = Metastatic lung adenocarcinoma (ICD-10 C34.31)
KV: Stage = IVA (cT1c N3 M1b) ;; Line of therapy = first line
. Biomarkers: ROS1 rearrangement positive, CD74-ROS1 (RNA NGS, 02/2026); ALK negative by FISH; EGFR wild-type.
. Prior therapies for this diagnosis: none.
. Alternatives if not approved: entrectinib or crizotinib.
h: Prescriber
KV: Name = Dr. Joaquin Ferreira-Banks ;; NPI = on file ;; Phone = 555-0177
h: Status
. PA submitted 03/04/2026 10:12 by K. Abernathy, CPhT. Awaiting payer decision; patient has not started therapy.
""",
    },
    # Trap: a portal message thread: brand name from the patient (Tagrisso), an alternative the
    # patient asks about (amivantamab, not planned), the EGFR result only in the nurse's reply.
    {
        "id": "clin_portal_message_thread",
        "kind": "clinical",
        "trap": "patient-portal thread: 'started the Tagrisso' -> osimertinib; amivantamab asked "
        "about, not planned; EGFR ex19 deletion in RN reply; no histology",
        "gold": gold(biomarkers={"EGFR": pos("exon 19 deletion")}, treatments=["osimertinib"]),
        "layout": {
            "font": "dejavu",
            "size": 10,
            "letterhead": ["Fairhollow Health {*} MyCare Portal"],
            "page_fmt": "{p}/{nb}",
        },
        "body": """
CENTER: Message Thread {--} Printed for the Chart
KV: Patient = Halvorsen, Ingrid ;; MRN = 6601-2275 ;; Subject = Rash question
KV: Care team = Thoracic Oncology (Dr. N. Mbeki) ;; Printed = 04/03/2026
GAP 3
MSG L Ingrid Halvorsen {*} 04/02/2026 9:14 PM
Hi, I've had a rash on my face and chest since I started the Tagrisso three weeks ago. Is that
normal? Also my sister asked whether I should get the amivantamab infusions instead {--} should I
ask Dr. Mbeki?

MSG R Renata Quill, RN {*} Thoracic Oncology {*} 04/03/2026 8:52 AM
Hi Mrs. Halvorsen, thank you for the photos. An acne-like rash is common with osimertinib
(Tagrisso) and yours looks mild. Dr. Mbeki reviewed your message: please continue osimertinib
80 mg once a day and use the skin-care routine on the handout. Amivantamab is not planned for you
right now. Osimertinib was chosen because of the EGFR exon 19 deletion found in your biopsy in
March. Call us if the rash blisters or spreads.

MSG L Ingrid Halvorsen {*} 04/03/2026 9:30 AM
Thank you, that helps!
""",
    },
    # Trap: nurse phone note: capmatinib delivered and prior authorization approved, but "has NOT
    # started" -> not received; tepotinib only asked about; no prior therapy.
    {
        "id": "clin_nurse_phone_not_started",
        "kind": "clinical",
        "trap": "phone note: capmatinib delivered + PA approved but 'NOT started' -> no treatment; "
        "tepotinib only mentioned; MET exon 14 skipping",
        "gold": gold(histology="adenocarcinoma", biomarkers={"MET": pos("exon 14 skipping")}),
        "layout": {
            "font": "helvetica",
            "size": 10,
            "letterhead": ["Brightwater Cancer Institute", "Thoracic Oncology Nurse Line"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: Telephone Encounter
KV: Patient = Dimitrov, Stanislav ;; MRN = 20-4418-36 ;; DOB = 02/09/1949
KV: Date/time = 05/21/2026 14:05 ;; Call type = Incoming ;; Duration = 12 min
. Caller: patient's daughter (Vesna; release of information on file)
. Reason: questions about new oral medication

h: Background
76M with lung adenocarcinoma, MET exon 14 skipping (tissue NGS, 04/2026). No prior cancer therapy.

h: Note
Daughter reports capmatinib was delivered by the specialty pharmacy today. Prior authorization
for capmatinib was submitted 05/12 and approved 05/18. Patient has NOT started capmatinib yet; per
Dr. Haverkamp he should wait until the baseline liver tests drawn today are reviewed, then start
400 mg twice daily with food. Daughter also asked about tepotinib, which a family friend takes;
explained that capmatinib was chosen and that the two are not taken together.

h: Plan
. RN to call back 05/22 with lab results and start date. Daughter verbalized understanding.
. Signed: Odalys Brennan, RN
""",
    },
]
