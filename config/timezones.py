"""The user's time zone: one zone for what the pages show and for what the forms read.

The browser reports its IANA zone (static/custos/app.js writes it to the
``custos_tz`` cookie on every page); the middleware activates it for the
request, so Django renders times in it and reads naive form input (an
incident's awareness time, a date filter, an export period) in it. Until the
browser has said, or when it names a zone this server does not know, the
installation's CUSTOS_TIME_ZONE applies. Storage stays UTC (USE_TZ), and
the API (/api/) keeps UTC whatever the cookie says.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

COOKIE = "custos_tz"
API_PREFIX = "/api/"


@lru_cache(maxsize=512)
def zone_or_none(name: str) -> zoneinfo.ZoneInfo | None:
    """The zone called ``name``, or None when it is not an IANA zone name this server knows."""
    if not name or len(name) > 64 or name not in zoneinfo.available_timezones():
        return None
    return zoneinfo.ZoneInfo(name)


def request_zone(request: HttpRequest) -> zoneinfo.ZoneInfo:
    """The browser's zone from the cookie, else the installation default (CUSTOS_TIME_ZONE)."""
    return zone_or_none(request.COOKIES.get(COOKIE, "")) or zoneinfo.ZoneInfo(settings.CUSTOS_TIME_ZONE)


def day_start(day: dt.date | None) -> dt.datetime | None:
    """The first moment of ``day`` in the active (the user's) zone."""
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time.min, tzinfo=timezone.get_current_timezone())


def day_after(day: dt.date | None) -> dt.datetime | None:
    """The first moment after ``day`` in the active zone: the exclusive end of an inclusive date range."""
    return day_start(day + dt.timedelta(days=1)) if day else None


class UserTimeZoneMiddleware:
    """Activate the user's time zone for the request (see the module docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(API_PREFIX):
            # The API speaks UTC (ISO 8601 with offsets); the policy's dates are UTC days for every caller.
            return self.get_response(request)
        with timezone.override(request_zone(request)):
            return self.get_response(request)
