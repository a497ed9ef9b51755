"""Malformed and hostile PDFs built on the fly, deterministic for a seed.

Shared by the CI fuzz test (tests/records/test_fuzz.py) and bench/fuzz.py, so it imports
neither pytest nor Django. Every mutant is ``Mutant(name, kind, data)``; ``mutants(n, seed)``
cycles through all kinds so any run of a dozen or more covers each of them.

Kinds: truncated, bitflip, random (bytes after a PDF header), bomb (a FlateDecode content
stream that inflates to ~64-160 MB), xref_bomb (the same, as the cross-reference stream),
kids_loop, parent_loop, prev_loop (xref /Prev chain pointing back at itself), self_ref (an
object that is a reference to itself, used as a /Length), encrypted (a user password),
owner_only (encrypted, empty user password: readable), zero_pages, image_only,
many_pages (thousands of tiny pages), not_pdf (PNG, ZIP, HTML, text named .pdf), polyglot
(PDF/HTML both ways round), deep_nesting (tens of thousands of nested arrays), plus clean
dev reports so the mix also holds files that must come out ``done``.
"""

from __future__ import annotations

import io
import random
import secrets
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEV_PDF_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev" / "pdf"
TEXT = b"Final diagnosis: adenocarcinoma of the lung. EGFR L858R mutation detected."


@dataclass(frozen=True)
class Mutant:
    name: str
    kind: str
    data: bytes


def build_pdf(objects: list[bytes], *, root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF whose object ``i + 1`` is ``objects[i]``, with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\n" % (len(objects) + 1, root, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"", *, flate: bool = False) -> bytes:
    if flate:
        extra += b" /Filter /FlateDecode"
        data = zlib.compress(data)
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _text_content(text: bytes = TEXT) -> bytes:
    return b"BT /F1 11 Tf 72 720 Td (" + text + b") Tj ET"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def text_pdf(text: bytes = TEXT) -> bytes:
    """One page of real text: a clean base for mutation."""
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            _stream(_text_content(text), flate=True),
            FONT,
        ]
    )


@lru_cache(maxsize=4)
def _zeros_deflated(size: int) -> bytes:
    # Built in 1 MB steps: never holds the inflated bomb in memory here either.
    comp = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    parts = [comp.compress(chunk) for _ in range(size >> 20)]
    return b"".join(parts) + comp.flush()


def _bomb(rng: random.Random) -> bytes:
    data = _zeros_deflated(rng.choice((64, 96, 160)) << 20)
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            content + b"\nendstream",
        ]
    )


def _xref_bomb(rng: random.Random) -> bytes:
    head = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    head += b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    data = _zeros_deflated(64 << 20)
    xref_at = len(head)
    body = (
        b"3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Length %d "
        b"/Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream\nendobj\n"
    )
    return head + body + b"startxref\n%d\n%%%%EOF\n" % xref_at


def _pages_pdf(n: int, *, kids_extra: bytes = b"", page_parent: bytes = b"2 0 R") -> bytes:
    kids = b" ".join(b"%d 0 R" % (i + 4) for i in range(n))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + kids_extra + b"] /Count %d >>" % n,
        _stream(b"", b""),
    ]
    objs += [
        b"<< /Type /Page /Parent " + page_parent + b" /MediaBox [0 0 20 20] /Contents 3 0 R >>"
    ] * n
    return build_pdf(objs)


def _kids_loop(rng: random.Random) -> bytes:
    # The page tree lists itself (and a page) as its children.
    return _pages_pdf(rng.randint(1, 3), kids_extra=b" 2 0 R")


def _parent_loop(rng: random.Random) -> bytes:
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 /Parent 3 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 6 0 R >> >> /Contents 5 0 R >>",
        _stream(_text_content()),
        FONT,
    ]
    return build_pdf(objs)


def _prev_loop(rng: random.Random) -> bytes:
    # Two xref sections whose trailers point at each other through /Prev.
    base = text_pdf()
    first_xref = int(base.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    body = base.rsplit(b"startxref", 1)[0]
    # Fixed width, so filling in the real offset does not move anything.
    body = body.replace(b"/Root 1 0 R >>", b"/Root 1 0 R /Prev 0000000000 >>", 1)
    second_xref = len(body)
    body = body.replace(b"/Prev 0000000000", b"/Prev %010d" % second_xref, 1)
    body += b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\n" % (
        first_xref
    )
    return body + b"startxref\n%d\n%%%%EOF\n" % second_xref


def _self_ref(rng: random.Random) -> bytes:
    content = b"<< /Length 5 0 R >>\nstream\n" + _text_content() + b"\nendstream"
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>",
            content,
            b"5 0 R",
            FONT,
        ]
    )


def _encrypted(rng: random.Random, *, user_password: str | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    # pypdf draws keys, IVs and the file ID from ``secrets``: feed it from the seeded rng so
    # the same seed gives the same bytes (test data, not real secrets).
    real_token_bytes = secrets.token_bytes
    secrets.token_bytes = lambda n=32: rng.randbytes(n)
    try:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
        password = f"pw-{rng.randrange(10**6)}" if user_password is None else user_password
        writer.encrypt(
            user_password=password,
            owner_password=f"owner-{rng.randrange(10**6)}",
            algorithm=rng.choice(("RC4-128", "AES-128", "AES-256")),
        )
        out = io.BytesIO()
        writer.write(out)
    finally:
        secrets.token_bytes = real_token_bytes
    return out.getvalue()


def _image_only(rng: random.Random) -> bytes:
    pixels = bytes(rng.randrange(256) for _ in range(64 * 64))
    image = _stream(
        pixels,
        b" /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8",
        flate=True,
    )
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            _stream(b"q 400 0 0 400 100 200 cm /Im1 Do Q"),
            image,
        ]
    )


def _not_pdf(rng: random.Random) -> bytes:
    return rng.choice(
        (
            b"\x89PNG\r\n\x1a\n" + rng.randbytes(2048),
            b"PK\x03\x04" + rng.randbytes(2048),
            b"<!doctype html><html><body><script>alert(1)</script></body></html>",
            b"Patient report: EGFR positive.\n" * 20,
            b"",
            b"%PD",
        )
    )


def _polyglot(rng: random.Random) -> bytes:
    html = b"<html><body><script>document.location='https://evil.example/'</script></body>"
    if rng.random() < 0.5:
        # A PDF with HTML in a comment and in a page: passes the magic check.
        pdf = text_pdf(b"<script>alert(1)</script> EGFR negative")
        return pdf.replace(b"\n", b"\n%" + html + b"\n", 1)
    # HTML first, PDF after it (readers look for the header in the first KB).
    return html + b"\n" + text_pdf()


def _deep_nesting(rng: random.Random) -> bytes:
    depth = rng.choice((5_000, 50_000))
    nested = b"[" * depth + b"]" * depth
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Junk " + nested + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            _stream(b"BT /F1 11 Tf (" + b"(" * 2000 + b") Tj ET"),
        ]
    )


@lru_cache(maxsize=1)
def _bases() -> tuple[bytes, ...]:
    dev = sorted(DEV_PDF_DIR.glob("*.pdf"))[:8] if DEV_PDF_DIR.is_dir() else []
    return (*(p.read_bytes() for p in dev), text_pdf())


def _truncated(rng: random.Random) -> bytes:
    base = rng.choice(_bases())
    return base[: rng.randint(9, len(base) - 1)]


def _bitflip(rng: random.Random) -> bytes:
    data = bytearray(rng.choice(_bases()))
    for _ in range(rng.randint(1, 64)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data)


def _random(rng: random.Random) -> bytes:
    return b"%PDF-1." + str(rng.randrange(8)).encode() + b"\n" + rng.randbytes(rng.randint(0, 8192))


def _clean(rng: random.Random) -> bytes:
    # A unique trailing comment keeps the duplicate-upload check from answering.
    return rng.choice(_bases()) + b"\n%% clean %d\n" % rng.randrange(10**9)


KINDS: dict[str, Callable[[random.Random], bytes]] = {
    "truncated": _truncated,
    "bitflip": _bitflip,
    "random": _random,
    "bomb": _bomb,
    "xref_bomb": _xref_bomb,
    "kids_loop": _kids_loop,
    "parent_loop": _parent_loop,
    "prev_loop": _prev_loop,
    "self_ref": _self_ref,
    "encrypted": _encrypted,
    "owner_only": lambda rng: _encrypted(rng, user_password=""),
    "zero_pages": lambda rng: _pages_pdf(0),
    "image_only": _image_only,
    "many_pages": lambda rng: _pages_pdf(rng.randint(1_000, 4_000)),
    "not_pdf": _not_pdf,
    "polyglot": _polyglot,
    "deep_nesting": _deep_nesting,
    "clean": _clean,
}
# Cheap, varied kinds come up more often; each costly one (bombs, thousands of pages) once
# per cycle.
WEIGHTS = {"truncated": 3, "bitflip": 3, "random": 2}


def mutants(count: int, *, seed: int = 0, kinds: list[str] | None = None) -> Iterator[Mutant]:
    """``count`` mutants; the same seed always gives the same bytes."""
    rng = random.Random(seed)
    cycle = [k for k in (kinds or list(KINDS)) for _ in range(WEIGHTS.get(k, 1))]
    for i in range(count):
        kind = cycle[i % len(cycle)]
        yield Mutant(name=f"{i:05d}-{kind}", kind=kind, data=KINDS[kind](rng))
