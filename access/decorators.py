"""View decorators: anonymous users go to the login page, users without the role get an audited 403."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, Protocol

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from access.roles import ADMINISTRATOR, AUDITOR, COMPLIANCE_OFFICER, can_edit_registry, can_read

ViewFunc = Callable[..., HttpResponse]


class DenialRecorder(Protocol):
    """Records one refused request in the audit log, committed before the 403 is sent."""

    def __call__(self, request: HttpRequest, *, required_role: str) -> None: ...


_denial_recorder: DenialRecorder | None = None


def denial_recorder_register(recorder: DenialRecorder) -> None:
    """Have every refusal recorded by ``recorder``; the audit app registers it in ``AppConfig.ready()``."""
    global _denial_recorder
    _denial_recorder = recorder


def deny_access(request: HttpRequest, *, required_role: str) -> HttpResponse:
    """Answer 403 once the refusal is recorded in the audit log (``access.denied``)."""
    if _denial_recorder is None:
        # Fail closed: a refusal the log cannot show is a configuration error, not a silent 403.
        raise ImproperlyConfigured("No recorder for refused requests: is 'audit' in INSTALLED_APPS?")
    _denial_recorder(request, required_role=required_role)
    return render(request, "403.html", {"required_role": required_role}, status=403)


def role_required(check: Callable[[Any], bool], *, required_role: str) -> Callable[[ViewFunc], ViewFunc]:
    """Anonymous users go to the login page; users for whom ``check`` fails get an audited 403."""

    def decorator(view: ViewFunc) -> ViewFunc:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not check(request.user):
                return deny_access(request, required_role=required_role)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


READ_ROLES = f"{COMPLIANCE_OFFICER}, {AUDITOR} or {ADMINISTRATOR}"
EDIT_ROLES = f"{COMPLIANCE_OFFICER} or {ADMINISTRATOR}"
read_required = role_required(can_read, required_role=READ_ROLES)
edit_required = role_required(can_edit_registry, required_role=EDIT_ROLES)
