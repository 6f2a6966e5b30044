"""python manage.py servicekey_create --workload SLUG [--workload SLUG ...] [--name NAME]

Prints the new key on stdout and nothing else, so scripts can capture it;
everything else goes to stderr.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.actors import Actor
from governance.models import Workload
from governance.services import servicekey_create


class Command(BaseCommand):
    help = "Create a service key scoped to one or more workloads and print it (shown once)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--workload", action="append", required=True, help="Workload slug; repeat for several.")
        parser.add_argument("--name", default="", help="A name people will recognise the key by.")
        parser.add_argument("--rate-limit", type=int, default=None, help="Requests per minute (default: the setting).")

    def handle(self, *args: Any, **options: Any) -> None:
        slugs = sorted(set(options["workload"]))
        workloads = list(Workload.objects.filter(slug__in=slugs))
        missing = sorted(set(slugs) - {w.slug for w in workloads})
        if missing:
            raise CommandError(f"Unknown workload(s): {', '.join(missing)}.")
        name = options["name"] or f"key for {', '.join(slugs)}"
        try:
            key, plaintext = servicekey_create(
                actor=Actor.system("manage.py servicekey_create"),
                name=name,
                workloads=workloads,
                rate_limit_per_minute=options["rate_limit"],
            )
        except ValidationError as exc:
            raise CommandError("; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())) from exc
        self.stderr.write(f"Created {key.prefix} ({name}) for {', '.join(slugs)}. It is shown only once:")
        self.stdout.write(plaintext)
