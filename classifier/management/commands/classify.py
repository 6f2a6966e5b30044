"""manage.py classify: classify JSON lines or plain text lines from a file or stdin.

Input, one record per line (UTF-8):

- JSON lines ``{"id": ..., "text": ...}`` (``id`` optional: the line number), or
- plain text lines, each one text, its id the line number.

``--format auto`` (the default) decides from the first non-blank line: JSON
lines when it starts with ``{``. Blank lines are skipped; line numbers count
them.

Output, one JSON line per input record, in input order::

    {"id": 1, "level": "CONFIDENTIAL", "categories": ["personal_data"],
     "entities": [{"type": "EMAIL_ADDRESS", "start": 9, "end": 26, "score": 1.0, "recognizer": "..."}],
     "ms": 3.2}

``ms`` is the classification time of the record; records classified in one
batch share the batch's time equally. A record that cannot be classified
(malformed JSON, no "text", a text the classifier refuses) gives
``{"id": ..., "line": N, "error": "..."}`` on stdout and ``line N: ...`` on
stderr; the other records are still processed, and the exit status is 1.
The text itself is never printed. A progress bar goes to stderr when it is a
terminal.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

import classifier
from classifier.errors import ClassifierError, ClassifierInputError, UnsupportedLanguageError
from classifier.types import Classification


@dataclass
class Record:
    """One input line: where it was, its id, and its text or why it has none."""

    line: int
    id: Any
    text: str | None = None
    error: str = ""


def parse_lines(lines: Iterator[bytes], *, input_format: str) -> Iterator[Record]:
    """Records from raw lines; a bad line becomes a Record with ``error`` (never with its content)."""
    mode = None if input_format == "auto" else input_format
    for number, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            yield Record(number, number, error=f"not UTF-8 (byte {exc.start})")
            continue
        if number == 1:
            line = line.removeprefix("\ufeff")  # a byte-order mark some editors write
        if not line.strip():
            continue
        if mode is None:
            mode = "jsonl" if line.lstrip().startswith("{") else "text"
        if mode == "text":
            yield Record(number, number, text=line)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(number, number, error=f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Record(number, number, error="not a JSON object")
            continue
        record_id = record.get("id", number)
        text = record.get("text")
        if not isinstance(text, str):
            yield Record(number, record_id, error='no string field "text"')
            continue
        yield Record(number, record_id, text=text)


def output_line(record: Record, result: Classification, ms: float) -> dict[str, Any]:
    return {
        "id": record.id,
        "level": result.level.name,
        "categories": sorted(result.categories),
        "entities": [
            {
                "type": f.entity_type,
                "start": f.start,
                "end": f.end,
                "score": round(f.score, 4),
                "recognizer": f.recognizer,
            }
            for f in result.findings
        ],
        "ms": round(ms, 2),
    }


class Command(BaseCommand):
    help = "Classify JSON lines ({id, text}) or plain text lines; one JSON result line per input line."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="?", default="-", help="Input file, or - for stdin (the default).")
        parser.add_argument("--batch-size", type=int, default=32, help="Records classified together (default 32).")
        parser.add_argument("--format", dest="input_format", choices=["auto", "jsonl", "text"], default="auto")
        parser.add_argument(
            "--language",
            default="auto",
            help="auto (identify each text's language; the default) or en, de, fr, it, es, nl, pl.",
        )

    def handle(self, *args: Any, file: str, batch_size: int, input_format: str, language: str, **options: Any) -> None:
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        stream, total_bytes = self._open(file)
        error_stream = getattr(self.stderr, "_out", sys.stderr)
        progress = tqdm(
            total=total_bytes,
            unit="B",
            unit_scale=True,
            file=error_stream,
            disable=not error_stream.isatty(),
            desc="classify",
        )
        counts = {"records": 0, "failed": 0}

        def counted_lines() -> Iterator[bytes]:
            for raw in stream:
                progress.update(len(raw))
                yield raw

        try:
            batch: list[Record] = []
            for record in parse_lines(counted_lines(), input_format=input_format):
                batch.append(record)
                if len(batch) >= batch_size:
                    self._emit(batch, language, counts)
                    batch = []
            if batch:
                self._emit(batch, language, counts)
        finally:
            progress.close()
            if stream is not sys.stdin.buffer:
                stream.close()
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} of {counts['records']} records failed.", returncode=1)

    def _open(self, file: str) -> tuple[IO[bytes], int | None]:
        if file == "-":
            return sys.stdin.buffer, None
        try:
            return open(file, "rb"), os.path.getsize(file)  # closed in handle()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}.") from exc

    def _emit(self, batch: list[Record], language: str, counts: dict[str, int]) -> None:
        """Classify the records of a batch and write one line for each, in input order."""
        valid = [record for record in batch if not record.error]
        outcomes = dict(zip((id(r) for r in valid), self._classify(valid, language), strict=True))
        for record in batch:
            counts["records"] += 1
            if record.error:
                self._error(record, record.error, counts)
                continue
            outcome = outcomes[id(record)]
            if isinstance(outcome, str):
                self._error(record, outcome, counts)
            else:
                self.stdout.write(json.dumps(output_line(record, *outcome), ensure_ascii=False))

    def _classify(self, records: list[Record], language: str) -> list[tuple[Classification, float] | str]:
        """Batched when possible; one by one after a refused text, so only that record fails."""
        if not records:
            return []
        texts = [record.text or "" for record in records]
        try:
            started = time.perf_counter()
            results = self._classify_many(texts, language)
            share = (time.perf_counter() - started) * 1000 / len(texts)
            return [(result, share) for result in results]
        except UnsupportedLanguageError as exc:
            raise CommandError(str(exc)) from exc
        except ClassifierInputError:
            pass
        except ClassifierError as exc:  # configuration, or a required LLM second opinion that is down
            raise CommandError(f"The classifier failed: {exc}") from exc
        outcomes: list[tuple[Classification, float] | str] = []
        for text in texts:
            started = time.perf_counter()
            try:
                result = classifier.classify(text, language=language)
            except ClassifierInputError as exc:
                outcomes.append(str(exc))
                continue
            except ClassifierError as exc:
                raise CommandError(f"The classifier failed: {exc}") from exc
            outcomes.append((result, (time.perf_counter() - started) * 1000))
        return outcomes

    def _classify_many(self, texts: list[str], language: str) -> list[Classification]:
        classify_many = getattr(classifier, "classify_many", None)
        if classify_many is not None:
            return list(classify_many(texts, language=language, batch_size=len(texts)))
        return [classifier.classify(text, language=language) for text in texts]

    def _error(self, record: Record, message: str, counts: dict[str, int]) -> None:
        counts["failed"] += 1
        self.stdout.write(json.dumps({"id": record.id, "line": record.line, "error": message}, ensure_ascii=False))
        self.stderr.write(f"line {record.line}: {message}")
