"""Art. 9 and Art. 10 on free-form text (round 8): devices and aids that reveal a condition, ICD-10 titles the
vocabularies lacked, clinical reporting verbs, religious observances a person asks leave for, ethnic groups that
are not nationalities, offence titles of animal cruelty and bodily harm. Written here in wording of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.classifier.special_types import SPECIAL

Found = Callable[[str], dict[str, list[str]]]


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        # Devices and aids: a statement about their user.
        ("Guest note: Mrs Ellen Pryce uses a CPAP machine at night and needs a socket.", "HEALTH_DATA", "CPAP"),
        ("Mon fils Théo porte un capteur de glycémie depuis l'été.", "HEALTH_DATA", "capteur de glycémie"),
        ("Meine Mutter braucht ein Sauerstoffkonzentrator im Zug.", "HEALTH_DATA", "Sauerstoffkonzentrator"),
        ("Mio padre ha un impianto cocleare e sente male al telefono.", "HEALTH_DATA", "impianto cocleare"),
        ("Pan Zenon Lis ma rozrusznik serca i nie może przejść przez bramkę.", "HEALTH_DATA", "rozrusznik serca"),
        # ICD-10 titles in every language.
        ("Mijn oom heeft glaucoom en mag niet meer autorijden.", "HEALTH_DATA", "glaucoom"),
        ("Mi abuela tiene cataratas en los dos ojos.", "HEALTH_DATA", "cataratas"),
        ("Sua sorella soffre di acufeni da anni.", "HEALTH_DATA", "acufeni"),
        ("Meine Kollegin hat Eisenmangel und ist oft müde.", "HEALTH_DATA", "Eisenmangel"),
        ("Le patient Hugo Marchal se plaint de troubles du sommeil depuis mars.", "HEALTH_DATA", "troubles du sommeil"),
        ("Klient Adam Żak przeszedł terapię odwykową w zeszłym roku.", "HEALTH_DATA", "terapię odwykową"),
        ("Mein Nachbar ist seit Jahren in Behandlung wegen Alkoholabhängigkeit.", "HEALTH_DATA", "Alkoholabhängigkeit"),
        (
            "Pickup for Gwen Astley, ward 2 to the renal unit, on haemodialysis three times a week.",
            "HEALTH_DATA",
            "haemo",
        ),
        # Clinical reporting verbs of Spanish records name their person (pro-drop).
        ("Trabajador Iván Sáez. Refiere insomnio desde el accidente.", "HEALTH_DATA", "insomnio"),
        ("Paciente Lucía Prat. Alega una hernia discal y aporta informe.", "HEALTH_DATA", "hernia discal"),
        # A religious observance a person asks leave for.
        ("Could Bilal leave at noon on Fridays to attend Friday prayers?", "RELIGIOUS_BELIEF", "Friday prayers"),
        ("Urlaubsantrag von Daniel Katz für Rosch ha-Schana liegt vor.", "RELIGIOUS_BELIEF", "Rosch ha-Schana"),
        ("Demande de congé de Nadia Berrada pour l'Aïd el-Kébir.", "RELIGIOUS_BELIEF", "Aïd el-Kébir"),
        ("Piotr Wrona prosi o wolne w Boże Ciało, niesie feretron w procesji.", "RELIGIOUS_BELIEF", "Boże Ciało"),
        # Ethnic groups that are not nationalities, in a statement.
        ("Frau Sahar Jafari ist Hazara und hat Angst vor der Rückkehr.", "ETHNIC_ORIGIN", "Hazara"),
        ("Il signor Idris Ag Alitt, tuareg del Niger, insegna la chitarra.", "ETHNIC_ORIGIN", "tuareg"),
        ("Aanvrager Tahir Noori behoort tot de Pasjtoen gemeenschap.", "ETHNIC_ORIGIN", "Pasjtoen"),
        # An apposition may say where the person comes from, or that the attribute is past.
        ("Dank an Jhon Mina, afrocolombiano de Buenaventura, por su ayuda.", "ETHNIC_ORIGIN", "afrocolombiano"),
        ("Portrait : Karim Benhadj, ancien harki, raconte son arrivée à Marseille.", "ETHNIC_ORIGIN", "harki"),
        ("Il est hémiplégique depuis son accident de moto.", "HEALTH_DATA", "hémiplégique"),
        # Offence titles.
        ("He told us he has a pending assault charge from the spring.", "CRIMINAL_RECORD", "pending assault charge"),
        (
            "Vrijwilliger Ruud Smit is eerder veroordeeld voor dierenmishandeling.",
            "CRIMINAL_RECORD",
            "dierenmishandeling",
        ),
        (
            "Helferin Olga Brenner, Führungszeugnis: Eintrag Körperverletzung 2018.",
            "CRIMINAL_RECORD",
            "Körperverletzung",
        ),
        ("Candidato Raúl Pinto. Consta antecedentes por tráfico de drogas.", "CRIMINAL_RECORD", "tráfico de drogas"),
        # Party voters and orientation nouns after a possessive.
        ("Gina Russo, elettrice del PD da trent'anni, scrive al giornale.", "POLITICAL_OPINION", "elettrice del PD"),
        ("Il se plaint de moqueries sur son homosexualité au bureau.", "SEX_LIFE_ORIENTATION", "homosexualité"),
    ],
)
def test_a_term_about_a_person_is_found(found: Found, text: str, entity_type: str, value: str) -> None:
    assert any(value in v for v in found(text).get(entity_type, [])), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Product copy and notices: a device or observance with no one's statement.
        "Our pharmacy now stocks CPAP machines and glucose sensors at lower prices.",
        "Ficha técnica: sensor de glucosa, 14 días de uso, resistente al agua.",
        "Nieuw in het assortiment: elektrische rolstoel met opvouwbaar frame.",
        "The office is closed on Yom Kippur; the helpdesk answers on Tuesday.",
        "Die Gemeinde lädt zum Fest zu Chanukka und Rosch ha-Schana ein.",
        "Calendario: il 19 giugno è Corpus Domini, gli uffici restano aperti.",
        "Un atelier sur l'homosexualité dans le sport aura lieu jeudi.",
        "Tierquälerei wird nach § 17 Tierschutzgesetz mit Freiheitsstrafe bestraft.",
        "The exhibition, former harbour, reopens in May.",
    ],
)
def test_a_term_off_a_person_is_not_found(found: Found, text: str) -> None:
    assert not {k: v for k, v in found(text).items() if k in SPECIAL}, found(text)
