"""Audit log performance on PostgreSQL: append, full verification, proofs, checkpoints under load.

Usage (a separate database; it is created if missing and filled once)::

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/custos_bench \\
        .venv/bin/python benchmarks/audit_verify.py --events 100000

Bench-only secrets are filled in when unset. Events already in the database are
reused, so a second run only measures. Numbers go to stdout as a Markdown table
(docs/audit.md keeps the last run).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import threading
import time
from pathlib import Path
from typing import cast
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/custos_bench")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789")
os.environ.setdefault("CUSTOS_AUDIT_HMAC_KEY", "bench-only-audit-hmac-key-not-for-production-0123")
os.environ.setdefault("CUSTOS_AUDIT_SIGNING_KEY", "YmVuY2gtb25seS1lZDI1NTE5LXNlZWQtMDEyMzQ1Njc=")
os.environ.setdefault("LOG_LEVEL", "WARNING")


def ensure_database(url: str) -> None:
    """CREATE DATABASE when it does not exist yet (connecting to the maintenance db 'postgres')."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if "bench" not in name:
        sys.exit(f"refusing to fill {name!r}: use a database whose name contains 'bench'")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}/s" if seconds else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000, help="size of the log to verify (default 100000)")
    parser.add_argument("--proofs", type=int, default=20_000, help="proofs of each kind to generate")
    parser.add_argument("--load-events", type=int, default=3_000, help="events appended in the concurrency test")
    args = parser.parse_args()

    ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from audit import selectors
    from audit.actions import AuditAction, SubjectType
    from audit.actors import Actor
    from audit.checkpoints import checkpoint_create, verify_log
    from audit.merkle import MerkleTree, verify_consistency, verify_inclusion
    from audit.services import record

    call_command("migrate", verbosity=0)
    actor = Actor.system("bench")
    results: list[tuple[str, str]] = []

    def append(count: int, per_transaction: int) -> float:
        started = time.perf_counter()
        for start in range(0, count, per_transaction):
            with transaction.atomic():
                for n in range(start, min(start + per_transaction, count)):
                    record(
                        actor=actor,
                        action=AuditAction.PREFLIGHT_DECISION,
                        # Outside the vocabulary, as older runs wrote it: rows stay comparable with theirs.
                        subject_type=cast(SubjectType, "preflight"),
                        subject_id=n,
                        payload={
                            "workload": f"workload-{n % 37}",
                            "decision": ("allow", "redact", "deny")[n % 3],
                            "policy_version": "bench-1",
                            "input": {"hmac_sha256": f"{n:064x}", "chars": n % 5000, "bytes": n % 5000},
                            "entities": {"EMAIL_ADDRESS": n % 3, "IBAN_CODE": n % 2},
                        },
                    )
        return time.perf_counter() - started

    existing = selectors.chain_head().seq
    if existing < args.events:
        missing = args.events - existing
        print(f"appending {missing} events (1000 per transaction)...", file=sys.stderr)
        seconds = append(missing, 1000)
        results.append((f"append {missing} events, 1000 per transaction", rate(missing, seconds)))
    if selectors.latest_checkpoint() is None:
        checkpoint_create()
    size = selectors.chain_head().seq

    print("full verification...", file=sys.stderr)
    started = time.perf_counter()
    report = verify_log()
    seconds = time.perf_counter() - started
    assert report.ok, [p.message for p in report.problems]
    results.append(
        (
            f"full verification (chain + Merkle + {report.checkpoints} checkpoints), {size} events",
            f"{seconds:.1f} s = {rate(size, seconds)}",
        )
    )

    selectors._trees.clear()  # measure a cold tree build
    started = time.perf_counter()
    tree: MerkleTree = selectors.merkle_tree(size)
    seconds = time.perf_counter() - started
    results.append(
        (f"load leaves and build the tree, {size} events (cold cache)", f"{seconds:.1f} s = {rate(size, seconds)}")
    )
    started = time.perf_counter()
    MerkleTree(tree._levels[0])
    seconds = time.perf_counter() - started
    results.append(("build the tree from leaf hashes only", f"{seconds:.2f} s"))

    picks = [(random.randrange(1, size + 1), random.randrange(1, size + 1)) for _ in range(args.proofs)]
    started = time.perf_counter()
    inclusion = [tree.inclusion_proof(min(a, b) - 1, max(a, b)) for a, b in picks]
    seconds = time.perf_counter() - started
    results.append(("inclusion proofs (random index, random size)", rate(args.proofs, seconds)))
    started = time.perf_counter()
    consistency = [tree.consistency_proof(min(a, b), max(a, b)) for a, b in picks]
    seconds = time.perf_counter() - started
    results.append(("consistency proofs (random sizes)", rate(args.proofs, seconds)))
    roots = {n: tree.root(n) for pair in picks[:2000] for n in pair}
    started = time.perf_counter()
    for (a, b), proof in zip(picks[:2000], inclusion, strict=False):
        assert verify_inclusion(min(a, b) - 1, max(a, b), tree.leaf(min(a, b) - 1), proof, roots[max(a, b)])
    for (a, b), proof in zip(picks[:2000], consistency, strict=False):
        assert verify_consistency(min(a, b), max(a, b), roots[min(a, b)], roots[max(a, b)], proof)
    seconds = time.perf_counter() - started
    results.append(("verify an inclusion + a consistency proof", rate(2000, seconds)))

    print("append throughput with and without a concurrent checkpointer...", file=sys.stderr)
    baseline = append(args.load_events, 1)
    results.append((f"append, 1 event per transaction, {args.load_events} events", rate(args.load_events, baseline)))
    stop, written = threading.Event(), [0]

    def checkpointer() -> None:
        while not stop.is_set():
            if checkpoint_create(only_if_grown=True):
                written[0] += 1
            time.sleep(0.2)
        connection.close()

    thread = threading.Thread(target=checkpointer)
    thread.start()
    loaded = append(args.load_events, 1)
    stop.set()
    thread.join()
    results.append(
        (
            f"same, with checkpoints written every 0.2 s meanwhile ({written[0]} written)",
            rate(args.load_events, loaded),
        )
    )
    started = time.perf_counter()
    checkpoint_create()
    results.append(("one incremental checkpoint (few new events)", f"{(time.perf_counter() - started) * 1000:.0f} ms"))
    started = time.perf_counter()
    checkpoint_create(full=True)
    results.append(
        (f"one full checkpoint (re-hash {selectors.chain_head().seq} events)", f"{time.perf_counter() - started:.1f} s")
    )

    print(
        f"\nMachine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"PostgreSQL {connection.cursor().connection.info.server_version}\n"
    )
    print("| measurement | result |\n|---|---|")
    for name, value in results:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
