"""Demo data for `make run`: the workloads, destinations and people of the README.

Idempotent: what exists is left as it is, so a second run changes nothing
and writes no audit events.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from access import roles
from audit.actors import Actor
from governance import services
from governance.models import Destination, ServiceKey, Workload

DESTINATIONS: list[dict[str, Any]] = [
    {
        "slug": "onprem-vllm-fra",
        "provider": "Self-hosted vLLM",
        "model": "Qwen/Qwen2.5-7B-Instruct",
        "endpoint_url": "http://vllm.fra.internal:8000/v1",
        "kind": Destination.Kind.ON_PREM,
        "jurisdiction": "DE",
        "region": "Frankfurt",
        "dpa_signed": True,
        "transfer_mechanism": Destination.TransferMechanism.EEA,
    },
    {
        "slug": "eu-proprietary",
        "provider": "Proprietary LLM vendor (EU region)",
        "model": "frontier-large",
        "endpoint_url": "https://eu.api.example-llm.com/v1",
        "kind": Destination.Kind.EXTERNAL,
        "jurisdiction": "IE",
        "region": "eu-west-1",
        "dpa_signed": True,
        "transfer_mechanism": Destination.TransferMechanism.EEA,
    },
    {
        "slug": "us-dpf-proprietary",
        "provider": "Proprietary LLM vendor (US, DPF-certified)",
        "model": "frontier-large",
        "endpoint_url": "https://api.example-llm.com/v1",
        "kind": Destination.Kind.EXTERNAL,
        "jurisdiction": "US",
        "region": "us-east-1",
        "dpa_signed": True,
        "transfer_mechanism": Destination.TransferMechanism.ADEQUACY,
        "adequacy_scope": "EU-US Data Privacy Framework: certified organisations only",
        "adequacy_review_date": dt.date(2027, 7, 10),
    },
    {
        "slug": "us-no-mechanism",
        "provider": "Unvetted LLM API (US)",
        "model": "cheap-small",
        "endpoint_url": "https://api.unvetted-llm.example/v1",
        "kind": Destination.Kind.EXTERNAL,
        "jurisdiction": "US",
        "region": "us-west-2",
        "dpa_signed": False,
        "transfer_mechanism": Destination.TransferMechanism.NONE,
    },
]
ALL_DESTINATIONS = [d["slug"] for d in DESTINATIONS]

WORKLOADS: list[dict[str, Any]] = [
    {
        "slug": "cv-screener",
        "name": "CV screening assistant",
        "owner": "Head of Talent Acquisition",
        "business_unit": "HR",
        "purpose": "Ranks incoming job applications and summarises CVs for recruiters.",
        "role": Workload.Role.DEPLOYER,
        "gpai_use": True,
        "data_categories": ["personal", "special_category"],
        "oversight_contact": "talent-oversight@example.eu",
        "log_retention_days": 365,
        "quality_priority": "high",
        "request_volume": "medium",
        "cost_sensitivity": "medium",
        "residency_need": "high",
        "screening": {"annex_iii_area": 4, "annex_iii_subarea": "4(a)", "profiles_natural_persons": True},
        "approve": True,
    },
    {
        "slug": "support-summarizer",
        "name": "Support ticket summariser",
        "owner": "Customer Care Operations",
        "business_unit": "Customer Care",
        "purpose": "Summarises customer support conversations for handover between agents.",
        "role": Workload.Role.DEPLOYER,
        "gpai_use": True,
        "data_categories": ["personal", "internal"],
        "oversight_contact": "care-leads@example.eu",
        "log_retention_days": 183,
        "quality_priority": "medium",
        "request_volume": "high",
        "cost_sensitivity": "high",
        "residency_need": "medium",
        "screening": {"art50_interacts_with_people": False},
        "approve": True,
    },
    {
        "slug": "code-assistant",
        "name": "Developer code assistant",
        "owner": "Platform Engineering",
        "business_unit": "Engineering",
        "purpose": "Explains and drafts code for internal developers.",
        "role": Workload.Role.DEPLOYER,
        "gpai_use": True,
        "data_categories": ["source_code", "internal"],
        "oversight_contact": "platform@example.eu",
        "log_retention_days": 183,
        "quality_priority": "high",
        "request_volume": "medium",
        "cost_sensitivity": "low",
        "residency_need": "low",
        "screening": {"art50_generates_synthetic_content": True},
        "approve": True,
    },
    {
        "slug": "marketing-copy",
        "name": "Marketing copy generator",
        "owner": "Brand & Communications",
        "business_unit": "Marketing",
        "purpose": "Drafts campaign copy and social posts for review by the brand team.",
        "role": Workload.Role.DEPLOYER,
        "gpai_use": True,
        "data_categories": ["public"],
        "oversight_contact": "",
        "log_retention_days": 90,
        "quality_priority": "medium",
        "request_volume": "low",
        "cost_sensitivity": "medium",
        "residency_need": "low",
        "screening": {"art50_generates_synthetic_content": True, "art50_deep_fake_or_public_interest_text": True},
        "approve": False,
    },
]

DEMO_KEY_NAME = "demo service key"
# Two officers, so that four-eyes control (CUSTOS_FOUR_EYES, on by default) can be tried in the demo:
# what one officer requests, the other approves.
DEMO_USERS = [
    ("officer", roles.COMPLIANCE_OFFICER),
    ("officer2", roles.COMPLIANCE_OFFICER),
    ("auditor", roles.AUDITOR),
]


@dataclass
class DemoResult:
    created: list[str] = field(default_factory=list)
    service_key: str = ""


def load_demo_data(*, password: str) -> DemoResult:
    """Create what is missing of the demo set; return what was created."""
    result = DemoResult()
    actor = Actor.system("demo_data")
    with transaction.atomic():
        for name in roles.ALL_ROLES:
            Group.objects.get_or_create(name=name)
        for spec in DESTINATIONS:
            if settings.CUSTOS_GATEWAY_DEMO_UPSTREAM:  # embedded demo: the gateway's calls go to its echo upstream
                spec = {**spec, "endpoint_url": settings.CUSTOS_GATEWAY_DEMO_UPSTREAM_URL}
            if not Destination.objects.filter(slug=spec["slug"]).exists():
                services.destination_create(actor=actor, **spec)
                result.created.append(f"destination {spec['slug']}")
        for spec in WORKLOADS:
            spec = dict(spec)
            approve = spec.pop("approve")
            if Workload.objects.filter(slug=spec["slug"]).exists():
                continue
            workload = services.workload_register(
                actor=actor, allowed_destinations=ALL_DESTINATIONS if approve else [], **spec
            )
            if approve:
                services.workload_approve(actor=actor, workload=workload, reason="Demo data")
            result.created.append(f"workload {spec['slug']}")
        _ensure_demo_users(result, password)
        if services.policy_ensure_default(actor=actor) is not None:
            result.created.append("published default residency policy v1")
        if not ServiceKey.objects.filter(name=DEMO_KEY_NAME).exists():
            _, result.service_key = services.servicekey_create(
                actor=actor,
                name=DEMO_KEY_NAME,
                workloads=Workload.objects.filter(slug__in=[w["slug"] for w in WORKLOADS]),
            )
            result.created.append("service key for the demo workloads")
    return result


def _ensure_demo_users(result: DemoResult, password: str) -> None:
    User = get_user_model()
    missing = [(name, role) for name, role in DEMO_USERS if not User.objects.filter(username=name).exists()]
    if not missing:
        return
    for username, role in missing:
        user = User.objects.create_user(username=username, email=f"{username}@example.eu", password=password)
        user.groups.add(Group.objects.get(name=role))
        result.created.append(f"user {username}")
