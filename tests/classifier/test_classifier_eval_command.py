"""manage.py classifier_eval on a small data set it is given."""

from __future__ import annotations

import json

import pytest
from django.core.management import CommandError, call_command

RECORDS = [
    {"full_text": "My name is Anna Berg and my email is anna@example.com", "spans": [
        {"entity_type": "PERSON", "entity_value": "Anna Berg", "start_position": 11, "end_position": 20},
        {"entity_type": "EMAIL_ADDRESS", "entity_value": "anna@example.com", "start_position": 37, "end_position": 53},
    ]},
    {"full_text": "What are my options?", "spans": []},
    {"full_text": "He lives at 90 Whitchurch Road.", "spans": [
        {"entity_type": "STREET_ADDRESS", "entity_value": "90 Whitchurch Road", "start_position": 12, "end_position": 30},
    ]},
]  # fmt: skip


@pytest.fixture
def dataset(tmp_path):
    path = tmp_path / "set.json"
    path.write_text(json.dumps(RECORDS))
    return path


def test_json_report_for_both_engines(dataset, capsys) -> None:
    call_command("classifier_eval", "--dataset", str(dataset), "--json")
    payload = json.loads(capsys.readouterr().out)
    assert payload["samples"] == 3
    custos, vanilla = payload["reports"]
    assert (custos["engine"], vanilla["engine"]) == ("custos", "vanilla presidio")
    assert custos["overall"]["recall"] == 1.0
    assert custos["pii_free_texts"] == 1
    assert {"precision", "recall", "f2"} <= set(custos["families"]["PERSON"])


def test_limit_and_table(dataset, capsys) -> None:
    call_command("classifier_eval", "--dataset", str(dataset), "--limit", "1")
    out = capsys.readouterr().out
    assert "(1 texts)" in out and "identifier chars unredacted" in out


def test_missing_dataset_is_a_command_error(tmp_path) -> None:
    with pytest.raises(CommandError, match="does not exist"):
        call_command("classifier_eval", "--dataset", str(tmp_path / "nope.json"))
