"""The kept Presidio pattern recognizers, run without Presidio's per-pattern overhead, find exactly what Presidio's
``PatternRecognizer.analyze`` finds."""

from __future__ import annotations

import pytest
from presidio_analyzer import PatternRecognizer, RecognizerResult

from classifier.recognizers import build_recognizers
from classifier.recognizers.patterns import FastPatternsMixin, bounded

TEXTS = [
    "Payroll record: SSN 219-09-9999, ITIN 912-70-1234, routing to account 004512398761.",
    "Donations go to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq or 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.",
    "The printer at 00:1A:2B:3C:4D:5E and the switch 0a1b.2c3d.4e5f answer on 81.2.69.160 and 2a00:1450:4001:82b::200e.",
    "Link-local fe80::1%eth0, loopback ::1, mapped ::ffff:81.2.69.160 and the docs range 192.0.2.44.",
    "Write to ola.nordmann@posteo.de or to helpdesk@firma.example.no, not to someone@localhost.",
    "Nothing to find here: version 2.4.1, section 3.1.2.4 and order 55-1234.",
    "",
]


def _fast_recognizers() -> list[FastPatternsMixin]:
    return [r for r in build_recognizers("en") if isinstance(r, FastPatternsMixin)]


def _tuples(results: list[RecognizerResult]) -> list[tuple[str, int, int, float]]:
    return sorted((r.entity_type, r.start, r.end, r.score) for r in results)


@pytest.mark.parametrize("text", TEXTS)
def test_fast_patterns_find_what_presidio_finds(text: str) -> None:
    found = 0
    for recognizer in _fast_recognizers():
        fast = recognizer.analyze(text, recognizer.supported_entities)
        slow = PatternRecognizer.analyze(recognizer, text, recognizer.supported_entities)
        if type(recognizer).analyze is FastPatternsMixin.analyze:
            assert _tuples(fast) == _tuples(slow), recognizer.name
        else:  # the class's own filters (public IPs only, role mailboxes) come after: what they keep is Presidio's
            kept = {(r.start, r.end, r.score) for r in fast}
            assert kept <= {(r.start, r.end, r.score) for r in slow}, recognizer.name
        found += len(fast)
    if text.startswith(("Payroll", "Donations", "The printer")):
        assert found >= 2


def test_every_kept_presidio_recognizer_runs_the_fast_path() -> None:
    names = {r.name for r in _fast_recognizers()}
    assert {"CryptoRecognizer", "PublicIpRecognizer", "MacAddressRecognizer", "UsSsnRecognizer"} <= names
    assert {"UsBankRecognizer", "UsItinRecognizer", "EmailRecognizer"} <= names


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b[0-9]{8,17}\b", True),
        (r"(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,59}", True),
        (r"[a-z0-9._%-]+@[a-z0-9.-]+\.[a-z]{2,}", False),
        (r"\d*", False),
        (r"x{3,}", False),
        (r"\+49 \d{3}", False),  # an escaped plus is read as unbounded: the timeout stays, nothing is lost
    ],
)
def test_bounded_patterns_are_those_without_open_repetition(pattern: str, expected: bool) -> None:
    assert bounded(pattern) is expected
