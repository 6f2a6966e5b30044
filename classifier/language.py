"""Which of the supported languages a text is written in.

py3langid (a maintained fork of langid.py, BSD licence, its model ships in
the wheel) restricted to the languages Custos supports. Chosen over
lingua-language-detector by measurement (benchmarks/language_id.py) on 1,575
short real texts (Django's own translations, 62 characters on average, seven
languages): py3langid 99.3 % right at 0.03 ms a text and +51 MB resident;
lingua 98.0 % at 0.19 ms and +257 MB (high-accuracy mode) or 94.4 % and
+20 MB (low-accuracy mode). See docs/classifier.md, "Languages".

The recognizers are language-neutral (their vocabularies are the union of
the supported languages), so the language is what a classification reports
and a hint for recognizers that trust the English NER model less in other
languages; a wrong guess never switches a recognizer off.
"""

from __future__ import annotations

import threading
from importlib.metadata import version as package_version
from typing import Any

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "it", "es", "nl", "pl")
DEFAULT_LANGUAGE = "en"
# Language identification needs no more than this; longer texts are judged on their start (0.19 ms at 2,000).
SAMPLE_CHARS = 1_000
# Below this many letters there is nothing to judge ("OK", "#42", a number): the default is reported.
MIN_LETTERS = 4

_identifier: Any = None
_identifier_lock = threading.Lock()


def _get_identifier() -> Any:
    global _identifier
    if _identifier is None:
        with _identifier_lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
                identifier.set_languages(list(SUPPORTED_LANGUAGES))
                identifier._full_model = None  # the 97-language matrix is no longer needed (~25 MB)
                _identifier = identifier
    return _identifier


def detect_language(text: str) -> str:
    """The most likely supported language of ``text``; ``DEFAULT_LANGUAGE`` when it has too few letters."""
    sample = text[:SAMPLE_CHARS]
    letters = 0
    for char in sample:
        if char.isalpha():
            letters += 1
            if letters >= MIN_LETTERS:
                break
    else:
        return DEFAULT_LANGUAGE
    language, _score = _get_identifier().classify(sample)
    return str(language)


def set_text_language(nlp_artifacts: Any, language: str) -> None:
    """Tell the recognizers the text's language (Presidio's NlpArtifacts has no such field)."""
    nlp_artifacts.language = language


def text_language(nlp_artifacts: Any) -> str:
    """The language the engine identified for the text being analysed; the default when unknown."""
    return str(getattr(nlp_artifacts, "language", DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)


def identifier_version() -> str:
    return f"py3langid {package_version('py3langid')}"
