"""Every classification of the corpus splits and the public set, as JSON: diff two revisions' dumps.

A speed change must not change a single result. This writes, for each data set,
``classify_many`` on every text and ``classify`` on the first texts (300 by
default): level, categories, language and each finding (type, span, score,
recognizer). Run it on the base revision and on the changed one, then compare:

    .venv/bin/python benchmarks/compare_results.py --out /tmp/base.json
    .venv/bin/python benchmarks/compare_results.py --out /tmp/branch.json --against /tmp/base.json

The held-out and validation splits (``classifier.devcorpus.HELD_OUT_SPLITS``, ``VALIDATION_SPLITS``) are never read. Texts are not written,
only their index in the data set. Not run by CI.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from classifier.devcorpus import HELD_OUT_SPLITS, VALIDATION_SPLITS  # noqa: E402  (after the path insert)

CORPUS = REPO / "classifier" / "devcorpus"
PUBLIC_SET = REPO.parent / "shared" / "eval" / "synth_dataset_v2.json"
SPLITS = ("dev", "holdout", "test", "exam", "final", "blind", "fresh", *(f"fresh{n}" for n in range(2, 18)))


def datasets(names: list[str]) -> dict[str, Path]:
    chosen: dict[str, Path] = {}
    for name in names:
        if name in HELD_OUT_SPLITS:
            raise SystemExit(f"{name} is held out: it is never run through this tool.")
        if name in VALIDATION_SPLITS:
            raise SystemExit(f"{name} is a validation split: only its aggregate figures are read.")
        chosen[name] = PUBLIC_SET if name == "public" else CORPUS / f"{name}.json"
    return chosen


def dump(classification: Any) -> dict[str, Any]:
    return {
        "level": classification.level.name,
        "categories": sorted(classification.categories),
        "language": classification.language,
        "findings": [[f.entity_type, f.start, f.end, f.score, f.recognizer] for f in classification.findings],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--against", type=Path, help="an earlier dump to compare with (exit 1 on any difference)")
    parser.add_argument("--sets", nargs="*", default=[*SPLITS, "public"])
    parser.add_argument("--single", type=int, default=300, help="texts per set also run through classify()")
    args = parser.parse_args()

    from classifier.engine import CustosEngine, EngineSettings

    engine = CustosEngine(EngineSettings())
    result: dict[str, Any] = {}
    for name, path in datasets(args.sets).items():
        texts = [record["full_text"] for record in json.loads(path.read_text(encoding="utf-8"))]
        started = time.process_time()
        many = [dump(c) for c in engine.classify_many(texts)]
        single = [dump(engine.classify(text)) for text in texts[: args.single]]
        result[name] = {"classify_many": many, "classify": single}
        findings = sum(len(item["findings"]) for item in many + single)
        print(f"{name}: {len(many)} + {len(single)} classifications, {findings} findings, "
              f"{time.process_time() - started:.1f} s CPU", flush=True)  # fmt: skip
    args.out.write_text(json.dumps(result, sort_keys=True), encoding="utf-8")
    if args.against is None:
        return
    before = json.loads(args.against.read_text(encoding="utf-8"))
    differences = 0
    for name, calls in result.items():
        for call, items in calls.items():
            old = before.get(name, {}).get(call)
            if old is None:
                print(f"{name} {call}: not in {args.against}")
                differences += 1
                continue
            for index, (a, b) in enumerate(zip(old, items, strict=True)):
                if a != b:
                    differences += 1
                    if differences <= 20:
                        print(f"{name} {call} #{index}: {a} -> {b}")
    print("identical" if not differences else f"{differences} classifications differ")
    raise SystemExit(1 if differences else 0)


if __name__ == "__main__":
    main()
