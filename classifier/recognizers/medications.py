"""Medication names by their International Nonproprietary Name (INN), in the spelling of any of the seven languages.

A drug stem finds "candesartan" (``health_terms``); a name with no class stem ("amiodarone", "naproxen",
"levetiracetam") needs a list. ``medications_round10.json`` holds the INNs of the WHO Model List of Essential
Medicines and the most-prescribed INNs in the EU, once, in their English INN form. The seven languages spell an
INN by regular rules (WHO: "Guidance on INN", national INN adaptations): French and Italian accents and final
-e ("lévétiracétam", "naproxène"), German drops the final -e ("Amiodaron"), Italian/Spanish add -a/-o
("amiodarona", "ciprofloxacino"), Polish writes k/ks/w/y and inflects ("amoksycylinę", "lewotyroksyny"). Every
word and every INN is brought to one folded key (accents off, ph/f, th/t, qu/kw, ks/x, k/c, w/v, y/i, doubled
letters single) and a language ending is tried off the word; the few names that no rule reaches (valproate:
"Valproinsäure", "walproinian") are listed as ``spellings``.

Why a key and not every spelling: seven spellings times the Polish cases would be thousands of forms to keep in
step; the rules are the languages' own and the key is checked against their common-word lists when loaded.

A match is a health term like any listed term: it becomes a finding only on the same path (a person, an intake
cue, a possessive, a label), so a price list or a package leaflet stays as the gating decides.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import regex

from classifier.recognizers import name_lexicon

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "medications_round10.json"

# Language endings a word may carry after the folded INN stem: Romance -a/-o/-e, Polish cases, plurals.
_TAILS = ("", "e", "a", "o", "u", "i", "s", "um", "em", "ie", "om", "es", "ami", "ach", "ow")
_DOUBLE = regex.compile(r"(\p{L})\1")
_REWRITES = (("ph", "f"), ("th", "t"), ("qu", "kw"), ("ks", "x"), ("k", "c"), ("w", "v"), ("y", "i"), ("ł", "l"))


def fold(word: str) -> str:
    """The spelling-independent key of a lower-cased word: "Lévétiracétam" and "lewetyracetam" -> "levetiracetam"."""
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word)
        word = "".join(c for c in word if not unicodedata.combining(c))
    for old, new in _REWRITES:
        if old in word:
            word = word.replace(old, new)
    return _DOUBLE.sub(r"\1", word)


def _key(inn: str) -> str:
    """An INN's key: folded, without the final -e that only English and French write ("amiodarone")."""
    key = fold(inn.lower())
    return key[:-1] if key.endswith("e") else key


class _Names:
    def __init__(self, data: dict) -> None:
        keep = {w.lower() for w in data["common_but_drugs"]}
        keys: set[str] = set()
        for inn in data["inn"]:
            word = inn.lower()
            # A name that is also an ordinary word of a language ("lithium", "nicotine") stays with the lists
            # that gate such words, unless it is known as a drug first.
            if word not in keep and (name_lexicon.is_common(word) or name_lexicon.is_common_eu(word)):
                continue
            keys.add(_key(word))
        for forms in data["spellings"].values():
            keys.update(fold(f.lower()) for f in forms)
        self.keys = frozenset(keys)
        self.min_length = min(len(k) for k in keys)
        self.not_names = frozenset(fold(w.lower()) for w in data["not_names"])


@cache
def _names() -> _Names:
    return _Names(json.loads(DATA_FILE.read_text(encoding="utf-8")))


# Cached: the same words come back text after text, and folding tries fifteen endings (bounded: words are open-ended).
@lru_cache(maxsize=65536)
def is_medication_name(word: str) -> bool:
    """Whether a lower-cased word is a listed INN (or its regular spelling in one of the seven languages)."""
    names = _names()
    if len(word) < names.min_length or not word.isalpha():
        return False
    key = fold(word)
    if key in names.not_names:
        return False
    keys = names.keys
    for tail in _TAILS:
        if key.endswith(tail) and key[: len(key) - len(tail)] in keys:
            return not (name_lexicon.is_first_name(word) or name_lexicon.is_surname(word))
    return False


def extra_drug_stems() -> list[str]:
    """INN stems that ``health_terms`` adds to its own (-alol/-ilol beside -olol, -cycline, -vudine ...)."""
    return list(json.loads(DATA_FILE.read_text(encoding="utf-8"))["drug_stems"])
