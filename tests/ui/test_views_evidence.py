"""Decisions, the audit log browser, inclusion proofs, "verify chain now", exports and the dashboard."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.http import FileResponse
from django.test import Client
from django.utils import timezone
from pytest_django import DjangoCaptureOnCommitCallbacks, Settings

from audit.chain import ROW_FIELDS, row_entry
from audit.checkpoints import checkpoint_create
from audit.merkle import leaf_hash, verify_inclusion
from audit.models import AuditEvent, Export, VerificationRun
from governance.dashboard import decision_chart, top_denial_reasons
from governance.simulation import simulate_policy
from tests.factories import DecisionFactory
from tests.ui.conftest import Registry

pytestmark = pytest.mark.django_db


def test_decisions_filter_by_outcome_workload_destination_and_time(registry: Registry, auditor_client: Client) -> None:
    denied = auditor_client.get("/decisions/?outcome=deny").content.decode()
    assert "credentials_never_leave" in denied and "no_transfer_basis" not in denied
    by_destination = auditor_client.get("/decisions/?destination=eu-api").content.decode()
    assert "no_rule_matched" not in by_destination and ">Allow<" in by_destination
    assert "no_transfer_basis" not in by_destination
    future = (timezone.localdate() + dt.timedelta(days=2)).isoformat()
    empty = auditor_client.get(f"/decisions/?since={future}").content.decode()
    assert "No decision matches" in empty
    assert "support-bot" in auditor_client.get("/decisions/?workload=support-bot").content.decode()


def test_a_decision_links_to_its_audit_event_and_proof(registry: Registry, auditor_client: Client) -> None:
    html = auditor_client.get(f"/decisions/{registry.denied.id}/").content.decode()
    assert f"/audit/events/{registry.denied.audit_seq}/" in html
    assert f"/audit/events/{registry.denied.audit_seq}/proof.json" in html
    assert "RESTRICTED" in html and "credentials_never_leave" in html


def test_the_audit_log_filters_and_pages_by_seq(registry: Registry, auditor_client: Client) -> None:
    html = auditor_client.get("/audit/?action=preflight.decision").content.decode()
    assert html.count("<code>preflight.decision</code>") == 3
    assert "<code>workload.register</code>" not in html
    subject = auditor_client.get("/audit/?subject_type=workload&subject_id=cv-ranker").content.decode()
    assert "<code>workload.register</code>" in subject and "preflight.decision</code>" not in subject
    for _ in range(60):
        DecisionFactory(service_key=registry.key, workload=registry.workload, destination=registry.eu_api)
    first = auditor_client.get("/audit/").content.decode()
    head = AuditEvent.objects.order_by("-seq").first()
    assert head is not None and f"#{head.seq}<" in first
    assert f"before={head.seq - 49}" in first  # "Older" cursor after 50 events
    older = auditor_client.get(f"/audit/?before={head.seq - 49}").content.decode()
    assert f"#{head.seq - 50}<" in older and f"#{head.seq}<" not in older
    assert "after=" in older


def test_an_event_shows_hashes_payload_and_covering_checkpoint(registry: Registry, auditor_client: Client) -> None:
    seq = registry.denied.audit_seq
    before = auditor_client.get(f"/audit/events/{seq}/").content.decode()
    assert registry.denied.audit_hash in before and "No checkpoint covers this event yet" in before
    checkpoint = checkpoint_create()
    assert checkpoint is not None
    after = auditor_client.get(f"/audit/events/{seq}/").content.decode()
    assert f"checkpoint <strong>#{checkpoint.pk}</strong>" in after and checkpoint.root_hash in after
    assert auditor_client.get("/audit/events/999999/").status_code == 404


def test_the_proof_download_verifies_against_the_checkpoint(registry: Registry, auditor_client: Client) -> None:
    checkpoint = checkpoint_create()
    assert checkpoint is not None
    seq = registry.denied.audit_seq
    response = auditor_client.get(f"/audit/events/{seq}/proof.json")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="custos-audit-proof-{seq}.json"'
    proof = json.loads(response.content)
    assert proof["against"] == "checkpoint" and proof["root_hash"] == checkpoint.root_hash
    event = AuditEvent.objects.get(seq=seq)
    leaf = leaf_hash(row_entry({name: getattr(event, name) for name in ROW_FIELDS}))
    assert leaf.hex() == proof["leaf_hash"]
    path = [bytes.fromhex(node) for node in proof["audit_path"]]
    assert verify_inclusion(seq - 1, proof["tree_size"], leaf, path, bytes.fromhex(proof["root_hash"]))


def test_verify_chain_now_records_the_result_and_the_dashboard_shows_it(
    registry: Registry, auditor_client: Client, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    assert "never: run" in auditor_client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = auditor_client.post("/audit/verify/start/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    run = VerificationRun.objects.get()
    # Rendered as the run was queued; the task ran at commit, so the next poll has the result.
    assert f'hx-get="/audit/verify/{run.pk}/"' in response.content.decode()
    html = auditor_client.get(f"/audit/verify/{run.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert "The chain is intact." in html and 'hx-trigger="every 1s"' not in html
    event = AuditEvent.objects.filter(action="audit.verify").get()
    assert event.payload["ok"] is True and event.actor_label == "arthur"
    assert event.payload["checked"] == event.seq - 1
    dashboard = auditor_client.get("/").content.decode()
    assert "Intact" in dashboard and f"{event.payload['checked']} events by arthur" in dashboard


def test_verify_without_htmx_redirects_to_the_progress_page(
    registry: Registry, auditor_client: Client, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = auditor_client.post("/audit/verify/start/")
    assert response.status_code == 302
    page = auditor_client.get(response["Location"])
    assert page.status_code == 200 and "The chain is intact." in page.content.decode()
    assert auditor_client.get("/audit/verify/unknown-run/").status_code == 404


def test_an_auditor_exports_and_downloads_the_bundle(
    registry: Registry,
    auditor_client: Client,
    settings: Settings,
    tmp_path: Path,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    settings.CUSTOS_AUDIT_EXPORT_DIR = tmp_path
    invalid = auditor_client.post("/audit/exports/", {"since": "2030-01-02", "until": "2030-01-01"})
    assert invalid.status_code == 200 and "The end date must not be before the start date." in invalid.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = auditor_client.post("/audit/exports/", {"decision": "deny"})
    assert response.status_code == 302
    export = Export.objects.get()
    assert response["Location"] == f"/audit/exports/{export.pk}/"
    assert export.status == "done" and export.total == 1
    progress = auditor_client.get(f"/audit/exports/{export.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert "Download bundle" in progress and "every 1s" not in progress
    download = auditor_client.get(f"/audit/exports/{export.pk}/download/")
    assert download.status_code == 200
    assert isinstance(download, FileResponse)
    bundle = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    assert {"manifest.json", "events.jsonl"} <= {Path(name).name for name in bundle.namelist()}
    assert AuditEvent.objects.filter(action="export.create", actor_label="arthur").exists()


def test_an_unfinished_export_polls_and_cannot_be_downloaded(registry: Registry, auditor_client: Client) -> None:
    export = Export.objects.create(filters={}, requested_by_label="arthur")
    html = auditor_client.get(f"/audit/exports/{export.pk}/").content.decode()
    assert 'hx-trigger="every 1s"' in html
    assert auditor_client.get(f"/audit/exports/{export.pk}/download/").status_code == 404


# --- dashboard and simulation services ---------------------------------------------------------


def test_the_decision_chart_stacks_todays_outcomes(registry: Registry) -> None:
    chart = decision_chart(days=30)
    assert chart.totals == {"allow": 1, "redact": 1, "deny": 1}
    today = chart.bars[-1]
    assert [segment["outcome"] for segment in today.segments] == ["allow", "redact", "deny"]
    assert today.label and len(chart.bars) == 30
    assert round(sum(segment["height"] for segment in today.segments)) <= chart.plot_bottom - chart.plot_top


def test_top_denial_reasons_counts_codes(registry: Registry) -> None:
    assert [(row["code"], row["count"]) for row in top_denial_reasons()] == [("credentials_never_leave", 1)]


def test_simulation_replays_classified_decisions_only(registry: Registry) -> None:
    DecisionFactory(
        service_key=registry.key,
        workload=registry.workload,
        destination=registry.eu_api,
        outcome="deny",
        level="",
        reasons=[{"code": "workload_suspended", "message": "The workload is suspended."}],
    )
    policy: dict[str, Any] = {"rules": [], "workload_overrides": {}}  # allow everything
    result = simulate_policy(policy=policy, days=30)
    assert result.replayed == 3 and result.not_replayable == 1
    assert result.recorded == {"deny": 1, "redact": 1, "allow": 1}
    assert result.simulated == {"allow": 3}
    assert result.changed_count == 2
    assert {(g.recorded, g.simulated, g.count) for g in result.groups} == {("deny", "allow", 1), ("redact", "allow", 1)}
    old = simulate_policy(policy=policy, days=1, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=3))
    assert old.replayed == 0


def test_the_dashboard_lists_open_incidents_by_deadline(registry: Registry, officer_client: Client) -> None:
    from governance.models import Incident

    assert "No open serious incidents." in officer_client.get("/").content.decode()
    Incident.objects.create(
        workload=registry.workload,
        title="Outage of the triage line",
        description="d",
        aware_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3),
        category="b",
    )
    html = officer_client.get("/").content.decode()
    assert "Outage of the triage line" in html and "Overdue" in html and "Art. 73(3)" in html
