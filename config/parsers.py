"""The API's JSON parser: DRF's, with the nesting depth of a body bounded before it is parsed.

Python's json module (and every serializer, error flattener and canonical
encoder after it) recurses once per level: a body nested a few thousand
levels deep raises RecursionError, an HTML 500. A chat payload needs about
five levels, so anything deeper than ``CUSTOS_API_MAX_JSON_DEPTH`` is refused
with a 400 naming the limit, before ``json.loads`` sees it.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping
from itertools import accumulate
from typing import Any

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser
from rest_framework.utils.json import strict_constant

# A JSON string, escapes included (the unrolled form: linear, no backtracking).
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def json_depth(text: str) -> int:
    """How deep arrays and objects nest in ``text`` (0 for a scalar), counted without recursion.

    Brackets inside strings do not count. Malformed JSON gets some number;
    ``json.loads`` refuses it afterwards anyway.
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if not brackets:
        return 0
    return max(accumulate(_STEP[bracket] for bracket in brackets))


class DepthLimitedJSONParser(JSONParser):
    """``application/json`` bodies nested at most ``CUSTOS_API_MAX_JSON_DEPTH`` levels."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Mapping[str, Any] | None = None) -> Any:
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            text = codecs.getreader(encoding)(stream).read()
        except ValueError as exc:  # UnicodeDecodeError included
            raise ParseError(f"JSON parse error - {exc}") from exc
        limit = settings.CUSTOS_API_MAX_JSON_DEPTH
        if text.count("[") + text.count("{") > limit and json_depth(text) > limit:
            raise ParseError(
                f"The JSON body nests deeper than the limit of {limit} levels (CUSTOS_API_MAX_JSON_DEPTH).",
                code="json_too_deep",
            )
        try:
            return json.loads(text, parse_constant=strict_constant if self.strict else None)
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {exc}") from exc
