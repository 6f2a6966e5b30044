"""audit_verify finds a row edited behind the triggers' back."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from audit import services
from audit.actors import Actor
from audit.chain import verify_chain
from tests.factories import unlisted_action, unlisted_subject

pytestmark = pytest.mark.django_db


def _append(count: int) -> None:
    with transaction.atomic():
        for n in range(count):
            services.record(
                actor=Actor.system("tests"),
                action=unlisted_action("test"),
                subject_type=unlisted_subject("n"),
                subject_id=n,
                payload={"n": n},
            )


def _tamper(sql: str, params: list[str | int]) -> None:
    """Change stored events as a superuser could, with the triggers switched off."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(sql, params)


def test_intact_chain_verifies_and_prints_the_head(capsys: pytest.CaptureFixture[str]) -> None:
    _append(5)
    call_command("audit_verify")
    assert "OK: 5 events, head seq 5" in capsys.readouterr().out


def test_edited_row_is_reported_with_its_seq(capsys: pytest.CaptureFixture[str]) -> None:
    _append(5)
    _tamper("UPDATE audit_auditevent SET payload = %s::jsonb WHERE seq = 3", ['{"n": 99}'])
    report = verify_chain()
    assert not report.ok and report.first_bad_seq == 3
    with pytest.raises(SystemExit) as exit_info:
        call_command("audit_verify")
    assert exit_info.value.code == 1
    assert "FAILED at seq 3" in capsys.readouterr().out


def test_deleted_row_is_reported_as_missing() -> None:
    _append(5)
    _tamper("DELETE FROM audit_auditevent WHERE seq = 4", [])
    report = verify_chain()
    assert not report.ok and report.first_bad_seq == 4
    assert "missing" in report.problem


def test_rehashed_row_still_breaks_the_link_to_the_next() -> None:
    """An attacker who recomputes the edited row's hash must rewrite every later row too."""
    _append(4)
    _tamper("UPDATE audit_auditevent SET hash = %s WHERE seq = 2", ["f" * 64])
    report = verify_chain()
    assert not report.ok and report.first_bad_seq == 2
