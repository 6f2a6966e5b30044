"""Enrolling an authenticator in a real browser (Chromium via Playwright, as tests/ui/test_browser.py)."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from django_otp.oath import totp

from tests.factories import officer
from tests.ui.test_browser import PASSWORD, chromium  # noqa: F401 (the session's Chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_officer_enrols_an_authenticator_and_then_reaches_the_officer_pages(
    chromium: Any,  # noqa: F811
    live_server: Any,
    settings: Any,
) -> None:
    settings.CUSTOS_MFA_REQUIRED = True
    officer(username="olivia")
    context = chromium.new_context()
    problems: list[str] = []
    try:
        page = context.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.goto(f"{live_server.url}/accounts/login/?next=/workloads/register/")
        page.fill("#id_username", "olivia")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/accounts/mfa/setup/**")
        assert page.locator(".qr svg").count() == 1

        secret = page.inner_text("#totp-secret").strip()
        key = base64.b32decode(secret + "=" * (-len(secret) % 8))
        page.fill("#id_code", f"{totp(key):06d}")
        page.click("text=Confirm")
        page.wait_for_selector("#recovery-codes")
        assert page.locator("#recovery-codes li").count() == 10

        page.click("text=I have stored the codes")
        page.wait_for_url(f"{live_server.url}/workloads/register/")
        assert "Register" in page.content()
        assert problems == [], problems
    finally:
        context.close()
