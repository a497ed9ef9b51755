"""The parser child's guards: bombs, reference loops, page caps, CPU limit, pages closed."""

from __future__ import annotations

import resource
import zlib

import pytest

from biomarkers import sandbox, sandbox_guard
from biomarkers.extraction import PdfError, PdfTooManyPages, PdfUnreadable
from tests.records.conftest import TWO_PAGE_PDF, dev_pdf
from tests.records.pdf_mutants import KINDS, build_pdf, mutants, text_pdf

# Generous on purpose: a guard that works answers at once, a missing one hits this timeout
# and the test sees the timeout's reason instead of the expected one.
LIMITS = {"timeout": 30, "memory_bytes": 1 << 30}


def _mutant(kind: str) -> bytes:
    cycle = sum(1 for _ in KINDS) + 10
    return next(m.data for m in mutants(cycle, seed=3) if m.kind == kind)


@pytest.mark.parametrize("kind", ["bomb", "xref_bomb"])
def test_decompression_bomb_is_refused(tmp_path, kind):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_mutant(kind))
    with pytest.raises(PdfError) as exc:
        sandbox.run_extraction(path, max_pages=50, **LIMITS)
    assert exc.value.reason == sandbox.REASON_TOO_BIG


def test_self_referencing_object_fails_at_once_not_by_timeout(tmp_path):
    path = tmp_path / "loop.pdf"
    path.write_bytes(_mutant("self_ref"))
    for call in (sandbox.inspect_pdf, sandbox.run_extraction):
        kwargs = {"max_pages": 50, **LIMITS}
        with pytest.raises(PdfUnreadable) as exc:
            call(path, **kwargs)
        assert exc.value.reason == sandbox.REASON_UNREADABLE


def test_too_many_pages_reason_names_the_count(tmp_path):
    with pytest.raises(PdfTooManyPages) as exc:
        sandbox.run_extraction(dev_pdf(TWO_PAGE_PDF), max_pages=1, **LIMITS)
    assert exc.value.reason == "too many pages (2 > 1)"
    with pytest.raises(PdfTooManyPages) as exc:
        sandbox.inspect_pdf(dev_pdf(TWO_PAGE_PDF), max_pages=1)
    assert exc.value.reason == "too many pages (2 > 1)"


def test_inflation_caps_per_stream_and_per_document():
    # The shim on its own (no patching): 1000 bytes per stream, 1500 per document.
    budget = sandbox_guard._Budget(1000, 1500)
    z = sandbox_guard._BoundedZlib(budget)
    assert z.decompress(zlib.compress(b"a" * 900)) == b"a" * 900
    with pytest.raises(sandbox_guard.InflateLimitExceeded):
        z.decompress(zlib.compress(b"b" * 1001))  # over the stream cap
    assert budget.tripped
    with pytest.raises(sandbox_guard.InflateLimitExceeded):
        z.decompress(zlib.compress(b"c" * 700))  # within a stream, over what is left
    streaming = z.decompressobj()
    with pytest.raises(sandbox_guard.InflateLimitExceeded):
        for chunk in (zlib.compress(b"d" * 5000)[i : i + 10] for i in range(0, 60, 10)):
            streaming.decompress(chunk)


def _inflate_in_budget(path, max_pages):
    import pdfminer.pdftypes

    sandbox_guard.install(stream_cap=1000, document_cap=5000)
    data = zlib.compress(b"a" * 1000)
    ok = pdfminer.pdftypes.zlib.decompress(data) == b"a" * 1000
    streaming = pdfminer.pdftypes.zlib.decompressobj()
    parts = b"".join(streaming.decompress(data[i : i + 1]) for i in range(len(data)))
    try:
        pdfminer.pdftypes.zlib.decompress(data[:-6])
        truncated = "accepted"
    except zlib.error:
        truncated = "zlib.error"
    return {"ok": ok, "bytewise": parts == b"a" * 1000, "truncated": truncated}


def test_bounded_inflate_behaves_like_zlib_within_the_budget():
    answer = sandbox._run(_inflate_in_budget, ("x", None), **LIMITS)
    # A truncated stream must raise zlib.error like zlib does: pdfminer's fallback for
    # damaged streams depends on it.
    assert answer == {"ok": True, "bytewise": True, "truncated": "zlib.error"}


def _count_closed_pages(path, max_pages):
    import pdfplumber

    from biomarkers.extraction import pdf as pdf_module

    closed = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            real_close = page.close

            def close(real_close=real_close, n=page.page_number):
                closed.append(n)
                real_close()

            page.close = close
            pdf_module.page_lines(page)
    return {"closed": closed}


def test_pages_are_closed_as_they_are_read():
    answer = sandbox._run(_count_closed_pages, (str(dev_pdf(TWO_PAGE_PDF)), None), **LIMITS)
    assert answer == {"closed": [1, 2]}


def _burn_cpu(path, max_pages):
    resource.setrlimit(resource.RLIMIT_CPU, (1, 2))
    while True:
        pass


def test_cpu_limit_reads_as_too_long():
    with pytest.raises(PdfError) as exc:
        sandbox._run(_burn_cpu, ("x", None), **LIMITS)
    assert exc.value.reason == sandbox.REASON_TIMEOUT


def test_zero_pages_and_header_only_are_unreadable(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(
        build_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])
    )
    with pytest.raises(PdfUnreadable):
        sandbox.inspect_pdf(path)
    with pytest.raises(PdfUnreadable):
        sandbox.run_extraction(path, max_pages=50, **LIMITS)


def test_clean_built_pdf_still_extracts(tmp_path):
    path = tmp_path / "clean.pdf"
    path.write_bytes(text_pdf())
    report = sandbox.run_extraction(path, max_pages=50, **LIMITS)
    assert "EGFR L858R" in report.pages[0]
