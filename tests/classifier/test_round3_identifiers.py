"""Round 3 (identifiers, credentials, precision): classes found on an independent author's corpus, in wording of
our own and with values of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine
from classifier.levels import SensitivityLevel

Found = Callable[[str], dict[str, list[str]]]


# -- credentials -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("# ~/.pgpass\ndb-primary.intra:5432:ledger:report_ro:Quartz!Fox71\n", "Quartz!Fox71"),
        ("10.0.4.2:6432:*:etl:kl33n+sunset", "kl33n+sunset"),
    ],
)
def test_the_password_field_of_a_pgpass_line(found: Found, text: str, value: str) -> None:
    assert value in found(text).get("PASSWORD", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "WARN:gateway:retry:upstream:timeout",  # a log line: the fifth field is a word
        "12:30:45:10:20",  # clock-like numbers
    ],
)
def test_colon_separated_lines_that_are_no_pgpass_entry(found: Found, text: str) -> None:
    assert "PASSWORD" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My temporary password Harbor!72 was rejected twice.", "Harbor!72"),
        ("Das vorläufige Passwort Kranich_2023 geht nicht mehr.", "Kranich_2023"),
        ("Mon mot de passe temporaire Lavande#19 est refusé.", "Lavande#19"),
        ("La password provvisoria Gabbiano88! non viene accettata.", "Gabbiano88!"),
        ("Mi contraseña inicial Faro$2020 no sirve.", "Faro$2020"),
        ("Het tijdelijke wachtwoord Molen4Wind? wordt geweigerd.", "Molen4Wind?"),
        ("Hasło jednorazowe Bocian_551 nie przechodzi.", "Bocian_551"),
    ],
)
def test_a_password_stated_right_after_its_term_without_a_copula(found: Found, text: str, value: str) -> None:
    assert value in found(text).get("PASSWORD", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The password SHA256-hashed is what the table keeps.",
        "Enter the password 2FA-code sent by SMS.",
        "Your new password policy v2-beta starts Monday.",
        "La contraseña provisional caducó ayer.",
    ],
)
def test_words_after_a_password_term_are_no_password(found: Found, text: str) -> None:
    assert "PASSWORD" not in found(text), found(text)


# -- identifiers and their labels --------------------------------------------


@pytest.mark.parametrize(
    ("entity_type", "text", "value"),
    [
        ("PT_NIF", "Please add my Portuguese taxpayer number 123456789 to the invoice.", "123456789"),
        ("DE_TAX_ID", "Meine Steuer-Identnummer ist 86 095 742 719.", "86 095 742 719"),
        ("AT_SVNR", "Sozialvers.-Nr.: 1237 010180", "1237 010180"),
    ],
)
def test_ids_after_the_labels_people_write(found: Found, entity_type: str, text: str, value: str) -> None:
    findings = found(text)
    assert value in findings.get(entity_type, []), findings
    assert "PHONE_NUMBER" not in findings, findings


@pytest.mark.parametrize(
    "text",
    [
        "Thank you: your donation 482-7731-905 has been received.",
        "Die Nebenkostenabrechnung 3021448870 kommt im März.",
        "Le reçu fiscal pour le don 618-2290-344 arrive en janvier.",
        "La donazione 771-0934-218 è stata registrata.",
        "El certificado de donación 205-6612-993 se envía en enero.",
        "De ontvangstbevestiging voor gift 391-4478-026 volgt per post.",
        "Potwierdzenie darowizny 530-2219-871 wyślemy w lutym.",
    ],
)
def test_donation_and_statement_numbers_are_no_phones(found: Found, text: str) -> None:
    assert "PHONE_NUMBER" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Votre colis 4532015112830366 attend au point relais.",
        "Su envío 4532015112830366 está en la oficina de correos.",
        "Ihr Paket 4532015112830366 liegt in der Filiale.",
    ],
)
def test_a_parcel_number_that_passes_luhn_is_no_card(found: Found, text: str) -> None:
    assert "CREDIT_CARD" not in found(text), found(text)


def test_a_card_named_as_a_card_next_to_a_parcel_word_stays_a_card(found: Found) -> None:
    text = "Paket bezahlt mit Karte 4532015112830366."
    assert "4532015112830366" in found(text).get("CREDIT_CARD", []), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Could you confirm your date of birth (14.02.1979) for payroll?", "14.02.1979"),
        ("Data urodzenia: 3 XI 1984", "3 XI 1984"),
        ('{"dob": "17 IV 1990"}', "17 IV 1990"),
        ("Para el formulario: nací el 1981-09-30.", "1981-09-30"),
        ("Sono nata il 02/05/1977 a Bari.", "02/05/1977"),
    ],
)
def test_birth_dates_in_parentheses_roman_months_and_first_person(found: Found, text: str, value: str) -> None:
    assert value in found(text).get("DATE_OF_BIRTH", []), found(text)


# -- addresses ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "rispedire a Via Garibaldi n. 18, int. 3, 10122 Torino TO grazie",
            "Via Garibaldi n. 18, int. 3, 10122 Torino TO",
        ),
        ("residente in Via Roma, 22/C \u2013 40121 Bologna", "Via Roma, 22/C \u2013 40121 Bologna"),
        ("nuovo indirizzo: Vico Storto n. 5, 80138 Napoli", "Vico Storto n. 5, 80138 Napoli"),
        ("domicilié boulevard Voltaire, 12, B-1000 Bruxelles", "boulevard Voltaire, 12, B-1000 Bruxelles"),
        ("envoyez à 12 B, rue des Lilas, 75011 Paris svp", "12 B, rue des Lilas, 75011 Paris"),
        ("mandad las llaves a Rúa do Franco, s/n, 15702 Santiago", "Rúa do Franco, s/n, 15702 Santiago"),
    ],
)
def test_italian_belgian_french_and_galician_address_lines(found: Found, text: str, value: str) -> None:
    assert value in found(text).get("STREET_ADDRESS", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Mietwagen steht auf Stellplatz 7 bereit.",
        "Grüße, Jana (Wohnung 2. OG rechts)",
        "Achtung: Am 14. Okt. 2025 wird das Wasser abgestellt.",
        "Ferienlager für Kinder von 8 bis 12 Jahren, Anmeldung bis 2026-04-30.",
        "EXPERIENCE\n2017\u20132024  Night Manager, Hotel Adler\n2012\u20132017  Receptionist",
    ],
)
def test_parking_spaces_flats_dates_and_ranges_are_no_addresses(found: Found, text: str) -> None:
    assert "STREET_ADDRESS" not in found(text), found(text)


def test_a_parcel_text_without_personal_data_stays_at_most_internal(engine: CustosEngine) -> None:
    text = "Ihr Paket 4532015112830366 liegt in der Filiale; die Heizkostenabrechnung 3021448870 folgt."
    assert engine.classify(text).level <= SensitivityLevel.INTERNAL


# -- names that are no people, people that stay people ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your courtesy car (Peugeot 208 or similar) waits at bay 3.",  # vehicle makes and models
        "Rent a Skoda Fabia from EUR 39 a day.",
        "Best wishes,\nNorthgate Customer Relations",  # a department signs
        "From: Claims Mailbox\nSent: Wed Mar 11 09:02:44 2026\nSubject: your claim",  # a C-style date
        "Vacancy: Warehouse Handler (nights), 40 hours, in the Leeds office.",  # a job title, a site
        "Nice to have: experience with Linkerd or Keda.",  # cloud-native tools
        "Meet Otto Route Telematics: your fleet, live on one map.",  # a product word at the end
        "Try Ida Self-service Kiosk at the entrance.",  # a hyphenated product name
        "Patient mit Verdacht auf Morbus Bechterew überwiesen.",  # a medical eponym
        "Medizinische Fachangestellte gesucht, Teilzeit möglich.",  # German adjective and noun
        "Professionelle Zahnaufhellung jetzt auch abends.",
        "Besitzer der Katze (Mimi): bitte vor der Narkose anrufen.",  # a pet
        "Owner of the dog (Bella): call before surgery.",
        "Con Qwen-VL, il nostro assistente legge le foto.",  # a model with a code
    ],
)
def test_makes_departments_dates_titles_products_eponyms_and_pets_are_no_people(found: Found, text: str) -> None:
    assert "PERSON" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marco Ferrari hat heute angerufen.", "Marco Ferrari"),  # a surname that is also a make
        ("Votre code promo, Céline : -10 % sur la commande, propulsé par Mistral.", "Céline"),
        ("Please take a seat, Anna, the doctor is coming.", "Anna"),
        ("Owner of the dog: Clara Weiss, 0151 2345678.", "Clara Weiss"),  # the owner is a person
    ],
)
def test_people_next_to_makes_products_and_pets_stay_people(found: Found, text: str, name: str) -> None:
    assert any(name in value for value in found(text).get("PERSON", [])), found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('{\n  "id": 41,\n  "full_name": "Teodora Maas",\n  "plan": "basic"\n}', "Teodora Maas"),  # a JSON record
        ("INSERT INTO members (id, nome, email) VALUES\n  (7, 'Ottavio Riva', 'o@example.org');", "Ottavio Riva"),
        ("id;naam;start\n12;Wobbe Kramer;2024-03-01\n13;Jelte Smit;2024-04-01", "Jelte Smit"),  # a CSV table
        ("| Field | Value |\n|---|---|\n| Name | Hope Marsh |\n| Phone | n/a |", "Hope Marsh"),  # a table row
        ("Candidate: Hunter Blake\nEmail: hb@example.org", "Hunter Blake"),  # a label line, not a headline
        ("Hoi Sjaak,\n\nDank voor je bericht.", "Sjaak"),  # greetings before names that are also words
        ("Hello Amadou, the keys are at the desk.", "Amadou"),
        ("Bonjour Constant,\n\nvotre dossier est complet.", "Constant"),
        ("Graag storten t.n.v. Harm Kramer.", "Harm Kramer"),  # account holders
        ("Rimborso sull'IBAN intestato a Viola Neri.", "Viola Neri"),
        ("Unsere Pressesprecherin Urs Lindner ist erreichbar.", "Urs Lindner"),  # role nouns
        ("Lokatorka Ludmiła Chmiel zgłasza usterkę.", "Ludmiła Chmiel"),
        ("Mijn dochter: Freek Mulder, 06-12345678.", "Freek Mulder"),  # popular names wordfreq counts as words
        ("Rzeczniczka Ireneusz Wilk odpowie na pytania.", "Ireneusz Wilk"),
        ("I can't lift boxes until March. \u2013 Obinna\nThe canteen opens at 8.", "Obinna"),  # a dash sign-off
        ("Best wishes,\nSent by Hope via the residents' app", "Hope"),
    ],
)
def test_names_in_records_greetings_account_holders_and_after_role_nouns(found: Found, text: str, name: str) -> None:
    assert any(name in value for value in found(text).get("PERSON", [])), found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "Customer Portal", "hostname": "Edge Node", "product_name": "Otto Lamp"}',
        '[application]\nconfig/name="Copper Lantern"\nconfig/version="2.1.0"',  # a program's setting
        '{"name": "Copper Lantern", "version": "1.0.3"}',  # a bare name field holding no known name
        "name,version,licence\nDjango Rest,3.15,BSD",
        "Hello World!",
        "Hi all, welcome Back to the office.",
    ],
)
def test_record_fields_and_greetings_that_name_no_person(found: Found, text: str) -> None:
    assert "PERSON" not in found(text), found(text)
