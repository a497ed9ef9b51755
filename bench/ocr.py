"""Scans and phone photos through the upload API: OCR speed, upload→done latency, micro F1.

    .venv/bin/python bench/ocr.py [--limit N] [--latency-runs 10] [--skip-f1]

Everything runs in this one process (test settings, a throw-away SQLite database, Celery
eager: the upload request runs the job itself, so "one worker" is this process and its
sandboxed parser child). Prints:

- seconds per page of OCR alone (render at 300 dpi → orientation → deskew → Tesseract),
  over the dev PDFs rendered as scans;
- upload→done p50/p95 for a 2-page scan (dev case_000 as a 200-dpi scan, a fresh seed per
  upload so the duplicate check never answers);
- micro F1 (../shared/eval/score.py) of the dev set uploaded as scanned PDFs (200 dpi,
  ±1.5° skew, speckle noise; target ≥ 0.95) and as phone photos (perspective tilt, slight
  blur, JPEG quality 70, one photo a page, several photos one report; target ≥ 0.90).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
DEV_PDF_DIR = EVAL / "dev" / "pdf"

os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
os.environ.pop("REDIS_URL", None)
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench-ocr.sqlite3")


def _setup():
    import logging

    import django

    django.setup()
    logging.disable(logging.INFO)  # one line per task would drown the figures
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from django.test.utils import setup_test_environment

    setup_test_environment()
    from biomarkers.extraction import warm_up

    warm_up()


def _client():
    from rest_framework.test import APIClient

    from tests.factories import UserFactory

    user = UserFactory(email=f"bench-{time.time_ns()}@example.org")
    client = APIClient()
    client.force_authenticate(user)
    return client


def _upload(client, **fields):
    from django.core.files.uploadedfile import SimpleUploadedFile

    def f(data: bytes, name: str):
        return SimpleUploadedFile(name, data, content_type="application/octet-stream")

    data = {}
    if "file" in fields:
        data["file"] = f(*fields["file"])
    if "photos" in fields:
        data["photos"] = [f(d, n) for d, n in fields["photos"]]
    response = client.post("/api/records/", data, format="multipart")
    if response.status_code not in (200, 201):
        raise SystemExit(f"upload refused: {response.json()}")
    return response.json()["id"]


def _summary(client, record_id: str, file: str) -> dict:
    body = client.get(f"/api/records/{record_id}/").json()
    if body["status"] != "done":
        print(f"  {file}: {body['status']} ({body['error']})")
        return {"file": file}
    summary = body["summary"]
    summary["file"] = file
    return summary


def ocr_seconds_per_page(files: list[Path]) -> float:
    from biomarkers.extraction import scan
    from tests.scans import as_scan, render

    pages, spent = 0, 0.0
    for f in files:
        for i, page in enumerate(render(f, dpi=200)):
            image = as_scan(page, seed=i).resize((page.width * 3 // 2, page.height * 3 // 2))
            t0 = time.perf_counter()
            scan.page_from_image(scan.denoise(image), page=1)
            spent += time.perf_counter() - t0
            pages += 1
    return spent / max(pages, 1)


def latency(runs: int) -> list[float]:
    from tests.scans import as_scan, render, scan_pdf

    client = _client()
    pages = render(DEV_PDF_DIR / "case_000.pdf", dpi=200)
    out = []
    for run in range(runs):
        data = scan_pdf([as_scan(p, seed=1000 + run * 7 + i) for i, p in enumerate(pages)])
        t0 = time.perf_counter()
        record_id = _upload(client, file=(data, f"scan-{run}.pdf"))
        out.append(time.perf_counter() - t0)
        status = client.get(f"/api/records/{record_id}/").json()["status"]
        if status != "done":
            print(f"  latency run {run}: {status}")
    return out


def _score(preds: list[dict], label: str) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for p in preds:
            fh.write(json.dumps(p) + "\n")
    gold = EVAL / "dev" / "gold.jsonl"
    if len(preds) < 60:  # a --limit run: score only the files read
        names = {p["file"] for p in preds}
        subset = Path(fh.name + ".gold")
        subset.write_text(
            "".join(
                line + "\n"
                for line in gold.read_text().splitlines()
                if line.strip() and json.loads(line)["file"] in names
            )
        )
        gold = subset
    done = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(gold), fh.name],
        capture_output=True,
        text=True,
        check=False,
    )
    last = [line for line in done.stdout.splitlines() if line.strip()][-1:]
    print(f"{label:34s}: {last[0] if last else done.stdout + done.stderr}")


def f1_runs(files: list[Path]) -> None:
    from tests.scans import as_photo, as_scan, jpeg, render, scan_pdf

    client = _client()
    scans, photos = [], []
    for n, f in enumerate(files):
        pages = render(f, dpi=200)
        data = scan_pdf([as_scan(p, seed=n * 10 + i) for i, p in enumerate(pages)])
        scans.append(_summary(client, _upload(client, file=(data, f.name)), f.name))
        shots = [(jpeg(as_photo(p, seed=n * 10 + i)), f"IMG_{i}.jpg") for i, p in enumerate(pages)]
        photos.append(_summary(client, _upload(client, photos=shots), f.name))
    _score(scans, "micro F1, scans (200 dpi, skew)")
    _score(photos, "micro F1, phone photos (JPEG 70)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="only the first N dev PDFs")
    ap.add_argument("--latency-runs", type=int, default=10)
    ap.add_argument("--skip-f1", action="store_true")
    args = ap.parse_args()
    files = sorted(DEV_PDF_DIR.glob("*.pdf"))
    if args.limit:
        files = files[: args.limit]
    _setup()
    print(f"{len(files)} dev PDFs; Celery eager (in-process, one job at a time)")
    per_page = ocr_seconds_per_page(files[: min(len(files), 10)])
    print(f"OCR seconds per page (300 dpi)    : {per_page:.2f}")
    times = sorted(latency(args.latency_runs))
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(
        f"upload→done, 2-page scan, n={len(times)}  : p50 {statistics.median(times):.2f} s, "
        f"p95 {p95:.2f} s (target ≤ 15 s)"
    )
    if not args.skip_f1:
        f1_runs(files)


if __name__ == "__main__":
    main()
