"""The parser child: limits hold, failures become plain reasons, the parent carries on."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from biomarkers import sandbox
from biomarkers.extraction import PdfEncrypted, PdfError, PdfTooManyPages, PdfUnreadable
from tests.records.conftest import TWO_PAGE_PDF, dev_pdf, encrypted_pdf_bytes

LIMITS = {"timeout": 30, "memory_bytes": 1 << 30}


def test_extraction_in_child_matches_in_process():
    from biomarkers.extraction import extract

    path = dev_pdf()
    report = sandbox.run_extraction(path, max_pages=50, **LIMITS)
    assert report.to_schema() == extract(path).to_schema()
    assert report.facts and all(
        report.pages[f.evidence.page - 1][f.evidence.start : f.evidence.end] == f.evidence.sentence
        for f in report.facts
    )


def test_inspect_counts_pages():
    assert sandbox.inspect_pdf(dev_pdf(TWO_PAGE_PDF)) == 2


def test_too_many_pages():
    with pytest.raises(PdfTooManyPages):
        sandbox.inspect_pdf(dev_pdf(TWO_PAGE_PDF), max_pages=1)
    with pytest.raises(PdfTooManyPages):
        sandbox.run_extraction(dev_pdf(TWO_PAGE_PDF), max_pages=1, **LIMITS)


def test_encrypted(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf_bytes())
    with pytest.raises(PdfEncrypted) as exc:
        sandbox.inspect_pdf(path)
    assert exc.value.reason == "this file is password-protected"


@pytest.mark.parametrize(
    "data", [b"", b"%PDF-1.4\n", b"%PDF-1.7\n1 0 obj <<" * 100, os.urandom(4096)]
)
def test_garbage_is_unreadable(tmp_path, data):
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(PdfUnreadable) as exc:
        sandbox.inspect_pdf(path)
    assert exc.value.reason == "this PDF could not be read"
    with pytest.raises(PdfError):
        sandbox.run_extraction(path, max_pages=50, **LIMITS)


def _spin(path, max_pages):
    while True:
        pass


def _eat_memory(path, max_pages):
    hog = []
    while True:
        hog.append(bytearray(50 * 1024 * 1024))


def _crash(path, max_pages):
    os.abort()


def test_timeout_kills_the_child():
    start = time.monotonic()
    with pytest.raises(PdfError) as exc:
        sandbox._run(_spin, ("x", None), timeout=1, memory_bytes=1 << 28)
    assert exc.value.reason == "reading this PDF took too long"
    assert time.monotonic() - start < 20  # bounded, not a speed claim: it did not hang


def test_memory_limit_is_enforced():
    with pytest.raises(PdfError) as exc:
        sandbox._run(_eat_memory, ("x", None), timeout=30, memory_bytes=1 << 27)
    assert exc.value.reason in (sandbox.REASON_TOO_BIG, sandbox.REASON_UNREADABLE)


def test_crashing_child_leaves_the_parent_alive():
    with pytest.raises(PdfUnreadable):
        sandbox._run(_crash, ("x", None), timeout=10, memory_bytes=1 << 28)
    # And the next job runs normally.
    assert sandbox.inspect_pdf(dev_pdf()) == 1


def test_no_zombies_left(tmp_path):
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4 nothing")
    for _ in range(3):
        with pytest.raises(PdfError):
            sandbox.inspect_pdf(path)
    # Other fixtures (the browser driver) may own live children; none of ours may be a zombie.
    assert _zombie_children() == []


def _zombie_children() -> list[int]:
    me, zombies = os.getpid(), []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == me and fields[0] == "Z":
            zombies.append(int(stat.parent.name))
    return zombies
