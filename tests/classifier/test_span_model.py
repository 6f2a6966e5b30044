"""The trained span model's recognizer and its training recipe, on hand-made documents and the recipe code.

The engine runs the shipped model (``classifier/data/span_model``); the recognizer tests here feed it
hand-made NER output, so they hold for any model.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
import spacy
from presidio_analyzer import RecognizerResult
from spacy.tokens import Doc, Span

from classifier.devcorpus import NOT_FOR_TUNING
from classifier.engine import BASE_SPACY_MODEL, DEFAULT_SPACY_MODEL
from classifier.levels import load_level_mapping
from classifier.recognizers.base import SPAN_MODEL_TYPES
from classifier.recognizers.span_model import RECOGNIZER_NAME, SpanModelRecognizer, keep_additions
from classifier.training import train_span_model
from classifier.types import Category


def _artifacts(text: str, entities: list[tuple[str, str]]) -> SimpleNamespace:
    """NLP artifacts whose NER found ``entities`` (substring, label) in ``text``."""
    doc = spacy.blank("en")(text)
    spans = []
    for value, label in entities:
        start = text.index(value)
        span = doc.char_span(start, start + len(value), label=label)
        assert span is not None, value
        spans.append(span)
    doc.ents = spans
    return SimpleNamespace(doc_ents=doc.ents, tokens=doc)


def _analyze(text: str, entities: list[tuple[str, str]]) -> list[tuple[str, str]]:
    results = SpanModelRecognizer().analyze(text, list(SPAN_MODEL_TYPES), _artifacts(text, entities))  # type: ignore[arg-type]
    return [(r.entity_type, text[r.start : r.end]) for r in results]


@pytest.mark.parametrize("entity_type", SPAN_MODEL_TYPES)
def test_each_model_label_becomes_a_finding_of_its_type_and_category(entity_type: str) -> None:
    text = "The note says she has some unusual thing going on."
    assert _analyze(text, [("some unusual thing", entity_type)]) == [(entity_type, "some unusual thing")]
    expected = Category.CRIMINAL_RECORD if entity_type == "CRIMINAL_RECORD" else Category.SPECIAL_CATEGORY
    assert load_level_mapping(None).rule_for(entity_type).category == expected


def test_places_organisations_and_names_of_the_model_are_not_its_business() -> None:
    text = "Petra Lindqvist from Acme Widgets flew to Oslo."
    entities = [("Petra Lindqvist", "PERSON"), ("Acme Widgets", "ORG"), ("Oslo", "GPE")]
    assert _analyze(text, entities) == []


def test_code_lines_and_lone_capitalised_words_are_left_to_the_rules() -> None:
    text = "status = chronic fatigue or None\nHe wrote to Brightwell about his long-term fatigue."
    entities = [("chronic fatigue", "HEALTH_DATA"), ("Brightwell", "HEALTH_DATA"), ("long-term fatigue", "HEALTH_DATA")]
    assert _analyze(text, entities) == [("HEALTH_DATA", "long-term fatigue")]


def test_a_topic_is_no_finding_a_statement_about_a_person_is() -> None:
    # The rules' own proximity test: a term counts on a line that names or speaks as a person.
    assert _analyze("Our pharmacy stocks naproxen in several strengths.", [("naproxen", "HEALTH_DATA")]) == []
    assert (
        _analyze("Il corso spiega come riconoscere una frattura del polso.", [("frattura del polso", "HEALTH_DATA")])
        == []
    )
    said = "My brother has taken naproxen since his fall."
    assert _analyze(said, [("naproxen", "HEALTH_DATA")]) == [("HEALTH_DATA", "naproxen")]
    named = "Bij Sander is vorige week een melanoom verwijderd."
    assert _analyze(named, [("Sander", "PERSON"), ("melanoom", "HEALTH_DATA")]) == [("HEALTH_DATA", "melanoom")]


def _result(entity_type: str, start: int, end: int, recognizer: str) -> RecognizerResult:
    return RecognizerResult(
        entity_type, start, end, 0.6, recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer}
    )


def test_the_model_only_adds_where_no_rule_found_anything() -> None:
    rule = _result("HEALTH_DATA", 10, 18, "SpecialCategoryRecognizer")
    address = _result("STREET_ADDRESS", 40, 60, "AddressRecognizer")
    organisation = _result("ORGANIZATION", 70, 80, "OrganizationRecognizer")
    wider = _result("HEALTH_DATA", 5, 25, RECOGNIZER_NAME)  # moves a rule's boundaries: goes
    on_address = _result("HEALTH_DATA", 45, 50, RECOGNIZER_NAME)  # an address is no diagnosis: goes
    union_named_as_firm = _result("TRADE_UNION_MEMBERSHIP", 70, 80, RECOGNIZER_NAME)  # stays
    alone = _result("RELIGIOUS_BELIEF", 90, 99, RECOGNIZER_NAME)  # stays
    kept = keep_additions([rule, address, organisation, wider, on_address, union_named_as_firm, alone])
    assert kept == [rule, address, organisation, union_named_as_firm, alone]


def test_training_never_reads_a_held_out_split() -> None:
    for split in train_span_model.HELD_OUT_SPLITS:
        assert split not in train_span_model.TEMPLATE_SPLITS + train_span_model.AUTHOR_SPLITS
        with pytest.raises(SystemExit, match="held out"):
            train_span_model.load_split(split)


def test_training_never_reads_a_validation_split() -> None:
    for split in train_span_model.VALIDATION_SPLITS:
        assert split not in train_span_model.TEMPLATE_SPLITS + train_span_model.AUTHOR_SPLITS
        with pytest.raises(SystemExit, match="validation split"):
            train_span_model.load_split(split)


def test_template_splits_are_sampled_and_author_splits_taken_whole() -> None:
    records = train_span_model.select_records(
        template_splits=["dev"], author_splits=["fresh4"], per_template_split=30, seed=1
    )
    splits = [record["split"] for record in records]
    assert splits.count("dev") == 30
    assert splits.count("fresh4") == len(train_span_model.load_split("fresh4"))


def test_training_labels_gold_types_and_keeps_the_base_labels_elsewhere() -> None:
    nlp = spacy.blank("en")
    text = "Ines Varga was treated for frostbite in Lisbon."
    record = {
        "full_text": text,
        "spans": [
            {"entity_type": "PERSON", "start_position": 0, "end_position": 10},
            {"entity_type": "HEALTH_DATA", "start_position": 27, "end_position": 36},
        ],
    }

    def base(text: str) -> Doc:  # a stand-in for the base model: a place, and a wrong name
        doc = nlp(text)
        doc.ents = [Span(doc, 7, 8, label="GPE"), Span(doc, 3, 4, label="PERSON")]
        return doc

    reference = train_span_model.reference_doc(nlp, base, record)  # type: ignore[arg-type]
    assert [(e.text, e.label_) for e in reference.ents] == [
        ("Ines Varga", "PERSON"),
        ("frostbite", "HEALTH_DATA"),
        ("Lisbon", "GPE"),
    ]
    # The variant that keeps the base model's names and merges the special categories into one label.
    variant = train_span_model.reference_doc(nlp, base, record, merged=True, names="base")  # type: ignore[arg-type]
    assert [(e.text, e.label_) for e in variant.ents] == [
        ("treated", "PERSON"),
        ("frostbite", "SPECIAL_CATEGORY"),
        ("Lisbon", "GPE"),
    ]


def test_the_engine_runs_the_shipped_span_model_built_without_held_out_or_validation_texts() -> None:
    meta = json.loads((Path(DEFAULT_SPACY_MODEL) / "meta.json").read_text(encoding="utf-8"))
    recipe = meta["custos_recipe"]
    assert meta["name"] == "custos_span_ner"
    assert set(SPAN_MODEL_TYPES) <= set(meta["labels"]["ner"])
    assert recipe["held_out_splits_read"] == []
    read = {*recipe["template_splits"], *recipe["author_splits"]}
    assert not read & set(NOT_FOR_TUNING)
    assert recipe["base_model"].startswith(f"{BASE_SPACY_MODEL} ")
