"""Who may open what: anonymous users sign in, people without a role and auditors writing get an audited 403."""

from __future__ import annotations

import pytest
from django.test import Client

from audit.models import AuditEvent
from tests.factories import officer
from tests.ui.conftest import Registry, denied_events

pytestmark = pytest.mark.django_db

READ_PAGES = [
    "/",
    "/strategy/",
    "/workloads/",
    "/workloads/support-bot/",
    "/destinations/",
    "/destinations/us-none/",
    "/policy/",
    "/policy/1/",
    "/policy/1/diff/",
    "/policy/1/simulate/",
    "/keys/",
    "/decisions/",
    "/audit/",
    "/audit/events/1/",
    "/audit/events/1/proof.json",
    "/audit/verify/",
    "/audit/exports/",
]
EDIT_PAGES = [
    "/workloads/register/",
    "/workloads/register/basics/",
    "/workloads/cv-ranker/approve/",
    "/workloads/support-bot/suspend/",
    "/destinations/new/",
    "/destinations/eu-api/edit/",
    "/keys/new/",
]
EDIT_POSTS = [
    ("/workloads/support-bot/suspend/", {"reason": "auditor tries"}),
    ("/workloads/register/tier-preview/", {"step": "art5"}),
    ("/destinations/new/", {"slug": "x"}),
    ("/policy/draft/", {}),
    ("/policy/1/publish/", {}),
    ("/keys/new/", {"name": "k"}),
]


@pytest.mark.parametrize("path", READ_PAGES + EDIT_PAGES)
def test_anonymous_users_are_sent_to_the_login_page(registry: Registry, client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(f"/accounts/login/?next={path}")


@pytest.mark.parametrize("path", READ_PAGES)
def test_auditors_read_every_page(registry: Registry, auditor_client: Client, path: str) -> None:
    assert auditor_client.get(path).status_code == 200


@pytest.mark.parametrize("path", READ_PAGES + EDIT_PAGES)
def test_officers_open_every_page(registry: Registry, officer_client: Client, path: str) -> None:
    assert officer_client.get(path).status_code == 200


@pytest.mark.parametrize("path", ["/", "/workloads/", "/audit/", "/decisions/", "/keys/"])
def test_a_user_without_a_role_gets_403_and_the_refusal_is_audited(
    registry: Registry, norole_client: Client, path: str
) -> None:
    response = norole_client.get(path)
    assert response.status_code == 403
    assert b"has been recorded in the audit log" in response.content
    event = denied_events()[-1]
    assert event.payload == {
        "path": path,
        "method": "GET",
        "user": "nobody",
        "required_role": "compliance_officer, auditor or administrator",
    }
    assert event.actor_label == "nobody"


@pytest.mark.parametrize("path", EDIT_PAGES)
def test_auditors_cannot_open_edit_pages(registry: Registry, auditor_client: Client, path: str) -> None:
    response = auditor_client.get(path)
    assert response.status_code == 403
    assert denied_events()[-1].payload["required_role"] == "compliance_officer or administrator"


@pytest.mark.parametrize(("path", "data"), EDIT_POSTS)
def test_writes_by_auditors_are_refused_audited_and_change_nothing(
    registry: Registry, auditor_client: Client, path: str, data: dict[str, str]
) -> None:
    events_before = AuditEvent.objects.count()
    response = auditor_client.post(path, data)
    assert response.status_code == 403
    new_events = list(AuditEvent.objects.filter(seq__gt=events_before))
    assert [event.action for event in new_events] == ["access.denied"]
    assert new_events[0].payload["method"] == "POST"
    assert new_events[0].payload["user"] == "arthur"


def test_a_post_without_csrf_token_is_refused(registry: Registry) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(officer(username="csrf-olivia"))
    response = client.post("/workloads/support-bot/suspend/", {"reason": "no token"})
    assert response.status_code == 403
    registry.workload.refresh_from_db()
    assert registry.workload.status == "approved"


def test_a_post_with_the_csrf_token_passes(registry: Registry) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(officer(username="csrf-olivia"))
    page = client.get("/workloads/support-bot/suspend/")
    token = page.cookies["csrftoken"].value
    response = client.post("/workloads/support-bot/suspend/", {"reason": "with token", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    registry.workload.refresh_from_db()
    assert registry.workload.status == "suspended"


@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/audit/"])
def test_every_page_carries_a_strict_content_security_policy(
    registry: Registry, officer_client: Client, path: str
) -> None:
    policy = officer_client.get(path)["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self';" in policy
    assert "style-src 'self';" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy


def test_pages_have_no_inline_script_or_style(registry: Registry, officer_client: Client) -> None:
    for path in ["/", "/strategy/", "/workloads/register/basics/", "/policy/1/simulate/", "/audit/verify/"]:
        html = officer_client.get(path).content.decode()
        assert "<script>" not in html and "<script type" not in html, path
        assert " style=" not in html and "<style" not in html, path


def test_login_and_logout(registry: Registry, client: Client) -> None:
    officer(username="login-olivia")
    response = client.post("/accounts/login/", {"username": "login-olivia", "password": "correct horse battery staple"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert b"Signed in as" in client.get("/").content
    assert client.post("/accounts/logout/").status_code == 302
    assert client.get("/").status_code == 302


def test_a_wrong_password_is_explained(db: None, client: Client) -> None:
    response = client.post("/accounts/login/", {"username": "nobody", "password": "wrong"})
    assert response.status_code == 200
    assert b"did not match" in response.content
