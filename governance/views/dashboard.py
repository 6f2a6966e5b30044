"""The dashboard and the hybrid-strategy map."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from access.decorators import read_required
from governance import dashboard, selectors
from governance.models import Workload
from governance.transfer_warnings import registry_warnings


@read_required
def dashboard_view(request: HttpRequest) -> HttpResponse:
    context = {
        "chart": dashboard.decision_chart(days=30),
        "denials": dashboard.top_denial_reasons(days=30),
        "matrix": dashboard.workloads_by_tier_and_status(),
        "jurisdictions": dashboard.destinations_by_jurisdiction(),
        "chain": dashboard.chain_status(),
        "incidents": dashboard.open_incidents(),
        "policy": selectors.policy_published(),
        "pending_requests": selectors.change_request_pending(),
        "transfer_warnings": registry_warnings(
            selectors.workload_list().prefetch_related("allowed_destinations"),
            selectors.destination_list(active=True),
            today=timezone.localdate(),
        ),
    }
    return render(request, "governance/dashboard.html", context)


@read_required
def strategy_view(request: HttpRequest) -> HttpResponse:
    workloads = list(selectors.workload_list().exclude(status=Workload.Status.RETIRED))
    return render(request, "governance/strategy.html", {"map": dashboard.strategy_map(workloads)})
