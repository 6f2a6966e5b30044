"""Render the EU AI Act report PDFs of a demo installation to PNG for docs/screenshots/ (docs/reports.md).

Builds the same throw-away embedded installation as ``scripts/screenshots.py``
(demo data and a month of pre-flight traffic), adds a public-authority
deployer with its Annex VIII data, a fundamental-rights impact assessment and a
serious incident, downloads every report PDF as the demo officer (each one is
recorded in the audit log as ``report.generated``) and turns the first page of
each into a PNG with ``pdftoppm`` (Debian package poppler-utils).

    .venv/bin/python scripts/report_pdfs.py [--out docs/screenshots] [--pdf-dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

REPORTS = [  # (file name, path builder)
    ("20-report-inventory", "/reports/inventory.pdf"),
    ("21-report-art12-log-summary", "/reports/logs/support-summarizer.pdf"),
    ("22-report-annex-viii-section-c", "/reports/registration/benefits-check.pdf"),
    ("23-report-annex-viii-not-required", "/reports/registration/cv-screener.pdf"),
    ("24-report-incidents", "/reports/incidents.pdf"),
    ("25-report-art73-incident", "/reports/incidents/{incident}/art73.pdf"),
    ("26-report-retention", "/reports/retention.pdf"),
    ("27-report-fria", "/reports/fria/benefits-check.pdf"),
]


def add_report_examples() -> int:
    """A public-authority deployer with registration data, a FRIA and an incident; returns the incident's id."""
    from django.utils import timezone

    from audit.actors import Actor
    from governance import services as governance
    from governance.models import Incident
    from reports import services

    officer = Actor(type="user", id="1", label="officer")
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
    incident = services.incident_record(
        actor=officer,
        workload=workload,
        title="Applications in Turkish flagged as incomplete",
        description="Applications with supporting documents in Turkish were flagged as missing evidence; "
        "12 applicants received a request for documents they had sent.",
        aware_at=timezone.now() - dt.timedelta(days=3),
        category=Incident.Category.FUNDAMENTAL_RIGHTS,
        member_states=["DE"],
    )
    return int(incident.pk)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--pdf-dir", default="", help="also keep the PDFs here")
    parser.add_argument("--var-dir", default="", help="build the installation here and keep it; reuse it if built")
    args = parser.parse_args()
    if not shutil.which("pdftoppm"):
        print("pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 2
    import screenshots  # scripts/screenshots.py: the demo installation

    var_dir = Path(args.var_dir) if args.var_dir else Path(tempfile.mkdtemp(prefix="custos-report-pdfs-"))
    reuse = (var_dir / "built").exists()
    env = screenshots.prepare_environment(var_dir)
    env["CUSTOS_ORGANISATION_NAME"] = "Stadt Musterstadt (demo)"
    env["CUSTOS_ORGANISATION_TIME_ZONE"] = "Europe/Berlin"
    env["ALLOWED_HOSTS"] = "custos.example.eu"
    if reuse:
        os.environ.update(env)
        import django

        django.setup()
    else:
        screenshots.build_demo(env)  # sets up Django in this process
    from django.contrib.auth import get_user_model
    from django.test import Client

    from governance.models import Incident

    if reuse:
        incident = int(Incident.objects.get(workload__slug="benefits-check").pk)
    else:
        incident = add_report_examples()
        (var_dir / "built").touch()
    client = Client()
    client.force_login(get_user_model().objects.get(username="officer"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pdf_dir = Path(args.pdf_dir) if args.pdf_dir else var_dir / "pdf"  # removed with var_dir unless kept
    pdf_dir.mkdir(parents=True, exist_ok=True)
    try:
        for name, path in REPORTS:
            started = time.perf_counter()
            response = client.get(path.format(incident=incident), HTTP_HOST="custos.example.eu")
            elapsed_ms = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                print(f"{path}: HTTP {response.status_code}", file=sys.stderr)
                return 1
            target = pdf_dir / f"{name}.pdf"
            target.write_bytes(response.content)
            subprocess.run(  # noqa: S603 - a fixed program on our own file
                ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(target), str(out / name)],  # noqa: S607
                check=True,
            )
            print(
                f"{out / name}.png  {len(response.content)} bytes in {elapsed_ms:.0f} ms  "
                f"sha256 {response['X-Custos-Report-SHA256']}  audit seq {response['X-Custos-Audit-Seq']}"
            )
    finally:
        if not args.var_dir:
            shutil.rmtree(var_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
