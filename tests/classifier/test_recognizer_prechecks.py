"""The cheap checks that skip work give the results the full work gives: a recognizer that needs a digit is not
called on a text without one, a Presidio pattern runs only where its literal character stands, and a few scans
start only where they can match."""

from __future__ import annotations

import re

import pytest

from classifier.engine import ANALYSIS_LANGUAGE, CustosEngine
from classifier.recognizers import build_recognizers
from classifier.recognizers.base import RegexRecognizer, has_digit
from classifier.recognizers.patterns import FastPatternsMixin
from classifier.recognizers.persons import PersonRecognizer, _word_start

# Written for these tests: ids, cards, phones and dates with their digits, then the same lines without any digit.
WITH_DIGITS = [
    "Ihre Steuer-ID lautet 65 929 970 489, die Kundennummer bleibt gleich.",
    "BSN van de klant: 111222333; geboren op 14 maart 1987 in Utrecht.",
    "Card on file 4111 1111 1111 1111, call me back on +33 1 42 68 53 00.",
    "My IBAN is DE89 3704 0044 0532 0130 00 and the VAT number DE136695976.",
    "Postcode: SW1A 1AA, passport no. C01X00T47, date of birth 02/11/1979.",
]
WITHOUT_DIGITS = [
    "Ihre Steuer-ID folgt per Post, die Kundennummer bleibt gleich.",
    "Het BSN van de klant staat in het dossier; geboren in Utrecht.",
    "Card on file ends the same way, call me back on the office line.",
    "My IBAN and the VAT number are on the invoice, ask Dorota Wiśniewska.",
    "Postcode SW one, passport number on request, date of birth withheld.",
    "Write to jana.novakova@posteo.de about the router fe:ab:: and the switch at ab-cd-ef-ab-cd-ef.",
    "",
]


def _digit_recognizers() -> list[object]:
    return [r for r in build_recognizers("en") if getattr(r, "NEEDS_DIGIT", False)]


def test_the_recognizers_that_need_a_digit_are_the_numeric_formats() -> None:
    names = {type(r).__name__ for r in _digit_recognizers()}
    assert {"CreditCardNumberRecognizer", "IbanChecksumRecognizer", "FastPhoneRecognizer"} <= names
    assert {"DateOfBirthRecognizer", "PostalCodeRecognizer", "UsSsnRecognizer", "DutchBsnRecognizer"} <= names
    # Omocodia letters stand in for the digits of a codice fiscale; e-mail, MAC and IPv6 need none.
    assert not names & {"ItalianFiscalCodeRecognizer", "EmailRecognizer", "MacAddressRecognizer"}
    assert not names & {"PublicIpRecognizer", "PersonRecognizer", "AddressRecognizer", "SecretsRecognizer"}


@pytest.mark.parametrize("text", WITHOUT_DIGITS)
def test_a_recognizer_that_needs_a_digit_finds_nothing_without_one(text: str) -> None:
    assert not has_digit(text)
    for recognizer in _digit_recognizers():
        assert recognizer.analyze(text, recognizer.supported_entities, None) == [], type(recognizer).__name__  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", WITH_DIGITS + WITHOUT_DIGITS)
def test_engine_results_are_those_of_every_recognizer(engine: CustosEngine, text: str) -> None:
    artifacts = engine.nlp_engine.process_text(text, ANALYSIS_LANGUAGE)
    skipping = engine._analyze(text, artifacts)
    engine.__dict__["_recognizers_without_digits"] = engine._recognizers  # call them all, digits or not
    try:
        everything = engine._analyze(text, artifacts)
    finally:
        del engine.__dict__["_recognizers_without_digits"]
    assert [(r.entity_type, r.start, r.end, r.score) for r in skipping] == [
        (r.entity_type, r.start, r.end, r.score) for r in everything
    ]


def test_digits_of_other_scripts_count() -> None:
    assert has_digit("Kundennummer \u0661\u0662\u0663")  # Arabic-Indic digits are digits to "\d" too
    assert not has_digit("no number here")


def test_pattern_literals_name_existing_patterns_and_stand_in_them() -> None:
    for recognizer in build_recognizers("en"):
        if not isinstance(recognizer, FastPatternsMixin) or not recognizer.PATTERN_NEEDS:
            continue
        patterns = {p.name: p.regex for p in recognizer.patterns}
        for name, literals in recognizer.PATTERN_NEEDS.items():
            assert name in patterns, (recognizer.name, name)
            # Written out in the regex (escaped or not); the skip itself is checked against Presidio in
            # test_fast_patterns.
            assert any(re.escape(literal) in patterns[name] or literal in patterns[name] for literal in literals)


@pytest.mark.parametrize(
    "text",
    [
        "Write to jana.novakova@posteo.de or to ops@example.org.",
        "No address here, only a colon: and a dot.",
        "Router fe80::1 and host 81.2.69.160, MAC 00-1A-2B-3C-4D-5E.",
    ],
)
def test_patterns_skipped_only_where_they_cannot_match(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for recognizer in build_recognizers("en"):
        if not isinstance(recognizer, FastPatternsMixin) or not recognizer.PATTERN_NEEDS:
            continue
        fast = recognizer.analyze(text, recognizer.supported_entities)
        monkeypatch.setattr(recognizer, "PATTERN_NEEDS", {})  # this instance only: every pattern runs
        full = recognizer.analyze(text, recognizer.supported_entities)
        assert [(r.start, r.end, r.score) for r in fast] == [(r.start, r.end, r.score) for r in full]


def test_word_start_is_a_word_boundary_only_before_word_characters() -> None:
    assert _word_start(["dr", "frau", "señora"]) == r"\b"
    assert _word_start(["dr", "@mention"]) == r"(?<![\w])"
    assert _word_start(["dr", ""]) == r"(?<![\w])"


def test_lower_case_pairs_still_found_after_the_given_name_check() -> None:
    recognizer = PersonRecognizer()
    recognizer.load()
    text = "Can you ask teodora lindqvist to sign the form?"
    assert {text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"], None)} == {"teodora lindqvist"}
    text = "The report went out to every team on friday."  # no lower-case given name: the pair scan is skipped
    assert recognizer.analyze(text, ["PERSON"], None) == []


def test_regex_recognizers_declare_the_flag() -> None:
    assert RegexRecognizer.NEEDS_DIGIT is False
    assert FastPatternsMixin.NEEDS_DIGIT is False
