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

import threading
import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError

from classifier.errors import ClassifierInputError
from classifier.profile import (
    CompiledProfile,
    ProfileError,
    RuleEffect,
    compile_profile,
    parts_for,
    profile_errors,
    rule_effects,
)
from governance.models import DetectionProfileVersion
from governance.policy import content_hash

EMPTY_PROFILE: dict[str, Any] = {"allow": [], "terms": [], "patterns": [], "workload_parts": {}}
SECTIONS = ("allow", "terms", "patterns")
# Sample texts a preview takes at once, and characters in all.
PREVIEW_MAX_TEXTS = 50
PREVIEW_MAX_CHARS = 200_000
_CACHE_SIZE = 32

__all__ = ["EMPTY_PROFILE", "compiled_for", "content_hash", "diff_profiles", "preview", "validate_profile"]


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
    compiled = compile_profile(
        version.content,
        label=version.label,
        parts=None if workload_slug is None else parts_for(version.content, workload_slug),
    )
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
