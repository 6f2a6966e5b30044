"""Fixtures for the web UI tests: people in each role, a small registry and recorded decisions."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from django.utils import timezone
from playwright.sync_api import Browser
from pytest_django import Settings
from pytest_django.live_server_helper import LiveServer

from audit.models import AuditEvent
from governance import services
from governance.models import Decision, Destination, ServiceKey, Workload
from tests.factories import SYSTEM, DecisionFactory, auditor, make_destination, make_workload, officer

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@dataclass
class Registry:
    onprem: Destination
    eu_api: Destination
    us_none: Destination
    workload: Workload
    draft_workload: Workload
    key: ServiceKey
    denied: Decision
    redacted: Decision
    allowed: Decision


def build_registry() -> Registry:
    onprem = make_destination(slug="onprem-vllm", kind=Destination.Kind.ON_PREM, jurisdiction="DE")
    eu_api = make_destination(slug="eu-api", jurisdiction="IE")
    us_none = make_destination(
        slug="us-none", jurisdiction="US", transfer_mechanism=Destination.TransferMechanism.NONE, dpa_signed=False
    )
    workload = make_workload(
        slug="support-bot",
        name="Support bot",
        approve=True,
        allowed_destinations=["onprem-vllm", "eu-api", "us-none"],
        screening={"art50_interacts_with_people": True},
    )
    draft_workload = make_workload(
        slug="cv-ranker", name="CV ranker", screening={"annex_iii_area": 4, "profiles_natural_persons": True}
    )
    services.policy_ensure_default(actor=SYSTEM)
    key, _plaintext = services.servicekey_create(actor=SYSTEM, name="support service", workloads=[workload])
    denied = DecisionFactory.create(
        service_key=key,
        workload=workload,
        destination=us_none,
        outcome="deny",
        level="RESTRICTED",
        categories=["credentials"],
        reasons=[
            {
                "code": "credentials_never_leave",
                "message": "Secrets and credentials never leave for an external destination.",
            }
        ],
    )
    redacted = DecisionFactory.create(
        service_key=key,
        workload=workload,
        destination=us_none,
        outcome="redact",
        level="CONFIDENTIAL",
        categories=["personal_data"],
        reasons=[{"code": "no_transfer_basis", "message": "Personal data may only go to ..."}],
    )
    allowed = DecisionFactory.create(
        service_key=key, workload=workload, destination=eu_api, outcome="allow", level="INTERNAL"
    )
    return Registry(onprem, eu_api, us_none, workload, draft_workload, key, denied, redacted, allowed)


@pytest.fixture
def registry(db: None) -> Registry:
    return build_registry()


def denied_events() -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="access.denied").order_by("seq"))


def now() -> dt.datetime:
    return timezone.now()


# --- the browser (Debian's Chromium through Playwright), shared by every browser test module -------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is not installed: run `make browsers` (apt-get install chromium) to run the UI tests.")
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls
    # from the test body would otherwise be refused. Undone afterwards so later
    # tests (and their subprocesses) see the environment they expect.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def live_registry(live_server: LiveServer, settings: Settings, tmp_path: Path) -> Registry:
    """The UI registry (tests/ui/conftest.py) and both people, behind the live server."""
    settings.CUSTOS_AUDIT_EXPORT_DIR = tmp_path / "exports"
    registry = build_registry()
    officer(username="olivia")
    auditor(username="arthur")
    return registry


class Session:
    """A signed-in browser tab that records CSP violations and page errors."""

    def __init__(self, browser: Any, base: str, username: str) -> None:
        self.base = base
        self.context = browser.new_context(accept_downloads=True, timezone_id="Europe/Berlin")
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.goto(f"{base}/accounts/login/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", PASSWORD)
        self.page.click("button[type=submit]")
        self.page.wait_for_url(f"{base}/")

    def _console(self, message: Any) -> None:
        if message.type == "error" or "Content Security Policy" in message.text:
            self.problems.append(message.text)

    def goto(self, path: str) -> None:
        self.page.goto(self.base + path)

    def close(self) -> None:
        self.context.close()  # before the live server stops: an open keep-alive connection holds a database session
        assert self.problems == [], self.problems


@pytest.fixture
def as_officer(chromium: Browser, live_server: LiveServer, live_registry: Registry) -> Iterator[Session]:
    """olivia, an officer, signed in in a fresh browser context."""
    session = Session(chromium, live_server.url, "olivia")
    yield session
    session.close()


@pytest.fixture
def as_auditor(chromium: Browser, live_server: LiveServer, live_registry: Registry) -> Iterator[Session]:
    """arthur, an auditor, signed in in a fresh browser context."""
    session = Session(chromium, live_server.url, "arthur")
    yield session
    session.close()
