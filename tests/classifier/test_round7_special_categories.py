"""Art. 9 and Art. 10 on free-form text (round 7): learning disorders (ICD-10 F81), PTSD acronyms, infertility
diagnoses and treatments, disc prolapse, balanced translocations, Polish case forms of drug names, road-traffic and
drug offence titles, and the German "Verurteilung wegen" person cue. Written here in wording of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.classifier.special_types import SPECIAL

Found = Callable[[str], dict[str, list[str]]]


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ("Mi hijo Mateo tiene dislexia y necesita más tiempo en los exámenes.", "HEALTH_DATA", "dislexia"),
        ("Ma fille a une dyslexie, elle lit avec une règle de couleur.", "HEALTH_DATA", "dyslexie"),
        ("Mio figlio Tommaso ha la dislessia, usa la sintesi vocale.", "HEALTH_DATA", "dislessia"),
        ("Syn Kuba ma dysleksję i prosi o dłuższy czas na sprawdzian.", "HEALTH_DATA", "dysleksję"),
        ("Mein Kollege Arne hat eine posttraumatische Belastungsstörung.", "HEALTH_DATA", "posttraumatische"),
        ("Bij mijn vrouw is vorig jaar azoöspermie bij mij vastgesteld, zei ik al.", "HEALTH_DATA", "azoöspermie"),
        ("Ich habe seit Jahren ein PCO-Syndrom und nehme Metformin.", "HEALTH_DATA", "PCO-Syndrom"),
        ("Nous avons eu recours à un don d'ovocytes après mon diagnostic.", "HEALTH_DATA", "don d'ovocytes"),
        ("Staff member Ian Pike is off work with a prolapsed disc.", "HEALTH_DATA", "prolapsed disc"),
        ("Mój brat jest nosicielem translokacji zrównoważonej.", "GENETIC_DATA", "translokacji zrównoważonej"),
        ("Pan Marek bierze fluoksetynę od dwóch lat.", "HEALTH_DATA", "fluoksetynę"),
        (
            "Driver: Owen Price\nDBS check: conviction for driving while disqualified (2021)",
            "CRIMINAL_RECORD",
            "driving while disqualified",
        ),
        ("Bewerber Lars Kemp, Führungszeugnis: Verurteilung wegen Diebstahl (2020).", "CRIMINAL_RECORD", "Diebstahl"),
        (
            "Chauffeur : Yanis Morel\nCasier : condamné pour conduite sans permis en 2022",
            "CRIMINAL_RECORD",
            "conduite sans permis",
        ),
        ("Kandidaat Sem de Vries heeft een veroordeling wegens rijden zonder rijbewijs.", "CRIMINAL_RECORD", "rijden"),
        # A topic noun that labels a record's field is an examination, not research.
        ("Leerling: Anna de Vries, groep 5\nOnderzoek: dyslexie vastgesteld in maart", "HEALTH_DATA", "dyslexie"),
        ("Alumno: Pablo Ortega Ruiz\nInforme: discalculia, revisión en junio", "HEALTH_DATA", "discalculia"),
        # An origin frame set off right after a person's name.
        ("Our new tenant Ana Lima (of Portuguese descent) asked for a call.", "ETHNIC_ORIGIN", "Portuguese"),
        ("Priya Holt, of Tamil heritage, would like a mentor.", "ETHNIC_ORIGIN", "Tamil"),
    ],
)
def test_a_term_about_a_person_is_found(found: Found, text: str, entity_type: str, value: str) -> None:
    assert any(value in v for v in found(text).get(entity_type, [])), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our school screens every pupil for dyslexia in year two; the leaflet explains how.",
        "La dislexia afecta a una parte de la población escolar, según el informe.",
        "Webinar: what polycystic ovary syndrome is and how it is treated.",
        "Unser Zentrum bietet Eizellspende und Präimplantationsdiagnostik nach deutschem Recht an.",
        "Driving without insurance can lead to six penalty points and an unlimited fine.",
        "In Frankreich wird das Fahren ohne Versicherung mit einer Geldstrafe geahndet.",
        "Onderzoek: dyscalculie komt bij ongeveer vijf procent van de kinderen voor.",
        "The exhibition (Irish heritage in Boston) opens in May.",
        "Informe: la dislexia en las aulas de primaria",
    ],
)
def test_a_term_off_a_person_is_not_found(found: Found, text: str) -> None:
    assert not {k: v for k, v in found(text).items() if k in SPECIAL}, found(text)
