"""Kept for imports written before the roles moved to ``access.roles``; new code imports ``access.roles``."""

from access.roles import ADMINISTRATOR, ALL_ROLES, AUDITOR, COMPLIANCE_OFFICER, can_edit_registry, can_read, has_role

__all__ = ["ADMINISTRATOR", "ALL_ROLES", "AUDITOR", "COMPLIANCE_OFFICER", "can_edit_registry", "can_read", "has_role"]
