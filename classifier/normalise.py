"""The normalised view of a text that detection runs on, with a map back to the original offsets.

Evasion hides a value from pattern recognizers without hiding it from a
reader (or a model): invisible characters inside it, full-width or
mathematical letters, Cyrillic look-alikes, percent-encoding, HTML entities,
base64, "john dot doe at example dot com", a reversed address. ``normalise``
undoes these in a *view* and keeps, for every character of the view, the
range of original characters it came from, so a finding on the view maps back
to original offsets that cover every original character of the value (a
decoded run maps to the whole encoded run; characters removed inside a value
fall between its mapped ends).

Steps, in order: right-to-left override segments read as displayed;
zero-width, bidi-control and soft-hyphen characters removed; NFKC; HTML
entities and percent-encoding decoded; confusable letters folded inside
otherwise Latin tokens; base64 runs that decode to text added after their
token (the original token stays, so a JWT or key in it is still found);
spelled-out e-mail addresses rewritten where the result is a valid address;
reversed addresses read forwards.

Most texts need none of it: ``normalise`` then returns the text itself with
an identity map after a few precompiled scans (``str.isascii`` and one regex
for ASCII text).
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_to_bytes

import regex

from classifier.recognizers.contact import OFFLINE_TLD_EXTRACTOR

_DATA = Path(__file__).resolve().parent / "data" / "confusables.json"
CONFUSABLES: dict[str, str] = json.loads(_DATA.read_text(encoding="utf-8"))["letters"]
_FOLD = str.maketrans(CONFUSABLES)

# Zero-width and joiner characters, word joiner and invisible operators, BOM, bidi embeddings, overrides
# and isolates, the Arabic letter mark, soft hyphen, combining grapheme joiner, Mongolian vowel separator.
_INVISIBLE_CHAR = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+")
# Right-to-left override up to its pop (or the end of the line): displayed reversed, so read it reversed.
_RLO = re.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]*)\u202c?")
_NON_ASCII = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")
_GRAPHEME = regex.compile(r"\X")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_CONFUSABLE = re.compile("[" + re.escape("".join(CONFUSABLES)) + "]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Mixed-case runs of the base64 (or base64url) alphabet, 16+ characters, inside a longer token: hex
# digests and words do not qualify. Only tokens of 16+ characters are searched.
_BASE64 = re.compile(
    r"(?<![A-Za-z0-9+/_-])(?=[A-Za-z0-9+/_-]*[a-z])(?=[A-Za-z0-9+/_-]*[A-Z])"
    r"(?:[A-Za-z0-9+/]{16,}|[A-Za-z0-9_-]{16,})={0,2}(?![A-Za-z0-9+/=_-])"
)
_TOKEN = re.compile(r"\S{16,}")
_WORD_TOKEN = re.compile(r"\S+")

# Spelled-out e-mail addresses, in the seven languages' words for "@" and ".". A bracketed or
# upper-case "at" (or a word that only means "@") is a marker on its own; a plain " at " only
# counts next to a spelled-out dot ("available at example.com" is prose).
_AT_WORDS = "arobase|arroba|chiocciola|apenstaartje|klammeraffe|ma[lł]pa"
_DOT_WORDS = "dot|punkt|point|punto|punt|kropka"
_AT_STRONG = re.compile(
    r"\s*[\[({<]\s*(?:(?i:at|" + _AT_WORDS + r")|@)\s*[\])}>]\s*|\s+(?:AT|(?i:" + _AT_WORDS + r"))\s+|\s+@\s+"
)
_AT_WEAK = re.compile(r"\s+(?:at|At|aT)\s+")
_DOT_SPELLED = r"\s*[\[({<]\s*(?:(?i:" + _DOT_WORDS + r")|\.)\s*[\])}>]\s*|\s+(?i:" + _DOT_WORDS + r")\s+"
_DOT_SPELLED_RE = re.compile(_DOT_SPELLED)
_DOT = re.compile(_DOT_SPELLED + r"|\.")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9_%+-]{0,62}[A-Za-z0-9])?"
_LOCAL_BEFORE = re.compile(r"(?<![\w.@%+-])" + _LABEL + r"(?:(?:" + _DOT.pattern + ")" + _LABEL + r"){0,8}\Z", re.ASCII)
_DOMAIN_AFTER = re.compile(_LABEL + r"(?:(?:" + _DOT.pattern + ")" + _LABEL + r"){1,8}(?![\w@-])", re.ASCII)
_LOCAL_REACH = 160  # characters before an "at" searched for the local part
# Cheap signs (scans with a literal or one-class prefix) that a text may hold a spelled-out address.
_BRACKET_HINT = re.compile(r"[\[({<]\s*(?:(?i:at|" + _AT_WORDS + "|" + _DOT_WORDS + r")|@|\.)\s*[\])}>]")
_WORD_HINT = re.compile(" (?:" + _AT_WORDS + "|" + _DOT_WORDS + ") ")  # in lower-cased text
# Base64 of text nearly always has a lower-case letter or digit followed by a capital: prose seldom does.
_BASE64_HINT = re.compile(r"[A-Z](?<=[a-z0-9][A-Z])")  # a capital first: a fast scan
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63}", re.ASCII)
_EMAIL_LIKE = re.compile(r"(?<![\w.@%+-])[\w.%+-]+@[\w.-]+\w", re.ASCII)

# Each character of a replacement maps to one range of the current view: all to one, or one each.
_Source = tuple[int, int] | Sequence[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A text, the view detection runs on, and for each view character the original range it came from."""

    original: str
    text: str
    starts: Sequence[int] | None = None  # None: the view is the original (identity map)
    ends: Sequence[int] | None = None

    @property
    def changed(self) -> bool:
        return self.starts is not None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets covering every original character behind view characters ``start:end``."""
        if self.starts is None or self.ends is None:
            return start, end
        end = min(end, len(self.text))
        if start >= end:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return min(self.starts[start:end]), max(self.ends[start:end])


class _View:
    """The view under construction: text plus per-character original ranges, built only once something changes."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.text = text
        self.starts: list[int] | None = None
        self.ends: list[int] | None = None

    def apply(self, edits: list[tuple[int, int, str, _Source]]) -> None:
        """Replace ``text[a:b]`` by ``new`` for each (a, b, new, source); edits sorted and not overlapping."""
        if not edits:
            return
        text = self.text
        starts = self.starts if self.starts is not None else list(range(len(text)))
        ends = self.ends if self.ends is not None else list(range(1, len(text) + 1))
        pieces: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        position = 0
        for a, b, new, source in edits:
            pieces.append(text[position:a])
            new_starts += starts[position:a]
            new_ends += ends[position:a]
            pieces.append(new)
            if isinstance(source, tuple) and source and isinstance(source[0], int):
                low, high = source
                first, last = min(starts[low:high]), max(ends[low:high])
                new_starts += [first] * len(new)
                new_ends += [last] * len(new)
            else:
                for low, high in source:  # type: ignore[misc]
                    new_starts.append(min(starts[low:high]))
                    new_ends.append(max(ends[low:high]))
            position = b
        pieces.append(text[position:])
        new_starts += starts[position:]
        new_ends += ends[position:]
        self.text = "".join(pieces)
        self.starts, self.ends = new_starts, new_ends

    def result(self) -> NormalisedText:
        return NormalisedText(self.original, self.text, self.starts, self.ends)


def normalise(text: str) -> NormalisedText:
    """The normalised view of ``text`` (see the module docstring); the text itself when nothing applies."""
    ascii_only = text.isascii()
    if not _may_change(text, ascii_only):
        return NormalisedText(text, text)
    view = _View(text)
    if not ascii_only:
        view.apply(_read_overrides(view.text))
        view.apply(_remove_invisible(view.text))
        view.apply(_nfkc(view.text))
    view.apply(_decode_entities(view.text))
    view.apply(_decode_percent(view.text))
    if not view.text.isascii():
        view.apply(_remove_invisible(view.text))  # an entity or %-escape may have spelled one
        view.apply(_fold_confusables(view.text))
    view.apply(_decode_base64(view.text))
    view.apply(_rewrite_spelled_emails(view.text))
    view.apply(_read_reversed_emails(view.text))
    return view.result()


def _may_change(text: str, ascii_only: bool) -> bool:
    """Cheap scans (C speed) for anything a step would change; most texts have none."""
    if not ascii_only and (
        _INVISIBLE_CHAR.search(text) is not None
        or not unicodedata.is_normalized("NFKC", text)
        or _CONFUSABLE.search(text) is not None
    ):
        return True
    return (
        "@" in text
        or ("%" in text and _PERCENT.search(text) is not None)
        or ("&" in text and _ENTITY.search(text) is not None)
        or _may_spell_email(text)
        or (_BASE64_HINT.search(text) is not None and any(_BASE64.search(m.group()) for m in _TOKEN.finditer(text)))
    )


def _may_spell_email(text: str) -> bool:
    return (
        " AT " in text
        or " @ " in text
        or _BRACKET_HINT.search(text) is not None
        or _WORD_HINT.search(text.lower()) is not None
    )


def _read_overrides(text: str) -> list[tuple[int, int, str, _Source]]:
    if "\u202e" not in text:
        return []
    edits: list[tuple[int, int, str, _Source]] = []
    for match in _RLO.finditer(text):
        start, end = match.span(1)
        # Each displayed character maps to its own original one; the override marks go with the first/last.
        sources = [(i, i + 1) for i in range(end - 1, start - 1, -1)]
        if sources:
            sources[0] = (sources[0][0], match.end())
            sources[-1] = (match.start(), sources[-1][1])
        edits.append((match.start(), match.end(), match.group(1)[::-1], sources))
    return edits


def _remove_invisible(text: str) -> list[tuple[int, int, str, _Source]]:
    return [(m.start(), m.end(), "", ()) for m in _INVISIBLE.finditer(text)]


def _nfkc(text: str) -> list[tuple[int, int, str, _Source]]:
    if unicodedata.is_normalized("NFKC", text):
        return []
    edits: list[tuple[int, int, str, _Source]] = []
    for run in _NON_ASCII.finditer(text):
        if unicodedata.is_normalized("NFKC", run.group()):
            continue
        # Per grapheme, so each normalised character maps to the cluster it came from.
        for cluster in _GRAPHEME.finditer(text, run.start(), run.end()):
            value = cluster.group()
            folded = unicodedata.normalize("NFKC", value)
            if folded != value:
                edits.append((cluster.start(), cluster.end(), folded, cluster.span()))
    return edits


def _decode_entities(text: str) -> list[tuple[int, int, str, _Source]]:
    if "&" not in text:
        return []
    edits: list[tuple[int, int, str, _Source]] = []
    for match in _ENTITY.finditer(text):
        decoded = html.unescape(match.group())
        if decoded != match.group():
            edits.append((match.start(), match.end(), decoded, match.span()))
    return edits


def _decode_percent(text: str) -> list[tuple[int, int, str, _Source]]:
    if "%" not in text:
        return []
    edits: list[tuple[int, int, str, _Source]] = []
    for match in _PERCENT.finditer(text):
        try:
            decoded = unquote_to_bytes(match.group()).decode("utf-8")
        except UnicodeDecodeError:
            continue
        sources: list[tuple[int, int]] = []
        position = match.start()
        for char in decoded:  # each character maps to its own %XX escapes
            width = 3 * len(char.encode("utf-8"))
            sources.append((position, position + width))
            position += width
        edits.append((match.start(), match.end(), decoded, sources))
    return edits


def _fold_confusables(text: str) -> list[tuple[int, int, str, _Source]]:
    if _CONFUSABLE.search(text) is None:
        return []
    edits: list[tuple[int, int, str, _Source]] = []
    for match in _WORD_TOKEN.finditer(text):
        token = match.group()
        if _CONFUSABLE.search(token) is None or _LATIN_LETTER.search(token) is None:
            continue  # nothing to fold, or a Cyrillic or Greek word: it stays as it is
        if any(ch.isalpha() and not ch.isascii() and ch not in CONFUSABLES for ch in token):
            continue  # a real non-Latin letter: not a disguise
        start = match.start()
        edits.append((start, match.end(), token.translate(_FOLD), [(i, i + 1) for i in range(start, match.end())]))
    return edits


def _decode_base64(text: str) -> list[tuple[int, int, str, _Source]]:
    """Decoded text inserted after the token holding the run, mapped to the run; the run itself stays."""
    edits: list[tuple[int, int, str, _Source]] = []
    if _BASE64_HINT.search(text) is None:
        return edits
    for token in _TOKEN.finditer(text):
        for match in _BASE64.finditer(text, token.start(), token.end()):
            decoded = _base64_text(match.group())
            if decoded is not None:
                edits.append((token.end(), token.end(), " " + decoded + " ", match.span()))
    return edits


def _base64_text(run: str) -> str | None:
    body = run.rstrip("=")
    if len(body) % 4 == 1:
        return None
    padded = body + "=" * (-len(body) % 4)
    try:
        if "-" in body or "_" in body:
            raw = base64.urlsafe_b64decode(padded)
        else:
            raw = base64.b64decode(padded, validate=True)
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if len(decoded) < 4 or not decoded.replace("\n", " ").replace("\t", " ").replace("\r", " ").isprintable():
        return None
    return decoded


def _rewrite_spelled_emails(text: str) -> list[tuple[int, int, str, _Source]]:
    """From each "at" marker, the local part before it and the domain after it; kept when valid."""
    if not _may_spell_email(text):
        return []
    markers = [(marker, False) for marker in _AT_STRONG.finditer(text)]
    if _DOT_SPELLED_RE.search(text) is not None:
        markers += [(marker, True) for marker in _AT_WEAK.finditer(text)]
    edits: list[tuple[int, int, str, _Source]] = []
    last_end = 0
    for marker, weak in sorted(markers, key=lambda item: item[0].start()):
        at_start, at_end = marker.span()
        local = _LOCAL_BEFORE.search(text, max(last_end, at_start - _LOCAL_REACH), at_start)
        domain = _DOMAIN_AFTER.match(text, at_end)
        if local is None or domain is None:
            continue
        if weak and _DOT_SPELLED_RE.search(local.group() + " " + domain.group()) is None:
            continue  # "available at example.com": prose, not an address
        address = _DOT.sub(".", local.group()) + "@" + _DOT.sub(".", domain.group())
        if _is_email(address):
            edits.append((local.start(), domain.end(), address, (local.start(), domain.end())))
            last_end = domain.end()
    return edits


def _read_reversed_emails(text: str) -> list[tuple[int, int, str, _Source]]:
    if "@" not in text:
        return []
    edits: list[tuple[int, int, str, _Source]] = []
    for match in _EMAIL_LIKE.finditer(text):
        value = match.group()
        if _is_email(value):
            continue
        reversed_value = value[::-1]
        if _is_email(reversed_value):
            start, end = match.span()
            edits.append((start, end, reversed_value, [(i, i + 1) for i in range(end - 1, start - 1, -1)]))
    return edits


def _is_email(value: str) -> bool:
    return _EMAIL.fullmatch(value) is not None and OFFLINE_TLD_EXTRACTOR(value.rsplit("@", 1)[1]).suffix != ""
