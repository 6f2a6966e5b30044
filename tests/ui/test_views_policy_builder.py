"""The policy rule builder and the JSON view's line numbers."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from governance import services
from governance.models import PolicyVersion
from governance.policy import DEFAULT_POLICY, validate_policy
from governance.policy_builder import errors_by_line, formatted_with_paths, line_of
from tests.factories import SYSTEM

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(db: None) -> PolicyVersion:
    services.policy_ensure_default(actor=SYSTEM)
    content = {**DEFAULT_POLICY, "workload_overrides": {"cv-screener": [DEFAULT_POLICY["rules"][0]]}}
    return services.policy_draft_create(actor=SYSTEM, content=content)


def builder_data(rules: list[dict[str, Any]], *, notes: str = "") -> dict[str, Any]:
    """What the builder's form posts for ``rules`` (each a dict of the RuleForm's fields)."""
    data: dict[str, Any] = {
        "rules-TOTAL_FORMS": str(len(rules)),
        "rules-INITIAL_FORMS": "0",
        "rules-MIN_NUM_FORMS": "0",
        "rules-MAX_NUM_FORMS": "1000",
        "notes": notes,
    }
    for index, rule in enumerate(rules):
        for name, value in rule.items():
            data[f"rules-{index}-{name}"] = value
    return data


def row(**overrides: Any) -> dict[str, Any]:
    return {
        "id": "no-us-personal",
        "action": "deny",
        "reason_code": "us_personal_data",
        "message": "No personal data to US destinations.",
        "categories_any": ["personal_data"],
        "kinds": ["external"],
        "transfer_bases": ["none"],
        "dpa_signed": "no",
        "levels_at_least": "",
        **overrides,
    }


def test_the_builder_shows_each_rule_as_a_row_of_controls(draft: PolicyVersion, officer_client: Client) -> None:
    page = officer_client.get(f"/policy/{draft.number}/builder/").content.decode()
    rows = page.split("<template")[0]  # the empty row the script clones sits in a <template>
    assert rows.count('class="rule-row"') == len(DEFAULT_POLICY["rules"]) + 1  # and one spare row
    assert 'value="credentials-stay-in"' in page
    assert 'name="rules-0-categories_any" value="credentials"' in page and "checked" in page
    assert "Workload overrides (1) are kept as they are" in page
    assert 'src="/static/custos/policy_builder.js"' in page and "<script>" not in page  # CSP: no inline script


def test_saving_rules_from_the_builder_writes_the_document(draft: PolicyVersion, officer_client: Client) -> None:
    response = officer_client.post(
        f"/policy/{draft.number}/builder/", builder_data([row(), {"id": ""}], notes="US rule")
    )
    assert response.status_code == 302 and response["Location"] == f"/policy/{draft.number}/diff/"
    draft.refresh_from_db()
    assert draft.content["rules"] == [
        {
            "id": "no-us-personal",
            "action": "deny",
            "reason_code": "us_personal_data",
            "message": "No personal data to US destinations.",
            "when": {
                "categories_any": ["personal_data"],
                "kinds": ["external"],
                "transfer_bases": ["none"],
                "dpa_signed": False,
            },
        }
    ]
    assert draft.content["workload_overrides"] == {"cv-screener": [DEFAULT_POLICY["rules"][0]]}  # kept
    assert draft.notes == "US rule"
    validate_policy(draft.content)


def test_problems_are_shown_on_the_row_they_concern(draft: PolicyVersion, officer_client: Client) -> None:
    before = draft.content
    data = builder_data([row(), row(reason_code="Bad Code"), row(action="", id="second")])
    response = officer_client.post(f"/policy/{draft.number}/builder/", data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Reason code: Use lower-case letters, digits and underscores." in page
    assert "Then: This field is required." in page
    draft.refresh_from_db()
    assert draft.content == before

    duplicate = officer_client.post(f"/policy/{draft.number}/builder/check/", builder_data([row(), row()])).json()
    assert duplicate["ok"] is False
    assert duplicate["rows"] == {"1": ["id: Duplicate rule id 'no-us-personal'."]}
    fine = officer_client.post(f"/policy/{draft.number}/builder/check/", builder_data([row()])).json()
    assert fine == {"ok": True, "rows": {}, "errors": [], "rule_count": 1}
    empty = officer_client.post(f"/policy/{draft.number}/builder/check/", builder_data([row(DELETE="on")])).json()
    assert empty["errors"] == ["A policy needs at least one rule."]


def test_the_builder_is_for_drafts_and_for_editors(
    draft: PolicyVersion, officer_client: Client, auditor_client: Client
) -> None:
    assert auditor_client.get(f"/policy/{draft.number}/builder/").status_code == 403
    assert auditor_client.post(f"/policy/{draft.number}/builder/check/", builder_data([row()])).status_code == 403
    published = PolicyVersion.objects.get(status="published")
    response = officer_client.get(f"/policy/{published.number}/builder/")
    assert response.status_code == 302 and response["Location"] == f"/policy/{published.number}/"


def test_path_lines_match_the_formatted_document() -> None:
    text, where = formatted_with_paths(DEFAULT_POLICY)
    assert text == json.dumps(DEFAULT_POLICY, indent=2)
    lines = text.split("\n")
    assert lines[where["rules.2.when.kinds"] - 1].strip().startswith('"kinds": [')
    assert lines[where["rules.0.id"] - 1].strip() == '"id": "credentials-stay-in",'
    assert line_of("rules.0.when.no_such_key", where) == where["rules.0.when"]
    assert line_of("content", where) == 1


def test_the_json_view_points_each_error_at_its_line(draft: PolicyVersion, officer_client: Client) -> None:
    content = json.loads(json.dumps(DEFAULT_POLICY))
    content["rules"][1]["when"]["kinds"] = ["cloud"]
    response = officer_client.post(f"/policy/{draft.number}/edit/", {"content": json.dumps(content), "notes": ""})
    assert response.status_code == 400
    page = response.content.decode()
    _text, by_line = errors_by_line(content, [("rules.1.when.kinds", "x")])
    (line,) = by_line
    assert f'<li id="line-{line}" class="line-error">' in page
    assert f"Line {line}: rules.1.when.kinds: A non-empty list of on_prem, external." in page
    assert "The draft by line, with the 1 problem on the line they concern" in page

    broken = '{\n  "rules": [\n    {"id": "x",}\n  ]\n}'
    page = officer_client.post(f"/policy/{draft.number}/edit/", {"content": broken, "notes": ""}).content.decode()
    assert '<li id="line-3" class="line-error">' in page
    assert "Line 3: Not valid JSON: Expecting property name enclosed in double quotes (column 16)." in page
