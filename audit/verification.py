"""Verify chain now: single-flight runs of ``verify_log`` over the whole log, in a Celery worker.

A run is a ``VerificationRun`` row. At most one is queued or running at a time,
across every web and worker process: a run holds ``in_flight`` and a partial
unique index lets only one row hold it, so a second start gets the run already
in flight instead of a second pass over the log. The worker records progress
(events verified of the total) on the row; at the end it records the result
on the row and as an ``audit.verify`` event, which the dashboard reads. A run
that has not reported for ``CUSTOS_AUDIT_VERIFY_STALE_S`` (its worker was
killed, or no worker took it) is given up, so it cannot block later runs.
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import partial
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from audit import selectors
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.checkpoints import LogReport, verify_log
from audit.models import VerificationRun
from audit.services import record

logger = logging.getLogger(__name__)

_START_ATTEMPTS = 3


class VerificationBusyError(Exception):
    """Raised when no run could be started nor an in-flight one found (they kept finishing in between)."""


def verification_start(*, actor: Actor, enqueue: bool = True) -> tuple[VerificationRun, bool]:
    """Queue a verification of the whole log, or return the one in flight.

    Returns ``(run, created)``. With ``enqueue`` the task is sent when the row
    commits (in the embedded mode it then runs at once, in this process).
    """
    for _attempt in range(_START_ATTEMPTS):
        verification_give_up_stale()
        try:
            with transaction.atomic():
                run = VerificationRun.objects.create(
                    total=selectors.event_count(),
                    actor_type=actor.type,
                    actor_id=actor.id,
                    actor_label=actor.label,
                )
                if enqueue:
                    from audit.tasks import verification_run  # the task module imports this one

                    transaction.on_commit(partial(verification_run.delay, run.pk))
            return run, True
        except IntegrityError:
            # Another start holds the single-flight slot (the insert waited for it to commit).
            in_flight = selectors.verification_in_flight()
            if in_flight is not None:
                return in_flight, False
    raise VerificationBusyError("Verifications kept starting and finishing; try again.")


def verification_give_up_stale(*, now: dt.datetime | None = None) -> int:
    """Mark failed the in-flight runs that stopped reporting; returns how many."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(seconds=settings.CUSTOS_AUDIT_VERIFY_STALE_S)
    in_flight = VerificationRun.objects.filter(in_flight=True)
    never_started = in_flight.filter(status=VerificationRun.Status.QUEUED, created_at__lt=cutoff).update(
        status=VerificationRun.Status.FAILED,
        in_flight=False,
        finished_at=now,
        error="No worker started this run; is the Celery worker running?",
    )
    stopped = in_flight.filter(status=VerificationRun.Status.RUNNING, heartbeat_at__lt=cutoff).update(
        status=VerificationRun.Status.FAILED,
        in_flight=False,
        finished_at=now,
        error="The worker stopped reporting progress (it was stopped or killed).",
    )
    return never_started + stopped


def verification_execute(*, run_id: int) -> VerificationRun:
    """Run one queued verification: progress on the row, result on the row and as ``audit.verify``.

    A run that is not queued (a duplicate delivery, or one given up) is left
    as it is. A failure marks the run failed and is logged, not raised: the
    officer starts a new run.
    """
    with transaction.atomic():
        run = VerificationRun.objects.select_for_update().get(pk=run_id)
        if run.status != VerificationRun.Status.QUEUED:
            return run
        now = timezone.now()
        run.status, run.started_at, run.heartbeat_at = VerificationRun.Status.RUNNING, now, now
        run.total = selectors.event_count()
        run.save(update_fields=["status", "started_at", "heartbeat_at", "total"])

    def progress(checked: int) -> None:
        VerificationRun.objects.filter(pk=run_id, status=VerificationRun.Status.RUNNING).update(
            checked=checked, heartbeat_at=timezone.now()
        )

    try:
        report = verify_log(progress=progress)
        with transaction.atomic():
            result = _result(report)
            event = record(
                actor=Actor(type=run.actor_type, id=run.actor_id, label=run.actor_label),
                action=AuditAction.AUDIT_VERIFY,
                subject_type=SubjectType.AUDIT_LOG,
                subject_id="chain",
                payload=result,
            )
            run.status, run.in_flight, run.finished_at = VerificationRun.Status.DONE, False, timezone.now()
            run.checked, run.result, run.event_seq = report.chain.checked, result, event.seq
            run.save(update_fields=["status", "in_flight", "finished_at", "checked", "result", "event_seq"])
    except Exception as exc:
        logger.exception("verification run %s failed", run_id)
        _mark_failed(run, f"{type(exc).__name__}: {exc}")
    return run


def _result(report: LogReport) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "checked": report.chain.checked,
        "head_seq": report.chain.head_seq,
        "head_hash": report.chain.head_hash,
        "first_bad_seq": report.first_bad_seq,
        "checkpoints": report.checkpoints,
        "problems": [problem.message for problem in report.problems]
        + ([report.chain.problem] if not report.chain.ok else []),
    }


def _mark_failed(run: VerificationRun, error: str) -> None:
    run.status, run.in_flight, run.finished_at, run.error = (
        VerificationRun.Status.FAILED,
        False,
        timezone.now(),
        error[:2000],
    )
    try:
        run.save(update_fields=["status", "in_flight", "finished_at", "error"])
    except Exception:
        # The database itself may be what failed; the run is given up as stale later.
        logger.exception("could not mark verification run %s failed", run.pk)
