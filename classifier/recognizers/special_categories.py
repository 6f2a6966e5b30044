"""GDPR Art. 9 special categories and Art. 10 criminal data, when a text says them about a person.

A lexicon term alone ("Diabetes rates rise in Europe", "Union announces
strike") is not personal data. A finding needs one of these shapes, all inside
one sentence:

- subject ... cue ... term       "John was diagnosed with diabetes", "my colleague is a member of the union"
- subject + copula + attribute   "she is gay", "he is a practising Catholic"
- possessive + term              "her diabetes", "his criminal record"
- subject ... predicate          "he was convicted last year", "she came out"

A subject is a personal pronoun, "my/his/her + relation" ("my colleague"), a
person the NER found, or a capitalised name right before a verb. Words are in
``classifier/data/special_categories.json``; the span reported is the term (or
the predicate), so redaction removes the sensitive fact and keeps the sentence.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "special_categories.json"

STATEMENT_SCORE = 0.85
POSSESSIVE_SCORE = 0.8
SUBJECT_WINDOW_CHARS = 70
_F = regex.VERSION1 | regex.IGNORECASE
_TITLE_ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "prof", "st", "mx", "sr", "jr")
_WORD = regex.compile(r"\w+", regex.VERSION1)


def _alt(phrases: list[str]) -> str:
    escaped = sorted(
        {regex.escape(p.strip()).replace(r"\ ", r"\s+") for p in phrases if p.strip()}, key=len, reverse=True
    )
    return "(?:" + "|".join(escaped) + ")" if escaped else "(?!)"


@dataclass(frozen=True)
class _Use:
    """How a lexicon phrase may fire: as a term (after a cue / a possessive), an attribute or a predicate."""

    entity_type: str
    kind: str  # "term" | "attribute" | "predicate"


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("\u2019", "'").split())


class _Lexicon:
    """All phrases in one regex (one scan per text), then per-hit checks of what stands before the hit."""

    def __init__(self, data: dict) -> None:
        subjects = data["subjects"]
        pronoun = _alt(subjects["pronouns"])
        possessive = _alt(subjects["possessives"])
        relation = _alt(subjects["relations"])
        # "the applicant", "this patient": a definite relation noun points at one person too.
        determiner = rf"(?:{possessive}|the|this|that)"
        person_ref = rf"(?:(?<![\w]){pronoun}|(?<![\w]){determiner}\s+(?:[\w'\u2019-]+\s+)?{relation}s?)(?![\w'\u2019])"
        self.subject_anywhere = regex.compile(person_ref, _F)
        # A subject that ends right where a copula starts: "she| is gay", "my colleague| is ...", "Anna| is ...".
        self.subject_at_end = regex.compile(
            rf"(?:(?i:{person_ref})|(?<![\w])\p{{Lu}}[\p{{L}}\p{{M}}'\u2019-]+)\s*\Z", regex.VERSION1
        )
        self.name_before_verb = regex.compile(
            r"(?<![\w])(?P<name>\p{Lu}[\p{Ll}\p{M}]+)(?:\s+\p{Lu}[\p{Ll}\p{M}]+)?\s+"
            r"(?:was|is|has|had|have|got|gets|became|'s|\u2019s)(?![\w])",
            regex.VERSION1,
        )
        self.not_subjects = frozenset(w.lower() for w in subjects["not_subjects"])
        self.blocker = regex.compile(rf"\s+{_alt(data['term_blockers'])}(?![\w])", _F)
        fillers = r"(?:(?:a|an|also|now|openly|proudly|very|quite|not|still|devout|practising|practicing|strict)\s+)*"
        self.copula_before = regex.compile(rf"(?<![\w]){_alt(data['copulas'])}\s+{fillers}\Z", _F)
        self.possessive_before = regex.compile(
            rf"(?:(?<![\w]){possessive}|(?<![\w])\p{{Lu}}[\p{{Ll}}\p{{M}}]+['\u2019]s)\s+(?:[\w'\u2019-]+\s+)?\Z", _F
        )
        self.uses: dict[str, list[_Use]] = {}
        self.cues_before: dict[str, regex.Pattern[str]] = {}
        phrases: set[str] = set()
        for entity_type, spec in data["categories"].items():
            for kind, key in (("term", "terms"), ("attribute", "attributes"), ("predicate", "predicates")):
                for phrase in spec[key]:
                    self.uses.setdefault(_key(phrase), []).append(_Use(entity_type, kind))
                    phrases.add(phrase)
            cues = _alt(spec["cues"])
            self.cues_before[entity_type] = regex.compile(rf"(?<![\w]){cues}(?:\s+[\w'\u2019-]+){{0,3}}?\s+\Z", _F)
        self.entity_types = list(data["categories"])
        self.phrases = regex.compile(rf"(?<![\w]){_alt(sorted(phrases))}(?![\w'\u2019-])", _F)
        # The same, case-sensitive, for lower-cased text: several times faster than a case-insensitive scan.
        lowered = sorted({p.lower() for p in phrases})
        self.phrases_lower = regex.compile(rf"(?<![\w]){_alt(lowered)}(?![\w'\u2019-])", regex.VERSION1)
        # A phrase match starts where a word starts, and that word is the phrase's first word. Trying the
        # alternation only there is ~10x faster than scanning every position (see phrase_matches).
        first_words = [_WORD.match(p.strip()) for p in lowered if p.strip()]
        self.first_words = (
            frozenset(m.group() for m in first_words if m) if all(m and m.start() == 0 for m in first_words) else None
        )
        self.predicate_tail = regex.compile(
            r"(?:\s+(?!(?:and|but|because|so|when|while|which|who|after|before|since)\b)[\w'\u2019-]+){0,3}", _F
        )
        self.terms = frozenset(self.uses)


@cache
def _lexicon() -> _Lexicon:
    return _Lexicon(json.loads(DATA_FILE.read_text(encoding="utf-8")))


def phrase_matches(lexicon: _Lexicon, lowered: str) -> Iterator[regex.Match[str]]:
    """``lexicon.phrases_lower.finditer(lowered)``, trying the alternation only at words that can start a phrase.

    Every phrase starts with a word character and the pattern forbids a word
    character before it, so a match starts where a run of word characters
    starts, and must run on to the end of that run (the phrase's own first word
    ends there too): that run is one of ``lexicon.first_words``. Matches do not
    overlap, as with finditer.
    """
    if lexicon.first_words is None:  # a phrase that starts with punctuation: scan everywhere
        yield from lexicon.phrases_lower.finditer(lowered)
        return
    resume = 0
    for word in _WORD.finditer(lowered):
        if word.start() < resume or word.group() not in lexicon.first_words:
            continue
        match = lexicon.phrases_lower.match(lowered, word.start())
        if match:
            yield match
            resume = match.end()


_SENTENCE_END = regex.compile(r"\n|[!?](?=\s)|(?<=(?P<word>\w*))\.(?=\s)", regex.VERSION1)


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start: after a line break or a ./!/? that ends a sentence."""
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        word = match.group("word")
        if word is not None and match.group() == "." and (word.lower() in _TITLE_ABBREVIATIONS or len(word) == 1):
            continue  # "Dr. Smith", "J. Smith": not the end of a sentence
        starts.append(match.end())
    return starts


def _sentence_start(starts: list[int], pos: int) -> int:
    return starts[bisect.bisect_right(starts, pos) - 1]


class SpecialCategoryRecognizer(LocalRecognizer):
    """Statements about a person that reveal a special category of data or a criminal record."""

    name: str  # set by Presidio's EntityRecognizer.__init__; declared for type checkers

    def __init__(self, supported_language: str = "en") -> None:
        lexicon = _lexicon()
        super().__init__(
            supported_entities=list(lexicon.entity_types),
            supported_language=supported_language,
            name="SpecialCategoryRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        lexicon = _lexicon()
        person_ends = (
            [ent.end_char for ent in nlp_artifacts.tokens.ents if ent.label_ == "PERSON"] if nlp_artifacts else []
        )
        starts: list[int] | None = None
        results: list[RecognizerResult] = []
        lowered = text.lower()
        # Lower-casing keeps offsets unless a character changes length ("İ"): then scan case-insensitively.
        scan = phrase_matches(lexicon, lowered) if len(lowered) == len(text) else lexicon.phrases.finditer(text)
        for match in scan:
            start, end = match.span()
            if lexicon.blocker.match(text, end):
                continue  # "diabetes research", "union leaders": about the thing, not a person
            if starts is None:
                starts = sentence_starts(text)
            before = text[max(_sentence_start(starts, start), start - SUBJECT_WINDOW_CHARS) : start]
            for use in lexicon.uses[_key(match.group())]:
                if use.entity_type not in entities:
                    continue
                span, score = self._check(lexicon, use, text, start, end, before, person_ends)
                if span:
                    results.append(self._result(use.entity_type, *span, score))
                    break
        return results

    def _check(
        self,
        lexicon: _Lexicon,
        use: _Use,
        text: str,
        start: int,
        end: int,
        before: str,
        person_ends: list[int],
    ) -> tuple[tuple[int, int] | None, float]:
        window_start = start - len(before)
        if use.kind == "predicate":
            if self._subject_in(lexicon, text, window_start, start, person_ends):
                tail = lexicon.predicate_tail.match(text, end)
                return (start, tail.end() if tail else end), STATEMENT_SCORE
            return None, 0.0
        if use.kind == "attribute":
            copula = lexicon.copula_before.search(before)
            if copula and self._subject_adjacent(
                lexicon, text, window_start + copula.start(), person_ends, before[: copula.start()]
            ):
                return (start, end), STATEMENT_SCORE
            return None, 0.0
        cue = lexicon.cues_before[use.entity_type].search(before)
        if cue and self._subject_in(lexicon, text, window_start, window_start + cue.start(), person_ends):
            return (start, end), STATEMENT_SCORE
        if lexicon.possessive_before.search(before):
            return (start, end), POSSESSIVE_SCORE
        return None, 0.0

    @staticmethod
    def _subject_in(lexicon: _Lexicon, text: str, start: int, pos: int, person_ends: list[int]) -> bool:
        """A person is mentioned in text[start:pos] (the sentence part before the cue)."""
        if any(start < end <= pos for end in person_ends):
            return True
        if lexicon.subject_anywhere.search(text, start, pos):
            return True
        for match in lexicon.name_before_verb.finditer(text, start, min(len(text), pos + 12)):
            name = match.group("name").lower()
            if match.start() < pos and name not in lexicon.not_subjects and name not in lexicon.terms:
                return True
        return False

    @staticmethod
    def _subject_adjacent(lexicon: _Lexicon, text: str, pos: int, person_ends: list[int], before: str) -> bool:
        """A person is named right before ``pos`` (where the copula starts)."""
        stripped_end = pos - (len(before) - len(before.rstrip()))
        if stripped_end in person_ends:
            return True
        match = lexicon.subject_at_end.search(before)
        if not match:
            return False
        word = match.group().strip().lower()
        return word not in lexicon.not_subjects and word not in lexicon.terms

    def _result(self, entity_type: str, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type,
            start,
            end,
            score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
