"""Street addresses: a small grammar of US/UK and continental European address lines.

1. Anchors: a street line in one of the usual shapes
   - "90 Whitchurch Road", "3911 Fourth Avenue"      number + name + street type
   - "Berliner Straße 5", "Erzsébet tér 19"          name + street type + number
   - "Koskikatu 25", "Brixtonlaan 380"               name glued to its street type + number
   - "Via delle Coste 41", "ul. Narewska 94"         street type first + name + number
   - "P.O. Box 186", "PSC 3294, Box 9168", "APO AE 44085"
   - "Tylova 285" (name + number only) when the text says it is an address
     ("lives at", "address:") or a unit/postcode line follows.
2. The span then grows over what follows on the next few lines or after
   commas: unit ("Apt. 864"), city, state, country, postcode; and leftwards
   over a house number or unit on the same line. It stops at a label ("Phone:"),
   an e-mail/URL or ordinary lower-case prose.

Word lists are in ``classifier/data/address_terms.json``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "address_terms.json"

TYPED_SCORE = 0.8
WEAK_SCORE = 0.65
CONTEXT_BONUS = 0.1
MAX_EXTENSION_PIECES = 7
MAX_ADDRESS_CHARS = 200

_F = regex.VERSION1
_PROSE_WORDS = frozenset(
    "the and or but in on at to for from with by is are was were it this that i we you he she they my our".split()
)


@cache
def _terms() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return data


def _alt(words: list[str]) -> str:
    escaped = sorted({regex.escape(w).replace(r"\ ", r"\s*") for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(escaped) + ")"


class _Grammar:
    """Compiled address regexes, for mixed-case text (names capitalised) or all-lower-case text."""

    def __init__(self, lower_case: bool) -> None:
        self.lower_case = lower_case
        terms = _terms()
        sp = r"[ \t]+"
        num = r"\d{1,6}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"
        word = r"[\p{L}\p{M}][\p{L}\p{M}'\u2019.\-]*"
        # A name word: capitalised (or an ordinal like "31st") unless the whole text is lower case.
        cw = word if lower_case else r"(?:\p{Lu}[\p{L}\p{M}'\u2019.\-]*|\d{1,3}(?:st|nd|rd|th))"
        particle = r"(?:de|la|le|les|du|des|del|della|delle|dei|degli|di|da|do|dos|das|e|y|van|von|der|den|het|am|an|im|" \
                   r"zum|zur|na|nad|pod|u|of|the|al|el)"  # fmt: skip
        name = rf"(?:(?:{cw}|{particle}){sp}){{0,3}}?{cw}"  # lazy: "90 Whitchurch Road| street"
        suffix = rf"(?i:{_alt(terms['street_suffixes'])})\.?(?![\p{{L}}\d])"
        prefix = rf"(?i:{_alt(terms['street_prefixes'])})"
        first = r"\p{L}" if lower_case else r"\p{Lu}"
        glued = rf"{first}[\p{{L}}\p{{M}}'\u2019\-]+(?i:{_alt(terms['glued_suffixes'])})"
        unit = rf"(?i:{_alt(terms['unit_designators'])})\.?[ \t]*(?:no\.?|nr\.?|#)?[ \t]*\d{{1,5}}[A-Za-z]?(?![\w])"
        po_box = rf"(?i:{_alt(terms['po_boxes'])})\.?[ \t]*\d{{1,6}}(?![\w])"
        military = (
            r"(?:(?i:psc|unit|cmr)[ \t]+\d{3,5},?[ \t]+(?i:box)[ \t]+\d{3,5}(?:[ \t,]*\n?[ \t]*[AFD]PO[ \t]+A[AEP][ \t]+\d{5})?"
            r"|(?:(?:USNS|USNV|USS|USCGC)[ \t]+\p{Lu}[\p{L}'\u2019\-]*(?:[ \t]+\p{Lu}[\p{L}'\u2019\-]*)?[ \t,]*\n?[ \t]*)?"
            r"(?i:[AFD]PO)[ \t]+(?i:A[AEP])[ \t]+\d{5})(?![\w])"
        )
        end = r"(?![\p{L}\d])"
        cap_prefix = prefix if lower_case else rf"(?:(?=\p{{Lu}}){prefix}\.?|{prefix}\.)"
        self.typed = regex.compile(
            r"(?<![\p{L}\d.])(?:"
            + "|".join(
                (
                    rf"{num}{sp}{name}{sp}{suffix}(?:{sp}{num}{end})?",  # 90 Whitchurch Road
                    rf"(?:{num}{sp})?{name}{sp}{suffix}{sp}{num}{end}\.?",  # Koepenicker Str. 74
                    rf"(?:{num}{sp})?{glued}\.?{sp}{num}{end}\.?",  # Koskikatu 25
                    rf"{num}{sp}{prefix}(?:\.{sp}?|{sp}){name}(?:{sp}{num}{end})?",  # 20 Rue Hsine Eloued
                    rf"{cap_prefix}{sp}{name}{sp}{num}{end}",  # Via delle Coste 41, ul. Narewska 94
                    military,
                    po_box,
                )
            )
            + ")",
            _F,
        )
        # Name + number without a street type: only with address context or a following address line.
        self.weak = regex.compile(rf"(?<![\w.])(?:{num}{sp})?{name}{sp}{num}{end}", _F)
        self.named_street = regex.compile(
            rf"(?<![\w])(?:\p{{Lu}}[\p{{L}}\p{{M}}'\u2019\-]+{sp}){{1,3}}(?:Street|Road|Avenue|Lane|Drive|Boulevard|Square|Way)"
            r"(?![\w])",
            _F,
        )
        # "on Elm Street", "at the corner of Baker Street": a named street used as a place.
        self.preposition = regex.compile(r"(?i)(?<![\w])(?:on|at|near|along|off|into|onto|corner\s+of|in)\s+\Z", _F)
        self.left = regex.compile(rf"(?:(?:{unit}|{num})[ \t,]+){{1,2}}\Z", _F)
        self.unit = regex.compile(unit, _F)
        place_word = (
            word if lower_case else r"(?:\p{Lu}[\p{L}\p{M}'\u2019.\-]*|\(\p{Lu}[\p{L}\p{M}'\u2019.\- ]*\))"
        ) + r"(?![\w])"
        postcode = (
            r"(?:\d{3}[ ]\d{2}|\d{4,5}(?:-\d{4})?(?:[ ][A-Z]{2})?|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|"
            r"[A-Z]\d[A-Z][ ]?\d[A-Z]\d|\d{2}-\d{3})(?![\w])"
        )
        # One piece after the address so far; group "sep" tells whether a comma or line break came first.
        self.piece = regex.compile(
            rf"(?P<sep>[ \t,;]*(?:\n[ \t>?*\-]*){{0,2}}[ \t,;]*)"
            rf"(?P<piece>{unit}|{po_box}|{postcode}|{place_word}(?:[ \t]+(?:{particle}[ \t]+)?{place_word}){{0,3}}"
            rf"(?:,?[ \t]+{postcode})?|"
            rf"{word}[ \t]+{postcode})",
            _F,
        )
        # A street corner: "the corner of Östbygatan 14 and Sigurmundsson Greens". The first street must look
        # like one (a digit, or a capitalised word in mixed-case text); the second is 1-4 name words.
        corner_word = (
            rf"(?:{word}|\d{{1,5}})"
            if lower_case
            else rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}'\u2019\-]*\.?|\d{{1,5}}|{particle}|{suffix})"
        )
        self.corner = regex.compile(
            r"(?<![\w])(?i:(?:the[ \t]+)?corner[ \t]+of)[ \t]+(?P<a>[^\n,;?!]{2,60}?)[ \t]+(?:and|&)[ \t]+"
            rf"(?P<b>{corner_word}(?:[ \t]+{corner_word}){{0,{2 if lower_case else 3}}})(?![\w])",
            _F,
        )
        self.context = regex.compile(rf"(?i)(?<![\w]){_alt(terms['address_context'])}(?![\w])", _F)
        self.stop_words = frozenset(w.lower() for w in terms["stop_words"])


@cache
def _grammar(lower_case: bool) -> _Grammar:
    return _Grammar(lower_case)


class AddressRecognizer(LocalRecognizer):
    """STREET_ADDRESS spans, from the street line to the postcode (see the module docstring)."""

    name: str  # set by Presidio's EntityRecognizer.__init__; declared for type checkers

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["STREET_ADDRESS"], supported_language=supported_language, name="AddressRecognizer"
        )

    def load(self) -> None:
        _grammar(False)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        grammar = _grammar(not any(ch.isupper() for ch in text))
        spans: list[tuple[int, int, float]] = []
        for match in grammar.typed.finditer(text):
            spans.append((match.start(), match.end(), TYPED_SCORE))
        for match in grammar.named_street.finditer(text):
            start, end = match.span()
            if grammar.preposition.search(text, max(0, start - 16), start) or self._has_context(grammar, text, start):
                spans.append((start, end, WEAK_SCORE))
        for match in grammar.corner.finditer(text):
            first_street = match.group("a")
            if any(ch.isdigit() for ch in first_street) or (not grammar.lower_case and first_street[:1].isupper()):
                end = match.start("b")
                for word in regex.finditer(r"\S+", match.group("b")):
                    if word.group().lower() in _PROSE_WORDS:  # "... and Elm in the morning"
                        break
                    end = match.start("b") + word.end()
                if end > match.start("b"):
                    spans.append((match.start(), end, TYPED_SCORE))
        for match in grammar.weak.finditer(text):
            start, end = match.span()
            if self._has_context(grammar, text, start) or self._continues(grammar, text, end):
                spans.append((start, end, WEAK_SCORE))
        results = []
        for start, end, score in _merge(spans):
            start = self._extend_left(grammar, text, start)
            end = self._extend_right(grammar, text, end)
            if self._has_context(grammar, text, start):
                score = min(1.0, score + CONTEXT_BONUS)
            results.append(self._result(start, end, score))
        return results

    @staticmethod
    def _has_context(grammar: _Grammar, text: str, start: int) -> bool:
        return grammar.context.search(text, max(0, start - 48), start) is not None

    @staticmethod
    def _continues(grammar: _Grammar, text: str, end: int) -> bool:
        """A unit, or a line/comma-separated piece, follows: the name+number is an address line."""
        match = grammar.piece.match(text, end)
        if not match or not match.group("sep"):
            return False
        piece = match.group("piece")
        return bool(grammar.unit.fullmatch(piece)) or any(ch in match.group("sep") for ch in ",\n")

    @staticmethod
    def _extend_left(grammar: _Grammar, text: str, start: int) -> int:
        line_start = text.rfind("\n", 0, start) + 1
        match = grammar.left.search(text, line_start, start)
        return match.start() if match else start

    @staticmethod
    def _extend_right(grammar: _Grammar, text: str, end: int) -> int:
        origin = end
        if text[end : end + 1] == "." and text[end - 1 : end].isdigit():
            end += 1  # "Erzsébet tér 19." (house number with a dot)
        for _ in range(MAX_EXTENSION_PIECES):
            match = grammar.piece.match(text, end)
            if not match or not match.group("sep"):
                break
            piece = match.group("piece")
            first_word = regex.split(r"[\s,.:()]+", piece.strip().lower())[0]
            after = text[match.end() : match.end() + 2]
            if first_word in grammar.stop_words or after.startswith(":") or "@" in piece:
                break
            if match.end() - origin > MAX_ADDRESS_CHARS:
                break
            end = match.end()
        return end

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            "STREET_ADDRESS",
            start,
            end,
            score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def _merge(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Overlapping or touching anchors become one address (highest score kept)."""
    merged: list[tuple[int, int, float]] = []
    for start, end, score in sorted(spans):
        if merged and start <= merged[-1][1]:
            last_start, last_end, last_score = merged[-1]
            merged[-1] = (last_start, max(last_end, end), max(last_score, score))
        else:
            merged.append((start, end, score))
    return merged
