"""Fixtures for record tests: real dev PDFs and PDFs built on the spot."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.conftest import DEV_PDF_DIR

TWO_PAGE_PDF = "case_000.pdf"  # 2 pages, squamous cell carcinoma, PD-L1 60 %


def dev_pdf(name: str = "case_001.pdf") -> Path:
    path = DEV_PDF_DIR / name
    if not path.is_file():
        pytest.skip(f"dev PDF not found: {path}")
    return path


def as_upload(data: bytes, name: str = "report.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def encrypted_pdf_bytes() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(str(dev_pdf())))
    writer.encrypt(user_password="secret-pass", owner_password="owner-pass")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def pdf_bytes() -> bytes:
    return dev_pdf().read_bytes()


@pytest.fixture
def stored_keys(settings):
    """Every file currently in the private store (local storage)."""
    from records.storage import private_storage

    def _keys() -> list[str]:
        storage = private_storage()
        out = []
        stack = [""]
        while stack:
            folder = stack.pop()
            try:
                dirs, files = storage.listdir(folder)
            except FileNotFoundError:
                continue
            out += [f"{folder}/{f}".lstrip("/") for f in files]
            stack += [f"{folder}/{d}".lstrip("/") for d in dirs]
        return sorted(out)

    return _keys
