"""Helpers for the security tests: a patient with a stored file, findings and audit entries."""

from __future__ import annotations

import io
from dataclasses import dataclass

from biomarkers.models import Finding
from records import storage
from records.models import Record
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory


@dataclass
class PatientData:
    record: Record
    finding: Finding
    pdl1: Finding
    stage: Finding
    file_bytes: bytes


def stored_record(owner, *, content: bytes | None = None, **fields) -> Record:
    data = content or f"%PDF-1.4\n% test file of user {owner.pk}\n%%EOF\n".encode()
    key = storage.store(storage.new_storage_key(owner.pk), io.BytesIO(data))
    return RecordFactory(owner=owner, storage_key=key, size=len(data), **fields)


def patient_with_data(owner, *, marker: str = "") -> PatientData:
    content = f"%PDF-1.4\n% {marker or owner.email} original report\n%%EOF\n".encode()
    record = stored_record(owner, content=content, filename=f"{marker or 'my'}-report.pdf")
    FindingFactory(
        record=record, kind="histology", gene="", status="", variants=[],
        value={"histology": "adenocarcinoma"}, page=1,
        sentence="Final diagnosis: adenocarcinoma.", char_start=0, char_end=32,
    )  # fmt: skip
    stage = FindingFactory(
        record=record, kind="stage", gene="", status="", variants=[],
        value={"prefix": "p", "t": "T2a", "n": "N2", "m": "M0", "group": "IIIA"}, page=1,
        sentence="Pathologic stage pT2a N2 M0, stage IIIA.", char_start=0, char_end=40,
    )  # fmt: skip
    finding = FindingFactory(record=record, page=2)  # EGFR L858R positive
    FindingFactory(
        record=record, gene="ALK", status="negative", variants=[], page=2,
        sentence="ALK rearrangement not detected.", char_start=0, char_end=31,
    )  # fmt: skip
    FindingFactory(
        record=record, gene="ROS1", status="pending", variants=[], page=2,
        sentence="ROS1 FISH is pending.", char_start=0, char_end=21,
    )  # fmt: skip
    FindingFactory(
        record=record, gene="MET", status="equivocal", variants=[], page=2,
        sentence="MET result equivocal.", char_start=0, char_end=21,
    )  # fmt: skip
    pdl1 = FindingFactory(
        record=record, kind="pdl1", gene="PD-L1", status="positive", variants=[],
        value={"tps": 60, "clone": "22C3"}, page=2,
        sentence="PD-L1 (22C3) TPS 60%.", char_start=0, char_end=21,
    )  # fmt: skip
    FindingFactory(
        record=record, kind="treatment", gene="", status="", variants=[],
        value={"drug": "osimertinib"}, page=2,
        sentence="She is receiving osimertinib.", char_start=0, char_end=29,
    )  # fmt: skip
    return PatientData(record, finding, pdl1, stage, content)


def stored_keys() -> list[str]:
    """Every file in the private store (local storage)."""
    store = storage.private_storage()
    out: list[str] = []
    stack = [""]
    while stack:
        folder = stack.pop()
        try:
            dirs, files = store.listdir(folder)
        except FileNotFoundError:
            continue
        out += [f"{folder}/{f}".lstrip("/") for f in files]
        stack += [f"{folder}/{d}".lstrip("/") for d in dirs]
    return sorted(out)
