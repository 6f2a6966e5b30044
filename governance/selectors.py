"""Reads of the registry."""

from __future__ import annotations

from django.db.models import QuerySet

from governance.models import Destination, Workload


def workload_list(*, status: str | None = None, tier: str | None = None) -> QuerySet[Workload]:
    workloads = Workload.objects.select_related("screening").prefetch_related("allowed_destinations")
    if status:
        workloads = workloads.filter(status=status)
    if tier:
        workloads = workloads.filter(tier=tier)
    return workloads.order_by("slug")


def destination_list(*, kind: str | None = None, active: bool | None = None) -> QuerySet[Destination]:
    destinations = Destination.objects.all()
    if kind:
        destinations = destinations.filter(kind=kind)
    if active is not None:
        destinations = destinations.filter(active=active)
    return destinations.order_by("slug")
