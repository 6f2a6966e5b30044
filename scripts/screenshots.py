"""Refresh the UI screenshots and report pictures in docs/screenshots/ (``make screenshots``).

Builds a throw-away embedded installation (SQLite under a temporary folder),
loads the demo data, replays 30 days of pre-flight traffic through the real
decision path (with a simulated clock, so the chart has a history), opens a
policy draft that waits for a second officer, a published detection profile, a
public-authority deployer with Annex VIII data, a FRIA and a serious incident,
a high-risk workload waiting for approval, signs a checkpoint, verifies the
chain and runs an export; then serves it with ``runserver`` and photographs the
pages with Debian's Chromium through Playwright. Every report PDF is downloaded
as the demo officer (each one recorded as ``report.generated``) and its first
page rendered to PNG with PDFium (pypdfium2).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--keep]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
# A PNG larger than this is reduced to a 256-colour palette (screenshots of text and flat colours lose nothing visible).
MAX_PNG_BYTES = 300_000
PDF_DPI = 80
REPORT_HOST = "custos.example.eu"
REPORT_PDFS = [  # (picture, PDF path, pages pictured); {incident} is the demo incident's id
    ("20-report-inventory", "/reports/inventory.pdf", 1),
    ("21-report-art12-log-summary", "/reports/logs/support-summarizer.pdf", 1),
    ("22-report-annex-viii-section-c", "/reports/registration/benefits-check.pdf", 1),
    ("23-report-annex-viii-not-required", "/reports/registration/cv-screener.pdf", 1),
    ("24-report-incidents", "/reports/incidents.pdf", 1),
    # Page 2 holds the incident's Art. 73 details (persons affected, causal link, measures).
    ("25-report-art73-incident", "/reports/incidents/{incident}/art73.pdf", 2),
    ("26-report-retention", "/reports/retention.pdf", 1),
    ("27-report-fria", "/reports/fria/benefits-check.pdf", 1),
]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "custos-screenshots"

PAYLOADS = [
    # (weight, text) - synthetic, like the README's examples
    (
        6,
        "Summarise this support ticket: the customer Anna Schmidt (anna.schmidt@example.de, +49 30 1234567) asks why invoice 4711 was charged twice.",
    ),
    (5, "Draft a short, friendly announcement for the launch of our new product line next week."),
    (4, "Explain why this Python function is slow: def total(xs): return sum([x for x in xs])"),
    (
        2,
        "Why does the deploy fail? Our key is AKIAIOSFODNN7EXAMPLE and the secret is wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.",
    ),
    (2, "The candidate mentioned her depression treatment and that she is an active trade union member."),
    (2, "Refund to IBAN DE89 3704 0044 0532 0130 00 for Mr. Jonas Weber, Berliner Str. 5, 10115 Berlin."),
    (1, "Applicant's identity card number is T22000129, born 12.03.1987 in Hamburg."),
]
ROUTES = [
    ("support-summarizer", ["onprem-vllm-fra", "eu-proprietary", "us-dpf-proprietary", "us-no-mechanism"], 5),
    ("code-assistant", ["eu-proprietary", "us-dpf-proprietary", "onprem-vllm-fra"], 3),
    ("cv-screener", ["onprem-vllm-fra", "us-dpf-proprietary"], 2),
    ("marketing-copy", ["eu-proprietary"], 1),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepare_environment(var_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "CUSTOS_VAR_DIR": str(var_dir),
            "DEBUG": "true",
            "CUSTOS_DEMO_PASSWORD": PASSWORD,
            "CUSTOS_ORGANISATION_NAME": "Stadt Musterstadt (demo)",
            "CUSTOS_ORGANISATION_TIME_ZONE": "Europe/Berlin",
            # The PDFs print the address an auditor checks them at: a production-like name, not the loopback port.
            "ALLOWED_HOSTS": f"127.0.0.1,localhost,{REPORT_HOST}",
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def build_demo(env: dict[str, str]) -> None:
    """Run in this process: migrate, demo data, a month of decisions, a draft, a checkpoint, a verification, an export."""
    os.environ.clear()
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    call_command("migrate", verbosity=0)
    from audit.actors import Actor
    from audit.checkpoints import checkpoint_create
    from audit.exports import export_create
    from audit.verification import verification_start
    from governance import changes, detection_services, services
    from governance.demo import load_demo_data
    from governance.models import ChangeRequest, ServiceKey
    from governance.preflight import PreflightError, PreflightRequest, preflight_decide
    from governance.selectors import policy_published

    officer = Actor(type="user", id="1", label="officer")
    rng = random.Random(7)
    texts = [text for weight, text in PAYLOADS for _ in range(weight)]
    real_now = timezone.now()
    # Thirty days of traffic ending yesterday evening, so no simulated time lies in the future.
    start = (real_now - dt.timedelta(days=30)).replace(hour=7, minute=0, second=0, microsecond=0)
    # Audit time never runs backwards, so the whole history is written under a clock that starts a month ago.
    clock = {"now": start - dt.timedelta(hours=1)}
    with mock.patch("django.utils.timezone.now", side_effect=lambda: clock["now"]):
        load_demo_data(password=PASSWORD)
        key = ServiceKey.objects.get(name="demo service key")
        for day in range(30):
            weekday = (start + dt.timedelta(days=day)).weekday()
            count = rng.randint(4, 9) if weekday >= 5 else rng.randint(22, 46)
            for index in range(count):
                clock["now"] = start + dt.timedelta(
                    days=day, minutes=index * (600 // max(count, 1)) + rng.randint(0, 9)
                )
                workload, destinations, _weight = rng.choices(ROUTES, weights=[r[2] for r in ROUTES])[0]
                request = PreflightRequest(
                    workload=workload, destination=rng.choice(destinations), input=rng.choice(texts)
                )
                with contextlib.suppress(PreflightError):  # e.g. out of scope: no decision, nothing to show
                    preflight_decide(key=key, request=request)
        clock["now"] = real_now - dt.timedelta(minutes=30)
        checkpoint_create(actor=Actor.system("checkpointer"))
    published = policy_published()
    assert published is not None
    content = {**published.content, "rules": [dict(rule) for rule in published.content["rules"]]}
    content["rules"].append(
        {
            "id": "personal-data-eea-only",
            "action": "redact",
            "reason_code": "personal_data_outside_eea",
            "message": "Personal data is redacted for destinations outside the EEA, adequacy decisions included.",
            "when": {
                "categories_any": ["personal_data"],
                "kinds": ["external"],
                "transfer_bases": ["adequacy", "sccs", "none"],
            },
        }
    )
    for rule in content["rules"]:
        if rule["id"] == "personal-data-needs-dpa":
            rule["action"] = "deny"
    from django.contrib.auth import get_user_model

    people = {user.username: Actor.for_user(user) for user in get_user_model().objects.all()}
    draft = services.policy_draft_create(
        actor=officer, content=content, notes="Keep personal data in the EEA; no processor without a DPA."
    )
    # Four-eyes control is on in the demo: officer asks, officer2 decides (the Approvals page).
    changes.change_request_create(
        actor=people["officer"],
        kind=ChangeRequest.Kind.POLICY_PUBLISH,
        target=str(draft.number),
        change={},
        reason="Personal data stays in the EEA; the board asked for it after the DPA review.",
    )
    profile = detection_services.detection_profile_draft_create(
        actor=officer, content=DETECTION_PROFILE, notes=PROFILE_NOTES
    )
    detection_services.detection_profile_publish(actor=officer, version=profile)
    add_report_examples(officer)
    services.workload_register(
        actor=officer,
        slug="credit-check",
        name="Consumer credit pre-check",
        owner="Retail Lending",
        purpose="Scores consumer credit applications and drafts a recommendation for the loan officer.",
        role="deployer",
        data_categories=["personal", "financial", "special_category"],
        oversight_contact="lending-oversight@example.eu",
        log_retention_days=365,
        allowed_destinations=["onprem-vllm-fra", "us-no-mechanism"],
        screening={"annex_iii_area": 5, "annex_iii_subarea": "5(b)", "profiles_natural_persons": True},
    )
    verification_start(actor=people["auditor"])  # eager: runs at once
    export_create(actor=people["auditor"], filters={"decision": "deny"})


DETECTION_PROFILE = {
    "allow": [{"id": "nova", "term": "Nova"}],
    "terms": [
        {
            "id": "falcon",
            "terms": ["Project Falcon", "Falcon roadmap"],
            "entity_type": "INTERNAL_PROJECT",
            "category": "internal_project",
            "level": "CONFIDENTIAL",
        }
    ],
    "patterns": [
        {
            "id": "customer-number",
            "regex": "CUST-[0-9]{8}",
            "checksum": "luhn",
            "entity_type": "CUSTOMER_NUMBER",
            "category": "personal_data",
            "level": "CONFIDENTIAL",
        }
    ],
}
PROFILE_NOTES = "Our customer numbers and the code name of the Falcon project."


def add_report_examples(officer: Any) -> None:
    """A public-authority deployer with registration data, a FRIA and a serious incident with its Art. 73 details."""
    from django.utils import timezone

    from governance import services as governance
    from governance.models import Incident
    from reports import services

    workload = governance.workload_register(
        actor=officer,
        slug="benefits-check",
        name="Benefits eligibility pre-check",
        owner="Head of Social Services",
        business_unit="Social Services",
        purpose="Pre-checks applications for housing benefit and flags missing evidence for caseworkers.",
        role="deployer",
        data_categories=["personal", "financial"],
        oversight_contact="benefits-oversight@stadt.example.eu",
        log_retention_days=365,
        allowed_destinations=["onprem-vllm-fra"],
        screening={"annex_iii_area": 5, "annex_iii_subarea": "5(a)", "profiles_natural_persons": True,
                   "art50_interacts_with_people": True},
    )  # fmt: skip
    governance.workload_approve(actor=officer, workload=workload, reason="Demo: FRIA and DPIA done")
    services.registration_update(
        actor=officer,
        workload=workload,
        public_authority_deployer=True,
        provider_name="Beispiel Analytics GmbH",
        deployer_name="Stadt Musterstadt, Sozialamt",
        deployer_address="Rathausplatz 1, 12345 Musterstadt, DE",
        deployer_contact="sozialamt@stadt.example.eu",
        submitter_name="Data protection office",
        submitter_address="Rathausplatz 1, 12345 Musterstadt, DE",
        submitter_contact="dpo@stadt.example.eu",
        provider_database_entry_url="https://ec.europa.eu/ai-database/entry/EXAMPLE-123",
        fria_summary="Risk of wrongful refusal mitigated by caseworker review of every flag; see FRIA v1.",
        dpia_summary="DPIA 2026-04: lawful basis Art. 6(1)(e) GDPR; data minimised to the application form.",
    )
    services.fria_record(
        actor=officer,
        workload=workload,
        processes="Caseworkers receive a pre-check of each housing-benefit application listing missing evidence.",
        period_and_frequency="In service all year; about 400 applications a week.",
        affected_persons="Applicants for housing benefit and their household members, including vulnerable groups.",
        risks_of_harm="Delays or refusals from wrong flags; indirect discrimination through language of documents.",
        human_oversight="A caseworker decides every case; the flags are advisory and can be dismissed with a reason.",
        mitigation_and_governance="Complaints through the citizens' office; quarterly review of dismissed flags.",
        dpia_reference="DPIA-2026-04 Sozialamt",
        authority_notified_on=timezone.now().date() - dt.timedelta(days=10),
    )
    aware_at = timezone.now() - dt.timedelta(days=3)
    services.incident_record(
        actor=officer,
        workload=workload,
        title="Applications in Turkish flagged as incomplete",
        description="Applications with supporting documents in Turkish were flagged as missing evidence; "
        "12 applicants received a request for documents they had sent.",
        aware_at=aware_at,
        category=Incident.Category.FUNDAMENTAL_RIGHTS,
        member_states=["DE"],
        occurred_at=aware_at - dt.timedelta(days=9),
        location="Sozialamt Musterstadt, housing-benefit office",
        affected_count=12,
        affected_description="12 applicants for housing benefit whose documents were in Turkish: asked again for "
        "evidence they had sent; decisions delayed by up to two weeks.",
        causal_link=Incident.CausalLink.ESTABLISHED,
        causal_link_note="The pre-check read Turkish documents as empty; reproduced with the same files.",
        corrective_measures="Flags on non-German documents suspended; the 12 cases re-checked by hand and the "
        "applicants contacted; the provider is testing a multilingual document reader.",
        provider_notified_at=aware_at + dt.timedelta(hours=5),
        notified_authority="Bundesnetzagentur (DE), AI market surveillance",
    )


def wait_for(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - loopback only
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the server at {url} did not start")


def photograph(base: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    shots: list[Path] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(
            viewport={"width": 1440, "height": 900}, device_scale_factor=1, timezone_id="Europe/Berlin"
        )

        def shot(name: str, path: str, *, full_page: bool = True) -> None:
            if path:
                page.goto(base + path)
            page.wait_for_load_state("networkidle")
            target = out / f"{name}.png"
            page.screenshot(path=str(target), full_page=full_page)
            shots.append(target)

        page.goto(base + "/accounts/login/")
        shot("00-login", "", full_page=False)
        page.fill("#id_username", "officer")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(base + "/")
        shot("01-dashboard", "/")
        shot("02-strategy-map", "/strategy/")
        shot("03-workloads", "/workloads/")
        shot("04-workload-detail", "/workloads/cv-screener/")
        page.goto(base + "/workloads/register/?restart=1")
        page.fill("#id_name", "Benefit eligibility assistant")
        page.fill("#id_slug", "benefit-eligibility")
        page.fill("#id_owner", "Social Services Digital")
        page.fill(
            "#id_purpose", "Pre-checks applications for housing benefit and drafts a recommendation for caseworkers."
        )
        page.check("input[name=data_categories][value=personal]")
        page.fill("#id_oversight_contact", "caseworkers@example.eu")
        page.click("button.button-primary")
        page.click("button.button-primary")  # Art. 5: nothing ticked
        page.check("#id_annex_iii_area_5")
        page.fill("#id_annex_iii_subarea", "5(a)")
        page.check("#id_profiles_natural_persons")
        page.wait_for_selector("#tier-preview .badge-high_risk")
        shot("05-register-wizard", "")
        shot("06-destinations", "/destinations/")
        shot("07-policy", "/policy/")
        draft = page.locator("a", has_text="Continue draft").get_attribute("href") or "/policy/2/edit/"
        number = draft.strip("/").split("/")[1]
        shot("08-policy-diff", f"/policy/{number}/diff/")
        shot("09-policy-simulation", f"/policy/{number}/simulate/?days=30")
        shot("10-service-keys", "/keys/")
        shot("11-decisions", "/decisions/?outcome=deny")
        shot("12-audit-log", "/audit/")
        denied = page.goto(base + "/decisions/?outcome=deny")
        assert denied is not None
        first = page.locator("table tbody tr td a").first.get_attribute("href")
        shot("13-decision-detail", first or "/decisions/")
        seq = page.locator("a", has_text="Audit event #").first.get_attribute("href")
        shot("14-audit-event", seq or "/audit/")
        shot("15-verify-chain", "/audit/verify/")
        shot("16-exports", "/audit/exports/")
        # Pages added with issue 15 and 16: four-eyes requests, rule builder, FRIA form, detection profiles,
        # the Art. 26 checklist, transfer warnings and the Art. 73 details of an incident.
        shot("17-approvals", "/approvals/")
        shot("19-policy-builder", f"/policy/{number}/builder/")
        shot("30-fria-form", "/reports/fria/benefits-check/new/")
        shot("31-detection-profiles", "/detection/")
        shot("32-approval-checklist", "/workloads/credit-check/approve/")
        shot("33-transfer-warnings", "/destinations/us-no-mechanism/")
        page.goto(base + "/reports/incidents/")
        incident_path = page.locator("table tbody tr td a").first.get_attribute("href") or "/reports/incidents/1/"
        incident = int(incident_path.strip("/").split("/")[-1])
        shot("34-incident-art73-details", f"/reports/incidents/{incident}/edit/")
        shots.extend(render_report_pdfs(page, base, out, incident=incident))
        # The second officer decides what the first one asked: the request as officer2 sees it.
        second = browser.new_page(
            viewport={"width": 1440, "height": 900}, device_scale_factor=1, timezone_id="Europe/Berlin"
        )
        second.goto(base + "/accounts/login/")
        second.fill("#id_username", "officer2")
        second.fill("#id_password", PASSWORD)
        second.click("button[type=submit]")
        second.wait_for_url(base + "/")
        second.goto(base + "/approvals/")
        request_path = (
            second.locator("a[href^='/approvals/']:not([href='/approvals/'])").first.get_attribute("href")
            or "/approvals/1/"
        )
        second.goto(base + request_path)
        second.wait_for_load_state("networkidle")
        target = out / "18-change-request.png"
        second.screenshot(path=str(target), full_page=True)
        shots.append(target)
        browser.close()
    for path in shots:
        shrink_png(path)
    return shots


def render_report_pdfs(page: Any, base: str, out: Path, *, incident: int) -> list[Path]:
    """Download each report PDF as the signed-in officer and render its first pages to PNG with PDFium."""
    import pypdfium2 as pdfium

    pictures = []
    for name, path, pages in REPORT_PDFS:
        response = page.request.get(base + path.format(incident=incident), headers={"Host": REPORT_HOST})
        if response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response.status}")
        with pdfium.PdfDocument(response.body()) as document:
            for number in range(min(pages, len(document))):
                target = out / (f"{name}.png" if number == 0 else f"{name}-page{number + 1}.png")
                document[number].render(scale=PDF_DPI / 72).to_pil().save(target, optimize=True)
                pictures.append(target)
        print(f"{target.name}: sha256 {response.headers['x-custos-report-sha256']}, audit seq "
              f"{response.headers['x-custos-audit-seq']}")  # fmt: skip
    return pictures


def shrink_png(path: Path) -> None:
    """Keep a picture under MAX_PNG_BYTES: reduce it to a 256-colour palette when it is larger."""
    if path.stat().st_size <= MAX_PNG_BYTES:
        return
    from PIL import Image

    with Image.open(path) as image:
        reduced = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    reduced.save(path, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--keep", action="store_true", help="keep the temporary installation")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: run `make browsers` first.", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    var_dir = Path(tempfile.mkdtemp(prefix="custos-screenshots-"))
    env = prepare_environment(var_dir)
    builder = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, __file__, "--build-only", str(var_dir)], env=env, cwd=ROOT, check=False
    )
    if builder.returncode:
        return builder.returncode
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/healthz")
        for path in photograph(base, out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    finally:
        server.terminate()
        server.wait(timeout=10)
        if not args.keep:
            shutil.rmtree(var_dir, ignore_errors=True)
        else:
            print(f"installation kept in {var_dir}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--build-only":
        build_demo(prepare_environment(Path(sys.argv[2])))
        sys.exit(0)
    sys.exit(main())
