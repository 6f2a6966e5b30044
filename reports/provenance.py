"""What every report says about itself: who it is from, for which period, when, by whom, and where the log stood.

A report is a reading of the registry and the log at one moment. Its header
names the organisation (``CUSTOS_ORGANISATION_NAME``), the period, the moment
of generation in UTC and in the organisation's time zone, the person, the head
of the hash-chained audit log (seq and hash) and the signed checkpoint that
covers it, so that a reader can check the log was not rewritten after the
report was made (docs/audit.md). A PDF's own SHA-256 cannot be printed inside
it; the log records it (``report.generated``) and the footer says where to check.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from audit import selectors as audit_selectors
from audit.models import Checkpoint
from reports.builders import Period


@dataclass(frozen=True)
class Provenance:
    """The header of one report."""

    organisation: str
    title: str
    period: Period | None
    generated_at: dt.datetime  # UTC
    time_zone: str
    generated_by: str
    head_seq: int
    head_hash: str
    checkpoint: Checkpoint | None
    checkpoint_note: str = ""  # why no checkpoint covers the head, when one does not

    @property
    def generated_at_local(self) -> dt.datetime:
        return self.generated_at.astimezone(zoneinfo.ZoneInfo(self.time_zone))

    @property
    def generated_at_utc_text(self) -> str:
        return f"{self.generated_at:%Y-%m-%d %H:%M:%S} UTC"

    @property
    def generated_at_local_text(self) -> str:
        return f"{self.generated_at_local:%Y-%m-%d %H:%M:%S %Z} ({self.time_zone})"

    @property
    def period_text(self) -> str:
        if self.period is None:
            return ""
        since, until = self.period.since.astimezone(dt.UTC), self.period.until.astimezone(dt.UTC)
        return f"from {since:%Y-%m-%d %H:%M} UTC up to {until:%Y-%m-%d %H:%M} UTC (end excluded)"

    @property
    def checkpoint_covers_head(self) -> bool:
        return self.checkpoint is not None and self.checkpoint.tree_size >= self.head_seq

    @property
    def uncovered_events(self) -> int:
        """Events after the newest checkpoint (the next periodic checkpoint signs them)."""
        return self.head_seq - (self.checkpoint.tree_size if self.checkpoint else 0)


def report_provenance(
    *,
    title: str,
    generated_by: str,
    period: Period | None = None,
    checkpoint_note: str = "",
    head: audit_selectors.ChainHead | None = None,
) -> Provenance:
    """The header for a report generated now: the chain head (current unless given) and the newest checkpoint."""
    head = head or audit_selectors.chain_head()
    return Provenance(
        organisation=settings.CUSTOS_ORGANISATION_NAME,
        title=title,
        period=period,
        generated_at=timezone.now().astimezone(dt.UTC),
        time_zone=settings.CUSTOS_ORGANISATION_TIME_ZONE,
        generated_by=generated_by,
        head_seq=head.seq,
        head_hash=head.hash,
        checkpoint=audit_selectors.latest_checkpoint(),
        checkpoint_note=checkpoint_note,
    )
