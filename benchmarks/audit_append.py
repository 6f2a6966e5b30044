"""Audit append throughput: the hash chain against plain INSERTs, 1 and 8 writers, one run.

    .venv/bin/python benchmarks/audit_append.py [--events 2000] [--database custos_bench_append]

Each writer is its own process (as web workers are) and commits one event per
transaction, as a service does. "chained" goes through audit.services.record
(advisory lock held to commit, head read, canonical JSON, SHA-256, ORM insert).
"plain" INSERTs rows of the same shape, with the same payload, into an
unchained table with a bigserial key and no lock: the floor that PostgreSQL
and one commit per event give on this machine.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import cast

REPO = Path(__file__).resolve().parents[1]
PAYLOAD = {
    "decision": "redact",
    "reasons": ["no_transfer_basis"],
    "workload": "support-summarizer",
    "destination": "us-no-mechanism",
    "input": {"hmac_sha256": "ab" * 32, "chars": 812, "bytes": 812, "messages": 0},
    "level": "CONFIDENTIAL",
    "categories": ["personal_data"],
    "entity_counts": {"EMAIL_ADDRESS": 1, "PERSON": 2},
}
PLAIN_TABLE = """
CREATE TABLE IF NOT EXISTS bench_plain_event (
    seq bigserial PRIMARY KEY, created_at timestamptz NOT NULL, actor_type varchar(16) NOT NULL,
    actor_id varchar(64) NOT NULL, actor_label varchar(150) NOT NULL, action varchar(64) NOT NULL,
    subject_type varchar(64) NOT NULL, subject_id varchar(128) NOT NULL, payload jsonb NOT NULL,
    prev_hash varchar(64) NOT NULL, hash varchar(64) NOT NULL
)"""


def _setup(database_url: str) -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=database_url,
        SECRET_KEY="benchmark-only-secret-key-0123456789abcdef",
        CUSTOS_AUDIT_HMAC_KEY="benchmark-only-hmac-key-0123456789abcdef",
        CUSTOS_AUDIT_SIGNING_KEY="YmVuY2htYXJrLW9ubHktZWQyNTUxOS1zZWVkLTAxMjM=",
        LOG_LEVEL="WARNING",
    )
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


def writer(database_url: str, mode: str, count: int, barrier: mp.synchronize.Barrier, name: str) -> None:
    _setup(database_url)
    import json

    from django.db import connection, transaction
    from django.utils import timezone

    from audit import services
    from audit.actions import AuditAction, SubjectType
    from audit.actors import Actor

    actor = Actor.system(name)
    connection.ensure_connection()
    barrier.wait()
    for n in range(count):
        with transaction.atomic():
            if mode == "chained":
                # Names outside the vocabulary, the same the plain INSERT writes: a benchmark row never passes for a real one.
                services.record(
                    actor=actor,
                    action=cast(AuditAction, "bench.append"),
                    subject_type=cast(SubjectType, "bench"),
                    subject_id=n,
                    payload=PAYLOAD,
                )
            else:
                with connection.cursor() as cursor:
                    cursor.execute(
                        "INSERT INTO bench_plain_event (created_at, actor_type, actor_id, actor_label, action, subject_type,"
                        " subject_id, payload, prev_hash, hash) VALUES (%s, 'system', '', %s, 'bench.append', 'bench', %s,"
                        " %s::jsonb, %s, %s)",
                        [timezone.now(), name, str(n), json.dumps(PAYLOAD), "0" * 64, "0" * 64],
                    )


def run(database_url: str, mode: str, writers: int, total: int) -> float:
    barrier = mp.get_context("spawn").Barrier(writers + 1)
    per_writer = total // writers
    processes = [
        mp.get_context("spawn").Process(target=writer, args=(database_url, mode, per_writer, barrier, f"{mode}-{i}"))
        for i in range(writers)
    ]
    for process in processes:
        process.start()
    barrier.wait()
    started = time.perf_counter()
    for process in processes:
        process.join()
        if process.exitcode != 0:
            raise SystemExit(f"a {mode} writer failed")
    return per_writer * writers / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=2000, help="events per configuration")
    parser.add_argument("--database", default="custos_bench_append")
    args = parser.parse_args()
    database_url = f"postgres://postgres@127.0.0.1:5432/{args.database}"
    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", args.database], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", args.database], check=True)
    env = {**os.environ}
    _setup(database_url)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=REPO, env={**env, **os.environ}, check=True)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(PLAIN_TABLE)
    connection.close()

    print(f"{os.cpu_count()} CPUs, PostgreSQL on loopback, one event per transaction, {args.events} events each")
    print(f"{'writers':>7} {'plain/s':>9} {'chained/s':>10} {'chained/plain':>14}")
    for writers in (1, 8):
        plain = run(database_url, "plain", writers, args.events)
        chained = run(database_url, "chained", writers, args.events)
        print(f"{writers:>7} {plain:>9.0f} {chained:>10.0f} {chained / plain:>14.2f}")

    from audit.chain import verify_chain

    report = verify_chain()
    print(f"chain after the run: {'intact' if report.ok else 'BROKEN: ' + report.problem}, {report.checked} events")


if __name__ == "__main__":
    main()
