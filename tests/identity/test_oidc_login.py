"""Single sign-on against a real OpenID provider on loopback (tests/oidc_provider): users, roles, refusals, sign-out."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlencode, urljoin, urlparse, urlunparse

import pytest
from django.contrib.auth import get_user_model
from pytest_django import Settings

from access.roles import AUDITOR, COMPLIANCE_OFFICER
from audit.actions import AuditAction
from audit.models import AuditEvent
from identity.models import ExternalAccount
from tests.identity.conftest import RP_BASE, Person

pytestmark = pytest.mark.django_db


def events(action: AuditAction) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action).order_by("seq"))


def roles_of(username: str) -> set[str]:
    user = get_user_model().objects.get(username=username)
    return set(user.groups.values_list("name", flat=True))


def signed_in_as(person: Person) -> str | None:
    response = person.client.get("/")
    if response.status_code != 200:
        return None
    return re.search(r"Signed in as <strong>([^<]+)</strong>", response.content.decode()).group(1)  # type: ignore[union-attr]


def test_first_sign_in_creates_the_user_with_the_role_of_their_group(person: Person) -> None:
    authorize = urlparse(person.start())
    query = parse_qs(authorize.query)
    # Authorisation code flow with PKCE (the provider refuses a request without a challenge), state and nonce.
    assert query["response_type"] == ["code"] and query["code_challenge_method"] == ["S256"]
    assert query["code_challenge"][0] and query["state"][0] and query["nonce"][0]
    assert (
        f"{authorize.scheme}://{authorize.netloc}{authorize.path}"
        == person.provider.metadata()["authorization_endpoint"]
    )

    response = person.sign_in("alice")

    assert response.status_code == 302 and response["Location"] == "/"
    assert signed_in_as(person) == "alice"
    assert roles_of("alice") == {COMPLIANCE_OFFICER}
    account = ExternalAccount.objects.get(user__username="alice")
    assert account.issuer == person.provider.issuer and account.subject == "alice"
    assert not get_user_model().objects.get(username="alice").has_usable_password()
    assert person.client.get("/workloads/register/").status_code == 200  # an officer page
    assert [e.subject_id for e in events(AuditAction.AUTH_ACCOUNT_CREATE)] == ["alice"]
    (change,) = events(AuditAction.AUTH_ROLES_CHANGE)
    assert change.payload["added"] == [COMPLIANCE_OFFICER] and change.payload["removed"] == []
    (login,) = events(AuditAction.AUTH_LOGIN)
    assert login.subject_id == "alice" and login.payload["method"] == "oidc" and login.actor_id == str(account.user_id)


def test_an_auditor_gets_the_auditor_role_and_cannot_edit(person: Person) -> None:
    assert person.sign_in("bob").status_code == 302
    assert roles_of("bob") == {AUDITOR}
    assert person.client.get("/workloads/").status_code == 200
    assert person.client.get("/workloads/register/").status_code == 403


def test_a_group_change_at_the_provider_moves_the_role_at_the_next_sign_in(
    person: Person, another_person: Person
) -> None:
    assert person.sign_in("alice").status_code == 302
    assert roles_of("alice") == {COMPLIANCE_OFFICER}

    person.provider.set_groups("alice", ["custos-auditors"])
    assert another_person.sign_in("alice").status_code == 302

    assert roles_of("alice") == {AUDITOR}
    assert ExternalAccount.objects.filter(subject="alice").count() == 1  # the same account, not a second one
    assert another_person.client.get("/workloads/register/").status_code == 403
    change = events(AuditAction.AUTH_ROLES_CHANGE)[-1]
    assert change.payload["added"] == [AUDITOR] and change.payload["removed"] == [COMPLIANCE_OFFICER]
    assert change.actor_type == "system"


def test_a_person_whose_groups_map_to_no_role_is_refused_and_it_is_audited(person: Person) -> None:
    response = person.sign_in("carol")

    assert response.status_code == 403
    assert "_auth_user_id" not in person.client.session
    assert person.client.get("/").status_code == 302  # still the sign-in page
    assert roles_of("carol") == set()
    (refusal,) = events(AuditAction.AUTH_LOGIN_REFUSED)
    assert refusal.subject_id == "carol" and refusal.payload["reason"] == "no_mapped_group"
    assert refusal.payload["groups_seen"] == 1 and "staff" not in str(refusal.payload)
    assert events(AuditAction.AUTH_LOGIN) == []


def test_losing_the_mapped_group_removes_the_role_and_refuses_the_sign_in(
    person: Person, another_person: Person
) -> None:
    assert person.sign_in("bob").status_code == 302
    person.provider.set_groups("bob", ["former-staff"])

    assert another_person.sign_in("bob").status_code == 403
    assert roles_of("bob") == set()
    assert events(AuditAction.AUTH_ROLES_CHANGE)[-1].payload["removed"] == [AUDITOR]
    # The session that was open before has lost its role too.
    assert person.client.get("/workloads/").status_code == 403


def test_a_callback_with_an_unknown_state_is_refused_and_counted(person: Person) -> None:
    callback = urlparse(person.follow_at_provider(person.start(), user="alice"))
    query = parse_qs(callback.query)
    query["state"] = ["forged-state"]
    forged = urlunparse(callback._replace(query=urlencode(query, doseq=True)))

    response = person.client.get(forged)

    assert response.status_code == 400
    assert "did not match this sign-in" in response.content.decode()
    assert "_auth_user_id" not in person.client.session
    assert not get_user_model().objects.filter(username="alice").exists()
    (failure,) = events(AuditAction.AUTH_LOGIN_FAILED)
    assert failure.payload["factor"] == "oidc_callback"


def test_an_id_token_with_another_nonce_is_refused(person: Person) -> None:
    callback = person.follow_at_provider(person.start(), user="alice")
    state = parse_qs(urlparse(callback).query)["state"][0]
    # The session's nonce for this state no longer matches the one the provider put in the ID token.
    session = person.client.session
    states = session["oidc_states"]
    states[state]["nonce"] = "another-nonce"
    session["oidc_states"] = states
    session.save()

    response = person.client.get(callback)

    assert response.status_code == 400
    assert "_auth_user_id" not in person.client.session
    assert not get_user_model().objects.filter(username="alice").exists()


def test_a_replayed_callback_is_refused(person: Person) -> None:
    callback = person.follow_at_provider(person.start(), user="alice")
    assert person.client.get(callback).status_code == 302
    person.client.post("/accounts/logout/")

    assert person.client.get(callback).status_code in (302, 400)  # the state was used up
    assert "_auth_user_id" not in person.client.session


def test_sign_out_ends_the_provider_session_too(person: Person) -> None:
    assert person.sign_in("alice").status_code == 302
    id_token = person.client.session["oidc_id_token"]

    response = person.client.post("/accounts/logout/")

    end_session = urlparse(response["Location"])
    assert response.status_code == 302
    assert (
        f"{end_session.scheme}://{end_session.netloc}{end_session.path}"
        == person.provider.metadata()["end_session_endpoint"]
    )
    query = parse_qs(end_session.query)
    assert query["id_token_hint"] == [id_token] and query["post_logout_redirect_uri"] == [f"{RP_BASE}/accounts/login/"]
    assert "_auth_user_id" not in person.client.session
    (logout,) = events(AuditAction.AUTH_LOGOUT)
    assert logout.subject_id == "alice" and logout.payload["reason"] == "signed_out"

    # The browser confirms the sign-out at the provider, which sends it back to Custos's sign-in page ...
    confirm = person.at_provider.get(response["Location"], timeout=10)
    xsrf = re.search(r'name="xsrf" value="([^"]+)"', confirm.text)
    action = re.search(r'action="([^"]+)"', confirm.text)
    assert xsrf is not None and action is not None
    back = person.at_provider.post(
        urljoin(response["Location"], action.group(1)),
        data={"xsrf": xsrf.group(1), "logout": "yes"},
        allow_redirects=False,
    )
    assert back.status_code in (302, 303) and back.headers["Location"] == f"{RP_BASE}/accounts/login/"
    # ... and the next sign-in asks for the password at the provider again.
    seen = person.login_forms_seen
    assert person.sign_in("alice").status_code == 302
    assert person.login_forms_seen == seen + 1


def test_without_sign_out_the_provider_session_signs_in_again_without_a_password(person: Person) -> None:
    assert person.sign_in("alice").status_code == 302
    seen = person.login_forms_seen
    person.client.cookies.clear()  # Custos's session gone, the provider's kept
    assert person.sign_in("alice").status_code == 302
    assert person.login_forms_seen == seen


def test_the_sign_in_page_offers_the_provider(person: Person) -> None:
    page = person.client.get("/accounts/login/").content.decode()
    assert "Sign in with your organisation" in page and 'href="/oidc/authenticate/"' in page


def test_a_discovery_document_for_another_issuer_is_refused(person: Person, settings: Settings) -> None:
    # The same provider reached by another name: its document names http://127.0.0.1:<port>, not this issuer.
    settings.CUSTOS_OIDC_ISSUER = person.provider.issuer.replace("127.0.0.1", "localhost")
    response = person.client.get("/oidc/authenticate/")
    assert response.status_code == 503 and "cannot be reached" in response.content.decode()


def test_the_password_sign_in_works_while_the_provider_is_down(person: Person, settings: Settings) -> None:
    from tests.factories import officer

    settings.CUSTOS_OIDC_ISSUER = f"http://127.0.0.1:{_closed_port()}"
    assert person.client.get("/oidc/authenticate/").status_code == 503
    officer(username="breakglass")
    response = person.client.post(
        "/accounts/login/", {"username": "breakglass", "password": "correct horse battery staple"}
    )
    assert response.status_code == 302 and person.client.get("/workloads/register/").status_code == 200


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
