"""The Art. 73 deadline rules, one case each, and the overdue flag."""

from __future__ import annotations

import datetime as dt

import pytest

from governance.incidents import DeadlineStatus, deadline_status, report_deadline

AWARE = dt.datetime(2025, 3, 3, 9, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("category", "died", "widespread", "days", "article"),
    [
        ("a", False, False, 15, "73(2)"),  # serious harm to health, nobody died
        ("c", False, False, 15, "73(2)"),  # fundamental-rights infringement
        ("d", False, False, 15, "73(2)"),  # property or environment
        ("a", True, False, 10, "73(4)"),  # a death
        ("d", True, False, 10, "73(4)"),  # a death under another category still counts
        ("b", False, False, 2, "73(3)"),  # critical infrastructure disruption
        ("c", False, True, 2, "73(3)"),  # widespread infringement
        ("a", True, True, 2, "73(3)"),  # death and widespread: the shortest wins
        ("b", True, False, 2, "73(3)"),  # death and critical infrastructure: the shortest wins
    ],
)
def test_the_shortest_applicable_deadline_wins(
    category: str, died: bool, widespread: bool, days: int, article: str
) -> None:
    deadline = report_deadline(aware_at=AWARE, category=category, died=died, widespread_infringement=widespread)
    assert deadline.days == days
    assert deadline.due_at == AWARE + dt.timedelta(days=days)
    assert f"Art. {article}" in deadline.rule


def test_days_left_counts_down_and_goes_negative_once_passed() -> None:
    def status(now: dt.datetime, reported_at: dt.datetime | None = None) -> DeadlineStatus:
        return deadline_status(
            aware_at=AWARE, category="a", died=False, widespread_infringement=False, reported_at=reported_at, now=now
        )

    assert status(AWARE).days_left == 15
    assert status(AWARE + dt.timedelta(days=14, hours=12)).days_left == 0
    assert not status(AWARE + dt.timedelta(days=15)).overdue  # due at that very moment
    late = status(AWARE + dt.timedelta(days=15, seconds=1))
    assert late.overdue and late.days_left == -1
    assert status(AWARE + dt.timedelta(days=20)).days_left == -5


def test_a_reported_incident_is_never_overdue() -> None:
    status = deadline_status(
        aware_at=AWARE,
        category="b",
        died=False,
        widespread_infringement=False,
        reported_at=AWARE + dt.timedelta(days=5),
        now=AWARE + dt.timedelta(days=30),
    )
    assert status.deadline.days == 2
    assert not status.overdue
