"""Reads of the sign-in state: second-factor devices, session revocations, people an administrator may sign out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth import get_user_model
from django_otp import devices_for_user

from access.roles import ADMINISTRATOR, COMPLIANCE_OFFICER, has_role
from identity.models import SessionRevocation


def mfa_enrolled(user: Any) -> bool:
    """Whether ``user`` has a confirmed second factor (authenticator or recovery codes)."""
    return any(True for _ in devices_for_user(user, confirmed=True))


def mfa_required_by_role(user: Any) -> bool:
    """Officers and administrators (superusers included) must use a second factor when MFA is required."""
    return has_role(user, COMPLIANCE_OFFICER, ADMINISTRATOR)


def session_not_before(user: Any) -> dt.datetime | None:
    """Sessions of ``user`` that began before this moment are over (None: never signed out everywhere)."""
    return SessionRevocation.objects.filter(user_id=user.pk).values_list("not_before", flat=True).first()


def user_by_id(user_id: int) -> Any:
    return get_user_model()._default_manager.filter(pk=user_id).first()


def people_for_administrator() -> list[Any]:
    """The active accounts an administrator may sign out everywhere, by name."""
    return list(get_user_model()._default_manager.filter(is_active=True).order_by("username"))
