"""The dashboard's numbers, and the geometry of its inline SVG charts.

Charts are drawn on the server as plain SVG (no chart library, nothing
inline for the CSP to refuse): this module computes coordinates, the
templates only place them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone

from audit import selectors as audit_selectors
from governance.decision_log import decision_log_trust
from governance.models import Decision, Destination, Incident, Level, Workload
from governance.policy import TRANSFER_BASES, transfer_basis
from governance.strategy import LABELS, recommend_deployment
from governance.transfer_warnings import BASIS_LABELS

OUTCOMES = ("allow", "redact", "deny")
MAX_REASON_ROWS = 50_000

# --- decisions over time ---------------------------------------------------------


@dataclass(frozen=True)
class DayBar:
    """One day's stacked bar: one segment per outcome, in SVG user units."""

    day: dt.date
    x: float
    width: float
    total: int
    segments: tuple[dict[str, Any], ...]
    label: str
    label_x: float = 0.0
    label_anchor: str = "middle"


@dataclass
class DecisionChart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    plot_left: int
    bars: list[DayBar] = field(default_factory=list)
    ticks: list[dict[str, Any]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    max_value: int = 0

    @property
    def empty(self) -> bool:
        return not any(self.totals.values())


def decision_counts_by_day(*, days: int = 30, now: dt.datetime | None = None) -> dict[dt.date, Counter[str]]:
    """Decisions per UTC day and outcome, for the last ``days`` days including today."""
    now = now or timezone.now()
    first_day = (now - dt.timedelta(days=days - 1)).date()
    since = dt.datetime.combine(first_day, dt.time.min, tzinfo=dt.UTC)
    rows = (
        Decision.objects.filter(created_at__gte=since)
        .annotate(day=TruncDate("created_at", tzinfo=dt.UTC))
        .values("day", "outcome")
        .annotate(n=Count("id"))
    )
    counts: dict[dt.date, Counter[str]] = {first_day + dt.timedelta(days=i): Counter() for i in range(days)}
    for row in rows:
        if row["day"] in counts:
            counts[row["day"]][row["outcome"]] += row["n"]
    return counts


def decision_chart(*, days: int = 30, now: dt.datetime | None = None) -> DecisionChart:
    """A stacked bar chart of decisions per day by outcome (allow at the bottom, deny on top)."""
    counts = decision_counts_by_day(days=days, now=now)
    chart = DecisionChart(width=720, height=240, plot_top=12, plot_bottom=204, plot_left=44)
    chart.totals = {outcome: sum(day[outcome] for day in counts.values()) for outcome in OUTCOMES}
    chart.max_value = max((sum(day.values()) for day in counts.values()), default=0)
    scale_max = _nice_ceiling(chart.max_value)
    plot_height = chart.plot_bottom - chart.plot_top
    slot = (chart.width - chart.plot_left - 8) / max(len(counts), 1)
    for index, (day, per_outcome) in enumerate(counts.items()):
        x = chart.plot_left + index * slot + slot * 0.15
        y = float(chart.plot_bottom)
        segments = []
        for outcome in OUTCOMES:
            value = per_outcome[outcome]
            height = plot_height * value / scale_max if scale_max else 0
            y -= height
            if value:
                segments.append({"outcome": outcome, "y": round(y, 2), "height": round(height, 2), "value": value})
        last = index == len(counts) - 1
        label = day.strftime("%d %b") if (index % 5 == 0 and index < len(counts) - 3) or last else ""
        chart.bars.append(
            DayBar(
                day=day,
                x=round(x, 2),
                width=round(slot * 0.7, 2),
                total=sum(per_outcome.values()),
                segments=tuple(segments),
                label=label,
                label_x=round(x + slot * 0.7 if last else x + slot * 0.35, 2),
                label_anchor="end" if last else "middle",
            )
        )
    for fraction in (0, 0.25, 0.5, 0.75, 1):
        value = round(scale_max * fraction)
        chart.ticks.append({"value": value, "y": round(chart.plot_bottom - plot_height * fraction, 2)})
    return chart


def _nice_ceiling(value: int) -> int:
    """The smallest of 1, 2, 4, 5 or 10 times a power of ten that is at least ``value`` (and divisible by 4)."""
    if value <= 0:
        return 0
    magnitude = 1
    while magnitude * 10 < value:
        magnitude *= 10
    for step in (1, 2, 4, 8, 10):
        if step * magnitude >= value and (step * magnitude) % 4 == 0:
            return step * magnitude
    return 12 * magnitude


# --- denial reasons, registry and catalogue summaries ----------------------------------


def top_denial_reasons(*, days: int = 30, limit: int = 8, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """The most frequent reason codes of deny decisions in the window, with a sample message."""
    since = (now or timezone.now()) - dt.timedelta(days=days)
    counts: Counter[str] = Counter()
    messages: dict[str, str] = {}
    rows = (
        Decision.objects.filter(outcome=Decision.Outcome.DENY, created_at__gte=since)
        .order_by()
        .values_list("reasons", flat=True)[:MAX_REASON_ROWS]
    )
    for reasons in rows:
        for reason in reasons or []:
            code = reason.get("code", "unknown")
            counts[code] += 1
            messages.setdefault(code, reason.get("message", ""))
    top = counts.most_common(limit)
    largest = top[0][1] if top else 0
    return [
        {
            "code": code,
            "message": messages[code],
            "count": count,
            "percent": round(100 * count / largest) if largest else 0,
        }
        for code, count in top
    ]


def workloads_by_tier_and_status() -> dict[str, Any]:
    """A tier x status matrix of workload counts, with row and column totals."""
    counts = Counter((row["tier"], row["status"]) for row in Workload.objects.order_by().values("tier", "status"))
    statuses = list(Workload.Status)
    rows = []
    for tier in Workload.Tier:
        cells: list[dict[str, Any]] = [
            {"status": status.value, "count": counts[(tier.value, status.value)]} for status in statuses
        ]
        rows.append({"tier": tier.value, "label": tier.label, "cells": cells, "total": sum(c["count"] for c in cells)})
    return {
        "statuses": [{"value": s.value, "label": s.label} for s in statuses],
        "rows": rows,
        "total": sum(counts.values()),
        "column_totals": [sum(counts[(t.value, s.value)] for t in Workload.Tier) for s in statuses],
    }


def destinations_by_jurisdiction(*, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Active destinations per country, with the transfer basis each one really has (GDPR Chapter V).

    The basis is ``governance.policy.transfer_basis`` of each destination, not
    the country's standing: a US destination without a mechanism counts as
    "no transfer basis" even though the US has an adequacy decision.
    """
    today = today or timezone.localdate()
    by_country: dict[str, list[Destination]] = {}
    for destination in Destination.objects.filter(active=True).order_by("slug"):
        by_country.setdefault(destination.jurisdiction, []).append(destination)
    largest = max((len(found) for found in by_country.values()), default=0)
    result = []
    for country, found in by_country.items():
        bases = Counter(transfer_basis(d, today=today) for d in found)
        on_prem = sum(1 for d in found if d.kind == Destination.Kind.ON_PREM)
        result.append(
            {
                "country": country,
                "on_prem": on_prem,
                "external": len(found) - on_prem,
                "total": len(found),
                "bases": [
                    {"basis": basis, "label": BASIS_LABELS[basis], "count": bases[basis]}
                    for basis in TRANSFER_BASES
                    if bases[basis]
                ],
                "unsafe": bases["none"],
                "percent": round(100 * len(found) / max(largest, 1)),
            }
        )
    return sorted(result, key=lambda row: (-row["total"], row["country"]))


def chain_status() -> dict[str, Any]:
    """Head of the audit chain, the latest signed checkpoint, the latest verification and what it covers.

    The dashboard's decision counts come from decision rows; ``decisions`` says
    up to where the last full verification checked them against the log.
    """
    head = audit_selectors.chain_head()
    checkpoint = audit_selectors.latest_checkpoint()
    verification = audit_selectors.last_verification()
    return {
        "head": head,
        "checkpoint": checkpoint,
        "uncheckpointed": head.seq - checkpoint.tree_size if checkpoint else head.seq,
        "verification": verification,
        "decisions": decision_log_trust(),
    }


def open_incidents(*, now: dt.datetime | None = None, limit: int = 10) -> list[dict[str, Any]]:
    """Serious incidents not yet reported, with their Art. 73 deadline, the most urgent first."""
    now = now or timezone.now()
    rows: list[dict[str, Any]] = []
    for incident in Incident.objects.filter(status=Incident.Status.OPEN).select_related("workload"):
        status = incident.deadline_status(now)
        rows.append(
            {
                "incident": incident,
                "deadline": status.deadline,
                "days_left": status.days_left,
                "overdue": status.overdue,
            }
        )
    return sorted(rows, key=lambda row: row["deadline"].due_at)[:limit]


# --- the hybrid-strategy map -------------------------------------------------------

_LEVEL_INDEX = {Level.LOW: 0, Level.MEDIUM: 1, Level.HIGH: 2}


@dataclass(frozen=True)
class MapPoint:
    workload: Workload
    x: float
    y: float
    residency: str
    deployment: str
    deployment_label: str
    reason: str
    label_x: float = 0.0
    label_anchor: str = "start"


@dataclass
class StrategyMap:
    width: int = 640
    height: int = 420
    left: int = 70
    right: int = 620
    top: int = 20
    bottom: int = 360
    points: list[MapPoint] = field(default_factory=list)
    x_ticks: list[dict[str, Any]] = field(default_factory=list)
    y_ticks: list[dict[str, Any]] = field(default_factory=list)
    deployments: list[dict[str, str]] = field(default_factory=list)
    inset: int = 45  # keeps points off the axes

    @property
    def plot_width(self) -> int:
        return self.right - self.left

    @property
    def plot_height(self) -> int:
        return self.bottom - self.top

    @property
    def center_x(self) -> int:
        return (self.left + self.right) // 2

    @property
    def center_y(self) -> int:
        return (self.top + self.bottom) // 2


def strategy_map(workloads: list[Workload]) -> StrategyMap:
    """Place each workload by quality priority (y) against volume and cost sensitivity (x).

    x is the sum of the request-volume and cost-sensitivity answers (0..4), so
    the right of the map is where an on-prem open model pays off; workloads on
    the same spot are spread in a small circle so every one stays visible.
    """
    chart = StrategyMap()
    span_x = (chart.plot_width - 2 * chart.inset) / 4
    span_y = (chart.plot_height - 2 * chart.inset) / 2
    origin_x, origin_y = chart.left + chart.inset, chart.bottom - chart.inset
    by_cell: dict[tuple[int, int], list[Workload]] = {}
    for workload in workloads:
        cell = (
            _LEVEL_INDEX[Level(workload.request_volume)] + _LEVEL_INDEX[Level(workload.cost_sensitivity)],
            _LEVEL_INDEX[Level(workload.quality_priority)],
        )
        by_cell.setdefault(cell, []).append(workload)
    for (cx, cy), members in sorted(by_cell.items()):
        for index, workload in enumerate(members):
            dx, dy = _spread(index, len(members))
            recommendation = recommend_deployment(
                quality_priority=workload.quality_priority,
                request_volume=workload.request_volume,
                cost_sensitivity=workload.cost_sensitivity,
                residency_need=workload.residency_need,
            )
            chart.points.append(
                MapPoint(
                    workload=workload,
                    x=round(origin_x + cx * span_x + dx, 1),
                    y=round(origin_y - cy * span_y + dy, 1),
                    residency=workload.residency_need,
                    deployment=recommendation.deployment,
                    deployment_label=recommendation.label,
                    reason=recommendation.reason,
                    label_x=round(origin_x + cx * span_x + dx + (-17 if cx >= 3 else 17), 1),
                    label_anchor="end" if cx >= 3 else "start",
                )
            )
    x_labels = ["Low", "", "Medium", "", "High"]
    chart.x_ticks = [{"x": round(origin_x + i * span_x, 1), "label": label} for i, label in enumerate(x_labels)]
    chart.y_ticks = [
        {"y": round(origin_y - i * span_y, 1), "label": label} for i, label in enumerate(["Low", "Medium", "High"])
    ]
    chart.deployments = [{"value": value, "label": label} for value, label in LABELS.items()]
    return chart


def _spread(index: int, count: int) -> tuple[float, float]:
    if count == 1:
        return 0.0, 0.0
    radius = 14 + 2 * count
    angle = 2 * math.pi * index / count
    return radius * math.cos(angle), radius * math.sin(angle)
