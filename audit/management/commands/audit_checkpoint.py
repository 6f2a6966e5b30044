"""python manage.py audit_checkpoint: sign the current tree head and print the checkpoint note."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.actors import Actor
from audit.checkpoints import CheckpointError, checkpoint_create


class Command(BaseCommand):
    help = (
        "Write a signed checkpoint of the audit log now and print it as a C2SP checkpoint note. "
        "Keep a copy outside the database: `audit_verify --checkpoint FILE` detects a truncated tail with it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--full",
            action="store_true",
            help="re-hash the whole log and check a consistency proof against the previous checkpoint",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            checkpoint = checkpoint_create(actor=Actor.system("audit_checkpoint"), full=options["full"])
        except CheckpointError as exc:
            raise CommandError(str(exc)) from exc
        assert checkpoint is not None  # only only_if_grown returns None
        self.stdout.write(checkpoint.note, ending="")
