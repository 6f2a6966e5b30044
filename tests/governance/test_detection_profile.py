"""The detection profile as officers and services meet it: versions, audit, preview, and the pre-flight using it."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pytest_django import Settings
from pytest_django.live_server_helper import LiveServer
from rest_framework.test import APIClient

from audit.models import AuditEvent
from governance import detection
from governance import detection_services as services
from governance.models import DetectionProfileVersion
from tests.factories import SYSTEM, make_workload, officer
from tests.world import World, build_world

FALCON = {
    "id": "falcon",
    "terms": ["Project Falcon"],
    "entity_type": "INTERNAL_PROJECT",
    "category": "internal_project",
    "level": "CONFIDENTIAL",
}
PROFILE: dict[str, Any] = {
    "allow": [{"id": "nova", "term": "Nova"}],
    "terms": [FALCON],
    "patterns": [
        {
            "id": "customer-number",
            "regex": "CUST-[0-9]{8}",
            "checksum": "luhn",
            "entity_type": "CUSTOMER_NUMBER",
            "category": "personal_data",
            "level": "CONFIDENTIAL",
        }
    ],
}
CODE_NAME = "Summarise the status of Project Falcon for the board."
CONTACT_AND_CODE = "Maria Schmidt (maria.schmidt@example.com) leads Project Falcon."


@pytest.fixture(scope="module", autouse=True)
def _warm_engine() -> None:
    # The first classification of a process loads models; on a busy machine that can pass the pre-flight's budget.
    import classifier

    classifier.warm_up()


@pytest.fixture
def api() -> APIClient:
    client = APIClient()
    client.force_authenticate(officer(username="olivia"))
    return client


def publish(content: dict[str, Any]) -> DetectionProfileVersion:
    draft = services.detection_profile_draft_create(actor=SYSTEM, content=content)
    return services.detection_profile_publish(actor=SYSTEM, version=draft)


@pytest.mark.django_db
def test_drafts_and_publishing_are_versioned_and_audited_with_the_diff(api: APIClient) -> None:
    response = api.post("/api/v1/detection-profiles", {"content": PROFILE, "notes": "first"}, format="json")
    assert response.status_code == 201, response.content
    first = response.json()
    assert first["status"] == "draft" and first["number"] == 1 and len(first["content_hash"]) == 64
    assert api.post("/api/v1/detection-profiles/1/publish").json()["status"] == "published"

    changed = copy.deepcopy(PROFILE)
    changed["terms"][0]["terms"].append("Falcon Two")
    changed["allow"] = []
    second = api.post("/api/v1/detection-profiles", {"content": changed}, format="json").json()
    assert api.patch(f"/api/v1/detection-profiles/{second['number']}", {"content": changed, "notes": "n"},
                     format="json").status_code == 200  # fmt: skip
    assert api.post(f"/api/v1/detection-profiles/{second['number']}/publish").status_code == 200
    assert DetectionProfileVersion.objects.get(number=1).status == "superseded"
    # Published versions are immutable.
    refused = api.patch("/api/v1/detection-profiles/1", {"content": PROFILE}, format="json")
    assert refused.status_code == 400 and "only drafts can be edited" in json.dumps(refused.json())

    event = AuditEvent.objects.filter(action="detection_profile.publish").last()
    assert event is not None and event.subject_id == "2"
    assert event.payload["previous"] == 1 and event.payload["previous_hash"] == first["content_hash"]
    assert event.payload["diff"] == {"added": [], "removed": ["allow/nova"], "changed": ["terms/falcon"]}
    assert AuditEvent.objects.filter(action="detection_profile.draft_update").count() == 1


@pytest.mark.django_db
def test_a_catastrophic_regex_is_refused_on_save_with_its_path(api: APIClient) -> None:
    content = copy.deepcopy(PROFILE)
    content["patterns"][0]["regex"] = "(CUST-[0-9]+)+$"
    response = api.post("/api/v1/detection-profiles", {"content": content}, format="json")
    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert "Catastrophic pattern refused" in " ".join(fields["patterns.0.regex"])
    assert not DetectionProfileVersion.objects.exists()


@pytest.mark.django_db
def test_preview_shows_what_each_rule_adds_or_removes_and_stores_no_text(api: APIClient) -> None:
    draft = services.detection_profile_draft_create(actor=SYSTEM, content=PROFILE)
    texts = ["Nova is great and Nova can help you.", CODE_NAME, "Customer CUST-00000018 and CUST-00000019."]
    response = api.post(f"/api/v1/detection-profiles/{draft.number}/preview", {"texts": texts}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    totals = {(e["rule_id"], e["kind"]): (e["added"], e["removed"]) for e in body["totals"]}
    # span model (round 13): the engine reads one "Nova" of the sentence as a name (two before), so the entry removes one
    assert totals == {("nova", "allow"): (0, 1), ("falcon", "term"): (1, 0), ("customer-number", "pattern"): (1, 0)}
    levels = [(s["level_before"], s["level_after"]) for s in body["samples"]]
    assert levels[0] == ("CONFIDENTIAL", "PUBLIC") and levels[2][1] == "CONFIDENTIAL"
    event = AuditEvent.objects.get(action="detection_profile.preview")
    assert event.payload["texts"] == 3
    stored = json.dumps(event.payload)
    assert "Nova is great" not in stored and "CUST-00000018" not in stored
    empty = api.post(f"/api/v1/detection-profiles/{draft.number}/preview", {"texts": []}, format="json")
    assert empty.status_code == 400
    binary = api.post(
        f"/api/v1/detection-profiles/{draft.number}/preview", {"texts": ["\x01\x02\x03 bin"]}, format="json"
    )
    assert binary.status_code == 400 and "looks like binary" in json.dumps(binary.json())


def dataset(*texts: str) -> bytes:
    """A JSONL dataset, one row per text, with opaque ids r1, r2, ..."""
    return b"".join(json.dumps({"id": f"r{n}", "text": text}).encode() + b"\n" for n, text in enumerate(texts, 1))


def preview_dataset(api: APIClient, number: int, data: bytes, name: str = "rows.jsonl", **fields: str) -> Any:
    upload = SimpleUploadedFile(name, data)
    return api.post(f"/api/v1/detection-profiles/{number}/preview-dataset", {"file": upload, **fields},
                    format="multipart")  # fmt: skip


@pytest.mark.django_db
def test_a_dataset_preview_counts_per_rule_rows_and_findings_and_level_changes(api: APIClient) -> None:
    content = copy.deepcopy(PROFILE)
    content["terms"].append(
        {"id": "kranich", "terms": ["Kranich"], "entity_type": "INTERNAL_PROJECT", "category": "internal_project",
         "level": "CONFIDENTIAL", "languages": ["de"]}
    )  # fmt: skip
    draft = services.detection_profile_draft_create(actor=SYSTEM, content=content)
    data = dataset(
        "Nova is great and Nova can help you.",
        CODE_NAME,
        "Customer CUST-00000018 and CUST-00000019.",
        "Bitte schicke den Bericht über Kranich heute noch an das ganze Team.",
        "Please send the report about Kranich to the whole team today.",
        "\x01\x02\x03 bin",
        "Nothing to see here.",
    )
    response = preview_dataset(api, draft.number, data)
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["rows_total"], body["rows_scanned"], body["rows_failed"], body["stopped"]) == (7, 7, 1, "")
    rules = {(r["rule_id"], r["kind"]): (r["rows"], r["added"], r["removed"]) for r in body["rules"]}
    assert rules == {
        ("nova", "allow"): (1, 0, 1),  # span model (round 13): one "Nova" of the row is a name now, two before
        ("falcon", "term"): (1, 1, 0),
        ("customer-number", "pattern"): (1, 1, 0),
        ("kranich", "term"): (1, 1, 0),  # the German row only
    }
    changes = {(c["level_before"], c["level_after"]): c["rows"] for c in body["levels"]}
    assert changes[("CONFIDENTIAL", "PUBLIC")] == 1 and sum(changes.values()) == 6
    assert {row["id"] for row in body["changed_rows"]} >= {"r1", "r2"}
    assert [(e["row"], e["id"]) for e in body["row_errors"]] == [(6, "r6")]
    event = AuditEvent.objects.get(action="detection_profile.preview")
    assert event.payload["dataset"]["rows_scanned"] == 7 and event.payload["dataset"]["bytes"] == len(data)
    stored = json.dumps(event.payload)
    assert "Nova is great" not in stored and "CUST-00000018" not in stored and "rows.jsonl" not in stored
    assert '"r1"' not in stored  # row ids stay in the answer, not in the log


@pytest.mark.django_db
def test_a_dataset_preview_refuses_what_a_scan_refuses_and_stores_nothing(api: APIClient) -> None:
    draft = services.detection_profile_draft_create(actor=SYSTEM, content=PROFILE)
    csv_without_column = preview_dataset(api, draft.number, b"id,body\n1,hello\n", name="rows.csv")
    assert csv_without_column.status_code == 400
    assert "no column 'text'" in json.dumps(csv_without_column.json())
    wrong_type = preview_dataset(api, draft.number, b"hello", name="rows.txt")
    assert wrong_type.status_code == 400 and "upload .csv, .jsonl or .ndjson" in json.dumps(wrong_type.json())
    too_big = preview_dataset(api, draft.number, dataset("x" * 1000) * 2100)
    assert too_big.status_code == 413 and too_big.json()["error"]["code"] == "file_too_large"
    assert not AuditEvent.objects.filter(action="detection_profile.preview").exists()  # refused: nothing ran
    csv = preview_dataset(api, draft.number, b"key,body\nk1,Project Falcon is late.\n", name="rows.csv",
                          text_column="body", id_column="key")  # fmt: skip
    assert csv.status_code == 200 and csv.json()["changed_rows"][0]["id"] == "k1"
    assert AuditEvent.objects.filter(action="detection_profile.preview").count() == 1


@pytest.mark.django_db
def test_a_dataset_preview_stops_at_its_row_limit_and_time_budget_and_says_so(
    api: APIClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = services.detection_profile_draft_create(actor=SYSTEM, content=PROFILE)
    data = dataset(*[f"{CODE_NAME} Row {n}." for n in range(120)])
    monkeypatch.setattr(detection, "DATASET_PREVIEW_MAX_ROWS", 60)
    limited = preview_dataset(api, draft.number, data).json()
    assert (limited["rows_total"], limited["rows_scanned"], limited["stopped"]) == (120, 60, "rows")
    assert limited["rules"] == [
        {"rule_id": "falcon", "kind": "term", "entity_type": "INTERNAL_PROJECT", "rows": 60, "added": 60, "removed": 0}
    ]
    settings.CUSTOS_DETECTION_PREVIEW_BUDGET_S = 0.001
    timed = preview_dataset(api, draft.number, data).json()
    assert timed["stopped"] == "time" and timed["rows_scanned"] < 60
    event = AuditEvent.objects.filter(action="detection_profile.preview").last()
    assert event is not None and event.payload["dataset"]["stopped"] == "time"


@pytest.mark.django_db
def test_a_code_name_reaches_the_decision_and_its_redaction_with_the_profile_hash(world: World) -> None:
    before = world.preflight(destination="us-none", input=CODE_NAME).json()
    assert before["decision"] == "allow" and "internal_project" not in before["classification"]["categories"]
    version = publish(PROFILE)

    body = world.preflight(destination="us-none", input=CONTACT_AND_CODE).json()
    assert body["decision"] == "redact"
    assert "internal_project" in body["classification"]["categories"]
    assert body["classification"]["entity_counts"]["INTERNAL_PROJECT"] == 1
    assert "Project Falcon" not in body["redacted_input"] and "<INTERNAL_PROJECT_1>" in body["redacted_input"]
    event = AuditEvent.objects.get(seq=body["audit"]["seq"])
    assert event.payload["classifier"]["detection_profile"] == f"v{version.number}:{version.content_hash[:16]}"
    assert "Project Falcon" not in json.dumps(event.payload)

    raised = world.preflight(destination="us-none", input=CODE_NAME).json()
    assert raised["classification"]["level"] == "CONFIDENTIAL"
    assert raised["classification"]["categories"] == ["internal_project"]


@pytest.mark.django_db
def test_a_policy_rule_can_act_on_a_profile_category(world: World) -> None:
    from governance import services as registry_services
    from governance.models import PolicyVersion

    content = copy.deepcopy(PolicyVersion.objects.get(status="published").content)
    content["rules"].append(
        {"id": "projects-stay-in", "action": "deny", "reason_code": "internal_project", "message": "Code names stay.",
         "when": {"categories_any": ["internal_project"], "kinds": ["external"]}}
    )  # fmt: skip
    draft = registry_services.policy_draft_create(actor=SYSTEM, content=content)
    registry_services.policy_publish(actor=SYSTEM, version=draft)
    publish(PROFILE)
    body = world.preflight(destination="eu-api", input=CODE_NAME).json()
    assert body["decision"] == "deny" and [r["code"] for r in body["reasons"]] == ["internal_project"]


def _redacted_strings(body: dict[str, Any]) -> list[str]:
    strings: list[str] = []
    for message in body["redacted_messages"]:
        content = message["content"]
        strings += [content] if isinstance(content, str) else [part["text"] for part in content]
    return strings


@pytest.mark.django_db
@pytest.mark.parametrize("shape", ["messages", "parts"])
def test_a_custom_value_split_over_two_messages_or_parts_is_found_and_redacted_in_both(
    world: World, shape: str
) -> None:
    head, tail = "Maria Schmidt leads Project Fal", "con; her customer is CUST-0000"
    last = "0018, for the board."
    texts = [head, tail, last]
    if shape == "messages":
        messages: list[dict[str, Any]] = [{"role": "user", "content": text} for text in texts]
    else:
        messages = [{"role": "user", "content": [{"type": "text", "text": text} for text in texts]}]
    publish(PROFILE)
    body = world.preflight(destination="us-none", messages=messages).json()
    assert body["decision"] == "redact", body
    assert {"internal_project", "personal_data"} <= set(body["classification"]["categories"])
    assert body["classification"]["entity_counts"]["INTERNAL_PROJECT"] == 2  # a part in each of the two texts
    assert body["classification"]["entity_counts"]["CUSTOMER_NUMBER"] == 2
    first, second, third = _redacted_strings(body)
    assert "Project Fal" not in first and "<INTERNAL_PROJECT_1>" in first
    assert not second.startswith("con") and "CUST-0000" not in second and "<CUSTOMER_NUMBER_1>" in second
    assert "0018" not in third and third.endswith(", for the board.")


@pytest.mark.django_db
def test_the_allow_list_turns_a_product_name_back_into_plain_text_in_the_decision(world: World) -> None:
    text = "Nova is great and Nova can help you."
    assert world.preflight(destination="us-none", input=text).json()["decision"] == "redact"
    publish(PROFILE)
    body = world.preflight(destination="us-none", input=text).json()
    assert body["decision"] == "allow" and body["classification"]["entity_counts"] == {}


@pytest.mark.django_db
def test_only_the_workloads_that_select_a_part_get_it(world: World) -> None:
    make_workload(slug="code-assistant", approve=True, allowed_destinations=["us-none"])
    world.key.workloads.add(*world.key.workloads.model.objects.filter(slug="code-assistant"))
    content = copy.deepcopy(PROFILE)
    content["terms"].append(
        {"id": "repos", "terms": ["monorepo-core"], "entity_type": "INTERNAL_REPO", "category": "internal_project",
         "level": "CONFIDENTIAL", "part": "code"}
    )  # fmt: skip
    content["workload_parts"] = {"code-assistant": ["code"]}
    publish(content)
    text = "Clone monorepo-core and run the tests."
    assert world.preflight(destination="us-none", input=text).json()["classification"]["level"] == "PUBLIC"
    body = world.preflight(workload="code-assistant", destination="us-none", input=text).json()
    assert body["classification"]["entity_counts"] == {"INTERNAL_REPO": 1}


@pytest.mark.django_db(transaction=True)
def test_publishing_takes_effect_in_a_running_server_without_restart(
    live_server: LiveServer, settings: Settings
) -> None:
    # Plain HTTP on loopback: the cookies may not be Secure-only for this client to send them back.
    settings.CSRF_COOKIE_SECURE = settings.SESSION_COOKIE_SECURE = False
    world = build_world()
    officer(username="olivia")
    preflight = httpx.Client(
        base_url=live_server.url, headers={"Authorization": f"Bearer {world.plaintext}"}, timeout=120
    )
    ask = {"workload": "support", "destination": "us-none", "input": CODE_NAME}
    first = preflight.post("/api/v1/preflight", json=ask).json()
    assert "internal_project" not in first["classification"]["categories"]

    # An officer signs in over HTTP and publishes through the API, as a browser would (session and CSRF).
    with httpx.Client(base_url=live_server.url, follow_redirects=True, timeout=60) as person:
        page = person.get("/accounts/login/").text
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert token is not None
        person.post(
            "/accounts/login/",
            data={"username": "olivia", "password": "correct horse battery staple",
                  "csrfmiddlewaretoken": token.group(1)},
        )  # fmt: skip
        headers = {"X-CSRFToken": person.cookies["csrftoken"], "Referer": live_server.url + "/"}
        created = person.post("/api/v1/detection-profiles", json={"content": PROFILE}, headers=headers)
        assert created.status_code == 201, created.text
        number = created.json()["number"]
        published = person.post(f"/api/v1/detection-profiles/{number}/publish", headers=headers)
        assert published.status_code == 200, published.text

    second = preflight.post("/api/v1/preflight", json=ask).json()
    assert second["classification"]["categories"] == ["internal_project"]
    event = AuditEvent.objects.get(seq=second["audit"]["seq"])
    assert event.payload["classifier"]["detection_profile"] == published.json()["label"]
    preflight.close()


@pytest.mark.django_db
def test_the_export_bundle_and_the_log_summary_name_the_profile_in_force(world: World, tmp_path: Path) -> None:
    from audit.exports import export_create, export_run
    from reports.builders import art12_summary, art12_table, default_period

    world.preflight(destination="eu-api", input=CODE_NAME)  # before any profile
    version = publish(PROFILE)
    world.preflight(destination="eu-api", input=CODE_NAME)
    world.preflight(destination="eu-api", input="Nothing sensitive here.")

    summary = art12_summary(world.workload, default_period())
    assert summary.detection_profiles == {version.label: 2, "none": 1}
    assert ["detection_profile", version.label, "2 decisions"] in art12_table(summary)[1]

    export = export_create(actor=SYSTEM, filters={}, enqueue=False)
    export_run(export_id=export.pk, out=tmp_path / "bundle")
    manifest = json.loads((tmp_path / "bundle" / "manifest.json").read_text())
    assert manifest["detection_profiles"] == [version.label]


def test_a_policy_rule_naming_a_misspelt_built_in_category_is_refused() -> None:
    from django.core.exceptions import ValidationError

    from governance.policy import validate_policy

    rule = {"id": "x", "action": "deny", "reason_code": "x", "message": "m"}
    with pytest.raises(ValidationError) as refused:
        validate_policy({"rules": [{**rule, "when": {"categories_any": ["special_categroy"]}}]})
    assert "did you mean 'special_category'?" in str(refused.value.message_dict)
    validate_policy({"rules": [{**rule, "when": {"categories_any": ["internal_project"]}}]})  # an own category
