"""Art. 9 on free-form text (round 6b): conditions, procedures, aids and findings the vocabularies lacked (a word
ending in -ectomy or -itis is a procedure or an inflammation in every language that forms it), the free-text line
under a record's fields, a relative "with" a condition, an origin after a possessive ("her Ghanaian heritage"),
offences with a sentence served, a value in a row of a CSV or TSV export that names its person. Written here in
wording of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], dict[str, list[str]]]

SPECIAL = (
    "HEALTH_DATA",
    "RELIGIOUS_BELIEF",
    "TRADE_UNION_MEMBERSHIP",
    "POLITICAL_OPINION",
    "GENETIC_DATA",
    "ETHNIC_ORIGIN",
    "CRIMINAL_RECORD",
)


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        (
            "Employee: Sinéad Walsh\nOff work six weeks after a hysterectomy, phased return from Monday.",
            "HEALTH_DATA",
            "hysterectomy",
        ),
        ("Pani Ewa Kubiak jest po cholecystektomii i nie może dźwigać.", "HEALTH_DATA", "cholecystektomii"),
        ("Salarié : Hugo Lemaire. Reprise à mi-temps, en cours de chimiothérapie.", "HEALTH_DATA", "chimiothérapie"),
        ("Solicitante: Marta Gil Roca\nHijo con parálisis cerebral, necesita ascensor.", "HEALTH_DATA", "parálisis"),
        ("She told HR that the drivers mocked her Ghanaian heritage at the depot.", "ETHNIC_ORIGIN", "Ghanaian"),
        ("Ze vertelde dat collega's grappen maakten over haar Marokkaanse afkomst.", "ETHNIC_ORIGIN", "Marokkaanse"),
        ("My grandfather Tobias was a Quaker all his life.", "RELIGIOUS_BELIEF", "Quaker"),
        ("Ik ben slechthorend, bel me dus liever niet maar stuur een mail.", "HEALTH_DATA", "slechthorend"),
        ("Meine Mutter ist Dialysepatientin und braucht den Aufzug.", "HEALTH_DATA", "Dialysepatientin"),
        ("Mijn broer zit in de schuldsanering door zijn gokverslaving.", "HEALTH_DATA", "gokverslaving"),
        (
            "Kandydat Paweł Zięba odbywał karę za kradzież z włamaniem, teraz szuka pracy.",
            "CRIMINAL_RECORD",
            "kradzież z włamaniem",
        ),
        ("Mijn schoonvader Henk heeft sinds vorig jaar ALS.", "HEALTH_DATA", "ALS"),
        ("Onze collega Ria Smit is al twintig jaar CNV-lid.", "TRADE_UNION_MEMBERSHIP", "CNV"),
        ("Bonjour Gaëlle, en tant qu'adhérente CFDT tu peux voter jusqu'à vendredi.", "TRADE_UNION_MEMBERSHIP", "CFDT"),
        (
            "Guest list (export)\nName;Email;Diet\nOskar Lind;oskar.lind@example.org;lactose intolerance",
            "HEALTH_DATA",
            "lactose intolerance",
        ),
        (
            "Anmeldeliste Sommerfest\nName;E-Mail;Hinweis\nJonas Weber;j.weber@web-post.de;Zöliakie",
            "HEALTH_DATA",
            "Zöliakie",
        ),
        (
            "COPY club.members (id, first_name, last_name, born, note) FROM stdin;\n"
            "31\tMarta\tKowalska\t2012-05-06\tepilepsy, carries buccal midazolam",
            "HEALTH_DATA",
            "epilepsy",
        ),
        ("Personalbogen\nName: Petra Lang\nHinweis: GdB 60, Zusatzurlaub beantragt", "HEALTH_DATA", "GdB 60"),
        (
            "Liam Doherty served four years for possession with intent to supply and now works in our kitchen.",
            "CRIMINAL_RECORD",
            "possession with intent to supply",
        ),
    ],
)
def test_a_term_about_a_person_is_found(found: Found, text: str, entity_type: str, value: str) -> None:
    assert any(value in v for v in found(text).get(entity_type, [])), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our clinic offers hysterectomy and other gynaecological surgery on weekdays.",
        "Price list\nProduct: rollator, foldable\nColour: grey",
        "Kinder mit Zerebralparese erhalten in unserer Schule Förderunterricht.",
        "The museum tells the story of Irish heritage in Boston.",
        "The hearing aid centre is open Monday to Friday; book a hearing test online.",
        "Il corso di cucina per celiaci inizia a settembre, iscrizioni aperte.",
        "Als je vragen hebt over je rooster, bel de planning.",
        "Het kookboek van de CNV-leden staat nu online.",
        "Les adhérents CGT sont invités à voter.",
    ],
)
def test_a_term_off_a_person_is_not_found(found: Found, text: str) -> None:
    assert not {k: v for k, v in found(text).items() if k in SPECIAL}, found(text)
