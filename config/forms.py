"""Form helpers every app's views may use: a service's ValidationError shown on the form."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError


def apply_errors(form: Any, exc: ValidationError) -> None:
    """Attach a service's ValidationError to the form fields it names (the rest to the form)."""
    if not hasattr(exc, "message_dict"):
        form.add_error(None, exc.messages)
        return
    for name, msgs in exc.message_dict.items():
        form.add_error(name if name in form.fields else None, msgs)
