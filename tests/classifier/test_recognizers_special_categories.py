"""GDPR Art. 9 special categories and criminal records fire on statements about a person, not on topics."""

from __future__ import annotations

import pytest

STATEMENTS = [
    ("HEALTH_DATA", "John was diagnosed with diabetes last year."),
    ("HEALTH_DATA", "My colleague suffers from depression."),
    ("HEALTH_DATA", "She is pregnant and starts leave in May."),
    ("HEALTH_DATA", "I have been on sick leave since Monday because of my back."),
    ("HEALTH_DATA", "Her diabetes is under control."),
    ("GENETIC_DATA", "He carries the BRCA1 mutation, according to his genetic test results."),
    ("BIOMETRIC_DATA", "We stored his fingerprints in the access system."),
    ("ETHNIC_ORIGIN", "She is of Roma origin."),
    ("ETHNIC_ORIGIN", "My neighbour is Black and grew up in Leeds."),
    ("POLITICAL_OPINION", "He voted for the Labour Party in the last election."),
    ("POLITICAL_OPINION", "My manager is a member of the Green Party."),
    ("RELIGIOUS_BELIEF", "He is a practising Catholic."),
    ("RELIGIOUS_BELIEF", "My colleague converted to Islam last year."),
    ("TRADE_UNION_MEMBERSHIP", "My colleague is a member of the union."),
    ("TRADE_UNION_MEMBERSHIP", "She joined the trade union in March."),
    ("SEX_LIFE_ORIENTATION", "She is gay."),
    ("SEX_LIFE_ORIENTATION", "Tom came out as bisexual to his parents."),
    ("CRIMINAL_RECORD", "He has a criminal conviction for fraud."),
    ("CRIMINAL_RECORD", "The applicant was convicted of theft in 2019."),
    ("CRIMINAL_RECORD", "My brother is on parole."),
]

TOPICS = [
    "Diabetes rates rise in Europe",
    "Union announces strike",
    "The Labour Party published its manifesto today.",
    "Cancer research receives new funding.",
    "Studies show that fraud costs banks billions.",
    "The church on the square was built in 1820.",
    "The car is black and the seats are white.",
    "It is gay Paris in the 1920s, a film review.",
    "Fingerprint sensors are cheaper than ever.",
    "Criminal records checks are required for teachers.",
    "Ramadan starts next week; the office hours change.",
    "He wrote an article about diabetes.",
]


@pytest.mark.parametrize(("entity_type", "text"), STATEMENTS, ids=[f"{s[0]}-{i}" for i, s in enumerate(STATEMENTS)])
def test_statement_about_a_person_is_found(engine, entity_type: str, text: str) -> None:
    result = engine.classify(text)
    assert entity_type in {f.entity_type for f in result.findings}, [
        (f.entity_type, text[f.start : f.end]) for f in result.findings
    ]
    assert result.level.name == "RESTRICTED"


@pytest.mark.parametrize("text", TOPICS)
def test_topic_or_headline_is_not_a_special_category(engine, text: str) -> None:
    result = engine.classify(text)
    assert not ({"special_category", "criminal_record"} & result.categories), [
        (f.entity_type, text[f.start : f.end]) for f in result.findings
    ]


def test_category_names_follow_the_shared_type(engine) -> None:
    assert engine.classify("He is a practising Catholic.").categories >= {"special_category"}
    assert engine.classify("He was convicted of fraud.").categories >= {"criminal_record"}


def test_span_is_the_sensitive_fact_not_the_whole_sentence(engine) -> None:
    text = "My colleague is a member of the union."
    (finding,) = [f for f in engine.classify(text).findings if f.entity_type == "TRADE_UNION_MEMBERSHIP"]
    assert text[finding.start : finding.end] == "the union"


def test_phrase_scan_at_word_starts_finds_what_a_full_scan_finds() -> None:
    """The first-word shortcut must find exactly the full scan's matches: on the public eval set, on text
    packed with lexicon phrases (overlapping, glued to words, hyphenated, apostrophes) and on odd Unicode."""
    import json
    import random
    from pathlib import Path

    from classifier.recognizers.special_categories import _lexicon, phrase_matches

    lexicon = _lexicon()
    assert lexicon.first_words  # the shortcut is in use, not the fallback
    texts = [""]
    eval_set = Path(__file__).resolve().parents[3] / "shared" / "eval" / "synth_dataset_v2.json"
    if eval_set.exists():
        texts += [row["full_text"] for row in json.loads(eval_set.read_text(encoding="utf-8"))]
    phrases = sorted(lexicon.uses)
    pieces = [" ", "  ", "-", "'", "\u2019", "x", "2", "_", ".", "\n", "é", "\u0301", "ß", "İ"]
    rng = random.Random(20261121)
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 8)):
            parts.append(rng.choice(phrases))
            parts.append("".join(rng.choices(pieces, k=rng.randint(0, 2))))
        texts.append("".join(parts))
    for text in texts:
        lowered = text.lower()
        expected = [m.span() for m in lexicon.phrases_lower.finditer(lowered)]
        assert [m.span() for m in phrase_matches(lexicon, lowered)] == expected, text
