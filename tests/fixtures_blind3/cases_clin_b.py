"""Clinical cases, part B (8): palliative consult, PET-CT, CT radiology, pharmacist verification,
insurance appeal letter, abbreviated follow-up, telehealth, emergency department note.

All patients, clinicians and institutions are fictional.
"""

# Case bodies are report text; table rows cannot be wrapped.
# ruff: noqa: E501

from __future__ import annotations

from b3_common import gold, neg, pos, stage, tps

CASES = [
    # Trap: palliative consult with a narrative treatment history (4 drugs received, one stopped);
    # topotecan discussed and declined; symptom scores "x/10" are not PD-L1 values.
    {
        "id": "clin_palliative_consult",
        "kind": "clinical",
        "trap": "palliative consult: carboplatin/etoposide/atezolizumab + lurbinectedin received "
        "(stopped); topotecan declined; ESAS 0-10 scores; small cell stage IVB",
        "gold": gold(
            histology="small cell carcinoma",
            stage=stage("c", "T4", "N3", "M1c", "IVB"),
            treatments=["atezolizumab", "carboplatin", "etoposide", "lurbinectedin"],
        ),
        "layout": {
            "font": "times",
            "size": 10.5,
            "letterhead": [
                "Kestrel Valley Hospice & Palliative Medicine",
                "Inpatient Palliative Care Service",
            ],
            "lh_first_only": True,
            "banner": ["Rautio, Eero  |  DOB 10/30/1956  |  Palliative consult 04/15/2026"],
            "banner_from": 2,
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: PALLIATIVE MEDICINE CONSULTATION
KV: Patient = Rautio, Eero ;; DOB = 10/30/1956 ;; Consult date = 04/15/2026
KV: Requested by = Dr. Sanna Aalto (Oncology) ;; Reason = goals of care, symptoms

h: Oncologic history
Diagnosed 08/2025 with small cell lung cancer, stage IVB (cT4 N3 M1c) with liver and bone
metastases. He received carboplatin, etoposide and atezolizumab for four cycles, then atezolizumab
maintenance until 02/2026, when progression in the liver was found. Second-line lurbinectedin was
started in 03/2026 and stopped after two cycles because of declining performance status (ECOG 3).
Dr. Aalto discussed topotecan as a further option; Mr. Rautio declined further chemotherapy.

h: Symptom assessment (ESAS, 0-10)
TABLE 20 10 20 10 20 10 nohead grid
| Pain | 6 | Tiredness | 8 | Drowsiness | 4 |
| Nausea | 2 | Appetite | 7 | Shortness of breath | 5 |
| Depression | 3 | Anxiety | 4 | Wellbeing | 7 |

h: Social history
Retired ferry engineer; lives with his wife Liisa in a single-storey house; two adult daughters
nearby. Finnish is his first language; declined an interpreter.

h: Goals of care
Mr. Rautio understands that his cancer is no longer responding to treatment. His priorities are
to be at home, to stay comfortable and to see his granddaughter's confirmation in May. He does not
want further chemotherapy, hospital readmission or resuscitation.

PAGE
h: Recommendations
. 1. Analgesic regimen adjusted per medication reconciliation; bowel regimen continued.
. 2. Home hospice referral placed (Kestrel Valley Hospice), first visit 04/17/2026.
. 3. Code status: DNR/DNI, confirmed with patient and wife; portable order completed.
. 4. Oncology (Dr. Aalto) aware; no further cancer-directed therapy planned.
SMALL: Seen with Dr. Birgitta Solheim-Nwosu, palliative medicine attending. Time spent: 80
SMALL: minutes, more than half in counselling.
""",
    },
    # Trap: PET-CT with SUVmax values, node stations and a staging sentence in the impression
    # ("consistent with stage IVB disease (cT2a N3 M1c)"); no treatment yet.
    {
        "id": "clin_pet_ct_staging",
        "kind": "clinical",
        "trap": "FDG PET/CT: SUVmax numbers and stations; impression 'consistent with stage IVB "
        "disease (cT2a N3 M1c)'; histology from the indication line",
        "gold": gold(histology="adenocarcinoma", stage=stage("c", "T2a", "N3", "M1c", "IVB")),
        "layout": {
            "font": "helvetica",
            "size": 9.5,
            "letterhead": ["Pinecrest Imaging", "Nuclear Medicine and Molecular Imaging"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: F-18 FDG PET/CT, SKULL BASE TO MID-THIGH
KV: Patient = Sorensen-Baptiste, Maura ;; DOB = 01/05/1962 ;; Exam date = 04/06/2026
KV: Accession = PI-NM-26-4471 ;; Referring = Dr. L. Achebe ;; Comparison = none

h: Indication
Newly diagnosed non-small cell lung cancer, adenocarcinoma on EBUS-TBNA of station 7
(03/27/2026). Initial staging.

h: Technique
Fasting blood glucose 96 mg/dL. 11.2 mCi F-18 FDG IV; imaging from skull base to mid-thigh at 62
minutes; low-dose CT for attenuation correction and localization. Mediastinal blood pool SUVmax
2.1; liver SUVmax 2.8.

h: Findings
Chest: Left upper lobe mass 3.4 x 2.9 cm, SUVmax 14.2. Left hilar (station 10L) node SUVmax 6.1;
subcarinal (station 7) node SUVmax 5.3; right lower paratracheal (station 4R) node 1.1 cm, SUVmax
4.8. No pleural effusion.

Abdomen/pelvis: Multiple hypermetabolic hepatic lesions, the largest 2.2 cm in segment 8, SUVmax
9.0. Adrenal glands unremarkable.

Musculoskeletal: Lytic lesion of the T9 vertebral body, SUVmax 7.7, and a right iliac lesion,
SUVmax 6.4.

h: Impression
. 1. Hypermetabolic left upper lobe primary tumor.
. 2. Ipsilateral hilar, subcarinal and contralateral (4R) mediastinal nodal metastases.
. 3. Multiple hepatic and osseous metastases.
. 4. Findings consistent with stage IVB disease (cT2a N3 M1c, AJCC 8th edition).
SMALL: Interpreted by Caspar Olawale-Frisk, MD, nuclear medicine. Dictated 04/06/2026 15:20.
""",
    },
    # Trap: CT report states a radiologic TNM and group but the lesion is only "suspicious" ->
    # histology null; prior screening nodule size.
    {
        "id": "clin_ct_radiologic_stage",
        "kind": "clinical",
        "trap": "CT chest: 'Radiologic stage: cT2b cN1 cM0, stage IIB' while histology is unproven "
        "('highly suspicious') -> histology null",
        "gold": gold(stage=stage("c", "T2b", "N1", "M0", "IIB")),
        "layout": {
            "font": "times",
            "size": 10.5,
            "letterhead": ["Westbrook Diagnostic Radiology"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: CT CHEST WITH INTRAVENOUS CONTRAST
KV: Patient = Marchetti-Olsen, Gail ;; DOB = 07/21/1957 ;; Exam date = 02/26/2026
KV: Accession = WDR-CT-26-11872 ;; Ordering = Dr. P. Nwankwo ;; Contrast = 80 mL iohexol 350

h: Clinical indication
68-year-old woman, 30 pack-year smoker, right upper lobe mass on chest radiograph. Staging.

h: Comparison
CT chest 05/2024 (lung screening): 6 mm right upper lobe nodule.

h: Findings
Lungs: Spiculated right upper lobe mass, 4.6 x 3.9 cm (previously a 6 mm nodule), abutting but not
invading the mediastinal pleura. No additional nodules. Mild centrilobular emphysema.

Mediastinum and hila: Enlarged right hilar lymph node, 1.4 cm short axis. No mediastinal or
supraclavicular adenopathy.

Pleura: No effusion. Upper abdomen: adrenal glands and visualized liver normal. Bones: no
suspicious lesion.

h: Impression
. 1. Right upper lobe mass, highly suspicious for primary lung carcinoma; tissue sampling is recommended.
. 2. Right hilar lymphadenopathy.
. 3. Radiologic stage (AJCC 8th edition): cT2b cN1 cM0, stage IIB.
SMALL: Read by Anouk Devereaux-Mensah, MD. Findings discussed with Dr. Nwankwo by phone, 02/26/2026.
""",
    },
    # Trap: pharmacist verification: "Cycle 1 Day 1" today with administration documented ->
    # received; adjuvant osimertinib, alectinib and atezolizumab named as not applicable.
    {
        "id": "clin_pharmacist_c1d1_adjuvant",
        "kind": "clinical",
        "trap": "pharmacist note: adjuvant cisplatin/pemetrexed C1D1 given today (received); "
        "osimertinib/alectinib/atezolizumab 'not applicable'; TPS 0%",
        "gold": gold(
            histology="adenocarcinoma",
            stage=stage("p", "T3", "N0", group="IIB"),
            biomarkers={"EGFR": neg(), "ALK": neg(), "PD-L1": tps(0)},
            treatments=["cisplatin", "pemetrexed"],
        ),
        "layout": {
            "font": "helvetica",
            "size": 10,
            "letterhead": ["Oakridge Medical Center", "Oncology Pharmacy Services"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: CHEMOTHERAPY VERIFICATION NOTE - ONCOLOGY PHARMACY
KV: Patient = Nwachukwu-Farrell, Ada ;; MRN = 34-0092-71 ;; Date = 03/30/2026
KV: Regimen = Cisplatin/Pemetrexed q21d x4 (adjuvant) ;; Today = Cycle 1 Day 1

h: Indication
Lung adenocarcinoma, pT3 pN0, stage IIB; right lower lobectomy 02/12/2026. EGFR wild-type and ALK
negative on NGS; PD-L1 22C3 TPS 0%.

h: Verification
TABLE 25 25 30 20 grid
| Drug | Ordered dose | Calculated | Verified dose |
| cisplatin | 75 mg/m2 | 138 mg (BSA 1.84 m2) | 138 mg |
| pemetrexed | 500 mg/m2 | 920 mg | 920 mg |
Labs 03/30: CrCl 78 mL/min, ANC 4.1, platelets 242, Mg 2.0. Vitamin supplementation started seven
days before, per protocol. Premedications and hydration per order set.
. Released to infusion 09:05. Nursing documented administration of both agents 10:10-12:40; no reactions.

h: Pharmacist comments
Adjuvant osimertinib and alectinib are not applicable (EGFR wild-type, ALK negative). Adjuvant
atezolizumab is not indicated with a PD-L1 TPS of 0%. Cycle 2 due 04/20/2026.
. Verified by: Hyun-Woo Castellanos, PharmD, BCOP
""",
    },
    # Trap: a physician's appeal of a coverage denial: amivantamab (Rybrevant) requested and
    # "not been started"; docetaxel suggested by the payer; carboplatin/pemetrexed received.
    {
        "id": "clin_appeal_letter_amivantamab",
        "kind": "clinical",
        "trap": "appeal letter: amivantamab denied and not started; docetaxel suggested by payer; "
        "carboplatin+pemetrexed received; EGFR exon 20 insertion (p.S768_D770dup)",
        "gold": gold(
            histology="adenocarcinoma",
            stage=stage("c", "T3", "N2", "M1b", "IVA"),
            biomarkers={"EGFR": pos("exon 20 insertion")},
            treatments=["carboplatin", "pemetrexed"],
        ),
        "layout": {
            "font": "times",
            "size": 11,
            "letterhead": [
                "Ridgeline Thoracic Oncology Clinic",
                "480 Summit Avenue, Ridgeline  |  Tel 555-0188",
            ],
            "page_fmt": None,
        },
        "body": """
. April 8, 2026
.
. Larkspur Health Plan
. Attn: Appeals Department
.
. Re: Expedited appeal - denial of amivantamab (Rybrevant); member Wren Castellano-Hayes, DOB 03/27/1970, member ID LHP-55120934; your reference UM-26-009184
GAP 2
To whom it may concern,

I am writing to appeal your denial, dated 02/11/2026, of coverage for amivantamab for my patient.
She has metastatic lung adenocarcinoma, stage IVA (cT3 N2 M1b), harboring an EGFR exon 20
insertion (p.S768_D770dup) identified by tissue next-generation sequencing in 08/2025.

She received four cycles of carboplatin and pemetrexed between 09/2025 and 12/2025 and had
radiographic progression in 01/2026. Amivantamab has not been started while coverage is pending.
Your denial letter suggests docetaxel instead; in my judgment docetaxel is expected to be less
effective than amivantamab for a tumor with this alteration.

I request that the denial be overturned. I am available for a peer-to-peer review at the number
above.
. Sincerely,
.
. Marisol Achterberg-Reyes, MD, Thoracic Medical Oncology
""",
    },
    # Trap: heavy abbreviation (SqCC, cCRT, q2w, C9D1, G2, {x}1); durvalumab held once and resumed
    # (received); EGFR/ALK "not sent" -> no key; gemcitabine only a future option.
    {
        "id": "clin_abbreviated_sqcc_durva",
        "kind": "clinical",
        "trap": "abbreviated f/u: 'SqCC LUL, cT3 N2 M0, st IIIB'; cCRT w/ carboplatin/paclitaxel "
        "-> durvalumab (held x1, resumed); EGFR/ALK 'not sent'",
        "gold": gold(
            histology="squamous cell carcinoma",
            stage=stage("c", "T3", "N2", "M0", "IIIB"),
            biomarkers={"PD-L1": tps(85)},
            treatments=["carboplatin", "durvalumab", "paclitaxel"],
        ),
        "layout": {
            "font": "dejavu",
            "size": 9.5,
            "letterhead": ["Saltmarsh Valley Hematology-Oncology"],
            "page_fmt": "pg {p}",
        },
        "body": """
CENTER: HEME/ONC F/U
KV: Pt = Fairweather, Josephine ;; DOB = 02/28/1955 ;; DOS = 04/16/2026 ;; Prov = K. Abubakar, MD
. 71F, former smoker (45 pk-yr), here for C9D1 durvalumab. Accompanied by son.
. Dx: SqCC LUL, cT3 N2 M0, st IIIB (AJCC8). PD-L1 22C3 TPS 85%. EGFR/ALK not sent (SqCC, heavy smoker).
. Tx: cCRT 60 Gy/30 fx w/ weekly carboplatin/paclitaxel (done 11/2025) {->} durvalumab 10 mg/kg q2w since 12/2025.
. Durvalumab held {x}1 (C5) for G2 pneumonitis {->} steroid taper {->} resumed C6, no recurrence.
. Int hx: mild DOE on hills, no cough/fever/rash. ECOG 1.
. PE: NAD. Lungs: fine crackles L apex. No edema.
. Labs: TSH 2.1, AST/ALT wnl, Cr 0.8, CBC wnl.
. CT 04/2026: post-RT fibrosis LUL, no PD.
. A/P: continue durvalumab, C9 today; next CT 8 wks; if PD {->} gemcitabine vs trial (discussed).
""",
    },
    # Trap: telehealth note with "ALK-r ADC", an EML4-ALK isoform ("v3"), alectinib then lorlatinib
    # (dose-reduced, still received); brigatinib "not favored".
    {
        "id": "clin_telehealth_alk_abbrev",
        "kind": "clinical",
        "trap": "'ALK-r ADC (EML4-ALK v3)' -> adenocarcinoma, EML4-ALK; alectinib -> lorlatinib "
        "(dose reduced) both received; brigatinib not favored",
        "gold": gold(
            histology="adenocarcinoma",
            stage=stage("c", "T2a", "N3", "M1c", "IVB"),
            biomarkers={"ALK": pos("EML4-ALK")},
            treatments=["alectinib", "lorlatinib"],
        ),
        "layout": {
            "font": "dejavu-serif",
            "size": 9.5,
            "letterhead": ["Greystone Lung Cancer Program", "Telehealth Clinic"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: Telehealth Visit {--} Thoracic Oncology
KV: Patient = Soderberg-Ansah, Leila ;; DOB = 09/03/1971 ;; Visit = 04/20/2026 (video)
KV: Clinician = Dr. Ruairi Castellanos ;; Consent = verbal, documented ;; Location = pt at home
h: ID
54F, never-smoker. ALK-r ADC (EML4-ALK v3, RNA NGS 03/2023), stage IVB at dx (cT2a N3 M1c: brain, liver).
h: Tx hx
* alectinib 600 mg BID 04/2023{-}12/2025 {->} CNS PD (3 new lesions) {->} SRS 01/2026
* lorlatinib 100 mg daily since 01/2026; dose reduced to 75 mg 03/2026 for G3 hypertriglyceridemia (lipid therapy started by PCP)
h: Interval
Feels well. Mild forgetfulness reported by husband, stable. No headaches, no visual change. Weight
stable. Working full time.
h: A/P
* Continue lorlatinib 75 mg daily; MRI brain 04/2026 shows CNS response.
* If PD: rebiopsy/plasma NGS + trial screen. Brigatinib not favored (prior CNS progression on alectinib).
* Labs (lipids, LFTs) in 4 weeks; next video visit in 8 weeks.
""",
    },
    # Trap: ED note with drugs held for suspected colitis (still received); "chemo" elsewhere
    # unnamed; PD-L1 "<1%" -> 0.
    {
        "id": "clin_ed_note_colitis",
        "kind": "clinical",
        "trap": "ED note: 'hold nivolumab and ipilimumab' (still received); unnamed outside 'chemo'; "
        "PD-L1 TPS <1% -> 0; squamous",
        "gold": gold(
            histology="squamous cell carcinoma",
            biomarkers={"PD-L1": tps(0)},
            treatments=["ipilimumab", "nivolumab"],
        ),
        "layout": {
            "font": "helvetica",
            "size": 10,
            "letterhead": ["Linden Harbor Hospital", "Emergency Department"],
            "page_fmt": "Page {p} of {nb}",
        },
        "body": """
CENTER: EMERGENCY DEPARTMENT PROVIDER NOTE
KV: Patient = Adeyemi-Strand, Gregor ;; DOB = 10/19/1966 ;; Arrival = 04/06/2026 03:12
KV: Provider = C. Montague-Obi, MD ;; Triage = ESI 3 ;; Disposition = admit (medicine)

h: Chief complaint
Diarrhea for 5 days (8-10 watery stools per day) with crampy abdominal pain.

h: History of present illness
59-year-old man with metastatic squamous cell carcinoma of the lung (PD-L1 TPS <1%) on nivolumab
plus ipilimumab since 01/2026; last nivolumab dose 03/28/2026 and last ipilimumab dose 03/14/2026.
No blood in stool. No recent antibiotics or travel. He reports having had "chemo" elsewhere in
2025; those records are not available.

h: ED course
HR 108, BP 104/66, T 37.9. Lactate 1.6. Stool studies sent. CT abdomen/pelvis: diffuse colonic
wall thickening without perforation or abscess. IV fluids given.

h: Assessment and plan
Suspected immune-mediated colitis, grade 3. Discussed with the on-call oncologist, Dr. Ferrante:
hold nivolumab and ipilimumab; IV corticosteroids started in the ED; GI consult for flexible
sigmoidoscopy. Admit to medicine.
""",
    },
]
