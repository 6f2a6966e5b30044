"""Name and common-word lexicons: O(1) set lookups, loaded once per process.

- ``first_names.txt``: given names (US Census 1990 lists and Tzioumis' first-name
  list; public domain / CC0).
- ``surnames.txt``: surnames (US Census 2010 and 1990 lists; public domain).
- ``common_words.txt``: English words that are written lower-case at least as
  often as capitalised ("discipline", "will", "young"), from the word
  probabilities of spacy-lookups-data (MIT).
- ``first_names_eu.txt`` / ``surnames_eu.txt``: European given names and
  surnames (Faker's person providers of EU/EEA locales, MIT), merged with the
  lists above.
- ``common_words_eu.txt``: frequent German, French, Italian, Spanish, Dutch and
  Polish words (wordfreq, CC BY-SA 4.0), case-folded; German nouns are
  capitalised, so in any text a capital letter on one of these says little.
- ``first_names_nam_dict_frequent.txt``: popular names of nam_dict that wordfreq counts as words ("Sjaak",
  "Douwe", "Zygmunt"; GFDL, ``scripts/build_given_names_nam_dict.py --frequent``): given names even so.
- ``first_names_extra.txt``: given names of the seven languages that the lists above lack or that
  ``common_words_eu.txt`` holds ("Marloes", "Weronika", "Itziar"): a given name there even so (compiled for
  Custos, CC0).
- ``places.txt``: cities, regions and countries (Faker's address providers,
  MIT, and major cities compiled for Custos, CC0), less given names and
  European surnames.
- ``places_also_names.txt``: well-known places that are also given names
  ("Valencia", "Roma"): places after a preposition of place or in a place
  slot (compiled for Custos, CC0).
- ``names_ordinary_words.txt``: given names that are frequent ordinary words of
  the six other languages ("Rada", "Paz", "Rosa"): no name alone (compiled for
  Custos, CC0).
- ``first_names_hypocoristic.txt``: pet forms of given names ("Zbyszek", "Quique",
  "Beppe"), names even where the common-word list holds them (compiled, CC0).
- ``names_words_by_language.json``: US given names that are frequent words of
  one of the six other languages ("tam", "charla"): no name alone in text of
  that language (wordfreq 3.1.1, CC BY-SA 4.0).
- ``tech_names.json``: AI models, software, frameworks, languages and cloud
  products, which are not people (compiled for Custos, CC0).

Words are looked up lower-cased and, failing that, with diacritics folded
("Nyström" -> "nystrom", "Júlia" -> "julia"), so European spellings of
names in the US lists are found too. See ``classifier/data/LEXICONS.md``.
"""

from __future__ import annotations

import json
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
    return _load("first_names.txt") | _load("first_names_eu.txt") | extra_first_names()


@cache
def extra_first_names() -> frozenset[str]:
    return (
        _load("first_names_extra.txt")
        | nam_dict_first_names()
        | _load("first_names_nam_dict_frequent.txt")
        | _load("first_names_hypocoristic.txt")
        | round12_first_names()
    )


@cache
def round12_first_names() -> frozenset[str]:
    """Round 12 (precision12): Irish, African, Turkish, rare French and Basque given names, by tradition."""
    data = json.loads((DATA_DIR / "first_names_round12_precision12.json").read_text(encoding="utf-8"))
    return frozenset(name.lower() for key, names in data.items() if not key.startswith("_") for name in names)


@cache
def nam_dict_first_names() -> frozenset[str]:
    """Given names of Jorg Michael's nam_dict (GFDL), filtered: many rare, some also firm names ("Vitalis")."""
    return _load("first_names_nam_dict.txt")


@cache
def surnames() -> frozenset[str]:
    return _load("surnames.txt") | _load("surnames_eu.txt")


@cache
def common_words() -> frozenset[str]:
    return _load("common_words.txt")


@cache
def common_words_eu() -> frozenset[str]:
    return _load("common_words_eu.txt")


@cache
def places() -> frozenset[str]:
    return _load("places.txt")


@cache
def places_also_names() -> frozenset[str]:
    return _load("places_also_names.txt")


@cache
def names_ordinary_words() -> frozenset[str]:
    return _load("names_ordinary_words.txt")


@cache
def names_words_by_language() -> dict[str, frozenset[str]]:
    data = json.loads((DATA_DIR / "names_words_by_language.json").read_text(encoding="utf-8"))
    return {key: frozenset(words) for key, words in data.items() if not key.startswith("_")}


@cache
def _tech() -> dict[str, frozenset[str]]:
    data = json.loads((DATA_DIR / "tech_names.json").read_text(encoding="utf-8"))
    tech = {key: frozenset(w.lower() for w in data[key]) for key in ("products", "also_given_names", "product_words")}
    # Round 10b: consumer brands of marketing copy ("Haribo", "Lavazza") are products too.
    tech["products"] |= frozenset(w.lower() for w in brand_names()["products"])
    return tech


@cache
def precision_words(key: str) -> frozenset[str]:
    """One word list of ``precision_round10.json`` (round 10: words that tell a false finding), the union of its
    languages, as written. The name, contact and special-category recognizers share it."""
    data = json.loads((DATA_DIR / "precision_round10.json").read_text(encoding="utf-8"))
    return frozenset(word for words in data[key].values() for word in words)


@cache
def brand_names() -> dict[str, list[str]]:
    """Round 10b brand lexicon (``brand_names_round10_mkt.json``): single-word brands, multi-word brand names
    ("Ben & Jerry's", "Albert Heijn") and car makes and models ("Renault Mégane")."""
    data = json.loads((DATA_DIR / "brand_names_round10_mkt.json").read_text(encoding="utf-8"))
    return {key: list(value) for key, value in data.items() if not key.startswith("_")}


def load() -> None:
    """Load all lexicons now (engine build), not on the first text."""
    first_names()
    surnames()
    common_words()
    common_words_eu()
    places()
    places_also_names()
    names_ordinary_words()
    names_words_by_language()
    _tech()


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


def is_listed_given_name(word: str) -> bool:
    """A given name that no ordinary word shadows, even where the common-word list holds it ("Weronika")."""
    return _in(word, extra_first_names())


def is_rare_given_name(word: str) -> bool:
    """A given name that only nam_dict lists: a name next to a surname or a cue, but alone after "chez" a firm."""
    return _in(word, nam_dict_first_names()) and not _in(word, _listed_first_names())


@cache
def _listed_first_names() -> frozenset[str]:
    return (
        _load("first_names.txt") | _load("first_names_eu.txt") | _load("first_names_extra.txt") | round12_first_names()
    )


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


def is_common_eu(word: str) -> bool:
    """A frequent German, French, Italian, Spanish, Dutch or Polish word ("Bestellung", "Herren", "Merci")."""
    return word.casefold() in common_words_eu()


def is_place(word: str) -> bool:
    """A city, region or country that is no given name ("Toulouse", "Lublin", "Deutschland")."""
    return word.lower() in places()


def is_place_name(word: str) -> bool:
    """A city, region or country, also one that is a given name too ("Valencia", "Roma", "Austin")."""
    lowered = word.lower()
    return lowered in places() or lowered in places_also_names()


def is_ordinary_name(word: str) -> bool:
    """A given name that is also a frequent ordinary word of another language ("Rada", "Paz", "Rosa")."""
    return word.lower() in names_ordinary_words()


def is_word_of_language(word: str, language: str) -> bool:
    """A US given name that is a frequent word of this language ("tam" in Polish, "charla" in Spanish)."""
    return word.lower() in names_words_by_language().get(language, frozenset())


def _ordinary(part: str) -> bool:
    return part in common_words_eu() or part in common_words()


@lru_cache(maxsize=65536)
def is_compound_common(word: str) -> bool:
    """A compound of ordinary words, as German and Dutch write them: "Kontaktformular" (Kontakt + Formular),
    "Arbeitsvertrag" (Arbeit + s + Vertrag), "Mitarbeiterhilfsprogramm" (Mitarbeiter + Hilfs + Programm). Only
    for words in no name list (callers check): many surnames are compounds too ("Vogelsang")."""
    folded = word.casefold()
    if len(folded) < 8 or not folded.isalpha() or not word[1:].islower():
        return False  # "LeBatelier" is no compound
    ordinary = _ordinary
    for cut in range(4, len(folded) - 3):
        head, tail = folded[:cut], folded[cut:]
        # A linking "s", "n" or "en" may join the parts: "Arbeits|vertrag", "Kunden|service"; a verb stem may lead
        # ("Prüf|ziffer" of "prüfen", "Wasch|maschine").
        if not (
            ordinary(head)
            or (head[-1] in "sn" and ordinary(head[:-1]))
            or ordinary(head.removesuffix("en"))
            or ordinary(head + "en")
        ):
            continue
        if ordinary(tail) or is_compound_common(tail):
            return True
    return False


def is_tech_product(word: str) -> bool:
    """A model, software or product name that is no person's name ("Qwen", "Django", "Kubernetes")."""
    return word.lower() in _tech()["products"]


def is_tech_name(word: str) -> bool:
    """A product name that is also a given name ("Claude", "Julia", "Ruby"): a product before a version."""
    return word.lower() in _tech()["also_given_names"]


def is_product_word(word: str) -> bool:
    """A word that follows product names ("Ultra", "Pro", "Sonnet", "Thermostat", "model")."""
    return word.lower() in _tech()["product_words"]
