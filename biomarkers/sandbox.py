"""Run the PDF parser in a forked child with CPU, memory and wall-clock limits.

A hostile or broken PDF can make a parser loop, eat memory or crash the interpreter. The
parser therefore never runs in the web or Celery worker process itself: a forked child does
the work under ``RLIMIT_AS``/``RLIMIT_CPU`` and sends back plain JSON (never a pickle: the
child has touched untrusted input), while the parent enforces a wall-clock deadline and kills
the child when it is over. Whatever the child does (raise, crash, get killed) the parent
turns it into a ``PdfError`` with a sentence a patient understands and carries on.

Fork (not spawn) is used on purpose: the child inherits the already-imported parser and NLP
pipeline, so each job costs milliseconds of start-up instead of seconds of imports (a spawned
interpreter would have to import pdfplumber and build the spaCy pipeline for every job). The
price is that ``RLIMIT_AS`` cannot be an absolute figure: the forked child already maps the
parent's whole address space, so the memory budget is added on top of what it inherited.

Inside the child, ``sandbox_guard`` caps how far any compressed stream may inflate (a
decompression bomb ends as "needs more memory") and closes pdfplumber pages as they are read.
"""

from __future__ import annotations

import base64
import contextlib
import faulthandler
import json
import os
import resource
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from biomarkers import sandbox_guard
from biomarkers.extraction import (
    PdfEncrypted,
    PdfError,
    PdfTooManyPages,
    PdfUnreadable,
    Report,
)
from biomarkers.extraction.scan_types import PageImageText, ScanError
from biomarkers.facts import fact_from_json, fact_json

REASON_UNREADABLE = "this PDF could not be read"
REASON_ENCRYPTED = "this file is password-protected"
REASON_TIMEOUT = "reading this PDF took too long"
REASON_TOO_BIG = "this PDF needs more memory than allowed"
# Counting the pages of a hostile file must stop somewhere; past this we say "more than".
PAGE_COUNT_CAP = 100_000
# The child's answer is the text of at most RECORD_MAX_PAGES pages plus facts: anything
# larger than this is not a real answer.
MAX_RESULT_BYTES = 64 * 1024 * 1024
_ERRORS = {"encrypted": PdfEncrypted, "too_many_pages": PdfTooManyPages, "scan": ScanError}
# Written by the child before each page it reads by OCR ("page total\n"); the parent shows
# it on the record and gives the job more time for that page.
_progress_fd: int | None = None
Progress = Callable[[int, int], None]


class PdfTimeout(PdfError):
    reason = REASON_TIMEOUT


def too_many_pages_reason(count: int | None, max_pages: int) -> str:
    if count is None or count > PAGE_COUNT_CAP:
        return f"too many pages (more than {max_pages})"
    return f"too many pages ({count} > {max_pages})"


def _vsize() -> int:
    # A forked child starts with the parent's whole address space (Python, spaCy, ...), so
    # the memory budget is counted on top of what is already mapped.
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _limit(memory_bytes: int, cpu_seconds: int) -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    # The parser has no reason to write files; stdout/stderr go to /dev/null, the answer
    # to a pipe, neither of which this limit covers.
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    limit = _vsize() + memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _count_pages(path: str, stop_after: int) -> int:
    """Pages in the PDF, counted up to ``stop_after + 1``. Raises PdfError subclasses."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        with open(path, "rb") as fh:
            doc = PDFDocument(PDFParser(fh))
            count = 0
            for _page in PDFPage.create_pages(doc):
                count += 1
                if count > stop_after:
                    break
    except Exception as exc:  # pdfminer raises many unrelated types for bad input
        text = f"{type(exc).__name__} {exc}".lower()
        if "password" in text or "encrypt" in text:
            raise PdfEncrypted(str(exc)) from exc
        raise PdfUnreadable(f"{type(exc).__name__}: {exc}") from exc
    return count


def _send_progress(page: int, total: int) -> None:
    if _progress_fd is not None:
        with contextlib.suppress(OSError):
            os.write(_progress_fd, f"{int(page)} {int(total)}\n".encode())


def _child_extract(path: str, max_pages: int | None) -> dict:
    from biomarkers.extraction.document import extract_document

    try:
        report, scans = extract_document(path, max_pages=max_pages, progress=_send_progress)
    except PdfTooManyPages as exc:
        if max_pages is None:
            raise
        try:
            count: int | None = _count_pages(path, PAGE_COUNT_CAP)
        except PdfError:
            count = None
        raise PdfTooManyPages(reason=too_many_pages_reason(count, max_pages)) from exc
    return {
        "file": report.file,
        "pages": list(report.pages),
        "document_kind": report.document_kind,
        "facts": [fact_json(f) for f in report.facts],
        "scans": [{**s.as_json(), "preview": base64.b64encode(s.preview).decode()} for s in scans],
    }


def _child_inspect(path: str, max_pages: int | None) -> dict:
    count = _count_pages(path, PAGE_COUNT_CAP)
    if count == 0:
        raise PdfUnreadable("no pages")
    return {"pages": count}


def _child_main(
    write_fd: int, func, args: tuple, memory_bytes: int, cpu_seconds: int, progress_fd: int
) -> None:
    """Runs in the child only; never returns."""
    global _progress_fd
    code = 0
    _progress_fd = progress_fd
    try:
        # Signal handlers inherited from a Celery worker or gunicorn must not run here.
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1):
            signal.signal(sig, signal.SIG_DFL)
        # Parser noise (and a crash dump) may quote document text: keep it out of the logs.
        faulthandler.disable()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        sandbox_guard.install()
        _limit(memory_bytes, cpu_seconds)
        try:
            answer: dict[str, Any] = {"ok": func(*args)}
        except PdfError as exc:
            kind = next((k for k, cls in _ERRORS.items() if isinstance(exc, cls)), "unreadable")
            answer = {"error": kind, "reason": str(exc.reason)}
        except MemoryError:
            answer = {"error": "memory"}
        except Exception:  # any other parser bug on hostile input is "could not be read"
            answer = {"error": "unreadable"}
        if sandbox_guard.tripped():
            # A stream was refused: even if the parser swallowed that and carried on, what it
            # read is incomplete, so it must not become findings.
            answer = {"error": "memory"}
        data = json.dumps(answer).encode()
        view = memoryview(data)
        while view:
            view = view[os.write(write_fd, view) :]
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _read_answer(
    read_fd: int,
    progress_fd: int,
    deadline: float,
    *,
    on_progress: Progress | None = None,
    page_seconds: float = 0.0,
    max_pages: int = 0,
) -> bytes | None:
    """Bytes the child wrote before closing its end, or None on timeout.

    Each page the child announces it reads by OCR moves the deadline ``page_seconds`` later
    (for at most ``max_pages`` pages): a scan costs seconds a page, a text PDF milliseconds.
    """
    chunks: list[bytes] = []
    size = 0
    pending = b""
    seen: set[int] = set()
    fds = [read_fd, progress_fd]
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select(fds, [], [], min(left, 1.0))
        if progress_fd in ready:
            got = os.read(progress_fd, 4096)
            if not got:
                fds.remove(progress_fd)
            pending += got
            *lines, pending = pending.split(b"\n")
            for line in lines[-64:]:
                try:
                    page, total = (int(x) for x in line.split())
                except ValueError:
                    continue
                if page not in seen and len(seen) < max_pages:
                    seen.add(page)
                    deadline += page_seconds
                if on_progress is not None:
                    on_progress(page, total)
        if read_fd not in ready:
            continue
        chunk = os.read(read_fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_RESULT_BYTES:
            return b""
        chunks.append(chunk)


def _run(
    func,
    args: tuple,
    *,
    timeout: float,
    memory_bytes: int,
    on_progress: Progress | None = None,
    page_seconds: float = 0.0,
    max_pages: int = 0,
) -> dict:
    read_fd, write_fd = os.pipe()
    progress_read, progress_write = os.pipe()
    # The child's own CPU (rendering, layout) grows with OCR'd pages too; Tesseract itself
    # runs in processes of its own, each under the same limit.
    cpu_seconds = max(1, int(timeout + page_seconds * max_pages / 4) + 1)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child; reported back through the pipe
        os.close(read_fd)
        os.close(progress_read)
        _child_main(write_fd, func, args, memory_bytes, cpu_seconds, progress_write)
    os.close(write_fd)
    os.close(progress_write)
    status = 0
    try:
        data = _read_answer(
            read_fd,
            progress_read,
            time.monotonic() + timeout,
            on_progress=on_progress,
            page_seconds=page_seconds,
            max_pages=max_pages,
        )
    finally:
        os.close(read_fd)
        os.close(progress_read)
        # Always reap the child; kill it first unless it has already exited.
        status = _reap(pid)
    if data is None:
        raise PdfTimeout("wall-clock timeout")
    if not data and os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU:
            raise PdfTimeout("cpu limit")
        if sig == signal.SIGKILL:
            # Not us (we kill only after the deadline): on Linux that is the OOM killer.
            raise PdfUnreadable("killed", reason=REASON_TOO_BIG)
    try:
        answer = json.loads(data) if data else {}
    except ValueError:
        answer = {}
    if "ok" in answer and isinstance(answer["ok"], dict):
        return answer["ok"]
    error = answer.get("error")
    if error == "encrypted":
        raise PdfEncrypted(reason=REASON_ENCRYPTED)
    if error == "too_many_pages":
        raise PdfTooManyPages(reason=str(answer.get("reason") or "too many pages"))
    if error == "memory":
        raise PdfUnreadable("memory limit", reason=REASON_TOO_BIG)
    if error == "scan":
        raise ScanError(reason=str(answer.get("reason") or REASON_UNREADABLE)[:255])
    # Crashed, killed by a limit, or said something we cannot parse.
    raise PdfUnreadable(f"child failed: {error or 'no answer'}", reason=REASON_UNREADABLE)


def _reap(pid: int) -> int:
    """Wait for the child (killing it if still running); its wait status, 0 if unknown."""
    try:
        # The pipe closed, so the child is exiting: give it a moment before killing it.
        for _ in range(50):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return status
            time.sleep(0.002)
        os.kill(pid, signal.SIGKILL)
        return os.waitpid(pid, 0)[1]
    except (ChildProcessError, ProcessLookupError):
        return 0


def _report(data: dict) -> Report:
    pages = [p if isinstance(p, str) else "" for p in data.get("pages") or []]
    return Report(
        file=str(data.get("file") or ""),
        pages=pages,
        document_kind=str(data.get("document_kind") or "unknown"),
        facts=[fact_from_json(f) for f in data.get("facts") or []],
    )


def _scans(data: dict) -> list[PageImageText]:
    return [
        PageImageText.from_json(s, base64.b64decode(s.get("preview") or ""))
        for s in data.get("scans") or []
    ]


def run_extraction(
    pdf_path: str | Path,
    *,
    timeout: float,
    memory_bytes: int,
    max_pages: int | None,
    on_progress: Progress | None = None,
    ocr_page_seconds: float = 0.0,
) -> Report:
    """Extract the report in a limited child. Raises PdfError (``.reason``) on any failure.

    Pages read by OCR come back on ``report.scans`` (a list of ``PageImageText``).
    """
    data = _run(
        _child_extract,
        (str(pdf_path), max_pages),
        timeout=timeout,
        memory_bytes=memory_bytes,
        on_progress=on_progress,
        page_seconds=ocr_page_seconds,
        max_pages=max_pages or 0,
    )
    try:
        report = _report(data)
        report.scans = _scans(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise PdfUnreadable(f"bad child answer: {exc}", reason=REASON_UNREADABLE) from exc
    return report


def inspect_pdf(
    path: str | Path,
    *,
    timeout: float = 10,
    memory_bytes: int = 512 * 1024 * 1024,
    max_pages: int | None = None,
) -> int:
    """Page count of the PDF, checked in a limited child. Raises PdfError subclasses."""
    data = _run(_child_inspect, (str(path), max_pages), timeout=timeout, memory_bytes=memory_bytes)
    count = data.get("pages")
    if not isinstance(count, int) or count < 1:
        raise PdfUnreadable("bad page count", reason=REASON_UNREADABLE)
    if max_pages is not None and count > max_pages:
        raise PdfTooManyPages(reason=too_many_pages_reason(count, max_pages))
    return count
