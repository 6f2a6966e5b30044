"""Audience copy is not personal data: special-category words in copy addressed to a group.

GDPR Art. 9 protects data about an identifiable person. A health, faith, union or orientation word in copy for an
audience ("for everyone living with diabetes", "the parish summer fête", "Ramadan opening hours", "join the union",
"our Pride night") says nothing about anyone; the same word in a statement about a person ("my son has diabetes",
"Maria, 54, ...", "the patient") does. ``drop_audience_copy`` removes a special-category finding when

- its sentence reads as audience copy: it speaks of a group or of anyone in general ("people", "chi", "wer",
  "ouderen"), announces an event or a welcome, describes a product, lists topics or examples; or the text opens
  with a request to write such copy ("Write 3 captions ...", "Schreib eine Einladung ..."), and
- its paragraph ties it to no individual: no singular personal pronoun ("I", "she", "mein", "lui"), no singular
  role or relation noun ("the patient", "ma fille"), no given name or named person, no testimonial ("Anna, 54").

A union or party acronym right before a number is a code, not an organisation ("LO 3921" is a flight).

Round 12 (care12) adds the health and care sector's own copy (``audience_context_round12_care12.json``): a provider
describing its services, price lists, job adverts, bulletins, the groups they address; German "Ihre" with a capital
inside a sentence (the polite "your") and Dutch "je" before its verb ("Je zorgt") tie the copy to nobody.
Vocabulary: ``classifier/data/audience_context.json`` (seven languages, no branching on a language code).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import regex
from presidio_analyzer import RecognizerResult

from classifier.recognizers import name_lexicon

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DATA_FILE = DATA_DIR / "audience_context.json"
# Later rounds add entries to the same fields; their lists are joined to round 9's.
EXTRA_FILES = (DATA_DIR / "audience_context_round12_care12.json",)
# How far into the text a request to write copy may open it ("Rédige un texte pour ...: ...").
REQUEST_CHARS = 200
_CUE_FIELDS = ("audience_groups", "copy_genres", "event_cues", "product_cues", "topic_cues", "service_cues")
_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n", regex.VERSION1)
# "I", "I'm": English first person is written capitalised; a lower-case "i" is an Italian article, a Polish "and".
_ENGLISH_I = regex.compile(r"(?<![\w'\u2019])I(?:['\u2019](?:m|ve|d|ll))?(?![\w'\u2019])", regex.VERSION1)
# "Maria, 54, ..." / "Jan (62)": a testimonial's name and age.
_NAME_AND_AGE = regex.compile(
    r"(?<![\w])\p{Lu}\p{Ll}+,?\s*\(?\d{1,2}\)?(?:,|\s+(?:years|ans|anni|años|jaar|lat|Jahre))"
)
_CAPITALISED = regex.compile(r"(?<![\w'\u2019-])\p{Lu}\p{Ll}{2,}(?![\w'\u2019-])", regex.VERSION1)
# A double-barrelled surname: capitalised words joined by hyphens ("Karaduman-Schwarz").
_CAPITALISED_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})*", regex.VERSION1)
_ACRONYM_BEFORE_NUMBER = regex.compile(r"[^\S\n]+\d", regex.VERSION1)
_ORGANISATION_TYPES = frozenset({"TRADE_UNION_MEMBERSHIP", "POLITICAL_OPINION"})
# German "Ihre", "Ihr" written with a capital inside a sentence is the polite "your": copy speaking to its reader.
_POLITE_YOUR = regex.compile(r"Ihr(?:e[mnrs]?)?", regex.VERSION1)
_SENTENCE_OPENING = regex.compile(r"(?:\A|[.!?:\n\u2022*-])[^\S\n]*\Z", regex.VERSION1)
# Dutch "je" before its verb in "-t" ("Je zorgt", "je werkt") is "you"; a French verb after "je" never ends in "t".
# "residencia en Valencia", "Praxis in Florence", "dom opieki w Krakowie": a given name after a place preposition
# names the place ("à", "a" are left out: "à Marie", "a Maria" are "to Marie").
_PLACE_PREPOSITION = regex.compile(
    r"(?<![\w'\u2019])(?:in|en|w|we|nach|naar)[^\S\n]+\Z", regex.VERSION1 | regex.IGNORECASE
)
_DUTCH_JE_VERB = regex.compile(r"[^\S\n]+\w{2,}t(?![\w'\u2019])", regex.VERSION1)


def _words(entries: list[str]) -> str:
    """One alternation of the entries; ``stem*`` takes any ending, a phrase any run of spaces between words."""
    parts = sorted(
        {
            regex.escape(entry.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if entry.endswith("*") else "")
            for entry in entries
        },
        key=len,
        reverse=True,
    )
    return r"(?<![\w'\u2019])(?:" + "|".join(parts) + r")(?![\w])"


class _Vocabulary:
    def __init__(self, data: dict) -> None:
        self.cue = regex.compile(_words([e for field in _CUE_FIELDS for e in data.get(field, [])]), regex.VERSION1)
        abbreviations = "|".join(
            regex.escape(a).replace(r"\ ", r"\s*") for a in sorted(data.get("abbreviations", []), key=len, reverse=True)
        )
        # A dot after "np", "e.g", "z. B" does not end the sentence ("für Ältere, z. B. mit Diabetes").
        not_abbreviated = rf"(?<!(?<![\w.])(?:{abbreviations}))" if abbreviations else ""
        self.sentence_end = regex.compile(rf"\n|[!?;](?=\s)|{not_abbreviated}\.(?=\s)", regex.VERSION1)
        self.request = regex.compile(_words(data["copy_genres"]), regex.VERSION1)
        self.anchor = regex.compile(_words(data["individual_anchors"]), regex.VERSION1)
        self.lowercase_anchor = regex.compile(_words(data["lowercase_anchors"]), regex.VERSION1)
        # "her", "seine", "ses", "jej": a person's, unless a group is named in the same sentence ("Senioren mit
        # Demenz und ihre Familien", "la synagogue ouvre ses portes aux familles"). Polish "ich" is "their".
        self.group_possessive = regex.compile(_words(data["group_possessives"]), regex.VERSION1)
        self.group = regex.compile(_words(data["audience_groups"]), regex.VERSION1)
        titles = "|".join(regex.escape(t) for t in sorted(data["courtesy_titles"], key=len, reverse=True))
        # French "je" opens its clause or follows a connective ("que je", "et je"); Dutch "je" ("heb je", "als je")
        # is "you" and follows its verb or a conjunction. "j'" is French only.
        after = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in data["french_je_after"])
        self.french_i = regex.compile(
            rf"(?:(?:^|[.!?,;:(\u00ab\"])[^\S\n]*|\n[^\S\n]*|(?<![\w])(?:{after})\s+|\w-)je(?![\w])|(?<![\w])j['\u2019]",
            regex.VERSION1,
        )
        self.not_names = frozenset(data["not_names"])
        prefixes = "|".join(regex.escape(p) for p in sorted(data["name_prefixes"], key=len, reverse=True))
        # "Saint-Laurent", "St. Ansgar", "De Linde": a saint's or a house's name, not a person in the text.
        self.name_prefix = regex.compile(rf"(?<![\w])(?:{prefixes})[\s-]*\Z", regex.VERSION1)
        self.titled_name = regex.compile(rf"(?<![\w])(?:{titles})\s+\p{{Lu}}\p{{Ll}}", regex.VERSION1)


@cache
def _vocabulary() -> _Vocabulary:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    for path in EXTRA_FILES:
        for field, entries in json.loads(path.read_text(encoding="utf-8")).items():
            if isinstance(entries, list):
                data[field] = [*data.get(field, []), *entries]
    return _Vocabulary(data)


def _sentence(lowered: str, start: int, end: int) -> tuple[int, int]:
    sentence_end_pattern = _vocabulary().sentence_end
    sentence_start = max((m.end() for m in sentence_end_pattern.finditer(lowered, 0, start)), default=0)
    sentence_end = sentence_end_pattern.search(lowered, end)
    return sentence_start, sentence_end.start() if sentence_end else len(lowered)


def _paragraph(lowered: str, start: int, end: int) -> tuple[int, int]:
    paragraph_start = max((m.end() for m in _PARAGRAPH_BREAK.finditer(lowered, 0, start)), default=0)
    paragraph_break = _PARAGRAPH_BREAK.search(lowered, end)
    return paragraph_start, paragraph_break.start() if paragraph_break else len(lowered)


def _named_person(text: str, start: int, end: int, person_spans: list[tuple[int, int]]) -> bool:
    """A person's name in text[start:end]: a NER person of capitalised (or double-barrelled: "Karaduman-Schwarz")
    words that opens with a given name or holds no ordinary word ("Priyanka Raghunathan"; not "Ficha de producto",
    "Clarion Mini"), or a given name the lexicons know that is no ordinary word, place, weekday, feast or salutation
    and follows no "Saint-", "De" or place preposition ("en Valencia")."""
    vocabulary = _vocabulary()
    for span_start, span_end in person_spans:
        if start <= span_start and span_end <= end:
            words = text[span_start:span_end].split()
            if (
                len(words) >= 2
                and all(_CAPITALISED_NAME_WORD.fullmatch(w) for w in words)
                and (name_lexicon.is_first_name(words[0]) or not any(_ordinary(w) for w in words))
            ):
                return True
    for match in _CAPITALISED.finditer(text, start, end):
        word = match.group()
        if (
            name_lexicon.is_given(word)
            and not _ordinary(word)
            and not name_lexicon.is_place(word)
            and word.lower() not in vocabulary.not_names
            and not vocabulary.name_prefix.search(text, max(0, match.start() - 8), match.start())
            and not _PLACE_PREPOSITION.search(text, max(0, match.start() - 6), match.start())
        ):
            return True
    return False


def _ordinary(word: str) -> bool:
    return name_lexicon.is_common(word) or name_lexicon.is_common_eu(word)


def _tied_to_someone(text: str, lowered: str, start: int, end: int, person_spans: list[tuple[int, int]]) -> bool:
    vocabulary = _vocabulary()
    return bool(
        vocabulary.anchor.search(lowered, start, end)
        or vocabulary.lowercase_anchor.search(text, start, end)
        or _ENGLISH_I.search(text, start, end)
        or any(not _DUTCH_JE_VERB.match(lowered, m.end()) for m in vocabulary.french_i.finditer(lowered, start, end))
        or any(
            not vocabulary.group.search(lowered, *_sentence(lowered, m.start(), m.end()))
            and not _polite_your(text, m.start(), m.end())
            for m in vocabulary.group_possessive.finditer(lowered, start, end)
        )
        or _NAME_AND_AGE.search(text, start, end)
        or vocabulary.titled_name.search(text, start, end)
        or _named_person(text, start, end, person_spans)
    )


def _polite_your(text: str, start: int, end: int) -> bool:
    return bool(_POLITE_YOUR.fullmatch(text, start, end)) and not _SENTENCE_OPENING.search(
        text, max(0, start - 12), start
    )


def is_audience_copy(text: str, lowered: str, start: int, end: int, person_spans: list[tuple[int, int]]) -> bool:
    """The phrase at text[start:end] stands in copy for an audience and its paragraph names no individual."""
    vocabulary = _vocabulary()
    sentence_start, sentence_end = _sentence(lowered, start, end)
    paragraph_start, paragraph_end = _paragraph(lowered, start, end)
    if not (
        vocabulary.cue.search(lowered, sentence_start, sentence_end)
        or vocabulary.request.search(lowered, paragraph_start, min(paragraph_end, paragraph_start + REQUEST_CHARS))
    ):
        return False
    return not _tied_to_someone(
        text, lowered, min(paragraph_start, sentence_start), max(paragraph_end, sentence_end), person_spans
    )


def venue_for_an_audience(text: str, start: int, end: int) -> bool:
    """A named street without a number in a sentence that names no one is a venue ("Car park on Mill Lane", "stall
    at Market Square"), not where someone lives; "Anna lives on Mill Lane" is an address."""
    lowered = text.lower()
    sentence_start, sentence_end = _sentence(lowered, start, end)
    return not _tied_to_someone(text, lowered, sentence_start, sentence_end, [])


def _code_not_organisation(text: str, result: RecognizerResult) -> bool:
    found = text[result.start : result.end]
    return (
        result.entity_type in _ORGANISATION_TYPES
        and found.isupper()
        and bool(_ACRONYM_BEFORE_NUMBER.match(text, result.end))
    )


def drop_audience_copy(
    text: str, lowered: str, results: list[RecognizerResult], person_spans: list[tuple[int, int]]
) -> list[RecognizerResult]:
    """The special-category findings that are about a person: those in audience copy and codes are dropped."""
    return [
        result
        for result in results
        if not _code_not_organisation(text, result)
        and not is_audience_copy(text, lowered, result.start, result.end, person_spans)
    ]
