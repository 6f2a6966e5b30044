"""IP addresses that can point at a person: public ones only.

Presidio's ``IpRecognizer`` reports every address. Loopback, private
(RFC 1918, unique-local), link-local, documentation (RFC 5737/3849),
multicast, reserved and unspecified addresses cannot be traced to a
subscriber from outside the network, and they fill configuration files and
docs (``127.0.0.1:8000``, ``10.0.0.0/8``, ``0.0.0.0``): reporting them made
clean code CONFIDENTIAL. Only globally routable addresses are personal data
candidates (CJEU C-582/14 Breyer).
"""

from __future__ import annotations

import ipaddress

from presidio_analyzer.predefined_recognizers import IpRecognizer


class PublicIpRecognizer(IpRecognizer):
    """Presidio's IP patterns, keeping only globally routable addresses."""

    def invalidate_result(self, pattern_text: str) -> bool:
        try:
            address = ipaddress.ip_interface(pattern_text).ip
        except ValueError:
            return True
        return not address.is_global
