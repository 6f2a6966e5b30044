"""Street addresses: one grammar for US/UK and continental European address lines.

1. Anchors: a street line in one of the usual shapes
   - "90 Whitchurch Road", "98 bis rue de la République", "3, allée des Tilleuls"
   - "Berliner Straße 5", "Mariahilfer Str. 12/3/7", "Erzsébet tér 19"       name + street type + number
   - "Koskikatu 25", "Keizersgracht 123-II", "Bahnhofstr. 10"                  name glued to its type + number
   - "Via delle Coste 41", "Via Cavour, 11", "C/ Alcalá 23", "ul. Narewska 94" type first (comma allowed
     before the number when the number ends the line or is followed by a comma)
   - "P.O. Box 186", "BP 123", "Postfach 12 34", "PSC 3294, Box 9168", "APO AE 44085"
   - "Tylova 285", "Am Markt 3" (name + number only) when the text says it is an address ("lives at",
     "Adresse:", "indirizzo") or a postcode with its city, or a dwelling unit, follows. Numbered things
     ("Hall 4", "Chapter 3", "Room 4", "Python 3.11") and dates ("12 March 2024") never count.
   - "Main Street" (a named street without a number) after "on"/"at", with address context, or when a
     postcode with its city follows.
2. The span then grows over what follows on the next few lines or after commas: unit and floor ("Apt. 864",
   "6º B", "3º izda.", "int. 4", "scala B", "m. 5", "Bât. A"), city, province in parentheses, state, country,
   postcode (EU, UK, US, Irish Eircode, "CEDEX 01"); and leftwards over a house number, unit or floor on the same
   line. It stops at a label ("Phone:"), an e-mail/URL or ordinary lower-case prose.

Only the parts of the text around digits are scanned for numbered anchors (every one holds a number), so a
text costs little more than the digit scan when it has few numbers. Word lists are in
``classifier/data/address_terms.json``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from classifier.recognizers import audience
from classifier.recognizers import name_lexicon as lexicon
from classifier.recognizers.national_ids import identifier_words

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "address_terms.json"

TYPED_SCORE = 0.8
WEAK_SCORE = 0.65
CONTEXT_BONUS = 0.1
MAX_EXTENSION_PIECES = 8
MAX_ADDRESS_CHARS = 200
# A numbered anchor starts at most this far before its first digit and ends this far after its last one.
WINDOW_BEFORE = 110
WINDOW_AFTER = 60

_F = regex.VERSION1
_PROSE_WORDS = frozenset(
    "the and or but in on at to for from with by is are was were it this that i we you he she they my our".split()
)
_DIGITS = regex.compile(r"\d+")
_WORDS = regex.compile(r"[\p{L}\p{M}]+")
_LOWER_WORDS = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*")
_YEAR_RANGE = regex.compile(r"(?:19|20)\d\d[ \t]*[-/\u2013][ \t]*(?:(?:19|20)\d\d|\d\d)(?!\d)")
_SENTENCE_END = regex.compile(r"\p{L}{4}\.(?:\s|\Z)")
# A province or country code closing a sentence: "35122 Padova PD." (abbreviations such as "Co." keep their dot).
_CODE_SENTENCE_END = regex.compile(r"(?<![\p{L}])\p{Lu}{2}\.(?:\s|\Z)")
_PROSE_GOES_ON = regex.compile(r"[ \t]+\p{Ll}")
_LEADING_PARTICLES = regex.compile(r"(?:\p{Ll}+[ \t]+)*")
# Dutch and English nouns made with "-ering" ("Reservering 95", "vergadering 27"): the "ring" is no street type.
# A date is never a house number: "Notulen 2025/08/23", "vergadering 7/9/2023".
# Two separators without a space, between cells of a delimited row ("Anna Berg,4R,Tom Berg,0793").
_RE_TABLE_CELLS = regex.compile(r"[^\s,;|],[^\s,;|][^,\n]*,[^\s,;|]")
# A street type abbreviated with its point ("ul.", "Av.", "C/"): no ordinary word, whatever prose follows.
_RE_ABBREVIATED_PREFIX = regex.compile(r"\p{L}{1,4}\.|\p{L}/")
_DATE_NUMBER = regex.compile(r"(?<!\d)(?:\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{4})(?!\d)")
_NOMINAL_RING = regex.compile(r"(?i)\p{L}+ering\.?[ \t]+\d+[\p{L}\d/\-]*\.?\Z")


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
        # House number: "5a", "10/12", "12/3/7", "123-II", "45 bis", "98 ter"; "s/n" (Spanish: no number).
        # "22/C" (Italian), "12 B, rue …" (a letter standing apart before the comma that closes the number);
        # German "bis" between two numbers is a range ("6 bis 14 Jahre"), not the French "bis".
        num = (
            r"\d{1,6}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?){0,2}(?:-(?:I{1,3}|IV|hs|bg|h|[A-Za-z])(?![\p{L}]))?"
            r"(?:/[A-Z](?![\p{L}\d]))?(?:[ \t]+(?i:bis|ter|quater)(?![\p{L}])(?![ \t]+\d)|[ \t][A-Z](?=,))?"
        )
        hnum = rf"(?:{num}|(?i:s/n)(?![\w]))"
        word = r"[\p{L}\p{M}][\p{L}\p{M}'\u2019.\-]*"
        # A name word: capitalised (or an ordinal like "31st") unless the whole text is lower case.
        # An elided article or preposition belongs to the name it is glued to: "d'Assisi", "dell'Indipendenza".
        cw = (
            word
            if lower_case
            else r"(?:(?:\p{Lu}|[dDlLaAnNsS]\p{Ll}{0,3}['\u2019]\p{Lu})[\p{L}\p{M}'\u2019.\-]*|\d{1,3}(?:st|nd|rd|th))"
        )
        particle = r"(?:de|la|le|les|du|des|del|della|delle|dei|degli|di|da|do|dos|das|e|y|van|von|der|den|het|am|an|im|" \
                   r"zum|zur|na|nad|pod|u|of|the|al|el)"  # fmt: skip
        name = rf"(?:(?:{cw}|{particle}){sp}){{0,3}}?{cw}"  # lazy: "90 Whitchurch Road| street"
        # Not the start of a dotted word: "u" (Hungarian "utca") is no street type in "u.schneider@".
        suffix = rf"(?i:{_alt(terms['street_suffixes'])})\.?(?![\p{{L}}\d]|[./][\p{{L}}\d])"
        prefix = rf"(?i:{_alt(terms['street_prefixes'])})"
        first = r"\p{L}" if lower_case else r"\p{Lu}"
        glued = rf"{first}[\p{{L}}\p{{M}}'\u2019\-]+(?i:{_alt(terms['glued_suffixes'])})"
        unit = (
            rf"(?i:{_alt(terms['unit_designators'])})\.?[ \t]*(?:(?i:no|nr|n)\.?|#|nº)?[ \t]*"
            r"(?:\d{1,5}[A-Za-z]?|[A-Z])(?![\w])"
        )
        # Floors and doors: "6º B", "3º izda.", "1º-2ª", "2e étage", "3. OG", "bajo", "R/C".
        side = (
            r"(?:(?i:izda|izq|izquierda|dcha|dch|drcha|derecha|dra|der|centro|ctro|esq|dto|dta|dt|fte|frente|int|dx|sx)"
            r"\.?|[A-Z])(?![\p{L}])"
        )
        floor_word = (
            r"(?i:étage|etage|etg|piso|planta|piano|stock|og|floor|verdieping|andar|pietro|piętro)\.?(?![\p{L}])"
        )
        floor = (
            # "2.º B": the Spanish abbreviation point may stand before the ordinal indicator
            rf"(?:\d{{1,2}}\.?[ºª°](?:[ \t]*-[ \t]*\d{{1,2}}[ºª°]?)?(?:[ \t]*{floor_word})?(?:[ \t]*{side})?"
            # "6o B": the ordinal indicator after NFKC normalisation; then a door must follow
            rf"|\d{{1,2}}\.?[oa](?:[ \t]*-[ \t]*\d{{1,2}}[oaºª°]?)?(?:[ \t]*{floor_word})?[ \t]*{side}"
            rf"|\d{{1,2}}(?:e|er|ère|eme|ème|o|a|\.)?[ \t]*{floor_word}(?:[ \t]*{side})?"
            rf"|(?i:bajo|entresuelo|entlo|ático|atico|sótano|r/c|rez-de-chaussée|hochparterre|souterrain)(?![\p{{L}}])"
            rf"(?:[ \t]*{side})?"
            r"|(?:EG|DG|OG|UG)(?![\p{L}]))"
        )
        self.dwelling = regex.compile(rf"(?:{unit}|{floor})", _F)
        # "Drucker 3. OG": the number is the floor's ordinal, not a house number before it.
        self.floor_after = regex.compile(rf"\.?[ \t]*(?:{floor_word}|(?:EG|DG|OG|UG)(?![\p{{L}}]))", _F)
        po_box = rf"(?i:{_alt(terms['po_boxes'])})\.?[ \t]*\d{{1,6}}(?:[ ]\d{{2,4}})?(?![\w]|[/.,:]\d)"
        military = (
            r"(?:(?i:psc|unit|cmr)[ \t]+\d{3,5},?[ \t]+(?i:box)[ \t]+\d{3,5}(?:[ \t,]*\n?[ \t]*[AFD]PO[ \t]+A[AEP][ \t]+\d{5})?"
            r"|(?:(?:USNS|USNV|USS|USCGC)[ \t]+\p{Lu}[\p{L}'\u2019\-]*(?:[ \t]+\p{Lu}[\p{L}'\u2019\-]*)?[ \t,]*\n?[ \t]*)?"
            r"(?i:[AFD]PO)[ \t]+(?i:A[AEP])[ \t]+\d{5})(?![\w])"
        )
        # Not part of a decimal or version number ("Python 3.11", "Nova 2.0").
        end = r"(?![\p{L}\d]|[.,]\d)"
        cap_prefix = prefix if lower_case else rf"(?:(?=\p{{Lu}}){prefix}\.?|(?=[\p{{L}}º/.]{{1,8}}\.){prefix}\.)"
        after_prefix = r"(?:(?<=[/º])[ \t]*|[ \t]+)"
        # "Via Cavour, 11" / "Calle Mayor, 46, 6º B": the number after a comma must close the street line.
        # A dash before the postcode closes it too ("Corso Matteotti, 172 - 16121 Genova").
        line_closes = r"(?=[ \t]*(?:[,;\n)]|\Z)|\.(?:\s|\Z)|[ \t]+[-\u2013][ \t]+\d)"
        # The number may carry its sign: "Calle del Pez, nº 168", "n. 4", "Nr. 12".
        # NFKC reads "º" as "o": "n.º 93" is detected as "n.o 93".
        signed_num = rf"(?:(?i:n[º°o]\.?|n\.[ºo°]|n\.|nr\.?|núm\.?|num\.)[ \t]*)?{hnum}"
        # Not glued to a word or a ticket sign before it: "FRITZ!Box 7590" is a router, "#88213 Drucker" a ticket.
        self.typed = regex.compile(
            r"(?<![\p{L}\d.!#_])(?:"
            + "|".join(
                (
                    rf"{hnum},?{sp}{name}{sp}{suffix}(?:{sp}{num}{end})?",  # 90 Whitchurch Road
                    rf"{hnum},?{sp}{prefix}(?:\.{sp}?|{after_prefix}){name}(?:{sp}{num}{end})?",  # 98 bis rue Hoche
                    # The shapes that end in the house number: only where a digit follows on the same line.
                    r"(?=[^\n\d]{1,100}\d)(?:"
                    + "|".join(
                        (
                            rf"(?:{num}{sp})?{name}{sp}{suffix}{sp}{hnum}{end}\.?",  # Koepenicker Str. 74
                            rf"(?:{num}{sp})?{glued}\.?{sp}{hnum}{end}\.?",  # Koskikatu 25
                            # Via delle Coste 41, ul. Narewska 94, Via Cavour, 11
                            rf"{cap_prefix}{after_prefix}{name}(?:{sp}{signed_num}{end}|,[ \t]*{signed_num}{end}{line_closes})",
                        )
                    )
                    + ")",
                    military,
                    po_box,
                )
            )
            + ")",
            _F,
        )
        # Name + number without a street type: only with address context or a postcode/unit that follows.
        # "boulevard Voltaire, 12, B-1000 Bruxelles": the number after a comma closes the street line, as above.
        self.weak = regex.compile(
            rf"(?<![\w.!#])(?:{num}{sp})?(?P<name>{name})(?:{sp}{num}{end}|,[ \t]*{signed_num}{end}{line_closes})", _F
        )
        # Number + name without a street type ("51 Kingsway, Leeds LS1 3AB"): the name closes the street line.
        self.weak_number_first = regex.compile(
            rf"(?<![\w.,:/\u2013!#-]){num}{sp}(?P<name>{cw}(?:{sp}{cw}){{0,2}})(?<!\.)(?=[ \t]*(?:,|\n))", _F
        )
        self.named_street = regex.compile(
            rf"(?<![\w])(?:\p{{Lu}}[\p{{L}}\p{{M}}'\u2019\-]+{sp}){{1,3}}(?:Street|Road|Avenue|Lane|Drive|Boulevard|Square|Way)"
            r"(?![\w])",
            _F,
        )
        # "on Elm Street", "at the corner of Baker Street": a named street used as a place.
        self.preposition = regex.compile(r"(?i)(?<![\w])(?:on|at|near|along|off|into|onto|corner\s+of|in)\s+\Z", _F)
        self.left = regex.compile(rf"(?:(?:{unit}|{floor}|{num})[ \t,]+){{1,2}}\Z", _F)
        # A street type written in lower case inside a sentence: "au |rue Émile Zola 193", "impasse des |Glycines".
        self.left_prefix = regex.compile(rf"(?<![\p{{L}}\d.])(?i:{prefix})\.?[ \t]+(?:{particle}[ \t]+){{0,2}}\Z", _F)
        self.calendar_after = regex.compile(r"[ \t]+(\p{L}+)")
        place_word = (
            r"(?!(?i:cedex)(?![\w]))"
            # Dutch towns after an elided article: "'s-Hertogenbosch", "'t Zandt".
            + r"(?:['\u2019](?i:s-|t[ \t]+)\p{L}[\p{L}\p{M}'\u2019.\-]*|"
            + (word if lower_case else r"\p{Lu}[\p{L}\p{M}'\u2019.\-]*|\(\p{Lu}[\p{L}\p{M}'\u2019.\- ]*\)")
            + ")"
            # A full stop after a word of four letters or more ends the sentence ("6811 KH Arnhem. Kandidaat:"),
            # after an abbreviation it does not ("Co. Mayo", "St. Gallen").
            + r"(?<!\p{L}{4}\.)(?![\w])"
        )
        places = rf"{place_word}(?:[ \t]+(?:{particle}[ \t]+)?{place_word}){{0,3}}"
        postcode = (
            r"(?P<pc>(?:(?:[A-Z]{1,2}|PL|CH)-)?"  # D-10115, CH-8001, PL-00-590
            r"(?:\d{4}-\d{3}|\d{5}-\d{3}|\d{3}[ ]\d{2}|\d{5}-\d{4}|\d{4,5}(?:[ ]?[A-Z]{2}(?![\p{L}]))?"
            r"|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|\d{2}-\d{3}"
            r"|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ]?[0-9AC-FHKNPRTV-Y]{4}))(?![\w]|-\d)"  # Eircode; "2026-05-28" is a date
        )
        cedex = r"(?i:cedex)(?:[ \t]+\d{1,2})?(?![\w])"
        # One piece after the address so far; group "sep" tells whether a comma or line break came first.
        self.piece = regex.compile(
            rf"(?P<sep>[ \t,;]*(?:[-\u2013][ \t]+)?(?:\n[ \t>?*\-]*){{0,2}}[ \t,;]*)"
            rf"(?P<piece>(?P<unit>{unit}|{floor})|{po_box}|{cedex}"
            rf"|{postcode}(?:[ \t]+{places}(?:[ \t]+{cedex})?)?"
            rf"|{place_word}[ \t]+\d{{1,2}}(?![\w]|[.,:]\d)"  # Dublin 2
            rf"|{places}(?:,?[ \t]+{postcode})?"
            rf"|{word}[ \t]+{postcode})",
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
        self.po_box_heads = frozenset(_WORDS.findall(w.lower())[0] for w in terms["po_boxes"])
        self.prefixes = frozenset(w.lower().rstrip("./º") for w in terms["street_prefixes"])
        # Lower-case prose after the house number, unless it says "street" or names the town ("... 12 in Milano").
        self.prose_follows = regex.compile(
            rf"[ \t]+(?!{suffix}|(?:in|a|à|en|em|w|we|im|te|at|near)[ \t]+\p{{Lu}})\p{{Ll}}", _F
        )
        self.calendar_words = frozenset(w.lower() for w in terms["calendar_words"])
        # Words that name numbered things which are not streets ("Hall 4", "Chapter 3", "Room 4") or dates.
        self.numbered_nouns = frozenset(w.lower() for w in terms["numbered_nouns"])
        self.not_street = self.numbered_nouns | self.calendar_words
        # Street types that are ordinary words too ("rise", "close", "view"): written in lower case in mixed-case
        # text they are the word ("Troponin rise 48", "the doors close 20 minutes before").
        self.word_suffixes = frozenset(w.lower() for w in terms["ordinary_word_suffixes"])


@cache
def _label_words() -> frozenset[str]:
    """One-word labels of a number in the seven languages: phone, reference and identifier labels
    (``identifier_terms.json``) and nouns for a listing or a court file (``precision_round8.json``). A number
    after one is a phone, a reference or a listing ("Teléfono 612", "Advertentie 3310", "Az. 3 M 1180")."""
    terms = json.loads((DATA_FILE.parent / "precision_round8.json").read_text(encoding="utf-8"))
    words = [w for section in ("phone_labels", "reference_labels", "id_labels") for w in identifier_words(section)]
    words += [w for key, nouns in terms["listing_nouns"].items() for w in nouns]
    return frozenset(w.lower().rstrip(".") for w in words if " " not in w)


@cache  # built once per case: every address regex is compiled here
def _grammar(lower_case: bool) -> _Grammar:
    return _Grammar(lower_case)


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text that can hold a numbered anchor: around each digit run, merged."""
    windows: list[tuple[int, int]] = []
    for match in _DIGITS.finditer(text):
        start, end = max(0, match.start() - WINDOW_BEFORE), min(len(text), match.end() + WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


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
        for low, high in _digit_windows(text):
            for match in grammar.typed.finditer(text, low, high):
                words = _WORDS.findall(match.group().lower())
                if (len(words) == 1 and words[0] in grammar.not_street) or " ".join(words) in grammar.not_street:
                    continue  # "During 1971" is no street named "Du-ring"; "Car Park 2" is a numbered car park
                if len(words) == 1 and words[0] in _label_words():
                    continue  # "Advertentie 3310.": a listing's number
                start, end = match.span()
                if match.group()[:1].isdigit() and _TIME_BEFORE.search(text, max(0, start - 6), start):
                    continue  # "17:33:15,543 WARN gate-sync": seconds of a log timestamp, not a house number
                if _LOG_LEVEL.search(match.group()):
                    continue  # "WARN gate", "INFO Road": a log line
                if (
                    not grammar.lower_case
                    and any(w in grammar.word_suffixes for w in _LOWER_WORDS.findall(match.group()))
                    and not self._has_context(grammar, text, start)
                    and not self._extend_right(grammar, text, end)[1]
                ):
                    continue  # "Troponin rise 48 -> 310": a street type in lower case that is an ordinary word
                if match.group()[:1].isdigit() and self._after_calendar_word(grammar, text, start):
                    continue  # "5. April 1998, E-Mail …": a year, not a house number
                if _year_after_since(text, start):
                    continue  # "seit 2021 Teamleitung Shared Service Center HR": a year of a CV
                if (
                    self._before_calendar_word(grammar, text, end)
                    or _NOMINAL_RING.search(match.group())
                    or _DATE_NUMBER.search(match.group())
                ):
                    continue  # "vergadering 27 november": a date; "-ering" makes nouns, not streets ("Reservering")
                if (
                    not grammar.lower_case
                    and match.group()[:1].islower()
                    and words[0] in grammar.po_box_heads
                    and not self._has_context(grammar, text, start)
                    and not self._extend_right(grammar, text, end)[1]
                ):
                    continue  # "el manual, apartado 4": a section; a post box is capitalised or has its town
                if (
                    words[0] in grammar.prefixes
                    and not _RE_ABBREVIATED_PREFIX.match(match.group())  # "ul. Lipowa 8 na parterze"
                    and grammar.prose_follows.match(text, end)
                    and not grammar.dwelling.match(text, end + 1)
                    and not self._has_context(grammar, text, start)
                ):
                    continue  # "Via Email 24 hours a day": a house number closes its line or precedes a unit
                spans.append((start, end, TYPED_SCORE))
            weak = (*grammar.weak.finditer(text, low, high), *grammar.weak_number_first.finditer(text, low, high))
            for match in weak:
                start, end = match.span()
                if _YEAR_RANGE.match(text, start):
                    continue  # "2015-2019 Softwareentwickler, Fintech GmbH": years of a CV, not a house number
                if _year_after_since(text, start):
                    continue  # "seit 2021 Teamleitung …, Leipzig": a year of a CV, not a house number
                if grammar.floor_after.match(text, end) and not self._has_context(grammar, text, start):
                    continue  # "#88213 Drucker 3. OG": a device on the third floor
                words = _WORDS.findall(match.group("name").lower())
                if (
                    any(w in grammar.not_street for w in words)
                    or (len(words) == 1 and words[0] in _label_words())  # "Teléfono 612", "Az. 3 M 1180"
                    or self._before_calendar_word(grammar, text, end)
                    or _DATE_NUMBER.search(match.group())
                ):
                    continue
                particles = _LEADING_PARTICLES.match(text, start)
                if particles and not grammar.lower_case and start == match.start("name"):
                    start = particles.end()  # "side of| Joaquin Suarez 2906"
                if self._has_context(grammar, text, start) or self._street_named_after_person(grammar, text, match):
                    spans.append((start, end, WEAK_SCORE))
                    continue
                extended_to, evidence = self._extend_right(grammar, text, end)
                # Number first: the town must follow in the same paragraph ("11 Lizenzen,\n\nDie Karte 5293-5555").
                if evidence and (match.re is not grammar.weak_number_first or "\n\n" not in text[end:extended_to]):
                    spans.append((start, end, WEAK_SCORE))
        for match in grammar.named_street.finditer(text):
            start, end = match.span()
            if (
                (
                    grammar.preposition.search(text, max(0, start - 16), start)
                    and not audience.venue_for_an_audience(text, start, end)
                )
                or self._has_context(grammar, text, start)
                or self._extend_right(grammar, text, end)[1]
            ):
                spans.append((start, end, WEAK_SCORE))
        if "orner" in text:
            spans.extend(self._corners(grammar, text))
        extended = []
        for start, end, score in _merge(spans):
            start = self._extend_left(grammar, text, start)
            end = self._extend_right(grammar, text, end)[0]
            if _RE_TABLE_CELLS.search(text, start, end):
                continue  # "Otis Farrow,1A,Gideon Farrow,0770": cells of a table row, not one address
            if _SENTENCE_END.match(text, end - 5, end + 1) or _CODE_SENTENCE_END.match(text, end - 3, end + 1):
                end -= 1  # "... 28014 Madrid." ends a sentence; "Co." or "Str." keep their dot
            if self._has_context(grammar, text, start):
                score = min(1.0, score + CONTEXT_BONUS)
            extended.append((start, end, score))
        # Two anchors of one address ("Str. 12, Top 7") meet only once both are extended.
        return [self._result(start, end, score) for start, end, score in _merge(extended)]

    @staticmethod
    def _corners(grammar: _Grammar, text: str) -> list[tuple[int, int, float]]:
        spans = []
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
        return spans

    @staticmethod
    def _after_calendar_word(grammar: _Grammar, text: str, start: int) -> bool:
        words = _WORDS.findall(text[max(0, start - 16) : start].lower())
        return bool(words) and words[-1] in grammar.calendar_words and text[start - 1 : start] in (" ", "\t")

    @staticmethod
    def _before_calendar_word(grammar: _Grammar, text: str, end: int) -> bool:
        match = grammar.calendar_after.match(text, end, end + 16)
        return match is not None and match.group(1).lower() in grammar.calendar_words

    @staticmethod
    def _street_named_after_person(grammar: _Grammar, text: str, match: regex.Match[str]) -> bool:
        """A street type in lower case before a person's full name and a number ("in via Giovanni Amendola 23",
        "na ulicy Jana Pawła 3"): the name alone reads as a person's, and the street type alone as a word."""
        words = match.group("name").split()
        return (
            len(words) >= 2
            and lexicon.is_first_name(words[0])
            and all(not lexicon.is_common(w) for w in words)
            and grammar.left_prefix.search(text, max(0, match.start() - 24), match.start()) is not None
        )

    @staticmethod
    def _has_context(grammar: _Grammar, text: str, start: int) -> bool:
        return grammar.context.search(text, max(0, start - 48), start) is not None

    @staticmethod
    def _extend_left(grammar: _Grammar, text: str, start: int) -> int:
        line_start = text.rfind("\n", 0, start) + 1
        if start == line_start or text[start - 1] not in " \t,":
            return start  # both patterns below end in a space, tab or comma right before the anchor: no search
        match = grammar.left.search(text, max(line_start, start - 60), start)
        if match and text[match.start() - 1 : match.start()] not in ("#", "!"):  # not a ticket: "#88213"
            return _after_dates(text, match.start(), start)
        prefix = grammar.left_prefix.search(text, max(line_start, start - 40), start)
        return _after_dates(text, prefix.start(), start) if prefix else start

    @staticmethod
    def _extend_right(grammar: _Grammar, text: str, end: int) -> tuple[int, bool]:
        """End of the address after the anchor, and whether a postcode with its city or a dwelling unit was seen."""
        origin = end
        if text[end : end + 1] == "." and text[end - 1 : end].isdigit():
            end += 1  # "Erzsébet tér 19." (house number with a dot)
        evidence = False
        previous_place = False
        for _ in range(MAX_EXTENSION_PIECES):
            match = grammar.piece.match(text, end)
            if not match or not match.group("sep"):
                break
            piece = match.group("piece")
            first_word = _PIECE_WORD_BREAK.split(piece.strip().lower(), maxsplit=1)[0]
            after = text[match.end() : match.end() + 3]  # French sets a space before the colon ("Portable :")
            if first_word in grammar.stop_words or first_word in grammar.calendar_words:
                break
            if (
                after.lstrip(" \t\u00a0\u202f").startswith(":")
                or "@" in piece
                or match.end() - origin > MAX_ADDRESS_CHARS
            ):
                break
            postcode = match.group("pc")
            if "\n" in match.group("sep") and not postcode and _PROSE_GOES_ON.match(text, match.end()):
                break  # "Leeds LS1 3AB\nMandatory training …": the next line is a sentence, not a town
            place = _WORDS.findall(piece.replace(postcode, "").lower()) if postcode else []
            if postcode and (previous_place or place) and not any(w in grammar.numbered_nouns for w in place):
                evidence = True  # "50132 Firenze", "Helsinki\nFinland 00100"
            elif match.group("unit") and first_word not in grammar.not_street:
                evidence = True  # "Apt. 5", "m. 5", "6º B"; not "Room 4", "Level 3"
            previous_place = not postcode and not match.group("unit") and not piece[:1].isdigit()
            end = match.end()
        return end, evidence

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


_TIME_BEFORE = regex.compile(r"\d[:.]\Z")
_PIECE_WORD_BREAK = regex.compile(r"[\s,.:()]+")
_LOG_LEVEL = regex.compile(r"(?<![\w])(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)(?![\w])")


def _after_dates(text: str, start: int, anchor: int) -> int:
    """``start`` moved past a date the left extension took for a house number (round 12): "DOB 09/05/1991, Apt 4,
    18 Clanbrassil Street" is a birth date, then the address."""
    dates = list(_DATE_NUMBER.finditer(text, start, anchor))
    if not dates:
        return start
    start = dates[-1].end()
    while start < anchor and text[start] in " \t,;":
        start += 1
    return start


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


# -- round 10 (clean10) ---------------------------------------------------------------------------------------

# A year after a preposition of time: "seit 2021", "since 2019", "depuis 2020", "desde 2018", "dal 2017",
# "sinds 2016", "od 2015".
_RE_YEAR = regex.compile(r"(?:19|20)\d\d(?!\d)")
_RE_SINCE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:seit|since|ab|von|bis|from|until|depuis|dès|desde|hasta|dal|dall'|fino al|sinds|vanaf|tot|od|do)"
    r"[ \t]+\Z"
)


def _year_after_since(text: str, start: int) -> bool:
    """A number-first match that opens with a year after a preposition of time is a CV's period.

    Why (round 10): "seit 2021 Teamleitung Shared Service Center HR, Nordbahn Logistik GmbH, Leipzig" read as
    a house number, a street and a town and raised a clean CV section."""
    return bool(_RE_YEAR.match(text, start)) and bool(_RE_SINCE_BEFORE.search(text, max(0, start - 12), start))
