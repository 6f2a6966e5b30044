"""Who did something, in the form the audit log records it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from audit.models import AuditEvent


@dataclass(frozen=True)
class Actor:
    """A person, a service key or the system itself."""

    type: str
    id: str
    label: str

    @classmethod
    def for_user(cls, user: Any) -> Actor:
        if user is None or not getattr(user, "is_authenticated", False):
            return cls(type=AuditEvent.ActorType.USER, id="", label="anonymous")
        return cls(type=AuditEvent.ActorType.USER, id=str(user.pk), label=user.get_username())

    @classmethod
    def system(cls, label: str = "system") -> Actor:
        return cls(type=AuditEvent.ActorType.SYSTEM, id="", label=label)
