"""``manage.py classifier_eval``: the engine on a labelled data set (corpus or presidio-research), optionally vs vanilla Presidio."""

from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from classifier import evaluation
from classifier.devcorpus import NOT_FOR_TUNING
from classifier.engine import DEFAULT_SPACY_MODEL, VANILLA_SPACY_MODEL

# The corpus splits (classifier/devcorpus/generate.py SPLITS), named here so the command loads no generator.
CORPUS_SPLITS = (
    "dev",
    "holdout",
    "test",
    "exam",
    "final",
    "blind",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
)


class Command(BaseCommand):
    help = (
        "Evaluate the classifier engine on a labelled data set (Custos' development corpus or a presidio-research "
        "file): per language, kind and entity family, recall and precision of direct identifiers, identifier "
        "characters left unredacted, Art. 9 and credential recall, clean texts raised above INTERNAL and texts "
        "under their level. Vanilla Presidio (same spaCy model, default recognizers, threshold 0.4) is compared "
        "by default on data sets without languages, on request (--compare-vanilla) on the corpus."
    )

    @staticmethod
    def _dataset_path(name: str) -> Path:
        path = Path(name)
        if not path.is_absolute():
            path = Path(settings.BASE_DIR) / path
        if not path.is_file():
            raise CommandError(f"Data set {path} does not exist.")
        return path

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dataset",
            required=True,
            nargs="+",
            help="JSON data set (relative paths: to the repo root). Several sets are pooled into one report, "
            "e.g. every held-out split at once.",
        )
        parser.add_argument("--split", choices=(*CORPUS_SPLITS, "all"), default="all")
        parser.add_argument("--language", default=None, help="Only texts in this language (en, de, fr, ...).")
        parser.add_argument("--kind", default=None, help="Only texts of this kind (support, hr, code, ...).")
        parser.add_argument("--limit", type=int, default=None, help="Evaluate only the first N records.")
        parser.add_argument("--json", action="store_true", help="Print the reports as JSON instead of tables.")
        parser.add_argument(
            "--errors", type=int, default=0, help="Also list the N most common misses and false alarms, with ids."
        )
        parser.add_argument(
            "--show-text",
            action="store_true",
            help="With --errors: print the missed or falsely flagged values too (debugging synthetic data only).",
        )
        parser.add_argument(
            "--compare-vanilla",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="Run vanilla Presidio too (default: only for data sets without a language field; it is slow).",
        )
        parser.add_argument(
            "--second-opinion",
            action="store_true",
            help="Also ask the configured vLLM second opinion (CUSTOS_VLLM_BASE_URL) about every text: it may only "
            "raise a classification. The report says on how many texts it answered.",
        )
        parser.add_argument("--batch-size", type=int, default=32)
        parser.add_argument("--repeat", type=int, default=None, help="Timing rounds (fastest counts).")

    def handle(self, *args: Any, **options: Any) -> None:
        paths = [self._dataset_path(name) for name in options["dataset"]]
        if options["limit"] is not None and options["limit"] < 1:
            raise CommandError("--limit must be at least 1.")
        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)  # vanilla warns per unmapped NER label
        samples = [
            sample
            for path in paths
            for sample in evaluation.load_dataset(
                path, limit=None, split=options["split"], language=options["language"], kind=options["kind"]
            )
        ][: options["limit"]]
        if not samples:
            raise CommandError("No texts match --split/--language/--kind in this data set.")
        protected = sorted({s.split for s in samples} & set(NOT_FOR_TUNING))
        if options["errors"] and protected:
            # Reading a held-out or validation split's errors is tuning on it: only its aggregate figures count.
            raise CommandError(f"--errors is refused on held-out and validation splits ({', '.join(protected)}).")
        corpus = any(s.split for s in samples)
        vanilla = options["compare_vanilla"] if options["compare_vanilla"] is not None else not corpus
        repeat = options["repeat"] if options["repeat"] is not None else (2 if vanilla else 1)
        if options["second_opinion"] and options["repeat"] is None:
            repeat = 1  # a timing round would ask the model about every text again
        model = getattr(settings, "CUSTOS_SPACY_MODEL", DEFAULT_SPACY_MODEL)
        batch = options["batch_size"]
        llm_outcomes: Counter[str] | None = None
        if options["second_opinion"]:
            if not settings.CUSTOS_VLLM_BASE_URL:
                raise CommandError("--second-opinion needs CUSTOS_VLLM_BASE_URL (the vLLM server) to be set.")
            llm_outcomes = Counter()
        predictors = {"custos": evaluation.custos_predictor(batch, second_opinion=llm_outcomes)}
        if vanilla:
            predictors["vanilla presidio"] = evaluation.vanilla_predictor(VANILLA_SPACY_MODEL, batch)
        reports = evaluation.compare(samples, predictors, repeat=repeat)
        custos = reports[0]
        speedup = (
            round(custos.texts_per_second / reports[1].texts_per_second, 2)
            if len(reports) > 1 and reports[1].seconds
            else None
        )
        second_opinion = _second_opinion_report(llm_outcomes)
        if options["json"]:
            payload = {
                "dataset": str(paths[0]) if len(paths) == 1 else [str(p) for p in paths],
                "split": options["split"],
                "samples": len(samples),
                "spacy_model": model,
                "speedup": speedup,
                "second_opinion": second_opinion,
                "reports": [r.as_dict() for r in reports],
            }
            self.stdout.write(json.dumps(payload, indent=2))
            return
        names = ", ".join(str(p) for p in paths)
        self.stdout.write(
            f"Data set: {names} ({len(samples)} texts), split: {options['split']}, spaCy model: {model}\n"
        )
        if second_opinion is not None:
            self.stdout.write(
                f"Second opinion ({second_opinion['model']}): used on {second_opinion['used']} of "
                f"{second_opinion['requests']} requests (one per text and round); outcomes: {second_opinion['outcomes']}\n"
            )
        self.stdout.write(evaluation.format_table(reports))
        if speedup is not None:
            self.stdout.write(f"\nthroughput Custos / vanilla: {speedup:.2f}x")
        for report in reports:
            self.stdout.write("\n" + evaluation.format_summary(report))
        self.stdout.write("\n" + evaluation.format_types(custos))
        for report in reports if options["errors"] else ():
            self.stdout.write(
                "\n" + evaluation.format_errors(report, options["errors"], show_text=options["show_text"])
            )


def _second_opinion_report(outcomes: Counter[str] | None) -> dict[str, Any] | None:
    if outcomes is None:
        return None
    return {
        "model": settings.CUSTOS_VLLM_MODEL,
        "requests": sum(outcomes.values()),
        "used": outcomes.get("used", 0),
        "outcomes": dict(sorted(outcomes.items())),
    }
