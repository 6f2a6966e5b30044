"""Session rules: idle timeout, absolute lifetime, sign-out everywhere; failed password sign-ins audited, aggregated."""

from __future__ import annotations

import secrets

import pytest
from django.test import Client
from pytest_django import Settings

from audit.actions import AuditAction
from audit.models import AuditEvent
from identity.sessions import SEEN_KEY, STARTED_KEY
from tests.factories import UserFactory, auditor, officer

PASSWORD = "correct horse battery staple"
pytestmark = pytest.mark.django_db


def browser() -> Client:
    return Client(REMOTE_ADDR=f"10.{secrets.randbelow(250)}.{secrets.randbelow(250)}.{secrets.randbelow(250)}")


def sign_in(username: str, client: Client | None = None) -> Client:
    client = client or browser()
    assert client.post("/accounts/login/", {"username": username, "password": PASSWORD}).status_code == 302
    return client


def age_session(client: Client, key: str, seconds: float) -> None:
    session = client.session
    session[key] = float(session[key]) - seconds
    session.save()


def logouts() -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=AuditAction.AUTH_LOGOUT).order_by("seq"))


def test_a_password_sign_in_is_audited_and_stamps_the_session() -> None:
    officer(username="olga")
    client = sign_in("olga")
    (login,) = AuditEvent.objects.filter(action=AuditAction.AUTH_LOGIN)
    assert (
        login.subject_id == "olga" and login.payload["method"] == "password" and login.payload["mfa_pending"] is False
    )
    assert client.session[STARTED_KEY] == client.session[SEEN_KEY]


def test_an_idle_session_ends(settings: Settings) -> None:
    settings.CUSTOS_SESSION_IDLE_TIMEOUT_S = 600
    officer(username="olga")
    client = sign_in("olga")
    age_session(client, SEEN_KEY, 300)
    assert client.get("/workloads/").status_code == 200  # used within the timeout: goes on

    age_session(client, SEEN_KEY, 601)
    response = client.get("/workloads/")

    assert response.status_code == 302 and response["Location"] == "/accounts/login/?next=%2Fworkloads%2F"
    assert "_auth_user_id" not in client.session
    assert [(e.subject_id, e.payload["reason"], e.actor_type) for e in logouts()] == [
        ("olga", "idle_timeout", "system")
    ]


def test_a_used_session_still_ends_at_its_absolute_lifetime(settings: Settings) -> None:
    settings.CUSTOS_SESSION_MAX_AGE_S = 3600
    officer(username="olga")
    client = sign_in("olga")
    age_session(client, STARTED_KEY, 3601)  # last seen a moment ago, begun over an hour ago

    assert client.get("/workloads/").status_code == 302
    assert "_auth_user_id" not in client.session
    assert logouts()[-1].payload["reason"] == "max_age"


def test_sign_out_everywhere_ends_every_session_of_the_person() -> None:
    officer(username="olga")
    auditor(username="audrey")
    laptop, phone, colleague = sign_in("olga"), sign_in("olga"), sign_in("audrey")

    response = phone.post("/accounts/sign-out-everywhere/")

    assert response.status_code == 302 and response["Location"] == "/accounts/login/"
    assert laptop.get("/workloads/").status_code == 302
    assert phone.get("/workloads/").status_code == 302
    assert colleague.get("/workloads/").status_code == 200  # another person's session goes on
    (event,) = AuditEvent.objects.filter(action=AuditAction.AUTH_SIGN_OUT_EVERYWHERE)
    assert event.subject_id == "olga" and event.actor_label == "olga"
    assert {e.payload["reason"] for e in logouts()} == {"signed_out_everywhere"}
    assert sign_in("olga", laptop).get("/workloads/").status_code == 200  # a new sign-in works


def test_an_administrator_signs_another_person_out_everywhere_and_others_may_not() -> None:
    admin = UserFactory.create(username="ada", is_superuser=True, is_staff=True)
    target = auditor(username="audrey")
    audrey = sign_in("audrey")
    officer(username="olga")
    olga = sign_in("olga")

    refused = olga.post(f"/accounts/users/{target.pk}/sign-out-everywhere/")
    assert refused.status_code == 403
    assert audrey.get("/workloads/").status_code == 200

    assert f"/accounts/users/{target.pk}/sign-out-everywhere/" not in olga.get("/accounts/security/").content.decode()
    admin_client = sign_in(admin.username)
    assert (
        f"/accounts/users/{target.pk}/sign-out-everywhere/" in admin_client.get("/accounts/security/").content.decode()
    )
    done = admin_client.post(f"/accounts/users/{target.pk}/sign-out-everywhere/")
    assert done.status_code == 302
    assert audrey.get("/workloads/").status_code == 302
    (event,) = AuditEvent.objects.filter(action=AuditAction.AUTH_SIGN_OUT_EVERYWHERE)
    assert event.subject_id == "audrey" and event.actor_label == "ada"


def test_sign_out_is_audited() -> None:
    officer(username="olga")
    client = sign_in("olga")
    response = client.post("/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == "/accounts/login/"
    assert client.get("/workloads/").status_code == 302
    assert [(e.subject_id, e.payload["reason"], e.actor_type) for e in logouts()] == [("olga", "signed_out", "user")]


def test_failed_password_sign_ins_are_audited_once_per_user_and_source_per_interval(settings: Settings) -> None:
    settings.CUSTOS_LOGIN_FAILURE_AUDIT_INTERVAL_S = 3600  # no interval boundary falls inside the test
    officer(username="olga")
    attacker, other_source = browser(), browser()
    for n in range(3):
        assert attacker.post("/accounts/login/", {"username": "olga", "password": f"guess-{n}"}).status_code == 200
    other_source.post("/accounts/login/", {"username": "olga", "password": "guess-x"})
    attacker.post("/accounts/login/", {"username": "nobody", "password": "hunter2-typed-as-name"})

    failed = list(AuditEvent.objects.filter(action=AuditAction.AUTH_LOGIN_FAILED).order_by("seq"))
    assert [e.subject_id for e in failed[:2]] == ["olga", "olga"]  # one per source
    assert failed[0].payload["source"] != failed[1].payload["source"]
    assert failed[2].subject_id.startswith("hmac:") and failed[2].payload["username_known"] is False
    assert len(failed) == 3
    text = str([e.payload for e in failed])
    assert "guess-" not in text and "nobody" not in text and attacker.defaults["REMOTE_ADDR"] not in text
    assert failed[0].payload["factor"] == "password" and failed[0].payload["interval_seconds"] == 3600


def test_a_signed_in_page_links_to_the_security_page() -> None:
    officer(username="olga")
    client = sign_in("olga")
    assert 'href="/accounts/security/"' in client.get("/").content.decode()
    page = client.get("/accounts/security/").content.decode()
    assert "Sign out everywhere" in page and "Set up an authenticator" in page


def test_a_bad_role_mapping_is_a_system_check_error(settings: Settings) -> None:
    from identity.checks import role_map_check

    settings.CUSTOS_OIDC_ROLE_MAP = "custos-officers=officer,custos-bosses=boss"
    (error,) = role_map_check()
    assert error.id == "identity.E001" and "'custos-bosses=boss'" in error.msg
    settings.CUSTOS_OIDC_ROLE_MAP = "a=officer, b = auditor"
    assert role_map_check() == []
