"""The Presidio-compatible REST API: Presidio's documented requests, answered in Presidio's shapes."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests
from presidio_analyzer import RecognizerResult
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonymizerInput
from pytest_django.live_server_helper import LiveServer
from rest_framework.test import APIClient

from audit.models import AuditEvent
from tests.world import World, build_world

# Presidio's README / REST API docs: the analyzer and anonymizer curl examples.
ANALYZE_EXAMPLE = {"text": "John Smith drivers license is AC432223", "language": "en"}
ANONYMIZE_EXAMPLE = {
    "text": "hello world, my name is Jane Doe. My number is: 034453334",
    "analyzer_results": [
        {"start": 24, "end": 32, "score": 0.8, "entity_type": "NAME"},
        {"start": 48, "end": 57, "score": 0.95, "entity_type": "PHONE_NUMBER"},
    ],
    "anonymizers": {
        "DEFAULT": {"type": "replace", "new_value": "ANONYMIZED"},
        "PHONE_NUMBER": {"type": "mask", "masking_char": "*", "chars_to_mask": 4, "from_end": True},
    },
}
CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com, +49 30 1234567) asks about her last invoice."


def post(world: World, path: str, body: Any) -> Any:
    # json.dumps escapes non-ASCII (a lone surrogate too), as an HTTP client's JSON encoder does.
    return world.client.post(path, json.dumps(body), content_type="application/json")


def presidio_anonymize(body: dict[str, Any]) -> dict[str, Any]:
    """The same request through Presidio's own AnonymizerEngine (what its REST server runs)."""
    operators = {
        name: OperatorConfig(c["type"], {k: v for k, v in c.items() if k != "type"})
        for name, c in body.get("anonymizers", {}).items()
    }
    result = AnonymizerEngine().anonymize(
        text=body["text"],
        analyzer_results=[AnonymizerInput(**r) for r in body["analyzer_results"]],
        operators=operators,
    )
    return json.loads(result.to_json())


def test_the_documented_analyze_request_is_answered_in_presidios_shape(world: World) -> None:
    response = post(world, "/presidio/analyze", ANALYZE_EXAMPLE)
    assert response.status_code == 200, response.content
    results = response.json()
    assert isinstance(results, list) and results
    for result in results:
        assert set(result) == {"entity_type", "start", "end", "score", "analysis_explanation"}
        assert result["analysis_explanation"] is None
    found = {(r["entity_type"], ANALYZE_EXAMPLE["text"][r["start"] : r["end"]]) for r in results}
    assert ("PERSON", "John Smith") in found
    assert any(text == "AC432223" for _, text in found), found
    event = AuditEvent.objects.get(action="presidio.analyze")
    assert event.payload["input"]["chars"] == len(ANALYZE_EXAMPLE["text"])
    assert event.payload["entity_counts"]["PERSON"] == 1 and event.payload["language"] == "en"
    assert "John" not in json.dumps(event.payload)


def test_entities_threshold_decision_process_and_batches(world: World) -> None:
    only_email = post(world, "/presidio/analyze", {"text": CONTACT, "language": "en", "entities": ["EMAIL_ADDRESS"]})
    assert [r["entity_type"] for r in only_email.json()] == ["EMAIL_ADDRESS"]
    explained = post(world, "/presidio/analyze", {"text": CONTACT, "language": "en", "return_decision_process": True})
    explanation = explained.json()[0]["analysis_explanation"]
    assert explanation["recognizer"] and explanation["original_score"] == explained.json()[0]["score"]
    nothing = post(world, "/presidio/analyze", {"text": CONTACT, "language": "en", "score_threshold": 1.01})
    assert nothing.json() == []
    allowed = post(
        world, "/presidio/analyze", {"text": CONTACT, "language": "en", "allow_list": ["maria.schmidt@example.com"]}
    )
    assert "EMAIL_ADDRESS" not in {r["entity_type"] for r in allowed.json()}
    batch = post(world, "/presidio/analyze", {"text": [CONTACT, "Nothing here."], "language": "en"}).json()
    assert len(batch) == 2 and batch[0] and batch[1] == []
    german = post(
        world,
        "/presidio/analyze",
        {"text": "Bitte rufen Sie Herrn Jürgen Weber unter 030 1234567 an.", "language": "de"},
    )
    assert "PHONE_NUMBER" in {r["entity_type"] for r in german.json()}


def test_bad_requests_get_presidios_errors(world: World) -> None:
    no_text = post(world, "/presidio/analyze", {"language": "en"})
    assert no_text.status_code == 400 and no_text.json() == {"error": "No text provided"}
    no_language = post(world, "/presidio/analyze", {"text": "hello"})
    assert no_language.status_code == 400 and no_language.json() == {"error": "No language provided"}
    klingon = post(world, "/presidio/analyze", {"text": "hello", "language": "tlh"})
    assert klingon.status_code == 400 and "not supported" in klingon.json()["error"]
    out_of_range = post(
        world,
        "/presidio/anonymize",
        {**ANONYMIZE_EXAMPLE, "analyzer_results": [{"start": 0, "end": 999, "score": 1, "entity_type": "X"}]},
    )
    assert out_of_range.status_code == 422 and "text length" in out_of_range.json()["error"]
    encrypt = post(
        world, "/presidio/anonymize", {**ANONYMIZE_EXAMPLE, "anonymizers": {"DEFAULT": {"type": "encrypt", "key": "k"}}}
    )
    assert encrypt.status_code == 422 and "encrypt" in encrypt.json()["error"]
    anonymous = APIClient().post("/presidio/analyze", ANALYZE_EXAMPLE, format="json")
    assert anonymous.status_code == 401 and "error" in anonymous.json()
    assert not AuditEvent.objects.filter(action__startswith="presidio.").exists()


@pytest.mark.parametrize(
    "anonymizers",
    [
        ANONYMIZE_EXAMPLE["anonymizers"],
        {},
        {"DEFAULT": {"type": "redact"}},
        {"DEFAULT": {"type": "keep"}},
        {"DEFAULT": {"type": "mask", "masking_char": "#", "chars_to_mask": 3, "from_end": False}},
    ],
)
def test_anonymize_answers_what_presidios_own_engine_answers(world: World, anonymizers: dict[str, Any]) -> None:
    body = {**ANONYMIZE_EXAMPLE, "anonymizers": anonymizers}
    response = post(world, "/presidio/anonymize", body)
    assert response.status_code == 200, response.content
    assert response.json() == presidio_anonymize(body)
    event = AuditEvent.objects.get(action="presidio.anonymize")
    assert event.payload["analyzer_results"] == {"NAME": 1, "PHONE_NUMBER": 1}
    assert "Jane" not in json.dumps(event.payload)


def test_the_documented_anonymize_example(world: World) -> None:
    assert post(world, "/presidio/anonymize", ANONYMIZE_EXAMPLE).json()["text"] == (
        "hello world, my name is ANONYMIZED. My number is: 03445****"
    )


def test_hash_is_sha256_of_the_value_and_its_salt(world: World) -> None:
    body = {**ANONYMIZE_EXAMPLE, "anonymizers": {"DEFAULT": {"type": "hash", "salt": "pepper"}}}
    items = post(world, "/presidio/anonymize", body).json()["items"]
    import hashlib

    assert items[-1]["text"] == hashlib.sha256(b"Jane Doepepper").hexdigest()


@pytest.mark.django_db(transaction=True)
def test_a_client_written_for_presidio_works_unchanged(live_server: LiveServer) -> None:
    """Presidio's documented client code (plain requests, its JSON in and out), with only the base URL and a
    key header changed: analyze with Custos, then anonymize locally with Presidio's own engine."""
    world = build_world()
    analyzer = f"{live_server.url}/presidio"
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {world.plaintext}"
    assert session.get(f"{analyzer}/health", timeout=30).status_code == 200
    entities = session.get(f"{analyzer}/supportedentities", params={"language": "en"}, timeout=30).json()
    assert {"PERSON", "EMAIL_ADDRESS", "IBAN_CODE", "HEALTH_DATA"} <= set(entities)
    assert session.get(f"{analyzer}/recognizers", params={"language": "en"}, timeout=30).json()

    response = session.post(f"{analyzer}/analyze", json={"text": CONTACT, "language": "en"}, timeout=60)
    response.raise_for_status()
    results = [RecognizerResult.from_json(item) for item in response.json()]
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"} <= {r.entity_type for r in results}
    # As Presidio's documentation writes it: the analyzer's results go in; the anonymizer reads the same fields.
    anonymized = AnonymizerEngine().anonymize(text=CONTACT, analyzer_results=results)  # type: ignore[arg-type]
    for value in ("Maria Schmidt", "maria.schmidt@example.com", "1234567"):
        assert value not in anonymized.text
    assert "<EMAIL_ADDRESS>" in anonymized.text

    remote = session.post(
        f"{analyzer}/anonymize",
        json={"text": CONTACT, "analyzer_results": response.json(), "anonymizers": {"DEFAULT": {"type": "replace"}}},
        timeout=60,
    ).json()
    assert remote["text"] == anonymized.text


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("/presidio/analyze", {"text": "hi", "language": "en", "score_threshold": "high"}, 400),
        ("/presidio/analyze", {"text": "hi", "language": "en", "entities": "PERSON"}, 400),
        ("/presidio/analyze", {"text": "hi", "language": "en", "allow_list": [1]}, 400),
        ("/presidio/analyze", {"text": "bad \ud800 text", "language": "en"}, 400),
        ("/presidio/analyze", ["not", "an", "object"], 400),
        (
            "/presidio/anonymize",
            {**ANONYMIZE_EXAMPLE, "anonymizers": {"DEFAULT": {"type": "mask", "chars_to_mask": "x"}}},
            422,
        ),
        (
            "/presidio/anonymize",
            {**ANONYMIZE_EXAMPLE, "anonymizers": {"DEFAULT": {"type": "hash", "hash_type": "md5"}}},
            422,
        ),
        (
            "/presidio/anonymize",
            {**ANONYMIZE_EXAMPLE, "analyzer_results": [{"start": "0", "end": 4, "entity_type": "X"}]},
            422,
        ),
    ],
)
def test_malformed_fields_are_client_errors_not_server_errors(world: World, path: str, body: Any, status: int) -> None:
    response = post(world, path, body)
    assert response.status_code == status, response.content
    assert set(response.json()) == {"error"}
