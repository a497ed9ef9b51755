"""Extraction speed over the dev PDFs: bare pdfplumber vs the full engine.

    .venv/bin/python bench/extraction.py [PDF_DIR] [--repeat N]

Prints ms/page of ``page.extract_text()`` (open + every page), ms/page of the full
``extract()`` (read_pdf + NLP + merge, PDF opened once), and their ratio (target <= 1.5).
The NLP pipeline is built and warmed up before anything is timed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from biomarkers.extraction import extract, extract_text, warm_up  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "dev" / "pdf"


def bare(files: list[Path]) -> tuple[float, int]:
    pages = 0
    t0 = time.perf_counter()
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return time.perf_counter() - t0, pages


def full(files: list[Path]) -> float:
    t0 = time.perf_counter()
    for f in files:
        extract(f).to_schema()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf_dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--repeat", type=int, default=5, help="best of N runs each")
    a = ap.parse_args()
    files = sorted(Path(a.pdf_dir).glob("*.pdf"))
    if not files:
        sys.exit(f"no PDFs in {a.pdf_dir}")
    warm_up()
    extract_text(["Warm-up: EGFR L858R detected; PD-L1 TPS 50%. pT2a pN0."])
    bare(files[:2])  # warm pdfminer's caches as well
    # Interleaved so that background load hits both sides alike; best run of each.
    runs = [(bare(files), full(files)) for _ in range(a.repeat)]
    t_bare, pages = min(r[0] for r in runs)
    t_full = min(r[1] for r in runs)
    ms_bare, ms_full = 1000 * t_bare / pages, 1000 * t_full / pages
    print(f"{len(files)} PDFs, {pages} pages, best of {a.repeat}")
    print(f"bare pdfplumber extract_text : {ms_bare:7.1f} ms/page")
    print(f"full extraction              : {ms_full:7.1f} ms/page")
    print(f"ratio full / bare            : {ms_full / ms_bare:7.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
