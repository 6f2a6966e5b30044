"""Round 10b, topic de10b: German PII-free business texts raised above INTERNAL.

Runs the engine over the hand-written development texts of ``data/round10b_de10b.py`` (written before
measuring) and asserts the figure reached: no clean text above INTERNAL except the known misses listed below
with their reason, and every labelled Art. 9 span found except the listed ones. Plus invented look-alikes:
clean uses stay clean, personal uses stay found."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.devcorpus.generate import parse_markup
from classifier.engine import CustosEngine
from tests.classifier.data.round10b_de10b import TEXTS
from tests.classifier.special_types import SPECIAL as ART9

Found = Callable[[str], dict[str, list[str]]]

RAISED = ("CONFIDENTIAL", "RESTRICTED")

# Clean texts still raised, by index in TEXTS, with the reason.
# span model (round 13): 6 ('Apple Pay') and 27 ('Reha' in a trade-fair title) are quiet: the span model tags
# neither as a person, so they are guarded by the clean-text test above.
KNOWN_RAISED: dict[int, str] = {}
# Labelled Art. 9 spans still missed, as (index, value), with the reason.
KNOWN_MISSED = {
    (79, "krankgeschrieben"): "second predicate of a coordinated clause ('... gebrochen und ist ... krankgeschrieben')",
}

CLEAN = [i for i, t in enumerate(TEXTS) if not parse_markup(t["text"])[1]]
ART9_SPANS = [
    (i, t["text"], span)
    for i, t in enumerate(TEXTS)
    for span in parse_markup(t["text"])[1]
    if span["entity_type"] in ART9
]


def _level(engine: CustosEngine, text: str) -> str:
    level = engine.classify(text).level
    return getattr(level, "name", str(level))


@pytest.mark.parametrize("index", [i for i in CLEAN if i not in KNOWN_RAISED])
def test_clean_german_text_stays_at_or_below_internal(engine: CustosEngine, index: int) -> None:
    text = parse_markup(TEXTS[index]["text"])[0]
    assert _level(engine, text) not in RAISED, [
        (f.entity_type, text[f.start : f.end]) for f in engine.classify(text).findings
    ]


@pytest.mark.parametrize("index", sorted(KNOWN_RAISED))
def test_known_raised_clean_texts_are_still_listed(engine: CustosEngine, index: int) -> None:
    """A known miss that gets fixed must leave the list (so that it is then guarded above)."""
    text = parse_markup(TEXTS[index]["text"])[0]
    assert _level(engine, text) in RAISED


def test_figure_reached() -> None:
    assert len(CLEAN) == 63
    assert len(KNOWN_RAISED) / len(CLEAN) <= 0.05


def _art9_found(engine: CustosEngine, index: int, marked: str, span: dict) -> bool:
    text = parse_markup(marked)[0]
    return any(
        f.entity_type == span["entity_type"] and f.start < span["end_position"] and span["start_position"] < f.end
        for f in engine.classify(text).findings
    )


@pytest.mark.parametrize(
    ("index", "marked", "span"),
    [
        s
        for s in ART9_SPANS
        if (s[0], parse_markup(s[1])[0][s[2]["start_position"] : s[2]["end_position"]]) not in KNOWN_MISSED
    ],
)
def test_labelled_art9_span_found(engine: CustosEngine, index: int, marked: str, span: dict) -> None:
    assert _art9_found(engine, index, marked, span)


@pytest.mark.parametrize(("index", "value"), sorted(KNOWN_MISSED))
def test_known_missed_art9_spans_are_still_missed(engine: CustosEngine, index: int, value: str) -> None:
    marked = TEXTS[index]["text"]
    text, spans = parse_markup(marked)
    span = next(s for s in spans if text[s["start_position"] : s["end_position"]] == value)
    assert not _art9_found(engine, index, marked, span)


# -- invented look-alikes of each class ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadtbibliothek sucht ab sofort ehrenamtliche Vorleserinnen für die Kinderstunde.",
        "Unser Kindergarten in katholischer Trägerschaft bietet zwölf neue Krippenplätze an.",
        "Die Gewerkschaft ver.di und der Arbeitgeberverband Chemieindustrie einigten sich auf 4 Prozent mehr Lohn ab Juli, ein Streik ist vom Tisch.",
        "Zum Thema Arbeitszeiterfassung gibt es am Mittwoch eine Schulung.",
        "Die Filiale hat an Heiligabend und Silvester nur bis 14 Uhr geöffnet.",
    ],
)
def test_german_clean_look_alikes_stay_clean(engine: CustosEngine, text: str) -> None:
    assert _level(engine, text) not in RAISED, [
        (f.entity_type, text[f.start : f.end]) for f in engine.classify(text).findings
    ]


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        ("Herr Volkmar Rettich hat eine Sucht und ist seit Mai in Behandlung.", "HEALTH_DATA"),
        ("Frau Irmgard Falkenhayn hat einen Grad der Behinderung von 70.", "HEALTH_DATA"),
        ("Seit Juni ist Frau Berit Osterkamp Mitglied der IG Metall.", "TRADE_UNION_MEMBERSHIP"),
        ("Herr Quirin Hallgarten ist evangelisch und möchte am Reformationstag frei haben.", "RELIGIOUS_BELIEF"),
    ],
)
def test_german_personal_look_alikes_stay_found(found: Found, text: str, entity_type: str) -> None:
    assert found(text).get(entity_type), found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Bewerbung von Anja Rotermund liegt vor.", "Anja Rotermund"),
        ("Silvester Brandauer hat gestern angerufen.", "Silvester Brandauer"),
    ],
)
def test_german_persons_near_the_new_rules_stay_persons(found: Found, text: str, name: str) -> None:
    assert any(name in v for v in found(text).get("PERSON", [])), found(text)
