"""LiteLLM with Custos as its guardrail vs LiteLLM with no guardrail vs LiteLLM's built-in Presidio guardrail.

    .venv/bin/python benchmarks/integrations.py [--repeats 20] [--eval-limit 300] [--json]

What it does (needs `make litellm` for .venv-litellm):
1. A fresh PostgreSQL database (custos_bench_integrations), migrated, with the demo data, a service key
   for the workload support-summarizer and a model route ``bench`` -> ``us-no-mechanism`` (a US
   destination without a transfer basis: personal data is redacted, special categories and credentials
   denied). Custos under gunicorn (2 gthread workers) on loopback.
2. Presidio's analyzer and anonymizer as a REST server: Presidio's own REST apps are Flask apps in
   Presidio's repository, not in the installed packages (and Flask is not installed), so a small
   standard-library server here answers /analyze and /anonymize with the installed presidio_analyzer
   (default recognizers, the same spaCy model as Custos) and presidio_anonymizer.
3. The real LiteLLM proxy (one process) with a loopback OpenAI-compatible upstream and two guardrails,
   chosen per request: ``custos`` (generic_guardrail_api) and ``presidio`` (LiteLLM's built-in one).
4. The same payloads (benchmarks/preflight.py's mix: clean, contact, health, credentials; English and
   German; 200 and 2,000 characters) through the openai-compatible endpoint with each guardrail and with
   none, taking turns, one request in flight. Added latency = the guardrail's p50/p99 minus none's.
5. What reached the upstream: for each payload's known sensitive values (names, e-mail, phone,
   credentials, the diagnosis), how many got through each guardrail, and how many calls were blocked.
6. The classifier evaluation (manage.py classifier_eval, Custos vs vanilla Presidio) on the first
   --eval-limit records of the corpus's test split: the detection figures side by side.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks._setup import PY, WORKLOAD, bench_custos, free_port  # noqa: E402
from benchmarks.preflight import LoopbackClient, bare_presidio, payloads, percentile  # noqa: E402
from integrations.litellm_harness import Upstream, litellm_proxy, proxy_config, upstream_server  # noqa: E402

DESTINATION = "us-no-mechanism"
# What must not reach a destination without a transfer basis, per payload kind.
SENSITIVE = {
    "contact": ["Maria", "Schmidt", "maria.schmidt@example.com", "1234567"],
    "health": ["John Miller", "diabetes"],
    "api_key": ["AKIAIOSFODNN7EXAMPLE", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"],
    "de-contact": ["Sabine", "Müller", "sabine.mueller@example.de", "1234567"],
    "de-health": ["Thomas Becker", "Diabetes"],
}
VARIANTS = {"none": [], "custos": ["custos"], "presidio": ["presidio"]}


def serve_presidio(port: int) -> None:
    """Presidio's /analyze and /anonymize contracts over the installed engines (run as a subprocess)."""
    from presidio_analyzer import RecognizerResult
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig
    from presidio_anonymizer.entities import RecognizerResult as AnonymizerInput

    analyzer = bare_presidio()
    anonymizer = AnonymizerEngine()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _send(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._send(200, "Presidio Analyzer service is up")

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
            if self.path.rstrip("/").endswith("/analyze"):
                results = analyzer.analyze(
                    text=body["text"],
                    language=body.get("language") or "en",
                    entities=body.get("entities"),
                    score_threshold=body.get("score_threshold"),
                )
                self._send(200, [RecognizerResult.to_dict(r) | {"analysis_explanation": None} for r in results])
            else:
                operators = {
                    name: OperatorConfig(c["type"], {k: v for k, v in c.items() if k != "type"})
                    for name, c in (body.get("anonymizers") or {}).items()
                }
                items = [
                    AnonymizerInput(r["entity_type"], r["start"], r["end"], r["score"])
                    for r in body.get("analyzer_results") or []
                ]
                result = anonymizer.anonymize(text=body["text"], analyzer_results=items, operators=operators or None)
                self._send(200, json.loads(result.to_json()))

        def log_message(self, format: str, *args: Any) -> None:
            pass

    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


def wait_http(port: int, path: str, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if LoopbackClient(port, {}, timeout=2).request("GET", path)[0] == 200:
                return
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.5)
    raise SystemExit(f"nothing answered on port {port}{path}")


def setup_custos(database: str) -> tuple[dict[str, str], str]:
    """The benchmarks' Custos (benchmarks/_setup.py), with a model route ``bench`` -> DESTINATION."""
    # The machine is shared: a budget refusal would count as a block and flatter the detection figures.
    custos = bench_custos(database, extra_env={"CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S": "60"})
    route = (
        "from audit.actors import Actor; from governance.models import Destination; "
        "from integrations.services import modelroute_save; "
        f"modelroute_save(actor=Actor.system('benchmark'), name='bench', "
        f"destination=Destination.objects.get(slug='{DESTINATION}'))"
    )
    custos.manage("shell", "-c", route, capture=True)
    return custos.env, custos.key


def chat(client: LoopbackClient, text: str, guardrails: list[str]) -> tuple[int, float]:
    body: dict[str, object] = {"model": "bench", "messages": [{"role": "user", "content": text}]}
    if guardrails:
        body["guardrails"] = guardrails
    started = time.perf_counter()
    status, _ = client.request("POST", "/v1/chat/completions", body)
    return status, (time.perf_counter() - started) * 1000


def classifier_figures(env: dict[str, str], limit: int) -> dict[str, Any]:
    out = subprocess.run(
        [PY, "manage.py", "classifier_eval", "--dataset", "classifier/devcorpus/test.json", "--split", "test",
         "--limit", str(limit), "--compare-vanilla", "--json"],
        cwd=REPO, env=env, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=20, help="requests per payload and variant")
    parser.add_argument("--eval-limit", type=int, default=300, help="corpus records for the detection figures")
    parser.add_argument("--database", default="custos_bench_integrations")
    parser.add_argument("--presidio-server", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.presidio_server:
        serve_presidio(args.presidio_server)
        return

    env, key = setup_custos(args.database)
    custos_port, presidio_port = free_port(), free_port()
    gunicorn = shutil.which("gunicorn", path=str(Path(PY).parent)) or "gunicorn"
    servers = [
        subprocess.Popen(
            [
                gunicorn,
                "config.wsgi",
                "--preload",
                "--workers",
                "2",
                "--worker-class",
                "gthread",
                "--bind",
                f"127.0.0.1:{custos_port}",
                "--log-level",
                "warning",
            ],
            cwd=REPO,
            env=env,
            start_new_session=True,
        ),
        subprocess.Popen([PY, __file__, "--presidio-server", str(presidio_port)], cwd=REPO, start_new_session=True),
    ]
    report: dict[str, Any] = {"machine": f"{os.cpu_count()} cores", "repeats": args.repeats}
    try:
        wait_http(custos_port, "/healthz")
        wait_http(presidio_port, "/health")
        presidio_base = f"http://127.0.0.1:{presidio_port}/"
        guardrails = [
            {
                "guardrail_name": "custos",
                "litellm_params": {
                    "guardrail": "generic_guardrail_api",
                    "mode": "pre_call",
                    "api_base": f"http://127.0.0.1:{custos_port}/integrations/litellm",
                    "api_key": "os.environ/CUSTOS_SERVICE_KEY",
                    "unreachable_fallback": "fail_closed",
                    "additional_provider_specific_params": {"workload": WORKLOAD},
                },
            },
            {
                "guardrail_name": "presidio",
                "litellm_params": {
                    "guardrail": "presidio",
                    "mode": "pre_call",
                    "presidio_analyzer_api_base": presidio_base,
                    "presidio_anonymizer_api_base": presidio_base,
                    "presidio_language": "en",
                },
            },
        ]
        mix = payloads()
        with upstream_server(Upstream()) as upstream:
            config = proxy_config(upstream_url=upstream.url, models=["bench"], guardrails=guardrails)
            started = time.perf_counter()
            with litellm_proxy(config, env={"CUSTOS_SERVICE_KEY": key}) as proxy:
                report["litellm_start_s"] = round(time.perf_counter() - started, 1)
                port = int(proxy.url.rsplit(":", 1)[1])
                client = LoopbackClient(port, {"Authorization": f"Bearer {proxy.master_key}"}, timeout=120)
                for text in mix.values():  # warm every path once
                    for guardrails_used in VARIANTS.values():
                        chat(client, text, guardrails_used)
                times: dict[str, list[float]] = {v: [] for v in VARIANTS}
                statuses: dict[str, dict[int, int]] = {v: {} for v in VARIANTS}
                leaks: dict[str, dict[str, int]] = {v: {"values": 0, "leaked": 0, "blocked": 0} for v in VARIANTS}
                for _ in range(args.repeats):
                    for name, text in mix.items():
                        for variant, used in VARIANTS.items():
                            before = len(upstream.requests)
                            status, elapsed = chat(client, text, used)
                            times[variant].append(elapsed)
                            statuses[variant][status] = statuses[variant].get(status, 0) + 1
                            kind = name.rsplit("-", 1)[0]
                            values = [v for v in SENSITIVE.get(kind, []) if v in text]
                            sent = (
                                json.dumps(upstream.requests[-1], ensure_ascii=False)
                                if len(upstream.requests) > before
                                else ""
                            )
                            leaks[variant]["values"] += len(values)
                            leaks[variant]["leaked"] += sum(1 for v in values if v in sent)
                            leaks[variant]["blocked"] += 0 if sent else 1
        none_p50, none_p99 = percentile(times["none"], 0.5), percentile(times["none"], 0.99)
        report["latency_ms"] = {
            variant: {
                "p50": round(percentile(values, 0.5), 1),
                "p99": round(percentile(values, 0.99), 1),
                "mean": round(statistics.fmean(values), 1),
                "added_p50": round(percentile(values, 0.5) - none_p50, 1),
                "added_p99": round(percentile(values, 0.99) - none_p99, 1),
                "statuses": statuses[variant],
            }
            for variant, values in times.items()
        }
        report["reached_upstream"] = leaks
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
    evaluation = classifier_figures(env, args.eval_limit)
    report["classifier_eval"] = evaluation
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(
        f"machine: {report['machine']}; LiteLLM start {report.get('litellm_start_s')} s; {args.repeats} repeats x {len(mix)} payloads"
    )
    print(f"{'variant':10} {'p50':>8} {'p99':>8} {'+p50':>8} {'+p99':>8}  statuses")
    for variant, row in report["latency_ms"].items():
        print(
            f"{variant:10} {row['p50']:8.1f} {row['p99']:8.1f} {row['added_p50']:8.1f} {row['added_p99']:8.1f}  {row['statuses']}"
        )
    print("sensitive values that reached the upstream (of those sent), calls blocked:")
    for variant, row in leaks.items():
        print(f"  {variant:10} {row['leaked']}/{row['values']} leaked, {row['blocked']} blocked")
    print(f"classifier evaluation (corpus test split, first {args.eval_limit} records):")
    for row in evaluation["reports"]:
        summary = row["summary"]
        direct = summary["direct_identifiers"]
        print(
            f"  {row['engine']:17} direct identifiers P {direct['precision']:.3f} R {direct['recall']:.3f} "
            f"F2 {direct['f2']:.3f}; identifier chars unredacted {summary['direct_identifier_chars_unredacted']:.3f}; "
            f"Art. 9 recall {summary['art9_recall']:.3f}; credentials recall {summary['credentials_recall']:.3f}; "
            f"PII-free texts flagged {summary['pii_free_texts_flagged']:.3f}"
        )


if __name__ == "__main__":
    main()
