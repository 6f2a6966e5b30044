"""Name and common-word lexicons: O(1) set lookups, loaded once per process.

- ``first_names.txt``: given names (US Census 1990 lists and Tzioumis' first-name
  list; public domain / CC0).
- ``surnames.txt``: surnames (US Census 2010 and 1990 lists; public domain).
- ``common_words.txt``: English words that are written lower-case at least as
  often as capitalised ("discipline", "will", "young"), from the word
  probabilities of spacy-lookups-data (MIT).

Words are looked up lower-cased and, failing that, with diacritics folded
("Nyström" -> "nystrom", "Júlia" -> "julia"), so European spellings of
names in the US lists are found too. See ``classifier/data/LICENSE-lexicons.txt``.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# Letters that NFKD does not decompose into a base letter + combining mark.
_FOLD_EXTRA = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "þ": "th", "ð": "d", "\u0131": "i"}  # dotless i
)


def _load(name: str) -> frozenset[str]:
    with (DATA_DIR / name).open(encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def first_names() -> frozenset[str]:
    return _load("first_names.txt")


@cache
def surnames() -> frozenset[str]:
    return _load("surnames.txt")


@cache
def common_words() -> frozenset[str]:
    return _load("common_words.txt")


def load() -> None:
    """Load all lexicons now (engine build), not on the first text."""
    first_names()
    surnames()
    common_words()


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case, without diacritics, apostrophes and hyphens: the lookup key of a name word."""
    lowered = word.lower().translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if ch.isalpha() and not unicodedata.combining(ch))


def _in(word: str, lexicon: frozenset[str]) -> bool:
    lowered = word.lower()
    if lowered in lexicon:
        return True
    return not (lowered.isascii() and lowered.isalpha()) and fold(word) in lexicon


def is_first_name(word: str) -> bool:
    return _in(word, first_names())


def is_surname(word: str) -> bool:
    return _in(word, surnames())


def is_common(word: str) -> bool:
    """An ordinary English word (lower-case form more frequent than the capitalised one)."""
    return word.lower() in common_words()


def is_given(word: str) -> bool:
    """A given name that is not also an ordinary word: "Rebecca", "Júlia"; not "Will", "Grace"."""
    return len(word) > 1 and is_first_name(word) and not is_common(word)


def is_family(word: str) -> bool:
    """A surname that is not also an ordinary word: "Nyström", "Hoffmann"; not "Young", "White"."""
    return len(word) > 1 and is_surname(word) and not is_common(word)


def is_name_word(word: str) -> bool:
    """A given name or surname that is not an ordinary word."""
    return len(word) > 1 and not is_common(word) and (is_first_name(word) or is_surname(word))
