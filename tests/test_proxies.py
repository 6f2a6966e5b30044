"""config.proxies: which address is the client's, with and without trusted reverse proxies."""

from __future__ import annotations

import re

import pytest
from django.test import RequestFactory, override_settings

from config.proxies import check_trusted_proxies, client_address

PROXY = "10.0.0.5"


def address(remote_addr: str, forwarded_for: str | None = None) -> str:
    request = RequestFactory().get("/", REMOTE_ADDR=remote_addr)
    if forwarded_for is not None:
        request.META["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client_address(request)


@override_settings(CUSTOS_TRUSTED_PROXIES=[])
def test_without_trusted_proxies_the_header_is_ignored() -> None:
    assert address(PROXY, "203.0.113.9") == PROXY


@override_settings(CUSTOS_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_a_spoofed_header_from_an_untrusted_peer_is_ignored() -> None:
    assert address("198.51.100.7", "203.0.113.9, 10.0.0.5") == "198.51.100.7"


@override_settings(CUSTOS_TRUSTED_PROXIES=["10.0.0.0/8", "192.0.2.1"])
def test_behind_a_trusted_proxy_the_right_most_untrusted_entry_is_the_client() -> None:
    assert address(PROXY, "203.0.113.9") == "203.0.113.9"
    # The client wrote 1.2.3.4 itself; the outer proxy (192.0.2.1) appended the client's real address.
    assert address(PROXY, "1.2.3.4, 203.0.113.9, 192.0.2.1") == "203.0.113.9"
    assert address(PROXY, "2001:db8::7") == "2001:db8::7"


@override_settings(CUSTOS_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_what_cannot_be_read_as_an_address_falls_back_to_the_peer() -> None:
    assert address(PROXY, "203.0.113.9, not-an-address") == PROXY
    assert address(PROXY) == PROXY  # a trusted peer that forwarded nothing
    assert address(PROXY, "10.1.1.1, 10.2.2.2") == "10.1.1.1"  # trusted hops only: the request came from inside


def test_a_bad_setting_is_refused_naming_the_entry() -> None:
    assert check_trusted_proxies([" 10.0.0.0/8", "192.0.2.1"]) == ["10.0.0.0/8", "192.0.2.1/32"]
    with pytest.raises(ValueError, match=re.escape("'10.0.0.300/8' is not an IP address or CIDR network")):
        check_trusted_proxies(["10.0.0.300/8"])
