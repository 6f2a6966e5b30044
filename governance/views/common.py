"""Helpers every registry view uses: the acting person, pagination, service errors as text."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.http import HttpRequest

from audit.actors import Actor

PAGE_SIZE = 25


def actor_of(request: HttpRequest) -> Actor:
    return Actor.for_user(request.user)


def paginate(request: HttpRequest, items: Any, per_page: int = PAGE_SIZE) -> Page:
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def error_text(exc: ValidationError) -> str:
    if hasattr(exc, "message_dict"):
        return " ".join(
            f"{name}: {' '.join(msgs)}" if name != "__all__" else " ".join(msgs)
            for name, msgs in exc.message_dict.items()
        )
    return " ".join(exc.messages)
