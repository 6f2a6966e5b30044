"""The pre-flight answer's ``redactions``: where each placeholder went in the caller's own text, never the value."""

from __future__ import annotations

import json

import pytest
from pytest_django import Settings

from audit.models import AuditEvent
from tests.world import World

CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com, +49 30 1234567) asks about her last invoice."
CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
HEALTH = "Our employee John Miller was diagnosed with diabetes last month and needs reduced hours."


@pytest.fixture(autouse=True)
def _generous_classification_budget(settings: Settings) -> None:
    """The budget is not under test here: a process's first classification on a busy machine may pass 5 s."""
    settings.CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S = 120.0


def _values(text: str, spans: list[dict[str, object]]) -> dict[str, str]:
    return {str(s["placeholder"]): text[int(s["start"]) : int(s["end"])] for s in spans}  # type: ignore[call-overload]


def test_redactions_locate_each_placeholder_in_the_original_input(world: World) -> None:
    body = world.preflight(destination="us-none", input=CONTACT).json()

    assert body["decision"] == "redact"
    [spans] = body["redactions"]
    assert _values(CONTACT, spans) == {
        "<PERSON_1>": "Maria Schmidt",
        "<EMAIL_ADDRESS_1>": "maria.schmidt@example.com",
        "<PHONE_NUMBER_1>": "+49 30 1234567",
    }
    rebuilt = body["redacted_input"]
    for placeholder, value in _values(CONTACT, spans).items():
        rebuilt = rebuilt.replace(placeholder, value)
    assert rebuilt == CONTACT
    # Offsets only: the answer holds no value beyond the caller's own redacted text, the audit event none at all.
    assert "Maria" not in json.dumps(body)
    event = AuditEvent.objects.get(seq=body["audit"]["seq"])
    assert "Maria" not in json.dumps(event.payload) and "redactions" not in event.payload


def test_redactions_follow_the_texts_order_contents_and_parts_then_names(world: World) -> None:
    messages = [
        {"role": "system", "content": "You answer customers."},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Write to Maria Schmidt"},
                {"type": "text", "text": "at maria.schmidt@example.com"},
            ],
            "name": "Hans Weber",
        },
    ]
    body = world.preflight(destination="us-none", messages=messages).json()

    assert body["decision"] == "redact"
    texts = ["You answer customers.", "Write to Maria Schmidt", "at maria.schmidt@example.com", "Hans Weber"]
    assert len(body["redactions"]) == len(texts)
    found = [_values(text, spans) for text, spans in zip(texts, body["redactions"], strict=True)]
    assert found[0] == {}
    assert found[1] == {"<PERSON_1>": "Maria Schmidt"}
    assert found[2] == {"<EMAIL_ADDRESS_1>": "maria.schmidt@example.com"}
    assert found[3] == {"<PERSON_1>": "Hans Weber"}  # numbered per text today: the client must key per call
    assert body["redacted_messages"][1]["name"] == "<PERSON_1>"


def test_no_redactions_when_nothing_is_redacted(world: World) -> None:
    allowed = world.preflight(destination="eu-api", input=CLEAN).json()
    denied = world.preflight(destination="eu-api", input=HEALTH).json()
    assert allowed["decision"] == "allow" and "redactions" not in allowed
    assert denied["decision"] == "deny" and "redactions" not in denied


def test_a_replayed_decision_carries_the_same_redactions(world: World) -> None:
    first = world.preflight(destination="us-none", input=CONTACT, request_id="r-1").json()
    again = world.preflight(destination="us-none", input=CONTACT, request_id="r-1").json()
    assert again["replayed"] is True
    assert again["redactions"] == first["redactions"]
    assert again["redacted_input"] == first["redacted_input"]


def test_the_openapi_schema_documents_redactions() -> None:
    from drf_spectacular.generators import SchemaGenerator

    schemas = SchemaGenerator().get_schema(request=None, public=True)["components"]["schemas"]
    field = schemas["PreflightOutput"]["properties"]["redactions"]
    assert field["type"] == "array" and field["items"]["type"] == "array"
    assert field["items"]["items"]["$ref"] == "#/components/schemas/Redaction"
    assert "ORIGINAL" in field["description"] and "redactions" not in schemas["PreflightOutput"].get("required", [])
    assert set(schemas["Redaction"]["properties"]) == {"start", "end", "placeholder"}
