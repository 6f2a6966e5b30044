"""IP addresses that can point at a person: public ones only.

Presidio's ``IpRecognizer`` reports every address. Loopback, private
(RFC 1918, unique-local), link-local, documentation (RFC 5737/3849),
multicast, reserved and unspecified addresses cannot be traced to a
subscriber from outside the network, and they fill configuration files and
docs (``127.0.0.1:8000``, ``10.0.0.0/8``, ``0.0.0.0``): reporting them made
clean code CONFIDENTIAL. Only globally routable addresses are personal data
candidates (CJEU C-582/14 Breyer).

Four single-digit groups ("section 2.3.2.4", "version 1.2.0.1") are read as a
section or version number unless an IP word stands just before them.
"""

from __future__ import annotations

import ipaddress
import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IpRecognizer

from classifier.recognizers.patterns import FastPatternsMixin

_SINGLE_DIGIT_GROUPS = re.compile(r"\d(?:\.\d){3}")
_IP_WORDS = re.compile(r"\b(?:ip|ipv4|address|adresse|adres|indirizzo|dirección|direccion|host|server)\b", re.I)
_IP_WORD_WINDOW = 24


class PublicIpRecognizer(FastPatternsMixin, IpRecognizer):
    """Presidio's IP patterns, keeping only globally routable addresses."""

    # Every IPv6 form has a colon ("::" where the zeros are left out), every IPv4 one a dot.
    PATTERN_NEEDS = {
        "IPv4_mapped": ("::",),
        "IPv4_embedded": (":",),
        "IPv4": (".",),
        "IPv6": (":",),
        "IPv6_unspecified": ("::",),
    }

    def invalidate_result(self, pattern_text: str) -> bool:
        try:
            address = ipaddress.ip_interface(pattern_text).ip
        except ValueError:
            return True
        return not address.is_global

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [result for result in results if not self._is_section_number(text, result)]

    @staticmethod
    def _is_section_number(text: str, result: RecognizerResult) -> bool:
        if not _SINGLE_DIGIT_GROUPS.fullmatch(text[result.start : result.end]):
            return False
        return _IP_WORDS.search(text[max(0, result.start - _IP_WORD_WINDOW) : result.start]) is None
