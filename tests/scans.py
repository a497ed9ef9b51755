"""Scans and phone photos made on the spot from the dev PDFs (no binary fixtures committed).

``as_scan``: 200 dpi, a small skew and speckle noise, like a fax or a flatbed scan.
``as_photo``: a perspective tilt, slight blur and JPEG quality 70, like a phone photo.
Both are deterministic for a given seed.
"""

from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageFilter


def need_tesseract() -> None:
    from tests.conftest import skip_or_fail

    if shutil.which("tesseract") is None:
        skip_or_fail("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)")


def render(pdf: Path | str, *, dpi: int = 200) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(len(doc))]
    finally:
        doc.close()


def _speckle(image: Image.Image, rng: random.Random, share: float = 0.004) -> Image.Image:
    import numpy as np

    data = np.array(image.convert("L"))
    gen = np.random.default_rng(rng.randrange(1 << 30))
    mask = gen.random(data.shape) < share
    data[mask] = gen.choice(np.array([0, 255], dtype=np.uint8), size=int(mask.sum()))
    return Image.fromarray(data)


def as_scan(image: Image.Image, *, seed: int = 0, skew: float | None = None) -> Image.Image:
    rng = random.Random(seed)
    angle = rng.uniform(-1.5, 1.5) if skew is None else skew
    turned = image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return _speckle(turned, rng)


def _coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    import numpy as np

    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=float)
    b = np.array(src, dtype=float).reshape(8)
    return list(np.linalg.solve(a, b))


def as_photo(image: Image.Image, *, seed: int = 0) -> Image.Image:
    """A page photographed from slightly off-centre: tilted, a little blurred."""
    rng = random.Random(seed)
    w, h = image.size
    d = 0.03
    dst = [
        (rng.uniform(0, d) * w, rng.uniform(0, d) * h),
        (w - rng.uniform(0, d) * w, rng.uniform(0, d) * h),
        (w - rng.uniform(0, d) * w, h - rng.uniform(0, d) * h),
        (rng.uniform(0, d) * w, h - rng.uniform(0, d) * h),
    ]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    tilted = image.convert("RGB").transform(
        (w, h),
        Image.Transform.PERSPECTIVE,
        _coeffs(src, dst),
        resample=Image.Resampling.BICUBIC,
        fillcolor=(235, 232, 225),
    )
    return tilted.filter(ImageFilter.GaussianBlur(0.8))


def jpeg(image: Image.Image, *, quality: int = 70) -> bytes:
    buf = io.BytesIO()
    image.convert("RGB").save(buf, format="JPEG", quality=quality)
    return buf.getvalue()


def png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def heic(image: Image.Image) -> bytes:
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    image.convert("RGB").save(buf, format="HEIF", quality=80)
    return buf.getvalue()


def scan_pdf(images: list[Image.Image], *, dpi: int = 200) -> bytes:
    """An image-only PDF (no text layer), one image a page."""
    buf = io.BytesIO()
    first, *rest = [i.convert("L") for i in images]
    first.save(buf, format="PDF", save_all=True, append_images=rest, resolution=dpi)
    return buf.getvalue()
