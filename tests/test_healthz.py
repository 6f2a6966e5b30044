"""GET /healthz reports the database, the broker and the audit chain head."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.test import Client, override_settings

from audit import services
from audit.actors import Actor

pytestmark = pytest.mark.django_db


def test_healthy_instance_reports_every_check() -> None:
    with transaction.atomic():
        event = services.record(actor=Actor.system("tests"), action="test", subject_type="thing")
    response = Client().get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["broker"] == {**body["checks"]["broker"], "status": "ok", "mode": "redis"}
    assert body["checks"]["audit_chain"]["head_seq"] == event.seq
    assert body["checks"]["audit_chain"]["head_hash"] == event.hash
    assert body["checks"]["llm_second_opinion"]["status"] == "off"  # not configured: the stage is off, not failing


@override_settings(CELERY_BROKER_URL="redis://127.0.0.1:1/0", CUSTOS_HEALTH_TIMEOUT_S=0.5)
def test_unreachable_broker_is_a_503() -> None:
    response = Client().get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["broker"]["status"] == "error"
    assert "Connection" in body["checks"]["broker"]["error"]
    assert body["checks"]["database"]["status"] == "ok"
