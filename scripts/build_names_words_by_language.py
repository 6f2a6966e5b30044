"""Rebuild ``classifier/data/names_words_by_language.json``: US given names that are frequent words of one language.

    pip install --target /tmp/wordfreqbuild wordfreq==3.1.1   # a scratch folder, not the venv
    PYTHONPATH=/tmp/wordfreqbuild .venv/bin/python scripts/build_names_words_by_language.py [--check]

``common_words_eu.txt`` leaves out the US given names (``first_names.txt``) whose Zipf frequency is below 4.5, so that
they stay names; some of them are frequent words of one of the six other languages ("tam" there and "nam" us in
Polish, "charla" talk in Spanish, "kam" came in German, "chi" who in Italian). This list names them per language:
a given name of ``first_names.txt`` of 3+ letters that no European name list holds (``first_names_eu.txt``,
``first_names_extra.txt``, ``first_names_nam_dict*.txt``), with a wordfreq 3.1.1 Zipf frequency of 3.5 or more in
that language and at least 1.0 above its English one (the word is far more frequent there than as an English name),
less the names of the language that the European lists lack ("edyta"), read through by hand.
A single word that the list holds for the text's language is no person on its own in text of that language ("coś
tam", "«Charla gratuita»"); after a title or a label, or next to a surname, it stays a name. wordfreq's data: CC BY-SA
4.0 (Robyn Speer et al.); the derived list is distributed under CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "classifier" / "data"
OUTPUT = DATA / "names_words_by_language.json"
LANGUAGES = ("de", "fr", "it", "es", "nl", "pl")
MIN_ZIPF = 3.5
MIN_ABOVE_ENGLISH = 1.0
# Read through by hand: given names of the language that the European lists lack.
NAMES = frozenset(("edyta",))


def _load(name: str) -> set[str]:
    with (DATA / name).open(encoding="utf-8") as lines:
        return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def build() -> dict[str, object]:
    from wordfreq import zipf_frequency  # build time only: never a run-time dependency

    european = set()
    for name in ("first_names_eu.txt", "first_names_extra.txt", "first_names_nam_dict.txt"):
        european |= _load(name)
    european |= _load("first_names_nam_dict_frequent.txt")
    words: dict[str, list[str]] = {}
    for language in LANGUAGES:
        found = []
        for name in sorted(_load("first_names.txt") - european):
            if len(name) < 3 or not name.isalpha() or name in NAMES:
                continue
            zipf = zipf_frequency(name, language)
            if zipf >= MIN_ZIPF and zipf - zipf_frequency(name, "en") >= MIN_ABOVE_ENGLISH:
                found.append(name)
        words[language] = found
    about = (
        "US given names (first_names.txt) that no European name list holds and that are frequent words of one "
        f"language: wordfreq 3.1.1 Zipf >= {MIN_ZIPF} there and >= {MIN_ABOVE_ENGLISH} above English. Built by "
        "scripts/build_names_words_by_language.py; wordfreq data CC BY-SA 4.0, this list CC BY-SA 4.0."
    )
    return {"_about": about, **words}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Fail if the stored list differs from a rebuild.")
    args = parser.parse_args()
    text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    if args.check:
        return 0 if OUTPUT.read_text(encoding="utf-8") == text else 1
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
