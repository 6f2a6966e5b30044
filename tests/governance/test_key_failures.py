"""Forged service keys (issue 12, item 3): built from a key's visible prefix with a random secret.

They must not spend the real key's quota, are limited per source address and
per prefix, and are audited in aggregate: a bounded number of events whose
counts add up to the attempts.
"""

from __future__ import annotations

import itertools
import json
import secrets
import string
import time

import pytest
from django.db import DatabaseError, connection
from django.test import override_settings
from rest_framework.test import APIClient

from audit.chain import verify_chain
from audit.models import AuditEvent
from governance import services
from governance.keys import _checksum
from tests.world import World

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
# Source addresses of this module: the failure counters live in the Redis that parallel test runs share.
_addresses = (f"10.{secrets.randbelow(250)}.{secrets.randbelow(250)}.{n}" for n in itertools.count(1))


def forged_client(world: World, source: str) -> APIClient:
    body = world.key.prefix + "_" + "".join(secrets.choice(string.ascii_letters) for _ in range(32))
    client = APIClient(REMOTE_ADDR=source)
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {body}{_checksum(body)}")
    return client


def forge(world: World, source: str) -> int:
    body = {"workload": world.workload.slug, "destination": "eu-api", "input": CLEAN}
    return forged_client(world, source).post("/api/v1/preflight", body, format="json").status_code


def failure_events(world: World) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="servicekey.use_failed", subject_id=world.key.prefix))


@override_settings(CUSTOS_KEY_FAILURES_PER_SOURCE=1000, CUSTOS_KEY_FAILURES_PER_PREFIX=1000)
def test_forged_keys_do_not_spend_the_real_keys_quota(world: World) -> None:
    world.key.rate_limit_per_minute = 5
    world.key.save(update_fields=["rate_limit_per_minute"])
    source = next(_addresses)
    assert [forge(world, source) for _ in range(20)] == [401] * 20
    assert world.preflight(destination="eu-api", input=CLEAN).status_code == 200


@override_settings(CUSTOS_KEY_FAILURES_PER_SOURCE=3, CUSTOS_KEY_FAILURES_PER_PREFIX=1000)
def test_failed_attempts_are_limited_per_source(world: World) -> None:
    attacker, bystander = next(_addresses), next(_addresses)
    statuses = [forge(world, attacker) for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
    refused = forged_client(world, attacker).post("/api/v1/preflight", {}, format="json")
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "from this address" in refused.json()["error"]["message"]
    assert forge(world, bystander) == 401
    # Unknown keys count against their source too.
    unknown = APIClient(REMOTE_ADDR=attacker)
    unknown.credentials(HTTP_AUTHORIZATION="Bearer cst_aaaaaaaa_" + "A" * 38)
    assert unknown.post("/api/v1/preflight", {}, format="json").status_code == 429
    # The real key is never refused by the failure limits, not even from the attacker's address.
    honest = APIClient(REMOTE_ADDR=attacker)
    honest.credentials(HTTP_AUTHORIZATION=f"Bearer {world.plaintext}")
    body = {"workload": world.workload.slug, "destination": "eu-api", "input": CLEAN}
    assert honest.post("/api/v1/preflight", body, format="json").status_code == 200


@override_settings(CUSTOS_KEY_FAILURES_PER_SOURCE=1000, CUSTOS_KEY_FAILURES_PER_PREFIX=5)
def test_failed_attempts_are_limited_per_prefix(world: World) -> None:
    statuses = [forge(world, next(_addresses)) for _ in range(6)]
    assert statuses == [401] * 5 + [429]
    assert world.preflight(destination="eu-api", input=CLEAN).status_code == 200


@override_settings(CUSTOS_KEY_FAILURES_PER_SOURCE=1000, CUSTOS_KEY_FAILURES_PER_PREFIX=1000)
def test_200_forged_requests_write_a_bounded_number_of_events_that_add_up(world: World) -> None:
    sources = [next(_addresses) for _ in range(8)]
    statuses = [forge(world, sources[n % len(sources)]) for n in range(200)]
    assert set(statuses) == {401}
    immediate = failure_events(world)
    assert 1 <= len(immediate) <= 2  # the first at once (two if the interval turned during the loop)
    assert immediate[0].payload["reason"] == "wrong_secret"

    # Once the interval has ended, the beat task writes the rest as one event.
    interval = 60
    services.servicekey_failures_flush(now=time.time() + interval)
    events = failure_events(world)
    assert len(events) <= 3
    assert sum(event.payload["count"] for event in events) == 200
    assert sum(event.payload["reasons"]["wrong_secret"] for event in events) == 200
    listed = {source for event in events for source in event.payload["sources"]}
    assert len(listed) == len(sources)  # eight sources told apart ...
    text = json.dumps([event.payload for event in events])
    assert not any(source in text for source in sources)  # ... by keyed hashes, never the addresses
    services.servicekey_failures_flush(now=time.time() + interval)
    assert len(failure_events(world)) == len(events)  # written once only
    assert verify_chain().ok


@override_settings(CUSTOS_KEY_FAILURES_PER_SOURCE=1000, CUSTOS_KEY_FAILURES_PER_PREFIX=1000)
def test_the_next_intervals_first_failure_carries_the_pending_count(world: World) -> None:
    from governance import key_failures

    start = (time.time() // 60) * 60 + 1_000_000 * 60  # an interval of its own, far ahead
    for offset in range(5):
        verdict = key_failures.register_failure(
            prefix=world.key.prefix, reason="wrong_secret", remote_addr="10.0.0.1", now=start + offset
        )
        assert (verdict.to_record is not None) == (offset == 0)
    later = key_failures.register_failure(
        prefix=world.key.prefix, reason="revoked", remote_addr="10.0.0.2", now=start + 60
    )
    assert later.to_record is not None
    assert later.to_record.count == 1 + 4
    assert later.to_record.reasons == {"revoked": 1, "wrong_secret": 4}


@override_settings(CUSTOS_KEY_FAILURES_PER_SOURCE=1000, CUSTOS_KEY_FAILURES_PER_PREFIX=1000)
def test_counts_survive_a_refused_audit_write(world: World) -> None:
    source = next(_addresses)
    assert [forge(world, source) for _ in range(4)] == [401] * 4  # one event now, three pending
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE FUNCTION test_refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$"
        )
        cursor.execute(
            "CREATE TRIGGER test_refuse_insert BEFORE INSERT ON audit_auditevent "
            "FOR EACH ROW EXECUTE FUNCTION test_refuse_insert()"
        )
    with pytest.raises(DatabaseError):
        services.servicekey_failures_flush(now=time.time() + 60)
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER test_refuse_insert ON audit_auditevent")
    services.servicekey_failures_flush(now=time.time() + 60)
    assert sum(event.payload["count"] for event in failure_events(world)) == 4


@override_settings(CUSTOS_KEY_FAILURES_PER_SOURCE=3, CUSTOS_KEY_FAILURES_PER_PREFIX=1000)
def test_a_spoofed_forwarded_for_does_not_escape_the_source_limit(world: World) -> None:
    """Without trusted proxies (the default) every request counts against its peer, whatever it claims."""
    attacker = next(_addresses)
    statuses = []
    for n in range(4):
        client = forged_client(world, attacker)
        client.defaults["HTTP_X_FORWARDED_FOR"] = f"203.0.113.{n}"
        statuses.append(client.post("/api/v1/preflight", {}, format="json").status_code)
    assert statuses == [401, 401, 401, 429]


@override_settings(CUSTOS_KEY_FAILURES_PER_SOURCE=3, CUSTOS_KEY_FAILURES_PER_PREFIX=1000)
def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(world: World) -> None:
    proxy = next(_addresses)
    attacker, bystander = next(_addresses), next(_addresses)
    with override_settings(CUSTOS_TRUSTED_PROXIES=[proxy]):

        def through_proxy(client_address: str) -> int:
            client = forged_client(world, proxy)
            client.defaults["HTTP_X_FORWARDED_FOR"] = client_address
            return client.post("/api/v1/preflight", {}, format="json").status_code

        assert [through_proxy(attacker) for _ in range(4)] == [401, 401, 401, 429]
        assert through_proxy(bystander) == 401  # not the proxy's count: the bystander's own
        # Written to the left of the proxy's entry, a forged address is not believed.
        assert through_proxy(f"{bystander}, {attacker}") == 429
