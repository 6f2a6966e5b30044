"""API permissions for people (session auth)."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from access.roles import can_edit_registry, can_read


class IsComplianceStaff(BasePermission):
    """Read for officers, auditors and administrators; write for officers and administrators."""

    message = "Your role does not allow this action."

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in SAFE_METHODS:
            return can_read(request.user)
        return can_edit_registry(request.user)
