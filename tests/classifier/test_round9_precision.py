"""Round 9 (precision): copy for an audience is not personal data, a statement about a person still is. Sentences of
our own, in the seven languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine
from classifier.levels import SensitivityLevel
from tests.classifier.special_types import SPECIAL

Found = Callable[[str], dict[str, list[str]]]


@pytest.mark.parametrize(
    "text",
    [
        "Flyer text: if they are pregnant or breastfeeding, customers should ask the pharmacist before buying.",
        "Product description: hearing aid 'Model HX-20', rechargeable battery, tinnitus masker, price per pair 1,490.",
        "Einladung: Seniorinnen und Senioren mit Demenz und ihre Familien sind zum Sommerfest im Garten willkommen.",
        "Invitation : la synagogue ouvre ses portes aux familles du quartier pour la fête de Pourim, entrée libre.",
        "Invito: la moschea del quartiere apre le porte a tutti i vicini per la festa di fine Ramadan.",
        "Texto del cartel: quien padece diabetes puede hacerse la prueba gratis, entrada libre.",
        "Uitnodiging: ouderen met alzheimer en hun families zijn welkom op de kijkmiddag.",
        "Tekst ulotki: każdy, kto choruje na astmę, jest mile widziany, wstęp wolny.",
        "Plakat: seniorzy z cukrzycą i ich rodziny są mile widziani na dniu otwartym.",
        # Dutch "je" after its verb is "you", not the French "I".
        "Nieuwsbrief van de bakkerij: heb je een glutenallergie of coeliakie, vraag dan naar onze speciale broden.",
    ],
)
def test_audience_copy_is_not_raised(engine: CustosEngine, found: Found, text: str) -> None:
    assert not set(found(text)) & set(SPECIAL), found(text)
    assert engine.classify(text).level <= SensitivityLevel.INTERNAL


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Write a flyer for our pharmacy. My daughter Lotte has diabetes and will hand it out.", "diabetes"),
        ("Newsletter testimonial: Wilhelmina, 61, says her epilepsy is stable since she joined us.", "epilepsy"),
        ("Schreib einen Flyer für die Praxis. Übrigens: ich habe seit letztem Jahr Epilepsie.", "Epilepsie"),
        ("Rédige une affiche pour le concert ; hier je suis tombée malade, une grippe sévère.", "grippe"),
        ("Rédige une affiche pour la paroisse ; Mme Roussel, catholique pratiquante, la distribuera.", "catholique"),
        ("Scrivi un volantino per la serata; la paziente soffre di emicrania da anni.", "emicrania"),
        ("Redacta un folleto para el taller; mi hijo tiene fibromialgia desde 2019.", "fibromialgia"),
        ("Schrijf een folder voor de praktijk; mijn zoon heeft reuma.", "reuma"),
        ("Napisz ulotkę na warsztaty; mój syn choruje na cukrzycę.", "cukrzycę"),
    ],
)
def test_a_statement_about_a_person_in_copy_is_still_found(found: Found, text: str, value: str) -> None:
    values = [v for entity_type, vs in found(text).items() if entity_type in SPECIAL for v in vs]
    assert any(value in v for v in values), found(text)


def test_an_acronym_before_a_number_is_a_code_not_a_union(found: Found) -> None:
    text = "Dzień dobry, mój lot LO 3921 do Gdańska odwołano, proszę o zwrot."
    assert "TRADE_UNION_MEMBERSHIP" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Open evening on Thursday, parking on Orchard Road, no booking needed.",
        "Our blood donation van will be at Harbour Square from 9 to 5.",
    ],
)
def test_a_street_named_as_a_venue_is_no_address(engine: CustosEngine, found: Found, text: str) -> None:
    assert "STREET_ADDRESS" not in found(text), found(text)
    assert engine.classify(text).level <= SensitivityLevel.INTERNAL


@pytest.mark.parametrize(
    "text",
    [
        "Anna lives on Orchard Road now, please update her file.",
        "I moved last month, I'm on Orchard Road now.",
    ],
)
def test_a_street_someone_lives_on_is_still_an_address(found: Found, text: str) -> None:
    assert found(text).get("STREET_ADDRESS") == ["Orchard Road"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitte Bestellung prüfen: Fassung Marwood 2210, Gläser Varilux, Lieferung in 8 Tagen.",
        "Scrivi la descrizione: occhiali 'Brezza', lenti polarizzate, Massimo 60 parole.",
        "Offre : chargé de clientèle, CDI, Paris 9e, télétravail partiel.",
    ],
)
def test_one_word_before_a_number_is_a_model_or_a_quantity(found: Found, text: str) -> None:
    assert "PERSON" not in found(text), found(text)


def test_a_name_with_its_age_is_still_a_person(found: Found) -> None:
    assert found("Hi, Anna, 54, wants to book a table.").get("PERSON") == ["Anna"]
