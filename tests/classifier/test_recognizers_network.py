"""IP addresses: public ones are personal data candidates; loopback, private and documentation ones are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Open http://127.0.0.1:8000/ in your browser.",
        "Bind to 0.0.0.0 and allow 10.0.0.0/8 and 192.168.1.20 in the firewall.",
        "The container reaches the host on 172.17.0.1.",
        "Examples use 192.0.2.10 and 2001:db8::1 as in the RFCs.",
        "Listen on ::1 and fe80::1.",
    ],
)
def test_non_public_addresses_are_not_reported(found: Callable[[str], dict[str, list[str]]], text: str) -> None:
    assert "IP_ADDRESS" not in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Login from 81.2.69.160 at 10:42 was blocked.", "81.2.69.160"),
        ("Her router had 2a02:8108:1240:e4c0::1 that day.", "2a02:8108:1240:e4c0::1"),
    ],
)
def test_public_addresses_are_reported(found: Callable[[str], dict[str, list[str]]], text: str, address: str) -> None:
    assert found(text)["IP_ADDRESS"] == [address]


def test_a_dotted_section_number_is_not_an_address(found: Callable[[str], dict[str, list[str]]]) -> None:
    assert "IP_ADDRESS" not in found("See RFC 5890, section 2.3.2.4, for A-labels.")
    assert found("Her IP address was 2.3.2.4 that day.")["IP_ADDRESS"] == ["2.3.2.4"]
