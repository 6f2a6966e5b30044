"""Round 12 (precision12): the hand-written development texts of ``data/round12_precision12.py``.

Every labelled name, e-mail and phone is found (a finding of the same type overlapping it), except the known misses
listed below with their reason; clean look-alikes (depots, yards, pay scales, job titles with their department,
community groups, HR and marketing copy) stay at most INTERNAL, except those listed with their reason. A case that
passes today and stops passing fails this test, and so does a listed case that starts passing.

Figures reached (branch i-precision12): labelled spans found 62 -> 66 of 68; clean texts above INTERNAL 6 -> 1 of 25.
"""

from __future__ import annotations

import pytest

from classifier.engine import CustosEngine
from classifier.types import SensitivityLevel
from tests.classifier.data.round12_precision12 import TEXTS
from tests.classifier.dev_texts import Outcome, classify_texts, unexpected_misses, unexpected_raised_clean

TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"}

# (text index, span value): why it is still missed.
KNOWN_MISSES = {
    (24, "Enguerrand de Kerhervé"): "elided 'd'' glued to the given name ('départ d'Enguerrand'): the model's "
    "organisation span keeps the article, and no name rule starts inside a word",
    # span model (round 13): "Serena Dell'Acqua-Ferri" (38) is found now, by the trained model.
    # span model (round 13): the base model tagged it; the trained one does not in this German sentence
    (17, "Yaw Boateng"): "'Yaw' is an ordinary English word (left out of the given-name lists on purpose), so no "
    "name rule takes the pair without the model",
}
# Clean texts still raised, by their index in TEXTS, with the reason.
KNOWN_RAISED_CLEAN = {
    65: "'Bergbauern Heumilch': a German product name of two ordinary compounds; 'Heumilch' is in no word list",
}


@pytest.fixture(scope="module")
def outcomes(engine: CustosEngine) -> list[Outcome]:
    return classify_texts(engine, TEXTS)


def test_the_texts_cover_the_topic(outcomes: list[Outcome]) -> None:
    assert len(outcomes) >= 60
    assert {o.entry["language"] for o in outcomes} == {"en", "de", "fr", "it", "es", "nl", "pl"}
    assert sum(o.clean for o in outcomes) * 3 >= len(outcomes)


def test_every_labelled_name_is_found_except_known_misses(outcomes: list[Outcome]) -> None:
    missed, now_found = unexpected_misses(outcomes, TYPES, KNOWN_MISSES)
    assert missed == []
    assert now_found == []  # a listed miss that is found now: take it off the list


def test_recall_figure(outcomes: list[Outcome]) -> None:
    total = sum(1 for o in outcomes for s in o.spans if s["entity_type"] in TYPES)
    assert total == 68
    assert (total - len(KNOWN_MISSES)) / total >= 0.97  # 66 of 68 found (62 before round 12)


def test_clean_look_alikes_stay_at_most_internal(outcomes: list[Outcome]) -> None:
    raised, now_quiet = unexpected_raised_clean(outcomes, KNOWN_RAISED_CLEAN)
    assert raised == []
    assert now_quiet == []  # a listed text that is quiet now: take it off the list
    assert len(KNOWN_RAISED_CLEAN) <= 1  # 6 of 25 before round 12


def _person_values(engine: CustosEngine, text: str) -> list[str]:
    return [text[f.start : f.end] for f in engine.classify_many([text])[0].findings if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“Fewer phone calls, faster routes.”\n— Niamh Costigan, Depot Manager, Athlone", "Niamh Costigan"),
        ("„Endlich ein Dienstplan, den alle verstehen.“\n— Okan Demirel, Schichtleiter, Gelsenkirchen", "Okan Demirel"),
        ("« Un outil simple et fiable. »\n— Soizic Le Floch, Gérante, Vannes", "Soizic Le Floch"),
        ("Przekazujemy podziękowania Pawłowi Wiśniewskiemu za organizację szkolenia.", "Pawłowi Wiśniewskiemu"),
        ("Zaświadczenie wystawiono dla Agnieszki Nowickiej z działu sprzedaży.", "Agnieszki Nowickiej"),
        ("Spotkanie z kierownikiem zmiany Bartłomiejem Sikorskim odbędzie się w piątek.", "Bartłomiejem Sikorskim"),
        ("Umowę podpisano z panią Joanną Wróblewską w poniedziałek.", "Joanną Wróblewską"),
        ("The rota is signed off by Ousmane Sarr on Fridays.", "Ousmane Sarr"),
        ("Le dossier est suivi par Hippolyte Vasseur depuis mars.", "Hippolyte Vasseur"),
        ("Please book the meeting room for Caoimhín Ó Ceallaigh and the auditors.", "Caoimhín Ó Ceallaigh"),
    ],
)
def test_round12_names_are_found(engine: CustosEngine, text: str, name: str) -> None:
    values = _person_values(engine, text)
    assert any(name in v or v in name for v in values), values


@pytest.mark.parametrize(
    "text",
    [
        "Die Ersatzteile liegen im Depot Feuerbach, die Busse stehen im Betriebshof Nord.",
        "Overflow trailers park at Radlett Yard until Monday morning.",
        "Il materiale arriva allo Stabilimento Sud e poi al Deposito Certosa.",
        "Las nóminas se calculan según el Convenio Colectivo del Metal de Bizkaia.",
        "De lonen volgen de Cao Schoonmaak en voor de chauffeurs de Cao Taxivervoer.",
        "Eingruppierung nach Tarif Chemie Nordrhein, Entgeltgruppe E 7.",
        "Raport przekazano Kierownikowi Produkcji i Dyrektorowi Finansowemu.",
        "Stellenprofil: Sachbearbeiterin Lohnbuchhaltung, Standort Kassel.",
        "Cercasi Responsabile Ufficio Tecnico per la sede di Padova.",
        "Ask the team at the Stockport depot for the spare keys.",
        "Beurteilung bitte glätten.\nMitarbeiter: Sachbearbeiter Elterngeld, seit 2021 im Team",
        "Vendimia, semana 39: parcela Los Almendros por la mañana, parcela La Solana por la tarde.",
    ],
)
def test_round12_look_alikes_are_no_person(engine: CustosEngine, text: str) -> None:
    assert _person_values(engine, text) == []
    assert engine.classify_many([text])[0].level <= SensitivityLevel.INTERNAL
