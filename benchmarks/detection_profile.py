"""Classification latency with a detection profile of 1,000 terms and 50 patterns, against a bare Presidio analyze.

    .venv/bin/python benchmarks/detection_profile.py [--repeats 60] [--block 10] [--warmup 2] [--json]

One process, one run, the same payloads as benchmarks/preflight.py (clean text,
contact data, a health statement, an API key, and the German ones; ~200 and
~2,000 characters). For each payload, three sides take turns in blocks of
--block calls (the first --warmup of each block not counted):
- bare: presidio AnalyzerEngine.analyze as shipped, on the same spaCy model;
- engine: the Custos engine's classify() without a profile (the hot path as it was);
- profile: the same classify() with the compiled profile (classifier/profile.py).

The target (issue 16): profile p50 ≤ 1.25x bare p50. "profile/engine" shows what
the profile itself costs. Numbers vary with the machine and its load: compare the
ratios. Not run by CI; results go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")

_spec = importlib.util.spec_from_file_location("bench_preflight", REPO / "benchmarks" / "preflight.py")
assert _spec is not None and _spec.loader is not None
bench_preflight = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_preflight)

SYLLABLES = ["ka", "lo", "mi", "ne", "ra", "su", "ti", "vo", "ze", "qu", "bri", "dan", "fel", "gor", "hul", "jex"]
CHECKSUMS = ["luhn", "iban", "nl_bsn", "uk_nhs", "pl_pesel", ""]


def code_name(n: int) -> str:
    """A made-up, deterministic code name ("Project Kalomi 17")."""
    word = "".join(SYLLABLES[(n >> shift) % len(SYLLABLES)] for shift in (0, 4, 8))
    return f"Project {word.capitalize()} {n % 97}"


def big_profile() -> dict[str, Any]:
    terms = [
        {
            "id": f"terms-{group}",
            "terms": [code_name(group * 100 + n) for n in range(100)],
            "entity_type": "INTERNAL_PROJECT",
            "category": "internal_project",
            "level": "CONFIDENTIAL",
            "case_sensitive": group % 2 == 0,
        }
        for group in range(10)
    ]
    patterns = []
    for n in range(50):
        checksum = CHECKSUMS[n % len(CHECKSUMS)]
        pattern: dict[str, Any] = {
            "id": f"pattern-{n}",
            "regex": f"(?:[A-Z]{{2}}{n:02d}|EMP{n:02d})-[0-9]{{6,10}}",
            "entity_type": f"INTERNAL_ID_{n % 5}",
            "category": "personal_data",
            "level": "CONFIDENTIAL",
            "score": 0.4,
            "context": ["employee", "customer", "ticket"],
        }
        if checksum:
            pattern["checksum"] = checksum
        patterns.append(pattern)
    allow = [{"id": f"allow-{n}", "term": f"Nova {n}"} for n in range(20)]
    return {"allow": allow, "terms": terms, "patterns": patterns}


def percentile(values: list[float], q: float) -> float:
    return float(bench_preflight.percentile(values, q))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=60, help="counted calls per payload and side")
    parser.add_argument("--block", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    from classifier.engine import CustosEngine, EngineSettings
    from classifier.profile import compile_profile

    content = big_profile()
    started = time.perf_counter()
    profile = compile_profile(content, label="bench")
    compile_ms = (time.perf_counter() - started) * 1000
    engine = CustosEngine(EngineSettings())
    bare = bench_preflight.bare_presidio()
    engine.classify("warm up John Smith", language="en")
    engine.classify("warm up John Smith", language="en", profile=profile)

    def time_engine(text: str, with_profile: bool) -> float:
        begin = time.perf_counter()
        engine.classify(text, profile=profile if with_profile else None)
        return (time.perf_counter() - begin) * 1000

    sides = {
        "bare": lambda text: bench_preflight.time_bare(bare, text),
        "engine": lambda text: time_engine(text, False),
        "profile": lambda text: time_engine(text, True),
    }
    rows = []
    for name, text in bench_preflight.payloads().items():
        timings: dict[str, list[float]] = {side: [] for side in sides}
        while len(timings["bare"]) < args.repeats:
            for side, call in sides.items():
                for index in range(args.block):
                    elapsed = call(text)
                    if index >= args.warmup:
                        timings[side].append(elapsed)
        p50 = {side: statistics.median(values) for side, values in timings.items()}
        # The profile's own work (terms, patterns, allow-list) without the analysis around it: steadier than a
        # difference of two noisy medians.
        apply_runs = []
        for _ in range(args.repeats * 4):
            begin = time.perf_counter()
            profile.apply(text, [], language="en", score_threshold=engine.settings.score_threshold)
            apply_runs.append((time.perf_counter() - begin) * 1000)
        rows.append(
            {
                "payload": name,
                "bare_p50_ms": round(p50["bare"], 2),
                "engine_p50_ms": round(p50["engine"], 2),
                "profile_p50_ms": round(p50["profile"], 2),
                "profile_p99_ms": round(percentile(timings["profile"], 0.99), 2),
                "profile_x_bare": round(p50["profile"] / p50["bare"], 2),
                "profile_x_engine": round(p50["profile"] / p50["engine"], 3),
                "apply_p50_ms": round(statistics.median(apply_runs), 3),
            }
        )
        print(f"{name}: {rows[-1]}", file=sys.stderr, flush=True)  # progress: a run takes minutes
    summary = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "profile": {
            "terms": sum(len(t["terms"]) for t in content["terms"]),
            "patterns": len(content["patterns"]),
            "allow": len(content["allow"]),
            "compile_ms": round(compile_ms, 1),
        },
        "worst_profile_x_bare": max(row["profile_x_bare"] for row in rows),
        "median_profile_x_engine": round(statistics.median(row["profile_x_engine"] for row in rows), 3),
        "rows": rows,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    print(f"{summary['machine']}; profile {summary['profile']}")
    print(
        f"{'payload':<20}{'bare p50':>10}{'engine p50':>12}{'profile p50':>13}{'p99':>9}{'xbare':>8}{'xengine':>9}"
        f"{'apply p50':>11}"
    )
    for row in rows:
        print(
            f"{row['payload']:<20}{row['bare_p50_ms']:>10}{row['engine_p50_ms']:>12}{row['profile_p50_ms']:>13}"
            f"{row['profile_p99_ms']:>9}{row['profile_x_bare']:>8}{row['profile_x_engine']:>9}{row['apply_p50_ms']:>11}"
        )
    print(
        f"worst profile p50 / bare p50: {summary['worst_profile_x_bare']} (target ≤ 1.25); "
        f"median profile / engine: {summary['median_profile_x_engine']}"
    )


if __name__ == "__main__":
    main()
