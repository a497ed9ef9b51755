"""Extraction speed: bare pdfplumber vs the full engine, on the synthetic dev PDFs and on the
real TCGA reports (../shared/eval/real, rendered once into var/cache by its build.py).

    .venv/bin/python bench/extraction.py [PDF_DIR ...] [--repeat N] [--no-command]

For each set, prints ms/page of ``page.extract_text()`` (open + every page), ms/page of the
full ``extract()`` (read_pdf + NLP + merge, PDF opened once), and their ratio (target <= 1.5
on both sets). The NLP pipeline is built and warmed up before anything is timed. Then, per
set, the wall time of ``manage.py extract_report`` over every file in a fresh process
(start-up and the NLP build included), against the bare figure.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from biomarkers.extraction import extract, extract_text, warm_up  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
DEV_DIR = EVAL / "dev" / "pdf"


def real_dir() -> Path | None:
    """The real reports rendered to PDF, cached like tests/biomarkers/test_extraction_real.py."""
    build = EVAL / "real" / "build.py"
    if not build.is_file():
        return None
    cache = ROOT / "var" / "cache" / "real-bench"
    texts = list((EVAL / "real" / "texts").glob("*.txt"))
    if len(list((cache / "pdf").glob("*.pdf"))) != len(texts):
        subprocess.run([sys.executable, str(build), str(cache)], check=True)
    return cache / "pdf"


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


def command(files: list[Path]) -> float:
    """Wall time of extract_report over ``files`` in a fresh process."""
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "extract_report", *map(str, files)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def measure(name: str, files: list[Path], repeat: int, with_command: bool) -> None:
    bare(files[:2])  # warm pdfminer's caches as well
    # Interleaved so that background load hits both sides alike; best run of each.
    runs = [(bare(files), full(files)) for _ in range(repeat)]
    t_bare, pages = min(r[0] for r in runs)
    t_full = min(r[1] for r in runs)
    ms_bare, ms_full = 1000 * t_bare / pages, 1000 * t_full / pages
    print(f"== {name}: {len(files)} PDFs, {pages} pages, best of {repeat}")
    print(f"bare pdfplumber extract_text : {ms_bare:7.1f} ms/page")
    print(f"full extraction              : {ms_full:7.1f} ms/page")
    print(f"ratio full / bare            : {ms_full / ms_bare:7.2f}x (target <= 1.5x)")
    if with_command:
        ms_cmd = 1000 * command(files) / pages
        print(
            f"extract_report, fresh process: {ms_cmd:7.1f} ms/page ({ms_cmd / ms_bare:.2f}x bare)"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf_dirs", nargs="*", help="default: the dev set and the real set")
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs each")
    ap.add_argument("--no-command", action="store_true", help="skip the extract_report run")
    a = ap.parse_args()
    dirs = [Path(d) for d in a.pdf_dirs] or [d for d in (DEV_DIR, real_dir()) if d]
    warm_up()
    extract_text(["Warm-up: EGFR L858R detected; PD-L1 TPS 50%. pT2a pN0."])
    for d in dirs:
        files = sorted(d.glob("*.pdf"))
        if not files:
            sys.exit(f"no PDFs in {d}")
        measure(
            str(d.relative_to(ROOT.parent) if d.is_relative_to(ROOT.parent) else d),
            files,
            a.repeat,
            not a.no_command,
        )


if __name__ == "__main__":
    main()
