"""In-process timing of the personalized answer page (no server, no network).

Builds the same data as bench/web.py (demo answers plus a patient with three ALK-positive
reports) in a fresh SQLite file (or DATABASE_URL), then requests ``/answers/alk-positive/``
with the Django test Client and prints the median/p95 time and the number of queries:

    .venv/bin/python bench/answer_page.py [--requests 200] [--queries]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--queries", action="store_true", help="print the SQL of one request")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-answer-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.web_settings"
    os.environ["PORTAL_TEST_PRIVATE_ROOT"] = str(tmp / "private")
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(ROOT))
    from bench.web import SETUP_CODE

    namespace: dict = {}
    exec(SETUP_CODE, namespace)  # noqa: S102 - our own setup script, shared with bench/web.py
    from django.db import connection
    from django.test import Client

    from bench.web import ANSWER_PATH

    client: Client = namespace["client"]
    client.defaults["HTTP_HOST"] = "127.0.0.1"  # bench.web_settings.ALLOWED_HOSTS
    for path in (ANSWER_PATH, "/bench/bare"):
        assert client.get(path).status_code == 200  # warm: templates, caches
        sql: list[str] = []

        def log(execute, query, params, many, context, sql=sql):
            sql.append(query)
            return execute(query, params, many, context)

        with connection.execute_wrapper(log):
            client.get(path)
        times = []
        for _ in range(args.requests):
            start = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(
            f"{path:<24} median {statistics.median(times):6.2f} ms  p95 {p95:6.2f} ms  "
            f"{len(sql)} queries ({args.requests} requests)"
        )
        if args.queries:
            for q in sql:
                print("   ", q[:200])


if __name__ == "__main__":
    main()
