"""Canonical JSON: the exact bytes that audit hashes are computed over.

Sorted keys, no insignificant whitespace, UTF-8, and no floats: a float can
print differently across languages and versions, which would make a hash
impossible to recompute elsewhere. Use integers, or decimals as strings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


class CanonicalJSONError(ValueError):
    """A value that cannot be represented in canonical JSON."""


def _check(value: Any, path: str) -> None:
    if value is None or isinstance(value, bool | int):
        return
    if isinstance(value, str):
        if "\x00" in value:
            raise CanonicalJSONError(f"{path}: NUL characters are not allowed")
        return
    if isinstance(value, float):
        raise CanonicalJSONError(f"{path}: floats are not allowed in audit entries; use an int or a string")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise CanonicalJSONError(f"{path}: keys must be strings, got {type(key).__name__}")
            _check(item, f"{path}.{key}")
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check(item, f"{path}[{index}]")
        return
    raise CanonicalJSONError(f"{path}: {type(value).__name__} is not a JSON type")


def _valid(value: Any) -> bool:
    """The rules of ``_check`` without building a path for every item: an audit append checks each value it
    hashes, and naming where a value went wrong is only needed when one did."""
    if value is None or isinstance(value, bool | int):
        return True
    if isinstance(value, str):
        return "\x00" not in value
    if isinstance(value, Mapping):
        # Loops, not all(): a generator per container costs about what the paths cost.
        for key, item in value.items():  # noqa: SIM110
            if not isinstance(key, str) or not _valid(item):
                return False
        return True
    if isinstance(value, list | tuple):
        for item in value:  # noqa: SIM110
            if not _valid(item):
                return False
        return True
    return False


def canonical_json(value: Any) -> bytes:
    """Serialise ``value`` to canonical JSON bytes, refusing floats and non-JSON types."""
    if not _valid(value):
        _check(value, "$")  # raises, naming the first value that is not allowed
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")
