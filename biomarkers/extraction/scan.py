"""Pages without a text layer (scans, phone photos) → text, word boxes and confidences.

Tesseract runs as a local process on each page image: orientation first (OSD, ``--psm 0``),
then skew (a projection-profile search on a small copy), then the words as TSV. The words
are laid out into lines the same way ``pdf.py`` lays out a text PDF's words (wide gaps are
table cells, key/value columns split), so the rules downstream see the same shapes.

Tesseract is called with ``stdin``/``stdout`` instead of through pytesseract on purpose:
pytesseract writes each image and each answer to temp files, and the parser child runs with
``RLIMIT_FSIZE = 0`` (it has no reason to write files). Nothing here touches the network.
"""

from __future__ import annotations

import ctypes
import io
import os
import re
import shutil
import signal
import subprocess  # nosec B404  (tesseract: a fixed local binary, our own arguments)
import warnings
from collections.abc import Callable
from statistics import median

from PIL import Image, ImageFilter, ImageOps

from .scan_types import OcrWord, PageImageText, ScanError

OCR_DPI = 300
# Pages rendered from a PDF are this wide in layout points (US letter / A4 are ~600).
PAGE_POINTS = 612.0
# The long side of a photo is brought to about this many pixels (300 dpi on a letter page).
MAX_SIDE = 3300
MIN_SIDE = 2200  # under this (≈ 200 dpi on a letter page) an image is scaled up to MAX_SIDE
PREVIEW_WIDTH = 1000
_SKEW_STEPS = [x / 4 for x in range(-16, 17)]  # -4° .. 4° in quarter degrees, then eighths
REASON_NO_TESSERACT = "scanned pages cannot be read on this server yet (OCR is not installed)"
REASON_DAMAGED = "this image is damaged or incomplete"
REASON_TOO_LARGE = "this image is too large to read"

Progress = Callable[[int, int], None]


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def available() -> bool:
    return tesseract_path() is not None


def _die_with_parent() -> None:  # pragma: no cover - runs between fork and exec
    # If the parser child is killed (deadline), its tesseract must not run on alone.
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def _tesseract(image: Image.Image, *args: str, timeout: float = 120) -> str:
    exe = tesseract_path()
    if exe is None:
        raise ScanError("tesseract missing", reason=REASON_NO_TESSERACT)
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=1)
    env = {"PATH": os.environ.get("PATH", ""), "OMP_THREAD_LIMIT": "1", "LC_ALL": "C"}
    try:
        done = subprocess.run(  # noqa: S603  # nosec B603
            [exe, "stdin", "stdout", *args],
            input=buf.getvalue(),
            capture_output=True,
            timeout=timeout,
            env=env,
            preexec_fn=_die_with_parent,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ScanError("tesseract timeout", reason="reading this scan took too long") from exc
    return done.stdout.decode("utf-8", "replace")


def orientation(image: Image.Image) -> int:
    """Degrees (0/90/180/270) to turn the page clockwise so its text is upright; 0 if unsure."""
    small = image.copy()
    small.thumbnail((1700, 1700))
    out = _tesseract(small, "--psm", "0")
    rotate = re.search(r"Rotate:\s*(\d+)", out)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if not rotate or not conf or float(conf.group(1)) < 1.0:
        return 0
    return int(rotate.group(1)) % 360


def skew_angle(image: Image.Image) -> float:
    """The small rotation (degrees, counter-clockwise) that makes text lines horizontal.

    Text lines make the row sums of a page spiky when they are level: the angle whose row
    profile changes most sharply from row to row wins (coarse search, then a finer one).
    """
    import numpy as np

    small = ImageOps.invert(image.convert("L"))
    small.thumbnail((700, 700))
    small = small.point(lambda v: 255 if v > 96 else 0)

    def score(angle: float) -> float:
        turned = np.asarray(small.rotate(angle, resample=Image.Resampling.NEAREST), np.float64)
        return float(np.square(np.diff(turned.sum(axis=1))).sum())

    best = max(_SKEW_STEPS, key=score)
    fine = [best + d / 8 for d in (-1, 0, 1)]
    best = max(fine, key=score)
    return best if abs(best) >= 0.2 else 0.0


def upright(image: Image.Image) -> tuple[Image.Image, int, float]:
    """The page turned upright and deskewed, with the rotation and skew applied."""
    gray = image.convert("L")
    turn = orientation(gray)
    if turn:
        # Tesseract's "Rotate: 90" means turn 90° clockwise; PIL rotates counter-clockwise.
        gray = gray.rotate(-turn, expand=True, fillcolor=255)
    skew = skew_angle(gray)
    if skew:
        gray = gray.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    return gray, turn, skew


def _runs(dark, length: int, axis: int):
    """Pixels that lie on a straight run of at least ``length`` dark pixels along ``axis``."""
    import numpy as np

    n = dark.shape[axis]
    if length >= n:
        return np.zeros_like(dark)
    pad = [(0, 0), (0, 0)]
    pad[axis] = (1, 0)
    cs = np.pad(np.cumsum(dark, axis=axis, dtype=np.int32), pad)
    take = np.take
    full = (
        take(cs, range(length, n + 1), axis=axis) - take(cs, range(n - length + 1), axis=axis)
    ) == length
    # Spread each full window back over the pixels it covers.
    fs = np.pad(np.cumsum(full, axis=axis, dtype=np.int32), pad)
    hi = np.minimum(np.arange(n) + 1, n - length + 1)
    lo = np.maximum(np.arange(n) - length + 1, 0)
    return (take(fs, hi, axis=axis) - take(fs, lo, axis=axis)) > 0


def remove_rules(image: Image.Image, *, points_per_pixel: float) -> Image.Image:
    """Table borders and rules painted white: Tesseract drops the text of ruled cells."""
    import numpy as np

    data = np.asarray(image.convert("L"))
    dark = data < 128
    h_len = max(20, int(72 / points_per_pixel))  # an inch: far longer than any letter stroke
    v_len = max(10, int(18 / points_per_pixel))  # a quarter inch: taller than 14 pt capitals
    lines = _runs(dark, h_len, axis=1) | _runs(dark, v_len, axis=0)
    if not lines.any():
        return image
    out = data.copy()
    out[lines] = 255
    return Image.fromarray(out)


# OCR reads TNM's "c"/"p" prefix as a capital and its zero as the letter O ("CT4 cNO cMO"):
# inside a TNM token only, the case and the digit are put back.
_TNM_PREFIX = re.compile(r"^([(\[]?)([CPY])([TNM](?:[0-4xX]|is)[a-d]?[,.;)\]]*)$")
_TNM_ZERO = re.compile(r"^([(\[]?[cpyCPY][NM])[Oo]([,.;)\]]*)$")


def _fix_word(text: str) -> str:
    text = _TNM_ZERO.sub(r"\g<1>0\2", text)
    return _TNM_PREFIX.sub(lambda m: m.group(1) + m.group(2).lower() + m.group(3), text)


def _ocr_words(image: Image.Image) -> list[dict]:
    """Tesseract's words with boxes (pixels) and confidence."""
    out = _tesseract(image, "-l", "eng", "--psm", "3", "tsv")
    words = []
    for row in out.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) != 12 or cols[0] != "5":
            continue
        # A table border that survived as a bar glued to a word ("|RET") is no part of it.
        text = _fix_word(cols[11].strip().strip("|"))
        if not text:
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        words.append(
            {
                "text": text,
                "left": left,
                "top": top,
                "width": width,
                "height": height,
                "conf": max(0.0, float(cols[10])),
            }
        )
    return words


def _lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into visual lines by their vertical centre, each sorted left to right."""
    if not words:
        return []
    tol = 0.5 * median(w["height"] for w in words)
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: w["top"] + w["height"] / 2):
        centre = w["top"] + w["height"] / 2
        if lines and abs(lines[-1][-1]["_c"] - centre) <= tol:
            w["_c"] = centre
            lines[-1].append(w)
        else:
            w["_c"] = centre
            lines.append([w])
    return [sorted(line, key=lambda w: w["left"]) for line in lines]


def page_from_image(
    image: Image.Image, *, page: int, page_points: float = PAGE_POINTS
) -> tuple[list[str], PageImageText, list[dict]]:
    """OCR one page image: its text lines (as pdf.page_lines gives them), and its words."""
    from . import columns, pdf

    if max(image.size) > MAX_SIDE * 1.2:
        image = image.copy()
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    elif max(image.size) < MIN_SIDE:
        # A small photo or a low-resolution fax: brought up to about 300 dpi, where
        # Tesseract reads best (letters under ~20 px tall lose their small strokes).
        factor = MAX_SIDE / max(image.size)
        size = (round(image.width * factor), round(image.height * factor))
        image = image.resize(size, Image.Resampling.BICUBIC)
    gray, turn, skew = upright(image)
    scale = page_points / gray.width
    clean = remove_rules(gray, points_per_pixel=scale)
    words = [w for w in _ocr_words(clean) if re.search(r"\w", w["text"])]
    for w in words:
        # The layout helpers of pdf.py work in points: x0/x1/top like pdfplumber's words.
        w["x0"] = w["left"] * scale
        w["x1"] = (w["left"] + w["width"]) * scale
        w["top_pt"] = w["top"] * scale
    lines: list[str] = []
    ordered: list[dict] = []
    for item in columns.split(_lines(words), page_points):
        if isinstance(item, str):
            lines.extend(item.split("\n"))
        else:
            lines.extend(pdf._line_text(item).split("\n"))
            ordered.extend(item)
    if len(ordered) != len(words):  # two-column prose: read column by column
        ordered = [w for line in _lines(words) for w in line]
    preview = gray.copy()
    preview.thumbnail((PREVIEW_WIDTH, PREVIEW_WIDTH * 2), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    preview.save(buf, format="JPEG", quality=60, optimize=True)
    ratio = preview.width / gray.width
    for w in ordered:
        w["box"] = (
            int(w["left"] * ratio),
            int(w["top"] * ratio),
            max(1, int(w["width"] * ratio)),
            max(1, int(w["height"] * ratio)),
        )
    scan = PageImageText(
        page=page,
        width=preview.width,
        height=preview.height,
        preview=buf.getvalue(),
        rotated=turn,
        skew=skew,
    )
    return lines, scan, ordered


def place_words(text: str, scan: PageImageText, ordered: list[dict]) -> None:
    """Give each OCR word its offsets in the final page text (after furniture removal)."""
    cursor = 0
    out: list[OcrWord] = []
    for w in ordered:
        at = text.find(w["text"], cursor)
        start = end = -1
        if at >= 0 and at - cursor <= 80 + len(w["text"]):
            start, end = at, at + len(w["text"])
            cursor = end
        out.append(OcrWord(w["text"], *w["box"], w["conf"], start, end))
    scan.words = out


# --- images ------------------------------------------------------------------------------

JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}


def image_kind(head: bytes) -> str | None:
    """ "jpeg" / "png" / "heic" by content, or None."""
    if head.startswith(JPEG_MAGIC):
        return "jpeg"
    if head.startswith(PNG_MAGIC):
        return "png"
    if len(head) >= 12 and head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heic"
    return None


def open_image(data: bytes) -> Image.Image:
    """Decode an uploaded photo fully (so damage shows here), upright by its EXIF tag."""
    if image_kind(data[:16]) == "heic":
        import pillow_heif

        pillow_heif.register_heif_opener()
    with warnings.catch_warnings():
        # Over MAX_IMAGE_PIXELS Pillow only warns; a page photo that large is refused.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            image.load()
            image = ImageOps.exif_transpose(image) or image
            return image.convert("L")
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ScanError(str(exc), reason=REASON_TOO_LARGE) from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise ScanError(f"{type(exc).__name__}: {exc}", reason=REASON_DAMAGED) from exc


def denoise(image: Image.Image) -> Image.Image:
    """A median filter for speckled scans: cheap and keeps letter edges."""
    return image.filter(ImageFilter.MedianFilter(3))


def read_images(
    images: list[bytes], *, progress: Progress | None = None
) -> tuple[list[list[str]], list[PageImageText], list[list[dict]]]:
    """Each photo is one page, in the order given."""
    raw: list[list[str]] = []
    scans: list[PageImageText] = []
    words: list[list[dict]] = []
    for i, data in enumerate(images, start=1):
        if progress is not None:
            progress(i, len(images))
        image = open_image(data)
        lines, scan, ordered = page_from_image(image, page=i)
        raw.append(lines)
        scans.append(scan)
        words.append(ordered)
    return raw, scans, words
