"""Writes of the integrations app: model routes, and the classification events the integrations record.

Every function records its audit event in the same transaction as its change. Classification events
hold sizes, entity types and counts: never the text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.db import transaction

from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.fingerprints import payload_hmac
from audit.models import AuditEvent
from classifier.types import Classification, SensitivityLevel
from governance.models import Destination, ServiceKey
from integrations.models import ModelRoute


def modelroute_save(*, actor: Actor, name: str, destination: Destination) -> ModelRoute:
    """Point the LiteLLM model name ``name`` at ``destination`` (creating the route, or moving it)."""
    with transaction.atomic():
        route = ModelRoute.objects.select_for_update().filter(name=name).first()
        before = route.destination.slug if route is not None else None
        if route is None:
            route = ModelRoute(name=name, destination=destination)
        route.destination = destination
        route.full_clean()
        route.save()
        audit.record(
            actor=actor,
            action=AuditAction.MODELROUTE_SAVE,
            subject_type=SubjectType.MODEL_ROUTE,
            subject_id=name,
            payload={"name": name, "destination": destination.slug, "previous_destination": before},
        )
    return route


def modelroute_delete(*, actor: Actor, route: ModelRoute) -> None:
    """Remove a route: calls to that model name are blocked until it is routed again."""
    with transaction.atomic():
        destination = route.destination.slug
        route.delete()
        audit.record(
            actor=actor,
            action=AuditAction.MODELROUTE_DELETE,
            subject_type=SubjectType.MODEL_ROUTE,
            subject_id=route.name,
            payload={"name": route.name, "destination": destination},
        )


def classification_record(
    *,
    key: ServiceKey,
    action: AuditAction,
    texts: Sequence[str],
    classifications: Sequence[Classification],
    details: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Record one classification an integration made (what was found, in how much text), never the text.

    ``details``: labels the integration adds (the LiteLLM model and call id, the Presidio language and
    operators); sizes and labels only.
    """
    counts: dict[str, int] = {}
    for classification in classifications:
        for entity_type, count in classification.entity_counts().items():
            counts[entity_type] = counts.get(entity_type, 0) + count
    level = max((c.level for c in classifications), default=SensitivityLevel.PUBLIC)
    categories = sorted(frozenset().union(*(c.categories for c in classifications)))
    versions = classifications[0].versions if classifications else {}
    payload: dict[str, Any] = {
        "service_key": key.prefix,
        "input": {
            "hmac_sha256": payload_hmac("\x1e".join(texts)),
            "texts": len(texts),
            "chars": sum(len(t) for t in texts),
            "bytes": sum(len(t.encode("utf-8")) for t in texts),
        },
        "level": level.name,
        "categories": categories,
        "entity_counts": dict(sorted(counts.items())),
        "classifier": {name: str(value) for name, value in versions.items()},
        **(details or {}),
    }
    with transaction.atomic():
        return audit.record(
            actor=Actor(type=AuditEvent.ActorType.SERVICE_KEY, id=str(key.pk), label=key.prefix),
            action=action,
            subject_type=SubjectType.SERVICE_KEY,
            subject_id=key.prefix,
            payload=payload,
        )
