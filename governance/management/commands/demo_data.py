"""python manage.py demo_data: load the demo registry and users (idempotent)."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from governance.demo import load_demo_data


def demo_password() -> tuple[str, str]:
    """The demo password and where it came from.

    CUSTOS_DEMO_PASSWORD wins. In the embedded mode a generated one is kept
    under var/ so every `make run` can print the same logins again.
    """
    if settings.CUSTOS_DEMO_PASSWORD:
        return settings.CUSTOS_DEMO_PASSWORD, "CUSTOS_DEMO_PASSWORD"
    if not settings.EMBEDDED:
        return secrets.token_urlsafe(12), "generated, shown once"
    path = settings.VAR_DIR / "secrets" / "demo_password"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(12), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip(), f"generated, kept in {path}"


def demo_service_key(new_key: str) -> str:
    """The demo key: shown once in production, kept under var/ in the embedded mode to print again."""
    if not settings.EMBEDDED:
        return new_key
    path = settings.VAR_DIR / "secrets" / "demo_service_key"
    if new_key:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(new_key, encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip() if path.exists() else ""


class Command(BaseCommand):
    help = "Create the demo workloads, destinations and users that are missing. Safe to run again."

    def handle(self, *args: Any, **options: Any) -> None:
        password, source = demo_password()
        result = load_demo_data(password=password)
        for item in result.created:
            self.stdout.write(f"created {item}")
        if not result.created:
            self.stdout.write("Demo data already present; nothing changed.")
        if result.created or settings.EMBEDDED or settings.CUSTOS_DEMO_PASSWORD:
            self.stdout.write(
                f"Demo logins: officer / {password}   officer2 / {password}   auditor / {password}   ({source})"
            )
        key = demo_service_key(result.service_key)
        if key:
            self.stdout.write(
                f"Demo service key (workloads cv-screener, support-summarizer, code-assistant, marketing-copy): {key}"
            )
