"""The apps depend one way (reports > governance > classifier > identity > audit > access), and the hooks that keep it so."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.urls import resolve

from access import decorators
from audit.models import AuditEvent
from tests.factories import UserFactory, auditor, make_workload

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def test_the_import_contracts_are_kept() -> None:
    result = subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout


@pytest.mark.django_db
def test_a_refusal_is_recorded_through_the_audit_apps_recorder(client: Client) -> None:
    client.force_login(UserFactory.create())  # signed in, no role
    response = client.get("/audit/")
    assert response.status_code == 403
    denied = AuditEvent.objects.get(action="access.denied")
    assert denied.payload["path"] == "/audit/"
    assert denied.subject_type == "ui"


@pytest.mark.django_db
def test_without_a_recorder_a_refusal_fails_loudly_instead_of_going_unlogged(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decorators, "_denial_recorder", None)
    client.force_login(UserFactory.create())
    client.raise_request_exception = True
    with pytest.raises(ImproperlyConfigured, match="INSTALLED_APPS"):
        client.get("/audit/")
    assert not AuditEvent.objects.filter(action="access.denied").exists()


@pytest.mark.django_db
def test_the_export_form_offers_the_workloads_governance_registers(client: Client) -> None:
    make_workload(slug="zz-last")
    make_workload(slug="aa-first")
    client.force_login(auditor())
    form = client.get("/audit/exports/").context["form"]
    assert [value for value, _label in form.fields["workload"].choices] == ["", "aa-first", "zz-last"]


@pytest.mark.parametrize(
    ("path", "module"),
    [
        ("/", "governance.views.dashboard"),
        ("/workloads/", "governance.views.workloads"),
        ("/workloads/register/", "governance.views.wizard"),
        ("/destinations/", "governance.views.destinations"),
        ("/policy/", "governance.views.policy"),
        ("/keys/", "governance.views.keys"),
        ("/decisions/", "governance.views.decisions"),
        ("/audit/", "audit.views"),
        ("/reports/incidents/", "reports.views"),
        ("/accounts/login/", "identity.views"),
        ("/accounts/mfa/verify/", "identity.views"),
        ("/oidc/callback/", "identity.oidc"),
    ],
)
def test_each_page_is_served_by_the_module_named_for_its_object(path: str, module: str) -> None:
    view = resolve(path).func
    assert view.__module__ == module
