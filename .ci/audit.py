#!/usr/bin/env python3
"""Run pip-audit over requirements.txt and say plainly what was and was not audited.

Fails on any known vulnerability. pip-audit needs its vulnerability service
(PyPI JSON API or OSV); where that cannot be reached it silently reports "no
known vulnerabilities" having checked nothing, so this script counts the
dependencies it could not audit and prints them loudly. An unreachable service
is an environment limit, not a finding: it is reported, not turned into a pass.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        proc = subprocess.run(  # noqa: S603 - fixed argv, our own venv
            [
                str(ROOT / ".venv" / "bin" / "pip-audit"),
                "-r",
                str(ROOT / "requirements.txt"),
                "--progress-spinner",
                "off",
                "-f",
                "json",
                "-o",
                out.name,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        try:
            report = json.loads(Path(out.name).read_text() or "{}")
        except json.JSONDecodeError:
            report = {}
    deps = report.get("dependencies", [])
    vulnerable = [d for d in deps if d.get("vulns")]
    skipped = [d for d in deps if d.get("skip_reason")]
    for dep in vulnerable:
        ids = ", ".join(v["id"] for v in dep["vulns"])
        print(f"VULNERABLE {dep['name']} {dep.get('version')}: {ids}")
    if vulnerable:
        print(f"pip-audit: {len(vulnerable)} vulnerable dependencies")
        return 1
    if not deps:
        print("pip-audit produced no report:\n" + proc.stderr[-2000:])
        return 1
    audited = len(deps) - len(skipped)
    print(f"pip-audit: {audited} of {len(deps)} dependencies audited, 0 known vulnerabilities.")
    if skipped:
        print(
            f"WARNING: NOT AUDITED ({len(skipped)}): the vulnerability service could not be "
            "reached from this machine; run `make audit` where it can be."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
