"""Any uploaded document → page texts (+ OCR words): a PDF, one photo, or several photos.

A PDF is read as ``pdf.read_pdf`` reads it; only its pages without a text layer (or with a few
characters of noise) are rendered at 300 dpi and read by OCR (``scan.py``). A photo (JPEG,
PNG, HEIC) is one page; several photos uploaded together arrive as an uncompressed zip of
them, in the order given. ``extract_document`` then runs the engine (``report.extract_text``)
and, as a last step, marks a biomarker finding ``unclear`` when OCR was unsure of a word of
its sentence.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from . import scan
from .scan_types import LOW_CONFIDENCE, PageImageText, ReadDocument, ScanError
from .types import UNCLEAR, PdfTooManyPages, PdfUnreadable, Report

# A page whose text layer has fewer letters/digits than this is treated as a scan.
MIN_TEXT_CHARS = 20
ZIP_MAGIC = b"PK\x03\x04"
# Per photo inside a multi-photo bundle (the upload checked the bundle's total size).
MAX_MEMBER_BYTES = 64 * 1024 * 1024
REASON_NO_TEXT = "We could not find any text in this file — is it the right document?"

Progress = Callable[[int, int], None]


def _chars(lines: list[str]) -> int:
    return sum(len(re.findall(r"[A-Za-z0-9]", line)) for line in lines)


def bundle_images(images: list[bytes]) -> bytes:
    """Several photos as one stored file: an uncompressed zip, pages in the order given."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        for i, data in enumerate(images, start=1):
            zf.writestr(f"page-{i:03d}.{scan.image_kind(data[:16]) or 'img'}", data)
    return buf.getvalue()


def unbundle(data: bytes, *, max_pages: int | None = None) -> list[bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = sorted(zf.infolist(), key=lambda i: i.filename)
            if max_pages is not None and len(infos) > max_pages:
                raise PdfTooManyPages(reason=f"too many pages ({len(infos)} > {max_pages})")
            out = []
            for info in infos:
                if info.file_size > MAX_MEMBER_BYTES or info.compress_type != zipfile.ZIP_STORED:
                    raise ScanError("bundle member", reason=scan.REASON_TOO_LARGE)
                out.append(zf.read(info))
            return out
    except zipfile.BadZipFile as exc:
        raise PdfUnreadable(str(exc)) from exc


def _ocr_pdf_pages(
    path: str, raw: list[list[str]], todo: list[int], progress: Progress | None
) -> tuple[list[PageImageText], dict[int, list[dict]]]:
    import pypdfium2 as pdfium

    scans: list[PageImageText] = []
    words: dict[int, list[dict]] = {}
    pdf = pdfium.PdfDocument(path)
    try:
        for i in todo:
            if progress is not None:
                progress(i + 1, len(raw))
            page = pdf[i]
            points = float(page.get_width()) or scan.PAGE_POINTS
            image = page.render(scale=scan.OCR_DPI / 72, grayscale=True).to_pil()
            page.close()
            lines, found, ordered = scan.page_from_image(
                scan.denoise(image), page=i + 1, page_points=points
            )
            raw[i] = lines
            scans.append(found)
            words[i + 1] = ordered
    finally:
        pdf.close()
    return scans, words


def read_document(
    path: str | Path, *, max_pages: int | None = None, progress: Progress | None = None
) -> ReadDocument:
    """Page texts of a PDF or photo(s), OCR where there is no text layer. Raises PdfError."""
    from . import pdf

    path = str(path)
    with open(path, "rb") as fh:
        head = fh.read(16)
    words: dict[int, list[dict]]
    if head.startswith(b"%PDF-"):
        raw = pdf.read_raw(path, max_pages=max_pages)
        todo = [i for i, lines in enumerate(raw) if _chars(lines) < MIN_TEXT_CHARS]
        if not todo:  # a text PDF: exactly what read_pdf returns
            return ReadDocument(pages=pdf.lines_to_pages(raw))
        scans, words = _ocr_pdf_pages(path, raw, todo, progress)
    elif scan.image_kind(head) or head.startswith(ZIP_MAGIC):
        with open(path, "rb") as fh:
            data = fh.read()
        images = unbundle(data, max_pages=max_pages) if data.startswith(ZIP_MAGIC) else [data]
        raw, scans, listed = scan.read_images(images, progress=progress)
        words = dict(enumerate(listed, start=1))
    else:
        raise PdfUnreadable("unknown file type", reason="this file is not a PDF or a photo")
    pages = pdf.lines_to_pages(raw)
    for found in scans:
        scan.place_words(pages[found.page - 1], found, words[found.page])
    if not any(re.search(r"[A-Za-z0-9]{2}", p) for p in pages):
        raise ScanError("no text", reason=REASON_NO_TEXT)
    return ReadDocument(pages=pages, scans=scans)


# A plain word: letters only, not a symbol in capitals ("RET", "KIF5B-RET", "V600E"). Tesseract
# gives such symbols low confidence even when it reads them right (they are in no
# dictionary), and a misread symbol matches no gene anyway; the words that decide a status
# ("not", "detected", "negative") are plain words.
_PLAIN_WORD = re.compile(r"^[\W_]*[A-Za-z][a-z]+[\W_]*$")
# Under this mean confidence the whole sentence is doubtful, whatever its words.
LOW_SENTENCE_CONFIDENCE = 50.0


def _doubtful(words: list, threshold: float) -> bool:
    if not words:
        return False
    if sum(w.confidence for w in words) / len(words) < LOW_SENTENCE_CONFIDENCE:
        return True
    return any(w.confidence < threshold and _PLAIN_WORD.match(w.text) for w in words)


def mark_unclear(
    report: Report, scans: list[PageImageText], *, threshold: float = LOW_CONFIDENCE
) -> int:
    """Biomarker findings read from a sentence OCR was unsure of become ``unclear``.

    Unsure: a plain word of the sentence under ``threshold`` confidence, or the sentence's
    mean confidence under ``LOW_SENTENCE_CONFIDENCE``.

    A status guessed from a misread word ("not detected" read as "detected") would be worse
    than saying we could not read it for sure. Returns how many findings were changed.
    """
    by_page = {s.page: s for s in scans}
    changed = 0
    for fact in report.facts:
        found = by_page.get(fact.evidence.page)
        if found is None or fact.kind != "biomarker" or fact.status in (None, UNCLEAR):
            continue
        if _doubtful(found.words_in(fact.evidence.start, fact.evidence.end), threshold):
            fact.status = UNCLEAR
            changed += 1
    return changed


def extract_document(
    path: str | Path, *, max_pages: int | None = None, progress: Progress | None = None
) -> tuple[Report, list[PageImageText]]:
    """Read the document once (OCR where needed) and extract its facts."""
    from .report import extract_text

    read = read_document(path, max_pages=max_pages, progress=progress)
    report = extract_text(read.pages, file=Path(path).name)
    if read.scans:
        mark_unclear(report, read.scans)
    return report, read.scans
