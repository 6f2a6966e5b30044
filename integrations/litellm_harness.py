"""Running a real LiteLLM proxy on loopback, for the integration test and the benchmark (not used by the app).

LiteLLM lives in its own virtual environment (``make litellm``: ``.venv-litellm``), so its pins never
constrain Custos's. The proxy is started with a config written here: models that call a loopback
OpenAI-compatible upstream, and guardrails that call Custos (or a Presidio server).
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
LITELLM = ROOT / ".venv-litellm" / "bin" / "litellm"
# LiteLLM's start-up on a busy 2-core machine: about 70 s.
START_TIMEOUT_S = 300.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Upstream:
    """A small OpenAI-compatible chat server: records each request it gets and answers with ``reply(body)``."""

    reply: Callable[[Mapping[str, Any]], str] = lambda body: "Done."
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""

    def last_user_texts(self) -> list[str]:
        return [m["content"] for m in self.requests[-1]["messages"] if m["role"] == "user"]


@contextmanager
def upstream_server(upstream: Upstream) -> Iterator[Upstream]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
            upstream.requests.append(body)
            answer = {
                "id": f"chatcmpl-{len(upstream.requests)}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "upstream-model"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": upstream.reply(body)},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
            }
            data = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    upstream.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield upstream
    finally:
        server.shutdown()
        server.server_close()


def proxy_config(
    *, upstream_url: str, models: Sequence[str], guardrails: Sequence[Mapping[str, Any]]
) -> dict[str, Any]:
    """A LiteLLM config.yaml: each model name calls the upstream; the guardrails as given."""
    return {
        "model_list": [
            {
                "model_name": name,
                "litellm_params": {
                    "model": "openai/upstream-model",
                    "api_base": upstream_url,
                    "api_key": "sk-upstream",
                },
            }
            for name in models
        ],
        "guardrails": list(guardrails),
        "litellm_settings": {"num_retries": 0, "request_timeout": 60},
    }


@dataclass
class Proxy:
    url: str
    master_key: str
    process: subprocess.Popen[bytes]
    log: Path


@contextmanager
def litellm_proxy(config: Mapping[str, Any], *, env: Mapping[str, str] | None = None) -> Iterator[Proxy]:
    """Start ``litellm --config`` on a loopback port, wait until it answers, stop it afterwards."""
    if not LITELLM.exists():
        raise FileNotFoundError(f"{LITELLM} is missing: run `make litellm` (make test does).")
    workdir = Path(tempfile.mkdtemp(prefix="custos-litellm-"))
    config_path = workdir / "config.yaml"
    config_path.write_text(yaml.safe_dump(dict(config), sort_keys=False))
    port = free_port()
    master_key = "sk-" + secrets.token_hex(24)
    # A clean environment: no DATABASE_URL (LiteLLM would take Custos's database), nothing fetched at start.
    process_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(workdir),
        "LITELLM_MASTER_KEY": master_key,
        "LITELLM_LOCAL_MODEL_COST_MAP": "True",
        "LITELLM_TELEMETRY": "False",
        "NO_PROXY": "127.0.0.1,localhost",
        **(env or {}),
    }
    log = workdir / "litellm.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(  # noqa: S603  # our own venv's litellm, fixed arguments
            [
                str(LITELLM),
                "--config",
                str(config_path),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--num_workers",
                "1",
            ],
            cwd=workdir,
            env=process_env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process, log)
        yield Proxy(url=url, master_key=master_key, process=process, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"LiteLLM exited ({process.returncode}):\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/health/liveliness", timeout=2) as response:  # noqa: S310  # loopback http
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    raise RuntimeError(f"LiteLLM did not start within {START_TIMEOUT_S:g} s:\n{log.read_text()[-3000:]}")
