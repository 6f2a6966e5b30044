"""Schemathesis runs the OpenAPI schema against the live API: no input may cause a server error."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from django.utils.crypto import get_random_string
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, given, settings
from pytest_django.live_server_helper import LiveServer

from tests.factories import officer
from tests.world import build_world


@pytest.fixture(scope="session")
def api_schema() -> Any:
    """The OpenAPI schema, generated when the fuzz test runs, not when pytest collects this module."""
    raw = json.loads(json.dumps(SchemaGenerator().get_schema(request=None, public=True), default=str))
    return schemathesis.openapi.from_dict(raw)


@pytest.fixture
def auth_headers(live_server: LiveServer) -> dict[str, str]:
    world = build_world()
    user = officer(username="fuzzer")
    from django.test import Client

    client = Client()
    client.force_login(user)
    session = client.cookies["sessionid"].value
    csrf = get_random_string(32)  # a cookie and header pair that passes Django's CSRF check
    return {
        "Authorization": f"Bearer {world.plaintext}",
        "Cookie": f"sessionid={session}; csrftoken={csrf}",
        "X-CSRFToken": csrf,
    }


@pytest.mark.django_db(transaction=True)
def test_no_server_errors(live_server: LiveServer, auth_headers: dict[str, str], api_schema: Any) -> None:
    # Signed in as a compliance officer (with a CSRF pair) and holding a service key, so the
    # generated requests reach the views behind authentication. 4xx answers are fine; 5xx fail.
    # One Hypothesis run per operation, in a loop rather than schemathesis' lazy parametrize,
    # which breaks on pytest 9 (it rewrites the private Function._nodeid).
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert operations, "the schema has no operations"
    for operation in operations:

        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def no_server_error(case: Any) -> None:
            response = case.call(base_url=live_server.url, headers=auth_headers)
            assert response.status_code < 500, (
                f"{case.method} {case.path} -> {response.status_code}: {response.text[:500]}"
            )

        no_server_error()


def test_collecting_this_module_builds_no_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every xdist worker collects every module: the schema is built by the test that uses it, not at import.
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the OpenAPI schema was generated while the module was imported")

    monkeypatch.setattr(SchemaGenerator, "get_schema", refuse)
    spec = importlib.util.spec_from_file_location("openapi_fuzz_fresh_import", Path(__file__))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert callable(module.test_no_server_errors)
