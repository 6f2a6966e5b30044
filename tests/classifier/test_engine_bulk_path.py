"""The engine's own analysis loop and bulk plumbing give exactly what Presidio's would."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from classifier.engine import ANALYSIS_LANGUAGE, CustosEngine
from classifier.errors import ClassificationBudgetExceeded
from classifier.language import set_text_language

# Values with and without the context words Presidio's enhancer looks for (SSN, e-mail, IP,
# bank account), names and places for NER, and special categories.
TEXTS = [
    "My social security number is 536-22-8726, please update the file.",
    "SSN 536-22-8726",
    "536-22-8726 was on the form",
    "Write to anna.kowalska@example.com or call +44 20 7946 0958.",
    "email: j.doe@example.org, server ip 8.8.4.4, bitcoin wallet 1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
    "Maria Rossi from Milan was diagnosed with diabetes last spring.",
    "Bank account 12345678901 at the branch on 90 Whitchurch Road, Cardiff CF14 3LX.",
    "Nothing sensitive here, just a question about the weather.",
    "",
]


def _as_tuples(results: list[RecognizerResult]) -> list[tuple[str, int, int, float, str]]:
    return [
        (
            result.entity_type,
            result.start,
            result.end,
            result.score,
            str(result.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY]),
        )
        for result in results
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_own_analysis_loop_matches_presidio_analyze(engine: CustosEngine, text: str) -> None:
    presidio = engine.analyzer.analyze(
        text=text,
        language=ANALYSIS_LANGUAGE,
        score_threshold=engine.settings.score_threshold,
        nlp_artifacts=engine.nlp_engine.process_text(text, ANALYSIS_LANGUAGE),
    )
    ours = engine._analyze(text, engine.nlp_engine.process_text(text, ANALYSIS_LANGUAGE))
    assert _as_tuples(ours) == _as_tuples(presidio)


def test_context_words_still_raise_scores(engine: CustosEngine) -> None:
    with_context = engine._analyze(TEXTS[0], engine.nlp_engine.process_text(TEXTS[0], ANALYSIS_LANGUAGE))
    without = engine._analyze(TEXTS[2], engine.nlp_engine.process_text(TEXTS[2], ANALYSIS_LANGUAGE))
    ssn_with = [result.score for result in with_context if result.entity_type == "US_SSN"]
    ssn_without = [result.score for result in without if result.entity_type == "US_SSN"]
    assert ssn_with == [0.85]  # 0.5 + Presidio's context boost
    assert ssn_without == [0.5]


def test_artifacts_built_on_demand_equal_presidios(engine: CustosEngine) -> None:
    text = "Call me at the office: my phone is 020 7946 0958, and I'm there, mostly."
    lazy = engine.nlp_engine.process_text(text, ANALYSIS_LANGUAGE)
    set_text_language(lazy, "de")  # keywords still come from the vocabulary the text was processed with
    doc = lazy.tokens
    eager = NlpArtifacts(
        entities=list(doc.ents),
        tokens=doc,
        tokens_indices=[token.idx for token in doc],
        lemmas=[token.lower_ for token in doc],
        nlp_engine=engine.nlp_engine,
        language=ANALYSIS_LANGUAGE,
    )
    assert lazy.lemmas == eager.lemmas
    assert lazy.tokens_indices == eager.tokens_indices
    assert lazy.keywords == eager.keywords
    assert "phone" in lazy.keywords and "the" not in lazy.keywords
    assert lazy.scores == eager.scores


def test_bulk_keeps_input_order_whatever_the_lengths(engine: CustosEngine) -> None:
    texts = [TEXTS[index] for index in (6, 1, 8, 3, 7, 0, 5, 4, 2)]  # long, short, empty, mixed
    assert engine.classify_many(texts, batch_size=3) == [engine.classify(text) for text in texts]


def test_bulk_deadline_is_checked(engine: CustosEngine) -> None:
    with pytest.raises(ClassificationBudgetExceeded):
        engine.classify_many(TEXTS, deadline=0.0)
