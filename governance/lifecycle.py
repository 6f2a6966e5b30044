"""Which lifecycle moves a workload may make, and what each requires.

draft -> approved -> suspended -> approved (re-approval) ...
draft | approved | suspended -> retired (final)

Only approved workloads may be used by the pre-flight check. A prohibited
workload can never be approved; a high-risk one needs a human-oversight
contact and at least six months of log retention (Art. 19(1), 26(6)).
"""

from __future__ import annotations

from governance.models import Workload

S = Workload.Status

ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    S.DRAFT: frozenset({S.APPROVED, S.RETIRED}),
    S.APPROVED: frozenset({S.SUSPENDED, S.RETIRED}),
    S.SUSPENDED: frozenset({S.APPROVED, S.RETIRED}),
    S.RETIRED: frozenset(),
}

HIGH_RISK_MIN_RETENTION_DAYS = 183


class InvalidTransition(Exception):
    """A lifecycle move the rules above do not allow."""

    def __init__(self, message: str, *, current: str, requested: str):
        super().__init__(message)
        self.current = current
        self.requested = requested


def check_transition(workload: Workload, target: str) -> None:
    if target not in ALLOWED_TRANSITIONS[workload.status]:
        raise InvalidTransition(
            f"A {workload.status} workload cannot become {target}.", current=workload.status, requested=target
        )
    if target == S.APPROVED:
        problems = approval_blockers(workload)
        if problems:
            raise InvalidTransition(" ".join(problems), current=workload.status, requested=target)


def approval_blockers(workload: Workload) -> list[str]:
    """What stops ``workload`` from being approved, in words; empty when nothing does."""
    problems: list[str] = []
    if workload.tier == Workload.Tier.PROHIBITED:
        problems.append("A workload screened as a prohibited practice (Art. 5) can never be approved.")
    if workload.tier == Workload.Tier.HIGH_RISK:
        if not workload.oversight_contact:
            problems.append("A high-risk workload needs a human-oversight contact (Art. 26(2)).")
        if workload.log_retention_days < HIGH_RISK_MIN_RETENTION_DAYS:
            problems.append(
                f"A high-risk workload must keep logs at least {HIGH_RISK_MIN_RETENTION_DAYS} days (Art. 19(1), 26(6))."
            )
    return problems
