"""Round 10 (clinical): injuries by grammar (injury word x body part, in both orders, German/Dutch compounds),
eponym and hyphen compounds, symptom and procedure vocabulary, more condition suffixes. Sentences of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.recognizers.clinical import injury_spans, is_injury_compound
from classifier.recognizers.health_terms import is_health_word

Found = Callable[[str], dict[str, list[str]]]


@pytest.mark.parametrize(
    "phrase",
    [
        "fractured right wrist",
        "knee injury",
        "gebrochenes linkes bein",
        "bruch des rechten handgelenks",
        "fracture de la cheville gauche",
        "luxation de l'épaule",
        "frattura del polso destro",
        "distorsione alla caviglia",
        "fractura de cadera",
        "esguince de tobillo izquierdo",
        "gebroken linkerpols",
        "enkel verstuikt",
        "złamanie lewej ręki",
        "stłuczone kolano",
        "tore her acl",
        "brak zijn arm",
        "złamał sobie rękę",
    ],
)
def test_injury_grammar_covers_the_phrase(phrase: str) -> None:
    assert injury_spans(phrase) == [(0, len(phrase))]


@pytest.mark.parametrize(
    "text", ["that hurt her feelings", "we broke the record", "a pain in the neck", "the river basin"]
)
def test_no_injury_without_a_body_part(text: str) -> None:
    assert injury_spans(text) == []


@pytest.mark.parametrize(
    "word",
    ["unterschenkelfraktur", "sprunggelenksfraktur", "kreuzbandriss", "rippenprellung", "enkelbreuk", "heupfractuur"],
)
def test_body_part_and_injury_head_make_a_compound(word: str) -> None:
    assert is_injury_compound(word)


@pytest.mark.parametrize(
    "word", ["einbruch", "vertragsbruch", "grundriss", "durchbruch", "contractbreuk", "wolkenbreuk"]
)
def test_other_compounds_of_injury_heads_are_not_injuries(word: str) -> None:
    assert not is_injury_compound(word)


@pytest.mark.parametrize(
    "word",
    [
        "bradycardie",
        "bradykardie",
        "tachykardii",
        "hipotermią",
        "ipotermia",
        "leucopenia",
        "lymphödem",
        "hematuria",
        "appendektomie",
    ],
)
def test_round10_suffixes_are_health_words(word: str) -> None:
    assert is_health_word(word)


@pytest.mark.parametrize("word", ["geothermie", "penuria", "injuria", "centuria"])
def test_look_alike_words_are_not_health_words(word: str) -> None:
    assert not is_health_word(word)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("My neighbour Tom slipped on the ice and has a fractured right wrist.", "fractured right wrist"),
        ("Since the crash she has had a shoulder dislocation and cannot lift boxes.", "shoulder dislocation"),
        ("Herr Brandt hat sich beim Fußball das linke Knie verstaucht.", "linke Knie verstaucht"),
        ("Meine Schwester liegt mit einer Oberschenkelfraktur im Krankenhaus.", "Oberschenkelfraktur"),
        ("Depuis lundi, Hélène a une fracture de la cheville gauche.", "fracture de la cheville gauche"),
        ("Giorgio si è fatto male: ha una distorsione alla caviglia destra.", "distorsione alla caviglia destra"),
        ("Mi hermano tiene un esguince de tobillo y no puede conducir.", "esguince de tobillo"),
        ("Mijn dochter heeft sinds zaterdag een gebroken linkerpols.", "gebroken linkerpols"),
        ("Pani Zofia ma złamanie lewej ręki i nie przyjdzie.", "złamanie lewej ręki"),
        ("Mój syn ma stłuczone kolano po meczu.", "stłuczone kolano"),
    ],
)
def test_an_injury_said_about_a_person_is_health_data(found: Found, text: str, term: str) -> None:
    assert any(term in value for value in found(text).get("HEALTH_DATA", [])), found(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Mein Vater kann wegen seiner Alzheimer-Erkrankung nicht mehr allein wohnen.", "Alzheimer-Erkrankung"),
        ("Mijn zus mist de les door haar epilepsie-controle in het ziekenhuis.", "epilepsie-controle"),
        ("He told me he gets chest pain when he climbs stairs.", "chest pain"),
        ("Sie hat seit gestern Brustschmerzen und Atemnot.", "Brustschmerzen"),
        ("Il signor Conti ha avuto una tachicardia durante la notte.", "tachicardia"),
        ("Mi abuela sufre de bradicardia desde hace años.", "bradicardia"),
        ("Notre fils a fait un malaise avec perte de connaissance.", "perte de connaissance"),
        ("Mijn moeder kreeg vorige week een pacemaker.", "pacemaker"),
        ("Moja żona miała cesarskie cięcie w marcu.", "cesarskie cięcie"),
        ("Ma tante a eu une césarienne en juin.", "césarienne"),
        ("Sein Kollege hat nach dem Kaiserschnitt seiner Frau Elternzeit.", "Kaiserschnitt"),
    ],
)
def test_conditions_symptoms_and_procedures_about_a_person(found: Found, text: str, term: str) -> None:
    assert any(term in value for value in found(text).get("HEALTH_DATA", [])), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "First-aid course: how to splint an ankle fracture and treat a knee injury.",
        "The ablation study shows that the second layer matters most.",
        "Der Einbruch in die Lagerhalle wurde der Polizei gemeldet.",
        "Le bassin versant de la rivière couvre trois départements.",
        "La congelación salarial afecta a todos los funcionarios.",
        "Kostka masła kosztuje dziś więcej niż w zeszłym roku.",
        "That request was a pain in the neck for the whole team.",
        "Het contract werd na een contractbreuk ontbonden.",
        "Il corso spiega come riconoscere una frattura del polso.",
    ],
)
def test_clean_look_alikes_stay_clean(found: Found, text: str) -> None:
    assert "HEALTH_DATA" not in found(text), found(text)
