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
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Browser
from pytest_django.live_server_helper import LiveServer

import classifier
from access.roles import ADMINISTRATOR
from audit.actors import Actor
from audit.models import AuditEvent
from governance import changes, services
from governance import detection_services as detection
from governance.models import ChangeRequest, Destination
from reports import services as report_services
from tests.factories import (
    SYSTEM,
    AnnexVIIIRegistrationFactory,
    CheckpointFactory,
    ExportFactory,
    IncidentFactory,
    PolicyVersionFactory,
    UserFactory,
    VerificationRunFactory,
    make_destination,
    make_workload,
    officer,
)
from tests.ui.conftest import PASSWORD, Registry, Session

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
    "detection-profile-draft-start",  # POST only: opens a draft and redirects to its edit page
    "detection-profile-preview-dataset",  # a form target: GET redirects to the preview page it renders
    "policy-builder-check",  # POST only, JSON: the builder's live check of its rows
    # The gateway's OpenAI-compatible JSON endpoints, for programs with a service key.
    "chat-completions",
    "embeddings",
    "models",
    # Redirects to and from the identity provider; with no provider set (as here) both answer the 404 page.
    "oidc-authenticate",
    "oidc-callback",
    # POST only: the buttons on the security page; a GET is refused with 405.
    "sign-out-everywhere",
    "user-sign-out-everywhere",
    # The LiteLLM guardrail and the Presidio-compatible API: JSON for programs with a service key.
    "litellm-guardrail",
    "presidio-analyze",
    "presidio-anonymize",
    "presidio-health",
    "presidio-supported-entities",
    "presidio-recognizers",
}
# Asked of a person who has signed in with the password but not yet given the second factor: swept on their own.
SECOND_FACTOR_PAGES = {"mfa-verify"}


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
    high_risk_incident_id: int
    change_request_ids: list[int]
    detection_published_number: int
    detection_draft_number: int
    report_sha256: str


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
    draft = PolicyVersionFactory.create(notes="Stricter rules for personal data.")
    high_risk_incident = IncidentFactory.create(
        workload=high_risk, title="Applicants ranked by a field the policy forbids, in several countries", art73=True
    )
    incident = IncidentFactory.create(workload=registry.workload)
    AnnexVIIIRegistrationFactory(workload=high_risk, trade_name="Screening assistant")
    CheckpointFactory()
    export = ExportFactory.create(filters={"workload": registry.workload.slug})
    run = VerificationRunFactory.create()
    services.servicekey_create(actor=SYSTEM, name="a service key with a long descriptive name", workloads=[high_risk])
    published = services.policy_ensure_default(actor=SYSTEM)
    report_services.fria_record(
        actor=SYSTEM,
        workload=high_risk,
        processes="Applications received through the careers portal are ranked against the job profile. " * 4,
        period_and_frequency="Continuously, for every application, from 2026-01-01 for three years.",
        affected_persons="Applicants for positions in the EU, including applicants with disabilities. " * 3,
        risks_of_harm="Indirect discrimination by proxies for age, gender or origin (Art. 21 Charter). " * 4,
        human_oversight="A recruiter reviews every ranking and decides; talent-acquisition-oversight-board@example.eu",
        mitigation_and_governance="Quarterly bias audit; complaints to the works council; suspension on drift. " * 3,
        dpia_reference="DPIA-2026-014/HR-TALENT-ACQUISITION-RECRUITMENT-SCREENING-ASSISTANT",
    )
    report_sha256 = hashlib.sha256(b"the FRIA PDF as handed to the authority").hexdigest()
    report_services.report_generated_record(
        actor=SYSTEM,
        report=f"fria-{high_risk.slug}",
        sha256=report_sha256,
        size_bytes=48_213,
        pages=3,
        head_seq=AuditEvent.objects.order_by("-seq").values_list("seq", flat=True)[0],
        checkpoint_id=None,
        parameters={"workload": high_risk.slug, "version": "1"},
    )
    change_request_ids = build_change_requests(draft_number=draft.number)
    detection_published, detection_draft = build_detection_profiles()
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
        high_risk_incident_id=high_risk_incident.pk,
        change_request_ids=change_request_ids,
        detection_published_number=detection_published,
        detection_draft_number=detection_draft,
        report_sha256=report_sha256,
    )


def build_change_requests(*, draft_number: int) -> list[int]:
    """One pending four-eyes request of each kind, asked by a second officer (so olivia may decide them)."""
    oscar = Actor.for_user(officer(username="oscar"))
    checklist = {
        "oversight_assigned": True,
        "oversight_contact": "talent-acquisition-oversight-board@example.eu",
        "logs_kept": True,
        "log_retention_days": 183,
        "workers_informed": True,
        "dpia_reference": "DPIA-2026-014/HR-TALENT-ACQUISITION-RECRUITMENT-SCREENING-ASSISTANT",
        "fria_required": False,
        "fria_reference": "",
    }
    fields = {
        "provider": "A provider whose registered company name is rather long Inc.",
        "model": "frontier-instruct-2026-11-preview-with-extended-context-window",
        "endpoint_url": "https://inference.us-east-1.frontier-model-provider.example.com/v1/chat/completions?api-version=2026-11-01-preview",
        "kind": "external",
        "jurisdiction": "US",
        "region": "us-east-1",
        "dpa_signed": True,
        "transfer_mechanism": "adequacy",
        "adequacy_scope": "EU-US Data Privacy Framework, for organisations on the Data Privacy Framework List",
        "adequacy_review_date": timezone.localdate() + dt.timedelta(days=300),
        "active": True,
    }
    requests = [
        changes.change_request_create(
            actor=oscar,
            kind=ChangeRequest.Kind.WORKLOAD_APPROVE,
            target="cv-ranker",
            change={"reason": "DPIA done, oversight board briefed.", "checklist": checklist},
            reason="DPIA done, oversight board briefed.",
        ),
        changes.change_request_create(
            actor=oscar, kind=ChangeRequest.Kind.POLICY_PUBLISH, target=str(draft_number), change={}, reason="Tighter"
        ),
        changes.change_request_create(
            actor=oscar,
            kind=ChangeRequest.Kind.DESTINATION_CREATE,
            target="us-frontier-model-provider-under-the-data-privacy-framework",
            change={"fields": fields},
            reason="The US provider certified under the Data Privacy Framework; the DPA is signed.",
        ),
        changes.change_request_create(
            actor=oscar,
            kind=ChangeRequest.Kind.DESTINATION_UPDATE,
            target="us-none",
            change={"fields": {"transfer_mechanism": "sccs", "dpa_signed": True}},
        ),
    ]
    return [request.pk for request in requests]


def build_detection_profiles() -> tuple[int, int]:
    """A published detection profile and a draft that changes it; returns their numbers."""
    customer_number = {
        "id": "customer-number-with-the-luhn-check-digit",
        "regex": "CUST-[0-9]{8}-(?:DE|AT|CH|FR|IT|ES|NL|BE|LU|PL|CZ|SK|HU|SI|HR|RO|BG|GR|CY|MT|PT|IE|DK|SE|FI)",
        "checksum": "luhn",
        "entity_type": "CUSTOMER_NUMBER_WITH_COUNTRY_SUFFIX",
        "category": "personal_data",
        "level": "CONFIDENTIAL",
    }
    content: dict[str, Any] = {
        "allow": [{"id": "nova", "term": "Nova Enterprise Knowledge Assistant Platform"}],
        "terms": [
            {
                "id": "falcon",
                "terms": ["Project Falcon", "Falcon Next-Generation Underwriting Modernisation Programme"],
                "entity_type": "INTERNAL_PROJECT",
                "category": "internal_project",
                "level": "CONFIDENTIAL",
            }
        ],
        "patterns": [customer_number],
        "workload_parts": {"support-bot": ["terms", "patterns"]},
    }
    published = detection.detection_profile_draft_create(actor=SYSTEM, content=content, notes="First profile.")
    detection.detection_profile_publish(actor=SYSTEM, version=published)
    changed = {
        **content,
        "allow": [],
        "terms": [*content["terms"], {**content["terms"][0], "id": "monorepo", "terms": ["monorepo-core"]}],
    }
    draft = detection.detection_profile_draft_create(
        actor=SYSTEM, content=changed, notes="Adds the monorepo's name; drops the allow-list entry for Nova."
    )
    return published.number, draft.number


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
        "report-incident-edit": [f"/reports/incidents/{objects.incident_id}/edit/"],
        "report-incident-report": [f"/reports/incidents/{objects.incident_id}/report/"],
        "report-incident-close": [f"/reports/incidents/{objects.incident_id}/close/"],
        "report-retention": ["/reports/retention/"],
        "report-incident-art73": [
            f"/reports/incidents/{objects.high_risk_incident_id}/art73/",
            f"/reports/incidents/{objects.incident_id}/art73/",
        ],
        "report-fria": [f"/reports/fria/{high}/", f"/reports/fria/{workload}/"],
        "report-fria-edit": [f"/reports/fria/{high}/new/"],
        "report-verify": ["/reports/verify/"],
        "change-request-list": ["/approvals/"],
        "change-request-detail": [f"/approvals/{request_id}/" for request_id in objects.change_request_ids],
        "policy-builder": [f"/policy/{objects.draft_number}/builder/"],
        "detection-profile": ["/detection/"],
        "detection-profile-version": [
            f"/detection/{objects.detection_published_number}/",
            f"/detection/{objects.detection_draft_number}/",
        ],
        "detection-profile-edit": [f"/detection/{objects.detection_draft_number}/edit/"],
        "detection-profile-preview": [f"/detection/{objects.detection_draft_number}/preview/"],
        "detection-profile-publish": [f"/detection/{objects.detection_draft_number}/publish/"],
        "security": ["/accounts/security/"],
        "mfa-setup": ["/accounts/mfa/setup/"],  # olivia has no second factor yet: the enrolment page
        "mfa-verify": ["/accounts/mfa/verify/"],  # swept as vera (SECOND_FACTOR_PAGES)
        "not-found": ["/no-such-page/"],
    }


def html_route_names() -> set[str]:
    """Every named route outside the API and the admin, with its export variants (.csv, .json, .pdf) left out."""
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
                # downloads; the PDFs are checked for A4 fit by tests/reports/test_print_layout.py
                and not pattern.name.endswith(("-csv", "-json", "-pdf"))
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


def measure(page: Any, label: str) -> list[str]:
    """The overflow problems of the page as it stands (a form's answer), laid out at each size in turn."""
    failures: list[str] = []
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        for problem in page.evaluate(OVERFLOW_SCRIPT, size == "desktop"):
            failures.append(f"{size} {width}px {label}: {problem}")
    return failures


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
def officer_session(chromium: Browser, live_server: LiveServer, objects: Objects) -> Iterator[Session]:
    session = Session(chromium, live_server.url, "olivia")
    yield session
    session.close()


@pytest.fixture
def auditor_session(chromium: Browser, live_server: LiveServer, objects: Objects) -> Iterator[Session]:
    session = Session(chromium, live_server.url, "arthur")
    yield session
    session.close()


def test_the_sweep_covers_every_page(registry: Registry) -> None:
    swept = set(pages(build_objects(registry)))
    missing = html_route_names() - swept
    assert missing == set(), f"pages the layout sweep does not visit: {sorted(missing)}"


def signed_in_pages(objects: Objects) -> list[str]:
    """The paths a signed-in person sweeps (the sign-in page and the second factor's are swept on their own)."""
    return [
        path
        for name, paths in pages(objects).items()
        if name != "login" and name not in SECOND_FACTOR_PAGES
        for path in paths
    ]


def sweep_answers(session: Session, objects: Objects) -> list[str]:
    """Pages that show their result after a form is sent: a report checked (found, and not found), a preview."""
    page, failures = session.page, []
    for digest, outcome in ((objects.report_sha256, "found"), ("0" * 64, "not found")):
        session.goto("/reports/verify/")
        page.fill("#id_sha256", digest)
        page.click("button:has-text('Check')")
        page.wait_for_selector("#verify-result")
        failures += measure(page, f"/reports/verify/ ({outcome})")
    classifier.warm_up()  # the first classification loads the models
    session.goto(f"/detection/{objects.detection_draft_number}/preview/")
    page.fill(
        "#id_texts", "Summarise the status of Project Falcon for the board.\n---\nCustomer CUST-12345674-DE asked."
    )
    page.click("button:has-text('Preview')")
    page.wait_for_selector("#preview-result")
    failures += measure(page, f"/detection/{objects.detection_draft_number}/preview/ (result)")
    return failures


def sweep_second_factor(chromium: Browser, base: str, objects: Objects) -> list[str]:
    """vera, an administrator with an authenticator: the code page after her password, then, with the code given,
    her security page (with the people she may sign out, one with a long address) and the replacement enrolment."""
    vera = UserFactory(username="vera", role=ADMINISTRATOR)
    UserFactory(username="maximiliane.mustermann-schmidt-oberhausen@recruitment-operations.subsidiary.example.eu")
    device = TOTPDevice.objects.create(user=vera, name="phone", confirmed=True)
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(f"{base}/accounts/login/")
        page.fill("#id_username", "vera")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/accounts/mfa/verify/**")
        failures = sweep(page, base, [path for name in sorted(SECOND_FACTOR_PAGES) for path in pages(objects)[name]])
        code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
        page.fill("#id_code", f"{code:0{device.digits}d}")
        page.click("button:has-text('Verify')")
        page.wait_for_url(f"{base}/")
        failures += sweep(page, base, [*pages(objects)["security"], *pages(objects)["mfa-setup"]])
        # Replacing the authenticator: the new one's code, then the recovery codes, shown once.
        pending = TOTPDevice.objects.get(user=vera, confirmed=False)
        code = totp(pending.bin_key, step=pending.step, t0=pending.t0, digits=pending.digits)
        page.fill("#id_code", f"{code:0{pending.digits}d}")
        page.click("button:has-text('Confirm')")
        page.wait_for_selector("#recovery-codes")
        failures += measure(page, "/accounts/mfa/setup/ (recovery codes)")
    finally:
        context.close()
    return failures


def test_no_page_scrolls_sideways_for_the_officer(
    officer_session: Session,
    objects: Objects,
    chromium: Browser,
) -> None:
    failures = sweep(officer_session.page, officer_session.base, signed_in_pages(objects), officer_session.problems)
    # The sign-in page, as someone not signed in sees it.
    anonymous = chromium.new_context()
    try:
        failures += sweep(anonymous.new_page(), officer_session.base, pages(objects)["login"])
    finally:
        anonymous.close()
    failures += sweep_answers(officer_session, objects)
    failures += sweep_second_factor(chromium, officer_session.base, objects)
    if failures:
        pytest.fail("\n".join(failures), pytrace=False)


def test_no_page_scrolls_sideways_for_the_auditor(auditor_session: Session, objects: Objects) -> None:
    paths = signed_in_pages(objects)
    failures = sweep(auditor_session.page, auditor_session.base, paths, auditor_session.problems)
    if failures:
        pytest.fail("\n".join(failures), pytrace=False)
