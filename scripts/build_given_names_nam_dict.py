"""Rebuild ``classifier/data/first_names_nam_dict.txt`` from Jörg Michael's name dictionary, reproducibly.

    pip install --target /tmp/namebuild gender-guesser==0.4.0 wordfreq==3.1.1   # a scratch folder, not the venv
    PYTHONPATH=/tmp/namebuild .venv/bin/python scripts/build_given_names_nam_dict.py [--check]

Source: ``nam_dict.txt`` of the program "gender" by Jörg Michael (version 1.2, 2008), as shipped in the PyPI package
``gender-guesser`` 0.4.0; the file is under the GNU Free Documentation License 1.2 or later, and so is the list this
script derives from it. It gives, for about 48,000 given names, a frequency class per country. Kept: names with a
frequency in one of the countries whose languages Custos supports (Great Britain, Ireland, Italy, Spain, France,
Belgium, Luxembourg, the Netherlands, East Frisia, Germany, Austria, Switzerland, Poland), of 3+ letters, written
in Latin letters (nam_dict's ``+`` joins the parts of a compound name: "Dirk+Jan" -> "dirk-jan" is split into its
parts, each kept on its own). Left out, so that ordinary words stay ordinary: every word of English
``common_words.txt``; every word with a wordfreq Zipf frequency of 3.6 or more (about 4 per million words) in
German, French, Italian, Spanish, Dutch or Polish ("Mark", "Hans", "Ella", "Sole"), of 3.25 or more for the
words that ``common_words_eu.txt`` holds, and a few dozen ordinary words read through by hand; places, product names and the
given names that are ordinary words of another language (``places*.txt``, ``tech_names.json``,
``names_ordinary_words.txt``). A word of the list is a given name even where ``common_words_eu.txt`` holds it
(wordfreq counts frequent names as words: "Auke", "Eelco", "Neeltje").

A second list, ``first_names_nam_dict_frequent.txt`` (``--frequent``), takes back the popular names that the
frequency rule left out: names with nam_dict frequency class 3 or more (of 13) in one of those countries, a Zipf
frequency below 4.5 in every language, not English words, places, products or ordinary-word names, and not one of a
few dozen ordinary words read through by hand ("natale", "pasqua", "arend", "fons"). wordfreq counts them because
people write them ("Sjaak", "Freek", "Zygmunt", "Douwe"); they are given names wherever they stand.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "classifier" / "data"
OUTPUT = DATA / "first_names_nam_dict.txt"
# Columns of nam_dict.txt's country frequencies (0-based), from the file's own "list of countries".
COUNTRIES = {
    "Great Britain": 30, "Ireland": 31, "Italy": 33, "Spain": 36, "France": 37, "Belgium": 38, "Luxembourg": 39,
    "the Netherlands": 40, "East Frisia": 41, "Germany": 42, "Austria": 43, "Swiss": 44, "Poland": 53,
}  # fmt: skip
LANGUAGES = ("de", "fr", "it", "es", "nl", "pl")
MAX_ZIPF = 3.6
# A name that common_words_eu.txt holds (Zipf >= 3.0 somewhere) becomes a name only below this frequency.
MAX_ZIPF_COMMON = 3.25
# Ordinary words, rivers, regions and artists below those frequencies, read through by hand.
NOT_NAMES = frozenset(
    "adorata diletto birke verbena werra volturno urta hisse joute watte heit lilie renne cadi galilea versilia "
    "matisse rubens cluny fioretto ardito incoronato liberatore gracieuse perline divo egeo aden umbro catone iside "
    "archange angelico".split()
)
OUTPUT_FREQUENT = DATA / "first_names_nam_dict_frequent.txt"
FREQUENT_MIN_CLASS = 3
FREQUENT_MAX_ZIPF = 4.5
# Ordinary words (and a river and a brand) among the popular names that wordfreq counts often, read through by hand.
NOT_NAMES_FREQUENT = frozenset(
    "natale pasqua pio nello riet fons arend eilt edo graine cor immacolata battista arcangelo giordano lech "
    "libera consiglia santi pere wies wiel jans kor sita patrocinio gioconda bienvenido miren gosse cesareo "
    "savino giovan berti".split()
)
_LATIN = re.compile(r"^[a-zà-öø-ÿąćčęěłńňőřśšťůűźżž]{3,}$")


def _lines(path: Path) -> list[str]:
    return (DATA / path).read_text(encoding="utf-8").splitlines()


def _words(name: str) -> set[str]:
    return {w.strip() for w in _lines(Path(name)) if w.strip() and not w.startswith("#")}


def collect() -> list[str]:
    from wordfreq import zipf_frequency

    source = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes().decode("iso-8859-1")
    found: set[str] = set()
    for line in source.splitlines():
        if line.startswith("#") or len(line) < 31:
            continue
        if not any(line[column] not in " $" for column in COUNTRIES.values() if column < len(line)):
            continue
        name = unicodedata.normalize("NFC", line[3:29].strip()).lower()
        for part in name.replace("+", "-").split("-"):
            if _LATIN.match(part):
                found.add(part)
    english = _words("common_words.txt")
    excluded = english | _words("places.txt") | _words("places_also_names.txt") | _words("names_ordinary_words.txt")
    tech = json.loads((DATA / "tech_names.json").read_text(encoding="utf-8"))
    excluded |= {w.lower() for key in ("products", "product_words") for w in tech[key]} | NOT_NAMES
    common_eu = _words("common_words_eu.txt")
    return sorted(
        name
        for name in found
        if name not in excluded
        and max(zipf_frequency(name, lang) for lang in LANGUAGES) < (MAX_ZIPF_COMMON if name in common_eu else MAX_ZIPF)
    )


def collect_frequent() -> list[str]:
    from wordfreq import zipf_frequency

    source = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes().decode("iso-8859-1")
    popularity: dict[str, int] = {}
    for line in source.splitlines():
        if line.startswith("#") or len(line) < 31:
            continue
        classes = [
            int(line[c], 16) for c in COUNTRIES.values() if c < len(line) and line[c] in "0123456789abcdefABCDEF"
        ]
        if not classes:
            continue
        name = unicodedata.normalize("NFC", line[3:29].strip()).lower()
        for part in name.replace("+", "-").split("-"):
            if _LATIN.match(part):
                popularity[part] = max(popularity.get(part, 0), max(classes))
    listed = _words("first_names.txt") | _words("first_names_eu.txt") | _words("first_names_extra.txt")
    listed |= set(collect())
    excluded = _words("common_words.txt") | _words("places.txt") | _words("places_also_names.txt")
    excluded |= _words("names_ordinary_words.txt") | NOT_NAMES | NOT_NAMES_FREQUENT
    tech = json.loads((DATA / "tech_names.json").read_text(encoding="utf-8"))
    excluded |= {w.lower() for key in ("products", "product_words", "also_given_names") for w in tech[key]}
    return sorted(
        name
        for name, rank in popularity.items()
        if rank >= FREQUENT_MIN_CLASS
        and name not in listed
        and name not in excluded
        and max(zipf_frequency(name, lang) for lang in LANGUAGES) < FREQUENT_MAX_ZIPF
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="Print the count, write nothing.")
    parser.add_argument("--frequent", action="store_true", help="Write the list of popular names instead.")
    if parser.parse_args().frequent:
        frequent = collect_frequent()
        if parser.parse_args().check:
            print(len(frequent))
            return
        OUTPUT_FREQUENT.write_text(
            "# Popular given names from nam_dict.txt (Jorg Michael, as shipped in gender-guesser 0.4.0), GNU Free\n"
            "# Documentation License 1.2 or later, that wordfreq counts as words; built by\n"
            "# scripts/build_given_names_nam_dict.py --frequent (see there and classifier/data/LEXICONS.md).\n"
            + "\n".join(frequent)
            + "\n",
            encoding="utf-8",
        )
        print(f"{len(frequent)} names -> {OUTPUT_FREQUENT}")
        return
    names = collect()
    if parser.parse_args().check:
        print(len(names))
        return
    header = (
        "# Given names from nam_dict.txt of the program 'gender' by Jorg Michael (as shipped in gender-guesser 0.4.0),"
        " GNU Free Documentation License 1.2 or later;\n"
        "# filtered by scripts/build_given_names_nam_dict.py (see there and classifier/data/LEXICONS.md).\n"
    )
    OUTPUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUTPUT}")


if __name__ == "__main__":
    main()
