"""Refresh the UI screenshots in docs/screenshots/ (``make screenshots``).

Builds a throw-away embedded installation (SQLite under a temporary folder),
loads the demo data, replays 30 days of pre-flight traffic through the real
decision path (with a simulated clock, so the chart has a history), opens a
policy draft, signs a checkpoint, verifies the chain and runs an export; then
serves it with ``runserver`` and photographs the main pages with Debian's
Chromium through Playwright.

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
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
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
    from governance import services
    from governance.demo import load_demo_data
    from governance.models import ServiceKey
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
    services.policy_draft_create(
        actor=officer, content=content, notes="Keep personal data in the EEA; no processor without a DPA."
    )
    verification_start(actor=Actor(type="user", id="2", label="auditor"))  # eager: runs at once
    export_create(actor=Actor(type="user", id="2", label="auditor"), filters={"decision": "deny"})


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
        browser.close()
    return shots


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
