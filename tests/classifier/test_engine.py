"""The engine as callers see it: input checks, empty text, batches, versions, offline operation."""

from __future__ import annotations

import socket

import pytest
import tldextract

from classifier.engine import SUPPORTED_LANGUAGES, CustosEngine, EngineSettings, validate_text
from classifier.errors import ClassifierConfigError, ClassifierInputError, TextTooLongError, UnsupportedLanguageError
from classifier.types import SensitivityLevel


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_public_with_no_findings(engine: CustosEngine, text: str) -> None:
    result = engine.classify(text)
    assert result.level is SensitivityLevel.PUBLIC
    assert result.findings == ()
    assert result.categories == frozenset()


def test_plain_text_is_public(engine: CustosEngine) -> None:
    assert engine.classify("What are my options?").level is SensitivityLevel.PUBLIC


def test_bytes_are_rejected_with_a_clear_message(engine: CustosEngine) -> None:
    with pytest.raises(ClassifierInputError, match="not bytes: decode the payload as UTF-8"):
        engine.classify(b"John Smith")  # type: ignore[arg-type]


def test_classifier_input_error_is_a_value_error() -> None:
    assert issubclass(ClassifierInputError, ValueError)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc\x00def", "NUL"),
        ("\x01\x02\x03\x04binary\x05\x06", "control characters"),
        ("bad \udcff byte", "surrogates"),
    ],
)
def test_binary_junk_is_rejected(engine: CustosEngine, text: str, message: str) -> None:
    with pytest.raises(ClassifierInputError, match=message):
        engine.classify(text)


def test_ordinary_control_whitespace_is_fine(engine: CustosEngine) -> None:
    assert engine.classify("line one\r\n\tline two\f").level is SensitivityLevel.PUBLIC


def test_too_long_text_names_the_limit_and_is_not_truncated() -> None:
    with pytest.raises(TextTooLongError, match=r"at most 10 .*CUSTOS_CLASSIFIER_MAX_CHARS") as info:
        validate_text("x" * 11, max_chars=10, language="en")
    assert info.value.limit == 10 and info.value.length == 11


def test_unsupported_language_lists_the_supported_ones(engine: CustosEngine) -> None:
    with pytest.raises(
        UnsupportedLanguageError, match="'sv' is not supported; supported: auto, en, de, fr, it, es, nl, pl"
    ):
        engine.classify("Hej världen", language="sv")


def test_the_language_is_identified_or_taken_as_given(engine: CustosEngine) -> None:
    german = "Sehr geehrte Damen und Herren, meine Bestellung ist noch nicht angekommen."
    assert engine.classify(german).language == "de"
    assert engine.classify(german, language="en").language == "en"
    assert [c.language for c in engine.classify_many([german, "Where is my parcel? It has not arrived."])] == [
        "de",
        "en",
    ]
    assert engine.classify(german).versions["language_id"].startswith("py3langid ")
    assert SUPPORTED_LANGUAGES == ("en", "de", "fr", "it", "es", "nl", "pl")


def test_batch_gives_the_same_result_as_one_by_one(engine: CustosEngine) -> None:
    texts = ["John Smith lives at 90 Whitchurch Road.", "", "Nothing here.", "IBAN GB82 WEST 1234 5698 7654 32"]
    assert engine.classify_many(texts, batch_size=2) == [engine.classify(t) for t in texts]


def test_batch_rejects_a_bad_text_and_names_its_index(engine: CustosEngine) -> None:
    with pytest.raises(ClassifierInputError, match="Text #1"):
        engine.classify_many(["fine", b"bytes"])  # type: ignore[list-item]


def test_versions_name_engine_model_and_recognizer_set(engine: CustosEngine) -> None:
    versions = engine.classify("hello").versions
    assert versions["engine"].startswith("presidio-analyzer ")
    assert versions["spacy_model"] == "en_custos_span_ner 1.0.0"  # the shipped model's meta, not a machine's path
    assert len(versions["recognizers"]) == 16
    assert versions["llm_model"] == ""


def test_pipeline_keeps_only_what_ner_needs(engine: CustosEngine) -> None:
    assert engine.nlp_engine.get_nlp("en").pipe_names == ["ner"]


def test_findings_carry_no_values(engine: CustosEngine) -> None:
    text = "Mail anna@example.com"
    (finding,) = engine.classify(text).findings
    assert "anna" not in repr(finding)
    assert (finding.entity_type, finding.recognizer) == ("EMAIL_ADDRESS", "EmailRecognizer")


def test_missing_spacy_model_is_a_config_error_not_a_download() -> None:
    with pytest.raises(ClassifierConfigError, match="not installed"):
        CustosEngine(EngineSettings(spacy_model="xx_no_such_model_sm"))


def test_no_network_access_for_the_public_suffix_list(engine: CustosEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    fresh = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    assert fresh("mail.example.co.uk").suffix == "co.uk"
    assert tldextract.tldextract.TLD_EXTRACTOR.suffix_list_urls == ()
    assert engine.classify("write to someone@example.org").findings[0].entity_type == "EMAIL_ADDRESS"


def test_get_engine_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from classifier import engine as engine_module

    built: list[int] = []

    def build() -> object:
        built.append(1)
        return object()

    monkeypatch.setattr(engine_module, "_engine", None)
    monkeypatch.setattr(engine_module, "CustosEngine", build)
    first = engine_module.get_engine()
    assert engine_module.get_engine() is first
    assert built == [1]
