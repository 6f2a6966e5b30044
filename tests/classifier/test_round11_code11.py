"""Round 11 (code11): the hand-written code and config texts of ``data/round11_code11.py``.

Every labelled credential is found (a credential finding overlapping it), and no clean look-alike (a reference,
a placeholder, a port, a hash, a prompt for the password) is classified above INTERNAL. A case that passes today
and stops passing fails this test.
"""

from __future__ import annotations

import pytest

from classifier.devcorpus.generate import parse_markup
from classifier.engine import CustosEngine
from classifier.recognizers.secrets import ENTITY_TYPES as CREDENTIALS
from tests.classifier.data.round11_code11 import TEXTS

PARSED = [parse_markup(entry["text"]) for entry in TEXTS]
LABELLED = [(index, span) for index, (_, spans) in enumerate(PARSED) for span in spans]
CLEAN = [index for index, (_, spans) in enumerate(PARSED) if not spans]


@pytest.fixture(scope="module")
def results(engine: CustosEngine) -> list:
    return engine.classify_many([text for text, _ in PARSED])


def test_the_texts_hold_both_credentials_and_clean_look_alikes() -> None:
    assert len(LABELLED) >= 20 and len(CLEAN) >= 15


@pytest.mark.parametrize(("index", "span"), LABELLED, ids=[f"{i}-{s['entity_type']}" for i, s in LABELLED])
def test_every_labelled_credential_is_found(results: list, index: int, span: dict) -> None:
    text = PARSED[index][0]
    found = [
        (f.entity_type, text[f.start : f.end])
        for f in results[index].findings
        if f.entity_type in CREDENTIALS and f.start < span["end_position"] and span["start_position"] < f.end
    ]
    assert found, (index, text[span["start_position"] : span["end_position"]])
    assert results[index].level.name == "RESTRICTED"


@pytest.mark.parametrize("index", CLEAN)
def test_clean_look_alikes_stay_at_or_below_internal(results: list, index: int) -> None:
    text = PARSED[index][0]
    raised = [(f.entity_type, text[f.start : f.end]) for f in results[index].findings if f.entity_type in CREDENTIALS]
    assert results[index].level.name in ("PUBLIC", "INTERNAL", "CONFIDENTIAL"), raised
    assert not raised, raised


@pytest.mark.parametrize(
    "line",
    [
        "redis-cli -h cache -p 6379 INFO",  # -p is the port
        'sqlcmd -S db -E -Q "select 1"',  # integrated security
        "echo 'deploy done' | mail -s status ops@example.com",  # a pipe that stores nothing
        "requirepass\n",  # a key without a value
        "sqlplus -s /@FINPRD @job.sql",  # wallet login
        '{"name": "password_min_length", "value": "12"}',  # a policy, not a password
    ],
)
def test_near_misses_are_no_credentials(engine: CustosEngine, line: str) -> None:
    assert not [f for f in engine.classify(line).findings if f.entity_type in CREDENTIALS]


@pytest.mark.parametrize(
    "line",
    [
        "kubectl create secret generic pg --from-file=password=/dev/stdin -n billing",
        "password=/run/secrets/db_password",
        "--from-file=password=./pw.txt",
    ],
)
def test_a_path_where_a_password_would_stand_is_the_file_it_is_read_from(engine: CustosEngine, line: str) -> None:
    assert engine.classify(line).level.name == "PUBLIC"
