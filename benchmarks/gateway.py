"""The gateway against calling the same loopback upstream directly, same payloads, one run.

    .venv/bin/python benchmarks/gateway.py [--repeats 60] [--workers 1] [--streams 64]

What it does:
1. Creates a fresh PostgreSQL database (custos_bench_gateway on 127.0.0.1),
   migrates it, loads the demo data and creates a service key for one workload.
2. Starts an OpenAI-protocol upstream (this file, ``--serve-upstream``: a fixed
   answer, as JSON or as Server-Sent Events in 20 chunks) under uvicorn, and
   points the demo destinations at it.
3. Starts the gateway as production would (``uvicorn config.asgi:application``,
   CUSTOS_WARM_UP) on a loopback port.
4. Sequentially, taking turns on each payload (clean text to eu-proprietary:
   allow; contact data to us-no-mechanism: redact): the upstream directly,
   the gateway, and ``POST /api/v1/preflight`` on the same server with the same
   payload and destination; for chat completions without stream, and streamed
   (time to the first content chunk). Added latency = gateway - direct.
5. Concurrency: --streams streamed requests at once through the gateway while
   the upstream waits --upstream-wait seconds before its first chunk (and as
   long again over its chunks). The decisions take turns on the CPU; the
   upstream waits must not: served without queueing behind them, the upstream
   sees every stream in flight at once, and the last first chunk comes about
   one upstream wait after the last decision, not a multiple of it.
6. Checks there were no errors and that the audit log holds one decision and
   one gateway.exchange event per gateway request.

Numbers vary with the machine and its load (two shared cores here): compare them within one run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._setup import PY, REPO, bench_custos, free_port

PAYLOADS = {
    "clean/allow": (
        "eu-proprietary",
        "Please summarise the attached quarterly product roadmap in three short bullet points for the board.",
    ),
    "contact/redact": (
        "us-no-mechanism",
        "Customer Maria Schmidt (maria.schmidt@example.com, +49 30 1234567) asks about her last invoice again.",
    ),
}
ANSWER = "Here is a short answer of about twenty pieces, streamed one piece at a time to the caller. " * 2


# --- the upstream (run as its own process) --------------------------------------------------


class UpstreamApp:
    def __init__(self) -> None:
        self.in_flight = 0
        self.peak = 0
        self.wait_s = 0.0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        if scope["path"] == "/control":
            control = json.loads(raw)
            self.wait_s, self.peak = float(control.get("wait_s", 0)), 0
            await _send_json(send, {"peak": self.peak})
            return
        if scope["path"] == "/stats":
            await _send_json(send, {"peak": self.peak})
            return
        body = json.loads(raw)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            if self.wait_s:
                await asyncio.sleep(self.wait_s)
            if not body.get("stream"):
                await _send_json(send, {
                    "id": "chatcmpl-bench", "object": "chat.completion", "created": 0, "model": body["model"],
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": ANSWER}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 20, "completion_tokens": 20, "total_tokens": 40},
                })  # fmt: skip
                return
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]}
            )
            pieces = [ANSWER[i : i + 9] for i in range(0, len(ANSWER), 9)]
            for piece in pieces:
                chunk = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 0, "model": body["model"],
                         "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}  # fmt: skip
                await send(
                    {"type": "http.response.body", "body": f"data: {json.dumps(chunk)}\n\n".encode(), "more_body": True}
                )
                if self.wait_s:
                    await asyncio.sleep(self.wait_s / len(pieces))
            await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})
        finally:
            self.in_flight -= 1


async def _send_json(send: Any, body: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": json.dumps(body).encode()})


# --- the measuring side ---------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def wait_healthy(url: str) -> None:
    import httpx

    for _ in range(240):
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"{url} did not come up")


async def measure(args: argparse.Namespace, gateway: str, upstream: str, key: str) -> dict[str, Any]:
    import httpx

    headers = {"Authorization": f"Bearer {key}"}
    results: dict[str, dict[str, list[float]]] = {}
    errors: list[str] = []

    async with httpx.AsyncClient(timeout=60, headers=headers) as client:

        async def chat(base: str, model: str, text: str) -> float:
            started = time.perf_counter()
            response = await client.post(
                f"{base}/chat/completions", json={"model": model, "messages": [{"role": "user", "content": text}]}
            )
            if response.status_code != 200:
                errors.append(f"chat {response.status_code} {response.text[:200]}")
            return (time.perf_counter() - started) * 1000

        async def first_token(base: str, model: str, text: str) -> float:
            started = time.perf_counter()
            body = {"model": model, "messages": [{"role": "user", "content": text}], "stream": True}
            async with client.stream("POST", f"{base}/chat/completions", json=body) as response:
                first = None
                async for line in response.aiter_lines():
                    if (
                        first is None
                        and line.startswith("data: {")
                        and json.loads(line[6:])["choices"][0]["delta"].get("content")
                    ):
                        first = (time.perf_counter() - started) * 1000
                if response.status_code != 200 or first is None:
                    errors.append(f"stream {response.status_code}")
            return first or 0.0

        async def preflight(destination: str, text: str) -> float:
            started = time.perf_counter()
            body = {"workload": "support-summarizer", "destination": destination, "input": text}
            response = await client.post(f"{gateway.rsplit('/gateway', 1)[0]}/api/v1/preflight", json=body)
            if response.status_code != 200:
                errors.append(f"preflight {response.status_code}")
            return (time.perf_counter() - started) * 1000

        for destination, text in PAYLOADS.values():  # warm both paths
            for _ in range(5):
                await chat(gateway, destination, text)
                await first_token(gateway, destination, text)
                await preflight(destination, text)
        errors.clear()
        for _ in range(args.repeats):
            for name, (destination, text) in PAYLOADS.items():
                times = results.setdefault(name, {})
                times.setdefault("direct", []).append(await chat(upstream, destination, text))
                times.setdefault("gateway", []).append(await chat(gateway, destination, text))
                times.setdefault("direct_ttft", []).append(await first_token(upstream, destination, text))
                times.setdefault("gateway_ttft", []).append(await first_token(gateway, destination, text))
                times.setdefault("preflight", []).append(await preflight(destination, text))

        # Concurrency: every stream's upstream waits before answering; none may wait for another's wait.
        await client.post(f"{upstream.rsplit('/v1', 1)[0]}/control", json={"wait_s": args.upstream_wait})
        destination, text = PAYLOADS["contact/redact"]

        async def one() -> tuple[float, float]:
            started = time.perf_counter()
            body = {"model": destination, "messages": [{"role": "user", "content": text}], "stream": True}
            first = None
            async with (
                httpx.AsyncClient(timeout=120, headers=headers) as own,
                own.stream("POST", f"{gateway}/chat/completions", json=body) as response,
            ):
                async for line in response.aiter_lines():
                    if first is None and line.startswith("data: {"):
                        first = time.perf_counter() - started
                if response.status_code != 200:
                    errors.append(f"concurrent {response.status_code}")
            return first or float("nan"), time.perf_counter() - started

        started = time.perf_counter()
        streams = await asyncio.gather(*(one() for _ in range(args.streams)), return_exceptions=True)
        wall = time.perf_counter() - started
        peak = (await client.get(f"{upstream.rsplit('/v1', 1)[0]}/stats")).json()["peak"]
        await client.post(f"{upstream.rsplit('/v1', 1)[0]}/control", json={"wait_s": 0})
    failed = [s for s in streams if isinstance(s, BaseException)]
    errors.extend(repr(s) for s in failed)
    done = [s for s in streams if not isinstance(s, BaseException)]
    return {"results": results, "errors": errors, "concurrent": done, "wall_s": wall, "upstream_peak": peak}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=60)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes for the gateway")
    parser.add_argument("--streams", type=int, default=64)
    parser.add_argument(
        "--upstream-wait", type=float, default=15.0, help="seconds the upstream waits in the concurrency phase"
    )
    parser.add_argument("--database", default="custos_bench_gateway")
    parser.add_argument("--serve-upstream", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_upstream:
        import uvicorn

        uvicorn.run(UpstreamApp(), host="127.0.0.1", port=args.serve_upstream, log_level="warning", access_log=False)
        return

    custos = bench_custos(args.database)
    env, key = custos.env, custos.key
    upstream_port, gateway_port = free_port(), free_port()
    upstream = f"http://127.0.0.1:{upstream_port}/v1"
    custos.manage(
        "shell",
        "-c",
        f"from governance.models import Destination; Destination.objects.update(endpoint_url={upstream!r})",
    )
    processes = [
        subprocess.Popen([PY, __file__, "--serve-upstream", str(upstream_port)], cwd=REPO, start_new_session=True),
        subprocess.Popen(
            [PY, "-m", "uvicorn", "config.asgi:application", "--host", "127.0.0.1", "--port", str(gateway_port),
             "--workers", str(args.workers), "--log-level", "warning", "--no-access-log"],
            cwd=REPO, env=env, start_new_session=True,
        ),
    ]  # fmt: skip
    try:
        wait_healthy(f"http://127.0.0.1:{upstream_port}/stats")
        wait_healthy(f"http://127.0.0.1:{gateway_port}/healthz")
        run = asyncio.run(measure(args, f"http://127.0.0.1:{gateway_port}/gateway/v1", upstream, key))
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)

    counts = custos.manage(
        "shell", "-c",
        "from audit.models import AuditEvent as E; "
        "print(E.objects.filter(action='preflight.decision', payload__via='gateway').count(), "
        "E.objects.filter(action='gateway.exchange').count())",
        capture=True,
    ).strip().splitlines()[-1].split()  # fmt: skip

    print(
        f"gateway benchmark: {args.repeats} repeats per payload, uvicorn --workers {args.workers}, {os.cpu_count()} CPUs"
    )
    print(f"{'payload':16} {'direct p50/p99':>16} {'gateway p50/p99':>17} {'added p50/p99':>15} {'preflight p50':>14} "
          f"{'TTFT direct':>12} {'TTFT gateway':>13} {'added TTFT p50/p99':>19}")  # fmt: skip
    for name, times in run["results"].items():
        added = [g - d for g, d in zip(times["gateway"], times["direct"], strict=True)]
        added_ttft = [g - d for g, d in zip(times["gateway_ttft"], times["direct_ttft"], strict=True)]
        pre = statistics.median(times["preflight"])
        print(
            f"{name:16} {statistics.median(times['direct']):7.1f}/{percentile(times['direct'], 99):<7.1f} "
            f"{statistics.median(times['gateway']):8.1f}/{percentile(times['gateway'], 99):<7.1f} "
            f"{statistics.median(added):6.1f}/{percentile(added, 99):<7.1f} {pre:14.1f} "
            f"{statistics.median(times['direct_ttft']):12.1f} {statistics.median(times['gateway_ttft']):13.1f} "
            f"{statistics.median(added_ttft):8.1f}/{percentile(added_ttft, 99):<9.1f}"
        )
        print(
            f"{'':16} target: added p50 {statistics.median(added):.1f} ms <= preflight p50 + 3 = {pre + 3:.1f} ms: "
            f"{'met' if statistics.median(added) <= pre + 3 else 'NOT met'}; added TTFT p50 "
            f"{statistics.median(added_ttft):.1f} ms: {'met' if statistics.median(added_ttft) <= pre + 3 else 'NOT met'}"
        )
    firsts = [first for first, _ in run["concurrent"]]
    totals = [total for _, total in run["concurrent"]]
    print(
        f"{args.streams} concurrent streams, upstream waiting {args.upstream_wait:g} s: {len(run['concurrent'])} completed, "
        f"wall {run['wall_s']:.2f} s, first chunk p50 {statistics.median(firsts):.2f} s max {max(firsts):.2f} s, "
        f"total max {max(totals):.2f} s, upstream saw {run['upstream_peak']} in flight at once"
    )
    print(f"errors: {len(run['errors'])} {run['errors'][:3]}")
    print(f"audit: {counts[0]} gateway decisions, {counts[1]} gateway.exchange events")


if __name__ == "__main__":
    main()
