"""``manage.py classifier_eval``: Custos vs vanilla Presidio on a labelled data set, in one run."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from classifier import evaluation
from classifier.engine import DEFAULT_SPACY_MODEL


class Command(BaseCommand):
    help = (
        "Evaluate the classifier engine and vanilla Presidio (same spaCy model, default recognizers, "
        "threshold 0.4) on a presidio-research style data set: span P/R/F2 per entity family, share of "
        "direct-identifier characters left unredacted, share of PII-free texts flagged, texts per second."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dataset", required=True, help="JSON data set (relative paths: to the repo root).")
        parser.add_argument("--limit", type=int, default=None, help="Evaluate only the first N records.")
        parser.add_argument("--json", action="store_true", help="Print the reports as JSON instead of a table.")
        parser.add_argument("--errors", type=int, default=0, help="Also list the N most common error kinds.")
        parser.add_argument("--batch-size", type=int, default=32)
        parser.add_argument("--repeat", type=int, default=2, help="Timing rounds (fastest counts); default 2.")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["dataset"])
        if not path.is_absolute():
            path = Path(settings.BASE_DIR) / path
        if not path.is_file():
            raise CommandError(f"Data set {path} does not exist.")
        if options["limit"] is not None and options["limit"] < 1:
            raise CommandError("--limit must be at least 1.")
        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)  # vanilla warns per unmapped NER label
        samples = evaluation.load_dataset(path, limit=options["limit"])
        model = getattr(settings, "CUSTOS_SPACY_MODEL", DEFAULT_SPACY_MODEL)
        batch = options["batch_size"]
        predictors = {
            "custos": evaluation.custos_predictor(batch),
            "vanilla presidio": evaluation.vanilla_predictor(model, batch),
        }
        custos, vanilla = reports = evaluation.compare(samples, predictors, repeat=options["repeat"])
        if options["json"]:
            payload = {
                "dataset": str(path),
                "samples": len(samples),
                "spacy_model": model,
                "speedup": round(custos.texts_per_second / vanilla.texts_per_second, 2) if vanilla.seconds else None,
                "reports": [r.as_dict() for r in reports],
            }
            self.stdout.write(json.dumps(payload, indent=2))
            return
        self.stdout.write(f"Data set: {path} ({len(samples)} texts), spaCy model: {model}\n")
        self.stdout.write(evaluation.format_table(reports))
        if vanilla.seconds:
            self.stdout.write(
                f"\nthroughput Custos / vanilla: {custos.texts_per_second / vanilla.texts_per_second:.2f}x"
            )
        for report in reports if options["errors"] else ():
            self.stdout.write(f"\nMost common errors, {report.engine}:")
            for kind, count in report.errors.most_common(options["errors"]):
                self.stdout.write(f"  {count:5d}  {kind}")
