"""Latency of the personalized answer page against a bare Django view, under load.

gunicorn with 2 sync workers serves bench.web_settings (the test settings with DEBUG off,
plus /bench/bare, a view with no database or template work). The database is a fresh SQLite
file unless DATABASE_URL is given (then that database is used: give an empty one, e.g.
postgres://portal:portal@127.0.0.1:5432/portal_bench). A patient with an ALK-positive record
and findings is created, the demo answers are seeded, and ``wrk`` (apt-get install wrk)
runs 50 connections for 30 s against each URL in turn with the patient's session cookie:

    .venv/bin/python bench/web.py [--duration 30] [--connections 50]

Prints p50/p95 and requests/s for both and the p95 ratio. Target: ratio <= 3, 0 errors.
"""

# ruff: noqa: E501 - the setup script below is a long string run in a subprocess
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANSWER_PATH = "/answers/alk-positive/"
BARE_PATH = "/bench/bare"
LUA = """
wrk.headers["Cookie"] = "%(cookie)s"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %%d, "seconds": %%f, "p50_ms": %%f, "p95_ms": %%f, "p99_ms": %%f, '
    .. '"errors": %%d, "non2xx": %%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3,
    latency:percentile(95) / 1e3, latency:percentile(99) / 1e3,
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Shared with bench/answer_page.py (run in-process there): migrate, seed, create the patient
# and a signed-in test Client for it.
SETUP_CODE = r"""
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from biomarkers.models import Finding
from portal.accounts.models import User
from records.models import Record, RecordStatus
call_command("migrate", verbosity=0)
call_command("seed_demo", verbosity=0)
user, _ = User.objects.get_or_create(email="bench-patient@example.org")
Record.objects.filter(owner=user).delete()
text = ("Adenocarcinoma of the lung, stage IIIA. Positive for ALK EML4-ALK rearrangement. "
        "EGFR: no mutation detected. PD-L1 22C3 TPS 60%. Started alectinib.")
for n in range(3):
    rec = Record.objects.create(owner=user, filename=f"report-{n}.pdf", storage_key=f"bench/{user.pk}/{n}",
                                sha256=f"{n:064d}", size=1, page_count=1, status=RecordStatus.DONE, pages=[text])
    def add(kind, sentence, **kw):
        s = text.index(sentence)
        Finding.objects.create(record=rec, kind=kind, page=1, sentence=sentence, char_start=s,
                               char_end=s + len(sentence), **kw)
    add("histology", "Adenocarcinoma of the lung, stage IIIA.", value={"histology": "adenocarcinoma"})
    add("stage", "Adenocarcinoma of the lung, stage IIIA.", value={"group": "IIIA"})
    add("biomarker", "Positive for ALK EML4-ALK rearrangement.", gene="ALK", status="positive",
        variants=["EML4-ALK"])
    add("biomarker", "EGFR: no mutation detected.", gene="EGFR", status="negative")
    add("pdl1", "PD-L1 22C3 TPS 60%.", gene="PD-L1", status="positive", value={"tps": 60})
    add("treatment", "Started alectinib.", value={"drug": "alectinib"})
client = Client()
client.force_login(user)
"""


def _setup(env: dict) -> str:
    """Migrate, seed, create the patient; returns the session cookie value."""
    code = SETUP_CODE + (
        "import sys\n"
        'sys.stdout.write("COOKIE " + settings.SESSION_COOKIE_NAME + "=" + client.cookies[settings.SESSION_COOKIE_NAME].value + "\\n")\n'
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        sys.exit("setup failed:\n" + out.stderr[-3000:])
    return next(line[7:] for line in out.stdout.splitlines() if line.startswith("COOKIE "))


def _wrk(url: str, cookie: str, duration: int, connections: int, tmp: Path) -> dict:
    script = tmp / "session.lua"
    script.write_text(LUA % {"cookie": cookie})
    out = subprocess.run(
        ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s", "--latency",
         "--timeout", "10s", "-s", str(script), url],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    line = next(line for line in out.stdout.splitlines() if line.startswith("RESULT "))
    result = json.loads(line[7:])
    result["rps"] = result["requests"] / result["seconds"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--connections", type=int, default=50)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install -y wrk")

    tmp = Path(tempfile.mkdtemp(prefix="bench-web-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.web_settings",
        "PYTHONPATH": str(ROOT),
        "PORTAL_TEST_PRIVATE_ROOT": str(tmp / "private"),
        "LOG_LEVEL": "WARNING",
        # Persistent connections, as a deployment would run.
        "DB_CONN_MAX_AGE": os.environ.get("DB_CONN_MAX_AGE", "60"),
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    env.pop("REDIS_URL", None)  # eager tasks and LocMem cache: this measures Django, not Redis
    cookie = _setup(env)
    port = _free_port()
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "portal.wsgi:application",
         "--workers", "2", "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
         "--env", "DJANGO_SETTINGS_MODULE=bench.web_settings"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + BARE_PATH, timeout=2)  # noqa: S310 - loopback
                break
            except OSError:
                time.sleep(0.2)
        check = urllib.request.Request(base + ANSWER_PATH, headers={"Cookie": cookie})  # noqa: S310 - loopback
        page = urllib.request.urlopen(check, timeout=10).read().decode()  # noqa: S310
        if "What your records show" not in page or "EML4-ALK" not in page:
            sys.exit("the answer page is not personalized for the bench patient")
        results = {}
        for name, path in (("personalized answer", ANSWER_PATH), ("bare view", BARE_PATH)):
            results[name] = _wrk(base + path, cookie, args.duration, args.connections, tmp)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=20)
        shutil.rmtree(tmp, ignore_errors=True)

    engine = env["DATABASE_URL"].split(":", 1)[0]
    print(f"gunicorn 2 workers, {args.connections} connections, {args.duration} s each, {engine}")
    print(f"{'page':<22}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'req/s':>9}{'errors':>8}")
    for name, r in results.items():
        errors = r["errors"] + r["non2xx"]
        print(
            f"{name:<22}{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}{r['p99_ms']:>9.1f}"
            f"{r['rps']:>9.1f}{errors:>8}"
        )
    ratio = results["personalized answer"]["p95_ms"] / results["bare view"]["p95_ms"]
    errors = sum(r["errors"] + r["non2xx"] for r in results.values())
    verdict = "OK" if ratio <= 3 and errors == 0 else "MISSED"
    print(f"p95 ratio personalized/bare: {ratio:.2f} (target <= 3, 0 errors): {verdict}")


if __name__ == "__main__":
    main()
