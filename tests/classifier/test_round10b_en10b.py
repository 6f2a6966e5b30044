"""Round 10b (en10b): the hand-written English development texts of ``data/round10b_en10b.py``.

Every labelled Art. 9 span is found (a finding of the same type overlapping it), except the known misses listed
below with their reason; no clean look-alike is classified above INTERNAL, except the known false alarms below.
A case that passes today and stops passing fails this test.
"""

from __future__ import annotations

import pytest

from classifier.devcorpus.generate import parse_markup
from classifier.engine import CustosEngine
from tests.classifier.data.round10b_en10b import TEXTS
from tests.classifier.special_types import SPECIAL as ART9

# (text index, span value): why it is still missed.
KNOWN_MISSES = {
    (5, "flare-up"): "a flare-up named in its own clause after the condition; 'flare-up' is a cue after a term only",
    (14, "ringing in his ears"): "'<Name> reports X': 'reports' is a topic noun ('reports on diabetes'), no cue",
    (14, "dizzy spells"): "same sentence as above",
    (20, "miscarriage"): "chat note without a subject ('can't make standup, had a ...'); the writer is implied",
    (22, "housebound after my knee op"): "'housebound' and 'knee op' are not listed; 'op' alone is too ambiguous",
    (23, "a fall"): "'a fall' is an ordinary phrase (prices, autumn); only the context says it is an injury",
    (23, "cracked two ribs"): "a numeral between the injury verb and the body part",
    (26, "not sleeping"): "too ordinary to list without a condition word",
    (28, "hearing aids"): "subject is staff in general ('two of our staff wear ...')",
    (29, "due date"): "'due date' is an invoice word first; the maternity form label is not a health label",
    (
        32,
        "burnt her hand",
    ): "injury grammar needs a person subject the sentence gives only as a name before 'Zara Khan'",
    (32, "blistered"): "a verb without a listed condition",
    (36, "shingles"): "note without a person ('it's shingles'): the writer is implied",
    (38, "breakdown"): "'breakdown' alone is a cost or a car breakdown; only 'nervous/mental breakdown' are listed",
    (39, "fatigue"): "'fatigue' alone is too broad ('Zoom fatigue', 'metal fatigue')",
    (43, "PrEP"): "hyphenated in 'PrEP-type meds'",
    (44, "dyslexia"): "a form answer after a question in the previous sentence ('Do you have a disability? Yes - ...')",
    (44, "dyspraxia"): "same as above",
    (45, "bleed"): "'bleed' alone is a print and a radiator word",
    (46, "Ramadan"): "'during Ramadan' with the request in the question; the observance frame needs a practice verb",
    (46, "fasting"): "'fasting' is also a blood-test instruction; not listed as religion",
    (48, "Mass"): "'Mass' has an ordinary second sense (proximity_ambiguous)",
    (52, "shop steward"): "the steward is another person; the membership is stated by 'in the union' (found)",
    (53, "Unison subs"): "union names are capitalised categories found with a cue or label; 'stop the ... deduction'",
    (59, "Mixed White and Asian"): "'Diversity form:' is not an ethnicity label",
}
# Clean look-alikes still raised above INTERNAL: index -> reason.
KNOWN_CLEAN_RAISED = {
    85: "'Mill Lane' read as a person name by the name recognizers (not an Art. 9 finding)",
}


@pytest.fixture(scope="module")
def outcomes(engine: CustosEngine) -> list[tuple[str, list[dict], object]]:
    parsed = [parse_markup(t["text"]) for t in TEXTS]
    results = engine.classify_many([text for text, _ in parsed])
    return [(text, spans, result) for (text, spans), result in zip(parsed, results, strict=True)]


def test_every_labelled_art9_span_is_found_except_known_misses(outcomes: list) -> None:
    missed = []
    for index, (text, spans, result) in enumerate(outcomes):
        for span in spans:
            if span["entity_type"] not in ART9:
                continue
            value = text[span["start_position"] : span["end_position"]]
            hit = any(
                f.entity_type == span["entity_type"]
                and f.start < span["end_position"]
                and span["start_position"] < f.end
                for f in result.findings
            )
            if not hit and (index, value) not in KNOWN_MISSES:
                missed.append((index, span["entity_type"], value))
    assert missed == []


def test_recall_figure(outcomes: list) -> None:
    total = sum(1 for _, spans, _ in outcomes for s in spans if s["entity_type"] in ART9)
    assert total == 112
    assert (total - len(KNOWN_MISSES)) / total >= 0.77  # 87 of 112 found (59.8 % before round 10b)


def test_clean_look_alikes_stay_at_most_internal(outcomes: list) -> None:
    raised = [
        index
        for index, (_, spans, result) in enumerate(outcomes)
        if not spans and result.level.name not in ("PUBLIC", "INTERNAL") and index not in KNOWN_CLEAN_RAISED
    ]
    assert raised == []
    assert sum(1 for _, spans, _ in outcomes if not spans) == 30
