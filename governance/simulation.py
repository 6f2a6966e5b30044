"""Policy simulation: what would a draft policy have decided about recent traffic?

Replays the stored decisions of the last N days (their classification: level,
categories, unredactable categories; never any payload text) against a draft
with ``governance.policy.evaluate`` and reports which outcomes would change.

Decisions that the registry gate took before any classification (workload
not approved, destination not allowed, ...) carry no level; a policy cannot
change them, so they are counted as ``not_replayable`` and left out. The
destination is judged as it is catalogued today, as the draft would judge it
once published.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from classifier.types import SensitivityLevel
from governance.models import Decision, Destination
from governance.policy import PolicySubject, evaluate

OUTCOMES = ("allow", "redact", "deny")
MAX_DECISIONS = 200_000
MAX_CHANGES_LISTED = 200


@dataclass(frozen=True)
class ChangedDecision:
    """One stored decision the draft would decide differently."""

    decision_id: str
    created_at: dt.datetime
    workload: str
    destination: str
    level: str
    categories: tuple[str, ...]
    recorded: str
    simulated: str
    reasons: tuple[str, ...]


@dataclass
class ChangeGroup:
    """Changed decisions with the same route, classification and outcomes, counted together."""

    workload: str
    destination: str
    level: str
    categories: tuple[str, ...]
    recorded: str
    simulated: str
    reasons: tuple[str, ...]
    count: int = 0
    latest_id: str = ""
    latest_at: dt.datetime | None = None


@dataclass
class SimulationResult:
    """Counts before and after, per outcome, and the decisions that change."""

    days: int
    since: dt.datetime
    replayed: int = 0
    not_replayable: int = 0
    truncated: bool = False
    recorded: Counter[str] = field(default_factory=Counter)
    simulated: Counter[str] = field(default_factory=Counter)
    transitions: Counter[tuple[str, str]] = field(default_factory=Counter)
    changes: list[ChangedDecision] = field(default_factory=list)
    changed_count: int = 0
    _groups: dict[tuple[Any, ...], ChangeGroup] = field(default_factory=dict, repr=False)

    @property
    def groups(self) -> list[ChangeGroup]:
        """The changed decisions grouped, most frequent first."""
        return sorted(self._groups.values(), key=lambda group: (-group.count, group.workload, group.destination))

    @property
    def rows(self) -> list[dict[str, Any]]:
        """Per outcome: recorded count, simulated count and the difference, for a table."""
        return [
            {
                "outcome": outcome,
                "recorded": self.recorded[outcome],
                "simulated": self.simulated[outcome],
                "delta": self.simulated[outcome] - self.recorded[outcome],
            }
            for outcome in OUTCOMES
        ]

    @property
    def transition_rows(self) -> list[dict[str, Any]]:
        return [
            {"recorded": before, "simulated": after, "count": count}
            for (before, after), count in sorted(self.transitions.items(), key=lambda item: -item[1])
            if before != after
        ]


def simulate_policy(
    *, policy: Mapping[str, Any], days: int = 30, now: dt.datetime | None = None, today: dt.date | None = None
) -> SimulationResult:
    """Replay the decisions of the last ``days`` days against ``policy`` (a validated policy document).

    Reads only; writes nothing. Identical classifications for the same
    workload and destination are evaluated once.
    """
    now = now or timezone.now()
    today = today or timezone.localdate(now)
    result = SimulationResult(days=days, since=now - dt.timedelta(days=days))
    destinations = {destination.pk: destination for destination in Destination.objects.all()}
    rows = (
        Decision.objects.filter(created_at__gte=result.since, created_at__lte=now)
        .order_by("-created_at")
        .values_list(
            "id",
            "created_at",
            "workload__slug",
            "destination_id",
            "outcome",
            "level",
            "categories",
            "unredactable_categories",
        )
    )
    cache: dict[tuple[Any, ...], tuple[str, tuple[str, ...]]] = {}
    for count, row in enumerate(rows.iterator(chunk_size=5000)):
        if count >= MAX_DECISIONS:
            result.truncated = True
            break
        decision_id, created_at, workload_slug, destination_id, recorded, level, categories, unredactable = row
        if not level or level not in SensitivityLevel.__members__:
            result.not_replayable += 1
            continue
        key = (workload_slug, destination_id, level, tuple(sorted(categories)), tuple(sorted(unredactable)))
        if key not in cache:
            outcome = evaluate(
                workload_slug=workload_slug,
                destination=destinations[destination_id],
                subject=PolicySubject(
                    level=SensitivityLevel[level],
                    categories=frozenset(categories),
                    unredactable_categories=frozenset(unredactable),
                ),
                policy=policy,
                today=today,
            )
            cache[key] = (outcome.outcome, tuple(reason.code for reason in outcome.reasons))
        simulated, reasons = cache[key]
        result.replayed += 1
        result.recorded[recorded] += 1
        result.simulated[simulated] += 1
        result.transitions[(recorded, simulated)] += 1
        if simulated != recorded:
            result.changed_count += 1
            group_key = (workload_slug, destination_id, level, tuple(sorted(categories)), recorded, simulated)
            group = result._groups.get(group_key)
            if group is None:
                group = result._groups[group_key] = ChangeGroup(
                    workload=workload_slug,
                    destination=destinations[destination_id].slug,
                    level=level,
                    categories=tuple(sorted(categories)),
                    recorded=recorded,
                    simulated=simulated,
                    reasons=reasons,
                    latest_id=str(decision_id),
                    latest_at=created_at,
                )
            group.count += 1
            if len(result.changes) < MAX_CHANGES_LISTED:
                result.changes.append(
                    ChangedDecision(
                        decision_id=str(decision_id),
                        created_at=created_at,
                        workload=workload_slug,
                        destination=destinations[destination_id].slug,
                        level=level,
                        categories=tuple(categories),
                        recorded=recorded,
                        simulated=simulated,
                        reasons=reasons,
                    )
                )
    return result
