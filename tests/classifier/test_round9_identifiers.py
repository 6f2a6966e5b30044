"""Round 9 (direct identifiers, tuned on fresh10 and fresh11): names found too short or not at all, and addresses cut
before their flat or town; classes of naming conventions and layouts, in wording of our own and with values of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], dict[str, list[str]]]


def persons(found: Found, text: str) -> list[str]:
    return found(text).get("PERSON", [])


def addresses(found: Found, text: str) -> list[str]:
    return found(text).get("STREET_ADDRESS", [])


# -- a surname that the finder left out ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an Arabic or Berber particle opens the surname
        ("Heute schrieb uns Youssef El Amrani: der Termin passt nicht.", "Youssef El Amrani"),
        ("Gisteren belde Karima Ben Salah: de sleutel ligt bij de buren.", "Karima Ben Salah"),
        # a Flemish particle written with a capital
        ("Dit jaar tolkt Jolien Van der Straeten, zelf doof, op het congres.", "Jolien Van der Straeten"),
        # hyphenated parts, one of them a single letter
        ("Naam: Rosanne Lie-A-Fat\nBSN: 204811935", "Rosanne Lie-A-Fat"),
        # a surname that is also an ordinary word of another language, closing its clause
        ("Ik ben Wietske Vogelzang, wethouder in Bunnik.", "Wietske Vogelzang"),
    ],
)
def test_a_name_keeps_its_surname(found: Found, text: str, name: str) -> None:
    assert name in persons(found, text), found(text)


def test_a_given_name_before_a_double_barrelled_surname(found: Found) -> None:
    text = "Fallnotiz: Versicherte Ulrike Brandt-Wolke, geb. 14.03.1961, wartet auf den Rücktransport."
    assert "Ulrike Brandt-Wolke" in persons(found, text), found(text)


def test_a_hyphenated_ordinary_compound_is_no_surname(found: Found) -> None:
    text = "Frag mal Anneliese wegen Kunden-Service morgen."
    assert "Anneliese Kunden-Service" not in persons(found, text), found(text)


def test_a_surname_shortened_to_its_initial_stays_with_the_name(found: Found) -> None:
    text = "Danke an Jolanta K. für die Geduld."
    assert "Jolanta K." in persons(found, text), found(text)


def test_a_later_mention_of_a_chat_speaker_gets_the_surname_too(found: Found) -> None:
    text = (
        "Vat dit gesprek samen:\n[02-03-2026 09:14] Hamza El Ouardi: goedemorgen, mijn pas werkt niet\n"
        "[02-03-2026 09:20] Balie: Hoi Hamza, we kijken ernaar\n[02-03-2026 09:22] Hamza El Ouardi: dank je"
    )
    assert persons(found, text).count("Hamza El Ouardi") == 2, found(text)


def test_an_ordinary_german_noun_after_a_given_name_is_no_surname(found: Found) -> None:
    text = "Gestern war ich mit Anneliese Kaffee trinken."
    assert "Anneliese Kaffee" not in persons(found, text), found(text)


# -- names in capitals and in lower case ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Read this scanned form:\nName: BRENDAN KEHOE\nPPSN: 7152093T", "BRENDAN KEHOE"),
        ("Extrae los datos:\nTitular: ROSARIO BENAVENT SOLER\nDNI: 48213307K", "ROSARIO BENAVENT SOLER"),
        ("przepisz nagranie: dzień dobry tu HALINA WIERZBICKA dzwonię w sprawie umowy", "HALINA WIERZBICKA"),
    ],
)
def test_a_name_in_capitals_after_a_label_or_an_introduction(found: Found, text: str, name: str) -> None:
    assert name in persons(found, text), found(text)


def test_acronyms_in_capitals_after_a_label_are_no_name(found: Found) -> None:
    text = "Status: PENDING REVIEW\nOwner: IT SERVICE DESK"
    assert not persons(found, text), found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("voicemail: ja goedemiddag met femke van slooten ik bel over de verhuizing", "femke van slooten"),
        ("segreteria: salve sono rosaria capuozzo chiamo per il rinnovo", "rosaria capuozzo"),
    ],
)
def test_a_callers_name_in_a_lower_case_transcript(found: Found, text: str, name: str) -> None:
    assert name in persons(found, text), found(text)


def test_a_lower_case_word_after_an_introduction_is_no_name(found: Found) -> None:
    text = "nota vocale: sono stanca morta oggi, richiamo domani"
    assert "stanca morta" not in persons(found, text), found(text)


# -- lists and tables of people ----------------------------------------------------


def test_the_people_of_an_attendance_list(found: Found) -> None:
    text = "Minutes of the library committee\nPresent: Harriet Okonkwo (chair), Declan Mulvey, Events Team\n1. Budget"
    names = persons(found, text)
    assert "Harriet Okonkwo" in names and "Declan Mulvey" in names, found(text)
    assert not any("Events" in name for name in names)


def test_a_table_column_named_by_a_role_holds_people(found: Found) -> None:
    text = (
        "Check the allergy list.\n\nchild,group,guardian,phone,allergy\n"
        'Isla-Mae Brennan,3C,Siobhan Brennan,07700 900 412,"sesame, mild"\n'
        "Otis Farrow,1A,Gideon Farrow,07700 900 788,none\n"
    )
    names = persons(found, text)
    assert {"Isla-Mae Brennan", "Siobhan Brennan", "Otis Farrow", "Gideon Farrow"} <= set(names), found(text)
    assert not addresses(found, text), found(text)


# -- addresses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Vivo en C/ Almirante 14, 3.º C, 28004 Madrid y nadie me contesta.", "C/ Almirante 14, 3.º C, 28004 Madrid"),
        ("mój nowy adres to ul. Słoneczna 41 na drugim piętrze", "ul. Słoneczna 41"),
        ("mia zia abita in via Giovanni Amendola 23, Ercolano, piano terra", "via Giovanni Amendola 23, Ercolano"),
    ],
)
def test_an_address_with_its_flat_town_or_street_named_after_a_person(found: Found, text: str, address: str) -> None:
    assert address in addresses(found, text), found(text)


def test_a_service_sent_via_a_carrier_is_no_address(found: Found) -> None:
    text = "We sent it via Parcel Force 48 hours ago."
    assert not addresses(found, text), found(text)
