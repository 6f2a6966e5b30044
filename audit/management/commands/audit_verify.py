"""python manage.py audit_verify: recompute the audit chain; exit 1 at the first bad seq."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand

from audit.chain import verify_chain


class Command(BaseCommand):
    help = "Verify the audit log hash chain. Exit 0 and the head when intact; 1 and the first bad seq when not."

    def handle(self, *args: Any, **options: Any) -> None:
        def progress(checked: int) -> None:
            self.stderr.write(f"  verified {checked} events...")

        report = verify_chain(progress=progress if sys.stderr.isatty() else None)
        if report.ok:
            self.stdout.write(f"OK: {report.checked} events, head seq {report.head_seq} hash {report.head_hash}")
            return
        self.stdout.write(f"FAILED at seq {report.first_bad_seq}: {report.problem}")
        self.stdout.write(f"last good seq {report.head_seq} hash {report.head_hash}")
        sys.exit(1)
