"""The organisation's detection profile: checking, diffing and compiling its versions.

The document format and what the engine does with it are in
``classifier/profile.py``; this module is the governance side: a profile
version is drafted, previewed, published and superseded like the residency
policy (``governance/policy.py``), and the pre-flight gets the published one,
compiled for the workload's parts, from the registry snapshot.

Compiling 1,000 terms and 50 patterns takes tens of milliseconds, so compiled
profiles are kept per (content hash, parts) in a small per-process cache: a
registry change that is not a publish (a key revoked) does not recompile them.
"""

from __future__ import annotations

import io
import itertools
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError

from classifier.errors import ClassificationBudgetExceeded, ClassifierInputError
from classifier.models import DatasetScan
from classifier.profile import (
    CompiledProfile,
    ProfileError,
    RuleEffect,
    compile_profile,
    parts_for,
    profile_errors,
    rule_effects,
)
from classifier.scan import Row, ScanFileError, check_csv_header, detect_format, iter_rows
from classifier.types import Classification, SensitivityLevel
from governance.models import DetectionProfileVersion
from governance.policy import content_hash

EMPTY_PROFILE: dict[str, Any] = {"allow": [], "terms": [], "patterns": [], "workload_parts": {}}
SECTIONS = ("allow", "terms", "patterns")
# Sample texts a preview takes at once, and characters in all.
PREVIEW_MAX_TEXTS = 50
PREVIEW_MAX_CHARS = 200_000
# A dataset previewed within the request, in memory: under Django's in-memory upload size (2.5 MiB), so
# it is never spooled to a temporary file; at most this many rows, and CUSTOS_DETECTION_PREVIEW_BUDGET_S.
DATASET_PREVIEW_MAX_BYTES = 2_000_000
DATASET_PREVIEW_MAX_ROWS = 5_000
# Rows classified together; a chunk the time budget interrupts is not counted.
DATASET_PREVIEW_CHUNK_ROWS = 50
# Rows whose level changed, listed by number and id (never text), and row errors kept.
DATASET_PREVIEW_LISTED_ROWS = 20
_CACHE_SIZE = 32

__all__ = [
    "EMPTY_PROFILE",
    "compiled_for",
    "content_hash",
    "diff_profiles",
    "preview",
    "preview_dataset",
    "validate_profile",
]


def validate_profile(content: Any) -> None:
    """Raise ValidationError naming every problem by its path (``patterns.2.regex``).

    The whole document is compiled too, so what is saved is what every worker can run.
    """
    errors = profile_errors(content)
    if errors:
        raise ValidationError(errors)
    try:
        compile_profile(content, label="check", parts=None)
    except ProfileError as exc:
        raise ValidationError(exc.errors) from None


def diff_profiles(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> dict[str, list[str]]:
    """Entry ids added, removed and changed between two profile documents (``terms/falcon``), with the selection."""

    def by_id(content: Mapping[str, Any] | None) -> dict[str, Any]:
        if not content:
            return {}
        entries = {f"{section}/{entry['id']}": entry for section in SECTIONS for entry in content.get(section, [])}
        entries.update({f"workload_parts/{slug}": parts for slug, parts in content.get("workload_parts", {}).items()})
        return entries

    before, after = by_id(old), by_id(new)
    return {
        "added": sorted(set(after) - set(before)),
        "removed": sorted(set(before) - set(after)),
        "changed": sorted(key for key in set(before) & set(after) if before[key] != after[key]),
    }


_cache: OrderedDict[tuple[str, tuple[str, ...] | None], CompiledProfile] = OrderedDict()
_cache_lock = threading.Lock()


def compiled_for(version: DetectionProfileVersion, workload_slug: str | None) -> CompiledProfile:
    """``version`` compiled for the parts ``workload_slug`` selected (None: every entry, for previews)."""
    parts = None if workload_slug is None else parts_for(version.content, workload_slug)
    key = (version.content_hash, parts)
    with _cache_lock:
        compiled = _cache.get(key)
        if compiled is not None:
            _cache.move_to_end(key)
            return compiled
    compiled = compile_profile(version.content, label=version.label, parts=parts)
    with _cache_lock:
        _cache[key] = compiled
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return compiled


@dataclass(frozen=True)
class SamplePreview:
    """One sample text classified without and with the draft: levels, categories and each rule's effect."""

    index: int
    chars: int
    level_before: str
    level_after: str
    categories_before: tuple[str, ...]
    categories_after: tuple[str, ...]
    effects: tuple[RuleEffect, ...]


@dataclass(frozen=True)
class Preview:
    samples: tuple[SamplePreview, ...]
    totals: tuple[RuleEffect, ...]
    elapsed_ms: int


def preview(*, version: DetectionProfileVersion, texts: Sequence[str], workload_slug: str | None = None) -> Preview:
    """Classify ``texts`` in memory without and with ``version``; nothing of the texts is kept.

    ``workload_slug``: preview the parts that workload would get (None: every entry of the draft).
    Raises ``ValidationError`` for a document that does not compile or too much text.
    """
    from classifier.engine import get_engine  # Presidio loads on first use, not at import

    validate_profile(version.content)
    if not texts:
        raise ValidationError({"texts": "Give at least one sample text."})
    if len(texts) > PREVIEW_MAX_TEXTS or sum(len(text) for text in texts) > PREVIEW_MAX_CHARS:
        raise ValidationError(
            {"texts": f"At most {PREVIEW_MAX_TEXTS} texts and {PREVIEW_MAX_CHARS:,} characters in one preview."}
        )
    started = time.perf_counter()
    engine = get_engine()
    compiled = _compile_for_preview(version, workload_slug)
    try:
        before = engine.classify_many(list(texts), language="auto")
    except ClassifierInputError as exc:
        raise ValidationError({"texts": str(exc)}) from None
    after = engine.classify_many(list(texts), language="auto", profile=compiled)
    samples = []
    totals: dict[tuple[str, str, str], RuleEffect] = {}
    for index, (text, without, with_profile) in enumerate(zip(texts, before, after, strict=True)):
        effects = rule_effects(
            text,
            without.findings,
            compiled,
            language=without.language,
            score_threshold=engine.settings.score_threshold,
        )
        for effect in effects:
            key = (effect.rule_id, effect.kind, effect.entity_type)
            old = totals.get(key) or RuleEffect(*key)
            totals[key] = RuleEffect(*key, old.added + effect.added, old.removed + effect.removed)
        samples.append(
            SamplePreview(
                index=index,
                chars=len(text),
                level_before=without.level.name,
                level_after=with_profile.level.name,
                categories_before=tuple(sorted(without.categories)),
                categories_after=tuple(sorted(with_profile.categories)),
                effects=tuple(effects),
            )
        )
    return Preview(
        samples=tuple(samples),
        totals=tuple(sorted(totals.values(), key=lambda e: (e.rule_id, e.entity_type))),
        elapsed_ms=round((time.perf_counter() - started) * 1000),
    )


def _compile_for_preview(version: DetectionProfileVersion, workload_slug: str | None) -> CompiledProfile:
    parts = None if workload_slug is None else parts_for(version.content, workload_slug)
    return compile_profile(version.content, label=version.label, parts=parts)


@dataclass(frozen=True)
class RuleTally:
    """A dataset preview line: one rule, the rows it changed, and the findings it added or removed in them."""

    rule_id: str
    kind: str
    entity_type: str
    rows: int
    added: int
    removed: int


@dataclass(frozen=True)
class LevelChange:
    """How many rows had ``level_before`` without the version and ``level_after`` with it."""

    level_before: str
    level_after: str
    rows: int


@dataclass(frozen=True)
class DatasetPreview:
    """A dataset classified without and with a version: counts, levels and row numbers and ids, never text."""

    file_format: str
    rows_total: int
    rows_scanned: int  # rows classified (with those that failed)
    rows_failed: int
    stopped: str  # "": every row; "rows": at DATASET_PREVIEW_MAX_ROWS; "time": at the time budget
    rules: tuple[RuleTally, ...]
    levels: tuple[LevelChange, ...]
    changed_rows: tuple[dict[str, Any], ...]  # {"row", "id", "level_before", "level_after"}
    row_errors: tuple[dict[str, Any], ...]  # {"row", "id", "error"}
    elapsed_ms: int


def preview_dataset(
    *,
    version: DetectionProfileVersion,
    data: bytes,
    filename: str,
    text_column: str = "text",
    id_column: str = "id",
    language: str = "auto",
    workload_slug: str | None = None,
    budget_s: float,
) -> DatasetPreview:
    """Classify the rows of a CSV or JSONL dataset (the formats of ``classifier.scan``) without and with ``version``.

    Everything happens in memory, in the request: nothing of the file is stored, and the result holds
    counts, levels, row numbers and row ids only. The scan stops at ``DATASET_PREVIEW_MAX_ROWS`` rows or
    when ``budget_s`` seconds have passed, and says so (``stopped``): a web worker is never held longer.
    Raises ``ValidationError`` for a file that is not such a dataset, an unknown language, or a draft
    that does not compile.
    """
    from classifier.engine import check_language, get_engine, validate_text

    validate_profile(version.content)
    started = time.perf_counter()
    deadline = time.monotonic() + budget_s
    try:
        check_language(language)
        file_format = detect_format(filename)
        if len(data) > DATASET_PREVIEW_MAX_BYTES:
            raise ScanFileError(f"The file has {len(data):,} bytes; a preview takes {DATASET_PREVIEW_MAX_BYTES:,}.")
        if file_format == DatasetScan.Format.CSV:
            check_csv_header(data[: 64 * 1024], text_column)

        def rows() -> Iterator[Row]:
            return iter_rows(io.BytesIO(data), file_format=file_format, text_column=text_column, id_column=id_column)

        rows_total = sum(1 for _ in rows())  # a bad file fails here, before any classification
    except ScanFileError as exc:
        raise ValidationError({"file": str(exc)}) from None
    except ClassifierInputError as exc:  # the language
        raise ValidationError({"language": str(exc)}) from None
    if not rows_total:
        raise ValidationError({"file": "The file has no rows."})

    engine = get_engine()
    compiled = _compile_for_preview(version, workload_slug)
    threshold = engine.settings.score_threshold
    tallies: dict[tuple[str, str, str], list[int]] = {}  # key -> [rows, added, removed]
    levels: Counter[tuple[str, str]] = Counter()
    changed: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    scanned = failed = 0
    stopped = "rows" if rows_total > DATASET_PREVIEW_MAX_ROWS else ""
    limited = itertools.islice(rows(), DATASET_PREVIEW_MAX_ROWS)
    while chunk := list(itertools.islice(limited, DATASET_PREVIEW_CHUNK_ROWS)):
        valid = []
        chunk_errors = []
        for row in chunk:
            error = row.error
            if not error:
                try:
                    validate_text(row.text, max_chars=engine.settings.max_chars, language=language)
                except ClassifierInputError as exc:
                    error = str(exc)
            if error:
                chunk_errors.append({"row": row.number, "id": row.id, "error": error})
            else:
                valid.append(row)
        texts = [row.text or "" for row in valid]
        try:
            without = engine.classify_many(texts, language=language, deadline=deadline)
            with_profile = engine.classify_many(texts, language=language, deadline=deadline, profile=compiled)
        except ClassificationBudgetExceeded:
            stopped = "time"
            break
        scanned += len(chunk)
        failed += len(chunk_errors)
        errors += chunk_errors[: DATASET_PREVIEW_LISTED_ROWS - len(errors)]
        for row, text, before, after in zip(valid, texts, without, with_profile, strict=True):
            effects = rule_effects(text, before.findings, compiled, language=before.language, score_threshold=threshold)
            _tally(effects, tallies)
            levels[(before.level.name, after.level.name)] += 1
            if before.level != after.level and len(changed) < DATASET_PREVIEW_LISTED_ROWS:
                changed.append(_changed_row(row.number, row.id, before, after))
    return DatasetPreview(
        file_format=file_format,
        rows_total=rows_total,
        rows_scanned=scanned,
        rows_failed=failed,
        stopped=stopped,
        rules=tuple(
            RuleTally(*key, *counts)
            for key, counts in sorted(tallies.items(), key=lambda item: (item[0][0], item[0][2]))
        ),
        levels=tuple(
            LevelChange(before, after, count)
            for (before, after), count in sorted(
                levels.items(), key=lambda item: (SensitivityLevel[item[0][0]], SensitivityLevel[item[0][1]])
            )
        ),
        changed_rows=tuple(changed),
        row_errors=tuple(errors),
        elapsed_ms=round((time.perf_counter() - started) * 1000),
    )


def _tally(effects: Sequence[RuleEffect], tallies: dict[tuple[str, str, str], list[int]]) -> None:
    for effect in effects:
        counts = tallies.setdefault((effect.rule_id, effect.kind, effect.entity_type), [0, 0, 0])
        counts[0] += 1
        counts[1] += effect.added
        counts[2] += effect.removed


def _changed_row(number: int, row_id: str, before: Classification, after: Classification) -> dict[str, Any]:
    return {"row": number, "id": row_id, "level_before": before.level.name, "level_after": after.level.name}
