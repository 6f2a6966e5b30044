"""Context processor of the web UI: the signed-in user's roles and what the navigation may offer them."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from access.roles import ROLE_LABELS, can_edit_registry, can_read, user_roles
from governance.models import ChangeRequest

NAV_SECTIONS = [
    ("dashboard", "dashboard"),
    ("strategy", "strategy"),
    ("workload", "workloads"),
    ("tier-preview", "workloads"),
    ("destination", "destinations"),
    ("policy", "policy"),
    ("change-request", "approvals"),
    ("detection", "detection"),
    ("key", "keys"),
    ("decision", "decisions"),
    ("audit-event", "audit"),
    ("audit-verify", "verify"),
    ("audit-export", "exports"),
    ("report-incident", "incidents"),
    ("report", "reports"),
]


def ui_context(request: HttpRequest) -> dict[str, Any]:
    """Context processor: the signed-in user's roles and what the navigation may offer them."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    match = getattr(request, "resolver_match", None)
    url_name = (match.url_name or "") if match else ""
    section = next((section for prefix, section in NAV_SECTIONS if url_name.startswith(prefix)), "")
    return {
        "ui_section": section,
        "ui_roles": [ROLE_LABELS[role] for role in user_roles(user)],
        "ui_can_edit": can_edit_registry(user),
        "ui_can_read": can_read(user),
        # Shown beside "Approvals" in the navigation: requests waiting for a second officer.
        "ui_pending_approvals": ChangeRequest.objects.filter(status=ChangeRequest.Status.PENDING).count()
        if can_read(user)
        else 0,
    }
