"""Round 12 (health12): the hand-written development texts of ``data/round12_health12.py``.

Every labelled health and genetic span is found (a finding of the same type overlapping it), except the known misses
listed below with their reason; no clean look-alike (a work restriction naming no condition, a pet's injury,
catalogue copy about medical aids, benefit rules in general) is classified above INTERNAL; no labelled text is
classified below its level except those listed. A case that passes today and stops passing fails this test, and so
does a listed miss that starts being found.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine
from tests.classifier.data.round12_health12 import TEXTS
from tests.classifier.dev_texts import (
    Outcome,
    classify_texts,
    raised_clean_texts,
    texts_under_their_level,
    unexpected_misses,
)

HEALTH = ("HEALTH_DATA", "GENETIC_DATA")

# (text index, span value): why it is still missed.
KNOWN_MISSES = {
    (10, "Merkzeichen G"): "coordinated after 'einen GdB von 60 und das': too far from the cue 'hat'; a Merkzeichen "
    "needs a statement (rail-card and parking rules name them with no one), so proximity does not count it",
    (12, "Reha"): "a rehab stay is a context word: where the paragraph names the condition ('Hüft-OP'), the "
    "condition is the fact reported and the stay is dropped",
    (24, "porteuse saine de la drépanocytose"): "reported as HEALTH_DATA on the condition; a carrier state before a "
    "condition that is not itself genetic stays split",
    (30, "67%"): "a bare percentage after 'Invalidità civile:': a value with no word is no label value",
    (39, "fisioterapia"): "treatment line under 'Diagnóstico:': the condition is the fact reported, as text 12",
    (47, "WIA"): "'Wia' is a given name in the name lists, so the proximity rule skips the capitalised acronym",
    (58, "chemię"): "Polish 'chemia' is also chemistry (a school subject: 'mam chemię'); left out",
}

# Labelled texts still classified below their level, with the reason.
KNOWN_UNDER_LEVEL = {
    47: "the WIA benefit is its only health fact (see KNOWN_MISSES)",
    58: "'chemię' is its only health fact (see KNOWN_MISSES)",
}


@pytest.fixture(scope="module")
def outcomes(engine: CustosEngine) -> list[Outcome]:
    return classify_texts(engine, TEXTS)


def test_every_labelled_health_span_is_found_except_known_misses(outcomes: list[Outcome]) -> None:
    missed, now_found = unexpected_misses(outcomes, HEALTH, KNOWN_MISSES)
    assert missed == []
    assert now_found == []  # a listed miss that is found now: take it off the list


def test_recall_figure(outcomes: list[Outcome]) -> None:
    total = sum(1 for o in outcomes for s in o.spans if s["entity_type"] in HEALTH)
    assert total == 57
    assert (total - len(KNOWN_MISSES)) / total >= 0.87  # 50 of 57 found (41, 71.9 %, before round 12)


def test_clean_look_alikes_stay_at_most_internal(outcomes: list[Outcome]) -> None:
    assert raised_clean_texts(outcomes) == []  # 4 raised before round 12: three pets' injuries, a Polish shop ad
    assert sum(1 for o in outcomes if o.clean) == 25


def test_labelled_texts_reach_their_level_except_known(outcomes: list[Outcome]) -> None:
    assert texts_under_their_level(outcomes) == sorted(KNOWN_UNDER_LEVEL)


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        (
            "My daughter Ffion uses a nebuliser before bed, so she needs a room with a socket.",
            "HEALTH_DATA",
            "nebuliser",
        ),
        ("Ruaridh will need physiotherapy sessions after the knee operation.", "HEALTH_DATA", "physiotherapy sessions"),
        ("Incident report: Bethan Lloyd fractured her wrist on the stairs.", "HEALTH_DATA", "wrist"),
        (
            "Herr Kowalke hat den Merkzeichen aG und braucht einen Stellplatz am Eingang.",
            "HEALTH_DATA",
            "Merkzeichen aG",
        ),
        ("Frau Ortmann hat einen GdB von 50 laut Bescheid vom März.", "HEALTH_DATA", "GdB von 50"),
        ("Monsieur Ravel est appareillé depuis l'an dernier, merci de parler face à lui.", "HEALTH_DATA", "appareillé"),
        (
            "Ma mère est sous assistance respiratoire la nuit, la coupure de courant est dangereuse.",
            "HEALTH_DATA",
            "assistance respiratoire",
        ),
        ("La collega Serena Fabbri usufruisce della legge 104 per il figlio.", "HEALTH_DATA", "legge 104"),
        ("Mi hermano tiene reconocido un grado de discapacidad del 33 %.", "HEALTH_DATA", "grado de discapacidad"),
        ("Mijn moeder heeft thuisbeademing en een zuurstofapparaat nodig.", "HEALTH_DATA", "zuurstofapparaat"),
        (
            "Pan Zbigniew ma znaczny stopień niepełnosprawności i pracuje zdalnie.",
            "HEALTH_DATA",
            "znaczny stopień niepełnosprawności",
        ),
        ("Mój ojciec ma pylicę płuc po latach pracy w kopalni.", "HEALTH_DATA", "pylicę płuc"),
        (
            "Le cariste Florian Mérel signale un eczéma aux mains depuis le changement de gants.",
            "HEALTH_DATA",
            "eczéma",
        ),
        (
            "After the screening I carry the BRCA1 variant, so I'd like Fridays off for check-ups.",
            "GENETIC_DATA",
            "BRCA1",
        ),
        ("Il magazziniere Enzo Riva ha un deficit di G6PD e non deve maneggiare naftalina.", "GENETIC_DATA", "G6PD"),
        (
            "Marisol se hizo un estudio genético el año pasado por antecedentes familiares.",
            "GENETIC_DATA",
            "estudio genético",
        ),
    ],
)
def test_round12_shapes_find_the_fact(
    found: Callable[[str], dict[str, list[str]]], text: str, entity_type: str, value: str
) -> None:
    detected = found(text).get(entity_type, [])
    assert any(value in v or v in value for v in detected), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My dog sprained his paw on the beach, so I'm taking Friday off to look after him.",
        "Mein Hund hat sich beim Toben das Bein gebrochen, ich komme morgen später.",
        "Il nostro cane si è rotto una zampa, domani lavoro da casa.",
        "Onze kat heeft haar poot gebroken; ik werk vandaag thuis.",
        "Promocja: wózki inwalidzkie, koncentratory tlenu i aparaty słuchowe z darmową dostawą.",
        "Annual report: the number of warehouse staff off with back pain fell by a third.",
        "Die Bahncard 50 gibt es für Schwerbehinderte mit Merkzeichen B auch für die Begleitperson.",
        "Le bombole di ossigeno per il laboratorio arrivano lunedì.",
        "We carry BRCA2 test kits in all our branches from March.",
        "El laboratorio ofrece un estudio genético de cáncer hereditario a todos los pacientes.",
        "Il cliente segnala un problema con la fattura di marzo.",
        "La silicosis es una enfermedad profesional frecuente en las canteras.",
    ],
)
def test_round12_look_alikes_have_no_health_finding(engine: CustosEngine, text: str) -> None:
    result = engine.classify_many([text])[0]
    assert [f.entity_type for f in result.findings if f.entity_type in HEALTH] == []


def test_a_person_after_the_pet_keeps_the_injury(found: Callable[[str], dict[str, list[str]]]) -> None:
    text = "Our dog pulled me over on the ice and I broke my wrist, so I'm off until Monday."
    assert found(text).get("HEALTH_DATA"), found(text)
