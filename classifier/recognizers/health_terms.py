"""Health terms by word formation: medication names by their INN stem, conditions and procedures by suffix.

Health vocabulary is open-ended: a list names "losartan" and misses "candesartan". What carries over to text
nobody listed is how the words are built. The WHO gives every International Nonproprietary Name of a class the
same stem ("-sartan", "-olol", "-vastatin", "-umab"), and Greco-Latin medicine builds conditions and procedures
from a combining form and a suffix ("arthr-" + "-ose", "bronch-" + "-ite", "rhino-" + "-plastik"). A word
built so is a health term; it becomes a finding on the same path as a listed term (a person, a cue, a
possessive or a label must say it about someone), so "our clinic treats arthrosis" stays clean.

Guards: a drug stem needs ``drug_min_prefix`` letters before it ("Sartan" alone is a surname); a suffix that
also ends ordinary words (-ose, -ite, -oma) counts only after a medical combining form; words that end like a
term but are none ("sympathy", "Akademie", "nostalgia", "glucose") are listed in ``not_endings``; and a given
name ("Euphemia") or a surname ("Gasparini") is never a term, nor is a word with a condition suffix that the
common word lists of the seven languages hold.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from classifier.recognizers import medications, name_lexicon

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "health_word_formation.json"


class _Endings:
    """Per ending the number of letters a word needs before it, looked up by the word's last characters (a
    dictionary lookup per ending length: an ``endswith`` over thousands of endings costs more)."""

    def __init__(self, data: dict) -> None:
        prefix = int(data["drug_min_prefix"])
        need: dict[str, int] = {}
        for stem in data["drug_stems"]:
            for tail in data["drug_tails"]:
                need[(stem + tail).lower()] = prefix
        self.drug = frozenset(need)
        for suffix in data["condition_suffixes"]:
            roots = suffix.get("roots") or [""]
            for root in roots:
                for form in suffix["forms"]:
                    ending = (root + form).lower()
                    # A bare suffix needs a stem before it ("myalgia"); a root and its suffix are a word already.
                    need.setdefault(ending, 0 if root else 3)
        self.need = need
        self.last_three = frozenset(e[-3:] for e in need)
        self.lengths = sorted({len(e) for e in need}, reverse=True)
        self.not_endings = tuple(w.lower() for w in data["not_endings"])
        self.not_terms = frozenset(w.lower() for w in data["not_terms"])


# Round 10: more suffixes (-cardia, -thermia, -penia, -oedema, -uria, -ectomy) in their own file, merged in.
EXTRA_FILES = (DATA_FILE.parent / "clinical_grammar_round10.json",)


@cache
def _endings() -> _Endings:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    data["drug_stems"] = [*data["drug_stems"], *medications.extra_drug_stems()]  # round 10: -alol, -cycline ...
    for path in EXTRA_FILES:
        extra = json.loads(path.read_text(encoding="utf-8"))
        for key in ("condition_suffixes", "not_endings"):
            data[key] = [*data[key], *extra.get(key, [])]
    return _Endings(data)


def is_health_word(word: str) -> bool:
    """Whether a lower-cased word is a drug name by its INN stem or a condition/procedure by its suffix."""
    endings = _endings()
    if word[-3:] not in endings.last_three:
        return medications.is_medication_name(word)  # most words: one set lookup, then the INN list
    for length in endings.lengths:
        ending = word[-length:]
        need = endings.need.get(ending)
        if need is not None and len(word) - length >= need:
            break
    else:
        return medications.is_medication_name(word)
    if not word.isalpha() or word.endswith(endings.not_endings) or word in endings.not_terms:
        return False
    if name_lexicon.is_first_name(word) or name_lexicon.is_surname(word):
        return False
    # INN stems end no ordinary word (checked against the word lists), and the lists hold frequent drug names
    # ("lorazepam"); a suffix is shared with ordinary words, so a listed word is no condition.
    if ending in endings.drug or not (name_lexicon.is_common(word) or name_lexicon.is_common_eu(word)):
        return True
    return medications.is_medication_name(word)  # "aspirine": a listed INN that ends like a condition
