"""Retention: configured log retention against the Art. 19(1) / 26(6) minimum."""

from __future__ import annotations

import pytest

from governance.models import Workload
from reports.builders import retention_report
from tests.factories import make_workload
from tests.reports.conftest import high_risk_provider

pytestmark = pytest.mark.django_db


def test_high_risk_workloads_below_six_months_are_flagged_first() -> None:
    high = high_risk_provider()
    # The services refuse this; a row edited outside them (admin, SQL) must still show up.
    Workload.objects.filter(pk=high.pk).update(log_retention_days=90)
    make_workload(
        slug="ok-high", screening={"annex_iii_area": 3, "profiles_natural_persons": True}, log_retention_days=365
    )
    make_workload(slug="minimal", log_retention_days=30)
    report = retention_report()
    rows = {row.workload: row for row in report.rows}
    assert report.rows[0].workload == "cv-screener"
    assert [row.workload for row in report.below_minimum] == ["cv-screener"]
    assert (rows["cv-screener"].minimum_days, rows["cv-screener"].shortfall_days) == (183, 93)
    assert not rows["ok-high"].below_minimum and rows["ok-high"].minimum_days == 183
    assert rows["minimal"].minimum_days is None and not rows["minimal"].below_minimum
    assert "never deleted by the application" in report.statement
    assert report.audit_events > 0
