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

import faulthandler
import json
import os
import resource
import select
import signal
import time
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
_ERRORS = {"encrypted": PdfEncrypted, "too_many_pages": PdfTooManyPages}


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


def _child_extract(path: str, max_pages: int | None) -> dict:
    from biomarkers.extraction import extract

    try:
        report = extract(path, max_pages=max_pages)
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
    }


def _child_inspect(path: str, max_pages: int | None) -> dict:
    count = _count_pages(path, PAGE_COUNT_CAP)
    if count == 0:
        raise PdfUnreadable("no pages")
    return {"pages": count}


def _child_main(write_fd: int, func, args: tuple, memory_bytes: int, cpu_seconds: int) -> None:
    """Runs in the child only; never returns."""
    code = 0
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
            answer = {"error": kind, "reason": exc.reason}
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


def _read_answer(read_fd: int, pid: int, deadline: float) -> bytes | None:
    """Bytes the child wrote before closing its end, or None on timeout."""
    chunks: list[bytes] = []
    size = 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([read_fd], [], [], min(left, 1.0))
        if not ready:
            continue
        chunk = os.read(read_fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_RESULT_BYTES:
            return b""
        chunks.append(chunk)


def _run(func, args: tuple, *, timeout: float, memory_bytes: int) -> dict:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child; reported back through the pipe
        os.close(read_fd)
        _child_main(write_fd, func, args, memory_bytes, max(1, int(timeout) + 1))
    os.close(write_fd)
    status = 0
    try:
        data = _read_answer(read_fd, pid, time.monotonic() + timeout)
    finally:
        os.close(read_fd)
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


def run_extraction(
    pdf_path: str | Path, *, timeout: float, memory_bytes: int, max_pages: int | None
) -> Report:
    """Extract the report in a limited child. Raises PdfError (``.reason``) on any failure."""
    data = _run(
        _child_extract, (str(pdf_path), max_pages), timeout=timeout, memory_bytes=memory_bytes
    )
    try:
        return _report(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise PdfUnreadable(f"bad child answer: {exc}", reason=REASON_UNREADABLE) from exc


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
