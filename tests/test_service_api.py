"""The WSGI application sends service-key API paths through a shorter middleware stack (config/service_api.py).

These tests call the WSGI application as gunicorn does (an environ, a
start_response), not through the test client, which builds its own handler
from settings.MIDDLEWARE.
"""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler

from config.service_api import SERVICE_API_MIDDLEWARE, ServiceApiRouter, is_service_api
from governance.models import Decision
from tests.world import build_world

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."


def call(
    app: ServiceApiRouter, method: str, path: str, body: object = None, **headers: str
) -> tuple[int, dict[str, str], list[str], bytes]:
    """Status, headers (the last of each name), Set-Cookie values and body of one request through ``app``."""
    data = json.dumps(body).encode() if body is not None else b""
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "SCRIPT_NAME": "", "QUERY_STRING": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": headers.pop("host", "testserver"), "REMOTE_ADDR": "127.0.0.1",
        "CONTENT_TYPE": "application/json", "CONTENT_LENGTH": str(len(data)), "wsgi.input": io.BytesIO(data),
        "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr, "wsgi.version": (1, 0),
        "wsgi.multithread": True, "wsgi.multiprocess": True, "wsgi.run_once": False,
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }  # fmt: skip
    started: list[Any] = []
    content = b"".join(
        app(environ, lambda status, response_headers, exc_info=None: started.append((status, response_headers)))
    )
    status, response_headers = started[0]
    cookies = [value for name, value in response_headers if name == "Set-Cookie"]
    return int(status.split()[0]), dict(response_headers), cookies, content


@pytest.fixture
def app() -> ServiceApiRouter:
    return ServiceApiRouter(WSGIHandler())


def test_only_the_service_key_paths_take_the_short_stack() -> None:
    assert is_service_api("/api/v1/preflight")
    assert is_service_api("/api/v1/decisions/8d3c7a52-3b8e-4d53-9d6e-2f1a6f0a1b2c")
    assert not is_service_api("/api/v1/preflight/")  # not the view: Django's full stack answers (404)
    assert not is_service_api("/api/v1/audit/events")  # staff API: session authentication and CSRF
    assert not is_service_api("/api/v1/workloads/")
    assert not is_service_api("/accounts/login/")


def test_the_short_stack_is_the_header_and_host_middleware_in_settings_order(app: ServiceApiRouter) -> None:
    kept = [path for path in settings.MIDDLEWARE if path in SERVICE_API_MIDDLEWARE]
    assert kept == list(SERVICE_API_MIDDLEWARE)  # all of them (a renamed one would drop out), in the same order
    assert "django.contrib.sessions.middleware.SessionMiddleware" in settings.MIDDLEWARE  # restored after the build


@pytest.mark.django_db(transaction=True)
def test_a_preflight_through_the_short_stack_is_decided_recorded_and_keeps_the_security_headers(
    app: ServiceApiRouter,
) -> None:
    world = build_world()
    body = {"workload": world.workload.slug, "destination": "eu-api", "input": CLEAN}
    status, headers, cookies, content = call(
        app, "POST", "/api/v1/preflight", body, authorization=f"Bearer {world.plaintext}"
    )
    assert status == 200
    decision = json.loads(content)
    assert decision["decision"] == "allow"
    assert Decision.objects.filter(pk=decision["decision_id"], audit_seq=decision["audit"]["seq"]).exists()
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert cookies == [] and "Vary" not in headers  # no session was looked at


@pytest.mark.django_db(transaction=True)
def test_errors_on_the_short_stack_are_the_apis_json(app: ServiceApiRouter) -> None:
    world = build_world()
    body = {"workload": world.workload.slug, "destination": "eu-api", "input": CLEAN}
    status, _, _, content = call(app, "POST", "/api/v1/preflight", body)
    assert status == 401
    assert json.loads(content)["error"]["code"] == "not_authenticated"
    status, _, _, content = call(
        app, "POST", "/api/v1/preflight", body, authorization=f"Bearer {world.plaintext}", host="evil.example"
    )
    assert status == 400  # the Host header is still checked (CommonMiddleware)
    assert Decision.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_other_paths_keep_the_full_stack(app: ServiceApiRouter) -> None:
    status, headers, cookies, _ = call(app, "GET", "/accounts/login/")
    assert status == 200
    assert any(cookie.strip().startswith("csrftoken=") for cookie in cookies)  # CSRF middleware ran
    assert "Cookie" in headers.get("Vary", "")
