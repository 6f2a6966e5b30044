"""Faults under load: what pre-flight clients see while PostgreSQL, Redis or a web worker fails, in one run.

    .venv/bin/python benchmarks/faults.py [--quick] [--phase-seconds 40] [--clients 4] [--only pg-crash,redis-freeze]

What it does:
1. Creates a scratch PostgreSQL cluster (initdb, trust auth on loopback, a
   free port, a temporary directory; as the `postgres` system user when run as
   root) with the owner and application roles of docs/deploy.md: migrations
   run as custos_owner, everything else as custos_app with the documented
   grants. Starts its own redis-server on a free port.
2. Loads the demo data, creates a service key, and starts gunicorn exactly as
   docs/deploy.md runs it (--preload, gthread, CUSTOS_WARM_UP), a Celery
   worker and Celery beat (checkpoints every minute).
3. Runs one phase per fault with --clients threads sending pre-flights all the
   time (http.client, one kept-alive connection each): load alone for a
   quarter of the phase, then the fault, held for a quarter (the chain lock
   for --lock-hold seconds), then lifted, and load until the phase ends and
   a 200 has come back (at most --recovery-limit seconds more).
   Faults: PostgreSQL fast stop / start; PostgreSQL crash (kill -9 of the
   postmaster) / start; Redis stop / start; Redis frozen (SIGSTOP / SIGCONT);
   one gunicorn worker killed (kill -9; the master starts another); the
   database read-only (ALTER SYSTEM default_transaction_read_only + reload,
   which every session, including kept-alive ones, picks up); the audit chain
   lock held by another session (pg_advisory_xact_lock on the key in
   audit/services.py).
4. After each phase prints a row: answers by status (503 and other 5xx split
   by whether the body was JSON; "no answer" is a refused or reset connection
   or a 30 s client timeout), the decision ids returned in 200s and how many
   of them have their decision row and their preflight.decision audit event
   (checked by id), the rows and events created in the phase, latency, the
   recovery time (from lifting the fault to the first 200), and the result of
   `manage.py audit_verify`.
Every process it started is stopped and the directory removed at the end,
also on Ctrl-C or an error (--keep keeps the directory with the logs).
The default run takes about 7 minutes on 2 cores; --quick about 3.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable
BIN = Path(PY).parent
sys.path.insert(0, str(REPO / "benchmarks"))
from preflight import LoopbackClient, free_port, payloads  # noqa: E402

if TYPE_CHECKING:
    import psycopg
    from psycopg.rows import TupleRow

DATABASE = "custos_faults"
OWNER, APP = "custos_owner", "custos_app"
# audit.services._CHAIN_LOCK_KEY: the transaction-level advisory lock every append takes.
CHAIN_LOCK_KEY = 0x637573746F73
CLIENT_TIMEOUT_S = 30.0
DEMO_PASSWORD = "faults-demo-password"
WORKLOAD, DESTINATION = "support-summarizer", "us-dpf-proprietary"
PHASES = (
    "baseline",
    "pg-stop",
    "pg-crash",
    "redis-stop",
    "redis-freeze",
    "worker-kill",
    "db-read-only",
    "chain-lock",
    "verify-now",
)
VERIFY_CLICKS = 6  # "verify chain now" clicked at once, as in issue 12 item 10


# --- pure helpers (tests/test_benchmark_faults.py) ---------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="10 s phases, chain lock held 8 s (about 3 minutes)")
    parser.add_argument("--phase-seconds", type=float, help="seconds of load per phase (default 40, --quick 10)")
    parser.add_argument("--lock-hold", type=float, help="seconds the chain lock is held (default 20, --quick 8)")
    parser.add_argument(
        "--recovery-limit", type=float, default=60.0, help="most seconds to wait for a 200 after a fault"
    )
    parser.add_argument("--clients", type=int, default=4, help="concurrent pre-flight clients")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (docs/deploy.md)")
    parser.add_argument("--only", default="", help=f"comma-separated phases to run, of: {', '.join(PHASES)}")
    parser.add_argument("--pg-user", default="postgres", help="system user that runs PostgreSQL when this runs as root")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory (logs, data) at the end")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    args = parser.parse_args(argv)
    args.phase_seconds = args.phase_seconds or (10.0 if args.quick else 40.0)
    args.lock_hold = args.lock_hold or (8.0 if args.quick else 20.0)
    phases = [name.strip() for name in args.only.split(",") if name.strip()] or list(PHASES)
    unknown = sorted(set(phases) - set(PHASES))
    if unknown:
        parser.error(f"unknown phase(s) {', '.join(unknown)}; choose from {', '.join(PHASES)}")
    args.phases = [name for name in PHASES if name in phases]  # always in the documented order
    if args.clients < 1 or args.workers < 1 or args.phase_seconds < 4:
        parser.error("--clients and --workers must be at least 1, --phase-seconds at least 4")
    return args


@dataclass(frozen=True)
class Answer:
    """One pre-flight request as a client saw it (status None: no HTTP answer)."""

    started: float
    finished: float
    status: int | None
    json_body: bool = False
    decision_id: str | None = None


@dataclass
class PhaseRow:
    """What one phase showed; the counts of stored rows and events are filled in from the database."""

    phase: str
    requests: int = 0
    ok: int = 0
    client_errors: int = 0
    unavailable_json: int = 0
    unavailable_other: int = 0
    server_errors_json: int = 0
    server_errors_other: int = 0
    no_answer: int = 0
    decision_ids: list[str] = field(default_factory=list)
    with_row: int = 0
    with_event: int = 0
    rows_created: int = 0
    events_created: int = 0
    p50_ms: float | None = None
    max_ms: float | None = None
    fault_p50_ms: float | None = None
    recovery_s: float | None = None
    health_in_fault: str = "-"
    health_after: str = "-"
    verify: str = ""
    note: str = ""

    @property
    def missing(self) -> int:
        """200s whose decision row or audit event is not stored."""
        return len(self.decision_ids) - min(self.with_row, self.with_event)


def summarise(
    phase: str, answers: Sequence[Answer], lifted_at: float | None, applied_at: float | None = None
) -> PhaseRow:
    """Count the answers of one phase; recovery is from ``lifted_at`` to the first 200 finished after it.

    The fault's p50 is over the answers to requests sent while the fault was on.
    """
    row = PhaseRow(phase=phase, requests=len(answers))
    for answer in answers:
        if answer.status is None:
            row.no_answer += 1
        elif answer.status == 200:
            row.ok += 1
            if answer.decision_id:
                row.decision_ids.append(answer.decision_id)
        elif 400 <= answer.status < 500:
            row.client_errors += 1
        elif answer.status == 503:
            row.unavailable_json += answer.json_body
            row.unavailable_other += not answer.json_body
        elif answer.status >= 500:
            row.server_errors_json += answer.json_body
            row.server_errors_other += not answer.json_body
    times = [(answer.finished - answer.started) * 1000 for answer in answers if answer.status is not None]
    if times:
        row.p50_ms, row.max_ms = round(statistics.median(times), 1), round(max(times), 1)
    if applied_at is not None and lifted_at is not None:
        during = [
            (answer.finished - answer.started) * 1000
            for answer in answers
            if answer.status is not None and applied_at <= answer.started < lifted_at
        ]
        row.fault_p50_ms = round(statistics.median(during), 1) if during else None
    if lifted_at is not None:
        after = [answer.finished for answer in answers if answer.status == 200 and answer.finished >= lifted_at]
        row.recovery_s = round(min(after) - lifted_at, 2) if after else None
    return row


COLUMNS = (
    "phase",
    "requests",
    "200",
    "4xx",
    "503 JSON / other",
    "other 5xx JSON / other",
    "no answer",
    "200s: ids / rows / events",
    "200s missing row or event",
    "rows / events created",
    "p50 / max ms",
    "p50 ms in fault",
    "recovery s",
    "/healthz in fault / after",
    "audit_verify",
)


def table_cells(row: PhaseRow, *, baseline: bool = False) -> list[str]:
    recovery = "n/a" if baseline else ("no 200" if row.recovery_s is None else f"{row.recovery_s:.2f}")
    latency = "-" if row.p50_ms is None else f"{row.p50_ms:g} / {row.max_ms:g}"
    return [
        row.phase,
        str(row.requests),
        str(row.ok),
        str(row.client_errors),
        f"{row.unavailable_json} / {row.unavailable_other}",
        f"{row.server_errors_json} / {row.server_errors_other}",
        str(row.no_answer),
        f"{len(row.decision_ids)} / {row.with_row} / {row.with_event}",
        str(row.missing),
        f"{row.rows_created} / {row.events_created}",
        latency,
        "-" if row.fault_p50_ms is None else f"{row.fault_p50_ms:g}",
        recovery,
        f"{row.health_in_fault} / {row.health_after}",
        row.verify,
    ]


def format_table(rows: Sequence[PhaseRow]) -> str:
    """The rows as a Markdown table (docs/performance.md)."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in rows:
        lines.append("| " + " | ".join(table_cells(row, baseline=row.phase == "baseline")) + " |")
    notes = [f"- {row.phase}: {row.note}" for row in rows if row.note]
    return "\n".join(lines + (["", *notes] if notes else []))


def verify_summary(returncode: int | None, output: str) -> str:
    """One cell for the audit_verify result: OK with the event count, or the first FAILED line."""
    if returncode is None:
        return "did not finish"
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    if returncode == 0:
        first = next((line for line in lines if line.startswith("OK: ") and " events" in line), "OK")
        return first.split(",")[0]
    failed = next((line for line in lines if line.startswith("FAILED")), lines[-1] if lines else "no output")
    return failed[:120]


# --- the processes -------------------------------------------------------------------------------------------


def wait_until(check: Callable[[], bool], timeout: float, step: float = 0.25) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(step)
    return False


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def stop_group(process: subprocess.Popen[bytes], grace: float = 15.0) -> None:
    """SIGTERM the process group, SIGKILL it if it is still there after ``grace``; the group outlives a stopped leader."""
    for sig, wait in ((signal.SIGCONT, 0.0), (signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, sig)
        if wait:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=wait)
                return


class Postgres:
    """A scratch PostgreSQL cluster on a free loopback port, owned by ``user`` when this runs as root."""

    def __init__(self, root: Path, pg_user: str) -> None:
        self.data, self.log, self.socket_dir = root / "pg", root / "postgres.log", root / "pgsock"
        self.port = free_port()
        self.run_as = ["runuser", "-u", pg_user, "--"] if os.geteuid() == 0 else []
        for path in (self.data, self.socket_dir):
            path.mkdir()
        self.log.touch()
        if self.run_as:
            for path in (self.data, self.socket_dir, self.log):
                shutil.chown(path, user=pg_user)

    def _pg(self, *command: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.run_as, *command], check=True, capture_output=True, text=True, timeout=timeout, cwd="/"
        )

    def init(self) -> None:
        self._pg("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C")

    def start(self, attempts: int = 20) -> None:
        options = f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c max_connections=100"
        for attempt in range(attempts):
            try:
                self._pg("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")
                return
            except subprocess.CalledProcessError:
                # After a crash the old backends may still hold shared memory for a moment.
                if attempt == attempts - 1:
                    raise
                time.sleep(1)

    def stop(self, mode: str = "fast") -> None:
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            self._pg("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop", timeout=45)

    def crash(self) -> None:
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        os.kill(postmaster, signal.SIGKILL)

    def running(self) -> bool:
        try:
            with self.connect(timeout=2):
                return True
        except Exception:
            return False

    def connect(
        self, *, user: str = "postgres", database: str = DATABASE, timeout: float = 5, autocommit: bool = True
    ) -> psycopg.Connection[TupleRow]:
        import psycopg

        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=user,
            dbname=database,
            connect_timeout=max(1, round(timeout)),
            autocommit=autocommit,
        )

    def url(self, user: str) -> str:
        return f"postgres://{user}@127.0.0.1:{self.port}/{DATABASE}"


class Redis:
    """Its own redis-server on a free loopback port, no persistence."""

    def __init__(self, root: Path) -> None:
        self.port, self.log = free_port(), root / "redis.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        if not wait_until(lambda: port_open(self.port), 15):
            raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            stop_group(self.process, grace=10)
            self.process = None

    def signal(self, sig: signal.Signals) -> None:
        assert self.process is not None
        os.kill(self.process.pid, sig)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


class Deployment:
    """Everything started for the run; ``close`` stops all of it, whatever state it is in."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.root = Path(tempfile.mkdtemp(prefix="custos-faults-"))
        self.root.chmod(0o755)  # the PostgreSQL user must reach its directories
        self.postgres = Postgres(self.root, args.pg_user)
        self.redis = Redis(self.root)
        self.processes: list[subprocess.Popen[bytes]] = []
        self.gunicorn: subprocess.Popen[bytes] | None = None
        self.port = free_port()
        self.key = ""
        self.env: dict[str, str] = {}

    def manage(self, *arguments: str, user: str = APP, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        env = {**self.env, "DATABASE_URL": self.postgres.url(user)}
        return subprocess.run(
            [PY, "manage.py", *arguments], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout
        )

    def _spawn(self, name: str, command: list[str]) -> subprocess.Popen[bytes]:
        with (self.root / f"{name}.log").open("ab") as log:
            process = subprocess.Popen(
                command, cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        self.processes.append(process)
        return process

    def start(self) -> None:
        step("PostgreSQL: initdb, roles and database")
        self.postgres.init()
        self.postgres.start()
        with self.postgres.connect(database="postgres") as conn:
            conn.execute(f"CREATE ROLE {OWNER} LOGIN")
            conn.execute(f"CREATE ROLE {APP} LOGIN")
            conn.execute(f"CREATE DATABASE {DATABASE} OWNER {OWNER}")
        self.redis.start()
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DATABASE_URL": self.postgres.url(APP),
            "REDIS_URL": self.redis.url,
            "SECRET_KEY": "faults-only-secret-key-0123456789abcdefghij",
            "CUSTOS_AUDIT_HMAC_KEY": "faults-only-hmac-key-0123456789abcdefghij",
            "CUSTOS_AUDIT_SIGNING_KEY": "YmVuY2htYXJrLW9ubHktZWQyNTUxOS1zZWVkLTAxMjM=",
            "CUSTOS_AUDIT_CHECKPOINT_MINUTES": "1",
            "CUSTOS_DEMO_PASSWORD": DEMO_PASSWORD,
            "CUSTOS_VAR_DIR": str(self.root / "var"),
            "ALLOWED_HOSTS": "127.0.0.1",
            "DEBUG": "false",
            "SECURE_SSL_REDIRECT": "false",
            "CUSTOS_WARM_UP": "true",
            "LOG_LEVEL": "WARNING",
        }
        self.env.pop("CELERY_TASK_ALWAYS_EAGER", None)
        step("migrate as the owner role, grants for the application role (docs/deploy.md, docs/audit.md)")
        checked(self.manage("migrate", "-v0", user=OWNER))
        with self.postgres.connect(user=OWNER) as conn:
            for statement in GRANTS:
                conn.execute(statement)
        step("static files, demo data and a service key, as the application role")
        checked(self.manage("collectstatic", "--noinput", "-v0"))
        checked(self.manage("demo_data"))
        self.key = (
            checked(
                self.manage("servicekey_create", "--workload", WORKLOAD, "--name", "faults", "--rate-limit", "1000000")
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        step(f"gunicorn ({self.args.workers} workers), Celery worker and beat")
        gunicorn = shutil.which("gunicorn", path=str(BIN)) or "gunicorn"
        self.gunicorn = self._spawn(
            "gunicorn",
            [gunicorn, "config.wsgi", "--preload", "--workers", str(self.args.workers), "--worker-class", "gthread",
             "--bind", f"127.0.0.1:{self.port}", "--log-level", "warning"],
        )  # fmt: skip
        celery = shutil.which("celery", path=str(BIN)) or "celery"
        self._spawn("celery-worker", [celery, "-A", "config", "worker", "-l", "warning", "--concurrency", "1"])
        self._spawn("celery-beat", [celery, "-A", "config", "beat", "-l", "warning", "-s", str(self.root / "beat")])
        if not wait_until(self.healthy, 180, step=1):
            raise RuntimeError(f"gunicorn did not become healthy; see {self.root}/gunicorn.log")

    def healthy(self) -> bool:
        try:
            return LoopbackClient(self.port, {}, timeout=5).request("GET", "/healthz")[0] == 200
        except (OSError, http.client.HTTPException):
            return False

    def worker_pids(self) -> list[int]:
        assert self.gunicorn is not None
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, IndexError, ValueError):
                # The command may contain spaces and parentheses: the fields start after the last ")".
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == self.gunicorn.pid:
                    children.append(int(stat.parent.name))
        return sorted(children)

    def close(self) -> None:
        for process in reversed(self.processes):
            stop_group(process)
        self.redis.stop()
        self.postgres.stop("immediate")
        if self.args.keep:
            print(f"kept {self.root}", file=sys.stderr)
        else:
            shutil.rmtree(self.root, ignore_errors=True)


# docs/deploy.md "Database roles and grants" and docs/audit.md "Database grants", as written there.
GRANTS = (
    f"GRANT CONNECT ON DATABASE {DATABASE} TO {APP}",
    f"GRANT USAGE ON SCHEMA public TO {APP}",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP}",
    f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP}",
    f"REVOKE ALL ON audit_auditevent, audit_checkpoint, audit_export, audit_verificationrun FROM {APP}",
    f"GRANT SELECT, INSERT ON audit_auditevent, audit_checkpoint TO {APP}",
    f"GRANT SELECT, INSERT, UPDATE ON audit_export, audit_verificationrun TO {APP}",
)


def step(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def checked(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    if result.returncode != 0:
        raise RuntimeError(f"{result.args!r} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return result


# --- load ----------------------------------------------------------------------------------------------------


class Load:
    """``clients`` threads sending pre-flights back to back until stopped, each on its own kept-alive connection."""

    def __init__(self, port: int, key: str, clients: int) -> None:
        self.port, self.headers, self.clients = port, {"Authorization": f"Bearer {key}"}, clients
        texts = payloads()
        self.texts = [texts[name] for name in sorted(texts) if name.endswith("-200")]
        self.answers: list[Answer] = []
        self.stopping = threading.Event()
        self.threads: list[threading.Thread] = []

    def __enter__(self) -> Load:
        self.threads = [threading.Thread(target=self._send, args=(n,), daemon=True) for n in range(self.clients)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=CLIENT_TIMEOUT_S + 5)

    def _send(self, number: int) -> None:
        client = LoopbackClient(self.port, self.headers, timeout=CLIENT_TIMEOUT_S)
        sent = number
        while not self.stopping.is_set():
            body = {"workload": WORKLOAD, "destination": DESTINATION, "input": self.texts[sent % len(self.texts)]}
            sent += 1
            started = time.monotonic()
            try:
                status, data = client.request("POST", "/api/v1/preflight", body)
            except (OSError, http.client.HTTPException):
                self.answers.append(Answer(started, time.monotonic(), None))
                self.stopping.wait(0.2)  # a refused connection fails at once: do not spin
                continue
            try:
                parsed = json.loads(data)
            except ValueError:
                parsed = None
            decision_id = parsed.get("decision_id") if status == 200 and isinstance(parsed, dict) else None
            self.answers.append(Answer(started, time.monotonic(), status, isinstance(parsed, dict), decision_id))
        client.close()


# --- faults --------------------------------------------------------------------------------------------------


@dataclass
class Fault:
    """How to cause one fault and how to lift it; ``hold`` seconds in between (None: the phase's quarter)."""

    apply: Callable[[], None]
    lift: Callable[[], None]
    hold: float | None = None
    describe: Callable[[], str] | None = None  # a note on the phase, taken after it


def faults(deployment: Deployment, args: argparse.Namespace) -> dict[str, Fault | None]:
    postgres, redis = deployment.postgres, deployment.redis
    held: dict[str, object] = {}

    def kill_one_worker() -> None:
        workers = deployment.worker_pids()
        if not workers:
            raise RuntimeError("no gunicorn worker found")
        os.kill(workers[0], signal.SIGKILL)

    def read_only(on: bool) -> None:
        with postgres.connect() as conn:
            conn.execute("SET default_transaction_read_only = off")
            conn.execute(f"ALTER SYSTEM SET default_transaction_read_only = {'on' if on else 'off'}")
            conn.execute("SELECT pg_reload_conf()")

    def take_chain_lock() -> None:
        conn = postgres.connect(autocommit=False)
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK_KEY])
        held["chain"] = conn

    def release_chain_lock() -> None:
        conn = held.pop("chain")
        conn.rollback()  # type: ignore[attr-defined]
        conn.close()  # type: ignore[attr-defined]

    def click_verify_now() -> None:
        held["verify-runs-before"] = verification_runs(postgres)[0]
        held["clicks"] = verify_now_clicks(deployment, VERIFY_CLICKS)

    def describe_verify_runs() -> str:
        statuses = held.pop("clicks", [])
        before = held.pop("verify-runs-before", 0)
        assert isinstance(statuses, list) and isinstance(before, int)
        created, at_once = verification_runs(postgres)
        answers = ", ".join(f"{statuses.count(code)}x {code}" for code in sorted(set(statuses), key=str))
        return (
            f'{len(statuses)} clicks on "verify chain now" at once answered {answers}; verification runs started: '
            f"{created - before}, at most {at_once} in flight at a time"
        )

    return {
        "baseline": None,
        "pg-stop": Fault(lambda: postgres.stop("fast"), postgres.start),
        "pg-crash": Fault(postgres.crash, postgres.start),
        "redis-stop": Fault(redis.stop, redis.start),
        "redis-freeze": Fault(lambda: redis.signal(signal.SIGSTOP), lambda: redis.signal(signal.SIGCONT)),
        "worker-kill": Fault(kill_one_worker, lambda: None, hold=0.0),
        "db-read-only": Fault(lambda: read_only(True), lambda: read_only(False)),
        "chain-lock": Fault(take_chain_lock, release_chain_lock, hold=args.lock_hold),
        "verify-now": Fault(click_verify_now, lambda: None, describe=describe_verify_runs),
    }


class BrowserClient:
    """A new http.client connection per request, keeping cookies as a browser does: enough for login and CSRF."""

    def __init__(self, port: int, cookies: dict[str, str] | None = None) -> None:
        self.port, self.cookies = port, dict(cookies or {})

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> int:
        headers = {"Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())}
        if "csrftoken" in self.cookies:
            headers["X-CSRFToken"] = self.cookies["csrftoken"]
        if form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=CLIENT_TIMEOUT_S)
        try:
            connection.request(method, path, body=urlencode(form) if form is not None else None, headers=headers)
            response = connection.getresponse()
            response.read()
        finally:
            connection.close()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status


def verify_now_clicks(deployment: Deployment, clicks: int) -> list[int | str]:
    """Log in as the demo auditor, then POST "verify chain now" ``clicks`` times at once; the answers' statuses."""
    login = BrowserClient(deployment.port)
    page = login.request("GET", "/accounts/login/")
    form = {"username": "auditor", "password": DEMO_PASSWORD, "csrfmiddlewaretoken": login.cookies.get("csrftoken", "")}
    answer = login.request("POST", "/accounts/login/", form)
    if "sessionid" not in login.cookies:
        raise RuntimeError(f"could not log in as the demo auditor: {page}, {answer}, cookies {sorted(login.cookies)}")
    statuses: list[int | str] = []
    barrier = threading.Barrier(clicks)

    def click() -> None:
        session = BrowserClient(deployment.port, login.cookies)
        barrier.wait(timeout=30)
        try:
            statuses.append(session.request("POST", "/audit/verify/start/", {}))
        except (OSError, http.client.HTTPException) as exc:
            statuses.append(type(exc).__name__)

    threads = [threading.Thread(target=click, daemon=True) for _ in range(clicks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=CLIENT_TIMEOUT_S + 5)
    return statuses


def verification_runs(postgres: Postgres) -> tuple[int, int]:
    """(verification runs, the most that were in flight at one time), from their rows; (0, 0) before migration."""
    with postgres.connect() as conn:
        if conn.execute("SELECT to_regclass('audit_verificationrun')").fetchone() == (None,):
            return 0, 0
        spans = conn.execute("SELECT created_at, coalesce(finished_at, now()) FROM audit_verificationrun").fetchall()
    return len(spans), most_at_once(spans)


def most_at_once(spans: Sequence[tuple[datetime, datetime]]) -> int:
    """The largest number of [start, end) spans that overlap at one instant (one ending as another starts: 1)."""
    edges = sorted([(start, 1) for start, _end in spans] + [(end, -1) for _start, end in spans])
    most = current = 0
    for _when, change in edges:
        current += change
        most = max(most, current)
    return most


def database_state(postgres: Postgres) -> tuple[int, int]:
    """(head seq of the audit log, decision rows), waiting for the database to answer again."""
    if not wait_until(postgres.running, 90, step=1):
        raise RuntimeError("PostgreSQL did not come back")
    with postgres.connect() as conn:
        head = conn.execute("SELECT coalesce(max(seq), 0) FROM audit_auditevent").fetchone()
        rows = conn.execute("SELECT count(*) FROM governance_decision").fetchone()
    assert head is not None and rows is not None
    return int(head[0]), int(rows[0])


def count_stored(postgres: Postgres, row: PhaseRow, head_before: int, rows_before: int) -> None:
    with postgres.connect() as conn:
        ids = row.decision_ids
        found = conn.execute("SELECT count(*) FROM governance_decision WHERE id = ANY(%s::uuid[])", [ids]).fetchone()
        events = conn.execute(
            "SELECT count(DISTINCT payload->>'decision_id') FROM audit_auditevent "
            "WHERE action = 'preflight.decision' AND payload->>'decision_id' = ANY(%s)",
            [ids],
        ).fetchone()
        created = conn.execute(
            "SELECT count(*) FROM audit_auditevent WHERE action = 'preflight.decision' AND seq > %s", [head_before]
        ).fetchone()
        rows_now = conn.execute("SELECT count(*) FROM governance_decision").fetchone()
    assert found is not None and events is not None and created is not None and rows_now is not None
    row.with_row, row.with_event = int(found[0]), int(events[0])
    row.events_created, row.rows_created = int(created[0]), int(rows_now[0]) - rows_before


def healthz_status(port: int) -> str:
    """``/healthz`` as an anonymous monitor sees it: the status, flagged when the body leaks error text."""
    try:
        status, body = LoopbackClient(port, {}, timeout=5).request("GET", "/healthz")
    except (OSError, http.client.HTTPException):
        return "no answer"
    # Anonymous callers get statuses only; an "error" key would carry the database's error text (host, port).
    return f"{status} (error text shown)" if b'"error":' in body else str(status)


def run_phase(deployment: Deployment, name: str, fault: Fault | None, args: argparse.Namespace) -> PhaseRow:
    step(f"phase {name}")
    head_before, rows_before = database_state(deployment.postgres)
    applied_at = lifted_at = None
    quarter = args.phase_seconds / 4
    with Load(deployment.port, deployment.key, args.clients) as load:
        started = time.monotonic()
        if fault is not None:
            time.sleep(quarter)
            fault.apply()
            applied_at = time.monotonic()
            time.sleep(quarter if fault.hold is None else fault.hold)
            health_in_fault = healthz_status(deployment.port)
            fault.lift()
            lifted_at = time.monotonic()
        time.sleep(max(0.0, started + args.phase_seconds - time.monotonic()))
        if lifted_at is not None:
            wait_until(
                lambda: any(a.status == 200 and a.finished >= lifted_at for a in load.answers), args.recovery_limit
            )
    row = summarise(name, list(load.answers), lifted_at, applied_at)
    if fault is not None:
        row.health_in_fault = health_in_fault
    row.health_after = healthz_status(deployment.port)
    count_stored(deployment.postgres, row, head_before, rows_before)
    if fault is not None and fault.describe is not None:
        row.note = fault.describe()
    try:
        result = deployment.manage("audit_verify", timeout=300)
        row.verify = verify_summary(result.returncode, result.stdout + result.stderr)
    except subprocess.TimeoutExpired:
        row.verify = verify_summary(None, "")
    return row


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    # SIGTERM ends the run as Ctrl-C does: through the finally below, which stops everything.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    deployment = Deployment(args)
    rows: list[PhaseRow] = []
    commit = ""
    try:
        deployment.start()
        warm = Load(deployment.port, deployment.key, args.workers)
        with warm:
            wait_until(lambda: sum(a.status == 200 for a in warm.answers) >= 4 * args.workers, 60)
        plan = faults(deployment, args)
        for name in args.phases:
            rows.append(run_phase(deployment, name, plan[name], args))
            print(format_table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    finally:
        with contextlib.suppress(Exception):
            commit = subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, timeout=10
            ).stdout.strip()
        deployment.close()
    print(f"{os.cpu_count()} CPUs, {args.workers} gunicorn workers, {args.clients} clients, "
          f"{args.phase_seconds:g} s phases, chain lock held {args.lock_hold:g} s, commit {commit}")  # fmt: skip
    print(format_table(rows))
    if args.json:
        records = [{**vars(row), "decision_ids": len(row.decision_ids), "missing": row.missing} for row in rows]
        args.json.write_text(json.dumps(records, indent=2))


if __name__ == "__main__":
    main()
