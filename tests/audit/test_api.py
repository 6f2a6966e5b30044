"""The read-only audit API: events with a seq cursor, proofs, checkpoints, the public key."""

from __future__ import annotations

import base64

import pytest
from django.contrib.auth import get_user_model
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from audit.checkpoints import checkpoint_create
from audit.merkle import verify_consistency, verify_inclusion
from audit.signing import log_signer
from tests.audit.conftest import Append

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.audit.urls")]

BASE = "/api/v1/audit"


@pytest.fixture
def client() -> APIClient:
    api = APIClient()
    api.force_authenticate(get_user_model().objects.create_user("auditor", password="x"))
    return api


def test_events_need_a_login() -> None:
    response = APIClient().get(f"{BASE}/events")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "not_authenticated"


def test_events_page_by_seq_cursor(client: APIClient, append: Append) -> None:
    append(7)
    first = client.get(f"{BASE}/events", {"limit": "3", "action": "test"}).json()
    assert [e["seq"] for e in first["results"]] == [1, 2, 3]
    assert "after_seq=3" in first["next"] and "action=test" in first["next"]
    second = client.get(first["next"]).json()
    assert [e["seq"] for e in second["results"]] == [4, 5, 6]
    third = client.get(second["next"]).json()
    assert [e["seq"] for e in third["results"]] == [7] and third["next"] is None


def test_event_filters(client: APIClient, append: Append) -> None:
    append(3)
    append(2, action="other", subject_type="workload")
    assert [e["seq"] for e in client.get(f"{BASE}/events", {"subject_type": "workload"}).json()["results"]] == [4, 5]
    assert [
        e["seq"] for e in client.get(f"{BASE}/events", {"subject_id": "1", "action": "test"}).json()["results"]
    ] == [2]
    since = client.get(f"{BASE}/events/3").json()["created_at"]
    assert client.get(f"{BASE}/events", {"since": since}).json()["results"][0]["seq"] >= 3


def test_bad_filters_name_the_field(client: APIClient) -> None:
    response = client.get(f"{BASE}/events", {"limit": "0", "since": "soon"})
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"limit", "since"}


def test_event_detail_has_every_field_to_recompute_its_hash(client: APIClient, append: Append) -> None:
    event = append(1)[0]
    body = client.get(f"{BASE}/events/1").json()
    assert body["hash"] == event.hash and body["prev_hash"] == "0" * 64
    assert body["created_at"].endswith("Z") and "." in body["created_at"]
    assert client.get(f"{BASE}/events/99").status_code == 404


def test_proof_against_the_newest_covering_checkpoint(client: APIClient, append: Append) -> None:
    append(9)
    checkpoint = checkpoint_create()
    assert checkpoint is not None
    body = client.get(f"{BASE}/events/4/proof").json()
    assert body["against"] == "checkpoint" and body["checkpoint"]["id"] == checkpoint.pk
    assert body["tree_size"] == 9 and body["root_hash"] == checkpoint.root_hash
    path = [bytes.fromhex(node) for node in body["audit_path"]]
    assert verify_inclusion(3, 9, bytes.fromhex(body["leaf_hash"]), path, bytes.fromhex(checkpoint.root_hash))


def test_proof_against_the_current_tree_when_no_checkpoint_covers(client: APIClient, append: Append) -> None:
    append(5)
    body = client.get(f"{BASE}/events/5/proof").json()
    assert body["against"] == "current_tree" and body["checkpoint"] is None and body["tree_size"] == 5
    path = [bytes.fromhex(node) for node in body["audit_path"]]
    assert verify_inclusion(4, 5, bytes.fromhex(body["leaf_hash"]), path, bytes.fromhex(body["root_hash"]))


def test_consistency_proof_between_checkpoints(client: APIClient, append: Append) -> None:
    append(5)
    first = checkpoint_create()
    assert first is not None
    append(6)
    second = checkpoint_create()
    assert second is not None
    body = client.get(f"{BASE}/consistency", {"first": first.tree_size}).json()
    assert (body["first"], body["second"]) == (5, second.tree_size)
    proof = [bytes.fromhex(node) for node in body["proof"]]
    assert verify_consistency(
        5, second.tree_size, bytes.fromhex(first.root_hash), bytes.fromhex(second.root_hash), proof
    )
    assert client.get(f"{BASE}/consistency", {"first": 50, "second": 5}).status_code == 400


def test_checkpoints_newest_first(client: APIClient, append: Append) -> None:
    append(2)
    checkpoint_create()
    append(2)
    latest = checkpoint_create()
    assert latest is not None
    body = client.get(f"{BASE}/checkpoints").json()
    assert body["results"][0]["id"] == latest.pk and body["results"][0]["note"] == latest.note
    assert body["count"] == 2


def test_public_key_is_public(append: Append) -> None:
    body = APIClient().get(f"{BASE}/public-key").json()
    verifier = log_signer().verifier
    assert body["algorithm"] == "Ed25519" and body["key_id"] == verifier.key_id_hex
    assert base64.b64decode(body["public_key"]) == verifier.public_key
    assert body["verifier_key"] == str(verifier)


def test_schema_describes_the_audit_endpoints() -> None:
    schema = SchemaGenerator(urlconf="tests.audit.urls").get_schema(request=None, public=True)
    paths = schema["paths"]
    assert {"/api/v1/audit/events", "/api/v1/audit/events/{seq}/proof", "/api/v1/audit/public-key"} <= set(paths)
    parameters = {p["name"] for p in paths["/api/v1/audit/events"]["get"]["parameters"]}
    assert {"action", "subject_type", "subject_id", "since", "until", "after_seq", "limit"} <= parameters
    assert "InclusionProof" in schema["components"]["schemas"]
