"""Decision rows are append-only and bound to their preflight.decision events (issue 12, item 4).

The database refuses changes to decisions as it does to audit events; a
rewrite forced behind the triggers' back (as a superuser could), a decision
row deleted, or the log's tail deleted under its decisions are all named by
``audit_verify`` and by the cheaper checks the API, the decision page and the
Art. 12 summary use.
"""

from __future__ import annotations

import os
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.test import Client

from audit.checkpoints import verify_log
from governance import selectors
from governance.decision_log import DecisionUnverifiable, decision_check
from governance.models import Decision
from reports.builders import art12_summary, default_period
from tests.audit.conftest import tamper
from tests.world import World

pytestmark = pytest.mark.django_db

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
HEALTH = "Our employee John Miller was diagnosed with diabetes last month and needs reduced hours."
APP_ROLE = f"custos_app_test_{os.getpid()}"


def decide(world: World, destination: str, text: str) -> Decision:
    response = world.preflight(destination=destination, input=text)
    assert response.status_code == 200, response.content
    return Decision.objects.get(pk=response.json()["decision_id"])


def run_verify(*args: str) -> tuple[int, str]:
    out = StringIO()
    try:
        call_command("audit_verify", *args, stdout=out)
    except SystemExit as exit_info:
        return int(exit_info.code or 0), out.getvalue()
    return 0, out.getvalue()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE governance_decision SET outcome = 'allow'",
        "UPDATE governance_decision SET reasons = '[]'::jsonb, categories = '[]'::jsonb",
        "DELETE FROM governance_decision",
        "TRUNCATE governance_decision CASCADE",
    ],
)
def test_the_app_role_cannot_change_or_remove_decisions(world: World, statement: str) -> None:
    denied = decide(world, "eu-api", HEALTH)
    assert denied.outcome == "deny"
    # The application role as docs/deploy.md once granted it: every privilege on the table; the trigger still refuses.

    def change_as_the_app_role() -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the test's own INSERTs leave deferred FK checks pending
            cursor.execute(f"CREATE ROLE {APP_ROLE} NOLOGIN")
            cursor.execute(f"GRANT ALL ON governance_decision TO {APP_ROLE}")
            cursor.execute(f"SET LOCAL ROLE {APP_ROLE}")
            cursor.execute(statement)

    with pytest.raises(DatabaseError, match="append-only"):
        change_as_the_app_role()
    stored = Decision.objects.get(pk=denied.pk)
    assert (stored.outcome, stored.reasons) == ("deny", denied.reasons)


def test_the_orm_cannot_update_a_decision_either(world: World) -> None:
    denied = decide(world, "eu-api", HEALTH)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        Decision.objects.filter(pk=denied.pk).update(outcome="allow")


def test_an_intact_log_verifies_with_its_decisions(world: World) -> None:
    decisions = [decide(world, "eu-api", CLEAN), decide(world, "eu-api", HEALTH), decide(world, "onprem", HEALTH)]
    code, out = run_verify()
    assert code == 0, out
    assert all(decision_check(d) == "" for d in decisions)


def test_a_forced_rewrite_of_an_outcome_fails_verification_naming_the_decision(world: World) -> None:
    decide(world, "eu-api", CLEAN)
    denied = decide(world, "eu-api", HEALTH)
    decide(world, "eu-api", CLEAN)
    tamper("UPDATE governance_decision SET outcome = 'allow' WHERE id = %s", [denied.pk])

    code, out = run_verify()
    assert code == 1
    assert f"decision {denied.pk}: outcome 'allow' differs from its preflight.decision event" in out
    assert f"FAILED at seq {denied.audit_seq}" in out
    rewritten = Decision.objects.get(pk=denied.pk)
    assert "outcome 'allow' differs" in decision_check(rewritten)


@pytest.mark.parametrize(
    ("assignment", "named"),
    [
        ("reasons = '[]'::jsonb", "reasons []"),
        ("categories = '[\"financial\"]'::jsonb", "categories ['financial']"),
        ("level = 'PUBLIC'", "level 'PUBLIC'"),
        ("audit_seq = audit_seq + 1000", "which the log does not have"),
    ],
)
def test_every_bound_column_is_compared(world: World, assignment: str, named: str) -> None:
    denied = decide(world, "eu-api", HEALTH)
    tamper(f"UPDATE governance_decision SET {assignment} WHERE id = %s", [denied.pk])
    report = verify_log()
    assert not report.ok
    messages = [problem.message for problem in report.problems]
    assert any(named in message and str(denied.pk) in message for message in messages), messages


def test_a_deleted_tail_of_events_leaves_orphaned_decisions_reported(world: World) -> None:
    kept = decide(world, "eu-api", CLEAN)
    lost = [decide(world, "eu-api", HEALTH), decide(world, "eu-api", CLEAN)]
    tamper("DELETE FROM audit_auditevent WHERE seq >= %s", [lost[0].audit_seq])

    code, out = run_verify()
    assert code == 1
    assert (
        f"decision {lost[0].pk} names seq {lost[0].audit_seq}, which the log does not have "
        f"(it ends at seq {lost[0].audit_seq - 1}); 2 decision row(s) lost their event"
    ) in out
    assert decision_check(kept) == ""
    assert (
        decision_check(Decision.objects.get(pk=lost[1].pk))
        == f"its audit event (seq {lost[1].audit_seq}) does not exist"
    )


def test_a_deleted_decision_row_leaves_its_event_reported(world: World) -> None:
    gone = decide(world, "eu-api", HEALTH)
    decide(world, "eu-api", CLEAN)
    tamper("DELETE FROM governance_decision WHERE id = %s", [gone.pk])
    code, out = run_verify()
    assert code == 1
    assert f"the preflight.decision event at seq {gone.audit_seq} (decision {gone.pk}) has no decision row" in out


def test_the_api_selector_refuses_a_decision_that_disagrees_with_its_event(world: World) -> None:
    denied = decide(world, "eu-api", HEALTH)
    assert selectors.decision_get_verified(str(denied.pk), service_key=world.key) == denied
    tamper("UPDATE governance_decision SET outcome = 'allow' WHERE id = %s", [denied.pk])
    with pytest.raises(DecisionUnverifiable, match="outcome 'allow' differs"):
        selectors.decision_get_verified(str(denied.pk), service_key=world.key)


def test_the_decisions_api_answers_409_for_a_decision_that_disagrees_with_its_event(world: World) -> None:
    denied = decide(world, "eu-api", HEALTH)
    assert world.client.get(f"/api/v1/decisions/{denied.pk}").json()["decision"] == "deny"
    tamper("UPDATE governance_decision SET outcome = 'allow' WHERE id = %s", [denied.pk])
    response = world.client.get(f"/api/v1/decisions/{denied.pk}")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "decision_unverifiable"
    assert "outcome 'allow' differs" in response.json()["error"]["message"]


def test_the_art12_summary_says_when_its_decisions_disagree_with_the_log(world: World) -> None:
    decide(world, "eu-api", CLEAN)
    denied = decide(world, "eu-api", HEALTH)
    assert art12_summary(world.workload, default_period()).log_mismatches == 0
    tamper("UPDATE governance_decision SET outcome = 'allow' WHERE id = %s", [denied.pk])
    summary = art12_summary(world.workload, default_period())
    assert summary.log_mismatches == 1
    assert str(denied.pk) in summary.log_first_mismatch


def test_the_dashboard_and_decision_page_say_when_decisions_do_not_verify(world: World, officer_client: Client) -> None:
    denied = decide(world, "eu-api", HEALTH)
    assert "has never been verified" in officer_client.get("/").content.decode()
    assert run_verify("--record")[0] == 0
    page = officer_client.get("/").content.decode()
    assert "has never been verified" not in page and "verification of the audit log failed" not in page

    tamper("UPDATE governance_decision SET outcome = 'allow' WHERE id = %s", [denied.pk])
    detail = officer_client.get(f"/decisions/{denied.pk}/").content.decode()
    assert "This decision row does not match the audit log: outcome &#x27;allow&#x27; differs" in detail
    assert run_verify("--record")[0] == 1
    page = officer_client.get("/").content.decode()
    assert "The last full verification of the audit log failed" in page
    assert str(denied.pk) in page
