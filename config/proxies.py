"""The client's address behind trusted reverse proxies (``CUSTOS_TRUSTED_PROXIES``).

Without trusted proxies (the default) the client is ``REMOTE_ADDR``, the
peer of the TCP connection, and ``X-Forwarded-For`` is ignored: anyone can
write that header. When the peer is one of the trusted networks, each proxy
has appended the address it received the request from, so the client is the
right-most entry that is not itself a trusted proxy; entries to its left were
written by the client and are never believed. An entry that is not an IP
address (a proxy that does not append, a forged header) stops the walk and
the peer's own address is used: counting a proxy's clients together is
better than believing a value someone else wrote.

Used by the failed-key limits (``governance.api.auth``), the sign-in audit
(``identity.sessions``) and django-axes (``AXES_CLIENT_IP_CALLABLE``).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from django.conf import settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def client_address(request: Any) -> str:
    """The address of the client that sent ``request`` (an ``HttpRequest``, or ``None``: ``""``)."""
    if request is None:
        return ""
    meta = request.META
    peer = str(meta.get("REMOTE_ADDR") or "")
    networks = trusted_networks(tuple(settings.CUSTOS_TRUSTED_PROXIES))
    if not networks or not _is_trusted(peer, networks):
        return peer
    # Several X-Forwarded-For headers reach WSGI joined by commas, in the order they were sent.
    hops = [hop.strip() for hop in str(meta.get("HTTP_X_FORWARDED_FOR") or "").split(",") if hop.strip()]
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            return peer
        if not any(address in network for network in networks):
            return str(address)
    return str(_address(hops[0])) if hops else peer  # the request came from inside, through trusted hops only


@lru_cache(maxsize=8)
def trusted_networks(cidrs: Sequence[str]) -> tuple[Network, ...]:
    """``CUSTOS_TRUSTED_PROXIES`` parsed (a bare address is a /32 or /128); ValueError names a bad entry."""
    return tuple(_network(cidr) for cidr in cidrs)


def check_trusted_proxies(cidrs: Iterable[str]) -> list[str]:
    """The entries of the setting, normalised; raises ValueError for one that is not an address or CIDR network."""
    return [str(_network(cidr)) for cidr in cidrs]


def _network(cidr: str) -> Network:
    try:
        return ipaddress.ip_network(cidr.strip(), strict=False)
    except ValueError:
        raise ValueError(
            f"CUSTOS_TRUSTED_PROXIES: {cidr!r} is not an IP address or CIDR network (e.g. 10.0.0.0/8)."
        ) from None


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _is_trusted(peer: str, networks: tuple[Network, ...]) -> bool:
    address = _address(peer)
    return address is not None and any(address in network for network in networks)
