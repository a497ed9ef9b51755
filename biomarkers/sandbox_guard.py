"""Guards installed in the parser child only: bounded inflation, no reference loops, pages closed.

pdfminer inflates every FlateDecode stream with a bare ``zlib.decompress`` (pdfminer #1163):
a few kilobytes can expand to gigabytes. ``install()`` swaps the ``zlib`` module pdfminer sees
for one whose ``decompress``/``decompressobj`` stop at a per-stream and a per-document cap.
Going over the cap raises and marks the guard as tripped: pdfminer (and the extraction
engine) wrap or swallow many exceptions, so the child checks ``tripped()`` afterwards instead
of relying on the exception type reaching it.

These patches run only in the forked child, which exits when its one job is done, so they
never leak into the worker or web process.
"""

from __future__ import annotations

import zlib
from typing import Any

STREAM_CAP_BYTES = 50 * 1024 * 1024
DOCUMENT_CAP_BYTES = 256 * 1024 * 1024


class ReferenceLoop(Exception):
    """An indirect object that (through others) refers to itself."""


class InflateLimitExceeded(Exception):
    """A compressed stream expands past the cap (a decompression bomb or a huge image)."""


class _Budget:
    def __init__(self, stream_cap: int, document_cap: int) -> None:
        self.stream_cap = stream_cap
        self.left = document_cap
        self.tripped = False

    def room(self, used_in_stream: int = 0) -> int:
        return max(0, min(self.stream_cap - used_in_stream, self.left))

    def take(self, n: int, room: int) -> None:
        if n > room:
            self.tripped = True
            raise InflateLimitExceeded(f"stream inflates past {room} bytes")
        self.left -= n


_budget: _Budget | None = None


class _BoundedDecompressor:
    """``zlib.decompressobj()`` that never returns more than the budget allows."""

    def __init__(self, budget: _Budget, *args: Any) -> None:
        self._d = zlib.decompressobj(*args)
        self._budget = budget
        self._used = 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = self._budget.room(self._used)
        # Ask for one byte more than allowed: getting it proves the stream is over the cap,
        # without ever materialising more than cap + 1 bytes.
        want = room + 1 if max_length <= 0 else min(max_length, room + 1)
        out = self._d.decompress(data, want)
        self._budget.take(len(out), room)
        self._used += len(out)
        return out

    def flush(self, *args: Any) -> bytes:
        out = self._d.flush(*args)
        room = self._budget.room(self._used)
        self._budget.take(len(out), room)
        self._used += len(out)
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._d, name)


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``."""

    error = zlib.error

    def __init__(self, budget: _Budget) -> None:
        self._budget = budget

    def decompressobj(self, *args: Any) -> _BoundedDecompressor:
        return _BoundedDecompressor(self._budget, *args)

    def decompress(self, data: bytes, wbits: int = zlib.MAX_WBITS, bufsize: int = 0) -> bytes:
        d = _BoundedDecompressor(self._budget, wbits)
        out = d.decompress(data)
        if not d.eof:
            # Same as zlib.decompress on a truncated stream; pdfminer then tries its
            # "corrupted data" fallback, which goes through decompressobj (bounded too).
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def _bound_reference_chains() -> None:
    # pdfminer's resolve1 follows "5 0 R -> 5 0 R -> ..." forever (a one-line hostile file
    # would cost the whole timeout). Resolving the whole chain here, with loop detection,
    # turns that into an error at once; callers get the same final object as before.
    from pdfminer.pdftypes import PDFObjRef

    original = PDFObjRef.resolve

    def resolve(self: PDFObjRef, default: object = None) -> Any:
        obj = original(self, default)
        seen = {self.objid}
        while isinstance(obj, PDFObjRef):
            if obj.objid in seen or len(seen) > 64:
                raise ReferenceLoop(f"object {self.objid} refers to itself")
            seen.add(obj.objid)
            obj = original(obj, default)
        return obj

    PDFObjRef.resolve = resolve  # type: ignore[method-assign]


def _close_pages_as_you_go() -> None:
    # read_pdf keeps every pdfplumber Page (and its parsed objects) until the end; closing
    # each page once its lines are read keeps memory flat on long documents.
    from biomarkers.extraction import pdf as pdf_module

    original = getattr(pdf_module, "page_lines", None)
    if original is None:  # the engine changed shape: nothing to wrap
        return

    def page_lines(page):  # same signature as the original
        try:
            return original(page)
        finally:
            close = getattr(page, "close", None)
            if close is not None:
                close()

    pdf_module.page_lines = page_lines


def install(*, stream_cap: int = STREAM_CAP_BYTES, document_cap: int = DOCUMENT_CAP_BYTES) -> None:
    """Child only: bound inflation and close pages early."""
    global _budget
    import pdfminer.pdftypes

    _budget = _Budget(stream_cap, document_cap)
    pdfminer.pdftypes.zlib = _BoundedZlib(_budget)  # type: ignore[assignment]
    _bound_reference_chains()
    _close_pages_as_you_go()


def tripped() -> bool:
    return _budget is not None and _budget.tripped
