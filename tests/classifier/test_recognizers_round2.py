"""Classes found on a second author's corpus: names that name things, hedged passwords, treatments and records
stated as values, written here in wording of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine


@pytest.mark.parametrize(
    "text",
    [
        "Gewinnen Sie eine Helga Fensterkamera!",  # a product slot
        "Découvrez la nouvelle Margot Wallbox : plus rapide, plus sobre.",
        "Meet the Otto Heat Pump: quieter and cheaper to run.",
        "Wygraj Teodor Pallet Scale w naszym konkursie.",
        "Applications for the Alexander von Humboldt fellowship close in May.",  # eponyms
        "La convocatoria Severo Ochoa del instituto se abre en marzo.",
        "Il mercato di Natale in piazza Garibaldi apre venerdì.",  # a feast, a square
        "Durante el Ramadán la cafetería abre por la tarde.",
        "Kirchenkonzert in St. Lamberti: Händels Messiah, Eintritt frei.",  # a saint, a work
        "Koncert w katedrze: Requiem Mozarta, bilety 40 zł.",
        "Avondconcert: Bach en Vivaldi bij kaarslicht.",
        "Now with Kimi K2: routes planned in 30 languages.",  # a model before its code
    ],
)
def test_names_of_products_works_feasts_and_places_are_not_people(
    found: Callable[[str], dict[str, list[str]]], text: str
) -> None:
    assert "PERSON" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anna Bach hat wegen der Rechnung angerufen.", "Anna Bach"),  # a living person with a composer's name
        ("Noël Dupont a signé le bail hier.", "Noël Dupont"),  # a feast that is also a given name
    ],
)
def test_people_who_share_a_name_with_a_composer_or_a_feast_stay_people(
    found: Callable[[str], dict[str, list[str]]], text: str, name: str
) -> None:
    assert any(name in value for value in found(text).get("PERSON", [])), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mein Zugang klappt nicht, das Passwort war eigentlich Ostsee!Mai42.", "Ostsee!Mai42"),
        ("Mijn wachtwoord was denk ik Tulpen_8821, maar dat werkt niet.", "Tulpen_8821"),
        ("Mon mot de passe c'était Grenoble44? normalement.", "Grenoble44?"),
        ("Hasło, które wpisałem, to Sosna7Wisla#.", "Sosna7Wisla#"),
        ("La password che ho scelto era lampone.faro.31.", "lampone.faro.31"),
    ],
)
def test_hedged_and_relative_clause_passwords(
    found: Callable[[str], dict[str, list[str]]], text: str, value: str
) -> None:
    assert value in found(text).get("PASSWORD", []), found(text)


def test_a_hedge_before_a_plain_word_is_no_password(found: Callable[[str], dict[str, list[str]]]) -> None:
    assert "PASSWORD" not in found("Mein Passwort war eigentlich sicher, dachte ich.")


@pytest.mark.parametrize(
    ("entity_type", "text", "value"),
    [
        ("HEALTH_DATA", "Théodore est sous Lévothyrox depuis deux ans.", "Lévothyrox"),
        ("HEALTH_DATA", "Ilario è in terapia con anticoagulanti dopo l'intervento.", "anticoagulanti"),
        ("HEALTH_DATA", "Deelnemer Wietske Hoekstra: dialyse loopt, afspraak verzet.", "dialyse"),
        ("HEALTH_DATA", "| Mitarbeiterin | Fehlgrund |\n|---|---|\n| Hedwig Sauter | Gürtelrose |", "Gürtelrose"),
        ("HEALTH_DATA", "Baltasar Ibarra estará de baja hasta el 3 dic. 2025 por neumonía.", "neumonía"),
        ("HEALTH_DATA", "Solène Garnier est malvoyant(e) ; prévoir un écran adapté.", "malvoyant"),
        ("BIOMETRIC_DATA", "Zutritt: Fingerabdruck von Gerold Hainz hinterlegt.", "Fingerabdruck"),
        ("GENETIC_DATA", "The screening for Oisín Brady came back HLA-B27 positive.", "HLA-B27 positive"),
        ("TRADE_UNION_MEMBERSHIP", "Cotisation syndicale CGT prélevée pour Armelle Rioux.", "CGT"),
        ("TRADE_UNION_MEMBERSHIP", "Declan Foy is the SIPTU rep on the late shift.", "SIPTU"),
        ("POLITICAL_OPINION", "Begoña Arrieta va en la lista de Podemos en su pueblo.", "Podemos"),
        ("SEX_LIFE_ORIENTATION", "Im Bogen schreibt Rupert Hallinger lesbisch zu sein.", "lesbisch"),
        ("CRIMINAL_RECORD", "Auszug für Jens Kober: verurteilt wegen Trunkenheit am Steuer.", "Trunkenheit am Steuer"),
    ],
)
def test_treatments_disabilities_and_record_values(
    found: Callable[[str], dict[str, list[str]]], entity_type: str, text: str, value: str
) -> None:
    assert any(value in v for v in found(text).get(entity_type, [])), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "| Condition | Cases |\n|---|---|\n| diabetes | 124 |",  # a statistics table names no person
        "Sign in with fingerprint, face scan or PIN.",  # a product's methods, no person on the line
        "Die Apotheke impft samstags gegen Grippe.",  # a vaccination offer
        "Allergies: none known.",
    ],
)
def test_values_without_a_person_are_not_art9_data(engine: CustosEngine, text: str) -> None:
    result = engine.classify(text)
    assert not ({"special_category", "criminal_record"} & result.categories), result.findings


def test_a_birth_date_in_a_json_record(found: Callable[[str], dict[str, list[str]]]) -> None:
    text = '{"name":"Wiebke Harms","born":"03.11.64"}'
    assert "03.11.64" in found(text).get("DATE_OF_BIRTH", []), found(text)


def test_a_spanish_address_with_a_number_sign(found: Callable[[str], dict[str, list[str]]]) -> None:
    text = "Inquilina: Remedios Ugarte, Calle Olmos, n.º 12, 26001 Logroño"
    assert any("Calle Olmos, n.º 12" in v for v in found(text).get("STREET_ADDRESS", [])), found(text)


def test_an_international_number_after_a_customer_speaker_label_is_a_phone(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    text = "[10:02] Agente: ¿A qué número le llamo?\n[10:02] Cliente: +34 91 555 12 34"
    assert "+34 91 555 12 34" in found(text).get("PHONE_NUMBER", []), found(text)


def test_a_secret_store_path_is_no_secret(found: Callable[[str], dict[str, list[str]]]) -> None:
    text = "mail_pass: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/mail:pass') }}\""
    assert not {"PASSWORD", "GENERIC_SECRET"} & set(found(text)), found(text)
