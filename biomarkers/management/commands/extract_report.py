"""``python manage.py extract_report PDF [PDF ...] [--evidence]``.

Prints one SCHEMA.md JSON object per readable file on stdout (one a line). A file that
cannot be read gets one line on stderr ("name.pdf: this PDF could not be read") and the
others still come out. Exit status: 0 if at least one file was extracted, 1 if every
file failed (so a batch with one bad upload still succeeds).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from biomarkers.extraction import PdfError, extract


class Command(BaseCommand):
    help = "Extract lung-cancer biomarkers from report PDFs; one JSON object per file."
    # Pure file-in/JSON-out: no models or URLs involved, so skip the system checks.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        parser.add_argument("pdfs", nargs="+", metavar="PDF")
        parser.add_argument(
            "--evidence", action="store_true", help="add the sentences each fact was read from"
        )
        parser.add_argument("--max-pages", type=int, default=None)

    def handle(self, *args, **opts) -> None:
        ok = 0
        for name in opts["pdfs"]:
            path = Path(name)
            try:
                if not path.is_file():
                    raise PdfError(f"{name}: no such file", reason="this file was not found")
                report = extract(path, max_pages=opts["max_pages"])
            except PdfError as exc:
                self.stderr.write(f"{path.name}: {exc.reason}")
                continue
            self.stdout.write(json.dumps(report.to_schema(evidence=opts["evidence"])))
            ok += 1
        self.stdout.flush()
        if ok == 0:
            sys.stderr.flush()
            raise CommandError("no file could be extracted", returncode=1)
