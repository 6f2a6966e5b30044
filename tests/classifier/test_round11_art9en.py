"""Round 11 (art9en): the hand-written development texts of ``data/round11_art9en.py``.

Every labelled Art. 9 span is found (a finding of the same type overlapping it), except the known misses listed
below with their reason; no clean look-alike is classified above INTERNAL; no text without a labelled ethnic origin
gets an ETHNIC_ORIGIN finding (nationality in an address or passport line, cuisine, festivals). A case that passes
today and stops passing fails this test, and so does a listed miss that starts being found.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine
from tests.classifier.data.round11_art9en import TEXTS
from tests.classifier.dev_texts import (
    Outcome,
    classify_texts,
    findings_without_gold,
    raised_clean_texts,
    unexpected_misses,
)
from tests.classifier.special_types import SPECIAL as ART9

# (text index, span value): why it is still missed.
KNOWN_MISSES = {
    (9, "sprained his wrist"): "after a record heading with a number ('Accident book entry 2026-114:') the injury "
    "grammar finds no subject; found without the heading",
    (12, "medication"): "'medication' alone is too broad ('medication policy'); the condition before it is found",
    (13, "endometriosis"): "'absences linked to ...' under 'our disability policy': the policy frame reads as general",
    (22, "epilepsy"): "'Mo' is not in the given-name lists and the NER misses it; the seizure after it is found",
    (47, "dislocated my shoulder"): "'Can't attend the course' opens the sentence: the course reads as a generic frame",
    (53, "carpal tunnel"): "coordinated after 'in her right forearm and'; 'RSI' before it is found",
    (78, "Roms"): "apposition 'des Roms installés à Montreuil,': three words before the comma",
    (81, "cinesi"): "quoted slur about a group ('i cinesi come lei'): the person is 'lei', not in a shape",
    (83, "berbera"): "apposition closed after two words ('originaria dell'Atlante,')",
    (88, "chinos"): "quoted slur about a group, as text 81",
    (91, "Hindostanen"): "a statement about the group quoted in a complaint, no person shape",
    (92, "Molukse"): "'migratieachtergrond' used as a label without a colon",
    (94, "narodowość śląską"): "'deklaruje narodowość ...': a declaration verb with the label word as object",
}


@pytest.fixture(scope="module")
def outcomes(engine: CustosEngine) -> list[Outcome]:
    return classify_texts(engine, TEXTS)


def test_every_labelled_art9_span_is_found_except_known_misses(outcomes: list[Outcome]) -> None:
    missed, now_found = unexpected_misses(outcomes, ART9, KNOWN_MISSES)
    assert missed == []
    assert now_found == []  # a listed miss that is found now: take it off the list


def test_recall_figure(outcomes: list[Outcome]) -> None:
    total = sum(1 for o in outcomes for s in o.spans if s["entity_type"] in ART9)
    assert total == 125
    assert (total - len(KNOWN_MISSES)) / total >= 0.89  # 112 of 125 (87 before round 11, 108 before 12, 109 before 13)


def test_clean_look_alikes_stay_at_most_internal(outcomes: list[Outcome]) -> None:
    assert raised_clean_texts(outcomes) == []
    assert sum(1 for o in outcomes if o.clean) == 22


def test_no_ethnic_origin_without_a_labelled_one(outcomes: list[Outcome]) -> None:
    assert findings_without_gold(outcomes, "ETHNIC_ORIGIN") == []


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        (
            "Bei der Teambesprechung sprach Ilse Brandt offen über ihre kurdischen Wurzeln.",
            "ETHNIC_ORIGIN",
            "kurdischen",
        ),
        ("Née à Lyon de parents marocains, Yasmine Hadj-Ali dirige l'équipe support.", "ETHNIC_ORIGIN", "marocains"),
        ("Der Pianist Jonas Rosenberg-Weiß, selbst Sinto aus Hamburg, gibt ein Konzert.", "ETHNIC_ORIGIN", "Sinto"),
        ("Lucía Amaya Flores, abogada gitana de Almería, defiende el caso.", "ETHNIC_ORIGIN", "gitana"),
        ("James Adeyemi, a British Nigerian pharmacist, joined the Leeds branch.", "ETHNIC_ORIGIN", "British Nigerian"),
        (
            "Occupational health note: Bryony Hale (partially sighted) needs a screen reader.",
            "HEALTH_DATA",
            "partially sighted",
        ),
        (
            "Gareth Pugh reports hot flushes and night sweats since starting the new tablets.",
            "HEALTH_DATA",
            "hot flushes",
        ),
    ],
)
def test_round11_shapes_find_the_fact(
    found: Callable[[str], dict[str, list[str]]], text: str, entity_type: str, value: str
) -> None:
    detected = found(text).get(entity_type, [])
    assert any(value in v or v in value for v in detected), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Ltd, a Kurdish-owned bakery, delivers to the Leeds branch on Mondays.",
        "Nordwind GmbH (Kurdish translation services) opens an office in Bonn.",
        "Swimming lessons: Anna will work on her stroke technique in the deep end.",
        "His stroke play improved a lot this season, said the golf coach Tom Hale.",
        "Hindostaanse keuken in Den Haag: roti, masala en bara op zaterdag.",
        "The quarterly report on migraine in the workforce is on the intranet.",
    ],
)
def test_round11_look_alikes_have_no_art9_finding(engine: CustosEngine, text: str) -> None:
    result = engine.classify_many([text])[0]
    assert [f.entity_type for f in result.findings if f.entity_type in ART9] == []
