"""Span-level evaluation of the Custos engine against vanilla Presidio on a labelled data set.

Data set format: presidio-research's ``synth_dataset_v2.json`` (a list of
``{"full_text", "spans": [{"entity_type", "start_position", "end_position"}]}``).

Conventions (see docs/classifier.md, "Evaluation"):

- **Scope.** Gold types that identify a person or an account are in scope and
  grouped into families; GPE, ORGANIZATION, DATE_TIME, TITLE, AGE, NRP and
  DOMAIN_NAME are not personal data on their own and are out of scope:
  neither engine is rewarded or penalised for them.
- **Families.** Gold and predicted types map to the same family names
  (``GOLD_FAMILIES``, ``PREDICTED_FAMILIES``). A predicted type outside every
  family (LOCATION, DATE_TIME, URL, special categories...) is not scored.
  US_BANK_NUMBER predictions form the BANK_ACCOUNT family, which has no gold
  spans in this set: they can only be false positives.
- **Matching** (presidio-research style, at span level): a prediction is a true
  positive when it overlaps (≥ 1 character) a gold span of the same family; a
  gold span is found when a prediction of its family overlaps it. Precision =
  true-positive predictions / scored predictions, recall = found gold spans /
  gold spans, F2 = 5PR / (4P + R) (recall weighs more: a miss leaks data).
- **Leak share.** Non-space characters of direct-identifier gold spans (names,
  e-mails, phones, cards, IBANs, SSNs, licences, street addresses) that no
  finding of any type covers, i.e. what redaction would leave in clear.
- **False alarms.** Share of texts without any gold span that get a finding of
  a personal-data type (level CONFIDENTIAL or above in Custos' mapping;
  LOCATION/DATE_TIME/NRP/URL/ORGANIZATION do not count).
- **Speed.** Both engines run in bulk mode (spaCy ``nlp.pipe``, batch 32) in the
  same process on the same texts, interleaved; the fastest of ``--repeat``
  rounds counts.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

GOLD_FAMILIES: dict[str, str] = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "ADDRESS",
    "ZIP_CODE": "ADDRESS",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "US_SSN": "NATIONAL_ID",
    "US_DRIVER_LICENSE": "NATIONAL_ID",
    "IP_ADDRESS": "IP_ADDRESS",
}
OUT_OF_SCOPE_GOLD = frozenset({"GPE", "ORGANIZATION", "DATE_TIME", "TITLE", "AGE", "NRP", "DOMAIN_NAME"})
DIRECT_IDENTIFIERS = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
        "US_DRIVER_LICENSE",
        "STREET_ADDRESS",
    }
)
_NATIONAL_IDS = (
    "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "DRIVER_LICENSE", "PASSPORT_NUMBER", "UK_NHS", "UK_NINO",
    "IT_FISCAL_CODE", "IT_DRIVER_LICENSE", "IT_IDENTITY_CARD", "IT_PASSPORT", "ES_NIF", "ES_NIE", "PL_PESEL",
    "DE_TAX_ID", "FR_NIR", "NL_BSN", "BE_NATIONAL_NUMBER", "SE_PERSONNUMMER", "FI_HETU", "PT_NIF", "MEDICAL_LICENSE",
)  # fmt: skip
PREDICTED_FAMILIES: dict[str, str] = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "ADDRESS",
    "POSTAL_CODE": "ADDRESS",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_BANK_NUMBER": "BANK_ACCOUNT",
    **{entity_type: "NATIONAL_ID" for entity_type in _NATIONAL_IDS},
}
NOT_PERSONAL_TYPES = frozenset({"LOCATION", "ORGANIZATION", "DATE_TIME", "NRP", "URL"})
FAMILY_ORDER = (
    "PERSON",
    "ADDRESS",
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "BANK_ACCOUNT",
)


@dataclass(frozen=True)
class Span:
    entity_type: str
    start: int
    end: int


@dataclass(frozen=True)
class Sample:
    text: str
    spans: tuple[Span, ...]


def load_dataset(path: str | Path, limit: int | None = None) -> list[Sample]:
    """Read a presidio-research style JSON list; ``limit`` keeps the first N records."""
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    if limit is not None:
        records = records[:limit]
    return [
        Sample(
            text=record["full_text"],
            spans=tuple(
                Span(s["entity_type"], int(s["start_position"]), int(s["end_position"])) for s in record["spans"]
            ),
        )
        for record in records
    ]


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


@dataclass
class Report:
    """Scores of one engine on one data set."""

    engine: str
    families: dict[str, Counts] = field(default_factory=dict)
    overall: Counts = field(default_factory=Counts)
    leaked_chars: int = 0
    identifier_chars: int = 0
    pii_free_texts: int = 0
    pii_free_flagged: int = 0
    texts: int = 0
    seconds: float = 0.0
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def leak_share(self) -> float:
        return self.leaked_chars / self.identifier_chars if self.identifier_chars else 0.0

    @property
    def false_alarm_share(self) -> float:
        return self.pii_free_flagged / self.pii_free_texts if self.pii_free_texts else 0.0

    @property
    def texts_per_second(self) -> float:
        return self.texts / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, object]:
        def scores(counts: Counts) -> dict[str, float | int]:
            return {
                "precision": round(counts.precision, 4),
                "recall": round(counts.recall, 4),
                "f2": round(counts.f2, 4),
                "predicted": counts.predicted,
                "gold": counts.gold,
            }

        return {
            "engine": self.engine,
            "overall": scores(self.overall),
            "families": {name: scores(c) for name, c in self.families.items()},
            "direct_identifier_chars_unredacted": round(self.leak_share, 4),
            "pii_free_texts_flagged": round(self.false_alarm_share, 4),
            "pii_free_texts": self.pii_free_texts,
            "texts": self.texts,
            "texts_per_second": round(self.texts_per_second, 1),
        }


def score(engine: str, samples: Sequence[Sample], predictions: Sequence[Sequence[Span]], seconds: float) -> Report:
    """Compare predictions with gold spans, following the module conventions."""
    report = Report(engine=engine, texts=len(samples), seconds=seconds)
    for family in FAMILY_ORDER:
        report.families[family] = Counts()
    for sample, predicted in zip(samples, predictions, strict=True):
        gold = [(s, GOLD_FAMILIES[s.entity_type]) for s in sample.spans if s.entity_type in GOLD_FAMILIES]
        scored = [(p, PREDICTED_FAMILIES[p.entity_type]) for p in predicted if p.entity_type in PREDICTED_FAMILIES]
        for span, family in gold:
            counts = report.families.setdefault(family, Counts())
            counts.gold += 1
            if any(f == family and _overlap(span, p) for p, f in scored):
                counts.found_gold += 1
            else:
                report.errors[f"missed {span.entity_type}"] += 1
        for span, family in scored:
            counts = report.families.setdefault(family, Counts())
            counts.predicted += 1
            if any(f == family and _overlap(span, g) for g, f in gold):
                counts.true_positive_predictions += 1
            else:
                report.errors[f"false {span.entity_type}"] += 1
        for span in sample.spans:
            if span.entity_type in DIRECT_IDENTIFIERS:
                for index in range(span.start, span.end):
                    if not sample.text[index].isspace():
                        report.identifier_chars += 1
                        if not any(p.start <= index < p.end for p in predicted):
                            report.leaked_chars += 1
        if not sample.spans:
            report.pii_free_texts += 1
            if any(p.entity_type not in NOT_PERSONAL_TYPES for p in predicted):
                report.pii_free_flagged += 1
    for counts in report.families.values():
        report.overall.predicted += counts.predicted
        report.overall.true_positive_predictions += counts.true_positive_predictions
        report.overall.gold += counts.gold
        report.overall.found_gold += counts.found_gold
    return report


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


# -- engines ------------------------------------------------------------------

Predictor = Callable[[Sequence[str]], list[list[Span]]]


def custos_predictor(batch_size: int = 32) -> Predictor:
    """Custos engine findings (its own score threshold) in bulk mode."""
    from classifier.engine import get_engine

    engine = get_engine()

    def predict(texts: Sequence[str]) -> list[list[Span]]:  # classify_many validates every text first
        return [
            [Span(f.entity_type, f.start, f.end) for f in result.findings]
            for result in engine.classify_many(texts, batch_size=batch_size)
        ]

    return predict


VANILLA_THRESHOLD = 0.4


def vanilla_predictor(model_name: str, batch_size: int = 32) -> Predictor:
    """Presidio AnalyzerEngine with its default recognizers on the same spaCy model, threshold 0.4."""
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

    def predict(texts: Sequence[str]) -> list[list[Span]]:
        results = batch.analyze_iterator(
            list(texts), language="en", batch_size=batch_size, score_threshold=VANILLA_THRESHOLD
        )
        return [[Span(r.entity_type, r.start, r.end) for r in per_text] for per_text in results]

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
    predictions: dict[str, list[list[Span]]] = {}
    seconds: dict[str, float] = {}
    for _ in range(max(1, repeat)):
        for name, predictor in predictors.items():
            started = time.perf_counter()
            result = predictor(texts)
            elapsed = time.perf_counter() - started
            predictions.setdefault(name, result)
            seconds[name] = min(seconds.get(name, elapsed), elapsed)
    return [score(name, samples, predictions[name], seconds[name]) for name in predictors]


def format_table(reports: Sequence[Report]) -> str:
    """Plain-text comparison table (one column block per engine)."""
    lines = []
    header = f"{'family':<13}" + "".join(f" | {r.engine[:26]:^26}" for r in reports)
    sub = f"{'':<13}" + "".join(f" | {'P':>6} {'R':>6} {'F2':>6} {'n':>5}" for _ in reports)
    lines += [header, sub, "-" * len(sub)]
    for family in [*FAMILY_ORDER, "overall"]:
        row = f"{family:<13}"
        for report in reports:
            counts = report.overall if family == "overall" else report.families.get(family, Counts())
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
