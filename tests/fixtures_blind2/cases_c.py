"""Pathology / cytology cases (13). Fictional patients, pathologists and institutions."""

from __future__ import annotations

from blind2_common import gold, neg, negs, pdl1, pos, stage

CASES: list[dict] = []

# Trap: second-opinion consult revises the outside squamous diagnosis to adenocarcinoma (the
# consult's own diagnosis governs); recommendation naming many genes gives no keys.
CASES.append(
    {
        "id": "path-second-opinion",
        "kind": "pathology",
        "trap": "consult revises outside 'squamous cell carcinoma' to adenocarcinoma; recommended"
        " genes get no key",
        "fmt": "letter",
        "font": "Times",
        "size": 11,
        "letterhead": [
            "Whitcombe University Medical Center - Department of Pathology",
            "Thoracic Pathology Consultation Service",
        ],
        "banner": ["CONSULTATION REPORT  |  WC26-CN-00214  |  Pt: Gustafson, Henrik A."],
        "footer": "Whitcombe University Medical Center - Pathology Consultation",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Patient | Gustafson, Henrik A. | DOB | 07/22/1957
= Referring pathologist | Dr. L. Meyers, Tamarack Community Hospital
= Outside case | TCH-S26-1408 | Received | 03/02/2026
= Material received | 6 H&E slides, 2 paraffin blocks (A1, A2)

# Outside diagnosis
Lung, right lower lobe, CT-guided core biopsy: squamous cell carcinoma, moderately
differentiated.

# Consultation diagnosis
Lung, right lower lobe, CT-guided core biopsy: ADENOCARCINOMA, solid pattern.

# Comment
Thank you for sending this case. The tumour grows in solid sheets without keratinisation or
intercellular bridges. On block A1 we performed immunostains: TTF-1 and napsin A are diffusely
positive, while p40 and CK5/6 are negative. Mucicarmine highlights rare intracytoplasmic
mucin droplets. The findings support solid adenocarcinoma; we respectfully disagree with the
outside diagnosis, and the case was discussed with Dr. Meyers by telephone on 03/05/2026.

Predictive studies performed on block A1 at our institution:
ALK (D5F3) immunohistochemistry: negative.
PD-L1 (22C3 pharmDx): tumor proportion score 50%.

In view of the revised histologic type, comprehensive molecular profiling including EGFR,
KRAS, BRAF, MET, RET, ROS1, ERBB2 and NTRK is recommended and can be sent from block A2 on
request.

> Eleanor Vance-Whitby, MD - Thoracic Pathology (electronically signed 03/06/2026)
""",
        "gold": gold("adenocarcinoma", None, {"ALK": neg(), "PD-L1": pdl1(50)}),
    }
)

# Trap: EBUS cytology, "favour squamous cell carcinoma"; "tumour proportion score of less
# than 1%" -> 0 negative; clinical stage cT2b N2 M0 given in the clinical notes.
CASES.append(
    {
        "id": "path-ebus-favour-squamous",
        "kind": "pathology",
        "trap": "'favour squamous cell carcinoma'; 'TPS of less than 1%' -> 0; clinical stage in"
        " request notes; molecular 'not requested'",
        "fmt": "A4",
        "letterhead": ["Coastal Gums Pathology", "Cytopathology Report"],
        "banner": ["UR 4471190 | PEMBERTON, Gwendolyn R | DOB 19/02/1950 | Lab C26-08821"],
        "footer": "Coastal Gums Pathology, 12 Banksia Parade, Nullagine Bay WA",
        "page_fmt": "Page {p} of {nb}",
        "body": """
# Clinical notes
Ex-smoker, 55 pack-years. LUL mass 4.3 cm with PET-avid 4L and 7 nodes. Clinically staged
cT2b N2 M0. EBUS-TBNA ?primary lung malignancy.

# Specimens
A: EBUS-TBNA station 7 - 4 passes, smears and cell block.
B: EBUS-TBNA station 4L - 3 passes, smears and cell block.

# Microscopy
Both specimens contain cohesive sheets of malignant cells with dense cytoplasm and occasional
keratinised forms in a necrotic background. Cell block immunohistochemistry (A): p40 and CK5/6
positive; TTF-1 and napsin A negative.

# Diagnosis
A and B: Positive for malignancy - non-small cell carcinoma, favour squamous cell carcinoma.

# Supplementary - PD-L1
PD-L1 (22C3) on cell block A: the tumour proportion score is less than 1%. More than 100
viable tumour cells assessed.

Molecular testing was not requested by the clinician (squamous histology, heavy smoker); it
can be added on cell block A if required.

> Dr Harriet Lindqvist FRCPA, Pathologist - 11/03/2026
""",
        "gold": gold(
            "squamous cell carcinoma",
            stage("c", "T2b", "N2", "M0", None),
            {"PD-L1": pdl1(0)},
        ),
    }
)

# Trap: pleural fluid cytology negative for malignancy: no histology, no stage, no keys,
# although the request queries lung cancer and the comment names every gene.
CASES.append(
    {
        "id": "path-pleural-negative",
        "kind": "pathology",
        "trap": "negative cytology: request says '?lung primary', comment names all genes ->"
        " nothing to label",
        "fmt": "A4",
        "font": "Times",
        "size": 11,
        "letterhead": ["St Fionnan's Hospital, Dromcarra", "Department of Cellular Pathology"],
        "lh_align": "C",
        "footer": "Reports are issued to the requesting clinician. Consultant-validated.",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Name: | Patrick Joseph Mulcahy | MRN: | SF-0662413
= DOB: | 11/11/1946 | Requested by: | Dr Orla Kinsella, Respiratory Medicine
= Lab no.: | NG26-1127 | Received: | 04/03/2026

# Clinical details
Right pleural effusion, ?lung primary. Former smoker. CT: right hilar fullness.

# Macroscopy
800 mL of blood-stained fluid. Cytospins and cell block prepared.

# Microscopy
Numerous lymphocytes, macrophages and reactive mesothelial cells. No malignant cells are
identified. BerEP4 and claudin-4 on the cell block are negative in the cells present.

# Conclusion
Pleural fluid: NEGATIVE for malignant cells. Reactive mesothelial cells and lymphocytosis.

# Comment
A negative result does not exclude malignancy. Should a malignant diagnosis be made on further
sampling, predictive testing for EGFR, ALK, ROS1, KRAS, BRAF, MET, RET, ERBB2, NTRK and PD-L1
would be recommended for a non-squamous non-small cell carcinoma.

> Dr Róisín Harrington, MB BCh BAO, FRCPath, Consultant Histopathologist
""",
        "gold": gold(None, None, {}),
    }
)

# Trap: Indian-English resection, stage group IA3 stated; EGFR compound G719S + S768I in a
# four-column table with the result in the last cell; PD-L1 TPS 2%.
CASES.append(
    {
        "id": "path-resection-egfr-compound",
        "kind": "pathology",
        "trap": "compound EGFR p.G719S + p.S768I (-> G719X, S768I) in 4-col table; pT1c pN0 stage"
        " IA3; PD-L1 2%",
        "fmt": "A4",
        "size": 9.5,
        "letterhead": [
            "Kaveri Riverside Multispeciality Hospital, Mysuru",
            "Department of Histopathology - Surgical Pathology Report",
        ],
        "banner": ["Patient: Mr. Harish Gowda K. | IP No. 26/118830 | Age/Sex: 66/M | HP-26-4419"],
        "footer": "This is a computer-generated report. Kindly correlate clinically.",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= Surgeon: | Dr. N. Subramanian (CTVS) | Received on: | 20-02-2026
= Specimen: | Right upper lobectomy with mediastinal nodes | Reported on: | 06-03-2026

# Gross
Lobectomy 16 x 11 x 4 cm. Grey-white tumour 2.6 x 2.2 x 2.0 cm, 1.1 cm from pleura.

# Microscopic examination
Sections show invasive adenocarcinoma, lepidic predominant (lepidic 50%, acinar 40%,
micropapillary 10%). No visceral pleural invasion (PL0). No lymphovascular invasion.
Bronchial and vascular margins are free. Lymph nodes: stations 4R (0/3), 7 (0/2), 10R (0/2),
11R (0/1) - all free of tumour.

# Impression
Right upper lobe, lobectomy: Invasive adenocarcinoma, lepidic predominant, 2.6 cm.
pT1c pN0 (AJCC 8th edition) - Stage IA3.

# Addendum - Biomarker studies (block A4)
@w 14 26 22 38
| Marker | Method | Clone / Kit | Result |
| EGFR | Real-time PCR | allele-specific kit | Exon 18 p.G719S and exon 20 p.S768I DETECTED |
| ALK | IHC | D5F3 | Negative |
| ROS1 | IHC | D4D6 | Negative |
| PD-L1 | IHC | 22C3 | TPS 2% |

> Dr. Kavitha Ramesh, MD, Consultant Pathologist | Dr. S. Iyengar, MD, HOD Pathology
""",
        "gold": gold(
            "adenocarcinoma",
            stage("p", "T1c", "N0", None, "IA3"),
            {"EGFR": pos("G719X", "S768I"), **negs("ALK", "ROS1"), "PD-L1": pdl1(2)},
        ),
    }
)

# Trap: AJCC 8th stage (pT3 pN0, IIB) printed first, then the superseded 7th-edition stage
# (pT2b pN0, IIA) for comparison; SCHEMA asks for the 8th edition. EGFR/ALK not performed.
CASES.append(
    {
        "id": "path-resection-ajcc7-vs-8",
        "kind": "pathology",
        "trap": "8th-edition stage pT3 pN0 IIB plus superseded 7th-edition pT2b IIA; EGFR/ALK 'not"
        " performed' -> no key",
        "fmt": "letter",
        "letterhead": ["Fraser Narrows Health Sciences Centre", "Anatomical Pathology"],
        "banner": ["SURGICAL PATHOLOGY  |  FN-S26-05517  |  LEBLANC, Marc-André  |  MRN 60193382"],
        "footer": "Fraser Narrows HSC - Anatomical Pathology - FINAL",
        "page_fmt": "Page {p} of {nb}",
        "body": """
= DOB | 1953-04-09 | Surgeon | Dr. K. Baptiste-Moreau
= Procedure | Left lower lobectomy | Received | 2026-02-24

# Final diagnosis
Lung, left lower lobe, lobectomy:
- Squamous cell carcinoma, keratinizing, moderately differentiated, 5.6 cm.
- Bronchial, vascular and parenchymal margins negative.
- Lymph nodes negative for carcinoma (0/11).

# Synoptic summary
= Histologic type | Squamous cell carcinoma | Tumour size | 5.6 cm
= Visceral pleural invasion | Not identified | Lymphovascular invasion | Not identified
= Regional lymph nodes | 0/11 involved
= Pathologic stage (AJCC 8th edition) | pT3 pN0 - stage IIB

Note: under the superseded AJCC 7th edition this tumour would have been classified pT2b pN0
(stage IIA); the 8th edition is used for this report.

# Ancillary studies
PD-L1 (22C3 pharmDx), block B3: TPS: 5%.
EGFR and ALK testing not performed (keratinizing squamous histology).

> Dr. Anneliese Kowalczyk, MD, FRCPC - electronically signed 2026-03-06
""",
        "gold": gold(
            "squamous cell carcinoma",
            stage("p", "T3", "N0", None, "IIB"),
            {"PD-L1": pdl1(5)},
        ),
    }
)

# Trap: small cell carcinoma; the comment mentions "non-small cell" (combined tumour excluded)
# and says EGFR/ALK testing is not indicated; PD-L1 not performed -> no keys.
CASES.append(
    {
        "id": "path-small-cell-node",
        "kind": "pathology",
        "trap": "small cell carcinoma, text also says 'non-small cell' and names genes as not"
        " indicated -> no keys",
        "fmt": "letter",
        "size": 10,
        "letterhead": ["Maple Ridge General Hospital", "Department of Laboratory Medicine"],
        "banner": ["Pt: Brennan, Teresa L.  |  MRN 411-02-776  |  Acc: MRG-26-SP-3390"],
        "footer": "Maple Ridge General Hospital - Surgical Pathology",
        "page_fmt": "{p} of {nb}",
        "body": """
# Surgical Pathology Report
= DOB | 02/14/1959 | Collected | 03/09/2026
= Submitting physician | Dr. A. Halvorsen (Interventional Pulmonology)
= Specimen | EBUS-guided core, station 7

# Diagnosis
Lymph node, subcarinal (station 7), EBUS-guided core biopsy:
SMALL CELL CARCINOMA.

# Microscopic description
Sheets of small round to oval cells with scant cytoplasm, finely granular chromatin, nuclear
moulding, crush artefact and abundant apoptotic debris. Mitoses exceed 10 per 2 mm2.
Immunostains: synaptophysin, chromogranin and INSM1 positive; TTF-1 positive; AE1/AE3
dot-like positive; p40 negative. Ki-67 proliferation index approximately 90%.

# Comment
A combined small cell carcinoma with a non-small cell component was considered; no
non-small cell component is present in this sample. EGFR and ALK testing are not routinely
indicated for small cell carcinoma and were not performed. PD-L1 immunohistochemistry was not
performed.

> Rafael Quintero-Sousa, MD - Pathologist
""",
        "gold": gold("small cell carcinoma", None, {}),
    }
)
