"""Names, organisations and street addresses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

ADDRESSES = [
    ("Jacob lives on 90 Whitchurch Road street.", "90 Whitchurch Road"),
    (
        "Send it to 1600 Pennsylvania Avenue NW, Washington, DC 20500 please",
        "1600 Pennsylvania Avenue NW, Washington, DC 20500",
    ),
    ("Ship to 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),
    ("Meine Adresse: Berliner Straße 12, 10115 Berlin", "Berliner Straße 12, 10115 Berlin"),
    ("She lives at Koskikatu 25 Apt. 864\nHelsinki\nFinland 00100", "Koskikatu 25 Apt. 864\nHelsinki\nFinland 00100"),
    ("Indirizzo: Via delle Coste 41, Roma", "Via delle Coste 41, Roma"),
    ("Adres: ul. Narewska 94, Poznań", "ul. Narewska 94, Poznań"),
    ("The office is at 12 rue de la Paix, Paris", "12 rue de la Paix, Paris"),
    ("Return to P.O. Box 186, Tallinn", "P.O. Box 186, Tallinn"),
    ("PSC 3294, Box 9168\nAPO AA 61487", "PSC 3294, Box 9168\nAPO AA 61487"),
    # street corners: both streets and "the corner of"
    ("We meet at the corner of Elm Street and Park Avenue tonight.", "the corner of Elm Street and Park Avenue"),
    (
        "Our shop is on the corner of Torggata 14 and Hausmanns Gate, Oslo",
        "the corner of Torggata 14 and Hausmanns Gate, Oslo",
    ),
    ("it is the corner of kungsgatan 7 and drottninggatan", "the corner of kungsgatan 7 and drottninggatan"),
    # place names with particles after the street line
    ("Address: Calle Mayor 5, Torrejón de Ardoz, Spain 28850", "Calle Mayor 5, Torrejón de Ardoz, Spain 28850"),
]

NOT_ADDRESSES = [
    "I have 2 dogs on the street.",
    "Windows 10 runs on 4 GB of memory.",
    "We sent it via Email 24 times.",
    "Wall Street fell 3 percent.",
    "Put the lamp in the corner of the room and the chair by the window.",
    "In the corner of my eye and in my dreams",
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_street_address_span_covers_street_to_postcode(
    found: Callable[[str], dict[str, list[str]]], text: str, address: str
) -> None:
    assert address in found(text).get("STREET_ADDRESS", []), found(text)


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_numbers_and_capitalised_words_are_not_addresses(
    found: Callable[[str], dict[str, list[str]]], text: str
) -> None:
    assert "STREET_ADDRESS" not in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My name is Rubija", "Rubija"),
        ("my name is višeslav", "višeslav"),
        ("Please correct it to Dr. Anette Lahtela?", "Anette Lahtela"),
        ("I'm Abelardo Trevisano, originally from Porto.", "Abelardo Trevisano"),
        ("Name: Chise T. Horiguchi\nPhone: 0378 3549890", "Chise T. Horiguchi"),
        ("Hi Christin, I'm contacting you about my transfer", "Christin"),
        ("John Smith called yesterday.", "John Smith"),
    ],
)
def test_person_names(found: Callable[[str], dict[str, list[str]]], text: str, name: str) -> None:
    assert name in found(text).get("PERSON", []), found(text)


@pytest.mark.parametrize(
    "text", ["Thanks for your help!", "Hello team, the build is green.", "My name is not important"]
)
def test_greetings_and_phrases_are_not_names(found: Callable[[str], dict[str, list[str]]], text: str) -> None:
    assert "PERSON" not in found(text)


def test_person_inside_an_address_is_reported_as_the_address(found: Callable[[str], dict[str, list[str]]]) -> None:
    result = found("Please return to 35108 ul. Zamkowa 33 Apt. 406, Warszawa")
    assert "PERSON" not in result
    assert result["STREET_ADDRESS"]
