"""No PHI in application logs: upload and extract a report carrying a canary, grep every log.

Every log record is captured at DEBUG (as if LOG_LEVEL=DEBUG): a file handler on the root
logger with every logger propagating (the forked extraction child inherits the handler's
file descriptor, so its records land in the same file), a loguru sink (PyRuSH logs through
loguru) and the raw stdout/stderr file descriptors (anything a child prints). The loggers the
settings deliberately quiet (pdfminer at ERROR, because it logs document text at DEBUG) keep
their level: that setting is part of what is tested.
"""

from __future__ import annotations

import logging

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from records.models import Record, RecordStatus
from tests.factories import UserFactory

CANARY = "ZQXCANARY4711"
EMAIL = "canary.patient.zq@example.org"


def canary_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    lines = [
        "SURGICAL PATHOLOGY REPORT",
        f"Patient: {CANARY} Smith   MRN: {CANARY}-55",
        "Final diagnosis: Lung, right upper lobe, lobectomy: invasive adenocarcinoma.",
        f"Specimen {CANARY}: EGFR L858R mutation detected.",
        "ALK rearrangement not detected by FISH.",
        f"PD-L1 (22C3) tumor proportion score 60% in {CANARY} block A2.",
        "Pathologic stage: pT2a N1 M0.",
    ]
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.fixture
def canary_user(transactional_db):
    # Created before the capture starts: factory_boy's own DEBUG lines name the user.
    return UserFactory(email=EMAIL)


@pytest.fixture
def every_log_record(canary_user, tmp_path, settings):
    """Path of a file that receives every log record from this process and its children."""
    log_file = tmp_path / "all.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    root = logging.getLogger()
    saved = (root.level, {})
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    quiet = set(settings.LOGGING.get("loggers", {}))
    for name, lg in list(logging.root.manager.loggerDict.items()):
        if isinstance(lg, logging.Logger):
            saved[1][name] = (lg.level, lg.propagate, lg.disabled)
            lg.propagate = True
            lg.disabled = False
            if not any(name == q or name.startswith(q + ".") for q in quiet):
                lg.setLevel(logging.NOTSET)
    from loguru import logger as loguru_logger

    sink_id = loguru_logger.add(str(log_file), level="DEBUG", enqueue=False)
    try:
        yield log_file
    finally:
        loguru_logger.remove(sink_id)
        root.removeHandler(handler)
        handler.close()
        root.setLevel(saved[0])
        for name, (level, propagate, disabled) in saved[1].items():
            lg = logging.root.manager.loggerDict[name]
            lg.setLevel(level)
            lg.propagate = propagate
            lg.disabled = disabled


@pytest.mark.django_db(transaction=True)
def test_upload_and_extraction_log_no_phi(canary_user, every_log_record, capfd, client):
    user = canary_user
    client.force_login(user)
    data = canary_pdf()
    logging.getLogger("tests.canary_probe").debug("probe")  # proves the capture works

    response = client.post(
        "/records/upload/",
        {"files": [SimpleUploadedFile(f"{CANARY}.pdf", data, content_type="application/pdf")]},
    )
    assert response.status_code == 302, response.content[:500]
    record = Record.objects.get(owner=user)
    record.refresh_from_db()
    # The extraction really ran and really read the canary: otherwise the test proves nothing.
    assert record.status == RecordStatus.DONE, (record.status, record.failure_reason)
    assert any(CANARY in page for page in record.pages)
    assert record.findings.filter(sentence__contains=CANARY).exists()
    # Reading the results and a failed upload (rejected bytes) log nothing either.
    client.get(f"/records/{record.public_id}/")
    client.get(f"/api/records/{record.public_id}/")
    client.post(
        "/records/upload/",
        {"files": [SimpleUploadedFile(f"{CANARY}-bad.pdf", b"not a pdf " + CANARY.encode())]},
    )
    logging.getLogger("records.tasks").info("record pk=%s done", record.pk)

    logged = every_log_record.read_text(encoding="utf-8", errors="replace")
    out, err = capfd.readouterr()
    assert "tests.canary_probe DEBUG probe" in logged
    assert "records.tasks INFO record pk=" in logged
    for where, text in (("log records", logged), ("stdout", out), ("stderr", err)):
        assert CANARY not in text, f"canary leaked into {where}"
        assert EMAIL not in text, f"patient e-mail leaked into {where}"
