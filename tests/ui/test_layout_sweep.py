"""No page scrolls sideways: every page of the web UI in Chromium at 1366 and 390 px, as officer and as auditor.

The page list is checked against the URL configuration, so a new page that is
not swept fails ``test_the_sweep_covers_every_page`` until it is added here
(or, when it is not an HTML page, to ``NOT_PAGES``).

A page fails when the document is wider than the window, when any element
reaches past the right edge of the window (other than inside a region that
scrolls or clips on purpose), when text is squeezed into a column too narrow
to read (one letter per line), and, at the desktop width, when a table needs
sideways scrolling inside its card (a cut-off column).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from audit.models import AuditEvent
from governance import services
from governance.models import Destination
from tests.factories import (
    SYSTEM,
    AnnexVIIIRegistrationFactory,
    CheckpointFactory,
    ExportFactory,
    IncidentFactory,
    PolicyVersionFactory,
    VerificationRunFactory,
    make_destination,
    make_workload,
)
from tests.ui.conftest import Registry, Session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIZES = {"desktop": (1366, 768), "phone": (390, 844)}

# Routes that are not pages a person reads: downloads, JSON, form targets, fragments.
NOT_PAGES = {
    "healthz",
    "logout",
    "api-schema",
    "api-docs",
    "audit-event-proof-ui",
    "audit-verify-status",
    "audit-verify-start",
    "audit-export-download",
    "tier-preview",
    "policy-draft-start",
}


@dataclass
class Objects:
    """What the page URLs point at."""

    registry: Registry
    high_risk_slug: str
    long_destination_slug: str
    draft_number: int
    published_number: int
    incident_id: int
    export_id: int
    run_id: int
    event_seq: int


def build_objects(registry: Registry) -> Objects:
    """The UI registry plus one of everything a page shows, with long values where real ones are long."""
    long_destination = make_destination(
        slug="eu-frontier-model-provider-with-a-long-name",
        provider="A provider whose registered company name is rather long GmbH & Co. KG",
        model="frontier-instruct-2026-11-preview-with-extended-context-window",
        endpoint_url="https://inference.eu-central-1.frontier-model-provider.example.eu/v1/chat/completions?api-version=2026-11-01-preview",
        jurisdiction="DE",
    )
    adequacy = make_destination(
        slug="ch-adequacy",
        jurisdiction="CH",
        transfer_mechanism=Destination.TransferMechanism.ADEQUACY,
        adequacy_scope="Switzerland: the whole country",
        adequacy_review_date=timezone.localdate() + dt.timedelta(days=200),
    )
    high_risk = make_workload(
        slug="recruitment-screening-assistant-for-applications",
        name="Recruitment screening assistant for applications received through the careers portal",
        owner="Human Resources, Talent Acquisition and Recruitment Operations (EMEA)",
        purpose="Ranks incoming applications against the job profile and drafts a short summary for the recruiter, "
        "who decides. " * 3,
        data_categories=["personal", "special_category"],
        oversight_contact="talent-acquisition-oversight-board@example.eu",
        quality_priority="high",
        request_volume="high",
        cost_sensitivity="low",
        residency_need="high",
        allowed_destinations=["onprem-vllm", long_destination.slug, adequacy.slug],
        screening={"annex_iii_area": 4, "annex_iii_subarea": "4(a)", "profiles_natural_persons": True},
        approve=True,
    )
    draft = PolicyVersionFactory(notes="Stricter rules for personal data.")
    IncidentFactory(workload=high_risk, title="Applicants ranked by a field the policy forbids, in several countries")
    incident = IncidentFactory(workload=registry.workload)
    AnnexVIIIRegistrationFactory(workload=high_risk, trade_name="Screening assistant")
    CheckpointFactory()
    export = ExportFactory(filters={"workload": registry.workload.slug})
    run = VerificationRunFactory()
    services.servicekey_create(actor=SYSTEM, name="a service key with a long descriptive name", workloads=[high_risk])
    published = services.policy_ensure_default(actor=SYSTEM)
    return Objects(
        registry=registry,
        high_risk_slug=high_risk.slug,
        long_destination_slug=long_destination.slug,
        draft_number=draft.number,
        published_number=published.number if published else 1,
        incident_id=incident.pk,
        export_id=export.pk,
        run_id=run.pk,
        event_seq=AuditEvent.objects.order_by("-seq").values_list("seq", flat=True)[0],
    )


def pages(objects: Objects) -> dict[str, list[str]]:
    """Route name -> the paths swept for it."""
    registry = objects.registry
    workload, high = registry.workload.slug, objects.high_risk_slug
    key = registry.key.pk
    return {
        "login": ["/accounts/login/"],
        "dashboard": ["/"],
        "strategy": ["/strategy/"],
        "workload-list": ["/workloads/"],
        "workload-register": ["/workloads/register/"],
        "workload-register-step": [f"/workloads/register/{step}/" for step in ("art5", "annex", "art50", "hybrid")],
        "workload-detail": [
            f"/workloads/{high}/",
            f"/workloads/{workload}/",
            f"/workloads/{registry.draft_workload.slug}/",
        ],
        "workload-edit": [f"/workloads/{high}/edit/"],
        "workload-lifecycle": [f"/workloads/{registry.draft_workload.slug}/approve/", f"/workloads/{high}/suspend/"],
        "destination-list": ["/destinations/"],
        "destination-create": ["/destinations/new/"],
        "destination-detail": [f"/destinations/{objects.long_destination_slug}/", "/destinations/us-none/"],
        "destination-edit": [f"/destinations/{objects.long_destination_slug}/edit/"],
        "policy": ["/policy/"],
        "policy-version": [f"/policy/{objects.published_number}/"],
        "policy-edit": [f"/policy/{objects.draft_number}/edit/"],
        "policy-diff": [f"/policy/{objects.draft_number}/diff/"],
        "policy-simulate": [f"/policy/{objects.draft_number}/simulate/"],
        "policy-publish": [f"/policy/{objects.draft_number}/publish/"],
        "key-list": ["/keys/"],
        "key-create": ["/keys/new/"],
        "key-revoke": [f"/keys/{key}/revoke/"],
        "key-rotate": [f"/keys/{key}/rotate/"],
        "decision-list": ["/decisions/"],
        "decision-detail-ui": [f"/decisions/{registry.denied.id}/", f"/decisions/{registry.redacted.id}/"],
        "audit-event-list-ui": ["/audit/"],
        "audit-event-detail-ui": [f"/audit/events/{objects.event_seq}/", f"/audit/events/{registry.denied.audit_seq}/"],
        "audit-verify": ["/audit/verify/"],
        "audit-verify-progress": [f"/audit/verify/{objects.run_id}/"],
        "audit-export-list": ["/audit/exports/"],
        "audit-export-detail": [f"/audit/exports/{objects.export_id}/"],
        "report-index": ["/reports/"],
        "report-inventory": ["/reports/inventory/"],
        "report-logs": ["/reports/logs/"],
        "report-log-summary": [f"/reports/logs/{workload}/", f"/reports/logs/{high}/"],
        "report-registration-list": ["/reports/registration/"],
        "report-registration": [f"/reports/registration/{high}/"],
        "report-registration-edit": [f"/reports/registration/{high}/edit/"],
        "report-incidents": ["/reports/incidents/"],
        "report-incident-new": ["/reports/incidents/new/"],
        "report-incident-detail": [f"/reports/incidents/{objects.incident_id}/"],
        "report-incident-report": [f"/reports/incidents/{objects.incident_id}/report/"],
        "report-incident-close": [f"/reports/incidents/{objects.incident_id}/close/"],
        "report-retention": ["/reports/retention/"],
        "not-found": ["/no-such-page/"],
    }


def html_route_names() -> set[str]:
    """Every named route outside the API and the admin, with its export variants (.csv, .json) left out."""
    names: set[str] = set()

    def walk(patterns: list[Any], prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif (
                isinstance(pattern, URLPattern)
                and pattern.name
                and not route.startswith(("api/", "admin/"))
                and not pattern.name.endswith(("-csv", "-json"))
            ):
                names.add(pattern.name)

    walk(get_resolver().url_patterns, "")
    return names - NOT_PAGES


# Measured in the page. Elements inside a region that scrolls or clips on purpose (a table's wrapper,
# a meter) are judged by that region; the skip link waits off-screen until focused.
OVERFLOW_SCRIPT = """
(desktop) => {
  const width = window.innerWidth;
  const problems = [];
  const describe = (el) => {
    let name = el.tagName.toLowerCase();
    if (el.id) { name += "#" + el.id; }
    if (typeof el.className === "string" && el.className.trim()) { name += "." + el.className.trim().split(/\\s+/).join("."); }
    const text = (el.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 40);
    return text ? name + " (" + text + ")" : name;
  };
  const scroller = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const overflow = getComputedStyle(a).overflowX;
      if (overflow !== "visible") { return a; }
    }
    return null;
  };
  if (document.documentElement.scrollWidth > width) {
    problems.push("the page is " + document.documentElement.scrollWidth + " px wide in a " + width + " px window");
  }
  const reported = new Set();
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest(".skip-link, .sr-only, script, style, template")) { continue; }
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") { continue; }
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) { continue; }
    if (!scroller(el) && box.right > width + 1) {
      reported.add(el);
      // the outermost element that reaches past the edge names the problem; its children say nothing new
      if (!reported.has(el.parentElement)) { problems.push(describe(el) + " reaches " + Math.round(box.right) + " px"); }
    }
    if (["TD", "TH", "DD", "DT", "LI", "P", "A", "SPAN"].includes(el.tagName) && el.children.length === 0) {
      const text = (el.textContent || "").trim();
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
      if (text.length >= 4 && box.width < 3 * parseFloat(style.fontSize) && box.height > 3.5 * line) {
        problems.push(describe(el) + " is squeezed to " + Math.round(box.width) + " px wide");
      }
    }
    if (desktop && (style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1
        && !el.matches("pre, textarea, .code-block")) {
      problems.push(describe(el) + " needs sideways scrolling (" + el.scrollWidth + " px in " + el.clientWidth + " px)");
    }
  }
  return problems;
}
"""


@pytest.fixture
def objects(live_registry: Registry) -> Objects:
    return build_objects(live_registry)


def sweep(page: Any, base: str, paths: list[str], console: list[str] | None = None) -> list[str]:
    """The overflow problems of each path at each size; ``console`` (a Session's) is spared the expected 403/404."""
    failures: list[str] = []
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        for path in paths:
            response = page.goto(base + path)
            assert response is not None and response.status in (200, 403, 404), (path, response and response.status)
            if console is not None and response.status != 200:  # a refused page is swept too; its status is no error
                expected = f"status of {response.status}"
                console[:] = [message for message in console if expected not in message]
            page.wait_for_load_state("load")
            for problem in page.evaluate(OVERFLOW_SCRIPT, size == "desktop"):
                failures.append(f"{size} {width}px {path}: {problem}")
    return failures


@pytest.fixture
def officer_session(chromium: Any, live_server: Any, objects: Objects) -> Iterator[Session]:
    session = Session(chromium, live_server.url, "olivia")
    yield session
    session.close()


@pytest.fixture
def auditor_session(chromium: Any, live_server: Any, objects: Objects) -> Iterator[Session]:
    session = Session(chromium, live_server.url, "arthur")
    yield session
    session.close()


def test_the_sweep_covers_every_page(registry: Registry) -> None:
    swept = set(pages(build_objects(registry)))
    missing = html_route_names() - swept
    assert missing == set(), f"pages the layout sweep does not visit: {sorted(missing)}"


def test_no_page_scrolls_sideways_for_the_officer(
    officer_session: Session,
    objects: Objects,
    chromium: Any,
) -> None:
    paths = [path for name, paths in pages(objects).items() if name != "login" for path in paths]
    failures = sweep(officer_session.page, officer_session.base, paths, officer_session.problems)
    # The sign-in page, as someone not signed in sees it.
    anonymous = chromium.new_context()
    try:
        failures += sweep(anonymous.new_page(), officer_session.base, pages(objects)["login"])
    finally:
        anonymous.close()
    if failures:
        pytest.fail("\n".join(failures), pytrace=False)


def test_no_page_scrolls_sideways_for_the_auditor(auditor_session: Session, objects: Objects) -> None:
    paths = [path for name, paths in pages(objects).items() if name != "login" for path in paths]
    failures = sweep(auditor_session.page, auditor_session.base, paths, auditor_session.problems)
    if failures:
        pytest.fail("\n".join(failures), pytrace=False)
