"""python manage.py audit_export --out PATH [filters]: build an auditor export now, synchronously."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.actors import Actor
from audit.exports import DECISION_OUTCOMES, export_create, export_run


class Command(BaseCommand):
    help = (
        "Export audit events with a signed manifest and proofs to PATH (a folder, or a .zip). "
        "Verify it with `python tools/verify_export.py PATH`."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", required=True, help="target folder, or a file ending in .zip")
        parser.add_argument("--since", help="ISO 8601 time, inclusive")
        parser.add_argument("--until", help="ISO 8601 time, exclusive")
        parser.add_argument("--workload", help="workload slug: events about it or naming it in the payload")
        parser.add_argument("--action", help="event action, e.g. workload.approve")
        parser.add_argument("--decision", choices=DECISION_OUTCOMES, help="pre-flight decisions with this outcome")

    def handle(self, *args: Any, **options: Any) -> None:
        out = Path(options["out"])
        if out.exists() and (out.is_file() or any(out.iterdir())):
            raise CommandError(f"{out} already exists")
        filters = {
            name: options[name] for name in ("since", "until", "workload", "action", "decision") if options[name]
        }
        try:
            export = export_create(actor=Actor.system("audit_export"), filters=filters, enqueue=False)
        except ValidationError as exc:
            raise CommandError("; ".join(f"--{k}: {' '.join(v)}" for k, v in exc.message_dict.items())) from exc

        def progress(done: int, total: int) -> None:
            self.stderr.write(f"  exported {done}/{total} events")

        export = export_run(export_id=export.pk, out=out, progress=progress)
        checkpoint = export.checkpoint
        covered = f"checkpoint size {checkpoint.tree_size}" if checkpoint else "no checkpoint (empty log)"
        self.stdout.write(
            f"Export {export.pk}: {export.exported} events up to seq {export.upto_seq}, {covered}, written to {out}"
        )
