"""Rows kept outside the log that restate one of its events, and their check by ``audit_verify``.

A pre-flight decision row is what the dashboard and reports count; its
``preflight.decision`` event is the evidence. ``verify_log`` hands every
verified event of a binding's action to that binding, in seq order, and then
asks it what disagrees. The app that owns the rows registers the binding in
its ``AppConfig.ready()``, so the audit app depends on no other app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from audit.actions import AuditAction


@dataclass(frozen=True)
class Finding:
    """One disagreement between bound rows and the log; ``seq`` is the first event it implicates."""

    message: str
    seq: int | None = None


class RowBinding(Protocol):
    """One verification run's check of rows bound to events of ``action``."""

    action: AuditAction

    def see(self, seq: int, event_hash: str, payload: Mapping[str, Any]) -> None:
        """A verified event of ``action``; called in seq order."""

    def finish(self, *, verified_size: int, chain_ok: bool) -> list[Finding]:
        """What disagrees, once every verified event (seq 1..verified_size) has been seen."""


_factories: dict[str, Callable[[], RowBinding]] = {}


def binding_register(name: str, factory: Callable[[], RowBinding]) -> None:
    """Have ``verify_log`` run ``factory()`` on every verification (idempotent per name)."""
    _factories[name] = factory


def bindings_start() -> list[RowBinding]:
    """A fresh check of every registered binding, for one verification run."""
    return [factory() for factory in _factories.values()]
