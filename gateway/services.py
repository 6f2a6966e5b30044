"""The gateway's writes: the audit event that records what happened upstream after a decision."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.models import AuditEvent
from governance.models import Decision, ServiceKey

_USAGE_KEYS = ("prompt_tokens", "completion_tokens", "total_tokens")


def exchange_record(
    *,
    key: ServiceKey,
    decision: Decision,
    endpoint: str,
    destination: str,
    routed_to: str | None,
    upstream_model: str,
    stream: bool,
    outcome: str,
    status: int | None,
    latency_ms: int,
    usage: Mapping[str, Any] | None = None,
    finish_reasons: list[str] | None = None,
    restored: int = 0,
) -> AuditEvent:
    """Append the second event of a gateway exchange: the upstream's outcome, linked to its decision.

    Metadata only: status, latency, token counts, finish reasons and how many placeholders were
    restored; never a text of the request or the answer.
    """
    counts = usage or {}
    payload = {
        "decision_id": str(decision.id),
        "decision": decision.outcome,
        "workload": decision.workload.slug,
        "destination": destination,
        "routed_to": routed_to,
        "upstream_model": upstream_model,
        "endpoint": endpoint,
        "stream": stream,
        "outcome": outcome,
        "status": status,
        "latency_ms": latency_ms,
        "usage": {name: counts[name] for name in _USAGE_KEYS if isinstance(counts.get(name), int)},
        "finish_reasons": finish_reasons or [],
        "restored_placeholders": restored,
        "service_key": key.prefix,
    }
    with transaction.atomic():
        return audit.record(
            actor=Actor(type=AuditEvent.ActorType.SERVICE_KEY, id=str(key.pk), label=key.prefix),
            action=AuditAction.GATEWAY_EXCHANGE,
            subject_type=SubjectType.WORKLOAD,
            subject_id=decision.workload.slug,
            payload=payload,
        )
