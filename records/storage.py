"""The private file store for patient records (``STORAGES["private"]``)."""

from __future__ import annotations

import hashlib
import hmac
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from django.conf import settings
from django.core.files import File
from django.core.files.storage import Storage, storages


def private_storage() -> Storage:
    return storages["private"]


def new_storage_key(owner_pk: int) -> str:
    # Keyed hash of the owner: files group per patient without the user id showing in the
    # bucket, and the name is ours (uuid4), never the patient's filename.
    owner_hash = hmac.new(
        settings.SECRET_KEY.encode(), f"record-owner:{owner_pk}".encode(), hashlib.sha256
    ).hexdigest()[:24]
    return f"records/{owner_hash}/{uuid.uuid4().hex}.pdf"


def store(key: str, fh: IO[bytes]) -> str:
    """Save the file under ``key``; returns the name the storage actually used."""
    fh.seek(0)
    return private_storage().save(key, File(fh, name=key))


def remove(key: str) -> None:
    private_storage().delete(key)


def open_stored(key: str) -> IO[bytes]:
    return private_storage().open(key, "rb")


@contextmanager
def local_copy(key: str) -> Iterator[Path]:
    """The stored file copied to a temp file (S3 has no local path for the parser child)."""
    with tempfile.NamedTemporaryFile(prefix="record-", suffix=".pdf") as tmp:
        with open_stored(key) as src:
            shutil.copyfileobj(src, tmp, 1 << 20)
        tmp.flush()
        yield Path(tmp.name)
