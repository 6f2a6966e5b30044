"""The people roles, as Django groups."""

from __future__ import annotations

from typing import Any

COMPLIANCE_OFFICER = "compliance_officer"
AUDITOR = "auditor"
ADMINISTRATOR = "administrator"
ALL_ROLES = (COMPLIANCE_OFFICER, AUDITOR, ADMINISTRATOR)


def has_role(user: Any, *roles: str) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=roles).exists()


def can_edit_registry(user: Any) -> bool:
    return has_role(user, COMPLIANCE_OFFICER, ADMINISTRATOR)


def can_read(user: Any) -> bool:
    return has_role(user, COMPLIANCE_OFFICER, AUDITOR, ADMINISTRATOR)


ROLE_LABELS = {COMPLIANCE_OFFICER: "Compliance officer", AUDITOR: "Auditor", ADMINISTRATOR: "Administrator"}


def user_roles(user: Any) -> list[str]:
    """The role names of ``user`` for display ("administrator" for superusers)."""
    if not user.is_authenticated:
        return []
    if user.is_superuser:
        return [ADMINISTRATOR]
    return [name for name in user.groups.values_list("name", flat=True) if name in ALL_ROLES]
