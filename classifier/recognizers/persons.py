"""People and organisations: spaCy NER, cleaned and extended, plus name-context patterns and name lexicons.

The small spaCy model misses many names that are not English, and cuts others
short ("Szabina J" of "Szabina J Gelencsér"). Patterns catch names that the text
itself announces: a title ("Dr. Anette Lahtela"), an introduction ("my name
is ...", "I'm ..."), a greeting or sign-off, or a form label ("Name: ...").

Given-name and surname lexicons (``name_lexicon.py``) add names that need no
context ("Júlia Gyarmathy", "Anna, Ben and Carl", "patricia desrosiers") and a
common-word lexicon removes NER "persons" that are ordinary words
("Discipline"). Each word of a capitalised run gets a class (``_word_class``):

    G  given name, not an ordinary word      "Rebecca", "Júlia"
    S  surname, not an ordinary word         "Nyström", "Hoffmann"
    g  given name that is an ordinary word   "Grace", "Ella"
    s  surname that is an ordinary word      "Young", "White"
    I  initial                               "J.", "T"
    U  unknown capitalised word              "Gelencsér", "Metallica"
    C  ordinary word or a known non-name     "Discipline", "Street", "Inc", "Herren", "Qwen", "ModelAdmin"
    c  ordinary word of another language     "Bestellung", "Kontaktformular", "Ventas"

Ordinary words of German, French, Italian, Spanish, Dutch and Polish (``c``) are no names; at the end of an NER
span they are trimmed ("Polmeks Kandydat" runs over a missing sentence break), and what is left must stand alone.
Places that are names ("Valencia") are places after a preposition of place or in a place slot, and in code,
comments and headings a name must be announced by the text or be a full known name. Known product, model and technology names ("Qwen",
"Django", "Claude 3.5"), code identifiers ("ModelAdmin", ``class Promise``) and single words in parentheses
that are no known name ("(Hamburg)") are never people.

In title-case lines (headlines, "Red, Green and Blue") capital letters carry
no signal, so lexicon rules are off there and NER persons must be all name words.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Span

from classifier.recognizers import name_lexicon as lexicon
from classifier.recognizers.base import SPAN_MODEL_TYPES, ner_entities

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "person_context.json"

NER_SCORE = 0.85
TITLE_SCORE = 0.85
INTRODUCED_SCORE = 0.75
NAME_LINE_SCORE = 0.7
LEXICON_SCORE = 0.65
ORGANIZATION_SCORE = 0.6

# A capitalised name word (Unicode: "Szöllösy", "O'Neil", "Jean-Luc", "McDonald") or an initial.
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}]+(?:['\u2019\-]?\p{Lu}[\p{Ll}\p{M}]+)*|\p{Lu}\.?)"


_RE_TOKEN = regex.compile(r"\S+")
_RE_CLAUSE = regex.compile(r"[^,;]+")
_RE_LONG_WORD = regex.compile(r"[\p{L}][\p{L}'\u2019\-]{2,}")
# "the" and the Dutch neuter "het" never stand before a person's name: "the Victoria", "in het Frans" (a language).
_RE_THE_BEFORE = regex.compile(r"(?i)\b(?:the|het)[ \t]+\Z")
_RE_NEXT_ORG_WORD = regex.compile(r"[ \t]*,?[ \t]*(?P<w>[\p{L}&]+)")
_RE_NEXT_LOWER_WORD = regex.compile(r"[ \t]+(?P<w>\p{Ll}[\p{L}'\u2019]*)")
_RE_LIST_ITEM = regex.compile(r"[\p{L}\p{M}'\u2019\-]{2,}")
_RE_WORD_CHAR = regex.compile(r"\w")
# A lower-case word as the patterns "lower_pair" and "lower_word" start.
_RE_LOWER_RUN = regex.compile(r"\p{Ll}[\p{Ll}\p{M}]+")


@cache
def _context() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return data


def _word_start(words: list[str]) -> str:
    """``(?<![\\w])`` before an alternation of ``words``, written ``\\b`` where every word starts with a word
    character: before a word character the two say the same, and the regex module scans for ``\\b`` a third faster."""
    return r"\b" if all(_RE_WORD_CHAR.match(w) for w in words) else r"(?<![\w])"


def _alternation(words: list[str]) -> str:
    escaped = sorted((regex.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return "(?:" + "|".join(escaped) + ")"


def _trie(words: list[str]) -> str:
    """The same alternation factored by common prefixes ("sehr geehrte|sehr geehrter" -> "sehr\\s+geehrte(?:r)?"):
    several times faster to scan than a flat list of some hundred phrases in seven languages."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [
            (r"\s+" if char == " " else regex.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(root) + ")"


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    ctx = _context()
    particles = _alternation(ctx["particles"])
    name = rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{particles}[ \t]+)*{_NAME_WORD}){{0,3}})(?![\w@])"
    # After a title or a name label a surname may start with its particle: "mevrouw van den Berg",
    # "Achternaam: van der Meulen", "madame de la Fontaine".
    name_lead = rf"(?P<name>(?:{particles}[ \t]+){{0,3}}{_NAME_WORD}(?:[ \t]+(?:{particles}[ \t]+)*{_NAME_WORD}){{0,3}})(?![\w@])"
    flags = regex.VERSION1
    # After a closing: the name on the same line or the next, alone up to the end of its line.
    signature = rf"[ \t]*[,.!]?[ \t]*(?:\r?\n[ \t>]*)?{name}[ \t]*(?:\r?\n|\Z)"
    # Entries are phrases with an occasional regex class ("is a [0-9]+ year old"), so not escaped.
    titles, introducers, closings = ([w.lower() for w in ctx[key]] for key in ("titles", "introducers", "closings"))
    person_verbs = (
        "(?:" + "|".join(sorted((v.replace(" ", r"[ \t]+") for v in ctx["person_verbs"]), key=len, reverse=True)) + ")"
    )
    return {
        "title": regex.compile(rf"(?<![\w])(?i:{_alternation(ctx['titles'])})\.?[ \t]+{name_lead}", flags),
        "introduced": regex.compile(rf"(?<![\w])(?i:{_alternation(ctx['introducers'])})[,:]?[ \t]+{name}", flags),
        # The same two as a cue found in lower-cased text + a name matched at its end in the text itself:
        # one case-sensitive scan is several times faster than a case-insensitive one.
        "title_cue": regex.compile(rf"{_word_start(titles)}{_trie(titles)}\.?[ \t]+", flags),
        "introduced_cue": regex.compile(rf"{_word_start(introducers)}{_trie(introducers)}[,:]?[ \t]+", flags),
        "name_at": regex.compile(name, flags),
        "name_lead_at": regex.compile(name_lead, flags),
        # A signature after a closing: "Mit freundlichen Grüßen\nKatharina Vogelsang", "Cordialement, Jean Dupont".
        "closing": regex.compile(rf"(?<![\w])(?i:{_alternation(ctx['closings'])}){signature}", flags),
        "closing_cue": regex.compile(rf"{_word_start(closings)}{_trie(closings)}", flags),
        "signature": regex.compile(signature, flags),
        # Code around a word: "class Promise", "raise NotImplementedError", "obj.Name", "Promise(", "Name.objects".
        "code_before": regex.compile(
            r"(?:(?<![\w])(?:class|def|new|raise|extends|implements|interface|struct|enum|trait|fn|func|function|"
            r"throw|throws|except|catch|instanceof|typeof|import|type)[ \t]+|[\w)\]]\.|@|::|<|`)\Z",
            flags,
        ),
        "code_after": regex.compile(r"(?:\(|\.\w|\[|<|::|`|\{|[ \t]*=[^=])", flags),
        "version_after": regex.compile(r"[ \t]*-?[ \t]*(?:v?\d|\p{Lu}\d)", flags),  # "Claude 3.5", "Kimi K2"
        "postcode_before": regex.compile(r"(?<![\w\-.])\d{4,5}[ \t]+\Z", flags),
        "capitalised_after": regex.compile(r"(?:[ \t]+\p{Lu}[\p{L}\-]*){1,2}", flags),
        # Prepositions of place in the seven languages, right before a word: "in", "à", "chez", "bei", "presso".
        # Where a place that is also a given name is a place: "en Valencia", "in Florence", "nach Roma".
        "place_name_before": regex.compile(
            r"(?<![\w])(?i:in|en|à|au|aux|de|da|di|del|nach|aus|im|desde|naar|uit|w|we|z|ze|near)[ \t]+\Z", flags
        ),
        # "Built with Swift", "Gebouwd met Newman", "Zbudowane w Akka": marketing copy names its technology.
        "built_with_before": regex.compile(
            r"(?<![\w])(?i:built|made|powered|developed|running|runs|entwickelt|gebaut|betrieben|réalisé|développé|"
            r"propulsé|construit|realizzato|sviluppato|creato|costruito|desarrollado|creado|construido|hecho|"
            r"impulsado|gebouwd|ontwikkeld|gemaakt|zbudowane|zbudowany|stworzone|napisane|oparte)"
            r"[ \t]+(?i:with|on|in|using|by|mit|auf|in|avec|sur|en|con|su|in|met|op|in|w|na|z)[ \t]+\Z",
            flags,
        ),
        "place_before": regex.compile(
            r"(?<![\w])(?i:in|at|near|à|au|aux|chez|en|nach|aus|bei|im|presso|ad|desde|naar|uit|bij|w|we)[ \t]+\Z",
            flags,
        ),
        "label": regex.compile(rf"(?m)^[ \t>*-]*(?i:{_alternation(ctx['labels'])})[ \t]*:[ \t]*{name_lead}", flags),
        # "my name is rubija": lower-case names are accepted only after this unambiguous phrase.
        "my_name_lower": regex.compile(
            r"(?i)\b(?:my|his|her)\s+name\s+is\s+(?P<name>[\p{L}'\u2019\-]{2,}(?:[ \t]+[\p{L}'\u2019\-]{2,})?)(?![\w])",
            flags,
        ),
        "previous_word": regex.compile(rf"(?<![\w'\u2019\-])(?P<word>{_NAME_WORD})[ \t]+\Z", flags),
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
            # "says Hauta-aho": a quote's attribution; Finnish compounds take a hyphen between equal vowels
            rf"(?i:\b(?:said|says|told|asked|replied))[ \t]+(?P<name>{_NAME_WORD}"
            rf"(?:(?<=(?P<vowel>[aeiouyäö]))-(?P=vowel)\p{{Ll}}+)?)(?![\w\-])",
            flags,
        ),
        # Talking to someone: "shouted at Todd", "said Maslin to Antonio".
        "addressee": regex.compile(
            rf"(?i:\b(?:said|shouted|yelled|whispered|screamed|waved|smiled|talked|spoke|replied|lied|wrote))"
            rf"(?:[ \t]+{_NAME_WORD})?[ \t]+(?i:at|to|with)[ \t]+(?P<name>{_NAME_WORD})(?![\w])",
            flags,
        ),
        # Verbs whose object is a person: "I met Rebecca", "approved by Rebecca" (known names only, see analyze).
        "object_of_person_verb": regex.compile(
            r"(?i:\b(?:met|meet|meeting|ask|asked|tell|told|thank|thanked|call|called|e?mail|e?mailed|text|texted|"
            r"invite|invited|hire|hired|help|helped|marry|married|hug|hugged|kiss|kissed|congratulate|congratulated|"
            r"(?:approved|signed|written|sent|reviewed|led|presented|raised|adopted)[ \t]+by)[ \t]+)"
            rf"(?P<name>{_NAME_WORD})(?![\w])",
            flags,
        ),
        # Two people doing something together: "Giulia and Tomasz will present", "Marrero and Murphy were".
        "name_pair": regex.compile(
            rf"(?<![\w'\u2019\-])(?P<a>{_NAME_WORD})[ \t]+(?:and|&)[ \t]+(?P<b>{_NAME_WORD})[ \t]+"
            rf"(?i:{_alternation(ctx['verbs_after_two_names'])})(?![\w])",
            flags,
        ),
        # A sign-off after a dash (hyphen, en or em dash) at the end of a message line: "… until March. - Obinna".
        "dash_signature": regex.compile(
            rf"(?m)[.!?][ \t]+[\u2013\u2014-][ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]*$", flags
        ),
        # Calling someone by name: "Don't go to town, Brandon!", "Warrane, can I please speak to your boss?"
        "vocative_end": regex.compile(rf",[ \t]+(?P<name>{_NAME_WORD})[ \t]*(?:[!?.]|$)", flags),
        "vocative_start": regex.compile(
            rf"(?:^|(?<=[.!?\n][ \t]*))(?P<name>{_NAME_WORD}),[ \t]+(?=(?:can|could|would|will|please|do|did|are|is|have|"
            r"I|you|we|let|thanks|thank|what|where|how|why|when|come|look|listen|stop|wait|don't)\b)",
            flags,
        ),
        "lower_word": regex.compile(r"(?<![\w'\u2019\-@./])\p{Ll}[\p{Ll}\p{M}]+(?![\w@]|['\u2019]\w|\.\w)", flags),
        "initial": regex.compile(r"(?<![\w])\p{Lu}\.?(?![\w])", flags),
        # Runs of capitalised words (with particles): candidates for lexicon-backed full names.
        "cap_run": regex.compile(
            rf"(?<![\w'\u2019\-])(?P<name>{_NAME_WORD}(?:[ \t]+(?:{particles}[ \t]+)*{_NAME_WORD}){{0,4}})"
            r"(?![\w@]|['\u2019](?:t|ll|re|ve|d|m)\b)",  # not "Don't"
            flags,
        ),
        "place_preposition": regex.compile(
            r"(?i)(?<![\w])(?:in|near|across|outside|inside|around|via|into|throughout|visit(?:ed|ing)?|"
            r"(?:originally|moved|moving|came|coming|travel\w*|flew|flying|arrived|returned|went|drove|relocated|"
            r"headed|trip|city|town|village|country)[ \t]+(?:to|from|at|in|of))[ \t]+\Z",
            flags,
        ),
        # "Anna, Ben and Carl" / "anna, ben, carl and dora": a list of single words.
        "name_list": regex.compile(
            r"(?<![\w'\u2019\-])(?P<list>[\p{L}\p{M}'\u2019\-]{2,}(?:[ \t]*,[ \t]*[\p{L}\p{M}'\u2019\-]{2,})+"
            r"[ \t]*,?[ \t]+(?:and|or|&)[ \t]+[\p{L}\p{M}'\u2019\-]{2,})(?![\w])",
            flags,
        ),
        # "patricia desrosiers", "benjamin a seiler": lower-case given name + (initial) + another word.
        "lower_pair": regex.compile(
            r"(?<![\w'\u2019\-@./])(?P<name>\p{Ll}[\p{Ll}\p{M}]+(?:[ \t]+\p{Ll}\.?)?[ \t]+\p{Ll}[\p{Ll}\p{M}'\u2019\-]+)"
            r"(?![\w@]|\.\w)",
            flags,
        ),
        # A speaker at the start of a line: "Ubul: What a wife.", "tracy:\"i'm ...".
        "speaker": regex.compile(
            rf"(?m)^[ \t>]*(?P<name>{_NAME_WORD}|\p{{Ll}}[\p{{Ll}}\p{{M}}]+)[ \t]*:[ \t]*(?=[\p{{L}}\"'\u201c])",
            flags,
        ),
        # "What's your last name? Boyle", "Surname? Nielsen": a name answering a name question.
        "name_answer": regex.compile(rf"(?i:\bname)[ \t]*\?[ \t]+(?P<name>{_NAME_WORD})(?![\w])", flags),
        # Lower-case words after "call me" / "named": "people call me višeslav".
        "called_lower": regex.compile(
            r"(?i)\b(?:call(?:s|ed)?\s+me|named|i'm|i\s+am)\s+(?P<name>\p{Ll}[\p{Ll}\p{M}'\u2019\-]+)(?![\w])",
            flags,
        ),
    }


@cache
def _organisation_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _context()["organisation_words"])


@cache
def _months() -> frozenset[str]:
    """Month names and abbreviations of the seven languages (``identifier_terms.json``): "Jan", "Jun" are names too."""
    data = json.loads((DATA_FILE.parent / "identifier_terms.json").read_text(encoding="utf-8"))["months"]
    return frozenset(w.lower().rstrip(".") for key, words in data.items() if not key.startswith("_") for w in words)


# A day or year next to a word: "Jan 15 2026", "15/Jan/2025", "26. Jan. 2024", "7. Sep. 2026".
_RE_DIGIT_BEFORE = regex.compile(r"\d[ \t]*[./\-]?[ \t]*\Z")
_RE_DIGIT_AFTER = regex.compile(r"\.?[ \t]*[/\-]?[ \t]*\d")


@cache
def _particles() -> frozenset[str]:
    return frozenset(p.lower() for p in _context()["particles"])


@cache
def _after_given_name() -> frozenset[str]:
    return frozenset(w.lower() for w in _context()["after_given_name"])


@cache
def _not_names() -> frozenset[str]:
    return frozenset(w.lower() for w in _context()["not_names"])


@cache
def _speaker_roles() -> frozenset[str]:
    return _context_words("speaker_roles") | _context_words("labels") | _role_introducers()


def _is_speaker_role(word: str) -> bool:
    """A role noun that labels a turn of a transcript ("Agent:", "Anrufer:", "Medewerker:", "Patient:")."""
    return word.lower() in _speaker_roles()


def _is_organisation_word(word: str) -> bool:
    """A word for a kind of organisation, alone or as the head of a German or Dutch compound ("Klinikum",
    "Universitätsklinikum", "Zorgverzekeraar"), or a trade's shop ("Metzgerei", "Slagerij"). A compound's head
    must be a long word (six letters or more), so that short heads ("haus", "bank") do not turn surnames
    ("Neuhaus") into firms; a word in a name list is never one."""
    lowered = word.lower()
    if lowered in _organisation_words():
        return True
    if len(lowered) >= 7 and lowered.endswith(("erei", "erij")) and lowered.isalpha():
        return True  # a trade's workshop or shop: "Metzgerei", "Schreinerei", "Slagerij", "Drukkerij"
    heads = _organisation_compound_heads()
    if len(lowered) < 9 or not lowered.endswith(heads):
        return False
    return any(lowered.endswith(h) and len(lowered) - len(h) >= 3 for h in heads) and not (
        lexicon.is_first_name(word) or lexicon.is_surname(word)
    )


@cache
def _organisation_compound_heads() -> tuple[str, ...]:
    return tuple(w for w in _organisation_words() if len(w) >= 6 and w.isalpha())


@cache
def _round8() -> dict[str, object]:
    data: dict[str, object] = json.loads((DATA_FILE.parent / "precision_round8.json").read_text(encoding="utf-8"))
    return data


@cache
def _venue_nouns() -> frozenset[str]:
    """Nouns of the seven languages for a place named by its kind: "Teatro", "Gare", "Gemeindehaus", "Standort"."""
    nouns: dict[str, list[str]] = _round8()["venue_nouns"]  # type: ignore[assignment]
    round10 = _round10_words("landform_nouns") | _round10_words("venue_noun_forms")
    return frozenset(w.lower() for words in nouns.values() for w in words) | round10


@cache
def _street_types() -> tuple[tuple[str, ...], frozenset[str]]:
    """Street types that end a one-word street name ("Kerkstraat"), and all that may follow a hyphen
    ("Karl-Heine-Straße", "Jan-Pieterszoon-Coenstraat", "Rosa-Luxemburg-Platz")."""
    glued: list[str] = _round8()["street_type_words"]  # type: ignore[assignment]
    terms = json.loads((DATA_FILE.parent / "address_terms.json").read_text(encoding="utf-8"))
    return tuple(glued), frozenset(w.lower() for w in terms["glued_suffixes"]) | frozenset(glued)


_RE_CLAUSE_BREAK = regex.compile(r"[\n\r,;:()\[\]\"\u00ab\u00bb\u201c\u201d\u201e!?]")


@cache
def _context_words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _context()[key])


@cache
def _product_slot() -> regex.Pattern[str]:
    """ "Win a …", "the new …", "Gewinnen Sie einen …", "Nowy …": what opens a product's name in marketing copy."""
    return regex.compile(rf"(?<![\w])(?i:{_alternation(_context()['product_slots'])})[ \t]+\Z", regex.VERSION1)


@cache
def _titles() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for w in _context()["titles"])


@cache
def _role_introducers() -> frozenset[str]:
    return frozenset(w.lower() for w in _context()["role_introducers"])


@cache
def _post_nominals() -> frozenset[str]:
    return frozenset(w.lower() for w in _context()["post_nominals"])


_RE_POSSESSIVE_FIRM = regex.compile(r"['\u2019]s(?:[ \t]+\p{Lu}[\p{L}\p{M}]+){0,2}[ \t]+(?P<w>\p{Lu}[\p{L}\p{M}]+)")
_RE_CAPITALISED_AFTER = regex.compile(r"[ \t]+(?P<w>\p{Lu}[\p{L}\p{M}]+)(?![\w-])")
# Articles that open a noun phrase, never a name: "Der Gütetermin", "Het Klantcontact" (not "De", "La", "Van").
_LEADING_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines het een il gli el los las les une un una uno the".split()
)
# Articles that may open a sentence before a lower-case noun ("La sucursal de …"); also name particles elsewhere.
_SENTENCE_ARTICLES = frozenset("la le les el los las il lo gli de het een the".split())
# Legal forms of firms (a subset of the organisation words that no name word ever is).
_LEGAL_FORMS = frozenset(
    "inc ltd llc llp plc gmbh ag sa sas srl bv nv sarl sl slu spa snc kg kgaa ohg sro kft bvba vof ug eurl sasu "
    "ltda lda oyj aps asa gbr scrl sca sagl sàrl".split()
)
# Spanish and Italian imperatives with an enclitic pronoun: "Visítanos", "Cámbiate", "Scrivici", "Contáctenos".
_RE_ENCLITIC_IMPERATIVE = regex.compile(r"\p{Lu}\p{Ll}*[áéíóú]\p{Ll}*(?:nos|te|se|me|lo|la|le|los|las|les)")
_RE_POLISH_FIRST_PLURAL = regex.compile(r"\p{Lu}\p{Ll}{3,}(?:ujemy|amy|imy|ało|iło|yło)")
# Finnish writes a hyphen between two equal vowels of a compound, the second in lower case: "Hauta-aho", "Kivi-ilves".
_RE_FINNISH_VOWEL_HYPHEN = regex.compile(r"\A\p{Lu}\p{Ll}+(?P<v>[aeiouyäö])-(?P=v)\p{Ll}+\Z")
_RE_ELIDED_WORD = regex.compile(r"\p{L}{1,4}['\u2019]\p{Ll}.*")
_RE_CAPITALISED_BEFORE = regex.compile(r"(?<![\w])(?P<w>\p{Lu}[\p{L}\p{M}]+)[ \t]+\Z")
_RE_LOWER_COMPOUND_TAIL = regex.compile(r"-\p{Ll}{3,}")  # "Bosch|-diagnose": a brand glued to a common noun
_RE_HYPHEN_TAIL = regex.compile(r"-\p{L}+(?P<words>(?:[ \t]+\p{Lu}[\p{L}\-]*){1,2})")
_RE_WEEKDAY_MONTH_AFTER = regex.compile(r"[ \t,]+\p{L}{3,9}\.?[ \t]+\d")  # "Wed| Mar 11 09:02:44 2026"
_WEEKDAY_ALTERNATION = "mon|tues?|wed|thu(?:rs?)?|fri|sat|sun"
# "Tue and Thu", "Mon-Fri", "Sat/Sun": a weekday abbreviation next to another in a schedule (conjunctions of the
# seven languages).
_WEEKDAY_JOIN = r"(?:[ \t]*[,/&\-\u2013][ \t]*|[ \t]+(?:and|or|to|und|oder|bis|et|ou|y|o|e|en|of|tot|i|lub|do)[ \t]+)"
_RE_WEEKDAY_AFTER = regex.compile(rf"(?i)\.?{_WEEKDAY_JOIN}(?:{_WEEKDAY_ALTERNATION})\b")
_RE_WEEKDAY_BEFORE = regex.compile(rf"(?i)\b(?:{_WEEKDAY_ALTERNATION})\.?{_WEEKDAY_JOIN}\Z")
# A mail header's field name before its colon: "Subject: Re: ...", "Para: coordinacion@...", "À : ...".
_RE_FIELD_COLON = regex.compile(r"[ \t]?:")

ROUND9_FILE = DATA_FILE.parent / "identifiers_round9.json"
# Name parts that names carry after a hyphen, a capital or a lone letter: "Lie-A-Fat", "Sow-Marchetti".
_RE_HYPHEN_NAME_TAIL = regex.compile(r"(?:-\p{Lu}[\p{Ll}\p{M}]*)+(?![\w\-])")
# A surname shortened to its initial: "Jolanta K." (testimonials, case notes).
_RE_INITIAL_TAIL = regex.compile(r"[ \t]+\p{Lu}\.(?=[ \t,;:)\n]|\Z)")
_RE_SURNAME_AFTER_GIVEN = regex.compile(
    r"[ \t]+(?P<word>\p{Lu}[\p{Ll}\p{M}]{2,}(?:-\p{Lu}[\p{Ll}\p{M}]+)*)"
    r"(?:(?P<closed>[ \t]*(?:[,;:!?)(\n\"\u00bb\u201d]|\.(?:\s|\Z)|\Z))|(?=[ \t]+\p{Ll}))"
)
# Two to four words in capitals (a scanned form, a transcript): "Name: JOHN SMITH".
_RE_CAPITALS_RUN = regex.compile(r"(?<![\w])\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){1,3}(?![\w])")
# A given name and a double-barrelled surname: "Ulrike Brandt-Hagen".
_RE_DOUBLE_SURNAME_NAME = regex.compile(
    r"(?<![\w\-])(?P<given>\p{Lu}[\p{Ll}\p{M}]+)[ \t]+(?P<surname>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)+)(?![\w\-])"
)
_RE_LOWER_NAME_WORDS = regex.compile(r"[ \t]+(?P<w>\p{Ll}[\p{Ll}\p{M}\-]+)")


# Round 10b: an e-mail address and the capitalised name words of its line ("Nguyen, Thi Lan; thilan.nguyen@…").
_RE_EMAIL_LOCAL = regex.compile(r"(?<![\w.+\-])(?P<local>[\p{L}\d][\p{L}\d._+\-]*)@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)+")
_RE_NAME_RUN = regex.compile(rf"{_NAME_WORD}(?:(?:[ \t]+|,[ \t]+){_NAME_WORD})*")  # "a,b": CSV cells, two fields
_RE_RUN_WORD = regex.compile(_NAME_WORD)


def _email_echo_names(text: str) -> list[tuple[int, int]]:
    """Names that the e-mail address on their line spells out again (round 10b).

    Why: CRM exports and contact blocks write "Weber, Gisela; gisela.weber@…" or "Tran, Minh; minh.tran@…": surname-first
    and comma forms and short or foreign names that neither NER nor the lexicon rules take whole. When two or more
    capitalised words of a line (one of them a given name that is no ordinary word, one at least three letters long) all occur in the local
    part of an e-mail address on that line, they are the person the address belongs to. Words between them that
    the address leaves out ("García López, Antonio" for antonio.garcia@…) are kept inside the span.
    """
    if "@" not in text:
        return []
    found: list[tuple[int, int]] = []
    for email in _RE_EMAIL_LOCAL.finditer(text):
        local = lexicon.fold(email.group("local"))
        if len(local) < 4:
            continue
        line_start = text.rfind("\n", 0, email.start()) + 1
        line_end = text.find("\n", email.end())
        line_end = len(text) if line_end < 0 else line_end
        for run in _RE_NAME_RUN.finditer(text, line_start, line_end):
            if run.start() < email.end() and email.start() < run.end():
                continue  # capitals inside the address itself
            words = [w for w in _RE_RUN_WORD.finditer(run.group()) if len(lexicon.fold(w.group())) >= 2]
            echoed = [w for w in words if lexicon.fold(w.group()) in local]
            if (
                len(echoed) >= 2
                and any(len(lexicon.fold(w.group())) >= 3 for w in echoed)
                and any(PersonRecognizer._word_class(w.group()) == "G" for w in echoed)
            ):
                found.append((run.start() + echoed[0].start(), run.start() + echoed[-1].end()))
    return found


def _add_email_echo_names(text: str, spans: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """``spans`` with the names of ``_email_echo_names``: a name found inside one gives way to it, one crossing it
    stays, and a span found already keeps its score."""
    for span in _email_echo_names(text):
        inside = [other for other in spans if span[0] <= other[0] and other[1] <= span[1] and other != span]
        if any(s < span[1] and span[0] < e for s, e in spans if (s, e) not in inside and (s, e) != span):
            continue
        score = max([spans.get(span, INTRODUCED_SCORE), *(spans[other] for other in inside)])
        for other in inside:
            del spans[other]
        spans[span] = score
    return spans


@cache
def _brand_name_pattern() -> regex.Pattern[str]:
    """Round 10b: multi-word brand names and "make model" car names of marketing copy.

    Why: many brands are made of personal names ("Ben & Jerry's", "Albert Heijn", "Harman Kardon") and many car
    models are given names ("Renault Mégane", "SEAT León"); inside such a phrase a name is a product, not a person.
    """
    brands = lexicon.brand_names()

    def words(phrase: str) -> str:
        return r"[ \t]+".join(regex.escape(word) for word in phrase.split())

    phrases = sorted(brands["brand_phrases"], key=len, reverse=True)
    makes = sorted(brands["car_makes"], key=len, reverse=True)
    models = sorted(brands["car_models"], key=len, reverse=True)
    phrase = "|".join(words(p) for p in phrases)
    car = "(?:" + "|".join(words(m) for m in makes) + r")[ \t]+(?:" + "|".join(words(m) for m in models) + ")"
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{car}|{phrase})(?:['\u2019]s)?(?![\p{{L}}\d])")


# Round 10b: compound initials as French and Belgian write them ("J.-M. Petit", "M.-C. Roux", "J-P. Durand").
_RE_COMPOUND_INITIALS_BEFORE = regex.compile(r"(?<![\p{L}\d.])\p{Lu}\.?-\p{Lu}\.[ \t]*\Z")


_RE_COMPOUND_INITIALS_NAME = regex.compile(
    r"(?<![\p{L}\d.])\p{Lu}\.?-\p{Lu}\.[ \t]+(?:(?:de|du|van|von|le|la)[ \t]+)?\p{Lu}[\p{Ll}\p{M}'\u2019\-]+"
)


def _compound_initial_names(text: str) -> list[tuple[int, int]]:
    """ "J.-P. Marchand": compound initials before a capitalised word name a person (round 10b), even where the
    surname is an ordinary word ("Marchand", "Petit") that the lexicon rules leave alone."""
    if "-" not in text:
        return []
    return [match.span() for match in _RE_COMPOUND_INITIALS_NAME.finditer(text)]


def _with_compound_initials(text: str, spans: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """Spans extended leftwards over compound initials (round 10b).

    Why: "J.-M." (Jean-Marie) stands for a hyphenated given name; the name rules take "Petit" and leave the initials,
    which identify the person too, unredacted.
    """
    out: dict[tuple[int, int], float] = {}
    for (start, end), score in spans.items():
        before = _RE_COMPOUND_INITIALS_BEFORE.search(text, max(0, start - 8), start)
        out[(before.start() if before else start, end)] = score
    return out


def _inside_brand_names(text: str, spans: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """The spans that lie in no brand name or car name of ``_brand_name_pattern`` (round 10b)."""
    if not spans:
        return spans
    brands = [match.span() for match in _brand_name_pattern().finditer(text)]
    if not brands:
        return spans

    def brand_and_ordinary_words(start: int, end: int) -> bool:
        # "Dégustation Michel" of "Dégustation Michel et Augustin": the rest of the span is ordinary words only.
        for b_start, b_end in brands:
            if b_start < end and start < b_end:
                rest = (text[start:b_start] + " " + text[b_end:end]).split()
                return all(PersonRecognizer._word_class(w.strip(".,;:!?()\"'")) in "Cc" for w in rest)
        return False

    return {
        span: score
        for span, score in spans.items()
        if not _in_ranges(span, brands) and not brand_and_ordinary_words(*span)
    }


@cache
def _round9() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(ROUND9_FILE.read_text(encoding="utf-8"))
    return data


@cache
def _surname_particles() -> frozenset[str]:
    return frozenset(_round9()["surname_particles"])


@cache
def _surname_tail() -> regex.Pattern[str]:
    """Particles and the surname they open, after a given name: " El Amrani", " Van der Straeten", "-Ben Salah"."""
    particles = _alternation(_round9()["surname_particles"])
    return regex.compile(
        rf"(?:[ \t]+|-)(?:(?i:{particles})(?:[ \t]+|-))+(?P<word>\p{{Lu}}[\p{{Ll}}\p{{M}}]+(?:-\p{{Lu}}[\p{{Ll}}\p{{M}}]+)*)"
        r"(?![\w@])"
    )


@cache
def _name_cue_before() -> regex.Pattern[str]:
    """A label with its colon or an introduction at the end of the text before a name ("Titular:", "this is")."""
    ctx = _context()
    labels = _trie(sorted({w.lower() for w in ctx["labels"]} | {"titular", "holder", "naam", "nombre"}))
    spoken = _trie(sorted({w.lower() for w in (*ctx["introducers"], *_round9()["spoken_introducers"])}))
    return regex.compile(rf"(?<![\w])(?:{labels}[ \t]*:|{spoken}[ \t]*[,:]?)[ \t]*\Z")


@cache
def _attendance_line() -> regex.Pattern[str]:
    labels = _trie(sorted({w.lower() for w in _round9()["attendance_labels"]}))
    return regex.compile(rf"(?im)^[ \t>*\-]*(?:{labels})[ \t]*:[ \t]*(?P<list>[^\n]+)")


_RE_LIST_ENTRY = regex.compile(r"[^,;]+")
# An entry of an attendance list: a name, perhaps after "and" and before its role in parentheses.
_RE_ATTENDEE = regex.compile(
    r"[ \t]*(?:(?i:and|und|et|e|y|en|i|oraz)[ \t]+)?(?P<name>\p{Lu}[\p{L}\p{M}'\u2019\-]+"
    r"(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+)?\p{Lu}[\p{L}\p{M}'\u2019\-]+){1,3})[ \t]*(?:\([^()\n]{1,40}\))?[ \t.]*"
)


@cache
def _spoken_introduction() -> regex.Pattern[str]:
    spoken = _trie(sorted({w.lower() for w in _round9()["spoken_introducers"]}))
    return regex.compile(rf"(?<![\w])(?:{spoken})[ \t]+(?P<w>\p{{Ll}}[\p{{Ll}}\p{{M}}\-]+)")


# Lower-case words for a site or a team after "the" and a place: "the Leeds office".
_SITE_WORDS = frozenset(("office", "offices", "branch", "depot", "site", "warehouse", "campus", "plant", "team", "hub"))


@cache
def _greetings() -> frozenset[str]:
    return frozenset(_context()["greetings"])


def _is_greeting(cue: str) -> bool:
    return " ".join(cue.lower().split()).strip(" ,:") in _greetings()


@cache
def _animal_before() -> regex.Pattern[str]:
    """An animal noun right before a name, in parentheses, after a colon or in apposition: a pet's name."""
    nouns = _alternation(_context()["animal_nouns"])
    return regex.compile(rf"(?i)(?<![\w]){nouns}(?:['\u2019]s)?[ \t]*[(:]?[ \t]*\Z")


def _compound_only(word: str) -> bool:
    """A capitalised word that is ordinary only as a compound of words ("Pfannkuch", "Vogelsang"), no word itself."""
    bare = word.strip(".,;:!?()\"'")
    return (
        bare[:1].isupper()
        and not lexicon.is_common(bare)
        and not lexicon.is_common_eu(bare)
        and not lexicon.is_place(bare)
        and lexicon.is_compound_common(bare)
    )


def _is_acronym(word: str) -> bool:
    """An upper-case code of 2-6 letters or digits ("CRM", "POS", "NIF", "X1"): no name word."""
    return 2 <= len(word) <= 6 and word.isupper() and word.isalnum()


# A model or product name with a code glued on by a hyphen: "Qwen-VL", "Kimi-K2", "Phi-4" (not "Jean-Luc").
_RE_MODEL_CODE = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+-(?=[A-Z\d]{1,4}\Z)[A-Z\d]*")
# German and Dutch inflected adjectives and abstract nouns by their endings: "Medizinische", "Professionelle",
# "Zahnaufhellung", "Gelegenheit" (only for words that no name list holds: "Jung" and "Schilling" are surnames).
_RE_GERMANIC_WORD_ENDING = regex.compile(
    r"\p{Lu}\p{Ll}{3,}(?:ische[nrs]?|liche[nrs]?|ionelle[nrs]?|ierte[nrs]?|ungen|ung|heit|keit|schaft|schappen|schap)"
)
# German feminine agent nouns: "Sachbearbeiter|in", "Lektor|in", "Praktikant|in", "Assistent|in", "Jurist|in".
_RE_FEMININE_AGENT = regex.compile(r"\p{Lu}\p{Ll}{3,}(?:er|or|ant|ent|ist)in")
# Weekday abbreviations of dates written the C way ("Wed Mar 11 09:02:44 2026") in mail headers and logs.
_WEEKDAY_ABBREVIATIONS = frozenset(("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"))


def _spelled_out_before_dot(cue: str) -> bool:
    """A title written in full (five letters or more, an ordinary word) before a dot ends a sentence there:
    "the legal officer. Keep …", "ask the doctor. Then …"; abbreviations keep their dot ("Dr.", "Prof.", "Insp.")."""
    word = cue.strip()
    if not word.endswith("."):
        return False
    word = word[:-1]
    return len(word) >= 5 and word.isalpha() and (lexicon.is_common(word) or lexicon.is_common_eu(word))


_RE_PARTNERS_AFTER = regex.compile(r"[ \t]*(?:&|\+)[ \t]*\p{Lu}")  # "Demir & Partner", "Kaya & Söhne": a firm
_RE_DOUBLE_BARRELLED = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)+")


def _double_barrelled(word: str) -> bool:
    """A hyphenated surname with a listed surname in it: "Hollis-Ward", "Mbeki-Ross", "Marchetti-Roux"."""
    return bool(_RE_DOUBLE_BARRELLED.fullmatch(word)) and any(lexicon.is_surname(p) for p in word.split("-"))


# Name prefixes before an inner capital: "McDonald", "DeVries", "LeBlanc", "DiCaprio", "MacArthur", "FitzGerald".
_CAMEL_NAME_PREFIXES = frozenset(
    ("mc", "mac", "fitz", "de", "di", "da", "du", "la", "le", "van", "von", "st", "ja", "ke", "la", "al", "el", "ben")
)
_RE_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")
_RE_CAMEL_PARTS = regex.compile(r"\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+(?![\p{Ll}])")


def _is_identifier(word: str) -> bool:
    """A CamelCase code or product identifier ("ModelAdmin", "NotImplementedError", "PostgreSQL"), not a name
    with a capitalised prefix ("McDonald", "DeVries")."""
    if not _RE_CAMEL.search(word):
        return False
    parts = _RE_CAMEL_PARTS.findall(word.replace("'", "").replace("\u2019", "").replace("-", ""))
    return not (len(parts) == 2 and parts[0].lower() in _CAMEL_NAME_PREFIXES)


_RE_NAME_COMMA_BEFORE = regex.compile(r"(?<![\w])(?P<w>\p{Lu}[\p{L}\-]+),[ \t]+\Z")
# The word right after a span: "Atlas CRM", "Mercury POS terminal", "Command R+".
_RE_NEXT_WORD = regex.compile(r"[ \t]+(?P<w>\p{Lu}[\p{L}\d]*)")
_RE_SENTENCE_START = regex.compile(r"(?:^|[.!?:\n][\"'\u201c\u201d\u00bb)]*[ \t]*|^[ \t>*\-]+)\Z")
# Cues that declare a name, after which any word is one: "name is", "ich heiße", "je m'appelle", "named".
_RE_NAME_CUE = regex.compile(
    r"(?i)nam|nom|heiß|heiss|appel|chiam|llam|heet|imi|call|known|t\.n\.v|intestat|favor|rzecz|ordre"
)
_RE_CLAUSE_CLOSES = regex.compile(r"[ \t]*(?:[,!:;\r\n]|\Z)")
# What follows a name in a firm's name: "Inc", ", Ltd.", "& Fils SARL", "& Co. KG", "B.V.".
_RE_FIRM_TAIL = regex.compile(
    r"[ \t]*(?:,[ \t]*(?P<words>\p{Lu}[\p{L}.]*)(?![\w])"
    r"|(?P<words>(?:&[ \t]*)?\p{Lu}[\p{L}.&]*(?:[ \t]+(?:&[ \t]*)?\p{L}[\p{L}.]*){0,2}))"
)
_RE_CODE_GLUE = regex.compile(r"\w[(\[\"]")
_RE_CLAUSE_END = regex.compile(r"[ \t]*(?:$|[\r\n.!?;)]|,[ \t]*\d)")
_RE_TECH_WORD = regex.compile(r"(?<![\w.])\p{L}[\p{L}\d]*")
_RE_ABBREVIATION_AFTER = regex.compile(r"\.[ \t]+\p{Lu}\p{L}{0,4}\.(?:[ \t]|$)")
# Labels of a place slot in the seven languages ("Place of birth:", "Geburtsort:", "Luogo e data di nascita:").
_RE_PLACE_SLOT = regex.compile(
    r"(?i)(?:\b(?:place|city|town|location|birthplace|ort|stadt|lieu|ville|localit[ée]|luogo|citt[àa]|comune|"
    r"residenza|lugar|ciudad|localidad|municipio|plaats|stad|woonplaats|geboorteplaats|miejsce|miejscowo[śs][ćc]|"
    r"miasto)|geburtsort|wohnort|standort|arbeitsort|dienstort)\b[^\n:]{0,40}:[ \t]*\Z"
)
_RE_NAME_LABEL_WORD = regex.compile(r"(?i)\b(?:name|nome|nom|nombre|naam|imi[eę]|nazwisko)\b")
# A line of code, a comment or a heading: judged by code rules, a name there needs the text to announce it.
_RE_CODE_LINE = regex.compile(
    r"^[ \t]*(?:>>>|\.\.\.[ \t]|#(?!\d)|//|/\*|@\w|--[ \t]|(?:def|class|import|from[ \t]+[\w.]+[ \t]+import|return|"
    r"raise|elif|except|var|let|const|function|public|private|protected|package|func|fn|struct|enum)\b)"
    r"|[\w\]\)'\"][ \t]*(?:=|\+=|:=|=>|->)[ \t]*[^=\s]"
    r"|[;{}][ \t]*$"
    r"|\w\.\w+\("
    r"|^[ \t]*[\[(]?[\"'][^\"'\n]*[\"'][ \t]*[,:\])]"
    r"|^[ \t]*(?::[\w-]+:[ \t]|\.\.[ \t]+[\w-]+::)"  # reStructuredText options and directives
)
_RE_UNDERLINE = regex.compile(r"[ \t]*(?:={3,}|-{3,}|~{3,}|\^{3,}|\*{3,})[ \t]*$")


# The word right after a name, for eponym nouns: "Marie Curie| fellowship", "Marie Curie| Fellowship".
_RE_EPONYM_AFTER = regex.compile(r"[ \t]+(?P<w>\p{L}[\p{L}\-]*)")
# The word right before a name: "piazza| Garibaldi", "convocatoria| Ramón y Cajal", "St.| Marien".
_RE_WORDS_BEFORE = regex.compile(r"(?<![\w.])(?P<w>\p{L}[\p{L}]*\.?)[ \t]+\Z")
# Genitive and possessive endings of a name: "Bachs", "Mozart's", "Pergolesiego", "Chopina".
_GENITIVE_ENDINGS = ("'s", "\u2019s", "s", "ego", "a", "owi")


def _historical_form(word: str, historical: frozenset[str]) -> str:
    """ "name" for a historical name ("bach"), "genitive" for its genitive ("bachs", "pergolesiego"), else ""."""
    if word in historical:
        return "name"
    return "genitive" if any(word.endswith(e) and word[: -len(e)] in historical for e in _GENITIVE_ENDINGS) else ""


class _CodeLines:
    """Whether a span stands in a line of code, a comment or a heading (a line underlined with "===" or "---")."""

    def __init__(self, text: str) -> None:
        self.text = text

    def around(self, start: int, end: int) -> bool:
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0:
            line_end = len(text)
        if _RE_CODE_LINE.search(text[line_start:line_end]):
            return True
        next_end = text.find("\n", line_end + 1)
        underline = text[line_end + 1 : len(text) if next_end < 0 else next_end]
        return line_end < len(text) and bool(_RE_UNDERLINE.match(underline))


_RE_NUMBER_AFTER = regex.compile(r"[ \t]+\d")


def _word_before_number(text: str, start: int, end: int) -> bool:
    return " " not in text[start:end].strip() and bool(_RE_NUMBER_AFTER.match(text, end))


def _in_ranges(span: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in ranges)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _whole_word_occurrences(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Where each of ``words`` stands as a word of its own: not inside a longer word, not after an apostrophe or a
    hyphen, not before "@" (an e-mail's local part). Sorted by start, the longer first at a tie.

    ``str.find`` per word rather than one alternation regex: the word set differs for every text, and compiling
    a pattern per text cost about 4 % of bulk classification.
    """
    found = []
    for word in words:
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            if not (before and (_is_word_char(before) or before in "'\u2019-")) and not (
                after and (_is_word_char(after) or after == "@")
            ):
                found.append((start, end))
            start = text.find(word, start + 1)
    return sorted(found, key=lambda span: (span[0], -span[1]))


# -- names in records: JSON and dict fields, SQL inserts, CSV tables ---------------------------------------------

# The parts of a field name that say it holds a person's name ("full_name", "customerName", "nome", "naam"), and
# the qualifiers that may stand with them; any other part names something else ("hostname", "product_name").
_NAME_KEY_HEADS = frozenset(("name", "nome", "nombre", "naam", "nom", "nazwisko", "imie", "imię", "holder", "fullname"))
_NAME_KEY_QUALIFIERS = frozenset(
    "full first last given family display contact customer client patient employee member guest account owner "
    "person applicant candidate student driver passenger tenant sender recipient beneficiary parent emergency "
    "complete completo completa cognome apellidos apellido prenom prénom volledige voornaam achternaam i e y et "
    "und and".split()
)
_RE_KEY_PARTS = regex.compile(r"[A-Z]?[a-zà-ÿąćęłńóśźż]+|[A-Z]+(?![a-z])")
_RECORD_NAME = r"\p{Lu}[\p{L}\p{M}'\u2019.\-]*(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+)?\p{Lu}[\p{L}\p{M}'\u2019.\-]*){1,3}"
_RE_KEY_VALUE = regex.compile(
    rf"[\"']?(?P<key>[A-Za-z_][\w-]{{0,40}})[\"']?[ \t]*(?:=>|[:=])[ \t]*[\"'](?P<name>{_RECORD_NAME})[\"']"
)
# A two-column table row: "| Name | Hope Marsh |", "| Nome e cognome | … |".
_RE_TABLE_ROW = regex.compile(
    rf"(?m)^[ \t]*\|[ \t]*(?P<key>[^|\n]{{1,40}}?)[ \t]*\|[ \t]*(?P<name>{_RECORD_NAME})[ \t]*\|"
)
_RE_SQL_INSERT = regex.compile(
    r"(?i)\binsert[ \t]+into[ \t]+[\w.\"`\[\]]+[ \t]*\((?P<columns>[^()]{1,400})\)\s*values\s*"
    r"(?P<rows>(?:\(\s*(?:'[^'\n]*'|\"[^\"\n]*\"|[^()'\"\n])*\)\s*,?\s*){1,200})"
)
_RE_SQL_ROW = regex.compile(r"\((?P<values>(?:'[^'\n]*'|\"[^\"\n]*\"|[^()'\"\n])*)\)")
_RE_SQL_VALUE = regex.compile(r"\s*(?:'(?P<single>[^'\n]*)'|\"(?P<double>[^\"\n]*)\"|[^,]*)\s*(?:,|\Z)")
_RE_RECORD_NAME = regex.compile(rf"[ \t]*(?P<name>{_RECORD_NAME})[ \t]*")
CSV_MAX_ROWS = 200


def _names_a_person_field(key: str) -> bool:
    """'name', 'full_name', 'customerName', 'nome_e_cognome', 'Imię i nazwisko'; not 'hostname' or 'product_name'."""
    parts = [p.lower() for p in _RE_KEY_PARTS.findall(key.replace("-", "_").replace(" ", "_"))]
    return (
        bool(parts)
        and any(p in _NAME_KEY_HEADS for p in parts)
        and all(p in _NAME_KEY_HEADS or p in _NAME_KEY_QUALIFIERS for p in parts)
    )


def _record_names(text: str) -> list[tuple[int, int]]:
    """Spans of values in a record's person-name field: '"name": "…"', an INSERT whose column list names a
    full_name column, a CSV table whose header has a 'nome' column. The field announces the name."""
    spans: list[tuple[int, int]] = []
    if ":" in text or "=" in text:
        for match in _RE_KEY_VALUE.finditer(text):
            key_start = match.start("key")
            if text[key_start - 1 : key_start] in ("/", ".") or not _names_a_person_field(match.group("key")):
                continue  # "config/name", "app.name": a setting of a program
            # A bare "name" also names apps and projects ("Copper Lantern"): there a word must be a known name.
            if match.group("key").lower() in _NAME_KEY_HEADS and not any(
                PersonRecognizer._word_class(w) in "GS" for w in match.group("name").split()
            ):
                continue
            spans.append(match.span("name"))
    if "|" in text:
        for match in _RE_TABLE_ROW.finditer(text):
            if _names_a_person_field(match.group("key")):
                spans.append(match.span("name"))
    if "insert" in text.lower():
        for insert in _RE_SQL_INSERT.finditer(text):
            columns = [c.strip().strip('"`[]') for c in insert.group("columns").split(",")]
            indexes = [i for i, column in enumerate(columns) if _names_a_person_field(column)]
            if not indexes:
                continue
            for row in _RE_SQL_ROW.finditer(text, insert.start("rows"), insert.end("rows")):
                values = list(_RE_SQL_VALUE.finditer(text, row.start("values"), row.end("values")))
                for index in indexes:
                    if index < len(values):
                        value = values[index]
                        group = "single" if value.group("single") is not None else "double"
                        if value.group(group) is not None:
                            name = _RE_RECORD_NAME.fullmatch(text, *value.span(group))
                            if name:
                                spans.append(name.span("name"))
    spans.extend(_csv_names(text))
    return spans


@cache
def _person_columns() -> frozenset[str]:
    return frozenset(_round9()["person_columns"])


def _csv_cells(line: str, separator: str) -> list[tuple[int, int]]:
    """The cells of a delimited line; a separator inside double quotes belongs to its cell ('"strict, no nuts"')."""
    cells = []
    start = 0
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            cells.append((start, index))
            start = index + 1
    cells.append((start, len(line)))
    return cells


def _opens_with_given_name(name: str) -> bool:
    parts = name.split()[0].split("-")  # "Isla-Mae": each part a given name
    return all(lexicon.is_first_name(p) and not lexicon.is_common(p) for p in parts)


def _csv_names(text: str) -> list[tuple[int, int]]:
    """Names in the name column of a delimited table: a header line with a person-name column, then its rows."""
    spans: list[tuple[int, int]] = []
    role_columns: set[int] = set()
    lines = text.split("\n")
    offset = 0
    header: tuple[str, list[int], int] | None = None  # separator, name columns, column count
    rows = 0
    for line in lines:
        stripped = line.rstrip("\r")
        if header is not None:
            separator, indexes, count = header
            cells = _csv_cells(stripped, separator)
            if len(cells) != count or rows >= CSV_MAX_ROWS:
                header = None
            else:
                rows += 1
                for i, (cell_start, cell_end) in enumerate(cells):
                    if i in indexes:
                        name = _RE_RECORD_NAME.fullmatch(stripped, cell_start, cell_end)
                        if name and (i not in role_columns or _opens_with_given_name(name.group("name"))):
                            spans.append((offset + name.start("name"), offset + name.end("name")))
        if header is None:
            for separator in (",", ";", "\t", "|"):
                fields = [f.strip().strip("\"'") for f in stripped.split(separator)]
                if len(fields) >= 2 and all(f and len(f) <= 40 for f in fields):
                    # A role noun heads a column of people too ("pupil", "parent"): its cells need a given name.
                    role_columns = {i for i, f in enumerate(fields) if f.lower() in _person_columns()}
                    indexes = [i for i, f in enumerate(fields) if _names_a_person_field(f) or i in role_columns]
                    if indexes:
                        header, rows = (separator, indexes, len(fields)), 0
                        break
        offset += len(line) + 1
    return spans


class PersonRecognizer(LocalRecognizer):
    """PERSON from spaCy NER (cleaned, extended over trailing name words) and from name-context patterns."""

    name: str  # set by Presidio's EntityRecognizer.__init__; declared for type checkers

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language, name="PersonRecognizer")

    def load(self) -> None:
        _patterns()
        lexicon.load()
        _brand_name_pattern()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans: dict[tuple[int, int], float] = {}
        announced: set[tuple[int, int]] = set()  # spans that the text announces as a name: title, label, ...

        def add(span: tuple[int, int] | None, score: float, *, strong: bool = False) -> None:
            if span:
                spans[span] = max(spans.get(span, 0.0), score)
                if strong:
                    announced.add(span)

        ents = list(ner_entities(nlp_artifacts)) if nlp_artifacts is not None else []
        # The English model's PERSON spans in text of another language need a word that a name list knows.
        language = getattr(nlp_artifacts, "language", None) if nlp_artifacts is not None else None
        foreign = language is not None and language != "en"
        # German capitalises every noun, and no other of the six writes headlines in title case.
        title_lines = [] if foreign else self._title_case_lines(text)
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            # "Mary, Brian" is two people: split NER spans at commas.
            for part in _RE_CLAUSE.finditer(ent.text):
                value = part.group().strip()
                if not value or self._is_common_phrase(value):
                    continue
                part_start = ent.start_char + part.start() + (len(part.group()) - len(part.group().lstrip()))
                span = self._clean_ner_span(text, part_start, part_start + len(value), foreign=foreign)
                if span and _in_ranges(span, title_lines) and not self._all_name_words(ent.text):
                    continue  # headline: "Dallas Cowboys Sign New Quarterback"
                if span and not self._has_name_evidence(text[span[0] : span[1]]):
                    continue  # "Sie", "Der Fehler", "Handy", "Toulouse": no word of it is a name
                if span and foreign and not self._has_known_name_word(text[span[0] : span[1]]):
                    continue
                if span and self._lone_ordinary_word(text, *span, foreign=foreign):
                    continue  # "Salary will be paid", "Vary headers", "Prüfziffer algorithm"
                if span and self._has_lower_word(text[span[0] : span[1]]):
                    continue  # "Chi non li", "ben omgeboekt": the model read a clause of another language
                add(span, NER_SCORE)
        patterns = _patterns()
        lowered = text.lower()
        for key, score, rest in (
            ("title", TITLE_SCORE, "name_lead_at"),
            ("introduced", INTRODUCED_SCORE, "name_at"),
            ("closing", INTRODUCED_SCORE, "signature"),
        ):
            if len(lowered) == len(text):  # lower-casing kept the offsets (not so for "İ")
                for cue in patterns[f"{key}_cue"].finditer(lowered):
                    name_match = patterns[rest].match(text, cue.end())
                    if key == "title" and _spelled_out_before_dot(cue.group()):
                        continue  # "… for the legal officer. Keep the …": a sentence ends after the noun
                    if (
                        name_match
                        and not self._in_abbreviations(text, *name_match.span("name"))
                        and (
                            key == "title"
                            or self._starts_with_name(
                                name_match.group("name"),
                                cue.group(),
                                closed=bool(_RE_CLAUSE_CLOSES.match(text, name_match.end("name"))),
                            )
                        )
                    ):
                        add(self._trim_name(text, *name_match.span("name")), score, strong=True)
            else:
                for match in patterns[key].finditer(text):
                    if not self._in_abbreviations(text, *match.span("name")) and (
                        key == "title" or self._starts_with_name(match.group("name"), match.group())
                    ):
                        add(self._trim_name(text, *match.span("name")), score, strong=True)
        for key, score in (
            ("label", INTRODUCED_SCORE),
            ("subject_of_person_verb", NAME_LINE_SCORE),
            ("object_of_said", NAME_LINE_SCORE),
            ("name_answer", INTRODUCED_SCORE),
        ):
            for match in patterns[key].finditer(text):
                if key == "label" and self._ordinary_first_word(match.group("name")) and self._is_transcript(text):
                    continue  # "Klant: Prima, dank u.": a turn of a transcript says something, it names no one
                add(self._trim_name(text, *match.span("name")), score, strong=score == INTRODUCED_SCORE)
        for span in self._name_lines(text):
            add(span, NAME_LINE_SCORE)
        labelled: set[tuple[int, int]] = set()  # names after a label or in a record's name field
        for match in patterns["label"].finditer(text):
            trimmed = self._trim_name(text, *match.span("name"))
            if trimmed:
                labelled.add(trimmed)
        for span in _record_names(text):
            add(span, INTRODUCED_SCORE, strong=True)
            labelled.add(span)
        for key in ("addressee", "vocative_end", "vocative_start", "object_of_person_verb", "dash_signature"):
            allowed = "GS" if key == "object_of_person_verb" else "GSU"
            for match in patterns[key].finditer(text):
                if self._word_class(match.group("name")) in allowed:  # not "Yes, Sir." or "Overall, we ..."
                    add(self._trim_name(text, *match.span("name")), NAME_LINE_SCORE)
        for ent in ents:
            # "Gladys L. Leblanc" tagged ORG: a middle initial is a personal-name shape.
            if ent.label_ in ("ORG", "GPE", "NORP") and self._has_middle_initial(ent.text):
                add(self._clean_ner_span(text, ent.start_char, ent.end_char), NAME_LINE_SCORE)
            elif ent.label_ == "ORG" and len(ent.text.split()) > 1 and _hyphenated_given_names(ent.text.split()[0]):
                # "Charles-Henri de La Rochefoucauld" tagged ORG: two given names joined by a hyphen open a person's
                # name, no firm's (span model, round 13).
                add(self._clean_ner_span(text, ent.start_char, ent.end_char, foreign=foreign), NAME_LINE_SCORE)
            elif ent.label_ == "ORG" and foreign:
                add(self._name_after_role_noun(text, ent.start_char, ent.end_char), NAME_LINE_SCORE)
        for key in ("my_name_lower", "called_lower"):
            for match in patterns[key].finditer(text):
                words = match.group("name").split()
                if any(word.lower() in _not_names() or lexicon.is_common(word) for word in words):
                    continue  # "my name is not important", "I'm tired"
                if key == "called_lower" and not (
                    match.group("name")[0].islower() and (match.group(0)[0] in "cCnN" or lexicon.is_name_word(words[0]))
                ):
                    continue  # "call me višeslav", "named bob"; after "I'm" only a known name ("i'm tired")
                add(self._trim_name(text, *match.span("name"), allow_lower=True), INTRODUCED_SCORE, strong=True)
        for span in self._lexicon_names(text, ents, foreign=foreign):
            if not _in_ranges(span, title_lines):  # capitals carry no signal in "Paris Climate Talks Enter Final Week"
                add(span, LEXICON_SCORE)
        spans = {
            span: score
            for span, score in spans.items()
            if self._plausible(text, *span, announced=span in announced)
            and not self._after_organisation_word(text, span[0])
            and not self._before_organisation_word(text, span[1])
            and not self._article_name_kind(text, *span)
            and not (text[span[1] : span[1] + 1] == " " and self._followed_by_legal_form(text, span[1]))
        }
        if spans:  # code, comments and headings: only a name that the text announces, or a known full name
            code_lines = _CodeLines(text)
            spans = {
                span: score
                for span, score in spans.items()
                if span in announced or self._full_known_name(text[span[0] : span[1]]) or not code_lines.around(*span)
            }
        if title_lines:  # a heading's "Child Found Safe": names there need a word that is no ordinary word
            spans = {
                span: score
                for span, score in spans.items()
                if span in labelled  # "Candidate: Hunter Cook" is a label line, not a headline
                or not _in_ranges(span, title_lines)
                or any(self._word_class(w.strip('.,;:!?()"')) in "GSU" for w in text[span[0] : span[1]].split())
            }
        if foreign and spans:
            spans = {
                span: score
                for span, score in spans.items()
                if span in announced or not self._word_of_language(text[span[0] : span[1]], str(language))
            }
        # "Fassung Lindberg 1842", "Massimo 60 parole", "Paris 9e": one word right before a number is a model, a
        # quantity or a district; a person's name before a number has a comma or a surname ("Anna, 54").
        spans = {
            span: score for span, score in spans.items() if span in announced or not _word_before_number(text, *span)
        }
        spans = self._completed_names(text, spans, german=language == "de")
        found = (
            *self._capitalised_names(text),
            *self._spoken_lower_names(text),
            *self._attendees(text),
            *self._double_surname_names(text),
            *_compound_initial_names(text),
            *_round11_nickname_names(self, text),
        )
        for span in found:
            inside = [other for other in spans if span[0] <= other[0] and other[1] <= span[1]]
            if any(s < span[1] and span[0] < e for s, e in spans if (s, e) not in inside):
                continue  # it crosses a name found otherwise
            for other in inside:  # "sono |rosaria| capuozzo": the given name alone gives way to the full name
                del spans[other]
            spans[span] = INTRODUCED_SCORE
        # Round 12: signatures and Polish oblique-case names fill gaps only, so names found otherwise keep their score.
        polish = _round12_polish_oblique_names(self, text) if language == "pl" else []
        for span in (*_round12_signature_names(self, text), *polish):
            if not any(s < span[1] and span[0] < e for s, e in spans):
                spans[span] = INTRODUCED_SCORE
        spans = _add_email_echo_names(text, spans)
        if spans:
            repeated = self._repeated_names(text, spans, announced)
            for span in repeated:
                spans.setdefault(span, LEXICON_SCORE)
            if repeated:  # "Hamza" found again before "El Ouardi": the later mention gets its surname too
                spans = self._completed_names(text, spans, german=language == "de")
        spans = _with_compound_initials(text, _inside_brand_names(text, spans))
        return [self._result(start, end, score) for (start, end), score in spans.items()]

    # -- names found too short or not at all (round 9) -------------------------------

    def _name_after_role_noun(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """An organisation of the model that is a role noun and a full name ("Versicherte Ulrike Brandt-Hagen",
        "Huurder Wout Verbeek"): the name, when it is a given name and a surname (known, or double-barrelled)."""
        words = [(m.start() + start, m.end() + start) for m in _RE_TOKEN.finditer(text[start:end])]
        if len(words) < 3 or not text[words[0][0] : words[0][1]].isalpha():
            return None
        role, given, *rest = (text[s:e] for s, e in words)
        if self._word_class(role) in "GSgs" or self._word_class(given) != "G":
            return None
        name_words = all(self._word_class(w) in "SU" or _double_barrelled(w) for w in rest)
        if rest and name_words and any(self._word_class(w) == "S" or _double_barrelled(w) for w in rest):
            return words[1][0], words[-1][1]
        return None

    def _completed_names(
        self, text: str, spans: dict[tuple[int, int], float], *, german: bool
    ) -> dict[tuple[int, int], float]:
        """Each name with the parts that its finder left out (a surname's particle, hyphenated part or initial,
        a surname that is also an ordinary word); a longer name keeps the best score of the names it covers."""
        completed: dict[tuple[int, int], float] = {}
        for (start, end), score in spans.items():
            span = (start, self._name_end(text, start, end, german=german))
            completed[span] = max(completed.get(span, 0.0), score)
        return completed

    def _name_end(self, text: str, start: int, end: int, *, german: bool) -> int:
        value = text[start:end]
        words = value.split()
        if not words:
            return end
        if len(words) > 1 and words[-1].lower() in _surname_particles() and words[-1][:1].isupper():
            end = start + value.rstrip().rfind(words[-1]) - 1  # "Jolien Van| der Straeten": the particle opens the rest
            end = len(text[:end].rstrip())
            words = words[:-1]
        if len(words[-1]) == 1 and words[-1].isupper() and text[end : end + 1] == ".":
            return end + 1  # "Jolanta K|."
        for _ in range(3):
            hyphen = _RE_HYPHEN_NAME_TAIL.match(text, end) if text[end - 1 : end].isalpha() else None
            if hyphen:
                end = hyphen.end()
                continue
            tail = _surname_tail().match(text, end)
            if tail and self._surname_word(tail.group("word"), german=german, closed=True):
                end = tail.end()
                continue
            break
        if len(words) == 1 and self._word_class(words[0]) == "G":
            initial = _RE_INITIAL_TAIL.match(text, end)
            if initial:
                return initial.end()
            after = _RE_SURNAME_AFTER_GIVEN.match(text, end)
            if after and self._surname_word(after.group("word"), german=german, closed=bool(after.group("closed"))):
                return after.end("word")
        return end

    def _surname_word(self, word: str, *, german: bool, closed: bool) -> bool:
        """A word that can be the surname after a given name: a known or unknown name word, or an ordinary word of
        another language when the name closes its clause ("Wietske Vogelzang,") and the text is not German (German
        capitalises every noun, so there only a name word that is no ordinary word: "mit Anna Urlaub machen")."""
        kind = self._word_class(word)
        if german:
            return kind in "SU"
        return kind in "SsU" or (kind == "c" and closed and word.lower() not in _not_names())

    def _capitalised_names(self, text: str) -> list[tuple[int, int]]:
        """A name written in capitals after a name label or an introduction ("Name: JOHN SMITH", "tu ANNA NOWAK"):
        its first word a given name, every other word a name word."""
        if not _RE_CAPITALS_RUN.search(text):
            return []
        cue = _name_cue_before()
        found = []
        for match in _RE_CAPITALS_RUN.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            before = text[max(line_start, match.start() - 40) : match.start()].lower()
            if not cue.search(before):
                continue
            words = [w.capitalize() for w in match.group().split()]
            if self._word_class(words[0]) in "Gg" and all(self._word_class(w) in "GSsU" for w in words[1:]):
                found.append(match.span())
        return found

    def _attendees(self, text: str) -> list[tuple[int, int]]:
        """The people of an attendance list in minutes ("Present: Ann Lee (chair), Tom Berg"): each entry a full name
        with a known given name or surname and no ordinary word ("Learning Support" is a team)."""
        if ":" not in text:
            return []
        found = []
        for line in _attendance_line().finditer(text):
            for entry in _RE_LIST_ENTRY.finditer(text, line.start("list"), line.end("list")):
                attendee = _RE_ATTENDEE.fullmatch(text, entry.start(), entry.end())
                if not attendee:
                    continue
                words = [w for w in attendee.group("name").split() if w[:1].isupper()]
                kinds = [self._word_class(w) for w in words]
                if all(k in "GSsU" for k in kinds) and any(k in "GS" for k in kinds) and kinds[0] != "s":
                    found.append(attendee.span("name"))
        return found

    def _double_surname_names(self, text: str) -> list[tuple[int, int]]:
        """A known given name before a double-barrelled surname: every part a name word (one that is also an ordinary
        word too: "Brandt-Wolke"), one of them a known name; no part names a thing ("Robert Koch-Institut", "-Preis")."""
        if "-" not in text:
            return []
        found = []
        for match in _RE_DOUBLE_SURNAME_NAME.finditer(text):
            if self._word_class(match.group("given")) != "G":
                continue
            parts = match.group("surname").split("-")
            kinds = [self._word_class(part) for part in parts]
            if (
                all(k in "GSsU" for k in kinds)
                and any(k in "GS" for k in kinds)
                and not any(p.lower() in _context_words("eponym_nouns_after") for p in parts)
                and self._plausible(text, *match.span())
            ):
                found.append(match.span())
        return found

    def _spoken_lower_names(self, text: str) -> list[tuple[int, int]]:
        """A caller's name in a lower-case transcript ("met femke van slooten", "sono rosaria capuozzo"): a known
        given name after a spoken introduction, with the surname that follows when it is a name word."""
        found = []
        for match in _spoken_introduction().finditer(text):
            given = match.group("w")
            if not all(lexicon.is_first_name(p) and not lexicon.is_common(p) for p in given.split("-")):
                continue
            if lexicon.is_common_eu(given) and not lexicon.is_listed_given_name(given):
                continue
            end = match.end("w")
            particles_end = end
            for _ in range(4):
                word = _RE_LOWER_NAME_WORDS.match(text, particles_end)
                if not word:
                    break
                value = word.group("w")
                if value in _surname_particles():
                    particles_end = word.end()
                    continue
                if lexicon.is_common(value) or value in _not_names() or len(value) < 3:
                    break
                if particles_end > end or not lexicon.is_common_eu(value):
                    end = word.end()  # after "van", "de", "di" a surname ("van dam") even when it is a word too
                break
            if end > match.end("w"):  # a given name alone may be a word ("sono stanca"): only with its surname
                found.append((match.start("w"), end))
        return found

    def _ordinary_first_word(self, name: str) -> bool:
        """The first word is an ordinary word of one of the seven languages ("Prima", "Ja", "Sorry")."""
        words = name.split()
        if not words:
            return False
        first = words[0].strip(".,;:!?()\"'\u2019")
        return bool(first) and self._is_ordinary(self._word_class(first), first)

    @staticmethod
    def _is_transcript(text: str) -> bool:
        """Two lines or more headed by a role ("Agent:", "Caller:", "Anrufer:"): a transcript of turns."""
        # Only the roles of a conversation: a form's labels ("Nachname:", "Vorname:") head lines too.
        turns = _context_words("speaker_roles")
        return sum(1 for m in _patterns()["speaker"].finditer(text) if m.group("name").lower() in turns) >= 2

    @staticmethod
    def _word_of_language(value: str, language: str) -> bool:
        """A US given name that is a frequent word of the text's language, alone ("«Charla gratuita»") or opening a
        lower-case pair ("coś tam mignęło"): no person unless the text announces it."""
        words = value.split()
        return (len(words) == 1 or value[:1].islower()) and lexicon.is_word_of_language(words[0], language)

    @staticmethod
    def _has_lower_word(value: str) -> bool:
        """Half the words or more in lower case and no particle ("van", "de", "di"): a clause, not a name
        (a name capitalises every other word; "Emre Ruckstuhl aus Zimmer" is a name and a place run on)."""
        words = value.split()
        lower = 0
        joins = True  # a particle joins name words: it follows a capitalised word or another particle
        for word in words:
            if not word[:1].islower():
                joins = True
                continue
            if joins and word.lower() in _particles():
                continue
            lower += 1  # "Analyseer de cijfers van de Black": "de" before and "van" after a lower-case word
            joins = False
        return lower > 0 and 2 * lower >= len(words)

    @staticmethod
    def _after_organisation_word(text: str, start: int) -> bool:
        """The name of an organisation named by its kind: "Apotheek| De Linde", "Bank| Julius Baer"."""
        before = _RE_CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
        return bool(before) and _is_organisation_word(before.group("w"))

    @staticmethod
    def _before_organisation_word(text: str, end: int) -> bool:
        """The name of an organisation named after its kind: "Billing| Team", "Williamson| Orchestra"."""
        after = _RE_CAPITALISED_AFTER.match(text, end)
        return bool(after) and after.group("w").lower() in _organisation_words()

    @staticmethod
    def _article_name_kind(text: str, start: int, end: int) -> bool:
        """An article, one name, then its kind in lower case: "the Libby app", "die Wanda app", "het Iris platform".
        People take no article before their name and no kind after it."""
        if " " in text[start:end]:
            return False
        before = _RE_WORDS_BEFORE.search(text, max(0, start - 12), start)
        after = _RE_NEXT_LOWER_WORD.match(text, end)
        return (
            before is not None
            and before.group("w").lower() in _LEADING_ARTICLES
            and after is not None
            and after.group("w").lower() in _organisation_words()
        )

    def _repeated_names(
        self, text: str, spans: dict[tuple[int, int], float], announced: set[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Once a full name is a person, its given name or surname alone elsewhere in the text is that person too
        ("Joris Verhoeven ... Verhoeven said", "Marloes Terpstra ... thanks, Marloes"). So is a single name that the
        text announces ("you're speaking with Kwame" ... "[10:02] Agent Kwame: ..."). Only name words that are no
        ordinary word of any of the seven languages, written as in the full name."""
        words: set[str] = set()
        for start, end in spans:
            parts = [w.strip(".,;:!?()\"'\u2019") for w in text[start:end].split()]
            if len(parts) < 2 and (start, end) not in announced:
                continue
            words.update(w for w in parts if len(w) >= 3 and w[0].isupper() and self._word_class(w) in "GSU")
        if not words:
            return []
        taken = sorted(spans)
        found: list[tuple[int, int]] = []
        for start, end in _whole_word_occurrences(text, words):
            if any(s < end and start < e for s, e in (*taken, *found)):
                continue
            if (
                self._plausible(text, start, end)
                and not self._after_organisation_word(text, start)
                and not self._before_organisation_word(text, end)
                and not _RE_PARTNERS_AFTER.match(text, end)
            ):
                found.append((start, end))  # not "Bäckerei Hansen" after "Jana Hansen", nor "Demir & Partner"
        return found

    # -- what is never a person ---------------------------------------------------

    def _plausible(self, text: str, start: int, end: int, *, announced: bool = False) -> bool:
        """Whether a candidate span can be a person at all, whatever found it.

        Not: ordinary words only, in any of the seven languages ("Kontaktformular", "Mein Passwort"); a product,
        model or technology name ("Qwen", "Strong Python", "Claude 3.5", "Gemini Ultra"); a code identifier or a
        word in code ("class Promise", "NotImplementedError", "obj.Name"); one word alone in parentheses that is
        no known name ("(Hamburg)").
        """
        patterns = _patterns()
        words = [w.strip(".,;:!?()\"'\u2019+") for w in text[start:end].split()]
        words = [w for w in words if w]
        if not words:
            return False
        if (
            len(words) == 1
            and words[0].lower() in _context_words("mail_header_fields")
            and _RE_FIELD_COLON.match(text, end)
            and (start == 0 or text[start - 1] == "\n")
        ):
            return False  # "Subject: Re: …", "Date: Mon, 17 Nov", "Para: …": a mail header's field, not a name
        kinds = [self._word_class(w) for w in words]
        if announced:  # "Herr Pfannkuch", "Nachname: Vogelsang": a surname that reads as a compound of words
            # (a known surname stays one: "Villanueva" reads as a compound too)
            kinds = ["U" if k in "Cc" and _compound_only(w) else k for k, w in zip(kinds, words, strict=True)]
        if all(k in "Cc" or w.lower() in _particles() for k, w in zip(kinds, words, strict=True)):
            return False
        ordinary = [self._is_ordinary(k, w) for k, w in zip(kinds, words, strict=True)]
        codes = [
            k == "I" or _is_acronym(w) or bool(_RE_MODEL_CODE.fullmatch(w)) for k, w in zip(kinds, words, strict=True)
        ]
        if (
            any(ordinary)
            and any(codes)
            and all(o or c or w.lower() in _particles() for o, c, w in zip(ordinary, codes, words, strict=True))
        ):
            return False  # "Command R", "Mi NIF", "Plan B": ordinary words, initials and codes
        if not announced and "G" not in kinds and self._ends_in_type_code(text, end, words, kinds):
            return False  # "Halvard Sentinel EDR", "Orion Nano CIC": a product's name ends in its type's acronym
        if not announced and "G" not in kinds and self._names_a_product(text, end, words, ordinary):
            return False  # "Solis Solar Kit", "Le Atlas CRM", "Mercury POS terminal"
        strong = any(k in "GS" and not lexicon.is_tech_name(w) for k, w in zip(kinds, words, strict=True))
        if not strong and any(lexicon.is_tech_product(w) or _is_identifier(w) for w in words):
            return False  # "Strong Python", "ModelAdmin"; but "Django Reinhardt"
        if not strong and any(lexicon.is_tech_name(w) for w in words):
            after = _RE_NEXT_ORG_WORD.match(text, end)
            if (
                patterns["version_after"].match(text, end)
                or (after and lexicon.is_product_word(after.group("w")))
                or any(lexicon.is_product_word(w) for w in words)
            ):
                return False  # "Claude 3.5", "Gemini Ultra", "Nova Smart Thermostat"
        if patterns["code_before"].search(text, max(0, start - 12), start) or patterns["code_after"].match(text, end):
            return False
        following = patterns["capitalised_after"].match(text, end)
        if following and any(lexicon.is_product_word(w) for w in following.group().split()):
            return False  # "Vega Air purifier", "Kepler Desk Lamp", "Nova Smart Thermostat": a product
        hyphenated = _RE_HYPHEN_TAIL.match(text, end)
        if hyphenated and any(lexicon.is_product_word(w) for w in hyphenated.group("words").split()):
            return False  # "Ida Self-service Kiosk": the span ends inside a hyphenated product name
        if (
            len(words) == 1
            and _RE_LOWER_COMPOUND_TAIL.match(text, end)
            and text[end - 1 : end].lower() != text[end + 1 : end + 2]
        ):
            # "Bosch-diagnose", "Vinted-pakket": a double surname capitalises both halves; Finnish surnames put a
            # hyphen between two equal vowels and keep the lower case ("Hauta-aho").
            return False
        if len(words) > 1 and any(w.lower().replace(".", "") in _LEGAL_FORMS for w in words[1:]):
            return False  # "Atelier Biométrie Lyon SARL", "Guadalquivir Inmuebles S.L.": a firm
        if len(words) > 1 and words[-1].lower() in _organisation_words() and not lexicon.is_surname(words[-1]):
            return False  # "Brookfield Dairies", "Hafen Spedition": a firm named by its trade, even after "Client:"
        if (
            len(words) == 1
            and (firm := _RE_POSSESSIVE_FIRM.match(text, end))
            and firm.group("w").lower() in (_organisation_words())
        ):
            return False  # "Kowalski's Bakery", "Malik's Curry Kitchen": a firm named after its founder
        if len(words) > 1 and _is_organisation_word(words[0]):
            return False  # "Apotheek De Linde", "Komisja Zakładowa", "Zorgverzekeraar Delta": named by its kind
        if len(words) > 1 and lexicon.is_product_word(words[-1]) and not lexicon.is_given(words[-1]):
            return False  # "Willow Sleep Sensor", "Vega Palm Reader": a given name can name a product too
        if len(words) == 1 and patterns["postcode_before"].search(text, max(0, start - 12), start):
            return False  # "46002 Valencia", "00184 Roma": a city after its postcode
        if "G" not in kinds or len(words) == 1:
            if lexicon.is_product_word(words[-1]) or ("G" not in kinds and patterns["version_after"].match(text, end)):
                return False  # "Helix Pro 14", "Kepler 3": a product
            if (
                len(words) == 1
                and (kinds[0] not in "GS" or lexicon.is_rare_given_name(words[0]))
                and patterns["place_before"].search(text, max(0, start - 12), start)
            ):
                return False  # "basé à Vitalis", "chez Costaverde", "in Galway": a place or a firm
        if kinds[0] != "G" and patterns["place_before"].search(text, max(0, start - 12), start):
            return False  # "chez Vitalis Webinaire", "w Polmeks Kandydat": a firm, run on into the next sentence
        # The first word that is not an ordinary one (an article: "La France") being a place.
        first = next((i for i, (k, w) in enumerate(zip(kinds, words, strict=True)) if not self._is_ordinary(k, w)), 0)
        if (
            lexicon.is_place_name(words[first])
            and not any(
                k in "GS" or _double_barrelled(w) for k, w in zip(kinds[first + 1 :], words[first + 1 :], strict=True)
            )
            and (len(words) > 1 or patterns["place_name_before"].search(text, max(0, start - 12), start))
        ):
            return False  # "en Valencia", "Valencia Inscríbete", "La France": a place that is also a given name
        if lexicon.is_place_name(words[0]) and len(words) == 1:
            before = _RE_NAME_COMMA_BEFORE.search(text, max(0, start - 40), start)
            if before and self._word_class(before.group("w")) in "GSU" and _RE_CLAUSE_END.match(text, end):
                return False  # "Mikel Jiménez, Valencia": a person and the place
        if self._in_abbreviations(text, start, end):
            return False  # "Mr. Mt. Murr. Npr."
        if len(words) == 1 and words[0].lower().endswith("nr") and text[end : end + 1] == ".":
            return False  # "Inventarnr.", "Kundennr.": a compound's abbreviation for 'number', a label
        if (
            len(words) == 1
            and words[0].lower() in _months()
            and (_RE_DIGIT_BEFORE.search(text, max(0, start - 4), start) or _RE_DIGIT_AFTER.match(text, end))
        ):
            return False  # "Jan 15 2026", "15/Jun/2025", "7. Sep. 2026": a date
        if all(w.lower() in _WEEKDAY_ABBREVIATIONS or w.lower() in _months() for w in words) and (
            _RE_DIGIT_AFTER.match(text, end) or (len(words) == 1 and _RE_WEEKDAY_MONTH_AFTER.match(text, end))
        ):
            return False  # "Sent: Wed Mar 11 09:02:44 2026": a date in a mail header or a log
        if (
            len(words) == 1
            and words[0].lower() in _WEEKDAY_ABBREVIATIONS
            and (_RE_WEEKDAY_AFTER.match(text, end) or _RE_WEEKDAY_BEFORE.search(text, max(0, start - 16), start))
        ):
            return False  # "appointments Tue and Thu", "Mon-Fri": days of a schedule
        if len(words) > 1 and words[-1].lower() in _organisation_words() and kinds[-2] in "Cc":
            return False  # "Northgate Customer Relations", "Billing Service Desk": a department signs
        if not announced and len(words) == 1 and self._names_a_role_or_a_site(text, start, end, kinds[0]):
            return False  # "Warehouse Handler (nights)", "the Leeds office"
        if not announced and len(words) == 1 and _animal_before().search(text, max(0, start - 40), start):
            return False  # "Owner of the dog (Bella)", "Besitzer der Katze (Minka)": a pet
        if self._in_place_slot(text, start):
            return False  # "Luogo e data di nascita: Roma", "Geburtsort: Florenz"
        if len(words) == 1 and patterns["built_with_before"].search(text, max(0, start - 30), start):
            return False  # "Built with Swift, hosted in the EU": a technology
        if len(words) == 1 and self._in_technology_list(text, start, end, words[0]):
            return False  # "Skills: Python, SQL, Jenkins", "experience with Jenkins" next to "PostgreSQL"
        if not announced and self._names_a_thing(text, start, end, words, kinds):
            return False  # "Marie Curie fellowship", "piazza Garibaldi", "San Giuseppe", "Bach and Vivaldi"
        if not announced and _round10_not_a_person(text, start, end, words, kinds):
            return False  # "Lopez, Santos and Coleman is a design agency", "| Thu |", "Talen: Papiaments"
        if not announced and _de10b_not_a_person(text, start, words, kinds):
            return False  # "Thema Mutterschutz", "Betreuung von Betriebsräten", "an Heiligabend und Silvester"
        if not announced and _round11_not_a_person(text, start, end, words, kinds):
            return False  # "Mer : meulage", "Grauburgunder Kaiserstuhl", "Primo:", "Złoty Kłos"
        if not announced and _round12_not_a_person(text, start, words, kinds):
            return False  # "Depot Kornwestheim", "Tarif Bau West", "Kierownikowi Zmiany", "Betriebshof Süd"
        if announced and _round12_names_a_post(words, kinds):
            return False  # "Mitarbeiterin: Sachbearbeiterin Wohngeld": the label announces a post, not a name
        # "(Hamburg)", "(Zaragoza)": one word in parentheses after a name or a firm is a place, unless a known name.
        return not (
            len(words) == 1 and kinds[0] not in "GS" and text[start - 1 : start] == "(" and text[end : end + 1] == ")"
        )

    def _names_a_thing(self, text: str, start: int, end: int, words: list[str], kinds: list[str]) -> bool:
        """A name that names a programme, award, place, church, feast, work or product rather than a person.

        An eponym noun after it ("Marie Curie fellowship", "Jean Monnet chair") or before it ("convocatoria Ramón y
        Cajal", "piazza Garibaldi"); a saint ("San Giuseppe", "St. Marien", "St Patrick's Day"); a historical figure
        standing for works or programmes, alone or with ordinary words only ("Bach and Vivaldi", "Vespri di
        Monteverdi", "Stabat Mater Pergolesiego"), never with a given name or surname of a living person ("Anna
        Bach"); a product slot in marketing copy ("Win a Clara Wallbox", "le nouveau Bruno Pallet Scale").
        """
        lowered = [w.lower() for w in words]
        if self._names_a_venue(text, start, words) or self._names_a_street(words[-1]):
            return True  # "Teatro Gobetti", "Hospital Virgen Macarena", "Karl-Heine-Straße"
        eponym_nouns = _context_words("eponym_nouns_after")
        position = end
        for _ in range(3):  # up to two more capitalised words may end the name: NER cuts "Alexander von| Humboldt"
            after = _RE_EPONYM_AFTER.match(text, position)
            if not after:
                break
            if after.group("w").lower() in eponym_nouns:
                return True
            if not after.group("w")[0].isupper():
                break
            position = after.end()
        if len(words) > 1 and lowered[-1] in _context_words("eponym_nouns_after") and kinds[-1] in "Cc":
            return True
        before = _RE_WORDS_BEFORE.search(text, max(0, start - 40), start)
        if before:
            previous = before.group("w").lower()
            if previous in _context_words("eponym_nouns_before") or previous in _context_words("saint_prefixes"):
                return True
        if len(words) > 1 and (
            lowered[0] in _context_words("saint_prefixes") or lowered[0] in _context_words("eponym_nouns_before")
        ):
            return True  # "San Giuseppe", "Morbus Bechterew"
        feasts = _context_words("feasts")
        if any(w in feasts for w in lowered) and not any(
            k in "GS" for w, k in zip(lowered, kinds, strict=True) if w not in feasts
        ):
            return True  # "Durante el Ramadán", "marché de Noël"; but "Noël Dupont", "Tariq Ramadan"
        historical = _context_words("historical_names")
        if " ".join(lowered) in historical:
            return True
        forms = [_historical_form(w, historical) for w in lowered]
        if any(form == "genitive" for form in forms):
            return True  # "Bachs Matthäus-Passion", "Stabat Mater Pergolesiego": a work
        if any(forms) and not any(k in "GS" for f, k in zip(forms, kinds, strict=True) if not f):
            return True  # "Bach and Vivaldi", "Vespri di Monteverdi"; but "Anna Bach"
        if _product_slot().search(text, max(0, start - 40), start):
            following = _RE_NEXT_WORD.match(text, end)
            later = words[1:] + ([following.group("w")] if following else [])
            return any(lexicon.is_product_word(w) or self._word_class(w) in "CcU" for w in later)
        return False

    @staticmethod
    def _ends_in_type_code(text: str, end: int, words: list[str], kinds: list[str]) -> bool:
        """Two or more words, no given name among them and one no name word, closed by an upper-case code inside
        or right after the span: the acronym of a product's type ("Halvard Sentinel EDR", "Orion Nano CIC").
        Post-nominals ("MBA", "MD") and names in capitals ("NOWAK JAN") are not codes."""
        following = _RE_NEXT_WORD.match(text, end)
        if _is_acronym(words[-1]) and len(words) > 2:
            code, name = words[-1], words[:-1]
        elif following and _is_acronym(following.group("w")) and len(words) > 1:
            code, name = following.group("w"), words
        else:
            return False
        return (
            code.lower() not in _post_nominals()
            and not any(w.isupper() for w in name)
            and any(k in "CcU" for k in kinds[: len(name)])
        )

    def _names_a_venue(self, text: str, start: int, words: list[str]) -> bool:
        """A place named by its kind: a venue noun opens the span ("Teatro Gobetti", "Gare Saint-Roch") or stands
        before it, also over up to two more capitalised words of the place's name ("Hospital Virgen| Macarena",
        "Gemeindehaus St.| Ansgar"). A venue noun that is also a surname ("Gare", "Sala", "Castillo") counts only
        after a lower-case word or another venue noun ("al Teatro", "Station Gare …"), so that "Sala Giulia" in a
        surname-first list stays a person; a title or an ordinary English word on the way stops the walk
        ("Museum Director Jane Doe")."""
        venues = _venue_nouns()
        clause = _RE_CLAUSE_BREAK.split(text[max(0, start - 80) : start])[-1]
        tokens = [t for t in (t.strip("'\u2018\u2019") for t in clause.split()) if t]
        before = len(tokens)
        tokens += words[:1] if len(words) > 1 else []
        for index in range(len(tokens) - 1, max(-1, len(tokens) - 5), -1):
            token = tokens[index]
            bare = token.rstrip(".").lower()
            if index < before and token.endswith(".") and len(bare) > 3:
                return False  # "… from the station. Teodor Wiśniewski …": a sentence ended before the name
            if bare in venues:
                if not lexicon.is_surname(bare):
                    return True
                previous = tokens[index - 1] if index > 0 else ""
                return bool(previous) and (previous[:1].islower() or previous.rstrip(".").lower() in venues)
            if bare in _particles():
                continue  # "Hospital Virgen del| Rocío"
            if (
                not token[:1].isupper()
                or bare in _titles()
                or (bare not in _context_words("saint_prefixes") and self._word_class(token) == "C")
            ):
                return False
        return False

    @staticmethod
    def _names_a_street(word: str) -> bool:
        """A street's name: a street type after a hyphen ("Karl-Heine-Straße") or glued to the end of a long word
        ("Kerkstraat", "Lindenallee"), unless the word is a known surname."""
        glued, after_hyphen = _street_types()
        lowered = word.lower()
        if "-" in lowered and lowered.rsplit("-", 1)[1] in after_hyphen:
            return True
        return (
            any(lowered.endswith(t) and len(lowered) >= len(t) + 3 for t in glued)
            and not lexicon.is_surname(word)
            and not lexicon.is_first_name(word)
        )

    def _names_a_role_or_a_site(self, text: str, start: int, end: int, kind: str) -> bool:
        """One word that is a surname and an ordinary word after a capitalised ordinary word on its line, which
        makes it a job title ("Warehouse Handler", "Senior Cook"); or one name word between "the" and a lower-case
        word for a site or a team ("the Leeds office", "the Derby branch")."""
        before = _RE_CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
        if kind in "gs" and before is not None:
            previous = before.group("w")
            if (
                self._word_class(previous) == "C"
                and previous.lower() not in _titles()
                and previous.lower() not in _context_words("closings")
                and previous.lower() not in _context_words("introducers")
                and previous.lower() not in _context_words("labels")
            ):
                return True
        after = _RE_NEXT_LOWER_WORD.match(text, end)
        return (
            after is not None
            and (after.group("w") in _SITE_WORDS or after.group("w") in _round12_words("site_nouns"))
            and _RE_THE_BEFORE.search(text, max(0, start - 8), start) is not None
        )

    def _starts_with_name(self, name: str, cue: str, *, closed: bool = False) -> bool:
        """After an introduction or a closing the name starts with a word that can be a name: no ordinary word of
        any of the seven languages ("der beste Kauf", "Many thanks, Customer Care"); after a role noun ("customer",
        "member") an ordinary English word that is a name too makes a compound ("Customer Care", "User Guide").
        After a greeting, one name word that is also an ordinary word is the name when its clause closes there
        (``closed``: "Hoi Sjaak,", "Bonjour Modeste,"; not "Hello World!")."""
        words = [w for w in (w.strip(".,;:!?()\"'\u2019") for w in name.split()) if w]
        titles = _titles()
        while words and words[0].lower() in titles:
            words.pop(0)  # "Dear Frau Lange": the title announces the name
        kinds = [self._word_class(w) for w in words]
        if not kinds or kinds[0] in "Cc":
            return False
        # A surname that is an ordinary English word stays a word there ("Hello World!", "Welcome Back!").
        greeting = (
            closed
            and len(words) == 1
            and (kinds[0] == "g" or (kinds[0] == "s" and not lexicon.is_common(words[0])))
            and _is_greeting(cue)
        )
        if self._is_ordinary(kinds[0], words[0]) and not _RE_NAME_CUE.search(cue) and not greeting:
            return False  # "der beste Kauf", but "her maiden name is Key"
        if any(k in "GSU" for k in kinds):
            return True
        return " ".join(cue.lower().split()).strip(" ,:") not in _role_introducers()

    def _names_a_product(self, text: str, end: int, words: list[str], ordinary: list[bool]) -> bool:
        """A span without a given name whose name word is followed by a capitalised ordinary English word or an
        upper-case code, inside the span or right after it: a product or a firm ("Solis Solar Kit", "Atlas CRM",
        "Mercury POS terminal"). Letters after a person's name are post-nominals ("Kowalski PhD")."""
        first = next((i for i, o in enumerate(ordinary) if not o), None)
        if first is None:
            return False
        following = [w for w in words[first + 1 :] if w[0].isupper()][:2]  # not "van den" of "Roos van den Berg"
        position = end
        while len(following) < 2:
            after = _RE_NEXT_WORD.match(text, position)
            if not after:
                break
            following.append(after.group("w"))
            position = after.end()
        if not following or len(following[0]) < 2 or following[0].lower() in _post_nominals():
            return False  # "Vide A. Persson": a middle initial
        if _is_acronym(following[0]):
            return not _is_acronym(words[first])  # "JOHN SMITH" is a name written in capitals
        # An ordinary word that is no name ("Atlas Cloud"), or two ordinary words ("Solis Solar Kit"); one that is
        # a surname too may be the surname ("Asya Godina").
        common = [len(w) > 2 and lexicon.is_common(w) for w in following]
        return self._word_class(following[0]) == "C" or (len(common) == 2 and all(common))

    def _lone_ordinary_word(self, text: str, start: int, end: int, *, foreign: bool) -> bool:
        """One NER word that is an ordinary English word (a surname too: "Salary", "Vary") at the start of a
        sentence or line, where its capital says nothing; or such a word modifying the noun after it ("Vary
        headers"). Known and unknown names keep NER's word ("the Jensen novel")."""
        value = text[start:end]
        if " " in value:
            return False
        kind = self._word_class(value)
        if kind in "Cs" and lexicon.is_common(value) and _RE_SENTENCE_START.search(text, max(0, start - 4), start):
            return True
        return kind in "Cgs" and not self._lone_name_context(text, start, end, foreign=foreign)

    @staticmethod
    def _is_ordinary(kind: str, word: str) -> bool:
        """An ordinary word of any of the seven languages, also one that is a surname too ("La", "Het")."""
        return kind in "Cc" or (kind in "gs" and lexicon.is_common_eu(word))

    @staticmethod
    def _in_place_slot(text: str, start: int) -> bool:
        """Right after a label that names a place and no name ("Place of birth:", "Luogo e data di nascita:")."""
        prefix = text[max(0, text.rfind("\n", 0, start) + 1, start - 80) : start]
        if ":" not in prefix:
            return False
        label = _RE_PLACE_SLOT.search(prefix)
        return bool(label) and not _RE_NAME_LABEL_WORD.search(label.group())

    @staticmethod
    def _in_technology_list(text: str, start: int, end: int, word: str) -> bool:
        """A technology: a product that is also a name ("Jenkins", "Julia") with another product on its line, or
        any item of a comma list that names a product ("Skills: Python, SQL, Jenkins")."""
        in_list = text[max(0, start - 3) : start].rstrip(" \t").endswith(",") or text[end : end + 2].lstrip(
            " \t"
        ).startswith(",")
        if not lexicon.is_tech_name(word) and (not in_list or PersonRecognizer._word_class(word) == "G"):
            return False  # "Votre offre personnelle, Marine : …" next to a product name: a vocative
        line_start = max(text.rfind("\n", 0, start) + 1, start - 100)
        line_end = text.find("\n", end)
        line_end = min(len(text) if line_end < 0 else line_end, end + 100)
        return any(lexicon.is_tech_product(m.group()) for m in _RE_TECH_WORD.finditer(text, line_start, line_end))

    @staticmethod
    def _in_word_list(text: str, start: int, end: int) -> bool:
        """Inside an alphabetical list of words, such as another language's stop words ("ahol aki akik akkor",
        "ned nederst nedersta nedre"): lower-case words there are no names."""
        words = _RE_TECH_WORD.findall(text, max(0, start - 40), start)[-2:]
        words += text[start:end].split()
        words += _RE_TECH_WORD.findall(text, end, end + 40)[:2]
        # In code-point order or with diacritics folded: lists are sorted either way ("akkor akár", "nästa ned").
        return len(words) >= 5 and all(
            a.lower() <= b.lower() or lexicon.fold(a) <= lexicon.fold(b) for a, b in itertools.pairwise(words)
        )

    @staticmethod
    def _in_abbreviations(text: str, start: int, end: int) -> bool:
        """Short words that each end with a dot, in a list of abbreviations ("Mr. Mt. Murr. Npr."): no name."""
        words = text[start:end].split()
        return (
            all(w.endswith(".") for w in words[:-1])
            and all(len(w.rstrip(".")) <= 5 for w in words)
            and bool(_RE_ABBREVIATION_AFTER.match(text, end))
        )

    def _full_known_name(self, value: str) -> bool:
        """Two or more words, at least two of them known given names or surnames ("Anna Schmidt")."""
        kinds = [self._word_class(w.strip(".,;:!?()\"'\u2019")) for w in value.split()]
        return sum(1 for k in kinds if k in "GS") >= 2 and "G" in kinds and not any(k in "Cc" for k in kinds)

    def _has_name_evidence(self, value: str) -> bool:
        """A word that can be part of a name: known or unknown, but no ordinary word of any of the seven languages
        and no place ("Grace" and "Young" count: English NER is good at those)."""
        for word in value.split():
            bare = word.strip(".,;:!?()\"'\u2019")
            if not bare[:1].isupper():
                continue  # "de", "la" inside "Vacunación de la gripe"
            kind = self._word_class(bare)
            if kind in "GSU" or (kind in "gs" and not lexicon.is_common_eu(bare)):
                return True
        return False

    def _has_known_name_word(self, value: str) -> bool:
        """A word from a name list, or an unknown word next to another name-like word ("Brzęczyszczykiewicz")."""
        kinds = [self._word_class(w.strip(".,;:!?()\"'\u2019")) for w in value.split()]
        if len(kinds) == 1:
            return kinds[0] == "G"  # a lone "Rada" (council), "Valencia": the model guesses at foreign nouns
        return any(k in "GS" for k in kinds) or (kinds.count("U") + kinds.count("I") >= 1 and len(kinds) >= 2)

    # -- lexicon-backed names ---------------------------------------------------

    @staticmethod
    @lru_cache(maxsize=65536)
    def _word_class(word: str) -> str:
        """G given name, S surname, g/s the same but also an ordinary word, I initial, U unknown, C not a name."""
        bare = word.rstrip(".")
        lowered = bare.lower()
        if len(bare) == 1:  # "J." or "J" is an initial; "I" and "A" only with a dot
            return "I" if bare.isupper() and (word.endswith(".") or lowered not in ("i", "a")) else "C"
        if lowered in _not_names() or lowered in _organisation_words() or lexicon.is_tech_product(bare):
            return "C"
        if _RE_POLISH_FIRST_PLURAL.fullmatch(bare) and not lexicon.is_first_name(bare):
            return "C"  # "Rekrutujemy w Tarnowie", "Zaufało nam": a Polish verb (first person plural, past neuter)
        if _RE_ENCLITIC_IMPERATIVE.fullmatch(bare) and not lexicon.is_first_name(bare):
            return "C"  # "Visítanos en Genera", "Cámbiate al …": a verb with its pronoun
        if _RE_ELIDED_WORD.fullmatch(bare):
            return "C"  # "L'ordonnance", "Dell'ufficio": an elided article before a noun ("D'Angelo" keeps its capital)
        if _is_identifier(bare) or _RE_MODEL_CODE.fullmatch(bare):
            return "C"  # "ModelAdmin", "NotImplementedError", "PostgreSQL", "Qwen-VL"
        if lexicon.is_common(bare):
            # Ordinary words that are also names ("Ella", "Young"): weak, only next to a strong name word.
            if lexicon.is_first_name(bare):
                return "g"
            return "s" if lexicon.is_surname(bare) else "C"
        if lexicon.is_listed_given_name(bare):
            return "G"  # "Weronika", "Marloes": wordfreq counts them, yet they are names
        if (
            len(bare) > 4
            and lowered.endswith("o")
            and lexicon.is_common_eu(bare[:-1] + "a")
            and not lexicon.is_first_name(bare)
            and not lexicon.is_surname(bare)
        ):
            return "c"  # "Szanowna Administracjo": the vocative of an ordinary noun ("administracja")
        if lexicon.is_common_eu(bare):
            # Given names in that list are function words ("Sie", "Elle", "Lo"); surnames there are the US Census's
            # ("Fehler", "Bruder"): European surnames were left out of it.
            return "s" if lexicon.is_surname(bare) and not lexicon.is_first_name(bare) else "c"
        if "-" in bare and not bare.rsplit("-", 1)[1][:1].isupper() and not _RE_FINNISH_VOWEL_HYPHEN.search(bare):
            return "C"  # "Retrouvez-nous", "E-Mail": parts of a name are capitalised ("Jean-Luc"), not "Hauta-aho"
        if lexicon.is_ordinary_name(bare):
            return "g"  # "Rada" (council), "Paz" (peace): a name next to a surname only
        if lexicon.is_first_name(bare):
            return "G"
        if lexicon.is_place(bare):
            return "c"  # "Toulouse", "Manchester" (a surname too, but rarely one alone)
        if lexicon.is_surname(bare):
            return "S"
        if lexicon.is_compound_common(bare):
            return "c"  # "Kontaktformular", "Kundenservice"
        if "-" in bare and all(
            lexicon.is_common(p) or lexicon.is_common_eu(p) or _is_acronym(p) or lexicon.is_compound_common(p)
            for p in bare.split("-")
            if p
        ):
            return "c"  # "Support-Team", "Ausweis-Nr", "KV-Bereichskennzeichen"
        if _RE_GERMANIC_WORD_ENDING.fullmatch(bare):
            return "c"  # "Medizinische Fachangestellte", "Professionelle Zahnaufhellung"
        if _RE_FEMININE_AGENT.fullmatch(bare) and (
            lexicon.is_common_eu(bare[:-2]) or lexicon.is_compound_common(bare[:-2])
        ):
            return "c"  # "Sachbearbeiterin", "Buchhalterin": the feminine of an ordinary agent noun
        return "U"

    @staticmethod
    def _title_case_lines(text: str) -> list[tuple[int, int]]:
        """Lines written in title case (headlines, headings, "Red, Green and Blue"): capitalised ordinary words
        outnumber lower-case ones, so a capital letter says nothing about a name there."""
        ranges = []
        position = 0
        for line in text.split("\n"):
            words = _RE_LONG_WORD.findall(line)[1:]
            capitalised_common = sum(1 for w in words if w[0].isupper() and lexicon.is_common(w))
            lower = sum(1 for w in words if w[0].islower())
            if capitalised_common >= 2 and capitalised_common >= lower:
                ranges.append((position, position + len(line)))
            position += len(line) + 1
        return ranges

    def _all_name_words(self, value: str) -> bool:
        """Every word a name and no ordinary word ("Station", "Beat" are surnames too, but not here)."""
        return all(self._word_class(w.strip(".,;:!?'\u2019\"()")) in "GSUI" for w in value.split())

    def _is_common_phrase(self, value: str) -> bool:
        """An NER "person" made of ordinary words only ("Discipline", "Guilty Pleasures"): not a name.

        Words that are ordinary and also names ("Hunter", "White") keep the span.
        """
        words = [w.strip(".,;:!?'\u2019\"()") for w in value.split()]
        words = [w for w in words if w and not w.lower().endswith(("'s", "\u2019s"))] or words
        if not words or any(len(w) < 2 for w in words):
            return False
        if not all(
            lexicon.is_common(w) or lexicon.is_common_eu(w) or w.lower() in _not_names() or self._word_class(w) in "Cc"
            for w in words
        ):
            return False
        return not any(lexicon.is_first_name(w) for w in words) and not lexicon.is_surname(words[-1])

    def _lexicon_names(self, text: str, ents: list[Span], *, foreign: bool = False) -> list[tuple[int, int]]:
        """Names recognised from the name lexicons, with no other context needed.

        - "Given X" runs of capitalised words: a known given name ("Rebecca", "Júlia") followed by further
          name-like words ("Júlia Gyarmathy", "Sari J. Paavolainen");
        - "Surname Surname" and any run with a middle initial ("Leena O Sasi");
        - a known given name alone, unless NER calls it a place, event, product or the like, or it follows a
          place word ("in Austin"), "the", or modifies a noun ("Caesar salad");
        - lists of single words where most are given names ("Anna, Ben and Carl");
        - two name words doing something together ("Giulia and Tomasz will present");
        - lower-case "given surname" pairs ("patricia desrosiers"), and in all-lower-case text a given name
          alone ("selma is from ...");
        - dialogue speakers ("Ubul: What a wife.").
        """
        patterns = _patterns()
        # The English model's places and products in text of another language are guesses: "Ilaria" is a GPE.
        # The span model's special-category labels are no place or product: a name may stand inside one.
        other_ents = (
            []
            if foreign
            else [(e.start_char, e.end_char) for e in ents if e.label_ not in ("PERSON", "ORG", *SPAN_MODEL_TYPES)]
        )
        spans: list[tuple[int, int]] = []

        def inside_other_entity(start: int, end: int) -> bool:
            """Inside a place, event, product... that NER found, or after "in"/"near": "offices in Austin"."""
            if patterns["place_preposition"].search(text, max(0, start - 24), start):
                return True
            return any(s <= start and end <= e for s, e in other_ents)

        for match in patterns["cap_run"].finditer(text):
            spans += self._names_in_run(
                text, match.start("name"), match.end("name"), inside_other_entity, foreign=foreign
            )
        for match in patterns["name_list"].finditer(text):
            if not patterns["place_preposition"].search(text, max(0, match.start() - 24), match.start()):
                spans += self._names_in_list(text, match.start("list"), match.group("list"))
        # A pair opens with a run of lower-case letters that is a given name as written (the first test below): the
        # overlapped scan is slow, and most texts hold no such run.
        first_names = lexicon.first_names()
        if any(run.lower() in first_names for run in _RE_LOWER_RUN.findall(text)):
            for match in patterns["lower_pair"].finditer(text, overlapped=True):
                words = match.group("name").split()
                first, last = words[0], words[-1]
                if (
                    lexicon.is_given(first)
                    and first.lower() in lexicon.first_names()  # as written: "signé" is no "Signe"
                    and first not in _round10_words("function_words")  # "ik ben omgeboekt", "bo w kasie"
                    and not lexicon.is_common(last)
                    and not lexicon.is_common_eu(last)
                    and not lexicon.is_common_eu(first)
                    and last.lower() not in _not_names()
                    and len(last) >= 3
                    and (len(words) == 2 or len(words[1].rstrip(".")) == 1)
                    and not self._in_word_list(text, *match.span("name"))
                ):
                    spans.append(match.span("name"))
        if not any(ch.isupper() for ch in text):  # all lower case: "selma is from stillwater supercomputing inc."
            for match in patterns["lower_word"].finditer(text):
                word = match.group()
                if (
                    lexicon.is_given(word)
                    and word in lexicon.first_names()  # as written: "lès" is no "Les"
                    and word not in _round10_words("function_words")
                    and word not in _not_names()
                    and self._lone_name_context(text, *match.span())
                    and not self._in_word_list(text, *match.span())
                ):
                    spans.append(match.span())
        for match in patterns["name_pair"].finditer(text):
            kinds = self._word_class(match.group("a")) + self._word_class(match.group("b"))
            if (
                "C" not in kinds
                and "c" not in kinds
                and "I" not in kinds
                and ("G" in kinds or "S" in kinds)
                and not patterns["place_preposition"].search(text, max(0, match.start() - 24), match.start())
                and not text[max(0, match.start() - 4) : match.start()].rstrip(" \t").endswith(",")  # a list's end
                and not _RE_THE_BEFORE.search(text[max(0, match.start() - 5) : match.start()])
            ):  # NER's labels are ignored here: the small model calls many lone first names places
                spans += [match.span("a"), match.span("b")]
        speakers = []
        for match in patterns["speaker"].finditer(text):
            word = match.group("name")
            kind = self._word_class(word)
            if word.islower() and kind != "G":
                continue
            if _is_speaker_role(word):
                continue  # "Agent:", "Caller:", "Beller:", "Patient:": the turn's role, not the speaker's name
            if kind not in "Cc":
                speakers.append((match.span("name"), kind))
        # A dialogue has two speakers ("Ubul: ...", "Nicole: ..."); one word repeated before colons is a label.
        if len({text[s:e] for (s, e), _ in speakers}) >= 2 or any(kind in "GS" for _, kind in speakers):
            spans += [span for span, _ in speakers]
        return spans

    def _names_in_run(
        self,
        text: str,
        start: int,
        end: int,
        inside_other_entity: Callable[[int, int], bool],
        *,
        foreign: bool = False,
    ) -> list[tuple[int, int]]:
        words = [(m.start() + start, m.end() + start) for m in _RE_TOKEN.finditer(text[start:end])]
        particles = _particles()
        kinds = []
        for ws, we in words:
            word = text[ws:we]
            kinds.append("P" if word.islower() and word in particles else self._word_class(word))
        for i in range(1, len(kinds)):
            if kinds[i] == "c" and kinds[i - 1] == "G" and _compound_only(text[words[i][0] : words[i][1]]):
                kinds[i] = "U"  # "Sigismund Pfannkuch": after a given name, a compound-shaped word is a surname
        found: list[tuple[int, int]] = []
        index = 0
        while index < len(words):
            if kinds[index] not in "GSUIgs":
                index += 1
                continue
            # Grow a name over name-like words, initials and particles.
            stop = index
            while stop + 1 < len(words) and kinds[stop + 1] in "GSUIPgs":
                stop += 1
            while stop > index and kinds[stop] in "IP":
                stop -= 1
            segment = kinds[index : stop + 1]
            span = self._accept_segment(segment, words[index][0], words[stop][1], inside_other_entity)
            if span and segment == ["G"] and not self._lone_name_context(text, *span, foreign=foreign):
                span = None
            # Looked up only for a name found (most runs hold none): "Morgan Stanley Inc", "Davis Williamson Orchestra".
            if span and self._followed_by_legal_form(text, end if stop == len(words) - 1 else words[stop][1]):
                span = None
            if span:
                trimmed = self._trim_name(text, *span)
                if trimmed:
                    found.append(trimmed)
            index = stop + 1
        return found

    @staticmethod
    def _followed_by_legal_form(text: str, end: int) -> bool:
        """An organisation word or legal form right after a name, or after "& Partner" ("Lambert & Fils SARL",
        "Groenveld B.V.", "Morgan Stanley Inc"): a firm named after people."""
        following = _RE_FIRM_TAIL.match(text, end)
        if not following:
            return False
        return any(w.lower().replace(".", "") in _organisation_words() for w in following.group("words").split())

    @staticmethod
    def _lone_name_context(text: str, start: int, end: int, *, foreign: bool = False) -> bool:
        """A given name alone is a person unless it modifies a noun ("Caesar salad", "Sterling silver")
        or follows "the" ("the Victoria"). The noun test is English: in text of another language the next
        lower-case word ("Małgorzata jest", "Tobias für") is a verb or a function word far more often."""
        before = _RE_THE_BEFORE.search(text[max(0, start - 5) : start])
        if before:
            return False
        after = _RE_NEXT_LOWER_WORD.match(text, end)
        if not after or foreign:
            return True
        word = after.group("w")
        return not lexicon.is_common(word) or word.endswith("ed") or word in _after_given_name()

    @staticmethod
    def _accept_segment(
        segment: list[str], start: int, end: int, inside_other_entity: Callable[[int, int], bool]
    ) -> tuple[int, int] | None:
        """Whether a run of classified words is a name: see ``_lexicon_names``."""
        name_words = [k for k in segment if k in "GSUgs"]
        if len(name_words) == 1:
            if segment == ["G"] and not inside_other_entity(start, end):
                return start, end
            return None
        strong = [k for k in name_words if k in "GSU"]
        if not strong:
            return None  # "Rose Hall", "Young Grace": ordinary words that are also names
        first, last = name_words[0], name_words[-1]
        has_initial = "I" in segment[1:-1]
        if (
            first == "G"
            or (first == "g" and last in "GS")
            or has_initial
            or (first in "SU" and last in "GS" and len(name_words) == 2 and not inside_other_entity(start, end))
        ):
            return start, end
        return None

    def _names_in_list(self, text: str, offset: int, value: str) -> list[tuple[int, int]]:
        items = [(m.start() + offset, m.end() + offset) for m in _RE_LIST_ITEM.finditer(value)]
        items = [(s, e) for s, e in items if text[s:e].lower() not in ("and", "or")]
        words = [text[s:e] for s, e in items]
        if len(items) < 3:
            return []
        lower = all(w.islower() for w in words)
        if not lower and not all(w[0].isupper() for w in words):
            return []
        given = sum(1 for w in words if lexicon.is_given(w))
        if any(lexicon.is_common(w) and not lexicon.is_first_name(w) for w in words):
            return []
        if given < 2 or (given * 3 < len(words) * 2 if lower else given * 2 < len(words)):
            return []
        return [(s, e) for (s, e), w in zip(items, words, strict=True) if w.lower() not in _not_names()]

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
        for match in _patterns()["name_line"].finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            block_start = line_start == 0 or text[max(0, line_start - 2) : line_start] in ("\n\n", ">\n")
            following = "\n".join(text[match.end() :].split("\n", 7)[:7])
            has_contact = "@" in following or regex.search(r"\d{3}", following) is not None
            words = {w.lower().strip(".") for w in match.group("name").split()}
            if block_start and has_contact and not words & organisation_words and not words & _not_names():
                span = self._trim_name(text, *match.span("name"))
                if span:
                    spans.append(span)
        return spans

    def _clean_ner_span(self, text: str, start: int, end: int, *, foreign: bool = False) -> tuple[int, int] | None:
        value = text[start:end]
        if any(ch.isdigit() or ch in "@/:=#_<>{}[]|\\" for ch in value) or "\n" in value:
            return None
        if _RE_CODE_GLUE.search(value):
            return None  # 'Pattern("SIN': a call in code
        if not any(ch.isupper() for ch in value):
            return None
        # Extend over name words the model cut off: "A. Kowalski" -> "Tünde A. Kowalski".
        for _ in range(2):
            previous = _patterns()["previous_word"].search(text, max(0, start - 40), start)
            if not previous or self._word_class(previous.group("word")) not in "GSUI":
                break
            start = previous.start("word")
        # Extend over name words the model cut off ("Szabina J" -> "Szabina J Gelencsér").
        next_word = _patterns()["next_word"]
        for _ in range(2):
            match = next_word.match(text, end)  # match() anchors at ``end``
            if not match or self._word_class(match.group("word")) in "Cc":
                break  # "Victoria Station Closed" stays "Victoria Station"
            end = match.end()
        # Ordinary words at the edges are not part of the name ("Amber Alert" -> "Amber", "Williamson Orchestra").
        words = [(m.start() + start, m.end() + start) for m in _RE_TOKEN.finditer(text[start:end])]
        if any(
            text[s:e].lower().strip('.,;:!?()"').replace(".", "") in _organisation_words()
            for s, e in (words[0], words[-1])
        ):
            return None  # "Williamson Orchestra", "Galorath Incorporated", "Apotheek De Linde": an organisation
        words = _without_post_nominals_and_affiliation(text, words, english=not foreign)
        if not foreign and len(words) > 1 and _opens_imperative(text, *words[0]):
            words.pop(0)  # "Tell Peter Novak that …": a verb addressing a person opens the sentence, no given name
        # Ordinary words and labels at the edges run over a missing sentence break ("Polmeks Kandydat", "Colofon
        # Het", "Łódź Prelegent", "Amber Alert"): trimmed, ordinary words of the six other languages at the end only
        # (wordfreq's lists hold given names it does not know as such: "Przemek"); what is left must stand alone.
        foreign_trimmed = False
        count = len(words)
        while len(words) > 1:
            kind = self._word_class(text[words[-1][0] : words[-1][1]].strip('.,;:!?()"'))
            if kind == "C" or (
                kind == "c" and lexicon.is_common_eu(text[words[-1][0] : words[-1][1]].strip('.,;:!?()"'))
            ):
                foreign_trimmed = foreign_trimmed or kind == "c"
                words.pop()
            else:
                break
        while len(words) > 1:
            word = text[words[0][0] : words[0][1]].strip('.,;:!?()"')
            kind = self._word_class(word)
            if word.lower() in _LEADING_ARTICLES and kind not in "GS":
                words.pop(0)  # "Der Gütetermin", "Der Kunde Jan Kowalski": an article and the noun after it
                noun = text[words[0][0] : words[0][1]].strip('.,;:!?()"') if len(words) > 1 else ""
                if noun and self._word_class(noun) in "Cc":
                    words.pop(0)
                foreign_trimmed = True
                continue
            if kind == "C" or (kind == "c" and lexicon.is_place(word)):
                foreign_trimmed = foreign_trimmed or kind == "c"
                words.pop(0)
            else:
                break
        if (
            len(words) > 2
            and text[words[0][0] : words[0][1]].lower() in _SENTENCE_ARTICLES
            and text[words[1][0]].islower()
        ):
            words = words[2:]  # "La sucursal de Palma", "Le service de Paris": an article and a noun
        if (
            len(words) < count
            and text[words[-1][0]].islower()
            and not any(self._word_class(text[s:e].strip('.,;:!?()"')) == "G" for s, e in words)
        ):
            return None  # "Cena al" of "la Cena al Buio": no given name, and the word after the particle was ordinary
        trimmed = len(words) < count
        while words and text[words[0][0]].islower():
            words.pop(0)  # "de Bilbao", "schnelle Hilfe": a name starts with a capital
        if not words:
            return None
        if (
            trimmed
            and (foreign or foreign_trimmed)
            and len(words) == 1
            and self._word_class(text[words[0][0] : words[0][1]].strip('.,;:!?()"')) not in "GS"
        ):
            return None  # "Colofon" of "Colofon Het", "Prelegent" of "Łódź Prelegent": one unknown word is no person
        if len(words) == 2:
            # An ordinary word of English and another language that is a surname too ("Het") after an unknown word
            # ("Colofon Het"): no person; "Linneo Medrano", "Anna Lange" are.
            values = [text[s:e].strip('.,;:!?()"') for s, e in words]
            if (
                self._word_class(values[0]) == "U"
                and lexicon.is_common(values[1])
                and lexicon.is_common_eu(values[1])
                and self._word_class(values[1]) in "gs"
            ):
                return None
        return self._trim_name(text, words[0][0], words[-1][1])

    @staticmethod
    def _trim_name(text: str, start: int, end: int, *, allow_lower: bool = False) -> tuple[int, int] | None:
        """Drop possessive 's, trailing dots and leading/trailing words that are not names."""
        words = [(m.start() + start, m.end() + start) for m in _RE_TOKEN.finditer(text[start:end])]
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


# Round 13 (span model): words the NER model's spans run over that are no part of a name.
# English verbs that take a person as their object and open an imperative sentence: "Tell Peter Novak that …".
_IMPERATIVES_BEFORE_NAME = frozenset(
    "tell ask call ring text message ping remind thank invite meet contact cc introduce inform notify let help "
    "send forward pay congratulate welcome wish email e-mail phone".split()
)
_RE_SENTENCE_OPENING = regex.compile(r"(?:\A|[.!?:;\n][\"'\u201c\u2018\u00bb)\]]*)[ \t]*[\"'\u201c\u2018\u00ab(]?\Z")


def _opens_imperative(text: str, start: int, end: int) -> bool:
    """The word at ``start..end`` opens its sentence and is a verb that addresses a person (imperative)."""
    word = text[start:end].strip('.,;:!?()"').lower()
    return word in _IMPERATIVES_BEFORE_NAME and bool(_RE_SENTENCE_OPENING.search(text, max(0, start - 4), start))


def _without_post_nominals_and_affiliation(
    text: str, words: list[tuple[int, int]], *, english: bool
) -> list[tuple[int, int]]:
    """A name without the letters after it ("Ifeoma Chukwu MBA", "Anna Kowalski PhD") and, in English, without
    the organisation it belongs to ("Priya Shah of Shah's Curry Kitchen"): a name takes no lower-case "of"."""
    words = list(words)
    while len(words) > 1:
        value = text[words[-1][0] : words[-1][1]].strip('.,;:!?()"')
        if value[:1].isupper() and value.replace(".", "").lower() in _post_nominals():
            words.pop()
        else:
            break
    if english:
        for index in range(1, len(words) - 1):
            if text[words[index][0] : words[index][1]] == "of":
                return words[:index]
    return words


def _hyphenated_given_names(word: str) -> bool:
    """Two given names joined by a hyphen ("Charles-Henri", "Anne-Sophie"): the given name of a person."""
    parts = word.split("-")
    return len(parts) == 2 and all(len(p) >= 2 and p[0].isupper() and lexicon.is_first_name(p) for p in parts)


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
            for ent in ner_entities(nlp_artifacts)
            if ent.label_ == "ORG" and any(ch.isalpha() for ch in ent.text)
        ]


# -- round 10 (clean10): names of firms, schedules, languages and districts ------------------------------


@cache
def _round10_words(key: str) -> frozenset[str]:
    """One word list of ``precision_round10.json``, the union of its languages, lower case."""
    return frozenset(w.lower() for w in lexicon.precision_words(key))


_NAME_ITEM = r"\p{Lu}[\p{L}\p{M}'\u2019\-]+"
# The rest of a coordinated list of capitalised words, closed by a conjunction: ", Santos and Coleman",
# " & Sons", " and Partners" (a comma alone goes on to a signature's office: "Hannah Prewett, Reserves Office").
_RE_LISTED_NAMES_AFTER = regex.compile(
    rf"(?:[ \t]*,[ \t]*{_NAME_ITEM})*[ \t]*,?[ \t]+(?:and|&|und|et|y|e|en|i)[ \t]+{_NAME_ITEM}"
)
_RE_NAME_WORDS_AFTER = regex.compile(rf"(?:[ \t]+{_NAME_ITEM}){{0,2}}")
_RE_IS_A_AFTER = regex.compile(r"[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+(?P<rest>(?:[\p{L}\-]+[ \t]+){0,2}[\p{L}\-]+)")
_RE_IS_A_ENDED_AFTER = regex.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+(?P<rest>(?:[\p{L}\-]+[ \t]+){0,2}?[\p{L}\-]+)"
    r"(?:[ \t]*[.,;:!?)\n]|\Z|[ \t]+(?:based|founded|headquartered|that|which|with|in|from|of|specialising"
    r"|specializing)\b)"
)


@cache
def _re_work_for_before() -> regex.Pattern[str]:
    verbs = sorted(_round10_words("work_for"), key=len, reverse=True)
    return regex.compile(rf"(?i)\b(?:{'|'.join(regex.escape(v) for v in verbs)})[ \t]+\Z")


@cache
def _re_language_label_line() -> regex.Pattern[str]:
    labels = sorted(_round10_words("language_labels"), key=len, reverse=True)
    alternation = "|".join(regex.escape(label) for label in labels)
    return regex.compile(rf"(?i)(?<![\w])(?:{alternation})[ \t]*:[^\n]*\Z")


_RE_WEEKDAY_TOKEN = regex.compile(r"(?<![\w])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?![\w])")
_RE_COMPASS_BEFORE = regex.compile(r"(?<![\w])(?P<w>\p{Lu}[\p{L}\p{M}\d]*)[ \t]+\Z")


def _round10_not_a_person(text: str, start: int, end: int, words: list[str], kinds: list[str]) -> bool:
    """Round 10 (clean texts raised): a span a name finder took that names something other than a person.

    Why: on clean texts of the tunable splits these were the false PERSON findings that raised a text, each
    a general shape rather than a word: firms named after their founders or described as a firm, weekday
    columns of a rota, a list of languages after its label, a district or team named by a compass point.
    """
    return (
        _names_a_firm(text, start, end, words, kinds)
        or _weekday_of_a_schedule(text, words)
        or _in_language_list(text, start)
        or _compass_district(text, start, words, kinds)
        or (len(words) == 1 and _names_a_place_alone(text, start, end, words[0]))
        or (len(words) == 1 and _article_name_product(text, start, end))
    )


def _article_name_product(text: str, start: int, end: int) -> bool:
    """An article, one name, then a product noun in lower case: "the Lumiq reader", "die Orion app", "le Vela
    terminal". Like "the Libby app" (``_article_name_kind``) for the product nouns of ``tech_names.json``."""
    before = _RE_WORDS_BEFORE.search(text, max(0, start - 12), start)
    after = _RE_NEXT_LOWER_WORD.match(text, end)
    return (
        before is not None
        and before.group("w").lower() in _LEADING_ARTICLES
        and after is not None
        and lexicon.is_product_word(after.group("w"))
    )


_RE_ABBREVIATION_NUMBER_AFTER = regex.compile(r"\.[ \t]*\d")
_RE_AGE_COMMA_BEFORE = regex.compile(r"\p{L},[ \t]*\d{1,3}(?:[ \t]*\p{L}{1,6}\.?)?,[ \t]*\Z")
_RE_PLACE_JOINED_BEFORE = regex.compile(
    r"(?<![\w])(?P<w>\p{Lu}[\p{L}\p{M}\-]+)[ \t]*(?:,|[ \t](?:or|and|oder|und|ou|et|o|e|y|of|en|lub|albo|i))[ \t]+\Z"
)


def _names_a_place_alone(text: str, start: int, end: int, word: str) -> bool:
    """One word that names a place or abbreviates a quantity, not a person:

    - a city, region or country that no name list holds ("Limerick", "Naas" in "…, Limerick, grade III");
    - a place that is also a given name, joined to a place that is none ("Frankfurt oder Paris");
    - the town of a testimonial's signature, after the name and the age ("Gerlinde W., 84, Markkleeberg");
    - a capitalised abbreviation before a number ("Maks. 5 zdań", "Max. 3 Seiten").
    """
    if lexicon.is_place(word) and not lexicon.is_first_name(word):
        return True
    if lexicon.is_place_name(word):
        joined = _RE_PLACE_JOINED_BEFORE.search(text, max(0, start - 40), start)
        if joined and lexicon.is_place(joined.group("w")):
            return True
    if _RE_AGE_COMMA_BEFORE.search(text, max(0, start - 24), start) and _RE_CLAUSE_END.match(text, end):
        return True
    return bool(_RE_ABBREVIATION_NUMBER_AFTER.match(text, end))


def _names_a_firm(text: str, start: int, end: int, words: list[str], kinds: list[str]) -> bool:
    """A firm named after its founders or described as a firm: "The Davis, Reynolds and Williamson Orchestra",
    "Thomas and Sons", "Lopez, Santos and Coleman is a design agency", "Coden is a Swedish multinational";
    one unknown word after "I work for" is an employer ("I work for Thinknum"). The kind word must end the
    predicate ("is a company director" is a person's job)."""
    listed = _RE_LISTED_NAMES_AFTER.match(text, end)
    tail = listed.end() if listed else _RE_NAME_WORDS_AFTER.match(text, end).end()  # "Wolfram| Research is a …"
    last = regex.search(rf"{_NAME_ITEM}\Z", text[end:tail]) if tail > end else None
    if last and last.group().lower() in _organisation_words():
        return True  # "Thomas and Sons", "Smith & Partners"
    if tail > end and PersonRecognizer._before_organisation_word(text, tail):
        return True  # "Davis, Reynolds and Williamson Orchestra"
    predicate = _RE_IS_A_AFTER.match(text, tail)
    if predicate and any(w in _round10_words("firm_only_adjectives") for w in predicate.group("rest").lower().split()):
        return True  # "Ramsey-Johnson is a Swedish multinational investment bank"
    ended = _RE_IS_A_ENDED_AFTER.match(text, tail)
    if ended and ended.group("rest").lower().split()[-1] in _round10_words("firm_kinds"):
        return True  # "Coden is a design agency based in …", not "Ana is a company director"
    return (
        len(words) == 1
        and kinds[0] not in "GS"
        and _re_work_for_before().search(text, max(0, start - 16), start) is not None
    )


def _weekday_of_a_schedule(text: str, words: list[str]) -> bool:
    """A weekday's abbreviation in a text that names three or more weekdays so: the rows or columns of a rota
    ("| Thu | registrar |"), not a person called Thu."""
    if len(words) != 1 or words[0].lower() not in _WEEKDAY_ABBREVIATIONS:
        return False
    return len({m.group().lower()[:3] for m in _RE_WEEKDAY_TOKEN.finditer(text)}) >= 3


def _in_language_list(text: str, start: int) -> bool:
    """A name in the list after a languages label on its line ("Talen: Nederlands, Engels, Papiaments")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_re_language_label_line().search(text, max(0, line_start - 1), start))


def _compass_district(text: str, start: int, words: list[str], kinds: list[str]) -> bool:
    """One compass point after a capitalised word or an acronym that is no given name: a district, a branch or
    a team ("TSV Nord", "Berlin Ost", "Milano Nord"), not a person called West."""
    if len(words) != 1 or words[0].lower() not in _round10_words("compass_words"):
        return False
    before = _RE_COMPASS_BEFORE.search(text, max(0, start - 30), start)
    return (
        before is not None
        and not lexicon.is_first_name(before.group("w"))
        and before.group("w").lower() not in _titles()
    )


# -- round 10b (de10b): German noun phrases and feast days ----------------------------------------------------

DE10B_FILE = DATA_FILE.parent / "special_categories_round10_de10b.json"


@cache
def _de10b_words(key: str) -> frozenset[str]:
    """One word list of ``special_categories_round10_de10b.json``, lower case."""
    words: list[str] = json.loads(DE10B_FILE.read_text(encoding="utf-8"))[key]
    return frozenset(w.lower() for w in words)


# German nouns of things and abstractions by their derivational suffix (Duden grammar: "-ung", "-heit", "-keit",
# "-schaft", "-tum", "-nis", "-ität", "-ion", "-ismus", Latin "-um" and Greek "-ma"): no person noun ends so,
# unlike the agent nouns "-er", "-in", "-ent" that stand before a surname ("Kollegin Brandauer").
_RE_DE10B_ABSTRACT_NOUN = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:ung|heit|keit|schaft|tum|nis|ität|ion|ismus|um|ma)")
_RE_DE10B_FEAST_BEFORE = regex.compile(
    r"(?i)(?<![\w])(?:an|zu|vor|nach|über|bis|seit|ab|um|von|zwischen|und|oder)[ \t]+\Z"
)


def _de10b_not_a_person(text: str, start: int, words: list[str], kinds: list[str]) -> bool:
    """Round 10b (German clean texts raised): a span that is a German noun phrase or a feast day.

    Why: on hand-written German business texts a name finder took "Thema Mutterschutz", "Betreuung von
    Betriebsräten", "Jubiläum der Müller-Bäckerei" (an abstract noun, then words no name list holds) and
    "an Heiligabend und Silvester" (a feast day that is also a given name) for persons."""
    if (
        len(words) == 1
        and words[0].lower() in _de10b_words("de10b_feast_days")
        and _RE_DE10B_FEAST_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True
    if len(words) < 2 or kinds[0] not in "Cc" or not _RE_DE10B_ABSTRACT_NOUN.fullmatch(words[0]):
        return False
    rest = [
        (k, w) for k, w in zip(kinds[1:], words[1:], strict=True) if w.lower() not in _de10b_words("de10b_particles")
    ]
    return bool(rest) and all(k in "UCc" for k, _ in rest)


# -- round 11 (precision): menus, schedules, inn and brand names; nicknames ------------------------------------

ROUND11_FILE = DATA_FILE.parent / "person_words_round11_precision.json"


@cache
def _round11_lists(key: str) -> dict[str, frozenset[str]]:
    """One word list of ``person_words_round11_precision.json`` by its sub-keys (languages or kinds), lower case."""
    data: dict[str, list[str]] = json.loads(ROUND11_FILE.read_text(encoding="utf-8"))[key]
    return {sub: frozenset(w.lower() for w in words) for sub, words in data.items()}


@cache
def _round11_words(key: str) -> frozenset[str]:
    """The union of one list's sub-keys."""
    return frozenset().union(*_round11_lists(key).values())


_RE_R11_CAPITALISED_TOKEN = regex.compile(r"(?<![\w])\p{Lu}\p{Ll}{1,4}(?![\w])")
_RE_R11_LINE_LABEL = regex.compile(r"[ \t*\-\u2022]*(?P<label>[\p{L}][\p{L} \-]{1,24}?)[ \t]*:")


def _round11_not_a_person(text: str, start: int, end: int, words: list[str], kinds: list[str]) -> bool:
    """Round 11 (clean texts raised, false names in marketing and HR copy): a span that names a day of a
    schedule, a wine, a dish on a menu line, or an inn, fair or brand opened by a descriptive adjective.

    Why: on clean texts of the tunable splits and on our own development texts (``round11_precision.py``) a name
    finder took "Mer", "Jeu", "Ven" in a French rota, "Grauburgunder Kaiserstuhl", "Flaschen Lagrein", "Primo:"
    on an Italian menu, "Złoty Kłos" (a bakery) and "Gouden Korenaar" for persons."""
    lowered = [w.lower() for w in words]
    if len(words) == 1 and _round11_weekday_column(text, lowered[0]):
        return True  # "Mer : meulage rails", "Jeu : pas d'intervention", "Ven : contrôle"
    wine = _round11_words("wine_terms")
    if any(w in wine for w in lowered) and ("G" not in kinds or lowered[-1] in wine):
        return True  # "Riesling Kabinett Wehlener Sonnenuhr", "Hertog Jan Weizener", "Rioja Reserva Marqués …"
    if _round11_on_menu_line(text, start, end, lowered, kinds):
        return True  # "Primo:", "Starters: Caesar Salad, … Welsh Rarebit", "zum Nachtisch Kaiserschmarrn"
    if "G" not in kinds and _round11_wine_line(text, start):
        return True  # "Rioja Reserva Marqués de Cáceres - 29 €"
    if len(words) > 1 and _round11_place_adjective(words[0], kinds[0]):
        return True  # "vom Würzburger Stein", "Wehlener Sonnenuhr"
    if _round11_german_thing_compound(words, kinds):
        return True  # "Checkliste Onboarding", "Backstube Kornmeister", "Schichtzulagen Gleisbau"
    return (
        len(words) > 1
        and lowered[0] in _round11_words("descriptive_adjectives")
        and kinds[0] not in "Gg"
        and kinds[1] not in "Gg"
    )  # "Złoty Kłos", "Het Gouden Korenaar", "Grüne Woche": an inn, a shop or a fair, never "Adjective Surname"


def _round11_weekday_column(text: str, word: str) -> bool:
    """A weekday's abbreviation in a text that writes three or more of one language's so (CLDR abbreviations):
    the rows of a rota or an opening-hours table ("Mer : meulage", "Do 22:45"), not a person called Mer or Ven."""
    if word not in _round11_words("weekday_abbreviations"):
        return False
    seen = {m.group().lower() for m in _RE_R11_CAPITALISED_TOKEN.finditer(text)}
    return any(word in days and len(seen & days) >= 3 for days in _round11_lists("weekday_abbreviations").values())


def _round11_on_menu_line(text: str, start: int, end: int, lowered: list[str], kinds: list[str]) -> bool:
    """A menu's course label alone before its colon ("Primo:", "Wines:"), a span on the line such a label opens,
    or a span opened by the label word ("zum Nachtisch Kaiserschmarrn")."""
    labels = _round11_words("course_labels")
    if lowered[0] in labels and (kinds[0] in "Cc" or (len(lowered) == 1 and text[end : end + 1] == ":")):
        return True  # not "Primo Lombardi": Primo is a name word too
    line_start = text.rfind("\n", 0, start) + 1
    label = _RE_R11_LINE_LABEL.match(text, line_start, start)
    return label is not None and label.group("label").strip().lower() in labels


# A given name, a nickname in quotes, a surname: how rosters, line-ups and sports copy introduce a person
# ("Joaquín 'Quinny' Albornoz", "Timéo \"Vortek\" Delacroix-Aubry", "Dawida „Kruk” Pietraszewskiego").
_RE_R11_NICKNAME_NAME = regex.compile(
    r"(?<![\w])(?P<given>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)[ \t]+"
    r"[\"'\u201e\u201c\u2018\u00ab\u201a][\p{L}\d][^\"'\u201e\u201c\u201d\u2018\u2019\u00ab\u00bb\n]{0,23}"
    r"[\"'\u201d\u201c\u2019\u00bb\u2018]"
    r"[ \t]+(?P<surname>\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:-\p{Lu}[\p{Ll}\p{M}'\u2019]+)*)(?![\w\-])"
)
_R11_QUOTES = frozenset("\"'\u201e\u201c\u201d\u2018\u2019\u00ab\u00bb\u201a")


def _round11_nickname_names(recognizer: PersonRecognizer, text: str) -> list[tuple[int, int]]:
    """Names written with a quoted nickname between given name and surname: the given name a known given name
    (or a Polish case form of one), the surname a name word, an unknown word or a word of another language, not an
    English ordinary word."""
    if not any(quote in text for quote in _R11_QUOTES):  # str scans in C; the pattern needs two quotes anyway
        return []
    found = []
    for match in _RE_R11_NICKNAME_NAME.finditer(text):
        given, surname = match.group("given"), match.group("surname")
        if recognizer._word_class(given) not in "Gg" and not lexicon.is_first_name(given[:-1]):
            continue  # "Dawida" is the genitive of "Dawid"
        if recognizer._word_class(surname) not in "SsUc" or lexicon.is_common(surname):
            continue  # an English ordinary word ("Anna 'the' Great") is no surname; "Zandbergen" or "-skiego" may be
        found.append(match.span())
    return found


_RE_R11_ITEM_BREAK = regex.compile(r"[,;:.!?()\u2013\u2014]")


def _round11_wine_line(text: str, start: int) -> bool:
    """A span right after a grape, a designation or a wine term in the same list item, at most three words
    before it ("Rioja Reserva Marqués de Cáceres - 29 €"): the producer or the site of that wine."""
    window = max(text.rfind("\n", max(0, start - 120), start) + 1, start - 120)  # three words never reach further
    item = _RE_R11_ITEM_BREAK.split(text[window:start])[-1]  # the list item the span stands in
    words = item.split()
    if window > 0 and text[window - 1] not in "\n" and not text[window - 1].isspace() and words:
        words = words[1:]  # a word cut by the window
    wine = _round11_words("wine_terms")
    return any(w.lower() in wine for w in words[-3:])


def _round11_place_adjective(word: str, kind: str) -> bool:
    """A German adjective made from a place name with "-er" ("Würzburger Stein", "Wehlener Sonnenuhr",
    "Frankfurter Allgemeine"): it opens the name of a site, a paper or a dish, never a personal name."""
    return kind not in "Gg" and word.endswith("er") and len(word) > 5 and lexicon.is_place(word[:-2])


def _round11_german_thing_compound(words: list[str], kinds: list[str]) -> bool:
    """A German compound whose head names a place, a document or goods, opening a span with no given name:
    a heading or a thing ("Checkliste Onboarding", "Backstube Kornmeister", "Gleisbaustelle Hamm")."""
    if len(words) < 2 or "G" in kinds or "g" in kinds or kinds[0] not in "Cc":
        return False
    first = words[0].lower()
    return any(first.endswith(head) for head in _round11_words("german_thing_heads"))


# -- round 12 (precision12): sites, agreements and posts read as names ---------------------------------------

ROUND12_FILE = DATA_FILE.parent / "person_words_round12_precision12.json"


@cache
def _round12_words(key: str) -> frozenset[str]:
    """One word list of ``person_words_round12_precision12.json``, the union of its languages, lower case."""
    data = json.loads(ROUND12_FILE.read_text(encoding="utf-8"))[key]
    words = data.values() if isinstance(data, dict) else [data]
    return frozenset(w.lower() for group in words for w in group)


def _round12_not_a_person(text: str, start: int, words: list[str], kinds: list[str]) -> bool:
    """A capitalised run that names a site, a wage agreement, a licence, a post or a group rather than a person.

    Why: on the tunable splits and our own development texts (``round12_precision12.py``) depots, yards, plants,
    pay scales, job titles with their department and group names were read as names ("Depot Waalhaven", "Cao
    Metalektro", "Sachbearbeiterin Bauordnungsamt", "Dyrektorowi Operacyjnemu", "Irish Traveller"). A given name
    after the first word keeps it a name ("Fahrer Dennis Wróbel"); after a job title a known surname does too
    ("Dyrektor Kowalski").
    """
    lowered = [w.lower().strip(".,;:") for w in words]
    if len(words) > 1 and lowered[-1] in _round12_words("group_nouns"):
        return True  # "Irish Traveller", "Somali Community": a group
    if len(words) > 1 and "G" not in kinds[:-1] and lowered[-1] in _round12_words("site_nouns"):
        return True  # "Kingsbury Yard", "Hams Hall Depot", "Drehkreuz Tor"
    if "G" in kinds[1:]:
        return False
    opening = _round12_words("site_nouns") | _round12_words("agreement_nouns") | _round12_words("licence_nouns")
    if lowered[0] in opening:
        return True  # "Stabilimento Nord", "Magazynu Stryków", "Tarif Bau West", "CCNL Commercio", "Patente C"
    if _round12_names_a_post(words, kinds):
        return True  # "Sachbearbeiterin Kreditoren", "Responsabile Ufficio Acquisti", "Głównej Księgowej"
    before = _RE_R12_LOWER_WORD_BEFORE.search(text, max(0, start - 24), start)
    if before and before.group("w") in _round12_words("site_nouns") and kinds[0] != "G":
        return True  # "fábrica SEAT Martorell", "stabilimento Fiat Melfi": a site named after its firm or town
    return kinds[0] != "G" and any(_round12_site_compound(w) for w in words)


def _round12_names_a_post(words: list[str], kinds: list[str]) -> bool:
    """A job title and its office or department, with no given name or known surname after the title."""
    return len(words) > 1 and words[0].lower() in _round12_words("job_titles") and not any(k in "GS" for k in kinds[1:])


_RE_R12_LOWER_WORD_BEFORE = regex.compile(r"(?<![\w])(?P<w>\p{Ll}+)[ \t]+\Z")


def _round12_site_compound(word: str) -> bool:
    """A German compound of eight letters or more whose head names a site ("Betriebshof", "Chemiepark"), and no
    known name ("Niehof")."""
    lowered = word.lower()
    return (
        len(lowered) >= 8
        and lowered.endswith(tuple(_round12_words("german_site_heads")))
        and not lexicon.is_first_name(word)
        and not lexicon.is_surname(word)
    )


# A signature under a quote: "— Declan Fitzmaurice, Operations Lead, Limerick" (the title and town after commas).
_RE_R12_SIGNATURE = regex.compile(
    rf"(?m)^[ \t]*(?P<dash>[\u2013\u2014-])[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+(?:\p{{Ll}}{{1,3}}[ \t]+)?{_NAME_WORD}){{1,2}})"
    r"[ \t]*,[ \t]*\p{Lu}[^\n]*$"
)


# A line that opens with a full name and a dash before the role: "Fionnuala Breslin - Sous chef, The Anchor Rooms".
_RE_R12_NAME_DASH_ROLE = regex.compile(
    rf"(?m)^[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]+[\u2013\u2014-][ \t]+\p{{L}}"
)


def _round12_signature_names(recognizer: PersonRecognizer, text: str) -> list[tuple[int, int]]:
    """The name of a dash signature followed by a job title and a town, or of a line that opens with a name and a
    dash before the role (a CV or a contact list). Every word a name word (a lower-case particle may stand
    between: "Rozenn le Bras"), one of them a known given name or surname; after a plain hyphen (a list bullet)
    and at a line's start the first word must be a known given name."""
    if "-" not in text and "\u2013" not in text and "\u2014" not in text:
        return []
    found = []
    matches = [(m, m.group("dash") != "-") for m in _RE_R12_SIGNATURE.finditer(text)]
    matches += [(m, False) for m in _RE_R12_NAME_DASH_ROLE.finditer(text)]
    for match, typographic in matches:
        words = [w for w in match.group("name").split() if w[:1].isupper()]
        kinds = [recognizer._word_class(w) for w in words]
        first = "GU" if typographic else "G"
        if (
            kinds[0] in first
            and all(k in "GSUs" for k in kinds)
            and ("G" in kinds or "S" in kinds)
            and recognizer._plausible(text, *match.span("name"), announced=True)
        ):
            found.append(match.span("name"))
    return found


# Two capitalised words after a Polish courtesy title or a dative/genitive cue: "panu Grzegorzowi Dudzie".
_RE_R12_POLISH_PAIR = regex.compile(r"(?<![\w])(?P<given>\p{Lu}\p{Ll}{2,})[ \t]+(?P<surname>\p{Lu}\p{Ll}{2,})(?![\w])")
# Endings of the Polish dative and genitive of given names, with the nominative they come from (Grzegorz-owi,
# Jack-owi from Jacek, Magdal-enie from Magdalena, Agnieszc-e from Agnieszka, Ew-y from Ewa).
_R12_POLISH_GIVEN_ENDINGS = (
    *(("owi", ""), ("owi", "e*"), ("ie", "a"), ("ce", "ka"), ("dze", "ga"), ("y", "a"), ("i", "a")),  # dative, genitive
    *(("em", ""), ("iem", ""), ("em", "e*"), ("ą", "a"), ("a", ""), ("a", "e*")),  # instrumental, male genitive
    ("u", ""),  # male locative after "po", "o", "przy": Tomasz-u, Łukasz-u, Janusz-u
)
_R12_POLISH_SURNAME_ENDINGS = (
    *("skiemu", "ckiemu", "dzkiemu", "skiej", "ckiej", "dzkiej", "owi", "skiego", "ckiego", "dzkiego", "dzie"),
    *("skim", "ckim", "dzkim", "ską", "cką", "dzką", "iem", "kiem", "czem", "szem"),
)


def _round12_polish_given(word: str) -> bool:
    """A Polish given name in the dative or genitive: its nominative is a known given name."""
    for ending, nominative in _R12_POLISH_GIVEN_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[: -len(ending)]
        # "e*": a vowel dropped before the ending ("Jackowi" -> "Jacek", "Pawłowi" -> "Paweł", "Markowi" -> "Marek")
        candidate = stem[:-1] + "e" + stem[-1] if nominative == "e*" else stem + nominative
        if lexicon.is_first_name(candidate) and word.lower() not in _titles():  # "Pani" is no "Pana"
            return True
    return False


def _round12_polish_oblique_names(recognizer: PersonRecognizer, text: str) -> list[tuple[int, int]]:
    """A Polish given name and surname in the dative or genitive ("Stanisławowi Kubiakowi", "Grzegorzowi Dudzie",
    "Ewy Nowickiej"): the given name's nominative is known and the surname has a case ending or is a name word.

    Why: the name lists hold the nominative only, so "Dziękujemy Stanisławowi Kubiakowi" named no one."""
    found = []
    for match in _RE_R12_POLISH_PAIR.finditer(text, overlapped=True):  # "Dziękujemy |Stanisławowi Kubiakowi"
        surname = match.group("surname")
        if (
            _round12_polish_given(match.group("given"))
            and (surname.endswith(_R12_POLISH_SURNAME_ENDINGS) or recognizer._word_class(surname) in "SU")
            and recognizer._plausible(text, *match.span(), announced=True)
        ):
            found.append(match.span())
    return found
