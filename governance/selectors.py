"""Reads of the registry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.db.models import CharField, Q, QuerySet
from django.db.models.functions import Cast

from governance.decision_log import DecisionUnverifiable, decision_check
from governance.models import ChangeRequest, Decision, Destination, PolicyVersion, ServiceKey, Workload
from governance.policy import transfer_basis


def workload_list(*, status: str | None = None, tier: str | None = None) -> QuerySet[Workload]:
    workloads = Workload.objects.select_related("screening").prefetch_related("allowed_destinations")
    if status:
        workloads = workloads.filter(status=status)
    if tier:
        workloads = workloads.filter(tier=tier)
    return workloads.order_by("slug")


def workload_slugs() -> list[str]:
    """Every workload's slug, in order: the choices of the workload filters."""
    return list(Workload.objects.order_by("slug").values_list("slug", flat=True))


def destination_list(*, kind: str | None = None, active: bool | None = None) -> QuerySet[Destination]:
    destinations = Destination.objects.all()
    if kind:
        destinations = destinations.filter(kind=kind)
    if active is not None:
        destinations = destinations.filter(active=active)
    return destinations.order_by("slug")


# --- Web UI reads ------------------------------------------------------------

WORKLOAD_SORTS = {
    "slug": "slug",
    "-slug": "-slug",
    "name": "name",
    "-name": "-name",
    "tier": "tier",
    "-tier": "-tier",
    "status": "status",
    "-status": "-status",
    "updated": "updated_at",
    "-updated": "-updated_at",
}


def workload_search(
    *, status: str | None = None, tier: str | None = None, query: str | None = None, sort: str | None = None
) -> QuerySet[Workload]:
    """Workloads for the UI list: filtered, searched in slug/name/owner/business unit/purpose, sorted."""
    workloads = workload_list(status=status, tier=tier)
    if query:
        workloads = workloads.filter(
            Q(slug__icontains=query)
            | Q(name__icontains=query)
            | Q(owner__icontains=query)
            | Q(business_unit__icontains=query)
            | Q(purpose__icontains=query)
        )
    return workloads.order_by(WORKLOAD_SORTS.get(sort or "", "slug"), "slug")


def workload_get(slug: str) -> Workload:
    return Workload.objects.select_related("screening").prefetch_related("allowed_destinations").get(slug=slug)


def destination_get(slug: str) -> Destination:
    return Destination.objects.get(slug=slug)


def decision_list(
    *,
    workload: str | None = None,
    destination: str | None = None,
    outcome: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    id_prefix: str | None = None,
) -> QuerySet[Decision]:
    """Decisions newest first; ``since`` inclusive, ``until`` exclusive; workload/destination by slug.

    ``id_prefix`` keeps the decisions whose id (lower-case, with dashes) starts with it: an officer searching
    for the ``decision_id`` a service logged may paste only its first characters.
    """
    decisions = Decision.objects.select_related("workload", "destination", "policy_version", "service_key")
    if id_prefix:
        decisions = decisions.annotate(id_text=Cast("id", output_field=CharField())).filter(
            id_text__startswith=id_prefix.lower()
        )
    if workload:
        decisions = decisions.filter(workload__slug=workload)
    if destination:
        decisions = decisions.filter(destination__slug=destination)
    if outcome:
        decisions = decisions.filter(outcome=outcome)
    if since is not None:
        decisions = decisions.filter(created_at__gte=since)
    if until is not None:
        decisions = decisions.filter(created_at__lt=until)
    return decisions.order_by("-created_at", "-audit_seq")


def decision_get(decision_id: str) -> Decision:
    return Decision.objects.select_related("workload", "destination", "policy_version", "service_key").get(
        pk=decision_id
    )


def decision_get_verified(decision_id: str, *, service_key: ServiceKey | None = None) -> Decision:
    """One decision (of ``service_key``, when given), only if it agrees with its audit event.

    Raises Decision.DoesNotExist, or DecisionUnverifiable naming how the row and
    its ``preflight.decision`` event disagree (see governance.decision_log).
    """
    decisions = Decision.objects.select_related("workload", "destination", "policy_version", "service_key")
    if service_key is not None:
        decisions = decisions.filter(service_key=service_key)
    decision = decisions.get(pk=decision_id)
    problem = decision_check(decision)
    if problem:
        raise DecisionUnverifiable(f"Decision {decision.pk} does not match the audit log: {problem}.")
    return decision


def policy_published() -> PolicyVersion | None:
    return PolicyVersion.objects.filter(status=PolicyVersion.Status.PUBLISHED).first()


def policy_latest_draft() -> PolicyVersion | None:
    return PolicyVersion.objects.filter(status=PolicyVersion.Status.DRAFT).order_by("-number").first()


def policy_versions() -> QuerySet[PolicyVersion]:
    return PolicyVersion.objects.order_by("-number")


def policy_get(number: int) -> PolicyVersion:
    return PolicyVersion.objects.get(number=number)


def servicekey_list() -> QuerySet[ServiceKey]:
    return ServiceKey.objects.prefetch_related("workloads").select_related("replaced_by").order_by("-created_at")


def servicekey_get(key_id: int) -> ServiceKey:
    return ServiceKey.objects.prefetch_related("workloads").get(pk=key_id)


DESTINATION_CONDITIONS = ("kinds", "transfer_bases", "dpa_signed")


def policy_rules_for_destination(
    destination: Destination, policy: Mapping[str, Any] | None, *, today: dt.date
) -> list[dict[str, Any]]:
    """The rules of ``policy`` (overrides included) whose destination conditions hold for ``destination``.

    Only kinds, transfer_bases and dpa_signed are checked: whether a rule fires
    also depends on the payload (level, categories), which a destination alone
    does not know. Each rule comes with ``scope``: "all" or the workload slug.
    """
    if not policy:
        return []
    basis = transfer_basis(destination, today=today)
    scoped = [("all", rule) for rule in policy.get("rules", [])]
    for slug, rules in policy.get("workload_overrides", {}).items():
        scoped.extend((slug, rule) for rule in rules)
    applicable = []
    for scope, rule in scoped:
        when = rule.get("when", {})
        if "kinds" in when and destination.kind not in when["kinds"]:
            continue
        if "transfer_bases" in when and basis not in when["transfer_bases"]:
            continue
        if "dpa_signed" in when and destination.dpa_signed != when["dpa_signed"]:
            continue
        applicable.append({**rule, "scope": scope})
    return applicable


def change_request_pending() -> QuerySet[ChangeRequest]:
    """Requests waiting for a second officer, oldest first."""
    return ChangeRequest.objects.filter(status=ChangeRequest.Status.PENDING).order_by("requested_at", "pk")


def change_request_recent() -> QuerySet[ChangeRequest]:
    """Decided requests, newest decision first."""
    return ChangeRequest.objects.exclude(status=ChangeRequest.Status.PENDING).order_by("-decided_at", "-pk")


def change_request_get(request_id: int) -> ChangeRequest:
    return ChangeRequest.objects.get(pk=request_id)


def change_request_pending_for(kind: str, target: str) -> ChangeRequest | None:
    return change_request_pending().filter(kind=kind, target=target).first()
