"""People and organisations: spaCy NER, cleaned and extended, plus name-context patterns.

The small spaCy model misses many names that are not English, and cuts others
short ("Szabina J" of "Szabina J Gelencsér"). Patterns catch names that the text
itself announces: a title ("Dr. Anette Lahtela"), an introduction ("my name
is ...", "I'm ..."), a greeting or sign-off, or a form label ("Name: ...").
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "person_context.json"

NER_SCORE = 0.85
TITLE_SCORE = 0.85
INTRODUCED_SCORE = 0.75
NAME_LINE_SCORE = 0.7
ORGANIZATION_SCORE = 0.6

# A capitalised name word (Unicode: "Szöllösy", "O'Neil", "Jean-Luc", "McDonald") or an initial.
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}]+(?:['\u2019\-]?\p{Lu}[\p{Ll}\p{M}]+)*|\p{Lu}\.?)"


@cache
def _context() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return data


def _alternation(words: list[str]) -> str:
    escaped = sorted((regex.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return "(?:" + "|".join(escaped) + ")"


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    ctx = _context()
    particles = _alternation(ctx["particles"])
    name = rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{particles}[ \t]+)*{_NAME_WORD}){{0,3}})(?![\w@])"
    flags = regex.VERSION1
    # Entries are phrases with an occasional regex class ("is a [0-9]+ year old"), so not escaped.
    person_verbs = (
        "(?:" + "|".join(sorted((v.replace(" ", r"[ \t]+") for v in ctx["person_verbs"]), key=len, reverse=True)) + ")"
    )
    return {
        "title": regex.compile(rf"(?<![\w])(?i:{_alternation(ctx['titles'])})\.?[ \t]+{name}", flags),
        "introduced": regex.compile(rf"(?<![\w])(?i:{_alternation(ctx['introducers'])})[,:]?[ \t]+{name}", flags),
        "label": regex.compile(rf"(?m)^[ \t>*-]*(?i:{_alternation(ctx['labels'])})[ \t]*:[ \t]*{name}", flags),
        # "my name is rubija": lower-case names are accepted only after this unambiguous phrase.
        "my_name_lower": regex.compile(
            r"(?i)\b(?:my|his|her)\s+name\s+is\s+(?P<name>[\p{L}'\u2019\-]{2,}(?:[ \t]+[\p{L}'\u2019\-]{2,})?)(?![\w])",
            flags,
        ),
        "next_word": regex.compile(rf"[ \t]+(?P<word>{_NAME_WORD})(?![\w@])", flags),
        # A line that is only a name ("Katrina Mota", ">Maika van de Noort"): the first line of a letter,
        # address label or signature block.
        "name_line": regex.compile(
            rf"(?m)^[ \t>*\-]*(?P<name>{_NAME_WORD}(?:[ \t]+(?:{particles}[ \t]+)*{_NAME_WORD}){{1,3}})[ \t]*$", flags
        ),
        # "Sandra lives on ...", "Rintanen began writing ...", "said Maslin to Antonio": verbs only people do.
        "subject_of_person_verb": regex.compile(
            rf"(?<![\w'\u2019])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]+"
            rf"{person_verbs}(?![\w])",
            flags,
        ),
        "object_of_said": regex.compile(
            rf"(?i:\b(?:said|told|asked|replied))[ \t]+(?P<name>{_NAME_WORD})(?![\w])", flags
        ),
        "initial": regex.compile(r"(?<![\w])\p{Lu}\.?(?![\w])", flags),
    }


@cache
def _organisation_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _context()["organisation_words"])


@cache
def _not_names() -> frozenset[str]:
    return frozenset(w.lower() for w in _context()["not_names"])


class PersonRecognizer(LocalRecognizer):
    """PERSON from spaCy NER (cleaned, extended over trailing name words) and from name-context patterns."""

    name: str  # set by Presidio's EntityRecognizer.__init__; declared for type checkers

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language, name="PersonRecognizer")

    def load(self) -> None:
        _patterns()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans: dict[tuple[int, int], float] = {}
        if nlp_artifacts is not None:
            for ent in nlp_artifacts.tokens.ents:
                if ent.label_ == "PERSON":
                    span = self._clean_ner_span(text, ent.start_char, ent.end_char)
                    if span:
                        spans[span] = max(spans.get(span, 0.0), NER_SCORE)
        patterns = _patterns()
        for key, score in (
            ("title", TITLE_SCORE),
            ("introduced", INTRODUCED_SCORE),
            ("label", INTRODUCED_SCORE),
            ("subject_of_person_verb", NAME_LINE_SCORE),
            ("object_of_said", NAME_LINE_SCORE),
        ):
            for match in patterns[key].finditer(text):
                span = self._trim_name(text, *match.span("name"))
                if span:
                    spans[span] = max(spans.get(span, 0.0), score)
        for span in self._name_lines(text):
            spans[span] = max(spans.get(span, 0.0), NAME_LINE_SCORE)
        if nlp_artifacts is not None:
            for ent in nlp_artifacts.tokens.ents:
                # "Gladys L. Leblanc" tagged ORG: a middle initial is a personal-name shape.
                if ent.label_ in ("ORG", "GPE", "NORP") and self._has_middle_initial(ent.text):
                    span = self._clean_ner_span(text, ent.start_char, ent.end_char)
                    if span:
                        spans[span] = max(spans.get(span, 0.0), NAME_LINE_SCORE)
        for match in patterns["my_name_lower"].finditer(text):
            if any(word.lower() in _not_names() for word in match.group("name").split()):
                continue  # "my name is not important"
            span = self._trim_name(text, *match.span("name"), allow_lower=True)
            if span:
                spans[span] = max(spans.get(span, 0.0), INTRODUCED_SCORE)
        return [self._result(start, end, score) for (start, end), score in spans.items()]

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            "PERSON",
            start,
            end,
            score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    @staticmethod
    def _has_middle_initial(value: str) -> bool:
        words = value.split()
        return (
            3 <= len(words) <= 4
            and any(regex.fullmatch(r"\p{Lu}\.?", w) for w in words[1:-1])
            and all(w[0].isupper() for w in words)
        )

    def _name_lines(self, text: str) -> list[tuple[int, int]]:
        """Name-only lines that open a block holding contact details (digits or an e-mail) within 6 lines."""
        if "\n" not in text:
            return []
        spans = []
        organisation_words = _organisation_words()
        previous_end = -1
        for match in _patterns()["name_line"].finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            block_start = (
                line_start == 0
                or text[max(0, line_start - 2) : line_start] in ("\n\n", ">\n")
                or (previous_end >= 0 and text.count("\n", previous_end, line_start) <= 1 and False)
            )
            following = "\n".join(text[match.end() :].split("\n", 7)[:7])
            has_contact = "@" in following or regex.search(r"\d{3}", following) is not None
            words = {w.lower().strip(".") for w in match.group("name").split()}
            if block_start and has_contact and not words & organisation_words and not words & _not_names():
                span = self._trim_name(text, *match.span("name"))
                if span:
                    spans.append(span)
            previous_end = match.end()
        return spans

    def _clean_ner_span(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        value = text[start:end]
        if any(ch.isdigit() or ch in "@/:=#_<>{}[]|\\" for ch in value) or "\n" in value:
            return None
        if not any(ch.isupper() for ch in value):
            return None
        # Extend over name words the model cut off ("Szabina J" -> "Szabina J Gelencsér").
        next_word = _patterns()["next_word"]
        for _ in range(2):
            match = next_word.match(text, end)  # match() anchors at ``end``
            if not match or match.group("word").lower().rstrip(".") in _not_names():
                break
            end = match.end()
        return self._trim_name(text, start, end)

    @staticmethod
    def _trim_name(text: str, start: int, end: int, *, allow_lower: bool = False) -> tuple[int, int] | None:
        """Drop possessive 's, trailing dots and leading/trailing words that are not names."""
        words = [(m.start() + start, m.end() + start) for m in regex.finditer(r"\S+", text[start:end])]
        not_names = _not_names()

        def bad(word_span: tuple[int, int]) -> bool:
            word = text[word_span[0] : word_span[1]].lower().rstrip(".,;:!?")
            return word in not_names or (allow_lower and len(word) < 2)

        while words and bad(words[0]):
            words.pop(0)
        while words and bad(words[-1]):
            words.pop()
        if not words:
            return None
        start, end = words[0][0], words[-1][1]
        value = text[start:end]
        for suffix in ("'s", "\u2019s"):
            if value.endswith(suffix):
                end -= len(suffix)
        while end > start and text[end - 1] in ".,;:!?'\u2019\"":
            end -= 1
        if end - start < 2:
            return None
        return start, end


class OrganizationRecognizer(LocalRecognizer):
    """ORGANIZATION from spaCy NER: alone it makes a text INTERNAL, never more."""

    name: str  # set by Presidio's EntityRecognizer.__init__; declared for type checkers

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["ORGANIZATION"], supported_language=supported_language, name="OrganizationRecognizer"
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        return [
            RecognizerResult(
                "ORGANIZATION",
                ent.start_char,
                ent.end_char,
                ORGANIZATION_SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for ent in nlp_artifacts.tokens.ents
            if ent.label_ == "ORG" and any(ch.isalpha() for ch in ent.text)
        ]
