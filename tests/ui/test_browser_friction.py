"""The friction fixes in a real browser: focus on errors, the country picker, the live verify panel, the time zone."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser
from pytest_django.live_server_helper import LiveServer

from audit.verification import verification_execute
from governance.models import Destination
from tests.factories import VerificationRunFactory
from tests.ui.conftest import Registry, Session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def officer_tab(chromium: Browser, live_server: LiveServer, live_registry: Registry) -> Iterator[Session]:
    session = Session(chromium, live_server.url, "olivia")
    yield session
    session.close()


@pytest.fixture
def auditor_tab(chromium: Browser, live_server: LiveServer, live_registry: Registry) -> Iterator[Session]:
    session = Session(chromium, live_server.url, "arthur")
    yield session
    session.close()


def test_a_destination_with_errors_focuses_the_summary_and_switzerland_is_picked_by_name(officer_tab: Session) -> None:
    page = officer_tab.page
    officer_tab.goto("/destinations/new/")
    page.fill("#id_slug", "ch-api")
    page.fill("#id_provider", "Helvetic AI")
    page.fill("#id_model", "alp-1")
    page.fill("#id_endpoint_url", "https://api.helvetic.example/v1")
    page.check("#id_kind_1")
    page.select_option("#id_jurisdiction", label="Switzerland (CH)")
    page.select_option("#id_transfer_mechanism", "adequacy")
    page.click("button:has-text('Add destination')")
    page.wait_for_selector(".error-summary")
    # Focus is on the summary, which a screen reader announces; its links lead to the fields.
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert "There are 2 problems to correct" in page.inner_text(".error-summary")
    page.click(".error-summary a[href='#id_adequacy_scope']")
    assert page.evaluate("location.hash") == "#id_adequacy_scope"
    # What was chosen is kept: the country is still Switzerland, not "Sw".
    assert page.input_value("#id_jurisdiction") == "CH"
    page.fill("#id_adequacy_scope", "Switzerland")
    page.fill("#id_adequacy_review_date", "2030-01-01")
    page.click("button:has-text('Add destination')")
    page.wait_for_url(re.compile(r"/destinations/ch-api/(#.*)?$"))  # the fragment of the error link stays
    assert "Destination ch-api added to the catalogue." in page.content()
    assert Destination.objects.get(slug="ch-api").jurisdiction == "CH"


def test_adequacy_fields_are_marked_required_only_for_adequacy(officer_tab: Session) -> None:
    page = officer_tab.page
    officer_tab.goto("/destinations/new/")
    page.select_option("#id_transfer_mechanism", "eea")
    assert page.get_attribute("#id_adequacy_scope", "aria-required") == "false"
    page.select_option("#id_transfer_mechanism", "adequacy")
    assert page.get_attribute("#id_adequacy_scope", "aria-required") == "true"
    assert page.get_attribute("#id_adequacy_review_date", "aria-required") == "true"


def test_times_follow_the_browsers_zone(auditor_tab: Session) -> None:
    page = auditor_tab.page  # the browser runs in Europe/Berlin (tests/ui/test_browser.py)
    auditor_tab.goto("/decisions/")
    assert page.inner_text("[data-time-zone]") == "Europe/Berlin"
    first = page.inner_text("table tbody tr td time")
    assert ("CET" in first or "CEST" in first) and "UTC)" in first
    assert page.inner_text("label[for=id_since]") == "From (Europe/Berlin)"


def test_the_verify_panel_follows_a_run_without_reload(auditor_tab: Session) -> None:
    page = auditor_tab.page
    auditor_tab.goto("/audit/verify/")
    page.evaluate("window.__same_page = true")  # gone if the page reloads
    run = VerificationRunFactory.create()  # started elsewhere (another auditor, the nightly job)
    page.wait_for_selector("#verify-run", timeout=10_000)
    assert "Queued" in page.inner_text("#verify-run")
    verification_execute(run_id=run.pk)
    # Either the run's own panel (polled by htmx) or the refreshed "Last verification" card says so first.
    page.wait_for_selector("#verify-panels :text('The chain is intact.'), #verify-panels .badge-ok", timeout=10_000)
    assert "Queued" not in page.inner_text("#verify-panels")
    assert page.evaluate("window.__same_page === true")
