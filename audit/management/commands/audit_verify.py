"""python manage.py audit_verify: recompute the chain and the Merkle tree, check every checkpoint.

Exit 0 with the head and a checkpoint summary when intact; exit 1 listing each
problem, the first bad seq first, when not.
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.actors import Actor
from audit.checkpoints import verification_record, verify_log


class Command(BaseCommand):
    help = (
        "Verify the audit log: hash chain, Merkle root against every stored checkpoint, checkpoint signatures, "
        "no shrinking or forked checkpoints, every decision row against its preflight.decision event, the newest "
        "checkpoint of the witness directory; with --checkpoint FILE also consistency with a checkpoint note "
        "kept elsewhere. Exit 0 when intact, 1 otherwise."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--checkpoint", metavar="FILE", help="a checkpoint note (as printed by audit_checkpoint) kept elsewhere"
        )
        parser.add_argument(
            "--witness-dir",
            metavar="DIR",
            help="witness directory whose newest <size>.checkpoint the log must contain "
            "(default: CUSTOS_AUDIT_WITNESS_DIR; '' to skip)",
        )
        parser.add_argument(
            "--record",
            action="store_true",
            help="append the result to the log as an audit.verify event (what the dashboard and reports show)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        note = None
        if options["checkpoint"]:
            try:
                note = Path(options["checkpoint"]).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"cannot read {options['checkpoint']}: {exc}") from exc

        def progress(checked: int) -> None:
            self.stderr.write(f"  verified {checked} events...")

        report = verify_log(
            external_note=note,
            witness_dir=options["witness_dir"],
            progress=progress if sys.stderr.isatty() else None,
        )
        if options["record"]:
            verification_record(report, actor=Actor.system("audit_verify"))
        chain = report.chain
        root = base64.b64encode(report.root).decode()
        if report.ok:
            self.stdout.write(f"OK: {chain.checked} events, head seq {chain.head_seq} hash {chain.head_hash}")
            self.stdout.write(f"OK: Merkle root at size {report.tree_size}: {root}")
        elif chain.ok:  # the links hold, yet something else is wrong (e.g. a rewrite that rehashed the chain)
            self.stdout.write(
                f"chain links hold: {chain.checked} events, head seq {chain.head_seq}, Merkle root {root}"
            )
        else:
            self.stdout.write(f"FAILED at seq {chain.first_bad_seq}: {chain.problem}")
            self.stdout.write(f"last good seq {chain.head_seq} hash {chain.head_hash}")
        for problem in sorted(report.problems, key=lambda p: (p.seq is None, p.seq or 0)):
            where = f" at seq {problem.seq}" if problem.seq is not None else ""
            self.stdout.write(f"FAILED{where}: {problem.message}")
        if report.ok:
            if report.latest is None:
                self.stdout.write("OK: no checkpoints yet (run `manage.py audit_checkpoint`)")
            else:
                latest = report.latest
                self.stdout.write(
                    f"OK: {report.checkpoints} checkpoints: signatures valid, roots match the log, none shrinks or forks; "
                    f"latest size {latest.tree_size} at {latest.created_at:%Y-%m-%dT%H:%M:%SZ} key {latest.origin}+{latest.key_id}"
                )
            if report.witnessed is not None:
                unanchored = report.tree_size - report.witnessed.tree_size
                self.stdout.write(
                    f"OK: witnessed checkpoint {report.witness_path} (size {report.witnessed.tree_size}) is consistent "
                    f"with the log; {unanchored} newer event{'s' if unanchored != 1 else ''} not yet witnessed"
                )
            if report.external is not None:
                self.stdout.write(
                    f"OK: external checkpoint size {report.external.tree_size} "
                    f"(signed by {report.external.key.name}+{report.external.key.key_id_hex}) is consistent with the log"
                )
            return
        if report.first_bad_seq is not None:
            self.stdout.write(f"first bad seq: {report.first_bad_seq}")
        sys.exit(1)
