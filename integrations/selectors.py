"""Reads of the integrations app."""

from __future__ import annotations

from django.db.models import QuerySet

from integrations.models import ModelRoute


def modelroute_list() -> QuerySet[ModelRoute]:
    return ModelRoute.objects.select_related("destination").order_by("name")


def modelroute_destination(name: str) -> str | None:
    """The destination slug LiteLLM's model ``name`` is routed to, or None when it has no route."""
    return ModelRoute.objects.filter(name=name).values_list("destination__slug", flat=True).first()


def single_workload_slug(workload_ids: frozenset[int]) -> str | None:
    """The slug of a key's only workload; None when the key is scoped to several (or none)."""
    if len(workload_ids) != 1:
        return None
    from governance.models import Workload

    return Workload.objects.filter(pk__in=workload_ids).values_list("slug", flat=True).first()
