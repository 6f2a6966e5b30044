"""Medications (round 10): INNs of the WHO Essential Medicines list in the spelling of each of the seven languages,
INN stems the lexicon lacked (-alol, -cycline, -vudine ...) and drug-class words, on the existing intake gating.
Every sentence is written here in wording of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.recognizers import health_terms, medications

Found = Callable[[str], dict[str, list[str]]]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # An INN with no class stem, after an intake verb, in each language's spelling.
        ("My uncle takes amiodarone for his heart rhythm.", "amiodarone"),
        ("Frau Keller nimmt seit März Amiodaron.", "Amiodaron"),
        ("Mon voisin prend du naproxène depuis sa chute.", "naproxène"),
        ("Lucia prende levetiracetam due volte al giorno.", "levetiracetam"),
        ("Mi abuela toma amiodarona desde el verano.", "amiodarona"),
        ("Mijn tante gebruikt levetiracetam tegen de aanvallen.", "levetiracetam"),
        ("Pan Zbigniew przyjmuje amiodaron od dwóch lat.", "amiodaron"),
        # French accents, Polish spelling and case.
        ("Traitement : lévétiracétam 500 mg matin et soir.", "lévétiracétam"),
        ("Córka bierze amoksycylinę od poniedziałku.", "amoksycylinę"),
        ("Mi hermano toma ciprofloxacino por la infección.", "ciprofloxacino"),
        # INN stems the lexicon lacked: -alol/-ilol beside -olol, -cycline.
        ("Sie nimmt Labetalol in der Schwangerschaft.", "Labetalol"),
        ("My wife takes carvedilol every evening.", "carvedilol"),
        ("Il prend de la doxycycline pour son acné.", "doxycycline"),
        # Drug-class words in every language.
        ("Mi madre toma corticoides desde enero.", "corticoides"),
        ("Ma mère est sous corticoïdes depuis l'hiver.", "corticoïdes"),
        ("Mijn vader slikt statines sinds zijn infarct.", "statines"),
        ("Mój ojciec przyjmuje statyny.", "statyny"),
        ("Mein Opa nimmt Kortison wegen seiner Lunge.", "Kortison"),
        ("Mio zio prende cortisonici per l'asma.", "cortisonici"),
        ("My sister takes painkillers every day for her back.", "painkillers"),
        ("Pani Ewa jest leczona kwasem walproinowym.", "kwasem walproinowym"),
    ],
)
def test_a_medication_said_of_a_person_is_health_data(found: Found, text: str, value: str) -> None:
    assert value in found(text).get("HEALTH_DATA", []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Nobody takes the drug: a stock list, a leaflet, a lab protocol.
        "Our pharmacy stocks amiodarone and naproxen in several strengths.",
        "Price list: amiodarone 200 mg, 30 tablets, 4.20 EUR",
        "Gebrauchsinformation: Amiodaron 200 mg Tabletten. Lesen Sie die Packungsbeilage.",
        "Reagents: doxycycline 10 mg/ml in buffer, stored at 4 °C.",
        "Le lévétiracétam est un antiépileptique de deuxième génération.",
        # Household painkillers in a general question to a pharmacy stay as before.
        "Mag ik ibuprofen samen met paracetamol gebruiken? Graag algemene uitleg.",
        # Words that end like a stem or fold like an INN but are none.
        "The shoreline and the platinum scoreline were accepted as a concept.",
        "Je pense que c'est juste, po prostu ok, excepto el concepto.",
    ],
)
def test_a_medication_nobody_takes_stays_clean(found: Found, text: str) -> None:
    assert "HEALTH_DATA" not in found(text), found(text)


@pytest.mark.parametrize(
    "word",
    [
        "amiodarone",
        "amiodaron",
        "amiodarona",
        "lévétiracétam",
        "lewetyracetam",
        "naproxène",
        "naproksen",
        "naproxeno",
        "amoksycyliny",
        "kwetiapina",
        "quetiapine",
        "lewotyroksyna",
        "ciprofloxacino",
        "Valproinsäure",
    ],
)
def test_an_inn_is_known_in_any_spelling(word: str) -> None:
    assert medications.is_medication_name(word.lower())


@pytest.mark.parametrize(
    "word",
    ["shoreline", "platinum", "concepto", "accepted", "ibuprofen", "paracetamol", "nicotine", "lithium", "métadonnées"],
)
def test_ordinary_and_household_words_are_no_inn(word: str) -> None:
    assert not medications.is_medication_name(word)


def test_new_stems_end_no_common_word() -> None:
    """The added stems were checked against the common-word lists of the seven languages."""
    for word in ("carvedilol", "labetalol", "doksycyklina", "tenofovir", "zidowudyna", "doxazosin"):
        assert health_terms.is_health_word(word), word
    for word in ("toilette", "profil", "babalola", "reception", "receptę"):
        assert not health_terms.is_health_word(word), word
