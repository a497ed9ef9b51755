"""Upload → done latency and throughput of the whole pipeline, with 1 then 2 Celery workers.

Real services: PostgreSQL (DATABASE_URL), Redis (REDIS_URL; a separate db number is used so
no other worker takes these jobs), gunicorn serving the API, ``celery worker`` processes.

    DATABASE_URL=postgres://portal:portal@127.0.0.1:5432/portal \\
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/pipeline.py [--uploads 100]

Latency: uploads one at a time (next after the previous is done), upload start → the
worker's ``processed_at``. End-to-end throughput: all uploads at once from 4 client threads,
first upload start → last record done (web server, client and workers share the 2 cores).
Worker throughput ("drain"): the same number of uploads queued while no worker runs, then
the worker starts; first claim → last record done, so it measures how extraction scales
with workers, without the upload traffic competing for the same cores. Each upload is a
dev report with a unique trailing PDF comment, so none is answered by the duplicate check.
The bench user and its records are deleted at the end. Targets: p50 ≤ 1 s, p95 ≤ 2 s
(1 worker, idle machine); 2/1 worker ratio ≥ 1.8.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_PDF_DIR = ROOT.parent / "shared" / "eval" / "dev" / "pdf"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bench_redis(url: str) -> str:
    base = url.rsplit("/", 1)[0] if url.count("/") > 2 else url
    return f"{base}/13"


def _start(cmd: list[str], env: dict, log: Path) -> subprocess.Popen:
    out = open(log, "wb")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
    )


def _stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)
    except ProcessLookupError:
        pass


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


class Bench:
    def __init__(self, base_url: str, token: str, pdfs: list[bytes]) -> None:
        import requests

        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {token}"
        self.base = base_url
        self.pdfs = pdfs
        self.n = 0

    def _unique_pdf(self) -> bytes:
        self.n += 1
        data = self.pdfs[self.n % len(self.pdfs)]
        return data + f"\n% bench {uuid.uuid4().hex}\n".encode()

    def upload(self) -> tuple[str, datetime]:
        start = datetime.now(UTC)
        r = self.session.post(
            f"{self.base}/api/records/",
            files={"file": ("r.pdf", self._unique_pdf(), "application/pdf")},
        )
        r.raise_for_status()
        return r.json()["id"], start

    def wait(self, ids: list[str], deadline: float) -> dict:
        from records.models import Record

        while time.monotonic() < deadline:
            rows = {str(r.public_id): r for r in Record.objects.filter(public_id__in=ids)}
            if all(r.status in ("done", "failed") for r in rows.values()) and len(rows) == len(ids):
                return rows
            time.sleep(0.05)
        raise SystemExit("timed out waiting for records")


def run_phase(bench: Bench, n_latency: int, n_burst: int) -> dict:
    latencies = []
    for _ in range(n_latency):
        rid, start = bench.upload()
        row = bench.wait([rid], time.monotonic() + 120)[rid]
        latencies.append((row.processed_at - start).total_seconds())
    with ThreadPoolExecutor(4) as pool:
        uploaded = list(pool.map(lambda _: bench.upload(), range(n_burst)))
    rows = bench.wait([rid for rid, _ in uploaded], time.monotonic() + 600)
    starts = dict(uploaded)
    first = min(starts.values())
    last = max(r.processed_at for r in rows.values())
    span = (last - first).total_seconds()
    failed = sum(r.status == "failed" for r in rows.values())
    return {
        "p50": statistics.median(latencies),
        "p95": _pct(latencies, 0.95),
        "throughput": n_burst / span,
        "failed": failed,
    }


def run_drain(bench: Bench, n: int, start_worker) -> float:
    """Queue n uploads with no worker running, then start one and time the drain."""
    from records.models import Record

    ids = [bench.upload()[0] for _ in range(n)]
    worker = start_worker()
    try:
        bench.wait(ids, time.monotonic() + 600)
    finally:
        _stop(worker)
    rows = list(Record.objects.filter(public_id__in=ids))
    first = min(r.processing_started_at for r in rows if r.processing_started_at)
    last = max(r.processed_at for r in rows)
    return n / (last - first).total_seconds()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uploads", type=int, default=100, help="burst uploads per phase")
    parser.add_argument("--latency-uploads", type=int, default=30)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres") or not os.environ.get(
        "REDIS_URL"
    ):
        raise SystemExit("set DATABASE_URL (PostgreSQL) and REDIS_URL")
    private = tempfile.mkdtemp(prefix="bench-private-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.local",
        "DEBUG": "false",
        "REDIS_URL": _bench_redis(os.environ["REDIS_URL"]),
        "PRIVATE_MEDIA_ROOT": private,
        "PYTHONUNBUFFERED": "1",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(
        {k: env[k] for k in ("DJANGO_SETTINGS_MODULE", "DEBUG", "REDIS_URL", "PRIVATE_MEDIA_ROOT")}
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from portal.accounts.models import ApiToken, User

    call_command("migrate", verbosity=0)
    user = User.objects.create_user(f"bench-{uuid.uuid4().hex[:8]}@example.org", "bench-pass-123!")
    _instance, token = ApiToken.objects.create(user=user, label="bench")
    pdfs = [p.read_bytes() for p in sorted(DEV_PDF_DIR.glob("*.pdf"))]
    logs = Path(tempfile.mkdtemp(prefix="bench-logs-"))
    port = _free_port()
    web = _start(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
            "--threads",
            "4",
        ],
        env,
        logs / "web.log",
    )
    results = {}
    try:
        time.sleep(3)
        bench = Bench(f"http://127.0.0.1:{port}", token, pdfs)
        for conc in (1, 2):

            def start_worker(conc: int = conc) -> subprocess.Popen:
                return _start(
                    [
                        sys.executable, "-m", "celery", "-A", "portal", "worker",
                        "--pool=prefork", "-c", str(conc),
                        "--without-gossip", "--without-mingle", "-l", "warning",
                    ],
                    env,
                    logs / f"worker{conc}.log",
                )  # fmt: skip

            worker = start_worker()
            try:
                # Warm-up job: worker start-up is not what is measured.
                rid, _ = bench.upload()
                bench.wait([rid], time.monotonic() + 120)
                results[conc] = run_phase(bench, args.latency_uploads, args.uploads)
            finally:
                _stop(worker)
            results[conc]["drain"] = run_drain(bench, args.uploads, start_worker)
            r = results[conc]
            print(
                f"{conc} worker(s): upload→done p50 {r['p50']:.3f} s  p95 {r['p95']:.3f} s  "
                f"end-to-end {r['throughput']:.2f} records/s  "
                f"worker drain {r['drain']:.2f} records/s  failed {r['failed']}",
                flush=True,
            )
    finally:
        _stop(web)
        user.delete()
    ratio = results[2]["throughput"] / results[1]["throughput"]
    drain_ratio = results[2]["drain"] / results[1]["drain"]
    print(f"end-to-end throughput ratio 2 workers / 1 worker: {ratio:.2f}")
    print(f"worker drain throughput ratio 2 workers / 1 worker: {drain_ratio:.2f} (target >= 1.8)")
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} "
        "(shared with other work; figures are indicative)"
    )


if __name__ == "__main__":
    main()
