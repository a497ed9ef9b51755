"""Checks an upload before anything is stored: type by content, size, pages, readability."""

from __future__ import annotations

import hashlib
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from django.conf import settings

from biomarkers.extraction.scan import available as ocr_available
from biomarkers.extraction.scan import image_kind

PDF_MAGIC = b"%PDF-"
HEAD_BYTES = 16
NOT_ACCEPTED = (
    "This file is not a PDF or a photo. Please upload your report as a PDF, "
    "or photos of it (JPEG, PNG or HEIC)."
)
NO_OCR = (
    "Photos and scans cannot be read on this server yet (its text recognition is not "
    "installed). Please upload the report as a PDF with text, or try again later."
)
UPLOAD_INSPECT_TIMEOUT_SECONDS = 10


class UploadRejected(Exception):
    """The upload was refused; ``message`` is shown to the patient as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CheckedUpload:
    path: Path  # temp copy, removed when the ``checked_upload`` block ends
    filename: str
    sha256: str
    size: int
    page_count: int
    source: str = "pdf"  # "pdf" | "jpeg" | "png" | "heic" | "images"


def display_filename(name: str | None) -> str:
    """A name safe to show: no path, no control characters, bounded length."""
    name = unicodedata.normalize("NFKC", str(name or ""))
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] not in ("C", "Z") or ch == " ")
    name = re.sub(r"\s+", " ", name).strip(" .")
    if not name:
        name = "report.pdf"
    if len(name) > 120:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:110] + "…." + ext[:8]) if dot and len(ext) <= 8 else name[:120]
    return name


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


@contextmanager
def checked_upload(upload: IO[bytes], *, name: str | None = None) -> Iterator[CheckedUpload]:
    """Copy the upload to a temp file while hashing it, and check it. Raises UploadRejected."""
    from biomarkers.extraction import PdfEncrypted, PdfError, PdfTooManyPages
    from biomarkers.sandbox import inspect_pdf

    max_bytes = settings.RECORD_MAX_BYTES
    max_pages = settings.RECORD_MAX_PAGES
    declared = getattr(upload, "size", None)
    if declared is not None and declared > max_bytes:
        raise UploadRejected(f"This file is too large: the limit is {_mb(max_bytes)}.")
    digest = hashlib.sha256()
    size = 0
    with tempfile.NamedTemporaryFile(prefix="upload-", suffix=".pdf") as tmp:
        if hasattr(upload, "seek"):
            upload.seek(0)
        chunks = (
            upload.chunks()
            if hasattr(upload, "chunks")
            else iter(lambda: upload.read(1 << 16), b"")
        )
        head = b""
        for chunk in chunks:
            size += len(chunk)
            if size > max_bytes:
                raise UploadRejected(f"This file is too large: the limit is {_mb(max_bytes)}.")
            if len(head) < HEAD_BYTES:
                head += chunk[: HEAD_BYTES - len(head)]
            digest.update(chunk)
            tmp.write(chunk)
        tmp.flush()
        if size == 0:
            raise UploadRejected("This file is empty.")
        # The content decides, never the name or the browser's Content-Type.
        kind = image_kind(head)
        if kind is not None:
            # A photo is one page. It is decoded only in the parser's sandbox, so a damaged
            # or oversized image ends the record "failed" with a reason, never the web process.
            _require_ocr()
            yield CheckedUpload(
                path=Path(tmp.name),
                filename=display_filename(name or getattr(upload, "name", None)),
                sha256=digest.hexdigest(),
                size=size,
                page_count=1,
                source=kind,
            )
            return
        if not head.startswith(PDF_MAGIC):
            raise UploadRejected(NOT_ACCEPTED)
        try:
            pages = inspect_pdf(
                tmp.name,
                timeout=UPLOAD_INSPECT_TIMEOUT_SECONDS,
                memory_bytes=settings.EXTRACTION_MEMORY_BYTES,
                max_pages=max_pages,
            )
        except PdfEncrypted:
            raise UploadRejected(
                "This PDF is password-protected. Please upload a copy without a password."
            ) from None
        except PdfTooManyPages:
            raise UploadRejected(
                f"This PDF has too many pages: the limit is {max_pages} pages."
            ) from None
        except PdfError as exc:
            raise UploadRejected(
                f"We could not read this PDF ({exc.reason}). It may be damaged."
            ) from None
        yield CheckedUpload(
            path=Path(tmp.name),
            filename=display_filename(name or getattr(upload, "name", None)),
            sha256=digest.hexdigest(),
            size=size,
            page_count=pages,
        )


def _require_ocr() -> None:
    if not ocr_available():
        raise UploadRejected(NO_OCR)


def _read_limited(upload: IO[bytes], limit: int) -> bytes:
    if hasattr(upload, "seek"):
        upload.seek(0)
    chunks = (
        upload.chunks() if hasattr(upload, "chunks") else iter(lambda: upload.read(1 << 16), b"")
    )
    out = bytearray()
    for chunk in chunks:
        out += chunk
        if len(out) > limit:
            raise UploadRejected(f"These photos are too large: the limit is {_mb(limit)} in all.")
    return bytes(out)


@contextmanager
def checked_photos(uploads: list[IO[bytes]]) -> Iterator[CheckedUpload]:
    """Several photos of one report, joined into one record (pages in the order given).

    Each must be a JPEG, PNG or HEIC by content; together they count against the same size
    and page limits as one PDF. Raises UploadRejected.
    """
    from biomarkers.extraction.document import bundle_images

    max_bytes = settings.RECORD_MAX_BYTES
    max_pages = settings.RECORD_MAX_PAGES
    if len(uploads) > max_pages:
        raise UploadRejected(f"Too many photos: the limit is {max_pages} pages.")
    total = sum(getattr(u, "size", 0) or 0 for u in uploads)
    if total > max_bytes:
        raise UploadRejected(f"These photos are too large: the limit is {_mb(max_bytes)} in all.")
    images: list[bytes] = []
    for upload in uploads:
        data = _read_limited(upload, max_bytes - sum(len(i) for i in images))
        label = display_filename(getattr(upload, "name", None))
        if not data:
            raise UploadRejected(f"{label}: this file is empty.")
        if image_kind(data[:HEAD_BYTES]) is None:
            raise UploadRejected(f"{label}: this file is not a photo (JPEG, PNG or HEIC).")
        images.append(data)
    _require_ocr()
    bundle = bundle_images(images)
    with tempfile.NamedTemporaryFile(prefix="upload-", suffix=".zip") as tmp:
        tmp.write(bundle)
        tmp.flush()
        first = display_filename(getattr(uploads[0], "name", None))
        yield CheckedUpload(
            path=Path(tmp.name),
            filename=first if len(uploads) == 1 else f"{first} (+{len(uploads) - 1} photos)",
            sha256=hashlib.sha256(bundle).hexdigest(),
            size=len(bundle),
            page_count=len(images),
            source="images",
        )
