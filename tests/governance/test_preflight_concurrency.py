"""Many parallel pre-flight requests over real HTTP keep one unbroken audit chain."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from pytest_django.live_server_helper import LiveServer

from audit.chain import verify_chain
from audit.models import AuditEvent
from governance.models import Decision
from tests.world import build_world

pytestmark = pytest.mark.django_db(transaction=True)


def test_parallel_requests_one_event_per_decision(live_server: LiveServer) -> None:
    world = build_world()
    events_before = AuditEvent.objects.count()
    texts = [
        "Summarise the roadmap.",
        "Contact Anna Berg at anna.berg@example.org about the order.",
        "Rotate the key AKIAIOSFODNN7EXAMPLE today.",
    ]
    headers = {"Authorization": f"Bearer {world.plaintext}"}

    def call(n: int) -> tuple[int, dict[str, object]]:
        with httpx.Client(base_url=live_server.url, headers=headers, timeout=60) as client:
            response = client.post(
                "/api/v1/preflight",
                json={
                    "workload": "support",
                    "destination": "us-none",
                    "input": texts[n % len(texts)],
                    "request_id": f"r{n}",
                },
            )
            return response.status_code, response.json()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(call, range(48)))

    assert [status for status, _ in results] == [200] * 48
    seqs = sorted(body["audit"]["seq"] for _, body in results)  # type: ignore[index]
    assert len(set(seqs)) == 48
    report = verify_chain()
    assert report.ok, report.problem
    assert AuditEvent.objects.filter(action="preflight.decision").count() == Decision.objects.count() == 48
    assert AuditEvent.objects.count() == events_before + 48
