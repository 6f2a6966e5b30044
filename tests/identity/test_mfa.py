"""TOTP second factor for local (break-glass) accounts: enrolment, enforcement for officers, wrong codes counted."""

from __future__ import annotations

import re
import secrets

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from pytest_django import Settings

from audit.actions import AuditAction
from audit.models import AuditEvent
from tests.factories import auditor, officer

PASSWORD = "correct horse battery staple"
pytestmark = pytest.mark.django_db


@pytest.fixture
def mfa_required(settings: Settings) -> None:
    settings.CUSTOS_MFA_REQUIRED = True


def browser() -> Client:
    # An address of its own: the failed-sign-in de-duplication lives in the Redis that parallel test runs share.
    return Client(REMOTE_ADDR=f"10.{secrets.randbelow(250)}.{secrets.randbelow(250)}.{secrets.randbelow(250)}")


def sign_in(username: str) -> Client:
    client = browser()
    response = client.post("/accounts/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def current_code(device: TOTPDevice, *, drift: int = 0) -> str:
    return (
        f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=drift):0{device.digits}d}"
    )


def enrol(client: Client) -> tuple[TOTPDevice, list[str]]:
    page = client.get("/accounts/mfa/setup/")
    assert page.status_code == 200 and "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(confirmed=False)
    response = client.post("/accounts/mfa/setup/", {"code": current_code(device), "next": "/"})
    assert response.status_code == 200
    codes = re.findall(r"<li><code>(\d{10})</code></li>", response.content.decode())
    return device, codes


def test_an_officer_without_a_second_factor_cannot_reach_officer_pages(mfa_required: None) -> None:
    officer(username="olga")
    client = sign_in("olga")

    response = client.get("/workloads/register/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/mfa/setup/?next=")
    assert client.get("/").status_code == 302
    api = client.get("/api/v1/workloads/")
    assert api.status_code == 403 and api.json()["error"]["code"] == "mfa_required"
    (login,) = AuditEvent.objects.filter(action=AuditAction.AUTH_LOGIN)
    assert login.payload["mfa_pending"] is True


def test_an_auditor_is_not_asked_for_a_second_factor(mfa_required: None) -> None:
    auditor(username="audrey")
    assert sign_in("audrey").get("/workloads/").status_code == 200


def test_without_the_production_setting_an_officer_signs_in_with_the_password_alone() -> None:
    officer(username="olga")
    assert sign_in("olga").get("/workloads/register/").status_code == 200


def test_enrolment_shows_recovery_codes_once_and_opens_the_officer_pages(mfa_required: None) -> None:
    officer(username="olga")
    client = sign_in("olga")

    device, codes = enrol(client)

    assert len(codes) == 10 and len(set(codes)) == 10
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/workloads/register/").status_code == 200
    (event,) = AuditEvent.objects.filter(action=AuditAction.AUTH_MFA_ENROL)
    assert event.subject_id == "olga" and event.payload == {"device": "totp", "recovery_codes": 10}
    assert not any(code in str(event.payload) for code in codes)


def test_a_wrong_enrolment_code_is_refused(mfa_required: None) -> None:
    officer(username="olga")
    client = sign_in("olga")
    client.get("/accounts/mfa/setup/")
    response = client.post("/accounts/mfa/setup/", {"code": "000000"})
    assert response.status_code == 200 and "not the one your authenticator shows" in response.content.decode()
    assert not TOTPDevice.objects.filter(confirmed=True).exists()
    assert client.get("/workloads/register/").status_code == 302


def test_a_wrong_code_is_refused_and_counted_and_the_right_one_lets_in(mfa_required: None, settings: Settings) -> None:
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp's own delay after a failure (1 s, doubling): not waited for here
    officer(username="olga")
    device, _codes = enrol(sign_in("olga"))
    client = sign_in("olga")
    assert client.get("/workloads/register/")["Location"].startswith("/accounts/mfa/verify/")

    wrong = client.post("/accounts/mfa/verify/", {"code": "000000", "next": "/workloads/register/"})
    again = client.post("/accounts/mfa/verify/", {"code": "111111", "next": "/workloads/register/"})

    assert wrong.status_code == 200 and "That code is not valid" in wrong.content.decode()
    assert again.status_code == 200
    assert client.get("/workloads/register/").status_code == 302  # still owed
    assert AccessAttempt.objects.get(username="olga").failures_since_start == 2  # counted by django-axes
    (failed,) = AuditEvent.objects.filter(action=AuditAction.AUTH_LOGIN_FAILED)  # aggregated: one per interval
    assert failed.subject_id == "olga" and failed.payload["factor"] == "totp"

    # The enrolment used this time step's code, and a code is accepted once: the next step's (within the drift).
    right = client.post(
        "/accounts/mfa/verify/", {"code": current_code(device, drift=1), "next": "/workloads/register/"}
    )
    assert right.status_code == 302 and right["Location"] == "/workloads/register/"
    assert client.get("/workloads/register/").status_code == 200
    (verified,) = AuditEvent.objects.filter(action=AuditAction.AUTH_MFA_VERIFY)
    assert verified.payload["device"] == "totp"


def test_a_recovery_code_works_once(mfa_required: None) -> None:
    officer(username="olga")
    _device, codes = enrol(sign_in("olga"))

    first = sign_in("olga")
    assert first.post("/accounts/mfa/verify/", {"code": codes[0]}).status_code == 302
    assert first.get("/workloads/register/").status_code == 200
    assert AuditEvent.objects.get(action=AuditAction.AUTH_MFA_VERIFY).payload["device"] == "recovery_code"
    assert StaticToken.objects.filter(token=codes[0]).count() == 0

    second = sign_in("olga")
    assert second.post("/accounts/mfa/verify/", {"code": codes[0]}).status_code == 200  # refused


def test_too_many_wrong_codes_end_the_session_and_lock_the_sign_in(mfa_required: None) -> None:
    officer(username="olga")
    enrol(sign_in("olga"))
    client = sign_in("olga")
    for _ in range(4):
        assert client.post("/accounts/mfa/verify/", {"code": "000000"}).status_code == 200
    response = client.post("/accounts/mfa/verify/", {"code": "000000"})
    # The fifth failure reaches django-axes's limit: the sign-in page, locked, and the session is over.
    assert response.status_code == 429 and "Too many failed sign-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session
    relogin = client.post("/accounts/login/", {"username": "olga", "password": PASSWORD})
    assert relogin.status_code == 429
    logout = AuditEvent.objects.filter(action=AuditAction.AUTH_LOGOUT).get()
    assert logout.payload["reason"] == "mfa_failures"


def test_an_enrolled_auditor_is_asked_for_the_code_even_when_not_required() -> None:
    auditor(username="audrey")
    enrol(sign_in("audrey"))
    client = sign_in("audrey")
    assert client.get("/workloads/")["Location"].startswith("/accounts/mfa/verify/")


def test_a_password_alone_cannot_replace_the_authenticator(mfa_required: None) -> None:
    officer(username="olga")
    device, _codes = enrol(sign_in("olga"))
    thief = sign_in("olga")  # knows the password, not the phone

    response = thief.get("/accounts/mfa/setup/")

    assert response.status_code == 302 and response["Location"].startswith("/accounts/mfa/verify/")
    assert thief.post("/accounts/mfa/setup/", {"code": "123456"}).status_code == 302
    assert list(TOTPDevice.objects.values_list("pk", "confirmed")) == [(device.pk, True)]
