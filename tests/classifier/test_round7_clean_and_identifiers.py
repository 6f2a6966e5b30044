"""Round 7 (clean texts raised, identifier precision and leaks, tuned on fresh7): classes seen in hand-written texts,
in wording of our own and with values of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine
from classifier.levels import SensitivityLevel

Found = Callable[[str], dict[str, list[str]]]


# -- a mail header's field names ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "Please summarise this mail.\n\nFrom: p.okafor@mailhost.example.org\nTo: billing@tramline-energy.co.uk\n"
            "Subject: Re: meter reading dispute\nDate: Tue, 4 Mar 2025 10:02\n\nHello, my reading was wrong.",
            "Subject",
        ),
        (
            "Resume este correo:\n\nDe: l.vidal@correo-norte.es\nPara: atencion@seguros-rioja.es\nAsunto: parte del "
            "coche\n\nBuenas, envío las fotos del golpe.",
            "Para",
        ),
        (
            "Résume ce message :\n\nDe : m.girard@courriel.fr\nÀ : contact@mutuelle-loire.fr\nObjet : remboursement\n\n"
            "Bonjour, je n'ai rien reçu.",
            "À",
        ),
    ],
)
def test_a_mail_header_field_before_its_colon_is_no_person(found: Found, text: str, field: str) -> None:
    assert field not in found(text).get("PERSON", []), found(text)


def test_a_name_after_a_header_field_is_still_found(found: Found) -> None:
    text = "From: Nneka Obiora\nTo: the claims team\nSubject: water damage\n\nThe ceiling came down on Sunday."
    assert "Nneka Obiora" in found(text).get("PERSON", [])


# -- weekday abbreviations of a schedule --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ad copy for our physiotherapy studio: late sessions Mon and Wed, Saturday mornings by request.",
        "Opening hours: Thu-Sat 10:00 to 18:00, closed on public holidays.",
        "Gym flyer: spin classes Tue/Thu, yoga at weekends, first month half price.",
    ],
)
def test_weekday_abbreviations_in_a_schedule_are_no_person(engine: CustosEngine, found: Found, text: str) -> None:
    assert "PERSON" not in found(text), found(text)
    assert engine.classify(text).level <= SensitivityLevel.INTERNAL


# -- a single name the text announces, repeated ---------------------------------


def test_an_announced_single_name_is_found_again_in_speaker_labels(found: Found) -> None:
    text = (
        "Write up this call.\n\n[14:02] Agent Oluwaseun: Card services, my name is Oluwaseun. How can I help?\n"
        "[14:02] Caller: My card was swallowed by a machine.\n"
        "[14:03] Agent Oluwaseun: I have frozen it and ordered a new one."
    )
    assert found(text).get("PERSON", []).count("Oluwaseun") == 3, found(text)


# -- a phone number answering a question for a number ---------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "Agentin Jana: Unter welcher Rufnummer erreichen wir Sie?\nKunde: 0151 2234 8870.\nAgentin Jana: Danke.",
            "0151 2234 8870",
        ),
        (
            "Medewerker Sven: Welk nummer wilt u overzetten?\nKlant: 06 4172 2093.\nMedewerker Sven: Dank u.",
            "06 4172 2093",
        ),
        (
            "Konsultant Piotr: Poproszę numer telefonu do kontaktu.\nKlient: 512 604 318.\nKonsultant Piotr: Dziękuję.",
            "512 604 318",
        ),
    ],
)
def test_a_phone_answering_a_question_for_a_number_is_a_phone_though_the_speaker_is_a_customer(
    found: Found, text: str, phone: str
) -> None:
    assert phone in found(text).get("PHONE_NUMBER", []), found(text)


def test_an_answer_to_a_question_for_a_customer_number_stays_a_reference(found: Found) -> None:
    text = "Agentin Jana: Wie lautet Ihre Kundennummer?\nKunde: 0151 2234 8870.\nAgentin Jana: Danke."
    assert "PHONE_NUMBER" not in found(text), found(text)


# -- a numbered car park ---------------------------------------------------------


def test_a_numbered_car_park_is_no_street_address(engine: CustosEngine, found: Found) -> None:
    text = "Reply to the guest: the shuttle stops at Car Park 3, level 1, beside the ticket machines."
    assert "STREET_ADDRESS" not in found(text), found(text)
    assert engine.classify(text).level <= SensitivityLevel.INTERNAL


# -- a lower-case word never ends a name -------------------------------------------


def test_a_particle_at_the_end_of_a_model_span_is_no_name(engine: CustosEngine) -> None:
    text = "Venerdì 9 torna la Cena al Lume di candela in piazza, posti limitati, prenotazione consigliata."
    assert "PERSON" not in {f.entity_type for f in engine.findings(text, language="it")}


# -- a given name that is also a place, before a double-barrelled surname ------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kind regards,\nVictoria Pembe-Hughes\nAccounts payable", "Victoria Pembe-Hughes"),
        ("Driver: Austin Okoro-Bell, badge 5521, night shift", "Austin Okoro-Bell"),
    ],
)
def test_a_place_given_name_before_a_double_barrelled_surname_is_a_person(found: Found, text: str, name: str) -> None:
    assert name in found(text).get("PERSON", []), found(text)


def test_an_announced_name_repeated_before_an_ampersand_names_a_firm(found: Found) -> None:
    text = "Herr Yilmazer rief an.\nDie Kanzlei Yilmazer & Partner schickt die Unterlagen morgen."
    assert found(text).get("PERSON", []) == ["Yilmazer"], found(text)


# -- a first-person pronoun opening a turn ---------------------------------------------


def test_a_pronoun_opening_a_transcript_turn_is_no_person(engine: CustosEngine) -> None:
    text = (
        "Agente: Le llamamos por un cargo de 240 euros en su cuenta.\n"
        "Cliente: Yo no he estado nunca en Murcia, esa compra no es mía.\nAgente: Entendido, lo bloqueo."
    )
    assert "PERSON" not in {f.entity_type for f in engine.findings(text, language="es")}


# -- a title spelled out in full before a full stop ------------------------------------


def test_a_spelled_out_title_before_a_full_stop_ends_the_sentence(found: Found) -> None:
    assert "PERSON" not in found("Send the draft to the compliance officer. Mark the open points in red."), "sentence"
    assert "Lindqvist" in found("The form was signed by Prof. Lindqvist on Monday.").get("PERSON", [])


# -- customer-service desks and cloud service accounts ------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "kundenservice@stadtwerke-ahrtal.de",
        "servizio.clienti@assicura-nord.it",
        "ci-runner@build-prod.iam.gserviceaccount.com",
    ],
)
def test_a_customer_service_desk_or_a_service_account_is_an_organisations_mailbox(found: Found, address: str) -> None:
    text = f"Please forward the complaint to {address} before Friday."
    assert "EMAIL_ADDRESS" not in found(text), found(text)


def test_a_person_at_a_customer_service_desk_keeps_the_address_personal(found: Found) -> None:
    text = "Please forward the complaint to henrike.klantenservice@waterbedrijf-oost.nl before Friday."
    assert found(text).get("EMAIL_ADDRESS"), found(text)
