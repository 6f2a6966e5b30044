"""audit.canonical: the bytes audit hashes are computed over, and the values refused with where they are."""

from __future__ import annotations

from typing import Any

import pytest

from audit.canonical import CanonicalJSONError, canonical_json


def test_sorted_keys_no_whitespace_utf8() -> None:
    value = {"b": [1, True, None, "ä"], "a": {"d": "x", "c": -2}}
    assert canonical_json(value) == '{"a":{"c":-2,"d":"x"},"b":[1,true,null,"ä"]}'.encode()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"input": {"scores": [1, 0.5]}}, r"\$\.input\.scores\[1\]: floats are not allowed"),
        ({"reasons": [{"code": "a\x00b"}]}, r"\$\.reasons\[0\]\.code: NUL characters are not allowed"),
        ({"counts": {1: 2}}, r"\$\.counts: keys must be strings, got int"),
        ({"when": {"at": {1, 2}}}, r"\$\.when\.at: set is not a JSON type"),
        (1.5, r"\$: floats are not allowed"),
    ],
)
def test_refused_values_are_named_by_their_path(value: Any, message: str) -> None:
    """Valid values skip building paths; a refused one is still named exactly."""
    with pytest.raises(CanonicalJSONError, match=message):
        canonical_json(value)
