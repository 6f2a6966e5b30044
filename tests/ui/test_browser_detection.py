"""The detection profile in a real browser: an officer publishes a code name, and the running server uses it at once."""

from __future__ import annotations

import json

import httpx
import pytest
from pytest_django.live_server_helper import LiveServer

import classifier
from audit.models import AuditEvent
from governance import services
from tests.factories import SYSTEM
from tests.ui.conftest import Registry, Session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROFILE = {
    "allow": [],
    "terms": [
        {
            "id": "falcon",
            "terms": ["Project Falcon"],
            "entity_type": "INTERNAL_PROJECT",
            "category": "internal_project",
            "level": "CONFIDENTIAL",
        }
    ],
    "patterns": [],
    "workload_parts": {},
}
ASK = "Summarise the status of Project Falcon for the board."


def test_an_officer_publishes_a_code_name_and_the_next_preflight_uses_it(
    as_officer: Session,
    live_registry: Registry,
    live_server: LiveServer,
) -> None:
    classifier.warm_up()  # the first classification loads models: not this request's budget
    _key, plaintext = services.servicekey_create(actor=SYSTEM, name="bench", workloads=[live_registry.workload])
    ask = {"workload": live_registry.workload.slug, "destination": "eu-api", "input": ASK}
    with httpx.Client(
        base_url=live_server.url, headers={"Authorization": f"Bearer {plaintext}"}, timeout=120
    ) as client:
        before = client.post("/api/v1/preflight", json=ask).json()
        assert "internal_project" not in before["classification"]["categories"]

        page = as_officer.page
        as_officer.goto("/detection/")
        page.click("text=Start a draft")
        page.wait_for_url("**/detection/1/edit/")
        page.fill("#id_content", json.dumps({**PROFILE, "patterns": [
            {"id": "bad", "regex": "(a+)+$", "entity_type": "X_Y", "category": "x_y", "level": "CONFIDENTIAL"}]}))  # fmt: skip
        page.click("text=Save draft")
        assert "Catastrophic pattern refused" in page.inner_text(".path-errors")
        # The refused form comes back with 400, which the browser logs: expected here, and only here.
        assert [p for p in as_officer.problems if "status of 400" in p] == as_officer.problems != []
        as_officer.problems.clear()
        page.fill("#id_content", json.dumps(PROFILE))
        page.click("text=Save draft")
        page.wait_for_url("**/detection/1/preview/")
        page.fill("#id_texts", ASK)
        page.click("button:has-text('Preview')")
        assert "INTERNAL_PROJECT" in page.inner_text("#preview-result")
        page.click("text=Publish")
        page.wait_for_url("**/detection/1/publish/")
        page.click("button:has-text('Publish v1')")
        page.wait_for_url(f"{live_server.url}/detection/")
        assert "In force: v1" in page.content()

        after = client.post("/api/v1/preflight", json=ask).json()
    assert after["classification"]["categories"] == ["internal_project"]
    event = AuditEvent.objects.get(seq=after["audit"]["seq"])
    assert event.payload["classifier"]["detection_profile"].startswith("v1:")
