"""Span-level evaluation of the Custos engine (and, for comparison, vanilla Presidio) on a labelled data set.

Data sets: Custos' development corpus (``classifier/devcorpus/*.json``: records
with ``id``, ``split``, ``language``, ``kind``, ``full_text``, ``spans`` and
``expected_level``) and presidio-research's ``synth_dataset_v2.json`` (only
``full_text`` and ``spans``: read as English, kind "synthetic", expected level
derived from its in-scope spans).

Conventions (see docs/classifier.md, "Evaluation"):

- **Families** come from the level mapping (``classifier/levels.py``), so a
  new entity type counts without editing this module: government IDs form
  NATIONAL_ID, credentials CREDENTIAL, special categories SPECIAL, criminal
  data CRIMINAL; personal and financial types are their own family, with a few
  aliases (STREET_ADDRESS/ZIP_CODE/POSTAL_CODE -> ADDRESS, EMAIL_ADDRESS ->
  EMAIL, PHONE_NUMBER -> PHONE, IBAN_CODE -> IBAN, US_BANK_NUMBER ->
  BANK_ACCOUNT). GPE, ORGANIZATION, DATE_TIME, TITLE, AGE, NRP, DOMAIN_NAME,
  LOCATION and URL are not personal data on their own and are out of scope.
- **Direct identifiers** are the families of personal-data, financial and
  government-ID types. **Matching** (presidio-research style, at span level):
  a prediction is a true positive when it overlaps (>= 1 character) a gold span
  of the same family; a gold span is found when a prediction of its family
  overlaps it. Precision counts predictions of families the data set labels,
  plus financial and government-ID families everywhere (their false alarms
  always matter); F2 = 5PR / (4P + R).
- **Character leak**: non-space characters of direct-identifier gold spans
  (postcodes alone excepted) that no finding of any type covers, i.e. what
  redaction would leave in clear.
- **Art. 9 recall**: special-category and criminal gold spans overlapped by a
  special-category or criminal finding. **Credentials recall**: credential
  spans overlapped by a credential finding.
- **Clean texts raised**: texts whose expected level is at most INTERNAL that
  the engine classifies above INTERNAL. **Under their level**: texts whose
  classification is below the expected level, among texts expected above
  INTERNAL. **PII-free texts flagged** (the public set's measure): texts
  without gold spans that get a finding of a personal-data type.
- **Speed.** Engines run in bulk mode (spaCy ``nlp.pipe``, batch 32) in the
  same process on the same texts, interleaved; the fastest of ``--repeat``
  rounds counts.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from classifier.levels import DEFAULT_LEVELS, LevelMapping
from classifier.types import Category, SensitivityLevel

OUT_OF_SCOPE = frozenset({"GPE", "ORGANIZATION", "DATE_TIME", "TITLE", "AGE", "NRP", "DOMAIN_NAME", "LOCATION", "URL"})
CATEGORY_FAMILIES = {
    Category.GOVERNMENT_ID: "NATIONAL_ID",
    Category.CREDENTIALS: "CREDENTIAL",
    Category.SPECIAL_CATEGORY: "SPECIAL",
    Category.CRIMINAL_RECORD: "CRIMINAL",
}
FAMILY_ALIASES = {
    "STREET_ADDRESS": "ADDRESS",
    "ZIP_CODE": "ADDRESS",
    "POSTAL_CODE": "ADDRESS",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "IBAN_CODE": "IBAN",
    "US_BANK_NUMBER": "BANK_ACCOUNT",
}
DIRECT_CATEGORIES = frozenset({Category.PERSONAL_DATA, Category.FINANCIAL, Category.GOVERNMENT_ID})
ALWAYS_SCORED_CATEGORIES = frozenset({Category.FINANCIAL, Category.GOVERNMENT_ID})
ART9_FAMILIES = frozenset({"SPECIAL", "CRIMINAL"})
# Evidence of the vLLM second opinion: "LLM_" + its category (classifier/second_opinion.py).
LLM_PREFIX = "LLM_"
NOT_LEAK_COUNTED = frozenset({"ZIP_CODE", "POSTAL_CODE"})  # a postcode alone identifies nobody
FAMILY_ORDER = (
    "PERSON",
    "ADDRESS",
    "EMAIL",
    "PHONE",
    "DATE_OF_BIRTH",
    "CREDIT_CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "BANK_ACCOUNT",
    "SPECIAL",
    "CRIMINAL",
    "CREDENTIAL",
)


class Families:
    """Entity type -> family and category, derived from a level mapping."""

    def __init__(self, mapping: LevelMapping | None = None) -> None:
        self.mapping = mapping or LevelMapping(DEFAULT_LEVELS)

    def category(self, entity_type: str) -> str | None:
        if entity_type in OUT_OF_SCOPE:
            return None
        if entity_type.startswith(LLM_PREFIX):  # the second opinion's evidence names its category
            category = entity_type.removeprefix(LLM_PREFIX).lower()
            return category if category in Category.ALL and category != Category.ORGANISATION else None
        if entity_type in FAMILY_ALIASES:  # ZIP_CODE is in no mapping
            return Category.PERSONAL_DATA if entity_type != "US_BANK_NUMBER" else Category.FINANCIAL
        category = self.mapping.rule_for(entity_type).category
        return None if category == Category.ORGANISATION else category

    def family(self, entity_type: str) -> str | None:
        category = self.category(entity_type)
        if category is None:
            return None
        return CATEGORY_FAMILIES.get(category) or FAMILY_ALIASES.get(entity_type, entity_type)

    def is_direct(self, entity_type: str) -> bool:
        return self.category(entity_type) in DIRECT_CATEGORIES

    def level(self, entity_type: str) -> SensitivityLevel:
        return self.mapping.rule_for(entity_type).level


@dataclass(frozen=True)
class Span:
    entity_type: str
    start: int
    end: int


@dataclass(frozen=True)
class Sample:
    text: str
    spans: tuple[Span, ...]
    id: str = ""
    language: str = "en"
    kind: str = "synthetic"
    split: str = ""
    expected_level: SensitivityLevel | None = None


@dataclass(frozen=True)
class Prediction:
    level: SensitivityLevel
    spans: tuple[Span, ...]


def load_dataset(
    path: str | Path,
    limit: int | None = None,
    *,
    split: str = "all",
    language: str | None = None,
    kind: str | None = None,
) -> list[Sample]:
    """Read a corpus or presidio-research JSON list, filtered; ``limit`` keeps the first N after filtering."""
    families = Families()
    samples = []
    for number, record in enumerate(json.loads(Path(path).read_text(encoding="utf-8"))):
        spans = tuple(Span(s["entity_type"], int(s["start_position"]), int(s["end_position"])) for s in record["spans"])
        sample = Sample(
            text=record["full_text"],
            spans=spans,
            id=str(record.get("id", number)),
            language=record.get("language", "en"),
            kind=record.get("kind", "synthetic"),
            split=record.get("split", ""),
            expected_level=(
                SensitivityLevel.parse(record["expected_level"])
                if "expected_level" in record
                else max(
                    (families.level(s.entity_type) for s in spans if families.family(s.entity_type)),
                    default=SensitivityLevel.PUBLIC,
                )
            ),
        )
        if split != "all" and sample.split and sample.split != split:
            continue
        if (language and sample.language != language) or (kind and sample.kind != kind):
            continue
        samples.append(sample)
    return samples[:limit] if limit is not None else samples


@dataclass
class Counts:
    predicted: int = 0
    true_positive_predictions: int = 0
    gold: int = 0
    found_gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive_predictions / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found_gold / self.gold if self.gold else 0.0

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if (p + r) else 0.0

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.true_positive_predictions += other.true_positive_predictions
        self.gold += other.gold
        self.found_gold += other.found_gold

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f2": round(self.f2, 4),
            "predicted": self.predicted,
            "gold": self.gold,
        }


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass
class Group:
    """Scores over one slice of the data set (everything, one language, one kind)."""

    texts: int = 0
    families: dict[str, Counts] = field(default_factory=dict)
    types: dict[str, Counts] = field(default_factory=dict)  # gold type -> recall within its family
    direct: Counts = field(default_factory=Counts)
    leaked_chars: int = 0
    identifier_chars: int = 0
    art9: Counts = field(default_factory=Counts)
    credentials: Counts = field(default_factory=Counts)
    clean_texts: int = 0
    clean_raised: int = 0
    leveled_texts: int = 0
    under_level: int = 0
    pii_free_texts: int = 0
    pii_free_flagged: int = 0

    @property
    def leak_share(self) -> float:
        return _share(self.leaked_chars, self.identifier_chars)

    @property
    def clean_raised_share(self) -> float:
        return _share(self.clean_raised, self.clean_texts)

    @property
    def under_level_share(self) -> float:
        return _share(self.under_level, self.leveled_texts)

    @property
    def false_alarm_share(self) -> float:
        return _share(self.pii_free_flagged, self.pii_free_texts)

    def as_dict(self) -> dict[str, object]:
        return {
            "texts": self.texts,
            "direct_identifiers": self.direct.as_dict(),
            "direct_identifier_chars_unredacted": round(self.leak_share, 4),
            "art9_recall": round(self.art9.recall, 4),
            "art9_spans": self.art9.gold,
            "credentials_recall": round(self.credentials.recall, 4),
            "credential_spans": self.credentials.gold,
            "clean_texts": self.clean_texts,
            "clean_texts_above_internal": self.clean_raised,
            "clean_texts_above_internal_share": round(self.clean_raised_share, 4),
            "texts_expected_above_internal": self.leveled_texts,
            "texts_under_level": self.under_level,
            "texts_under_level_share": round(self.under_level_share, 4),
            "pii_free_texts": self.pii_free_texts,
            "pii_free_texts_flagged": round(self.false_alarm_share, 4),
            "families": {name: c.as_dict() for name, c in _ordered(self.families)},
            "types": {name: c.as_dict() for name, c in sorted(self.types.items())},
        }


def _ordered(families: dict[str, Counts]) -> list[tuple[str, Counts]]:
    rank = {name: index for index, name in enumerate(FAMILY_ORDER)}
    return sorted(families.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))


@dataclass
class Report:
    """Scores of one engine on one data set: overall and per language and kind."""

    engine: str
    overall: Group = field(default_factory=Group)
    languages: dict[str, Group] = field(default_factory=dict)
    kinds: dict[str, Group] = field(default_factory=dict)
    texts: int = 0
    seconds: float = 0.0
    errors: Counter[str] = field(default_factory=Counter)
    error_ids: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    error_values: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    # The public set's headline figures, kept under their old names.
    @property
    def families(self) -> dict[str, Counts]:
        return self.overall.families

    @property
    def leak_share(self) -> float:
        return self.overall.leak_share

    @property
    def false_alarm_share(self) -> float:
        return self.overall.false_alarm_share

    @property
    def texts_per_second(self) -> float:
        return self.texts / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "engine": self.engine,
            "overall": self.overall.direct.as_dict(),
            "families": {name: c.as_dict() for name, c in _ordered(self.overall.families)},
            "direct_identifier_chars_unredacted": round(self.leak_share, 4),
            "pii_free_texts_flagged": round(self.false_alarm_share, 4),
            "pii_free_texts": self.overall.pii_free_texts,
            "texts": self.texts,
            "texts_per_second": round(self.texts_per_second, 1),
            "summary": self.overall.as_dict(),
            "languages": {name: g.as_dict() for name, g in sorted(self.languages.items())},
            "kinds": {name: g.as_dict() for name, g in sorted(self.kinds.items())},
            "errors": [
                {"kind": kind, "count": count, "ids": self.error_ids[kind][:20]}
                for kind, count in self.errors.most_common()
            ],
        }


def score(
    engine: str,
    samples: Sequence[Sample],
    predictions: Sequence[Prediction | Sequence[Span]],
    seconds: float,
    *,
    families: Families | None = None,
) -> Report:
    """Compare predictions with gold spans, following the module conventions."""
    families = families or Families()
    report = Report(engine=engine, texts=len(samples), seconds=seconds)
    labelled = {families.family(s.entity_type) for sample in samples for s in sample.spans} - {None}
    for sample, prediction in zip(samples, predictions, strict=True):
        if not isinstance(prediction, Prediction):  # a bare list of spans: level from the mapping
            spans = tuple(prediction)
            prediction = Prediction(
                max((families.level(p.entity_type) for p in spans), default=SensitivityLevel.PUBLIC), spans
            )
        groups = [
            report.overall,
            report.languages.setdefault(sample.language, Group()),
            report.kinds.setdefault(sample.kind, Group()),
        ]
        for group in groups:
            group.texts += 1
        _score_sample(report, groups, sample, prediction, families, labelled)
    for group in [report.overall, *report.languages.values(), *report.kinds.values()]:
        for name, counts in group.families.items():
            if name not in ART9_FAMILIES and name != "CREDENTIAL":
                group.direct.add(counts)
    return report


def _score_sample(
    report: Report,
    groups: list[Group],
    sample: Sample,
    prediction: Prediction,
    families: Families,
    labelled: set[str | None],
) -> None:
    gold = [(s, f) for s in sample.spans if (f := families.family(s.entity_type))]
    scored = [(p, f) for p in prediction.spans if (f := families.family(p.entity_type))]

    def note(kind: str, span: Span | None = None) -> None:
        report.errors[kind] += 1
        report.error_ids[kind].append(sample.id)
        if span is not None:
            report.error_values[kind].append(sample.text[span.start : span.end])

    def counts(group: Group, family: str) -> Counts:
        return group.families.setdefault(family, Counts())

    for span, family in gold:
        found = any(f == family and _overlap(span, p) for p, f in scored)
        art9_found = family in ART9_FAMILIES and any(f in ART9_FAMILIES and _overlap(span, p) for p, f in scored)
        for group in groups:
            counts(group, family).gold += 1
            counts(group, family).found_gold += found
            type_counts = group.types.setdefault(span.entity_type, Counts())
            type_counts.gold += 1
            type_counts.found_gold += found
            if family in ART9_FAMILIES:
                group.art9.gold += 1
                group.art9.found_gold += art9_found
            elif family == "CREDENTIAL":
                group.credentials.gold += 1
                group.credentials.found_gold += found
        if not (found or art9_found):
            note(f"missed {span.entity_type}", span)
    for span, family in scored:
        if family not in labelled and families.category(span.entity_type) not in ALWAYS_SCORED_CATEGORIES:
            continue
        hit = any(f == family and _overlap(span, g) for g, f in gold)
        for group in groups:
            counts(group, family).predicted += 1
            counts(group, family).true_positive_predictions += hit
        if not hit:
            note(f"false {span.entity_type}", span)
    leaked = identifier = 0
    for span in sample.spans:
        if families.is_direct(span.entity_type) and span.entity_type not in NOT_LEAK_COUNTED:
            for index in range(span.start, span.end):
                if not sample.text[index].isspace():
                    identifier += 1
                    leaked += not any(p.start <= index < p.end for p in prediction.spans)
    expected = sample.expected_level if sample.expected_level is not None else SensitivityLevel.PUBLIC
    clean = expected <= SensitivityLevel.INTERNAL
    raised = clean and prediction.level > SensitivityLevel.INTERNAL
    leveled = expected > SensitivityLevel.INTERNAL
    under = leveled and prediction.level < expected
    pii_free = not sample.spans
    flagged = pii_free and any(families.category(p.entity_type) for p in prediction.spans)
    for group in groups:
        group.leaked_chars += leaked
        group.identifier_chars += identifier
        group.clean_texts += clean
        group.clean_raised += raised
        group.leveled_texts += leveled
        group.under_level += under
        group.pii_free_texts += pii_free
        group.pii_free_flagged += flagged
    if raised:
        raisers = sorted(
            {p.entity_type for p in prediction.spans if families.level(p.entity_type) > SensitivityLevel.INTERNAL}
        )
        note(f"clean text raised by {'+'.join(raisers) or '?'}")
    if under:
        note(f"under level: {expected.name} text classified {prediction.level.name}")


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


# -- engines ------------------------------------------------------------------

Predictor = Callable[[Sequence[str]], list[Prediction]]


def custos_predictor(batch_size: int = 32, *, second_opinion: Counter[str] | None = None) -> Predictor:
    """Custos engine: its level and findings (its own score threshold), in bulk mode.

    With ``second_opinion`` (a counter) each classification then goes to the configured vLLM
    second opinion, which may only raise it; the counter tallies its outcome per text
    (``used``, ``unavailable:<reason>``), so a report says how many texts it really judged.
    """
    from classifier.engine import get_engine
    from classifier.second_opinion import apply_second_opinion_many

    engine = get_engine()

    def predict(texts: Sequence[str]) -> list[Prediction]:  # classify_many validates every text first
        results = engine.classify_many(texts, batch_size=batch_size)
        if second_opinion is not None:
            results = apply_second_opinion_many(texts, results)
            second_opinion.update(result.versions.get("llm", "off") for result in results)
        return [
            Prediction(result.level, tuple(Span(f.entity_type, f.start, f.end) for f in result.findings))
            for result in results
        ]

    return predict


VANILLA_THRESHOLD = 0.4


def vanilla_predictor(model_name: str, batch_size: int = 32) -> Predictor:
    """Presidio AnalyzerEngine with its default recognizers on the same spaCy model, threshold 0.4.

    Its level is Custos' mapping applied to its findings.
    """
    import presidio_analyzer
    import yaml
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from classifier.engine import _use_offline_public_suffix_list

    _use_offline_public_suffix_list()
    # Presidio's own default spaCy configuration (entity mapping, labels to ignore), only the model swapped.
    default_conf = Path(presidio_analyzer.__file__).parent / "conf" / "spacy.yaml"
    configuration = yaml.safe_load(default_conf.read_text(encoding="utf-8"))
    configuration["models"] = [{"lang_code": "en", "model_name": model_name}]
    provider = NlpEngineProvider(nlp_configuration=configuration)
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    families = Families()

    def predict(texts: Sequence[str]) -> list[Prediction]:
        results = batch.analyze_iterator(
            list(texts), language="en", batch_size=batch_size, score_threshold=VANILLA_THRESHOLD
        )
        predictions = []
        for per_text in results:
            spans = tuple(Span(r.entity_type, r.start, r.end) for r in per_text)
            level = max((families.level(p.entity_type) for p in spans), default=SensitivityLevel.PUBLIC)
            predictions.append(Prediction(level, spans))
        return predictions

    return predict


def run(samples: Sequence[Sample], name: str, predictor: Predictor) -> Report:
    """Predict once, time it, score it."""
    return compare(samples, {name: predictor}, repeat=1)[0]


def compare(samples: Sequence[Sample], predictors: dict[str, Predictor], *, repeat: int = 2) -> list[Report]:
    """Score each predictor; time = fastest of ``repeat`` rounds, engines interleaved per round.

    Interleaving and taking the fastest round keep a busy machine (other
    processes on the same cores) from favouring whichever engine ran first.
    """
    texts = [s.text for s in samples]
    predictions: dict[str, list[Prediction]] = {}
    seconds: dict[str, float] = {}
    for _ in range(max(1, repeat)):
        for name, predictor in predictors.items():
            started = time.perf_counter()
            result = predictor(texts)
            elapsed = time.perf_counter() - started
            predictions.setdefault(name, result)
            seconds[name] = min(seconds.get(name, elapsed), elapsed)
    return [score(name, samples, predictions[name], seconds[name]) for name in predictors]


# -- tables -------------------------------------------------------------------


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} {_share(part, whole):.1%}" if whole else "-"


def format_summary(report: Report) -> str:
    """One row per slice: overall, each language, each kind."""
    header = (
        f"{'slice':<18} {'texts':>5} | {'P':>5} {'R':>5} {'F2':>5} | {'leak':>6} | {'Art.9 R':>16} | "
        f"{'cred. R':>16} | {'clean > INTERNAL':>16} | {'under level':>16}"
    )
    lines = [f"Summary, {report.engine}", header, "-" * len(header)]
    rows: list[tuple[str, Group]] = [("all", report.overall)]
    rows += [(f"language {k}", g) for k, g in sorted(report.languages.items())]
    rows += [(f"kind {k}", g) for k, g in sorted(report.kinds.items())]
    for name, g in rows:
        direct = (
            f"{g.direct.precision:5.3f} {g.direct.recall:5.3f} {g.direct.f2:5.3f}"
            if g.direct.gold or g.direct.predicted
            else f"{'-':>5} {'-':>5} {'-':>5}"
        )
        leak = f"{g.leak_share:6.1%}" if g.identifier_chars else f"{'-':>6}"
        lines.append(
            f"{name:<18} {g.texts:>5} | {direct} | "
            f"{leak} | {_pct(g.art9.found_gold, g.art9.gold):>16} | "
            f"{_pct(g.credentials.found_gold, g.credentials.gold):>16} | {_pct(g.clean_raised, g.clean_texts):>16} | "
            f"{_pct(g.under_level, g.leveled_texts):>16}"
        )
    return "\n".join(lines)


def format_types(report: Report) -> str:
    """Recall per gold entity type (within its family)."""
    lines = [f"Recall per entity type, {report.engine}", f"{'type':<24} {'R':>6} {'found':>6} {'gold':>6}"]
    for name, c in sorted(report.overall.types.items(), key=lambda item: (item[1].recall, item[0])):
        lines.append(f"{name:<24} {c.recall:6.3f} {c.found_gold:>6} {c.gold:>6}")
    return "\n".join(lines)


def format_table(reports: Sequence[Report]) -> str:
    """Per-family comparison table (one column block per engine) and the headline shares."""
    lines = []
    names: list[str] = []
    for report in reports:
        names += [name for name, _ in _ordered(report.overall.families) if name not in names]
    header = f"{'family':<13}" + "".join(f" | {r.engine[:26]:^26}" for r in reports)
    sub = f"{'':<13}" + "".join(f" | {'P':>6} {'R':>6} {'F2':>6} {'n':>5}" for _ in reports)
    lines += [header, sub, "-" * len(sub)]
    for family in [*names, "direct ids"]:
        row = f"{family:<13}"
        for report in reports:
            counts = report.overall.direct if family == "direct ids" else report.overall.families.get(family, Counts())
            row += (
                f" | {counts.precision:6.3f} {counts.recall:6.3f} {counts.f2:6.3f} {counts.gold or counts.predicted:5d}"
            )
        lines.append(row)
    lines.append("-" * len(sub))
    for label, attr, fmt in (
        ("identifier chars unredacted", "leak_share", "{:.1%}"),
        ("PII-free texts flagged", "false_alarm_share", "{:.1%}"),
        ("texts per second", "texts_per_second", "{:.1f}"),
    ):
        lines.append(f"{label:<30}" + "".join(f" | {fmt.format(getattr(r, attr)):>14}" for r in reports))
    return "\n".join(lines)


def format_errors(report: Report, top: int, *, show_text: bool = False) -> str:
    """The ``top`` most common misses, false alarms and level errors, with record ids (values only on request)."""
    lines = [f"Most common errors, {report.engine}:"]
    for kind, count in report.errors.most_common(top):
        ids = report.error_ids[kind]
        lines.append(f"  {count:5d}  {kind}  [{', '.join(ids[:8])}{', ...' if len(ids) > 8 else ''}]")
        if show_text:
            for value in report.error_values.get(kind, [])[:5]:
                lines.append(f"         {value!r}")
    return "\n".join(lines)
