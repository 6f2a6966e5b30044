"""The audit vocabulary (audit.actions): one spelling of every action and subject type, used by writers and readers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from audit.actions import AuditAction, SubjectType
from audit.checkpoints import checkpoint_create, verification_record, verify_log
from audit.models import AuditEvent
from governance import services
from reports import services as report_services
from tests.factories import SYSTEM, UserFactory, make_destination, make_workload

ROOT = Path(__file__).resolve().parents[2]
PROJECT_PACKAGES = (
    "access",
    "audit",
    "classifier",
    "config",
    "gateway",
    "governance",
    "identity",
    "integrations",
    "reports",
)
VOCABULARY = ROOT / "audit" / "actions.py"
AUDIT_WRITERS = {"record", "record_with_row", "_workload_transition"}


def _project_modules() -> list[Path]:
    return [
        path
        for package in PROJECT_PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts and path != VOCABULARY
    ]


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def literal_vocabulary_uses(source: str) -> list[str]:
    """Where ``source`` spells the vocabulary as a string literal instead of naming an enum member."""
    found = []
    action_values = {action.value for action in AuditAction}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and node.value in action_values:
            found.append(f"line {node.lineno}: {node.value!r}")
        if isinstance(node, ast.Call):
            writes = _called_name(node) in AUDIT_WRITERS
            for keyword in node.keywords:
                literal = isinstance(keyword.value, ast.Constant) and isinstance(keyword.value.value, str)
                if literal and (keyword.arg == "subject_type" or (writes and keyword.arg == "action")):
                    found.append(f"line {node.lineno}: {keyword.arg}={keyword.value.value!r}")  # type: ignore[attr-defined]
    return found


def test_the_vocabulary_has_one_member_per_value() -> None:
    assert len({action.value for action in AuditAction}) == len(AuditAction)
    assert len({subject.value for subject in SubjectType}) == len(SubjectType)


def test_the_scan_finds_literal_action_and_subject_names() -> None:
    source = (
        'record(actor=a, action="workload.register", subject_type="workload")\n'
        'record(actor=a, action="workload.typo", subject_type=SubjectType.WORKLOAD)\n'
        'AuditEvent.objects.filter(action="preflight.decision")\n'
        'parser.add_argument("--json", action="store_true")\n'
    )
    assert sorted(literal_vocabulary_uses(source)) == [
        "line 1: 'workload.register'",
        "line 1: action='workload.register'",
        "line 1: subject_type='workload'",
        "line 2: action='workload.typo'",
        "line 3: 'preflight.decision'",
    ]


def test_no_module_spells_an_action_or_subject_type_as_a_string() -> None:
    offenders = {
        str(path.relative_to(ROOT)): uses
        for path in _project_modules()
        if (uses := literal_vocabulary_uses(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, "name the member of audit.actions.AuditAction / SubjectType instead"


@pytest.mark.django_db
def test_every_event_of_a_representative_flow_is_in_the_vocabulary(client: Client) -> None:
    workload = make_workload(approve=True)
    make_destination()
    services.workload_update(actor=SYSTEM, workload=workload, purpose="Answers support tickets.")
    key, _plaintext = services.servicekey_create(actor=SYSTEM, name="svc", workloads=[workload])
    services.servicekey_rotate(actor=SYSTEM, key=key)
    services.policy_ensure_default(actor=SYSTEM)
    services.workload_suspend(actor=SYSTEM, workload=workload, reason="review")
    report_services.registration_update(actor=SYSTEM, workload=workload, trade_name="Helpdesk")
    incident = report_services.incident_record(
        actor=SYSTEM, workload=workload, title="Wrong advice", description="-", aware_at=timezone.now(), category="a"
    )
    report_services.incident_close(actor=SYSTEM, incident=incident, note="Not serious.")
    checkpoint_create(actor=SYSTEM)
    verification_record(verify_log(), actor=SYSTEM)
    client.force_login(UserFactory.create())
    assert client.get("/keys/").status_code == 403  # no role: an access.denied event

    written = set(AuditEvent.objects.values_list("action", "subject_type"))
    assert len(written) >= 12
    assert {action for action, _ in written} <= {action.value for action in AuditAction}
    assert {subject for _, subject in written} <= {subject.value for subject in SubjectType}
