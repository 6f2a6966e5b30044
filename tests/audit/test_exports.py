"""Auditor exports: filters, bundle contents, the Export record and its audit events."""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from pytest_django import DjangoCaptureOnCommitCallbacks, Settings

from audit import services
from audit.actions import AuditAction
from audit.actors import Actor
from audit.checkpoints import checkpoint_create
from audit.exports import ExportFilters, export_create, export_run
from audit.models import AuditEvent, Checkpoint, Export
from tests.audit.conftest import Append
from tests.factories import unlisted_action, unlisted_subject

pytestmark = pytest.mark.django_db

ACTOR = Actor.system("auditor")


def record(action: str, subject_type: str = "thing", subject_id: str = "", **payload: object) -> AuditEvent:
    with transaction.atomic():
        return services.record(
            actor=ACTOR,
            action=unlisted_action(action),
            subject_type=unlisted_subject(subject_type),
            subject_id=subject_id,
            payload=payload,
        )


def read_lines(bundle: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (bundle / name).read_text().splitlines()]


def build(tmp_path: Path, name: str = "bundle", **filters: str) -> tuple[Export, Path]:
    export = export_create(actor=ACTOR, filters=filters, enqueue=False)
    out = tmp_path / name
    return export_run(export_id=export.pk, out=out), out


def test_full_export_bundle_contents(append: Append, tmp_path: Path) -> None:
    append(5, policy_version="p-1")
    export, out = build(tmp_path)
    assert sorted(p.name for p in out.iterdir()) == [
        "events.csv",
        "events.jsonl",
        "manifest.json",
        "manifest.sig",
        "proofs.jsonl",
    ]
    events = read_lines(out, "events.jsonl")
    assert [e["seq"] for e in events] == [1, 2, 3, 4, 5, 6]  # the five, then export.create
    stored = AuditEvent.objects.get(seq=2)
    assert events[1]["hash"] == stored.hash and events[1]["payload"] == stored.payload
    assert events[1]["created_at"].endswith("Z")
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"] == {"events": 6} and manifest["contiguous"] is True
    assert manifest["first"]["seq"] == 1 and manifest["last"]["seq"] == 6
    assert manifest["checkpoint"]["tree_size"] >= 6 and manifest["checkpoint"]["note"].startswith(
        "custos.local/audit\n"
    )
    assert manifest["policy_versions"] == ["p-1"]
    assert manifest["proofs"]["first"]["seq"] == 1 and manifest["proofs"]["last"]["seq"] == 6
    assert manifest["public_key"]["verifier_key"].startswith("custos.local/audit+")
    with (out / "events.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["seq"]) for r in rows] == [1, 2, 3, 4, 5, 6] and json.loads(rows[0]["payload"])["n"] == 0
    assert [p["seq"] for p in read_lines(out, "proofs.jsonl")] == [1, 2, 3, 4, 5, 6]
    assert (export.status, export.exported, export.total) == (Export.Status.DONE, 6, 6)


def test_export_writes_a_fresh_checkpoint_only_when_none_covers(append: Append, tmp_path: Path) -> None:
    append(3)
    covering = checkpoint_create()  # size 3, record seq 4
    assert covering is not None
    export, _ = build(tmp_path, action="test")
    assert export.checkpoint == covering and Checkpoint.objects.count() == 1
    export, _ = build(tmp_path, "second")  # the export.create events (seq 5, 7) are not covered yet
    assert export.checkpoint is not None
    assert export.checkpoint != covering and export.checkpoint.tree_size >= 7


def test_creation_and_completion_are_audit_events(append: Append, tmp_path: Path) -> None:
    append(1)
    export, _ = build(tmp_path, action="test")
    created = AuditEvent.objects.get(action=AuditAction.EXPORT_CREATE)
    assert (created.subject_type, created.subject_id, created.payload) == (
        "export",
        str(export.pk),
        {"filters": {"action": "test"}},
    )
    completed = AuditEvent.objects.get(action=AuditAction.EXPORT_COMPLETE)
    assert completed.subject_id == str(export.pk) and completed.payload["events"] == 1
    assert completed.seq > created.seq


def test_export_create_rolls_back_with_its_audit_event_and_enqueues_on_commit(
    append: Append,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
    tmp_path: Path,
    settings: Settings,
) -> None:
    settings.CUSTOS_AUDIT_EXPORT_DIR = tmp_path
    append(2)

    def create_then_fail() -> None:
        with transaction.atomic():
            export_create(actor=ACTOR, filters={})
            raise RuntimeError("the caller fails")

    with pytest.raises(RuntimeError, match="the caller fails"):
        create_then_fail()
    assert not Export.objects.exists() and not AuditEvent.objects.filter(action=AuditAction.EXPORT_CREATE).exists()
    with django_capture_on_commit_callbacks(execute=True):
        export = export_create(actor=ACTOR, filters={"action": "test"})
    export.refresh_from_db()
    assert (
        export.status == Export.Status.DONE
        and Path(export.file_path) == tmp_path / f"custos-audit-export-{export.pk}.zip"
    )
    with zipfile.ZipFile(export.file_path) as bundle:
        assert len(bundle.read("events.jsonl").splitlines()) == 2


def test_workload_filter_matches_subject_or_payload(tmp_path: Path) -> None:
    record("workload.register", "workload", "credit-scoring")
    record("preflight.decision", "preflight", "1", workload="credit-scoring", decision="deny", policy_version="v7")
    record("preflight.decision", "preflight", "2", workload="chatbot", decision="allow")
    record("workload.register", "workload", "chatbot")
    _, out = build(tmp_path, workload="credit-scoring")
    events = read_lines(out, "events.jsonl")
    assert [e["seq"] for e in events] == [1, 2]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["policy_versions"] == ["v7"] and manifest["contiguous"] is True


def test_decision_filter_keeps_only_that_outcome(tmp_path: Path) -> None:
    for outcome in ("allow", "deny", "redact", "deny"):
        record("preflight.decision", "preflight", decision=outcome)
    record("workload.register", "workload", "x", decision="deny")  # not a decision event
    _, out = build(tmp_path, decision="deny")
    assert [e["seq"] for e in read_lines(out, "events.jsonl")] == [2, 4]
    assert json.loads((out / "manifest.json").read_text())["contiguous"] is False


def test_time_range_filter(append: Append, tmp_path: Path) -> None:
    append(3)
    middle = AuditEvent.objects.get(seq=2).created_at
    _, out = build(tmp_path, since=middle.isoformat(), until=(middle + timedelta(days=1)).isoformat(), action="test")
    assert [e["seq"] for e in read_lines(out, "events.jsonl")] == [2, 3]


def test_an_export_with_no_matching_events(append: Append, tmp_path: Path) -> None:
    append(2)
    export, out = build(tmp_path, action="nothing.like.this")
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"] == {"events": 0} and manifest["first"] is None and export.exported == 0


@pytest.mark.parametrize(
    ("filters", "field"),
    [
        ({"decision": "maybe"}, "decision"),
        ({"since": "yesterday"}, "since"),
        ({"since": "2026-02-01", "until": "2026-01-01"}, "until"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_filters_are_refused_naming_the_field(filters: dict, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        ExportFilters.clean(filters)
    assert field in error.value.message_dict
    assert not Export.objects.exists()


def test_a_failed_export_keeps_the_error(append: Append, tmp_path: Path) -> None:
    append(1)
    export = export_create(actor=ACTOR, filters={}, enqueue=False)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(FileExistsError):  # the bundle's folder would be where a file is
        export_run(export_id=export.pk, out=blocker / "bundle.zip")
    export.refresh_from_db()
    assert export.status == Export.Status.FAILED and export.error and export.finished_at


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted(tmp_path: Path) -> None:
    record("test", "thing", '=HYPERLINK("http://evil")')
    _, out = build(tmp_path)
    with (out / "events.csv").open(newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["subject_id"].startswith("'=")


def test_audit_export_command(append: Append, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    append(4)
    out = tmp_path / "export.zip"
    call_command("audit_export", "--out", str(out), "--action", "test")
    assert "4 events" in capsys.readouterr().out
    with zipfile.ZipFile(out) as bundle:
        assert set(bundle.namelist()) == {"manifest.json", "manifest.sig", "events.jsonl", "events.csv", "proofs.jsonl"}


def test_audit_export_command_refuses_bad_filters(tmp_path: Path) -> None:
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="--since"):
        call_command("audit_export", "--out", str(tmp_path / "x"), "--since", "soon")


def test_export_refuses_a_log_that_no_longer_matches_its_checkpoint(append: Append, tmp_path: Path) -> None:
    from tests.audit.conftest import tamper

    append(4)
    checkpoint_create()
    tamper("UPDATE audit_auditevent SET action = 'other' WHERE seq = 2")
    export = export_create(actor=ACTOR, filters={"action": "test"}, enqueue=False)
    with pytest.raises(Exception, match="does not match checkpoint"):
        export_run(export_id=export.pk, out=tmp_path / "b")
