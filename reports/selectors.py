"""Reads of the reports app: generated reports by hash, FRIA versions and status."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Max

from audit.actions import AuditAction, SubjectType
from audit.models import AuditEvent
from governance.models import Workload
from reports.models import FundamentalRightsImpactAssessment


def report_events_for_hash(sha256: str) -> list[AuditEvent]:
    """The ``report.generated`` events that recorded a file with this SHA-256 (subject index), oldest first."""
    return list(
        AuditEvent.objects.filter(
            subject_type=SubjectType.REPORT, subject_id=sha256.lower(), action=AuditAction.REPORT_GENERATED
        ).order_by("seq")
    )


def fria_versions(workload: Workload) -> list[FundamentalRightsImpactAssessment]:
    """Every version of the workload's assessment, newest first."""
    return list(FundamentalRightsImpactAssessment.objects.filter(workload=workload).order_by("-version"))


def fria_latest(workload: Workload) -> FundamentalRightsImpactAssessment | None:
    return FundamentalRightsImpactAssessment.objects.filter(workload=workload).order_by("-version").first()


def fria_latest_by_workload(workload_ids: Iterable[int]) -> dict[int, FundamentalRightsImpactAssessment]:
    """The newest assessment of each workload that has one, in two queries."""
    newest = (
        FundamentalRightsImpactAssessment.objects.filter(workload_id__in=list(workload_ids))
        .values("workload_id")
        .annotate(v=Max("version"))
    )
    pairs = {(row["workload_id"], row["v"]) for row in newest}
    if not pairs:
        return {}
    rows = FundamentalRightsImpactAssessment.objects.filter(workload_id__in=[w for w, _v in pairs])
    return {row.workload_id: row for row in rows if (row.workload_id, row.version) in pairs}
