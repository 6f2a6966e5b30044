"""System checks: a bad role mapping is reported by `manage.py check` at deploy time, not at someone's first sign-in."""

from __future__ import annotations

from typing import Any

from django.core.checks import CheckMessage, Error, register
from django.core.exceptions import ImproperlyConfigured


@register()
def role_map_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    from identity.oidc import role_map

    try:
        role_map()
    except ImproperlyConfigured as exc:
        return [Error(str(exc), id="identity.E001")]
    return []
