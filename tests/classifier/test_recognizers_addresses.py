"""Street addresses in EU grammars: the whole address is one finding, and numbered things are not addresses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# (text, the one STREET_ADDRESS the user should see redacted)
EU_ADDRESSES = [
    # Spanish: comma before the number, floor and door, abbreviated street types
    ("Dirección: Calle Mayor, 46, 6º B, 48011 Bilbao", "Calle Mayor, 46, 6º B, 48011 Bilbao"),
    ("Envíelo a C/ Alcalá 23, 3º izda., 28014 Madrid.", "C/ Alcalá 23, 3º izda., 28014 Madrid"),
    ("Avda. de la Constitución 12, bajo, 41001 Sevilla", "Avda. de la Constitución 12, bajo, 41001 Sevilla"),
    ("Calle de Serrano 45, piso 2, puerta 3, 28001 Madrid", "Calle de Serrano 45, piso 2, puerta 3, 28001 Madrid"),
    # Italian: comma before the number, province in parentheses, V.le / P.zza, int. and scala
    ("Indirizzo: Via Cavour, 11, 50132 Firenze (FI)", "Via Cavour, 11, 50132 Firenze (FI)"),
    ("Ci vediamo in Piazza della Signoria 5, 50122 Firenze", "Piazza della Signoria 5, 50122 Firenze"),
    ("Corso Vittorio Emanuele II, 120, 10121 Torino (TO)", "Corso Vittorio Emanuele II, 120, 10121 Torino (TO)"),
    ("V.le Monza 12, int. 4, scala B, 20127 Milano (MI)", "V.le Monza 12, int. 4, scala B, 20127 Milano (MI)"),
    ("Spedire a P.zza Garibaldi 3, 80142 Napoli", "P.zza Garibaldi 3, 80142 Napoli"),
    # French: bis/ter, number before a comma, BP and CEDEX, building and floor before the street
    ("J'habite au 98 bis rue de la République, 69002 Lyon", "98 bis rue de la République, 69002 Lyon"),
    ("12 ter avenue des Champs-Élysées, 75008 Paris", "12 ter avenue des Champs-Élysées, 75008 Paris"),
    ("3, allée des Tilleuls, 44000 Nantes", "3, allée des Tilleuls, 44000 Nantes"),
    ("BP 123, 75001 Paris CEDEX 01", "BP 123, 75001 Paris CEDEX 01"),
    ("Bât. A, 2e étage, 15 rue Victor Hugo, 69003 Lyon", "Bât. A, 2e étage, 15 rue Victor Hugo, 69003 Lyon"),
    # German, Austrian, Swiss
    ("Lieferadresse: Hauptstraße 5a, 10827 Berlin", "Hauptstraße 5a, 10827 Berlin"),
    ("Mariahilfer Str. 12/3/7, 1060 Wien", "Mariahilfer Str. 12/3/7, 1060 Wien"),
    ("Bahnhofstr. 10, 8001 Zürich", "Bahnhofstr. 10, 8001 Zürich"),
    ("Am Markt 3, 28195 Bremen", "Am Markt 3, 28195 Bremen"),
    ("Postfach 12 34, 80331 München", "Postfach 12 34, 80331 München"),
    # Dutch and Belgian
    ("Keizersgracht 123-II, 1015 CJ Amsterdam", "Keizersgracht 123-II, 1015 CJ Amsterdam"),
    ("Oudegracht 45 bis, 3511 AB Utrecht", "Oudegracht 45 bis, 3511 AB Utrecht"),
    ("Wetstraat 16, 1000 Brussel", "Wetstraat 16, 1000 Brussel"),
    ("Rue de la Loi 16, 1000 Bruxelles", "Rue de la Loi 16, 1000 Bruxelles"),
    # Polish: ul. / al. / os., flat after "m.", postcode NN-NNN
    ("Adres: ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa", "ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa"),
    ("al. Jerozolimskie 44, 00-024 Warszawa", "al. Jerozolimskie 44, 00-024 Warszawa"),
    ("os. Kościuszkowskie 5/12, 61-001 Poznań", "os. Kościuszkowskie 5/12, 61-001 Poznań"),
    # Portuguese and Irish (postal district and Eircode)
    ("Morada: Rua Augusta 100, 1100-053 Lisboa", "Rua Augusta 100, 1100-053 Lisboa"),
    ("Send it to 12 Main Street, Dublin 2, D02 X285", "12 Main Street, Dublin 2, D02 X285"),
    # a street without a number is an address when a postcode with its town follows
    ("Main Street, Ballina, Co. Mayo, F26 X2Y3", "Main Street, Ballina, Co. Mayo, F26 X2Y3"),
    # over several lines
    ("Signora Rossi\nVia Cavour, 11\n50132 Firenze (FI)\nItalia", "Via Cavour, 11\n50132 Firenze (FI)\nItalia"),
]

NOT_ADDRESSES = [
    # trade fairs, rooms, document parts
    "Visit us at Hall 4, Stand B21 during the fair.",
    "Visit our booth: Hall 4, Stand B21, Messe Frankfurt, 60327 Frankfurt",
    "Besuchen Sie uns in Halle 4, Stand B21.",
    "Vieni al Padiglione 4, Stand B21.",
    "See Chapter 3, Section 12 for details.",
    "Siehe Kapitel 3, Abschnitt 12 und Anhang 2.",
    "The meeting is in Room 4, Building 2.",
    "Meeting in Room 4, 2nd floor, Building B.",
    "Level 3, Block 4, Sprint 12",
    "Platform 9, Gate 12, Terminal 2",
    # a date line above a heading
    "12 March 2024\nQuarterly Report",
    "Tuesday, 14 May 2024\n## Release notes",
    "Milano, 3 maggio 2024\nOggetto: preventivo",
    # versions and products with numbers
    "We upgraded to Python 3.11, Django 5.0 and Node 20.",
    "Windows 11 Pro, Build 22631",
    "Nova Smart Thermostat 2, Paris edition",
    "The Model 3, Model Y and Galaxy S24 Ultra are on sale.",
    "Top 10, Stand 2024",
    # a street-type word used as an ordinary word
    "Via Email 24 hours a day.",
    # table cells and code
    "| Product | Version | Qty |\n|---|---|---|\n| Nova Smart Thermostat | 2 | 14 |\n| Gemini Ultra | 1 | 3 |",
    "Name | Seats\nAlpha Suite 4 | 12\nBeta Suite 2 | 8",
    'route = Route("/items", handler, 3)\nplace = Place(name, 12)\nstreet = Street(12, 4)',
    "services:\n  db:\n    image: postgres:16\n    replicas: 3",
    "for i in range(10):\n    x = foo(i, 3)",
    # a year after a company name
    "During 1971, Mayo-Walters invested in steel.",
]


@pytest.mark.parametrize(("text", "address"), EU_ADDRESSES)
def test_eu_address_is_one_finding_from_street_to_town(
    found: Callable[[str], dict[str, list[str]]], text: str, address: str
) -> None:
    assert found(text).get("STREET_ADDRESS") == [address], found(text)


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_numbered_things_dates_versions_and_code_are_not_addresses(
    found: Callable[[str], dict[str, list[str]]], text: str
) -> None:
    assert "STREET_ADDRESS" not in found(text), found(text)


def test_name_and_number_alone_needs_an_address_label_in_any_language(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    assert found("Adresse: Tylova 285")["STREET_ADDRESS"] == ["Tylova 285"]
    assert found("Mieszka przy Tylova 285")["STREET_ADDRESS"] == ["Tylova 285"]
    assert "STREET_ADDRESS" not in found("Tylova 285")


def test_postcode_and_town_alone_are_not_a_street_address(found: Callable[[str], dict[str, list[str]]]) -> None:
    # Without a street line a postcode with its town is a place, not a person's address; a postcode
    # announced as one is reported as POSTAL_CODE by the contact recognizer.
    assert "STREET_ADDRESS" not in found("Our new office opens in 48011 Bilbao next year.")
    assert found("PLZ: 10115")["POSTAL_CODE"] == ["10115"]


def test_unit_between_street_and_town_keeps_the_address_in_one_finding(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    text = "Mariahilfer Str. 12, Top 7, 1060 Wien"
    assert found(text)["STREET_ADDRESS"] == [text]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Number + a street name without a type word, closed by a comma: with a label or a postcode and town after.
        ("Home address: 51 Broadway, Leeds LS1 3AB\nMandatory training starts Monday.", "51 Broadway, Leeds LS1 3AB"),
        ("Ship it to 14 Queensway, London W2 3RX please", "14 Queensway, London W2 3RX"),
        # Dutch "Laan van …" puts the type first; a house number may carry a letter after a dash.
        (
            "Het pakket moet naar Laan van Meerdervoort 109-A\n2517 AB Den Haag. Kandidaat: Joost",
            "Laan van Meerdervoort 109-A\n2517 AB Den Haag",
        ),
        ("Adres: Keizersgracht 123-b, 1015 CJ Amsterdam", "Keizersgracht 123-b, 1015 CJ Amsterdam"),
    ],
)
def test_street_lines_without_a_type_word_or_with_a_lettered_number(
    found: Callable[[str], dict[str, list[str]]], text: str, address: str
) -> None:
    assert found(text).get("STREET_ADDRESS") == [address], found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A year after a month, then an e-mail whose local part starts with "u." (Hungarian "u." = utca).
        "Zur Prüfung: Geburtsdatum 5. April 1998, E-Mail u.schneider@example.de.",
        "Released on 3 March 2024, Version 2 follows",
        "We sold 51 Units, London office included.",
        "51 Broadway shows, a record season",
    ],
)
def test_a_year_or_a_count_before_capitalised_words_is_no_street(
    found: Callable[[str], dict[str, list[str]]], text: str
) -> None:
    assert "STREET_ADDRESS" not in found(text), found(text)


def test_a_count_that_ends_a_sentence_is_no_street_before_the_next_paragraph(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    text = "Wir bräuchten etwa 25 Lizenzen.\n\nDie Karte 4111-1111 wurde belastet."
    assert "STREET_ADDRESS" not in found(text), found(text)
    assert "STREET_ADDRESS" not in found("Wir bräuchten etwa 25 Lizenzen,\n\nDie Karte 4111-1111 wurde belastet.")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A street type in lower case inside a sentence, before a capitalised name (French, Belgian, Italian).
        (
            "Envoyez le colis à mon adresse : boulevard des Capucines 18, 69002 Lyon.",
            "boulevard des Capucines 18, 69002 Lyon",
        ),
        ("Elle est domiciliée au chemin Vert 7, 1000 Lausanne.", "chemin Vert 7, 1000 Lausanne"),
        ("Bâtiment B, 44 chaussée de Louvain, 1030 Schaerbeek.", "Bâtiment B, 44 chaussée de Louvain, 1030 Schaerbeek"),
        # An elided article or preposition in the street name.
        (
            "Abito in Piazza dell'Unità d'Italia 3, 34121 Trieste (TS).",
            "Piazza dell'Unità d'Italia 3, 34121 Trieste (TS)",
        ),
        # A dash before the postcode, a province code closing the sentence.
        ("Sede legale: Via Nazario Sauro, 19 - 40121 Bologna BO.", "Via Nazario Sauro, 19 - 40121 Bologna BO"),
        # The number sign before the house number ("nº", which NFKC turns into "no").
        (
            "Dirección: Avenida de América, nº 52, 2º izda., 28028 Madrid",
            "Avenida de América, nº 52, 2º izda., 28028 Madrid",
        ),
        # Dutch towns after an elided article.
        ("Mijn adres: Kerkstraat 12, 1234 AB 's-Gravenhage.", "Kerkstraat 12, 1234 AB 's-Gravenhage"),
        # A French label with a space before its colon ends the address.
        ("Jean Dupont\n12 rue des Lilas\n75011 Paris\nPortable : 06 12 34 56 78", "12 rue des Lilas\n75011 Paris"),
    ],
)
def test_sentence_grammar_of_romance_and_dutch_addresses(
    found: Callable[[str], dict[str, list[str]]], text: str, address: str
) -> None:
    assert found(text).get("STREET_ADDRESS") == [address], found(text)


@pytest.mark.parametrize(
    "text",
    [
        # "apartado" is a section as well as a post box: lower case, no town after it.
        "Consulta el reglamento interno, apartado 4, antes de desplegar.",
        # Trade-fair pavilions and stands in English and French.
        "Come and meet us at Pavilion 3, stand C-12, all week.",
        "Retrouvez-nous au Pavillon 2, stand A-7.",
        # Dutch nouns in "-ering" are no "…ring" streets; a date after a number is no house number.
        "Agenda bestuursvergadering 14 maart 2024: begroting.",
        "Levering 1204: de pallets zijn onderweg.",
        "Notulen ledenvergadering 2025/08/23: geen besluiten.",
        # The last group of a reference number with a leading zero is no house number.
        "Kundennummer 078 221 345, Vertrag ABC/2026/11: bitte prüfen.",
    ],
)
def test_sections_stands_nouns_dates_and_references_are_not_addresses(
    found: Callable[[str], dict[str, list[str]]], text: str
) -> None:
    assert "STREET_ADDRESS" not in found(text), found(text)


def test_a_post_box_with_its_town_is_an_address_in_any_case(found: Callable[[str], dict[str, list[str]]]) -> None:
    assert found("Apartado 1234, 28080 Madrid")["STREET_ADDRESS"] == ["Apartado 1234, 28080 Madrid"]
