"""Round 10: injuries and clinical words by grammar rather than one listed phrase at a time.

Why: an injury is an open combination, an injury word and a body part ("fractured left ankle", "ankle
fracture", "frattura del polso sinistro", "złamanie lewej ręki", "stłuczone kolano", "gebroken linkerenkel"), and
German and Dutch write it as one word ("Unterschenkelfraktur", "Kreuzbandriss", "enkelbreuk"). A list of phrases
misses most combinations; the grammar here finds them in both orders with an optional side ("left", "gauche",
"sinistro", "izquierdo", "lewej", "linken") and an optional link ("of the", "de la", "della", "en", "van de").
Each finding is a HEALTH_DATA term and goes the ordinary way (a person, a cue, a possessive, a label or a person
nearby must say it about someone), so "Our course teaches how to splint an ankle fracture" stays clean.

Two hyphen shapes join them: an eponym before a disease head ("Parkinson-Erkrankung", "Asperger-Syndrom") is
one term, and a condition before a hyphenated care head ("bipolaire stoornis-controle", "zeeziekte-medicatie")
counts as the condition with its head.

The vocabulary is ``classifier/data/clinical_grammar_round10.json`` (the union of the seven languages, no
branching on a language code); its sources are in ``LEXICONS.md``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import regex

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "clinical_grammar_round10.json"
_V = regex.VERSION1
_BRACES = regex.compile(r"\{([^{}]*)\}")
_WORD = regex.compile(r"\w+", _V)


def _expand(phrases: list[str]) -> list[str]:
    out: list[str] = []
    for phrase in phrases:
        parts = _BRACES.split(phrase)
        combos = [""]
        for i, part in enumerate(parts):
            choices = [part] if i % 2 == 0 else part.split(",")
            combos = [c + choice for c in combos for choice in choices]
        out.extend(combos)
    return out


def _alt(phrases: list[str]) -> str:
    words = sorted({p.lower().strip() for p in _expand(phrases) if p.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


class _Grammar:
    def __init__(self, data: dict) -> None:
        injury_before = _alt(data["injury_before"])
        injury_after = _alt(data["injury_after"])
        body = _alt(data["body_parts"])
        side = _alt(data["sides"])
        side_after = _alt(data["sides_after"])
        side_prefix = _alt(data["side_prefixes"])
        elided = [w for w in _expand(data["links"]) if w.endswith("'")]
        links = [w for w in _expand(data["links"]) if not w.endswith("'")]
        # "de l'épaule", "dell'anca": an elided link runs into the body part.
        link = rf"(?:\s+{_alt(links)}\s+|\s+{_alt([w[:-1] for w in elided])}['\u2019]\s*|\s+)"
        body_phrase = rf"(?:{side}\s+)?(?:{side_prefix})?{body}(?:\s+{side_after})?"
        # Injury word first ("fractured left ankle", "frattura del polso"), or the body part first ("ankle
        # fracture", "gamba rotta", "das Knie verstaucht"): one pass, anchored at word starts.
        self.pattern = regex.compile(
            rf"(?<![\w-])(?:{injury_before}{link}{body_phrase}|{body_phrase}\s+{injury_after})(?![\w'\u2019-])", _V
        )
        # Where a phrase can start: the first word of an injury word, a side, a body part (or "linker" + body part).
        starters = [*_expand(data["injury_before"]), *_expand(data["sides"]), *_expand(data["body_parts"])]
        starters += [p + b for p in _expand(data["side_prefixes"]) for b in _expand(data["body_parts"])]
        self.first_words = frozenset(m.group() for w in starters if (m := _WORD.match(w.lower().strip())))
        self.compound_heads = tuple(sorted({h.lower() for h in data["compound_heads"]}, key=len, reverse=True))
        self.compound_links = frozenset(data["compound_links"])
        self.compound_injuries = tuple(sorted({h.lower() for h in data["compound_injuries"]}, key=len, reverse=True))
        heads = _alt(data["hyphen_heads"])
        self.hyphen_head = regex.compile(rf"-{heads}(?![\w-])", _V)
        self.eponym = regex.compile(
            rf"(?<![\w-])\p{{Lu}}[\p{{L}}\p{{M}}]+(?:['\u2019]s)?-(?i:{_alt(data['eponym_heads'])})(?![\w-])", _V
        )


@cache
def _grammar() -> _Grammar:
    return _Grammar(_with_round11_art9eu(json.loads(DATA_FILE.read_text(encoding="utf-8"))))


def injury_spans(lowered: str) -> list[tuple[int, int]]:
    """Spans of injury phrases (injury word x body part, either order) in lower-cased text."""
    grammar = _grammar()
    spans: list[tuple[int, int]] = []
    resume = 0
    # Tried only at words that can start a phrase (most words cannot): a scan of every position costs more.
    for word in _WORD.finditer(lowered):
        if word.start() < resume or word.group() not in grammar.first_words:
            continue
        match = grammar.pattern.match(lowered, word.start())
        if match:
            spans.append(match.span())
            resume = match.end()
    return spans


def is_injury_compound(word: str) -> bool:
    """Whether a lower-cased German/Dutch word is a body-part stem + linking letters + an injury head.

    Why: "Unterschenkelfraktur", "Sprunggelenksfraktur", "Kreuzbandriss", "enkelbreuk", "heupfractuur" are one word;
    a body-part stem first keeps "Einbruch", "Vertragsbruch" and "Grundriss" out."""
    grammar = _grammar()
    if not word.endswith(grammar.compound_injuries):
        return False
    for injury in grammar.compound_injuries:
        if not word.endswith(injury):
            continue
        rest = word[: -len(injury)]
        for head in grammar.compound_heads:
            if rest.startswith(head) and rest[len(head) :] in grammar.compound_links:
                return True
    return False


def hyphen_head_ends(lowered: str) -> list[tuple[int, int]]:
    """(hyphen position, end of head) of each "-controle", "-Behandlung", "-medicatie" after a word."""
    if "-" not in lowered:
        return []
    return [
        (m.start(), m.end())
        for m in _grammar().hyphen_head.finditer(lowered)
        if m.start() and lowered[m.start() - 1].isalpha()
    ]


def eponym_spans(text: str) -> list[tuple[int, int]]:
    """ "Parkinson-Erkrankung", "Asperger-Syndrom", "Lyme-ziekte": a capitalised name before a disease head."""
    if "-" not in text:
        return []
    return [m.span() for m in _grammar().eponym.finditer(text)]


ROUND11_ART9EU_FILE = DATA_FILE.with_name("clinical_grammar_round11_art9eu.json")


def _with_round11_art9eu(data: dict) -> dict:
    """The round-10 grammar with the round-11 (art9eu) lists added: verb-first injuries of the Romance languages
    with the article for the possessive ("cassé le poignet", "rotto il menisco"), German and Dutch lay
    participles ("Knie verdreht") and surgery nouns before a body part ("intervento al ginocchio")."""
    extra = json.loads(ROUND11_ART9EU_FILE.read_text(encoding="utf-8"))
    return {
        key: [*value, *extra[key]] if isinstance(value, list) and key in extra else value for key, value in data.items()
    }
