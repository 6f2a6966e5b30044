"""Verify chain now (issue 12, item 10): one verification at a time, in the worker, with progress and a kept result."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django import DjangoCaptureOnCommitCallbacks, Settings

from audit.actors import Actor
from audit.models import AuditEvent, VerificationRun
from audit.verification import verification_execute, verification_start
from tests.audit.conftest import Append

OFFICER = Actor(type="user", id="7", label="olivia")


@pytest.mark.django_db(transaction=True)
def test_concurrent_starts_share_one_run() -> None:
    # Six at once, as in the issue: each used to start its own pass over the log in a web worker.
    starters = 6
    barrier = threading.Barrier(starters)
    results: list[tuple[int, bool]] = []
    errors: list[BaseException] = []

    def start() -> None:
        try:
            barrier.wait()
            run, created = verification_start(actor=OFFICER, enqueue=False)
            results.append((run.pk, created))
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=start) for _ in range(starters)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert VerificationRun.objects.count() == 1
    run = VerificationRun.objects.get()
    assert [run_id for run_id, _created in results] == [run.pk] * starters
    assert sum(created for _run_id, created in results) == 1  # one start queued the one task
    assert run.status == VerificationRun.Status.QUEUED and run.in_flight


@pytest.mark.django_db
def test_starting_while_a_run_is_in_flight_shows_that_run_and_queues_no_task(
    auditor_client: Client, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    running, _created = verification_start(actor=OFFICER, enqueue=False)
    VerificationRun.objects.filter(pk=running.pk).update(
        status=VerificationRun.Status.RUNNING, checked=4000, total=9000, heartbeat_at=timezone.now()
    )
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = auditor_client.post("/audit/verify/start/", follow=True)
    assert callbacks == []  # no second task
    assert VerificationRun.objects.count() == 1
    assert response.redirect_chain == [(f"/audit/verify/{running.pk}/", 302)]
    html = response.content.decode()
    assert "A verification started by olivia is already running" in html
    assert "Verifying… 4000 of 9000 events." in html and 'hx-trigger="every 1s"' in html
    # The verify page itself shows the run in flight instead of a start button.
    page = auditor_client.get("/audit/verify/").content.decode()
    assert "Verifying… 4000 of 9000 events." in page and "Verify chain now</button>" not in page


@pytest.mark.django_db
def test_a_run_records_progress_while_it_verifies_and_keeps_its_result(
    append: Append, auditor_client: Client, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    append(10_001)  # the verifier reports progress every 10,000 events
    with CaptureQueriesContext(connection) as queries, django_capture_on_commit_callbacks(execute=True):
        response = auditor_client.post("/audit/verify/start/")
    run = VerificationRun.objects.get()
    assert response["Location"] == f"/audit/verify/{run.pk}/"
    progress_updates = [
        query["sql"] for query in queries if query["sql"].startswith('UPDATE "audit_verificationrun" SET "checked"')
    ]
    assert len(progress_updates) == 1 and '"checked" = 10000,' in progress_updates[0]

    assert run.status == VerificationRun.Status.DONE and not run.in_flight
    assert run.checked == run.total == 10_001 and run.result is not None and run.result["ok"] is True
    event = AuditEvent.objects.get(action="audit.verify")
    assert (event.seq, event.actor_label, event.payload) == (run.event_seq, "arthur", run.result)
    # Kept: the verify page shows the last verification after the run, and a new start is allowed again.
    page = auditor_client.get("/audit/verify/").content.decode()
    assert "Intact" in page and "10001" in page and "Verify chain now</button>" in page
    assert auditor_client.get(f"/audit/verify/{run.pk}/").content.decode().count("The chain is intact.") == 1
    assert verification_start(actor=OFFICER, enqueue=False)[1] is True


@pytest.mark.django_db
def test_a_duplicate_delivery_of_the_task_does_not_verify_twice(append: Append) -> None:
    append(3)
    run, _created = verification_start(actor=OFFICER, enqueue=False)
    verification_execute(run_id=run.pk)
    verification_execute(run_id=run.pk)
    assert AuditEvent.objects.filter(action="audit.verify").count() == 1
    run.refresh_from_db()
    assert run.result is not None
    assert run.status == VerificationRun.Status.DONE and run.result == {**run.result, "ok": True, "checked": 3}


@pytest.mark.django_db
def test_a_run_whose_worker_died_is_given_up_and_a_new_one_starts(settings: Settings, auditor_client: Client) -> None:
    settings.CUSTOS_AUDIT_VERIFY_STALE_S = 60
    dead, _created = verification_start(actor=OFFICER, enqueue=False)
    silent_since = timezone.now() - dt.timedelta(seconds=61)
    VerificationRun.objects.filter(pk=dead.pk).update(status=VerificationRun.Status.RUNNING, heartbeat_at=silent_since)
    assert auditor_client.get("/audit/verify/").content.decode().count("Verifying…") == 1  # not stale to the page

    fresh, created = verification_start(actor=OFFICER, enqueue=False)
    dead.refresh_from_db()
    assert created and fresh.pk != dead.pk
    assert dead.status == VerificationRun.Status.FAILED and not dead.in_flight
    assert "stopped reporting progress" in dead.error
    failed_page = auditor_client.get(f"/audit/verify/{dead.pk}/").content.decode()
    assert f"Run #{dead.pk} could not finish" in failed_page


@pytest.mark.django_db
def test_a_failed_run_is_shown_on_the_verify_page(auditor_client: Client) -> None:
    run, _created = verification_start(actor=OFFICER, enqueue=False)
    VerificationRun.objects.filter(pk=run.pk).update(
        status=VerificationRun.Status.FAILED, in_flight=False, error="OperationalError: the database went away"
    )
    page = auditor_client.get("/audit/verify/").content.decode()
    assert f"The last run (#{run.pk}, by olivia) could not finish: OperationalError" in page
    assert "Verify chain now</button>" in page
