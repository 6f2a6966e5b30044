"""manage.py classify: JSON lines or text lines in, one result line out per record, never the text."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from pytest_django import Settings

SECRETS = ("hunter2xyz", "HIV", "DE89370400440532013000")


@pytest.fixture(autouse=True)
def deterministic_only(settings: Settings) -> None:
    settings.CUSTOS_VLLM_BASE_URL = ""


def run(*args: str, stdin: bytes | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[list[Any], str]:
    """Run the command; return its stdout as parsed JSON lines and its stderr."""
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    out, err = io.StringIO(), io.StringIO()
    call_command("classify", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def write(tmp_path: Path, lines: list[str]) -> str:
    path = tmp_path / "input.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_json_lines_give_one_result_each_without_the_text(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            json.dumps({"id": "a", "text": "password: hunter2xyz!"}),
            json.dumps({"id": 2, "text": "The weather is nice today."}),
            json.dumps({"text": "IBAN DE89370400440532013000"}),
        ],
    )
    results, err = run(path)
    assert [(r["id"], r["level"]) for r in results] == [("a", "RESTRICTED"), (2, "PUBLIC"), (3, "CONFIDENTIAL")]
    first = results[0]
    assert set(first) == {"id", "level", "categories", "entities", "ms"}
    assert first["categories"] == ["credentials"]
    (entity,) = first["entities"]
    assert set(entity) == {"type", "start", "end", "score", "recognizer"}
    assert entity["type"] == "PASSWORD"
    assert first["ms"] >= 0
    output = json.dumps(results)
    assert all(secret not in output for secret in SECRETS)
    assert err == ""


def test_plain_text_lines_from_stdin_are_numbered(monkeypatch: pytest.MonkeyPatch) -> None:
    text = b"The weather is nice today.\n\nPatient was diagnosed with HIV last year.\n"
    results, _ = run("-", stdin=text, monkeypatch=monkeypatch)
    assert [(r["id"], r["level"]) for r in results] == [(1, "PUBLIC"), (3, "RESTRICTED")]


def test_malformed_lines_are_reported_and_the_rest_is_processed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            json.dumps({"id": "ok-1", "text": "The weather is nice today."}),
            '{"id": "broken", "text": "password: hunter2xyz!"',
            json.dumps({"id": "no-text", "body": "x"}),
            json.dumps({"id": "binary", "text": "\x01\x02\x03\x04 hunter2xyz"}),
            json.dumps({"id": "ok-2", "text": "Patient was diagnosed with HIV last year."}),
        ],
    )
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="3 of 5 records failed") as failure:
        call_command("classify", path, "--batch-size", "10", stdout=out, stderr=err)
    assert failure.value.returncode == 1
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in results] == ["ok-1", 2, "no-text", "binary", "ok-2"]
    assert results[1] == {"id": 2, "line": 2, "error": "not valid JSON (Expecting ',' delimiter at column 49)"}
    assert results[2] == {"id": "no-text", "line": 3, "error": 'no string field "text"'}
    assert results[3]["line"] == 4 and "control characters" in results[3]["error"]
    assert results[4]["level"] == "RESTRICTED"  # still classified after the bad ones
    assert err.getvalue().splitlines()[:2] == [
        "line 2: not valid JSON (Expecting ',' delimiter at column 49)",
        'line 3: no string field "text"',
    ]
    assert all(secret not in out.getvalue() + err.getvalue() for secret in SECRETS)


def test_batch_size_does_not_change_results(tmp_path: Path) -> None:
    texts = [
        "The weather is nice today.",
        "password: hunter2xyz!",
        "Mail jane@example.eu",
        "IBAN DE89370400440532013000",
    ]
    path = write(tmp_path, [json.dumps({"id": n, "text": t}) for n, t in enumerate(texts)])

    def without_ms(results: list[Any]) -> list[Any]:
        return [{k: v for k, v in r.items() if k != "ms"} for r in results]

    assert without_ms(run(path, "--batch-size", "1")[0]) == without_ms(run(path, "--batch-size", "3")[0])


def test_forced_text_format_treats_json_as_text(tmp_path: Path) -> None:
    path = write(tmp_path, ['{"this is": "just text"}'])
    results, _ = run(path, "--format", "text")
    assert results[0]["id"] == 1 and results[0]["level"] == "PUBLIC"


def test_unreadable_file_and_bad_options_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"Cannot read .*missing\.jsonl: No such file or directory"):
        call_command("classify", str(tmp_path / "missing.jsonl"), stdout=io.StringIO())
    with pytest.raises(CommandError, match="--batch-size must be at least 1"):
        call_command("classify", "-", "--batch-size", "0", stdout=io.StringIO())
    path = write(tmp_path, ["hello"])
    with pytest.raises(CommandError, match="Language 'xx' is not supported"):
        call_command("classify", path, "--language", "xx", stdout=io.StringIO())


def test_exit_status_and_streams_of_the_real_command(tmp_path: Path) -> None:
    path = write(tmp_path, [json.dumps({"id": 1, "text": "hello"}), "not json at all {"])
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.test_settings", "CUSTOS_VLLM_BASE_URL": ""}
    done = subprocess.run(
        [sys.executable, "manage.py", "classify", path, "--format", "jsonl"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines[0]["id"] == 1 and lines[0]["level"] == "PUBLIC"
    assert lines[1]["line"] == 2 and lines[1]["error"].startswith("not valid JSON")
    assert "line 2: not valid JSON" in done.stderr
    assert "classify:" not in done.stderr  # no progress bar when stderr is not a terminal
