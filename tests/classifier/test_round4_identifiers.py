"""Round 4 (identifiers and precision on free-form text): classes seen in hand-written texts, in wording of our
own and with values of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine
from classifier.levels import SensitivityLevel
from classifier.redaction import redact

Found = Callable[[str], dict[str, list[str]]]


# -- passwords stated in prose ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quick one: the password for the lab printer? is it still Otter-Grey-2023 or did IT change it?", "Otter"),
        ("Das Kennwort fürs Lager-WLAN? Ich dachte, es wäre immer noch Fichte#Nord19.", "Fichte#Nord19"),
        ("salut, le mot de passe du portail RH ? c'est toujours Moulin-Vert-2022 ?", "Moulin-Vert-2022"),
        ("ciao, la password della VPN è ancora Faro#Sud31? non funziona", "Faro#Sud31"),
        ("oye, ¿la contraseña del portal? la pusieron en Olivo_2023! creo", "Olivo_2023!"),
        ("Het wachtwoord van de testomgeving? Fiets!Dijk2023 doet het niet", "Fiets!Dijk2023"),
        ("Hasło do poczty zmieniłem na Sosna2019!, działa?", "Sosna2019!"),
    ],
)
def test_a_password_near_its_term_in_a_question_or_report(found: Found, text: str, value: str) -> None:
    passwords = found(text).get("PASSWORD", [])
    assert any(value in p for p in passwords), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mot de passe oublié ? Nous sommes passés à DeepSeek-V3 hier.",  # a model name, one digit
        "Password reset guide for Ubuntu-22.04 hosts.",  # a version
        "Forgot your password? Write to Jane-Doe@example.org for help.",  # a mail address
        "Das Passwort steht im Tresor.\nModell: Mixtral-8x7B-Instruct",  # another line
        "Password policy: see https://Wiki.example.com/Policy-2024 for details.",  # a link
    ],
)
def test_shaped_words_near_a_password_term_that_are_no_password(found: Found, text: str) -> None:
    assert "PASSWORD" not in found(text), found(text)


def test_a_shell_error_message_after_a_password_variable_is_no_value(engine: CustosEngine) -> None:
    text = 'export PGPASSWORD="${PGPASSWORD:?set PGPASSWORD before running the backup}"\n'
    assert engine.classify(text).level <= SensitivityLevel.INTERNAL


def test_the_auth_token_of_a_twilio_client_in_node(found: Found) -> None:
    text = 'const sms = twilio("AC0d4e8f1a2b3c4d5e6f7a8b9c0d1e2f3a", "7c1e9a0b4d2f6e8a1c3b5d7f9e0a2c4b");'
    assert found(text).get("API_KEY") == ["7c1e9a0b4d2f6e8a1c3b5d7f9e0a2c4b"], found(text)


# -- phones and reference numbers -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Denuncia presentada, número de registro 2024/118203.",
        "Il protocollo 2023-557190 è stato assegnato alla pratica.",
        "Votre dossier 2024/003317 est en cours de traitement.",
        "Sendung 1Z 9F4 3K2 12 3456 7890 liegt im Depot.",
        "Puede seguir el paquete con el número 0093 5521 8820 en la web.",
    ],
)
def test_year_prefixed_and_shipment_references_are_not_phones(found: Found, text: str) -> None:
    assert "PHONE_NUMBER" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chiamate il numero verde 800 555 123 per informazioni.",
        "Call us free on 0800 123 4567 at any time.",
        "Numer bezpłatnej infolinii: 800 410 226 (pon.-pt.).",
    ],
)
def test_free_and_shared_cost_service_lines_keep_a_clean_text_internal(engine: CustosEngine, text: str) -> None:
    result = engine.classify(text)
    assert result.level <= SensitivityLevel.INTERNAL
    assert "PHONE_NUMBER" not in {f.entity_type for f in result.findings}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ring me on 07911 123456 tonight.", "07911 123456"),
        ("Można się ze mną kontaktować pod numerem 512-604-318 po południu.", "512-604-318"),
        ("Telefoon: +32 9 233 41 07", "+32 9 233 41 07"),
        ("Tel. 030 1234567", "030 1234567"),
    ],
)
def test_personal_phones_stay_found(found: Found, text: str, value: str) -> None:
    assert value in found(text).get("PHONE_NUMBER", []), found(text)


# -- mailboxes ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "From: Help Desk <helpdesk@northwind-shipping.example.co.uk>\nSubject: ticket closed",
        "Author: deploy-bot <deploy-bot@users.noreply.github.com>",
        'sender = "Harbour Parcels <no-reply@harbourparcels.example.eu>"',
        "Please do not answer this message; write to servicedesk@ostwind.example.de instead.",
    ],
)
def test_desk_and_machine_mailboxes_keep_a_clean_text_internal(engine: CustosEngine, text: str) -> None:
    result = engine.classify(text)
    assert result.level <= SensitivityLevel.INTERNAL
    assert "EMAIL_ADDRESS" not in {f.entity_type for f in result.findings}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Write to anna.support@firma.example.de for the refund.", "anna.support@firma.example.de"),
        ("Contact: jan.kowalski@biuro.example.pl", "jan.kowalski@biuro.example.pl"),
        # an office mailbox in a small organisation reaches one person: it stays an e-mail address
        ("Invoices go to contabilita@pasticceria.example.it from now on.", "contabilita@pasticceria.example.it"),
    ],
)
def test_personal_and_office_mailboxes_are_found_and_redacted(
    engine: CustosEngine, found: Found, text: str, value: str
) -> None:
    assert value in found(text).get("EMAIL_ADDRESS", []), found(text)
    assert value not in redact(text, engine.classify(text)).text


# -- names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Shift report\n\nWorker: Tomasz Nowicki (badge 4411)\nClient: Brookfield Dairies, Line 2", "Worker"),
        ("Shift report\n\nWorker: Tomasz Nowicki (badge 4411)\nClient: Brookfield Dairies, Line 2", "Brookfield"),
        ("Der Scanner im 3. OG (Brother, Inventarnr. IT-0821) druckt nicht.", "Inventarnr"),
        ("Mitarbeiter: Jonas Weber, Personalnr. 224411", "Personalnr"),
        ("Parrocchia di San Lorenzo: domenica pranzo insieme.", "Parrocchia"),
        ("Parroquia de San José: celebramos la Misa del Gallo.", "Gallo"),
        ("Bonjour Docteur,\n\nje voudrais déplacer mon rendez-vous.", "Docteur"),
    ],
)
def test_firms_parishes_role_words_and_labels_are_not_people(found: Found, text: str, not_a_name: str) -> None:
    assert not any(not_a_name in value for value in found(text).get("PERSON", [])), found(text)


def test_the_person_next_to_a_firm_is_still_found(found: Found) -> None:
    text = "Shift report\n\nWorker: Tomasz Nowicki (badge 4411)\nClient: Brookfield Dairies, Line 2"
    assert found(text).get("PERSON") == ["Tomasz Nowicki"], found(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Thanks to Priya Shah of Shah's Curry Kitchen for the food.", "Priya Shah"),
        ("We ordered from Kowalski's Bakery again; Anna Kowalski says hi.", "Anna Kowalski"),
    ],
)
def test_a_firm_named_after_its_founder_is_not_the_founder(found: Found, text: str, person: str) -> None:
    assert found(text).get("PERSON", []) == [person], found(text)


def test_a_possessive_before_an_ordinary_noun_stays_a_person(found: Found) -> None:
    text = "Tom Baker's dog was found. Baker's wife called."
    assert found(text).get("PERSON") == ["Tom Baker", "Baker"], found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Z poważaniem,\nJan Nowak\ntel. kom. 900-314-227", "900-314-227"),  # a mobile label wins over the plan
        ("Contacto: Lucía Ferrer, (+34) 902.411.380.", "(+34) 902.411.380"),  # given for calls from abroad
    ],
)
def test_a_number_labelled_as_a_mobile_or_written_for_abroad_stays_a_phone(found: Found, text: str, value: str) -> None:
    assert any(value in v for v in found(text).get("PHONE_NUMBER", [])), found(text)


def test_a_name_run_on_into_a_room_is_still_found(found: Found) -> None:
    text = "Guten Morgen,\n\nGast Malte Ruckriegel aus Zimmer 212 hat seinen Schlüssel verloren."
    assert any("Malte Ruckriegel" in v for v in found(text).get("PERSON", [])), found(text)
