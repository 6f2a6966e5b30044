"""Destinations, the residency policy (edit, diff, simulate, publish) and service keys."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from audit.models import AuditEvent
from governance.models import Destination, PolicyVersion, ServiceKey
from tests.ui.conftest import Registry

pytestmark = pytest.mark.django_db


# --- destinations ---------------------------------------------------------------------------


def test_the_catalogue_shows_basis_and_the_rules_that_can_apply(registry: Registry, officer_client: Client) -> None:
    html = officer_client.get("/destinations/").content.decode()
    assert "personal-data-needs-transfer-basis" in html  # applies to us-none (basis none)
    detail = officer_client.get("/destinations/us-none/").content.decode()
    assert "personal-data-needs-dpa" in detail and "credentials-stay-in" in detail
    onprem = officer_client.get("/destinations/onprem-vllm/").content.decode()
    assert "No rule of the published policy restricts this destination" in onprem


def test_creating_a_destination_validates_and_audits(registry: Registry, officer_client: Client) -> None:
    bad = officer_client.post(
        "/destinations/new/",
        {
            "slug": "jp-api",
            "provider": "P",
            "model": "m",
            "endpoint_url": "https://jp.example/v1",
            "kind": "external",
            "jurisdiction": "jp",
            "transfer_mechanism": "adequacy",
            "active": "on",
        },
    )
    assert bad.status_code == 200
    assert "State the scope of the adequacy decision" in bad.content.decode()
    good = officer_client.post(
        "/destinations/new/",
        {
            "slug": "jp-api",
            "provider": "P",
            "model": "m",
            "endpoint_url": "https://jp.example/v1",
            "kind": "external",
            "jurisdiction": "jp",
            "transfer_mechanism": "adequacy",
            "adequacy_scope": "Private sector",
            "adequacy_review_date": "2030-01-01",
            "active": "on",
        },
    )
    assert good.status_code == 302
    assert Destination.objects.get(slug="jp-api").jurisdiction == "JP"
    assert AuditEvent.objects.filter(action="destination.create", subject_id="jp-api", actor_label="olivia").exists()


def test_editing_a_destination_keeps_its_slug(registry: Registry, officer_client: Client) -> None:
    form = {
        "slug": "renamed",
        "provider": "Example AI",
        "model": "example-large",
        "endpoint_url": "https://api.example.eu/v1",
        "kind": "external",
        "jurisdiction": "IE",
        "region": "",
        "transfer_mechanism": "eea",
    }  # active unticked: deactivate
    response = officer_client.post("/destinations/eu-api/edit/", form)
    assert response.status_code == 302 and response["Location"] == "/destinations/eu-api/"
    registry.eu_api.refresh_from_db()
    assert registry.eu_api.active is False
    assert not Destination.objects.filter(slug="renamed").exists()


# --- policy ---------------------------------------------------------------------------------


def _start_draft(client: Client) -> PolicyVersion:
    response = client.post("/policy/draft/")
    assert response.status_code == 302
    return PolicyVersion.objects.get(status="draft")


def test_the_published_policy_reads_as_a_table(registry: Registry, auditor_client: Client) -> None:
    html = auditor_client.get("/policy/").content.decode()
    assert "In force: v1" in html
    assert "credentials-stay-in" in html and "categories_any: credentials" in html


def test_a_draft_with_problems_shows_them_by_path(registry: Registry, officer_client: Client) -> None:
    draft = _start_draft(officer_client)
    content = dict(draft.content)
    content["rules"] = [
        *content["rules"],
        {"id": "x", "action": "maybe", "reason_code": "r", "message": "m", "when": {"kinds": ["cloud"]}},
    ]
    response = officer_client.post(f"/policy/{draft.number}/edit/", {"content": json.dumps(content), "notes": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "<code>rules.6.action</code>" in html and "<code>rules.6.when.kinds</code>" in html
    syntax = officer_client.post(f"/policy/{draft.number}/edit/", {"content": "{not json", "notes": ""})
    assert "Not valid JSON" in syntax.content.decode()


def test_simulate_then_publish_a_policy_change(registry: Registry, officer_client: Client) -> None:
    draft = _start_draft(officer_client)
    content = json.loads(json.dumps(draft.content))
    for rule in content["rules"]:
        if rule["id"] == "personal-data-needs-transfer-basis":
            rule["action"] = "deny"
    response = officer_client.post(
        f"/policy/{draft.number}/edit/", {"content": json.dumps(content), "notes": "Stricter"}
    )
    assert response.status_code == 302 and response["Location"] == f"/policy/{draft.number}/diff/"
    diff = officer_client.get(f"/policy/{draft.number}/diff/").content.decode()
    assert "0 added · 0 removed · 1 changed" in diff
    simulation = officer_client.get(f"/policy/{draft.number}/simulate/?days=30").content.decode()
    assert "Decisions that would change (1)" in simulation
    assert "support-bot" in simulation and "us-none" in simulation
    confirm = officer_client.get(f"/policy/{draft.number}/publish/").content.decode()
    assert f"Publish policy v{draft.number}?" in confirm
    assert officer_client.post(f"/policy/{draft.number}/publish/").status_code == 302
    draft.refresh_from_db()
    assert draft.status == "published"
    assert PolicyVersion.objects.get(number=1).status == "superseded"
    event = AuditEvent.objects.filter(action="policy.publish").latest("seq")
    assert event.actor_label == "olivia" and event.payload["diff"]["changed"] == [
        "rules/personal-data-needs-transfer-basis"
    ]


def test_a_published_version_cannot_be_edited_or_republished(registry: Registry, officer_client: Client) -> None:
    response = officer_client.get("/policy/1/edit/")
    assert response.status_code == 302
    assert officer_client.post("/policy/1/publish/").status_code == 409


# --- service keys ---------------------------------------------------------------------------


def test_a_new_key_is_shown_once_and_not_cached(registry: Registry, officer_client: Client) -> None:
    response = officer_client.post(
        "/keys/new/", {"name": "billing bot", "workloads": [registry.workload.pk], "rate_limit_per_minute": ""}
    )
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    key = ServiceKey.objects.get(name="billing bot")
    assert f'id="plaintext-key">{key.prefix}' in html
    assert 'data-copy="plaintext-key"' in html
    listing = officer_client.get("/keys/").content.decode()
    assert "billing bot" in listing and html.split('id="plaintext-key">')[1].split("<")[0] not in listing


def test_a_key_needs_a_scope(registry: Registry, officer_client: Client) -> None:
    response = officer_client.post("/keys/new/", {"name": "no scope"})
    assert response.status_code == 200 and "This field is required." in response.content.decode()


def test_revoke_and_rotate(registry: Registry, officer_client: Client) -> None:
    rotate = officer_client.post(f"/keys/{registry.key.pk}/rotate/", {"overlap_hours": "1"})
    assert rotate.status_code == 200 and "Key rotated" in rotate.content.decode()
    registry.key.refresh_from_db()
    assert registry.key.replaced_by is not None and registry.key.expires_at is not None
    successor = registry.key.replaced_by
    revoke = officer_client.post(f"/keys/{successor.pk}/revoke/", {"reason": "leaked"})
    assert revoke.status_code == 302
    successor.refresh_from_db()
    assert successor.revoked_at is not None
    again = officer_client.post(f"/keys/{successor.pk}/revoke/", {"reason": "twice"})
    assert "already revoked" in again.content.decode()
    assert "Revoked" in officer_client.get("/keys/").content.decode()
