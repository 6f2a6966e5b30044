"""When a serious incident must be reported to the market surveillance authority (EU AI Act Art. 73).

The rules, counted from the moment the provider (or, where applicable, the
deployer) became aware of the serious incident; every rule that applies gives
a deadline and the shortest one wins:

1. 15 days: every serious incident (Art. 73(2)).
2. 10 days: the incident caused the death of a person (Art. 73(4)).
3. 2 days: a widespread infringement (Art. 3(61)) or a serious incident under
   Art. 3(49)(b), a serious and irreversible disruption of the management or
   operation of critical infrastructure (Art. 73(3)).

An incident is overdue when it has not been reported and the deadline has
passed. An initial, incomplete report may be made first and completed later
(Art. 73(5)); marking an incident reported records that first report.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

DEFAULT_DAYS = 15
DEATH_DAYS = 10
WIDESPREAD_OR_CRITICAL_INFRASTRUCTURE_DAYS = 2
CRITICAL_INFRASTRUCTURE_CATEGORY = "b"


@dataclass(frozen=True)
class ReportDeadline:
    """The deadline of one incident and the rule that set it."""

    days: int
    due_at: dt.datetime
    rule: str


@dataclass(frozen=True)
class DeadlineStatus:
    """Where an incident stands against its deadline at a given moment."""

    deadline: ReportDeadline
    days_left: int
    overdue: bool


def report_deadline(
    *, aware_at: dt.datetime, category: str, died: bool, widespread_infringement: bool
) -> ReportDeadline:
    """The Art. 73 deadline: the shortest of the rules in the module docstring that apply. Pure."""
    candidates = [(DEFAULT_DAYS, "Art. 73(2): 15 days after becoming aware.")]
    if died:
        candidates.append((DEATH_DAYS, "Art. 73(4): 10 days in the event of a death."))
    if widespread_infringement:
        candidates.append(
            (WIDESPREAD_OR_CRITICAL_INFRASTRUCTURE_DAYS, "Art. 73(3): 2 days for a widespread infringement.")
        )
    if category == CRITICAL_INFRASTRUCTURE_CATEGORY:
        candidates.append(
            (
                WIDESPREAD_OR_CRITICAL_INFRASTRUCTURE_DAYS,
                "Art. 73(3): 2 days for a serious disruption of critical infrastructure (Art. 3(49)(b)).",
            )
        )
    days, rule = min(candidates, key=lambda candidate: candidate[0])
    return ReportDeadline(days=days, due_at=aware_at + dt.timedelta(days=days), rule=rule)


def deadline_status(
    *,
    aware_at: dt.datetime,
    category: str,
    died: bool,
    widespread_infringement: bool,
    reported_at: dt.datetime | None,
    now: dt.datetime,
) -> DeadlineStatus:
    """The deadline, whole days left (negative once passed, rounded down) and whether the report is overdue."""
    deadline = report_deadline(
        aware_at=aware_at, category=category, died=died, widespread_infringement=widespread_infringement
    )
    days_left = math.floor((deadline.due_at - now).total_seconds() / 86400)
    return DeadlineStatus(deadline=deadline, days_left=days_left, overdue=reported_at is None and now > deadline.due_at)
