"""The pure helpers of benchmarks/faults.py: arguments, counting answers, the table (the script itself is not run here)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "faults.py"


@pytest.fixture(scope="module")
def faults() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_faults", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_quick_shortens_the_phases_and_only_keeps_the_documented_order(faults: ModuleType) -> None:
    default = faults.parse_args([])
    assert (default.phase_seconds, default.lock_hold, default.phases) == (40.0, 20.0, list(faults.PHASES))
    assert default.phases[0] == "baseline" and "verify-now" in default.phases
    quick = faults.parse_args(["--quick", "--only", "chain-lock, baseline"])
    assert (quick.phase_seconds, quick.lock_hold, quick.phases) == (10.0, 8.0, ["baseline", "chain-lock"])
    assert faults.parse_args(["--quick", "--phase-seconds", "15"]).phase_seconds == 15.0


def test_an_unknown_phase_is_refused_with_the_choices(faults: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        faults.parse_args(["--only", "pg-stop,disk-full"])
    assert "unknown phase(s) disk-full; choose from baseline, pg-stop" in capsys.readouterr().err


def test_answers_are_counted_by_status_and_recovery_starts_when_the_fault_is_lifted(faults: ModuleType) -> None:
    answer = faults.Answer
    answers = [
        answer(0.0, 0.05, 200, True, "id-1"),
        answer(1.0, 1.10, 503, True),
        answer(1.0, 1.20, 500, False),
        answer(1.0, 1.30, 500, True),
        answer(1.5, 2.00, None),
        answer(2.0, 2.10, 400, True),
        answer(2.9, 3.25, 200, True, "id-2"),  # the fault was lifted at 3.0
    ]
    row = faults.summarise("pg-stop", answers, lifted_at=3.0, applied_at=1.0)
    assert (row.requests, row.ok, row.client_errors, row.no_answer) == (7, 2, 1, 1)
    assert (row.unavailable_json, row.unavailable_other) == (1, 0)
    assert (row.server_errors_json, row.server_errors_other) == (1, 1)
    assert row.decision_ids == ["id-1", "id-2"] and row.recovery_s == 0.25
    assert row.fault_p50_ms == 200.0  # the five answered requests sent between 1.0 and 3.0, not the unanswered one
    assert faults.summarise("pg-stop", answers[:2], lifted_at=3.0).recovery_s is None


def test_the_table_shows_missing_rows_and_a_failed_verification(faults: ModuleType) -> None:
    baseline = faults.PhaseRow(phase="baseline", requests=2, ok=2, decision_ids=["a", "b"], with_row=2, with_event=2)
    broken = faults.PhaseRow(
        phase="pg-crash", requests=3, ok=2, unavailable_other=1, decision_ids=["c", "d"], with_row=2, with_event=1
    )
    broken.health_in_fault, broken.health_after = "503", "200"
    broken.verify = faults.verify_summary(1, "chain links hold\nFAILED at seq 9: seq 9 is missing\nfirst bad seq: 9")
    baseline.verify = faults.verify_summary(0, "OK: 21 events, head seq 21 hash ab\nOK: Merkle root")
    lines = faults.format_table([baseline, broken]).splitlines()
    assert lines[0].startswith("| phase | requests | 200 | 4xx | 503 JSON / other |") and len(lines) == 4
    assert lines[2].endswith("| 2 / 2 / 2 | 0 | 0 / 0 | - | - | n/a | - / - | OK: 21 events |")
    assert "| 0 / 1 |" in lines[3] and "| 2 / 2 / 1 | 1 |" in lines[3]
    assert lines[3].endswith("| no 200 | 503 / 200 | FAILED at seq 9: seq 9 is missing |")
    assert faults.verify_summary(None, "") == "did not finish"
    broken.note = "6 clicks answered 6x 302; verification runs started: 1"
    assert faults.format_table([broken]).splitlines()[-2:] == ["", f"- pg-crash: {broken.note}"]


def test_runs_in_flight_at_once_are_counted_from_their_spans(faults: ModuleType) -> None:
    at = [dt.datetime(2026, 1, 1, 12, 0, second, tzinfo=dt.UTC) for second in range(6)]
    assert faults.most_at_once([]) == 0
    assert faults.most_at_once([(at[0], at[1]), (at[1], at[2]), (at[3], at[4])]) == 1  # one after another
    assert faults.most_at_once([(at[0], at[3]), (at[1], at[2]), (at[2], at[5])]) == 2
