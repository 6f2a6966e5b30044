"""Phone numbers, dates of birth and postcodes: what is found (exact span) and what is not, in seven languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

NOT_PHONES = [
    # Reference numbers named by their label, in each language.
    "Customer number 8819721",
    "Invoice INV-2024-5253 is overdue",
    "Your order 36079532 has shipped",
    "Policy number 88 1972 1003 renewed",
    "Contract no. 2023/4455/77",
    "Ticket #4481923 was closed",
    "Bestellung 36079532 wurde versandt",
    "Rechnungsnummer 4711-2024-0815",
    "Ihre Kunden-Nr.: 8819721",
    "Vorgangsnummer 5521 3387 bearbeitet",
    "Votre numéro de commande 45810377 est confirmé",
    "Facture n° 2024 0045 8812",
    "Il numero d'ordine 5521 3387 è stato spedito",
    "Polizza n. 88 1972 1003",
    "Su número de pedido 70412288 ha sido enviado",
    "Uw bestelnummer 20394857 is verzonden",
    "Factuurnummer: 2024 5566 77",
    "Numer zamówienia 8812 3345 12",
    "Faktura nr 2024/05/12345",
    # Postcodes, timestamps, durations, hashes, versions, prices, quantities, code values.
    "Rua das Flores 12, 4123-973 Porto",
    "Av. Paulista 1000, 01310-100 São Paulo",
    "Build finished at 2024-03-12 14:22:05 after 00:03:12",
    "timestamp 1710251234",
    "created_at=1710251234",
    "The job took 3600000 ms",
    "commit 4821937 fixed the build",
    "version 10.22.1003 released",
    "Total € 1 299 000 and 12.345.678,90 EUR",
    "Preis: 1 299 000 EUR",
    "quantity 12 500 000 units",
    '{"order_id": 36079532, "count": 1234567}',
    "orderId: 36079532",
    "uid=1000710000 gid=0",
    "Content-Length: 1234567",
    "coordinates 52.5200066, 13.404954",
    "lat: 48.8566140 lon: 2.3522219",
    "Stellenanzeige 42575839 ist online",
    "Vacature 32229622: de voorselectie is gestart",
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_numbers_that_are_no_phone_are_not_reported_as_phone(
    found: Callable[[str], dict[str, list[str]]], text: str
) -> None:
    assert "PHONE_NUMBER" not in found(text)


PHONES = [
    ("Tel.: 030 12345678", "030 12345678"),
    ("Telefon: +49 30 12345678", "+49 30 12345678"),
    ("Handy 0171 2345678", "0171 2345678"),
    ("Meine Handynummer ist 0171 2345678", "0171 2345678"),
    ("Tel +43 1 23456789", "+43 1 23456789"),
    ("Tel +41 44 123 45 67", "+41 44 123 45 67"),
    ("téléphone : 01 23 45 67 89", "01 23 45 67 89"),
    ("portable 06 12 34 56 78", "06 12 34 56 78"),
    ("cellulare 347 123 4567", "347 123 4567"),
    ("teléfono 912 345 678", "912 345 678"),
    ("móvil 612 34 56 78", "612 34 56 78"),
    ("telefoon 020 123 4567", "020 123 4567"),
    ("Bel me op 06-12345678", "06-12345678"),
    ("komórka 512 345 678", "512 345 678"),
    ("Tel. +48 22 123 45 67", "+48 22 123 45 67"),
    ("Tel +353 1 234 5678", "+353 1 234 5678"),
    ("Tel +32 2 123 45 67", "+32 2 123 45 67"),
    ("Tel: +351 21 123 4567", "+351 21 123 4567"),
    ("Please call the customer on 0171 2345678.", "0171 2345678"),
    ('phone_number = "0171 2345678"', "0171 2345678"),
    ("Call (898)666-3621x0135", "(898)666-3621x0135"),
]


@pytest.mark.parametrize(("text", "value"), PHONES)
def test_phone_numbers_in_national_formats_are_found_with_their_exact_span(
    found: Callable[[str], dict[str, list[str]]], text: str, value: str
) -> None:
    assert found(text).get("PHONE_NUMBER") == [value]


def test_reference_number_and_phone_in_one_line_only_the_phone_is_a_phone(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    result = found("Kundennummer: 8819721, Telefonnummer: 030 1234567")
    assert result.get("PHONE_NUMBER") == ["030 1234567"]


def test_german_digits_without_the_trunk_zero_are_no_german_phone(found: Callable[[str], dict[str, list[str]]]) -> None:
    # "36079532" parses as a German number only when written without its 0; people write "030 ...".
    assert "PHONE_NUMBER" not in found("Lieferschein 36079532 liegt bei")
    assert "PHONE_NUMBER" not in found("Batch 1710251234 failed")


DATES_OF_BIRTH = [
    ("DOB: 12/03/1985", "12/03/1985"),
    ("born in Leeds on 3 March 1985", "3 March 1985"),
    ("Geburtsdatum: 12.03.1985", "12.03.1985"),
    ("geboren am 12. März 1985 in Graz", "12. März 1985"),
    ("geboren in Wien am 12.03.1985", "12.03.1985"),
    ("Max Muster, geb. 12.3.1985", "12.3.1985"),
    ("née le 12 mars 1985 à Lyon", "12 mars 1985"),
    ("né à Lyon le 1er mars 1985", "1er mars 1985"),
    ("Date de naissance : 12/03/1985", "12/03/1985"),
    ("nato il 12/03/1985", "12/03/1985"),
    ("nata a Roma il 12 marzo 1985", "12 marzo 1985"),
    ("data di nascita: 12-03-1985", "12-03-1985"),
    ("fecha de nacimiento: 12 de marzo de 1985", "12 de marzo de 1985"),
    ("nacida en Madrid el 12/03/85", "12/03/85"),
    ("geboortedatum 12-03-1985", "12-03-1985"),
    ("geboren op 12 maart 1985", "12 maart 1985"),
    ("data urodzenia: 12 marca 1985", "12 marca 1985"),
    ("urodzony w Krakowie dnia 12.03.1985", "12.03.1985"),
    ("ur. 1985-03-12", "1985-03-12"),
]


@pytest.mark.parametrize(("text", "value"), DATES_OF_BIRTH)
def test_date_of_birth_label_in_each_language_reports_the_date(
    found: Callable[[str], dict[str, list[str]]], text: str, value: str
) -> None:
    assert found(text).get("DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize(
    "text",
    ["Die Besprechung ist am 12.03.1985", "La réunion du 12 mars 1985", "Fattura del 12 marzo 1985", "1985-03-12"],
)
def test_a_date_without_a_birth_label_is_no_date_of_birth(
    found: Callable[[str], dict[str, list[str]]], text: str
) -> None:
    assert "DATE_OF_BIRTH" not in found(text)


def test_a_number_glued_to_the_phone_is_left_out_of_it(found: Callable[[str], dict[str, list[str]]]) -> None:
    # "58 %" follows the phone in a press line: the phone is found without the percentage.
    assert found("Pressekontakt: anna@example.de, 010 865 8451 58 % Rabatt").get("PHONE_NUMBER") == ["010 865 8451"]
    assert found("Kontakt +49 30 1234567 30 % Rabatt").get("PHONE_NUMBER") == ["+49 30 1234567"]


def test_a_date_in_front_of_a_phone_is_left_out_of_it(found: Callable[[str], dict[str, list[str]]]) -> None:
    assert found("Rückruf 12.03.2024 0171 2345678").get("PHONE_NUMBER") == ["0171 2345678"]


def test_an_international_number_without_spaces_next_to_a_phone_word_is_a_phone(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    assert found("+447700677662 mobile").get("PHONE_NUMBER") == ["+447700677662"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Luogo e data di nascita: Roma, 23/03/1973", "23/03/1973"),
        ("Lieu et date de naissance : Lyon, 12 mars 1985", "12 mars 1985"),
        ("Lugar y fecha de nacimiento: Madrid, 12/03/1985", "12/03/1985"),
    ],
)
def test_place_and_date_of_birth_reports_the_date_only(
    found: Callable[[str], dict[str, list[str]]], text: str, value: str
) -> None:
    assert found(text).get("DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ('{"hotel_id": 36079532, "customerPhone": "0171 2345678"}', "0171 2345678"),
        ("Servicerufnummer: 0221 2345678, Vorgangsnummer: 0221 2345679", "0221 2345678"),
    ],
)
def test_code_keys_and_compounds_name_a_phone_by_their_parts(
    found: Callable[[str], dict[str, list[str]]], text: str, phone: str
) -> None:
    assert found(text).get("PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PLZ 10115 Berlin", "10115"),
        ("code postal : 75001", "75001"),
        ("CAP 50132", "50132"),
        ("código postal 28013", "28013"),
        ("postcode 1012 AB", "1012 AB"),
        ("kod pocztowy 00-950", "00-950"),
        ("código postal 4123-973", "4123-973"),
        ("Eircode D02 X285", "D02 X285"),
    ],
)
def test_postcode_after_its_label_in_each_language(
    found: Callable[[str], dict[str, list[str]]], text: str, value: str
) -> None:
    assert value in found(text).get("POSTAL_CODE", [])


def test_postcode_label_keeps_a_long_postcode_from_reading_as_a_phone(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    assert "PHONE_NUMBER" not in found("Kod pocztowy: 1234567")


def test_a_phone_on_the_line_above_a_word_is_not_taken_for_an_amount(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    # "s." on the next line is no unit of seconds.
    text = "Mobiel: 06-80735481\ns.deboer@example.com"
    assert found(text).get("PHONE_NUMBER") == ["06-80735481"]


def test_a_version_number_before_a_date_is_no_phone(found: Callable[[str], dict[str, list[str]]]) -> None:
    assert "PHONE_NUMBER" not in found("Webinar mit Llama 3 am 19.02.2025 um 13:00")
    assert found("Tel. 0171 2345678 19.02.2025").get("PHONE_NUMBER") == ["0171 2345678"]


@pytest.mark.parametrize(
    "text",
    [
        # Polish declines its nouns: "umowę" (accusative) names the contract as well as "umowa" does.
        "Czy mogą Państwo przesłać ponownie umowę 418.552.907?",
        "Proszę sprawdzić fakturę 502 118 334 jeszcze raz.",
        "W zamówieniu 604 221 870 brakuje jednej pozycji.",
        # Business register and VAT numbers, with their labels.
        "REGON 123456785, KRS 0000123456",
        "Firma: Techbud Sp. z o.o., numer KRS 0000456781",
        "Handelsregister HRB 123456789, USt-IdNr. folgt",
        "SIRET 732 829 320 00074",
        "KvK-nummer 69599084",
        "Partita IVA 0123456789 1",
    ],
)
def test_inflected_and_business_register_labels_name_the_number_no_phone(
    found: Callable[[str], dict[str, list[str]]], text: str
) -> None:
    assert "PHONE_NUMBER" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Request failed (request id 09413115-9f0b-4929-a3af-56e9d689ee82).",
        "Seriennummer? Nein: 0171234567-AB steht auf dem Gerät",
    ],
)
def test_digits_glued_to_a_code_after_them_are_no_phone(
    found: Callable[[str], dict[str, list[str]]], text: str
) -> None:
    assert "PHONE_NUMBER" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Examples (fictitious): 021234568, 381789045, 721234567",
        "Telefon (np. 601 234 567)",
        "Enter the number with its country code, e.g. +49 30 12345678 or +49 40 2345678.",
        "Format: +33 1 23 45 67 89",
        "Geben Sie die Nummer ein, z. B. 0171 2345678",
        "Numéro de téléphone, par exemple 06 12 34 56 78",
        "Inserire il numero, ad esempio 347 123 4567",
        "Introduzca el número, por ejemplo 612 34 56 78",
        "Vul je nummer in, bijvoorbeeld 06-12345678",
    ],
)
def test_a_number_presented_as_an_example_is_no_phone(found: Callable[[str], dict[str, list[str]]], text: str) -> None:
    assert "PHONE_NUMBER" not in found(text)


def test_a_phone_after_an_example_list_or_a_reference_is_still_found(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    assert found("For example, call me at 0171 2345678.").get("PHONE_NUMBER") == ["0171 2345678"]
    assert found("REGON 123456785, tel. 601 234 567").get("PHONE_NUMBER") == ["601 234 567"]
    assert found("Umowę podpisałem. Mój numer to 601 234 567.").get("PHONE_NUMBER") == ["601 234 567"]


def test_a_polish_tax_number_in_its_printed_shape_is_no_phone_when_its_check_digit_holds(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    # 526-104-08-28 is a valid NIP (weights 6,5,7,2,3,4,5,6,7 mod 11); without a label it would read as a phone.
    assert "PHONE_NUMBER" not in found("Dane firmy: 526-104-08-28, Warszawa")
    assert "PHONE_NUMBER" not in found("Firma Techbud, 526-10-40-828")
    # The same shape with a wrong check digit stays a phone next to a phone word.
    assert found("Tel. 526-104-08-29").get("PHONE_NUMBER") == ["526-104-08-29"]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        # A key=value pair in a log line or a query string: the key and the next parameter are not the address.
        ('"GET /newsletter/optin?email=greta.holm@posteo.de&token=77ab HTTP/1.1" 200', "greta.holm@posteo.de"),
        ("2025-01-02 INFO login ok uid=7 mail=j.vermeer.12@ziggo.nl ip=10.0.0.8", "j.vermeer.12@ziggo.nl"),
        ("Contact: o'neill.kate+shop@example.co.uk, thanks", "o'neill.kate+shop@example.co.uk"),
    ],
)
def test_email_in_logs_and_query_strings_is_the_address_only(
    found: Callable[[str], dict[str, list[str]]], text: str, email: str
) -> None:
    assert found(text).get("EMAIL_ADDRESS") == [email], found(text)


def test_an_email_without_a_public_suffix_is_not_an_email(found: Callable[[str], dict[str, list[str]]]) -> None:
    assert "EMAIL_ADDRESS" not in found("ping admin@localhost or build@ci.internal123")


@pytest.mark.parametrize(
    "text",
    [
        "Depuis 1729377002 l'export échoue.",
        "1715056632 WARN worker retry 2/5",
        "Seit 1704787911 bricht der Import ab.",
    ],
)
def test_a_unix_time_is_no_phone(found: Callable[[str], dict[str, list[str]]], text: str) -> None:
    assert "PHONE_NUMBER" not in found(text), found(text)


def test_a_ten_digit_block_after_a_phone_label_is_still_a_phone(found: Callable[[str], dict[str, list[str]]]) -> None:
    assert found("Tel.: 1123456789")["PHONE_NUMBER"] == ["1123456789"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # The country code in parentheses belongs to the number.
        ("De tarde estoy en el (+34) 612 345 678, gracias.", "(+34) 612 345 678"),
        # A "+" and a country code make a phone even where no allocated range holds the digits.
        ("Persvragen: Anouk de Vries, +31 6 97420287, anouk@example.nl", "+31 6 97420287"),
    ],
)
def test_international_notation_is_a_phone(found: Callable[[str], dict[str, list[str]]], text: str, phone: str) -> None:
    assert found(text).get("PHONE_NUMBER") == [phone], found(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Contact:\n085 175 7641-Office\\,3660170548-Fax", "085 175 7641"),
        ("Reach her on 020 7946 0958-Mobile during the day.", "020 7946 0958"),
    ],
)
def test_a_line_word_glued_after_a_phone_is_no_code(
    found: Callable[[str], dict[str, list[str]]], text: str, phone: str
) -> None:
    assert phone in found(text).get("PHONE_NUMBER", [])
