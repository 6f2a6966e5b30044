"""Login throttling of the web UI (issue 12, item 9): repeated wrong passwords lock the sign-in, audited once."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from typing import TYPE_CHECKING

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from audit.models import AuditEvent
from tests.factories import officer

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as TestResponse  # exists only in the stubs

PASSWORD = "correct horse battery staple"
pytestmark = pytest.mark.django_db


def browser() -> Client:
    # An address of its own: the lockout de-duplication lives in the Redis that parallel test runs share.
    return Client(REMOTE_ADDR=f"10.{secrets.randbelow(250)}.{secrets.randbelow(250)}.{secrets.randbelow(250)}")


def sign_in(client: Client, password: str, username: str = "officer") -> TestResponse:
    return client.post("/accounts/login/", {"username": username, "password": password})


def test_thirty_wrong_passwords_lock_the_sign_in_and_are_audited_once() -> None:
    officer(username="officer")
    client = browser()
    statuses = [sign_in(client, f"guess-{n}").status_code for n in range(30)]
    assert statuses[:4] == [200] * 4  # the form again, with its error
    assert set(statuses[5:]) == {429}

    refused = sign_in(client, PASSWORD)
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session
    page = refused.content.decode()
    assert "Too many failed sign-ins" in page and "15 minutes" in page
    assert int(refused["Retry-After"]) == 15 * 60

    events = list(AuditEvent.objects.filter(action="auth.login_locked_out"))
    assert len(events) == 1  # one event per lockout, not one per refused attempt
    assert events[0].subject_id == "officer" and events[0].actor_type == "system"
    text = json.dumps(events[0].payload)
    assert "guess-" not in text and PASSWORD not in text and client.defaults["REMOTE_ADDR"] not in text


def test_another_address_is_not_locked_out() -> None:
    officer(username="officer")
    attacker = browser()
    for n in range(6):
        sign_in(attacker, f"guess-{n}")
    assert sign_in(browser(), PASSWORD).status_code == 302


def test_the_sign_in_works_again_after_the_cooloff() -> None:
    officer(username="officer")
    client = browser()
    for n in range(6):
        sign_in(client, f"guess-{n}")
    assert sign_in(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(minutes=16))
    assert sign_in(client, PASSWORD).status_code == 302


def test_an_administrator_can_reset_a_lockout() -> None:
    officer(username="officer")
    client = browser()
    for n in range(6):
        sign_in(client, f"guess-{n}")
    assert sign_in(client, PASSWORD).status_code == 429
    call_command("axes_reset_username", "officer")
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302 and "_auth_user_id" in client.session


def test_an_unknown_username_is_audited_as_a_keyed_hash() -> None:
    client = browser()
    typed = "my-secret-password-typed-in-the-wrong-field"
    for n in range(6):
        sign_in(client, f"guess-{n}", username=typed)
    event = AuditEvent.objects.get(action="auth.login_locked_out")
    assert event.subject_id.startswith("hmac:") and typed not in json.dumps(event.payload)


def test_behind_a_trusted_proxy_the_forwarded_client_is_locked_out() -> None:
    """axes reads the same client address as the failed-key limits (AXES_CLIENT_IP_CALLABLE)."""
    officer(username="officer")
    proxy, attacker, colleague = (browser().defaults["REMOTE_ADDR"] for _ in range(3))
    through_proxy = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=attacker)
    with override_settings(CUSTOS_TRUSTED_PROXIES=[proxy]):
        for n in range(6):
            sign_in(through_proxy, f"guess-{n}")
        assert sign_in(through_proxy, PASSWORD).status_code == 429
        assert AccessAttempt.objects.get().ip_address == attacker
        # Another client behind the same proxy is not locked out with the attacker.
        assert sign_in(Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=colleague), PASSWORD).status_code == 302


@override_settings(CUSTOS_TRUSTED_PROXIES=[])
def test_a_spoofed_forwarded_for_does_not_escape_a_lockout() -> None:
    officer(username="officer")
    client = browser()
    for n in range(6):
        client.defaults["HTTP_X_FORWARDED_FOR"] = f"203.0.113.{n}"
        sign_in(client, f"guess-{n}")
    client.defaults["HTTP_X_FORWARDED_FOR"] = "203.0.113.99"
    assert sign_in(client, PASSWORD).status_code == 429
