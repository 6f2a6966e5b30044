"""Shapes that hold beyond one corpus author's wording: how people link a person to a fact, name firms and
products, and state credentials, in the seven languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine

ART9_STATEMENTS = [
    # A preposition links a named person to a condition: "rang about", "Tabletten gegen", "farmaco per".
    ("HEALTH_DATA", "Wilma Eskildsen phoned the nurse line about her asthma flare-up.", "asthma"),
    ("HEALTH_DATA", "Apothekenvermerk: Gerlinde nimmt Tabletten gegen Migräne.", "Migräne"),
    ("HEALTH_DATA", "Ottavio Ruggeri ritira in farmacia un farmaco per l'epilessia.", "epilessia"),
    ("HEALTH_DATA", "Hannelore Brink belde de praktijk over haar eetstoornis.", "eetstoornis"),
    ("HEALTH_DATA", "Zdzisław Kmita dzwonił w sprawie cukrzycy typu 2.", "cukrzycy typu 2"),
    # Pregnancy stated by its week or month.
    ("HEALTH_DATA", "Mechthild Ruhland ist in der 20. Schwangerschaftswoche.", "20. Schwangerschaftswoche"),
    # Self-descriptions name their person with a reflexive.
    ("SEX_LIFE_ORIENTATION", "Im Fragebogen bezeichnet Jorinde sich als bisexuell.", "bisexuell"),
    ("SEX_LIFE_ORIENTATION", "In het formulier noemt Tjitske zich biseksueel.", "biseksueel"),
    ("SEX_LIFE_ORIENTATION", "En el formulario Remedios se define como bisexual.", "bisexual"),
    ("SEX_LIFE_ORIENTATION", "W formularzu Bożydar określa się jako biseksualny.", "biseksualny"),
    # An origin after a label, a denomination, a party, a union, an offence.
    ("ETHNIC_ORIGIN", "Intake form, Odhran Keogh - ethnic background: of Nigerian heritage", "Nigerian heritage"),
    ("RELIGIOUS_BELIEF", "Auke Veenstra is doopsgezind en vraagt vrij op Goede Vrijdag.", "doopsgezind"),
    ("POLITICAL_OPINION", "Ysolde Marchetti siede in consiglio comunale per Fratelli d'Italia.", "Fratelli d'Italia"),
    ("TRADE_UNION_MEMBERSHIP", "Teodor Wrona przyszedł na rozmowę z przedstawicielem OPZZ.", "OPZZ"),
    (
        "CRIMINAL_RECORD",
        "L'extrait de casier de Gaspard Lemoine mentionne une condamnation pour escroquerie.",
        "escroquerie",
    ),
    ("BIOMETRIC_DATA", "Entry for Saoirse Kinsella is enrolled with facial recognition.", "facial recognition"),
    ("GENETIC_DATA", "Laborbefund für Irmtraud Weigl: Anlageträgerin für Mukoviszidose.", "Anlageträgerin"),
]

NOT_ABOUT_A_PERSON = [
    "Dr Fenwick gives a talk about diabetes on Thursday.",
    "Unser Ratgeber über Migräne ist in der Apotheke erhältlich.",
    "The pharmacy stocks insulin pens and asthma inhalers.",
    "Saluti sindacali, la delegata RSU",
]


@pytest.mark.parametrize(("entity_type", "text", "value"), ART9_STATEMENTS, ids=[s[0] for s in ART9_STATEMENTS])
def test_art9_statements_in_seven_languages(
    found: Callable[[str], dict[str, list[str]]], entity_type: str, text: str, value: str
) -> None:
    assert value in found(text).get(entity_type, []), found(text)


@pytest.mark.parametrize("text", NOT_ABOUT_A_PERSON)
def test_topics_and_roles_are_not_art9_data(engine: CustosEngine, text: str) -> None:
    result = engine.classify(text)
    assert not ({"special_category", "criminal_record"} & result.categories), result.findings


@pytest.mark.parametrize(
    "text",
    [
        "Our lobby now uses the Juniper Door Reader; firmware 3.1 fixes the lag.",  # a given name naming a product
        "Gebouwd met Kustomize, gehost in Frankfurt.",  # built with a technology
        "Made with Swift and hosted in Dublin.",
        "Met vriendelijke groet,\nApotheek Het Anker",  # an organisation named by its kind
        "Kind regards,\nPayroll Team",
        "Z poważaniem,\nKomisja Rewizyjna",
        "Der Mahnbescheid geht morgen raus.",  # an article and its noun
        "Szanowna Dyrekcjo,\n\nprzesyłam wniosek.",  # the vocative of an ordinary noun
        "Contáctenos en Valladolid, stand 14.",  # an imperative with its pronoun
        "Caso de éxito: Ribera Logística S.L. redujo la espera un 20 %.",  # a firm with its legal form
    ],
)
def test_products_firms_and_words_are_not_people(found: Callable[[str], dict[str, list[str]]], text: str) -> None:
    assert "PERSON" not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Guten Tag Frau Wasserkamp,\n\ndanke für Ihre Nachricht.", "Wasserkamp"),  # a compound-shaped surname
        ("Den Preis gewinnt Gottlieb Sauerbruch!", "Gottlieb Sauerbruch"),
        ("Ajoutez ma fille Maïwenn Le Goff à l'adhésion.", "Maïwenn Le Goff"),
        ("Hoi Sjoerd, de sleutel ligt bij de balie.", "Sjoerd"),  # a Frisian given name
        ("Szanowna Pani Marto, dziękuję za wiadomość.", "Marto"),  # a vocative name stays a name
    ],
)
def test_names_the_lexicons_did_not_hold(found: Callable[[str], dict[str, list[str]]], text: str, name: str) -> None:
    assert any(name in value for value in found(text).get("PERSON", [])), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mein Kennwort fürs Vereins-Portal war Kranich-7Blau, jetzt geht nichts mehr.", "Kranich-7Blau"),
        ("Le mot de passe de l'espace membre était Tilleul#2291.", "Tilleul#2291"),
        ("La contraseña de la intranet del club era Alcornoque88.", "Alcornoque88"),
        ("$pw = ConvertTo-SecureString 'Fjord!Ulme44' -AsPlainText -Force", "Fjord!Ulme44"),
    ],
)
def test_passwords_named_with_what_they_open(
    found: Callable[[str], dict[str, list[str]]], text: str, value: str
) -> None:
    assert value in found(text).get("PASSWORD", []), found(text)


def test_a_cmdlet_after_a_password_variable_is_no_password(found: Callable[[str], dict[str, list[str]]]) -> None:
    text = "$pw = ConvertTo-SecureString 'Fjord!Ulme44' -AsPlainText -Force"
    assert "ConvertTo-SecureString" not in found(text).get("PASSWORD", [])


def test_an_aws_secret_near_its_key_id_is_found_whatever_its_variable(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    secret = "q7Rz/Kp2mWx9LbT4vN8sYd3FhJ6gC1eA0uXoPiSk"
    text = f'{{"deploy_id": "AKIAZX4QW7ER2TY6UI3O", "deploy_blob": "{secret}"}}'
    assert secret in found(text).get("AWS_SECRET_KEY", []), found(text)


def test_a_sha1_near_a_key_id_is_no_secret(found: Callable[[str], dict[str, list[str]]]) -> None:
    text = "commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b signed by AKIAZX4QW7ER2TY6UI3O"
    assert "AWS_SECRET_KEY" not in found(text)


def test_a_space_separated_server_variable_is_a_secret(found: Callable[[str], dict[str, list[str]]]) -> None:
    text = "<VirtualHost *:443>\n    SetEnv MAILER_API_KEY 5c1e0a9b7d3f4e2a8b6c0d1e2f3a4b5c\n</VirtualHost>"
    assert any("5c1e0a9b" in v for values in found(text).values() for v in values), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Policy LV 301/77420 renews on 1 March.",  # a letter code before the number
        "Zählerstand für Zähler 12-448210-07 übermittelt.",  # a utility meter number
        "2026-03-01T08:15:44.512034+01:00 INFO sync done",  # a clock fraction
        "    ('de', 0.9982114)",  # a decimal score
    ],
)
def test_references_meters_and_decimals_are_not_phones(found: Callable[[str], dict[str, list[str]]], text: str) -> None:
    assert "PHONE_NUMBER" not in found(text), found(text)


def test_a_log_timestamp_is_no_house_number(found: Callable[[str], dict[str, list[str]]]) -> None:
    assert "STREET_ADDRESS" not in found("2026-03-01 08:15:44,512 WARN gate-keeper slow upstream"), found(
        "2026-03-01 08:15:44,512 WARN gate-keeper slow upstream"
    )


def test_an_id_card_label_in_the_genitive_names_the_number(found: Callable[[str], dict[str, list[str]]]) -> None:
    text = "Für den Antrag: die Nummer des Personalausweises ist T22000129."
    assert "T22000129" in found(text).get("DE_ID_CARD", []), found(text)
