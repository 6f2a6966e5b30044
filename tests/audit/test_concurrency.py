"""Concurrent writers never fork or skip the chain."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, transaction

from audit import services
from audit.actors import Actor
from audit.chain import verify_chain
from audit.models import AuditEvent
from tests.factories import unlisted_action, unlisted_subject

pytestmark = pytest.mark.django_db(transaction=True)
REPO = Path(__file__).resolve().parents[2]


def test_threads_appending_at_once_keep_one_unbroken_chain() -> None:
    writers, per_writer = 8, 25
    start = threading.Barrier(writers)
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            start.wait()
            for n in range(per_writer):
                with transaction.atomic():
                    services.record(
                        actor=Actor.system(f"thread-{worker}"),
                        action=unlisted_action("test.concurrent"),
                        subject_type=unlisted_subject("n"),
                        subject_id=n,
                    )
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert list(AuditEvent.objects.values_list("seq", flat=True)) == list(range(1, writers * per_writer + 1))
    report = verify_chain()
    assert report.ok, report.problem
    assert report.checked == writers * per_writer


WRITER = """
import django, sys
django.setup()
from django.db import transaction
from audit import services
from audit.actors import Actor
for n in range(int(sys.argv[1])):
    with transaction.atomic():
        services.record(actor=Actor.system(sys.argv[2]), action="test.process", subject_type="n", subject_id=n)
"""


def test_processes_appending_at_once_keep_one_unbroken_chain() -> None:
    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.test_settings",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT'] or 5432}/{database['NAME']}",
    }
    processes, per_process = 4, 30
    children = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(per_process), f"process-{i}"], cwd=REPO, env=env)
        for i in range(processes)
    ]
    assert [child.wait(timeout=120) for child in children] == [0] * processes
    report = verify_chain()
    assert report.ok, report.problem
    assert report.checked == processes * per_process
    assert set(AuditEvent.objects.values_list("actor_label", flat=True)) == {f"process-{i}" for i in range(processes)}
