"""GDPR Art. 9 special categories and Art. 10 criminal data, when a text says them about a person.

A lexicon term alone ("Diabetes rates rise in Europe", "Union announces
strike", "Krebsforschung") is not personal data. A finding needs one of these
shapes, all inside one sentence:

- subject ... cue ... term       "John was diagnosed with diabetes", "sie leidet an Migräne"
- person cue ... term            "tiene depresión", "choruje na cukrzycę", "arrêt maladie pour une dépression"
- subject ... term ... cue       "er ist an Diabetes erkrankt", "bij hem werd astma vastgesteld"
- subject + copula + attribute   "she is gay", "er ist vorbestraft", "è incinta" (at a clause start)
- possessive + term              "her diabetes", "sa dépression", "jego cukrzyca"
- subject ... predicate          "he was convicted last year", "she came out"
- label: ... term                "Reason for visit: hypothyroidism follow-up", "Konfession: evangelisch"

A subject is a personal pronoun (first or third person: "you" and "your" in
product copy and FAQs address everyone), "my/his/the + relation" ("my
colleague", "il paziente"), a person the NER found (not one made of ordinary
words only), a given name from the name lexicon, a capitalised name right
before a verb, a relative pronoun after a name ("Blandine, qui est ..."), or a
possessive opening the sentence ("Haar toegang ..."); Spanish "su" is a
possessive only after a named person. A person cue is a conjugated verb or a sick-leave noun
that names its person itself (pro-drop languages). Words between a cue and its
term may be fillers (articles, "severe", "chronic") and at most one other word,
never a topic word ("an article about diabetes").

The vocabulary is the union of the seven languages' files
``classifier/data/special_categories*.json`` (no branching on a language
code). ``{a,b}`` in a phrase lists inflected endings: ``cukrzyc{a,y,ę,ą}``; the regular case, gender and
number forms of every term, attribute and person term are derived when the lexicon is built (``inflection.py``).
The span reported is the term (or the predicate, or a label's value), so
redaction removes the sensitive fact and keeps the sentence. Leading articles
("einer Depression", "la CGT", "the union") stay outside the span and count as
the cue's words ("adhérent de la CGT"). A cue noun followed by what it names
("militante de La France insoumise", "member of Unite") reports the name; a
state ("on sick leave") and its cause in one sentence are one span.

Free-form text often states a fact without a cue ("It's her donepezil", "Presenti: A. B. (FIOM-CGIL)"). Where
no shape above fires, the proximity rule lets a listed term count when its line names or speaks as a person
(a NER person, a given name, "my"/"ich"/"je", a third-person pronoun, a role noun) within ``PROXIMITY_CHARS``,
outside generic frames (people in general, services, topics, hypotheticals); words that name a category itself
or have a second sense, health states and ethnic origin still need a shape. A sick note or hospital stay is
dropped where its paragraph names the condition: the condition is the fact to report and redact.

Three classes are found by shape rather than as listed phrases: German and
Dutch compounds ending in a condition ("Brustkrebs", "Schilddrüsenerkrankung",
"angststoornis") or a biometric template with a biometric head ("Stimmprofil",
"gezichtsherkenningsgegevens"); origin frames ("of Turkish origin", "di
origine senegalese", "van Surinaamse afkomst", "türkischer Herkunft",
"pochodzenia tureckiego") next to a copula; and labels naming their person
("Genetic test result for A. B.: ...", "Badanie genetyczne Anna Nowak: ...").
"""

from __future__ import annotations

import bisect
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from classifier.recognizers import audience, clinical, health_terms, inflection, name_lexicon, persons
from classifier.recognizers.base import ner_entities

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DATA_FILES = sorted(DATA_DIR.glob("special_categories*.json"))

STATEMENT_SCORE = 0.85
POSSESSIVE_SCORE = 0.8
LABEL_SCORE = 0.85
SUBJECT_WINDOW_CHARS = 70
LABEL_VALUE_MAX_CHARS = 80
# The proximity rule: a term counts when its paragraph names or speaks as a person within this many characters.
PROXIMITY_SCORE = 0.7
PROXIMITY_CHARS = 200
# A belief or origin shown by a family or rite noun ("a Sikh family", "funérailles juives"): the adjective itself is
# the fact, never a cue noun pointing at a name after it ("cérémonie protestante au temple").
PRACTICE_SCORE = 0.72
# Round 12: a holy day made a person's own by a rota request alone; dropped where the text states the belief itself.
OBSERVANCE12_SCORE = 0.84
RECORD_CHARS = 600
OWN_USE_CHARS = 40
STATE_GAP_CHARS = 60
_F = regex.VERSION1 | regex.IGNORECASE
# Most patterns hold lower-case phrases and run case-sensitively on lower-cased text: with alternations of
# thousands of phrases, that is several times faster than a case-insensitive match.
_L = regex.VERSION1
_TITLE_ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "prof", "st", "mx", "sr", "jr", "hr", "fr", "pan", "sig", "sra")
_WORD = regex.compile(r"\w+", regex.VERSION1)
_BRACES = regex.compile(r"\{([^{}]*)\}")
_APOSTROPHES = str.maketrans({"'": " ", "\u2019": " "})
_KINDS = (
    ("term", "terms"),
    ("attribute", "attributes"),
    ("predicate", "predicates"),
    ("person_term", "person_terms"),
    ("label", "labels"),
)


def expand(phrase: str) -> list[str]:
    """``"cukrzyc{a,y}"`` -> ``["cukrzyca", "cukrzycy"]``; ``"Depression{,en}"`` -> both forms."""
    parts = _BRACES.split(phrase)
    if len(parts) == 1:
        return [phrase]
    choices = [[p] if i % 2 == 0 else p.split(",") for i, p in enumerate(parts)]
    return ["".join(combo) for combo in itertools.product(*choices)]


def _expand_all(phrases: list[str]) -> list[str]:
    return [variant for phrase in phrases for variant in expand(phrase)]


def _alt(phrases: list[str], *, lower: bool = True) -> str:
    escaped = sorted(
        {regex.escape(p.strip().lower() if lower else p.strip()).replace(r"\ ", r"\s+") for p in phrases if p.strip()},
        key=len,
        reverse=True,
    )
    return "(?:" + "|".join(escaped) + ")" if escaped else "(?!)"


def _no_apostrophes(phrases: list[str]) -> list[str]:
    """Cues are matched in text whose apostrophes are spaces: "souffre d'" -> "souffre d"."""
    return [" ".join(p.translate(_APOSTROPHES).split()) for p in phrases]


@dataclass(frozen=True)
class _Use:
    """How a lexicon phrase may fire: as a term, an attribute, a predicate, a person term or a label."""

    entity_type: str
    kind: str  # "term" | "attribute" | "predicate" | "person_term" | "label"


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("\u2019", "'").split())


def load_data(paths: list[Path] | None = None, *, inflected: bool = True) -> dict:
    """The union of the per-language files: every list merged, every category merged key by key; with
    ``inflected``, each category's terms and attributes gain their regular inflected forms."""
    merged: dict = {"subjects": {}, "categories": {}, "compounds": {}, "origin": {}}
    listed: list[tuple[str, str, str, str]] = []  # (category, field, phrase, language of its file)
    relations: list[tuple[str, str]] = []
    for path in paths if paths is not None else DATA_FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        language = data.get("language", "all")
        relations.extend((phrase, language) for phrase in _expand_all(data.get("subjects", {}).get("relations", [])))
        for name, spec in data.get("categories", {}).items():
            if data.get("_forms_listed"):  # a file that lists every form itself (round 10 demonyms): none derived
                break
            for field in _INFLECTED_FIELDS:
                listed.extend((name, field, phrase, language) for phrase in _expand_all(spec.get(field, [])))
        for key, value in data.items():
            if key.startswith("_") or key == "language":
                continue
            if isinstance(value, dict):  # "subjects", "categories", "compounds", "origin": merged key by key
                for name, spec in value.items():
                    if isinstance(spec, dict):
                        target = merged.setdefault(key, {}).setdefault(name, {})
                        for field, words in spec.items():
                            target.setdefault(field, []).extend(_expand_all(words))
                    else:
                        merged.setdefault(key, {}).setdefault(name, []).extend(_expand_all(spec))
            else:
                merged.setdefault(key, []).extend(_expand_all(value))
    merged["subjects"].setdefault("plural_relations", [])
    if inflected:
        _add_inflected_forms(merged, listed)
        # "mes deux fils", "i miei figli", "mis hijos": a relation noun in the plural, after a possessive only
        # (without one, "Pazienti con diabete ..." and "Colleghi" opening a mail are people in general).
        known = {_key(r) for r in merged["subjects"]["relations"]}
        merged["subjects"]["plural_relations"] = sorted(
            {
                form
                for phrase, language in relations
                if language in inflection.LANGUAGES
                for form in inflection.inflect(phrase, language)
                if _key(form) not in known
            }
        )
    return merged


# Person terms fire without a subject: their plurals ("les femmes enceintes") name people in general.
_INFLECTED_FIELDS = ("terms", "attributes")
# A term that is also a cue or a label ("Krankmeldung", "Hinweis: Krankmeldungen bitte bis 9 Uhr") is a frame
# word first: its plural in a notice is no one's sick note.
_FRAME_FIELDS = ("cues", "person_cues", "cues_after", "labels", "label_cues", "note_cues")


def _add_inflected_forms(merged: dict, listed: list[tuple[str, str, str, str]]) -> None:
    """Each listed phrase's regular forms, in the category and field of the phrase (``inflection.py``).

    Names are not inflected (a party or union name keeps its capitals rule: "Linke" is a verb form in lower
    case), nor a phrase with capitals outside German; a form that any category lists already keeps its own
    uses, and a form that is a word in another sense (``inflection_not_forms``) or a frame word is left out."""
    names = set(merged.get("capitalised_categories", []))
    frame_words = {
        _key(p) for spec in merged["categories"].values() for field in _FRAME_FIELDS for p in spec.get(field, [])
    }
    known = {_key(p) for spec in merged["categories"].values() for words in spec.values() for p in words}
    not_forms = {
        _key(w)
        for key in ("inflection_not_forms", "term_blockers", "topic_nouns", "generic_frames", "placeholders")
        for w in merged.get(key, [])
    }
    added: dict[tuple[str, str], set[str]] = {}
    for name, field, phrase, language in listed:
        if name in names or any(c.isdigit() for c in phrase) or _key(phrase) in frame_words:
            continue
        languages = (language,) if language in inflection.LANGUAGES else inflection.languages_of(phrase)
        for lang in languages:
            if lang != "de" and any(c.isupper() for c in phrase):
                continue
            forms = inflection.inflect(phrase, lang)
            if name == "HEALTH_DATA" and field == "attributes":
                forms |= inflection.person_nouns(phrase, lang)
            for form in forms:
                key = _key(form)
                if key not in known and key not in not_forms:
                    added.setdefault((name, field), set()).add(form)
    for (name, field), forms in added.items():
        merged["categories"][name].setdefault(field, []).extend(sorted(forms))
    # A word a list treats apart ("Attest" is context, not a condition; "religieus" names a category) keeps
    # that with its forms.
    derived = {_key(form) for forms in added.values() for form in forms}
    for key, members in list(merged.items()):
        if not isinstance(members, list) or not members or not isinstance(members[0], str):
            continue
        forms_of = {
            form
            for phrase in members
            for lang in inflection.LANGUAGES
            for form in inflection.inflect(phrase, lang)
            if _key(form) in derived
        }
        merged[key] = [*members, *sorted(forms_of)]


class _Lexicon:
    """All phrases in one alternation (tried only at words that can start one), then per-hit checks."""

    def __init__(self, data: dict) -> None:
        subjects = data["subjects"]
        pronoun = _alt(subjects["pronouns"])
        possessive = _alt(subjects["possessives"])
        relation = _alt(subjects["relations"])
        determiner = _alt(data["determiners"] + subjects["possessives"])
        # "the applicant", "il paziente", "meine Kollegin": a definite relation noun points at one person too.
        # An elided pronoun ("j'", "l'") ends in its apostrophe and runs into the verb: "j'étais".
        plural_relation = _alt(subjects["plural_relations"])
        person_ref = (
            rf"(?:(?<![\w]){pronoun}|(?<![\w]){determiner}\s+(?:[\w'\u2019-]+\s+)?{relation}s?"
            rf"|(?<![\w]){possessive}\s+(?:[\w'\u2019-]+\s+)?{plural_relation})"
            r"(?:(?<=['\u2019])|(?![\w'\u2019-]))"
        )
        self.subject_anywhere = regex.compile(person_ref, _L)
        # A relation noun opening a sentence without an article: "Patient reports ...", "Mitarbeiterin ist ...".
        self.relation_at_start = regex.compile(rf"\s*{relation}(?![\w'\u2019-])", _L)
        # A possessive opening the sentence names its owner: "Haar toegang is ...", "His access uses ...".
        self.possessive_at_start = regex.compile(rf"\s*{possessive}\s+[\w'\u2019-]", _L)
        # German formal "Sie"/"Ihre" mid-sentence address the reader, like "you": not a subject.
        self.formal_you = regex.compile(
            rf"(?<=[^\s.!?:\"\u201e\u00ab\u00bb(]\s*)(?<![\w]){_alt(data['formal_you'], lower=False)}(?![\w])",
            regex.VERSION1,
        )
        self.formal_you_at_end = regex.compile(rf"(?<![\w]){_alt(data['formal_you'], lower=False)}\Z", regex.VERSION1)
        # A subject that ends right where a copula starts: "she| is gay", "my colleague| is ...", "Anna| is ...".
        self.subject_at_end = regex.compile(
            rf"(?:(?i:{person_ref})|(?<![\w])(?<!(?<![\w])(?i:{determiner})\s+)\p{{Lu}}[\p{{L}}\p{{M}}'\u2019-]+)\s*\Z",
            regex.VERSION1,
        )
        # A copula of a pro-drop language opening a clause names no subject: "È incinta.", "Dice que es musulmán".
        self.clause_opening = regex.compile(rf"(?:\A|[,;:(]|(?<![\w]){_alt(data['clause_openers'])})\s*\Z", _L)
        self.pro_drop_copula = regex.compile(rf"{_alt(data['pro_drop_copulas'])}\s", _L)
        verbs = _alt(subjects["verbs"])
        self.name_before_verb = regex.compile(
            rf"(?<![\w])(?<!(?<![\w])(?i:{determiner})\s+)(?P<name>\p{{Lu}}[\p{{Ll}}\p{{M}}]+)(?:\s+\p{{Lu}}[\p{{Ll}}\p{{M}}]+)?\s+"
            rf"(?:{verbs})(?![\w])",
            regex.VERSION1,
        )
        self.not_subjects = frozenset(w.lower() for w in subjects["not_subjects"])
        # A capitalised word anywhere before the cue that the given-name lexicon knows: "Saoirse stood as ...".
        self.capitalised_word = regex.compile(r"(?<![\w])\p{Lu}[\p{Ll}\p{M}'\u2019-]+(?![\w])", regex.VERSION1)
        # "Blandine, qui est ...", "Tom, who is ...": a relative pronoun after a comma stands for the person before it.
        self.relative_pronoun = regex.compile(rf",\s*(?<![\w]){_alt(data.get('relative_pronouns', []))}\s*\Z", _L)
        # Possessives that also address the reader ("su" is "his/her" and formal "your"): one only after a subject.
        self.subject_possessive_before = regex.compile(
            rf"(?<![\w]){_alt(data.get('subject_possessives', []))}\s+(?:[\w'\u2019-]+\s+)?\Z", _L
        )
        # "an article about diabetes", "ein Vortrag über Diabetes": a topic noun right before a cue makes it a topic.
        self.topic_before = regex.compile(rf"(?<![\w]){_alt(data.get('topic_nouns', []))}\s*\Z", _L)
        blockers = _alt(data["term_blockers"])
        self.blocker = regex.compile(rf"[^\S\n]+{blockers}(?![\w])", _L)  # "depresja\nLeki:" is a new line
        fillers = rf"(?:{_alt(_no_apostrophes(data['fillers']))}\s+)"
        # Between a cue and its term: fillers and at most one other word, never a topic word.
        other = rf"(?:(?!{blockers}(?![\w]))[\w'\u2019-]+\s+)"
        self.gap = regex.compile(rf"\s*{fillers}*(?:{other}{fillers}*)?", _L)
        gap = r"(?P<gap>(?:\s+[\w'\u2019-]+){0,5}?)\s+"
        self.copula_before = regex.compile(rf"(?<![\w]){_alt(data['copulas'])}\s+{fillers}*\Z", _L)
        # "ha raccontato di essere gay", "a dit être croyante", "said to be gay": the subject is earlier in the sentence.
        self.infinitive_copula_before = regex.compile(
            rf"(?<![\w]){_alt(_no_apostrophes(data['reported_copulas']))}\s+{fillers}*\Z", _L
        )
        self.person_copula_before = regex.compile(
            rf"(?<![\w]){_alt(_no_apostrophes(data['person_copulas']))}\s+{fillers}*\Z", _L
        )
        self.possessive_before = regex.compile(rf"(?<![\w]){possessive}\s+(?:[\w'\u2019-]+\s+)?\Z", _L)
        self.name_possessive_before = regex.compile(
            r"(?<![\w])\p{Lu}[\p{Ll}\p{M}]+['\u2019]s\s+(?:[\w'\u2019-]+\s+)?\Z", regex.VERSION1
        )
        # Who a free-form text is about: its writer ("my", "ich", "je"), a person in the third person or a role
        # noun ("the patient", "Mitarbeiterin", "salarié"), read anywhere in the paragraph (the proximity rule).
        self.first_person = regex.compile(
            rf"(?<![\w'\u2019]){_alt(data['first_person'])}(?:(?<=['\u2019])|(?![\w'\u2019]))", _L
        )
        self.third_person = regex.compile(
            rf"(?<![\w'\u2019]){_alt(subjects['pronouns'] + subjects['possessives'])}(?![\w])", _L
        )
        # "Versicherte mit Diabetes", "clients with dyslexia": a role in general, not one person.
        self.people_with = regex.compile(
            rf"(?<![\w'\u2019-]){relation}(?:s|en|n|e|i|es)?\s+(?:with|mit|avec|con|met|z|ze|atteints|affetti)(?![\w])",
            _L,
        )
        # "hija con autismo", "her son with autism": one relative of a person is that person, not a group.
        self.one_relative = frozenset(w.lower() for w in data.get("one_relative", []))
        self.personal_use_blockers = frozenset(data.get("personal_use_blockers", []))
        self.role_noun = regex.compile(rf"(?<![\w'\u2019-]){relation}(?![\w'\u2019-])", _L)
        # A sentence about people in general, a product or a policy ("people with diabetes", "our app", "FAQ").
        self.generic_frame = regex.compile(
            rf"(?<![\w]){_alt(data['generic_frames'] + data.get('topic_nouns', []))}(?![\w])", _L
        )
        # A topic noun that is the field label opening a record's line ("Onderzoek: dyscalculie vastgesteld",
        # "Informe: …") names an examination's finding, not research or a leaflet.
        self.topic_nouns = frozenset(_key(w) for w in data.get("topic_nouns", []))
        # Idioms that hold a frame word in another sense: "en cours d'hormonothérapie" is no course.
        self.not_generic = regex.compile(rf"(?<![\w]){_alt(_no_apostrophes(data.get('not_generic', [])))}", _L)
        # Categories whose listed terms the proximity rule may find; party and union names only as proper nouns
        # of three letters or more ("Podemos", not "podemos ir"; "PS:" under a letter is no party). Context words (a sick note, a hospital, physio) and words with an ordinary
        # second sense (a colour, a church, a mass) still need a statement.
        self.proximity_categories = frozenset(data["proximity_categories"])
        self.capitalised_near = frozenset(data["capitalised_near"])
        self.health_context = frozenset(_key(w) for w in data["health_context"])
        self.proximity_excluded = self.health_context | {_key(w) for w in data["proximity_ambiguous"]}
        self.uses: dict[str, list[_Use]] = {}
        self.cues_before: dict[str, regex.Pattern[str]] = {}
        self.person_cues_before: dict[str, regex.Pattern[str]] = {}
        self.note_cues_before: dict[str, regex.Pattern[str] | None] = {}
        self.cues_after: dict[str, regex.Pattern[str]] = {}
        self.labels_before: dict[str, regex.Pattern[str]] = {}
        self.dash_labels_before: dict[str, regex.Pattern[str]] = {}
        phrases: set[str] = set()
        for entity_type, spec in data["categories"].items():
            for kind, key in _KINDS:
                for phrase in spec.get(key, []):
                    self.uses.setdefault(_key(phrase), []).append(_Use(entity_type, kind))
                    phrases.add(phrase)
            # Cues are matched in the sentence part before the term, apostrophes read as spaces ("d'asthme").
            cues = _alt(_no_apostrophes(spec.get("cues", [])))
            self.cues_before[entity_type] = regex.compile(rf"(?<![\w]){cues}{gap}\Z", _L)
            person_cues = _alt(_no_apostrophes(spec.get("person_cues", [])))
            self.person_cues_before[entity_type] = regex.compile(rf"(?<![\w]){person_cues}{gap}\Z", _L)
            # "off sick until Monday, a migraine", "sto male, polmonite": a note opening a message (or a quote)
            # says its writer is away, and the condition after its comma is the reason.
            notes = spec.get("note_cues", [])
            self.note_cues_before[entity_type] = (
                regex.compile(
                    rf"(?:\A|[:;\"\u2018\u201c\u201e\u00ab(\u2013\u2014])\s*{_alt(_no_apostrophes(notes))}"
                    rf"(?:\s+[\w.-]+){{0,4}}?\s*,\s*{fillers}*\Z",
                    _L,
                )
                if notes
                else None
            )
            after = _alt(spec.get("cues_after", []))
            self.cues_after[entity_type] = regex.compile(
                rf"(?P<gap>(?:\s+[\w'\u2019-]+){{0,2}}?)\s+{after}(?![\w])", _L
            )
            labels = _alt(spec.get("labels", []) + spec.get("label_cues", []))
            self.labels_before[entity_type] = regex.compile(
                rf"(?<![\w]){labels}(?P<tail>[^\n:]{{0,50}}?)\s*[:\uff1a][^\n:]*\Z", _L
            )
            # Round 10b: a form row written with a spaced dash instead of a colon ("Religion - Christian").
            self.dash_labels_before[entity_type] = _dash_label_pattern(labels)
        self.label_colon = regex.compile(r"[ \t]*[:\uff1a][ \t]*(?=\S)", regex.VERSION1)
        # A value ends with its sentence or at a spaced dash ("…: umiarkowany stopień - Anna Nowak, prosimy …").
        self.label_value = regex.compile(r"(?:(?![^\S\n][\u2013\u2014-][^\S\n])[^\n.;!?])*[^\s.;!?,]", regex.VERSION1)
        self.placeholders = frozenset(_key(p) for p in data["placeholders"])
        # Articles are not part of a span, and a cue may end in one: "adhérent de la| CGT", "wegen einer| Depression".
        self.article = regex.compile(rf"{_alt(_no_apostrophes(data['articles']))}[\s'\u2019]+", _L)
        # A phrase may start with a link ("di sinistra"), and a longer one may start after it ("Sinistra Italiana").
        self.lead_link = regex.compile(rf"{_alt(_no_apostrophes(data['naming_links']))}[\s'\u2019]+", _L)
        # Between a cue noun and the organisation or belief it names: "militante de| La France insoumise".
        self.naming_gap = regex.compile(rf"\s*(?:{_alt(_no_apostrophes(data['naming_links']))}[\s'\u2019]+)*", _L)
        # "Genetic test result for Anna Byrne:", "Badanie genetyczne Anna Nowak:": a label naming its person.
        # Surname particles stay lower-case inside a name: "Arjen van Dijkhuizen", "Gonnie op den Kamp".
        particles = _alt(data["name_particles"])
        name_word = r"\p{Lu}[\p{L}\p{M}.'\u2019-]*"
        person = rf"(?:\s+(?i:{_alt(data['label_person_links'])}))?\s+{name_word}(?:(?:\s+{particles})*\s+{name_word}){{0,3}}"
        self.label_person = regex.compile(rf"{person}\s*\Z", regex.VERSION1)
        # Between a label and its colon: who declared it or where it is recorded ("Herkunft laut Fragebogen (Anna
        # Nowak):", "Appartenance syndicale déclarée :"), a parenthetical ("Trade union (payroll deduction):").
        qualifier = (
            rf"(?:\s+(?i:{_alt(data['label_qualifiers'])})(?:\s+[\w.'\u2019-]+){{0,3}}?)?"
            rf"(?:\s*\([^()\n:]{{1,40}}\))?(?:{person})?"
        )
        self.label_qualified = regex.compile(rf"{qualifier}\s*\Z", regex.VERSION1)
        self.label_qualified_colon = regex.compile(rf"{qualifier}[ \t]*[:\uff1a][ \t]*(?=\S)", regex.VERSION1)
        # A name opening the sentence before its verb: "Clovis Chauvière milite ...", "Armel nous a indiqué ...".
        self.name_at_start = regex.compile(
            rf"\s*(?P<first>\p{{Lu}}[\p{{Ll}}\p{{M}}]+)(?:(?:\s+{particles})*\s+(?P<last>\p{{Lu}}[\p{{Ll}}\p{{M}}'\u2019-]+))?"
            r"\s+\p{Ll}",
            regex.VERSION1,
        )
        # Given name and surname right before a copula: "Rianne Terpstra| is ...", "Jelmer van Dijkhuizen| is ...".
        self.full_name_at_end = regex.compile(
            rf"(?<![\w])(?P<first>\p{{Lu}}[\p{{Ll}}\p{{M}}]+)(?:\s+{particles})*\s+(?P<last>\p{{Lu}}[\p{{Ll}}\p{{M}}'\u2019-]+)\s*\Z",
            regex.VERSION1,
        )
        # An apposition closes after its attribute and at most one more word: "Anna Nowak, buddystka, prosi ...".
        # "Abdel Haddou, ancien harki, raconte ...": a word saying the attribute is past may stand after the comma.
        self.apposition_open = regex.compile(
            r",\s*(?:(?:former|ancien|ancienne|ehemalige[rn]?|voormalig[e]?|ex|antiguo|antigua|były|była)\s+)?\Z", _L
        )
        self.apposition_close = regex.compile(r"(?:\s+[\w'\u2019-]+)?\s*,", _L)
        # ... or after where the person comes from: "Meseret Abebe, Oromo uit Ethiopië, opende ...".
        self.apposition_place_close = regex.compile(
            r"\s+(?:from|of|aus|von|de|du|d'|d\u2019|di|da|del|uit|van|z|ze)\s*\p{Lu}[\p{L}\p{M}'\u2019-]+\s*,",
            regex.VERSION1,
        )
        # "Als Sorbin aus Cottbus spricht sie ...", "as a Kurd from Erbil": after an identity cue, where the person
        # comes from shows the attribute is theirs (not "as a Catholic school").
        self.identity_place_after = regex.compile(
            r"\s+(?:from|aus|vom|de|du|d'|d\u2019|di|da|del|uit|van|z|ze)\s*\p{Lu}[\p{L}\p{M}'\u2019-]+", regex.VERSION1
        )
        self.final_copula = regex.compile(rf"\s+{_alt(data['final_copulas'])}(?![\w])", _L)
        self.infinitive_copulas = frozenset(_key(w) for w in data["infinitive_copulas"] if " " in w.strip())
        # German/Dutch compounds: a word that ends in a condition or biometric-template part. One scan of a short
        # alternation of endings; the compound must be longer than its ending ("Krebs" itself is a listed term).
        compounds = data["compounds"]
        # One scan for long words, then str.endswith/startswith with tuples: cheaper than any regex look-behind.
        self.long_word = regex.compile(r"\w{7,}+(?![\w-])", regex.VERSION1)
        self.compound_types: list[tuple[tuple[str, ...], tuple[str, ...], str]] = [
            (tuple(h.lower() for h in spec.get("heads", [])), tuple(e.lower() for e in spec["endings"]), entity_type)
            for entity_type, spec in compounds.items()
        ]
        self.compound_blocklist = frozenset(w.lower() for w in data["compound_not_terms"])
        # Origin frames: an origin noun, an adjective next to it on the side its language puts it.
        origin = data["origin"]
        self.origin_anchor = regex.compile(rf"(?<![\w]){_alt(origin['nouns'])}(?![\w])", _L)
        self.origin_before = regex.compile(rf"(?:(?<![\w]){_alt(origin['links_before'])}\s+)?(?P<adj>[\w-]+)\s+\Z", _L)
        self.origin_after = regex.compile(r"\s+(?P<adj>[\w-]+)(?![\w'\u2019-])", _L)
        self.origin_link_before_noun = regex.compile(
            rf"(?<![\w]){_alt(_no_apostrophes(origin['links_after']))}[\s'\u2019]+\Z", _L
        )
        # Polish genitive frames need no link: "jest narodowości białoruskiej", "pochodzenia tureckiego".
        self.origin_genitive_nouns = frozenset(w.lower() for w in origin["genitive_nouns"])
        self.origin_genitive_adjective = tuple(e.lower() for e in origin["genitive_adjective_endings"])
        self.origin_not_ethnic = frozenset(w.lower() for w in origin["not_ethnic"])
        # "averiguó que tiene raíces mapuche", "ma korzenie łemkowskie", "ha scoperto le sue origini sarde": a verb of
        # having or finding out heritage stands where a link would ("di origine"); up to two words between.
        self.heritage_verb_before = regex.compile(
            rf"(?<![\w]){_alt(_no_apostrophes(data.get('heritage_verbs', [])))}\s+(?:[\w'\u2019-]+\s+){{0,2}}\Z", _L
        )
        # "è di origine": a link or a copula before the noun is no adjective.
        self.origin_links = frozenset(
            w.lower()
            for w in _no_apostrophes(origin["links_after"] + data["copulas"] + data["pro_drop_copulas"])
            if " " not in w
        )
        self.copula_any_before = regex.compile(
            rf"(?<![\w]){_alt(data['copulas'] + data['infinitive_copulas'] + data['pro_drop_copulas'])}\s+\Z", _L
        )
        # Short organisation names that are also words ("Unite", "FO", "LAB", "Linke"): their capitals must be there.
        self.capitals: dict[str, list[str]] = {}
        for entity_type in data["capitalised_categories"]:
            for phrase in data["categories"].get(entity_type, {}).get("terms", []):
                if " " not in phrase.strip() and len(phrase.strip()) <= 6 and any(c.isupper() for c in phrase):
                    self.capitals.setdefault(_key(phrase), []).append(phrase.strip())
        # Acronyms of a condition that are words in lower case (Dutch and German "als"): only in capitals.
        for phrase in data.get("capitalised_terms", []):
            self.capitals.setdefault(_key(phrase), []).append(phrase.strip())
        self.entity_types = list(data["categories"])
        lowered = sorted({p.lower() for p in phrases})
        self._lowered = lowered
        # A phrase match starts where a word starts, and that word is the phrase's first word. Trying only the
        # phrases that begin with that word, and only there, is much faster than scanning every position.
        first_words = [_WORD.match(p.strip()) for p in lowered if p.strip()]
        by_first: dict[str, list[str]] = {}
        if all(m and m.start() == 0 for m in first_words):
            for phrase, m in zip(lowered, first_words, strict=True):
                by_first.setdefault(m.group(), []).append(phrase)
        self._by_first_word = by_first
        self._compiled: dict[str, regex.Pattern[str]] = {}
        self.first_words = frozenset(by_first) if by_first else None
        self.predicate_tail = regex.compile(
            r"(?:\s+(?!(?:and|but|because|so|when|while|which|who|after|before|since|und|et|e|y|en|i|a)\b)"
            r"[\w'\u2019-]+){0,3}",
            _F,
        )
        self.terms = frozenset(self.uses)
        # "ver.di-Vertrauensmann", "CDU-Mitglied": a party or union name as the first part of a German compound.
        compound_names = [
            key
            for key, uses in self.uses.items()
            if any(u.kind == "term" and u.entity_type in self.capitalised_near for u in uses)
        ]
        self.name_before_hyphen = regex.compile(rf"(?<![\w-]){_alt(compound_names)}(?=-\w)", regex.VERSION1)
        # Dutch writes the member noun of such a compound in lower case: "PvdA-lid", "FNV-kaderlid", "CDA-leden".
        member_suffixes = [*data.get("member_suffixes", []), *data.get("member_nouns", [])]
        self.member_suffix = regex.compile(rf"-{_alt(member_suffixes)}(?![\w-])", _L)
        # "Als Sintiza habe ich ...", "en tant que militante écologiste, je ...", "As a coeliac, I ...": an attribute
        # a person claims for themselves, closed by its clause or followed by the person's pronoun.
        self.identity_cue_before = regex.compile(
            rf"(?<![\w]){_alt(data.get('identity_cues', []))}\s+(?:[\w'\u2019-]+\s+)?\Z", _L
        )
        # Sentences and records, not offences ("fraud" in a support mail is about the victim): these name what a
        # court gave a person, and the proximity rule may find them.
        # "Turkish-American", "Marokkaans-Nederlandse", "franco-algérienne": an identity of two origins.
        heritage = data.get("heritage", {})
        not_first = _alt(heritage.get("not_first", []))
        hosts = _alt(heritage.get("hosts", []))
        # Found from the hyphen (one cheap scan), then the word before it is checked.
        self.heritage_hyphen = regex.compile(
            rf"-(?:{hosts}(?![\w-])|(?<=(?<![\w-]){_alt(heritage.get('prefixes', []))}-)\p{{Ll}}{{4,}}(?![\w-]))", _L
        )
        self.heritage_first = regex.compile(
            rf"(?<![\w-])(?:(?!{not_first}-)\p{{Ll}}{{3,}}(?:an|ese|ish|sh|aans|ns|s|se|isch|i|ch)"
            rf"|{_alt(heritage.get('prefixes', []))})\Z",
            _L,
        )
        self.proximity_criminal = frozenset(_key(w) for w in data.get("proximity_criminal", []))
        # "Bei Betrug droht eine Haftstrafe von bis zu fünf Jahren": a penalty the law sets, no one's record.
        self.penalty_frame = regex.compile(rf"(?<![\w]){_alt(data.get('penalty_frames', []))}(?![\w])", _L)
        # "Migräneattacke", "Asthmaanfall", "epilepsieaanval": a listed condition and an episode in one word.
        episode_endings = tuple(e.lower() for e in data.get("episode_endings", []))
        if episode_endings:
            condition_heads = tuple(
                sorted(
                    key
                    for key, uses in self.uses.items()
                    if len(key) >= 4 and _WORD.fullmatch(key) and any(u.entity_type == "HEALTH_DATA" for u in uses)
                )
            )
            self.compound_types.append((condition_heads, episode_endings, "HEALTH_DATA"))
        # A match ends right before a hyphen with the last word of a name: without one, the scan (an alternation
        # of hundreds of names tried at every position, 4 % of the engine's time) cannot match.
        tails = {name.strip().lower().rsplit(" ", 1)[-1] for name in compound_names if name.strip()}
        self._hyphen_tails = frozenset(tails)
        self._hyphen_tail_lengths = sorted({len(tail) for tail in tails})
        self.ethnic_words = frozenset(
            key for key, uses in self.uses.items() if all(u.entity_type == "ETHNIC_ORIGIN" for u in uses)
        )
        # "Yusuf asked for leave to attend Friday prayers", "Verlofaanvraag Esther Cohen voor Jom Kipoer": a
        # religious observance is a person's belief when the sentence asks leave for it; alone it is a calendar date.
        self.observances = frozenset(_key(w) for w in data.get("observances", []))
        self.observance_request = regex.compile(rf"(?<![\w]){_alt(data.get('observance_requests', []))}(?![\w])", _L)

    def names_before_hyphen(self, lowered: str) -> Iterator[regex.Match[str]]:
        """``name_before_hyphen.finditer(lowered)``, skipped where no hyphen follows the last word of a name."""
        tails, lengths = self._hyphen_tails, self._hyphen_tail_lengths
        hyphen = lowered.find("-")
        while hyphen != -1:
            if any(lowered[hyphen - length : hyphen] in tails for length in lengths if length <= hyphen):
                return self.name_before_hyphen.finditer(lowered)
            hyphen = lowered.find("-", hyphen + 1)
        return iter(())

    def starting_with(self, word: str) -> regex.Pattern[str]:
        """The phrases whose first word is ``word``, longest first; compiled on first use (most words never are)."""
        pattern = self._compiled.get(word)
        if pattern is None:
            pattern = regex.compile(rf"{_alt(self._by_first_word[word])}(?![\w'\u2019-])", regex.VERSION1)
            self._compiled[word] = pattern
        return pattern

    def cue_before(self, pattern: regex.Pattern[str], before: str) -> regex.Match[str] | None:
        """The first cue in ``before`` whose words up to the end are a valid gap (fillers + one other word)."""
        # A cue starts where a word starts: trying only there is several times faster than a search.
        for word in _WORD.finditer(before):
            match = pattern.match(before, word.start())
            if match and self.gap.fullmatch(match.group("gap") + " "):
                return match
        return None

    def label_before(self, entity_type: str, before: str, lbefore: str) -> bool:
        """A label and its colon before the term; between them at most the person it is about."""
        if ":" not in before and "\uff1a" not in before:
            return bool(self.dash_labels_before[entity_type].search(lbefore))
        # "Arrêt de travail pour Loïc Van den Broeck, motif : ...": a later label may be the one before the colon.
        for match in self.labels_before[entity_type].finditer(lbefore, overlapped=True):
            tail = match.group("tail")
            if not tail.strip() or self.label_qualified.fullmatch(before, *match.span("tail")):
                return True
        return bool(self.dash_labels_before[entity_type].search(lbefore))

    def capitals_missing(self, key: str, found: str) -> bool:
        """A short organisation name written without its capitals ("unite", "lab") is an ordinary word."""
        forms = self.capitals.get(key)
        if not forms:
            return False
        return not any(all(not c.isupper() or f == c for c, f in zip(form, found, strict=False)) for form in forms)

    def strip_article(self, lowered: str, start: int, end: int) -> int:
        """Where the term starts after its leading articles ("einer Depression" -> "Depression")."""
        while True:
            match = self.article.match(lowered, start, end)
            if not match or match.end() >= end:
                return start
            start = match.end()

    def longer_after_article(self, lowered: str, match: regex.Match[str]) -> regex.Match[str]:
        """ "una fractura| de cadera": a phrase listed with its article (or a link: "di sinistra| italiana") may
        stop short of a longer phrase that starts after it ("fractura de cadera"); the longer one is the term."""
        article = self.article.match(lowered, match.start(), match.end()) or self.lead_link.match(
            lowered, match.start(), match.end()
        )
        if not article or article.end() >= match.end():
            return match
        word = _WORD.match(lowered, article.end())
        if not word or word.group() not in self._by_first_word:
            return match
        longer = self.starting_with(word.group()).match(lowered, article.end())
        return longer if longer and longer.end() > match.end() else match

    def cue_after(self, entity_type: str, text: str, end: int) -> bool:
        match = self.cues_after[entity_type].match(text, end)
        return bool(match and self.gap.fullmatch(match.group("gap") + " "))

    @cached_property
    def phrases_lower(self) -> regex.Pattern[str]:
        """All phrases, lower-case, case-sensitive: the full scan that ``phrase_matches`` shortcuts."""
        return regex.compile(rf"(?<![\w]){_alt(self._lowered)}(?![\w'\u2019-])", regex.VERSION1)


@cache
def _dash_label_pattern(labels: str) -> regex.Pattern[str]:
    """A field label opening its line or sentence, then a spaced dash right before the value (round 10b).

    Why: monitoring forms and notes typed by hand often write "Ethnic group - Black Caribbean. Religion - Sikh"
    with a dash where a form has its colon; only a label that opens a line or follows a sentence end or a colon
    counts, so "a talk on religion - Islam and ..." in running prose does not."""
    return regex.compile(rf"(?:\A|[\n.;:!?])[^\S\n]*{labels}[^\S\n]+[\u2013\u2014-][^\S\n]+\Z", _L)


@cache
def _lexicon() -> _Lexicon:
    return _Lexicon(load_data())


def phrase_matches(lexicon: _Lexicon, lowered: str) -> Iterator[regex.Match[str]]:
    """``lexicon.phrases_lower.finditer(lowered)``, trying phrases only at words that can start one.

    Every phrase starts with a word character and the pattern forbids a word
    character before it, so a match starts where a run of word characters
    starts, and must run on to the end of that run (the phrase's own first word
    ends there too): that run is the first word of the phrase, and only the
    phrases with that first word (``lexicon.by_first_word``, same order) can
    match there. Matches do not overlap, as with finditer.
    """
    if lexicon.first_words is None:  # a phrase that starts with punctuation: scan everywhere
        yield from lexicon.phrases_lower.finditer(lowered)
        return
    resume = 0
    first_words = lexicon.first_words
    for word in _WORD.finditer(lowered):
        if word.group() not in first_words or word.start() < resume:  # most words start no phrase: tested first
            continue
        match = lexicon.starting_with(word.group()).match(lowered, word.start())
        if match:
            yield match
            resume = match.end()


_ORIGIN_LINK = regex.compile(r"(?<![\w])(?:of|van|von|z|de|di|d)[\s'\u2019]+\Z", regex.VERSION1)
# An origin frame set off right after a person's name: "Ana Lima (of Cape Verdean descent) asked …",
# "Priya Rao, of Tamil heritage, …".
_APPOSITION_OPEN = regex.compile(r"[^\S\n]?(?P<open>[,(])[^\S\n]*\Z", regex.VERSION1)
_APPOSITION_CLOSE = regex.compile(r"[^\S\n]*[,)]", regex.VERSION1)
_CLAUSE_END = regex.compile(r"[^\S\n]*(?:[,;:.!?)\u2013\u2014\"'\u2019\u201d\u00bb]|\n|\Z)", regex.VERSION1)
_DIGIT_AFTER = regex.compile(r"\s\d", regex.VERSION1)
_NAME_BEFORE = regex.compile(r"(?<![\w])(?P<word>\p{Lu}[\p{L}\p{M}'\u2019-]*)\s+\Z", regex.VERSION1)
# The words before a number that make "12." an ordinal rather than the end of a sentence.
_ORDINAL_LEAD = regex.compile(
    r"(?<![\w])(?i:der|die|das|dem|den|des|am|im|zum|zur|vom|ab|bis|seit|w|we|od|do|po|przed)\s+\Z", regex.VERSION1
)
_SENTENCE_END = regex.compile(r"\n|[!?](?=\s)|(?<=(?P<word>\w*))\.(?=\s)", regex.VERSION1)


# Gender-inclusive endings written after a word in forms and job ads: "sourd(e)", "délégué(e)", "homosexuel(le)",
# "sordo/a", "juif/juive", "Mitarbeiter/in", "uczeń/uczennica". Read as white space (offsets kept), the word before
# is the listed masculine form and the phrase around it goes on ("usuario/a de silla de ruedas").
_INCLUSIVE_ENDING = regex.compile(
    r"(?<=\w)(?:\((?:e|le|ne|se|ve|te|fe|re|a|o|in|innen|ka|na|ina|essa|trice)\)"
    r"|/(?:a|o|e|in|innen|ka|na|ina|essa|trice|ienne|euse|rice|\w+[ae]))(?![\w(/])",
    regex.VERSION1,
)


def _mask_inclusive_endings(lowered: str) -> str:
    return _INCLUSIVE_ENDING.sub(lambda m: " " * len(m.group()), lowered)


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start: after a line break or a ./!/? that ends a sentence."""
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        word = match.group("word")
        if word is not None and match.group() == "." and (word.lower() in _TITLE_ABBREVIATIONS or len(word) == 1):
            continue  # "Dr. Smith", "J. Smith": not the end of a sentence
        if word is not None and match.group() == "." and 2 < len(word) <= 5 and _DIGIT_AFTER.match(text, match.end()):
            continue  # "bis 16 nov. 2024 por …", "tot 7 dec. 2025 thuis met …": an abbreviated month
        if (
            word is not None
            and word.isdigit()
            and len(word) <= 2
            and _ORDINAL_LEAD.search(text, max(0, match.start() - len(word) - 8), match.start() - len(word))
        ):
            continue  # "in der 20. Woche", "w 12. tygodniu": a German or Polish ordinal
        starts.append(match.end())
    return starts


def _name_before(text: str, start: int, end: int) -> bool:
    """A capitalised word that is no ordinary word ends right before ``end``: "Liesbeth| Zwart", not "van De| Unie"."""
    match = _NAME_BEFORE.search(text, start, end)
    return bool(match) and name_lexicon.is_name_word(match.group("word"))


def _person_spans(nlp_artifacts: NlpArtifacts | None) -> list[tuple[int, int]]:
    """NER PERSON spans, without those made of ordinary words only ("Collective bargaining ...")."""
    if not nlp_artifacts:
        return []
    return [
        (ent.start_char, ent.end_char)
        for ent in ner_entities(nlp_artifacts)
        if ent.label_ == "PERSON" and not all(_ordinary_word(word) for word in ent.text.split())
    ]


# Templates and test results that are a person's record when stated as a value ("Zeiterfassung: Fingerabdruck").
_RECORD_VALUE_TYPES = frozenset({"BIOMETRIC_DATA", "GENETIC_DATA"})
_NAME_PAIR = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'\u2019-]+)*", regex.VERSION1)


def _names_a_person(value: str) -> bool:
    """A given name (also one that is an ordinary word) and a surname or a word that is no ordinary word ("Rosi
    Kühn", "Fern Hollins"), or a lone given name that is no ordinary word."""
    words = value.split()
    if len(words) >= 2 and name_lexicon.is_first_name(words[0]):
        return any(name_lexicon.is_surname(w) or not _ordinary_word(w) for w in words[1:])  # "Fern Hollins"
    return len(words) == 1 and name_lexicon.is_given(words[0]) and not _ordinary_word(words[0])


def _ordinary_word(word: str) -> bool:
    """An ordinary word of one of the seven languages that is no given name ("Tables", "Collective")."""
    return not name_lexicon.is_first_name(word) and (name_lexicon.is_common(word) or name_lexicon.is_common_eu(word))


def _person_on(person_spans: list[tuple[int, int]], line_start: int, line_end: int) -> bool:
    """A NER person on the line (names the lexicons lack: "Bintou Wauters")."""
    return any(line_start <= s and e <= line_end for s, e in person_spans)


def _name_words(lexicon: _Lexicon, first: str, last: str | None) -> bool:
    """A sentence-opening name: a given name and surname that are no English word, or one word no list knows."""
    words = [w for w in (first, last) if w]
    if any(w.lower() in lexicon.not_subjects or w.lower() in lexicon.terms or name_lexicon.is_common(w) for w in words):
        return False
    return bool(last) or name_lexicon.is_given(first) or not name_lexicon.is_common_eu(first)


def _sentence_start(starts: list[int], pos: int) -> int:
    return starts[bisect.bisect_right(starts, pos) - 1]


# A capitalised word inside a date is a month, not a given name: "6. Juli 2026", "Juni 12".
# "12. Juli", "March 3": a month next to a number. A tab is no such space: "1207<TAB>Jakub" is a row's id and a name.
_DATE_WORD = regex.compile(r"\d\.?[^\S\t\n]+\p{Lu}\p{Ll}+(?!\w)|(?<!\w)\p{Lu}\p{Ll}+[^\S\t\n]+\d", regex.VERSION1)
_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n", regex.VERSION1)


def _people_positions(lexicon: _Lexicon, text: str, lowered: str, person_spans: list[tuple[int, int]]) -> list[int]:
    """Where the text names or speaks as a person, sorted: NER persons, given names the lexicon knows, first- and
    third-person words, role nouns ("patient", "Mitarbeiterin"). German "Sie"/"Ihr" addressing the reader is none."""
    # English NER on other languages tags months and lower-case phrases ("Juli", "indicarnos su"): a name is
    # capitalised and no date's month.
    positions = [
        start
        for start, end in person_spans
        if text[start].isupper()
        and not name_lexicon.is_place(text[start:end])
        and not _DATE_WORD.search(text, max(0, start - 5), min(len(text), end + 5))
        and not _de10b_month_in_time(text, start + text[start:end].rfind(" ") + 1, end)  # "Lohn ab Juli"
        and not _de10b_compound_noun_span(text[start:end])
    ]
    for pattern in (lexicon.first_person, lexicon.third_person, lexicon.role_noun):
        positions.extend(m.start() for m in pattern.finditer(lowered) if not lexicon.formal_you.match(text, m.start()))
    # A title before a capitalised name ("Ms Byrne", "Mme Fabre") names a person whether or not NER tags it.
    positions.extend(m.start() for m in persons._patterns()["title"].finditer(text))
    positions.extend(
        m.start()
        for m in lexicon.capitalised_word.finditer(text)
        if name_lexicon.is_given(m.group())
        and not _ordinary_word(m.group())
        and m.group().lower() not in lexicon.terms
        and not name_lexicon.is_place(m.group())
        and not _DATE_WORD.search(text, max(0, m.start() - 5), min(len(text), m.end() + 5))
        and not _de10b_month_in_time(text, m.start(), m.end())
    )
    return sorted(positions)


# A term glued to code punctuation ("ComparisonOp.UGT", "PhaseSkipReason.DISABLED", "disabled_by()") is an identifier.
_CODE_NEIGHBOUR = regex.compile(r"[._/$@]\s|.\s(?:\(|[._]\w)", regex.VERSION1)


def _proper_name(found: str, *, sentence_opening: bool) -> bool:
    """A party or union name written as one: an acronym ("CCOO", "FIOM-CGIL"), a name with inner capitals or dots
    ("GroenLinks", "ver.di"), or a capitalised word that is no English word inside a sentence ("Sumar"). Not an
    ordinary word ("Unite", "podemos", "Podemos ir" opening a sentence) and not two letters ("PS:" under a letter)."""
    letters = [c for c in found if c.isalpha()]
    if len(letters) <= 2:
        return False
    if all(c.isupper() for c in letters):
        return not name_lexicon.is_common(found.lower())  # "INSERT INTO" is SQL, not the Irish teachers' union
    if "." in found.strip(".") or any(c.isupper() for c in found[1:] if c.isalpha()):
        return True
    return found[0].isupper() and not sentence_opening and not any(name_lexicon.is_common(w) for w in found.split())


# A record's field: "Notes: ...", "Uwagi: ...", "Dietary requirements for the dinner: ..." opening a line, or an
# item of a list of notes ("- assente 3 settimane per ...", "* hernia, ...", "2) ...").
_BULLET = r"(?:[-*\u2022\u2013\u00b7]|\d{1,2}[.)])[^\S\n]+"
_FIELD_LINE = regex.compile(rf"[^\S\n]*(?:\p{{L}}[\p{{L}}\p{{M}} .()/-]{{0,50}}:[^\S\n]|{_BULLET})", regex.VERSION1)
_BULLET_LINE = regex.compile(rf"[^\S\n]*{_BULLET}", regex.VERSION1)
# Where a field's label starts its line: "Casellario giudiziale: ..." is a heading, its value the fact.
_FIELD_LABEL_START = regex.compile(rf"[^\S\n]*(?:{_BULLET})?", regex.VERSION1)


def _record_block(lowered: str, start: int, end: int) -> tuple[int, int] | None:
    """The block of field lines (a form, a staff record) around a term on a field line, or on the free-text line
    right under one ("Employee: A. B.\nAbsent since ... following ..."): a record is about the person its name field
    names, so the term and the name need not share a line. None elsewhere."""
    line_start = lowered.rfind("\n", 0, start) + 1
    if not _FIELD_LINE.match(lowered, line_start):
        previous = lowered.rfind("\n", 0, max(0, line_start - 1)) + 1
        if not line_start or not _FIELD_LINE.match(lowered, previous, line_start - 1):
            return None
    block_start = max((m.end() for m in _PARAGRAPH_BREAK.finditer(lowered, 0, line_start)), default=0)
    block_break = _PARAGRAPH_BREAK.search(lowered, end)
    block_end = block_break.start() if block_break else len(lowered)
    return max(block_start, start - RECORD_CHARS), min(block_end, end + RECORD_CHARS)


def _list_heading(text: str, start: int) -> tuple[str, int] | None:
    """The heading of the list whose item holds ``start`` ("Diagnosen:\n- ...\n- ..."): the line above the first
    item when it ends in a colon; None off a list item."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _BULLET_LINE.match(text, line_start):
        return None
    while line_start > 0:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous : line_start - 1]
        if not _BULLET_LINE.match(line):
            heading = line.rstrip()
            return (heading, previous) if heading.endswith((":", "\uff1a")) else None
        line_start = previous
    return None


_CELL_SEPARATOR = regex.compile(r"[,;|\t]", regex.VERSION1)
# A cell no prose has: a number ("41"), an e-mail address, a phone number.
_DATA_CELL = regex.compile(r"\s*(?:\d[\d .()/+-]*|[^\s@,;|]+@[^\s@,;|]+)\s*", regex.VERSION1)


def _record_cell(text: str, start: int, end: int, person_spans: list[tuple[int, int]]) -> bool:
    """The phrase is a cell of its own in a record row that names a person: a CSV export, a contact list or a
    persona line ("Olga Wrona, olga@example.pl, pochodzenia ukraińskiego", "Anna Roth, 41, Bonn, Diabetikerin,
    ..."). A row is a line of three cells or more with one that no prose has (a number, an e-mail address)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opening = max((m.end() for m in _CELL_SEPARATOR.finditer(text, line_start, start)), default=-1)
    if opening < 0 or text[opening:start].strip():
        return False
    closing = _CELL_SEPARATOR.search(text, end, line_end)
    rest = text[end : closing.start() if closing else line_end]
    if len(rest.split()) > 1 and rest.strip(' \t.\u201d"'):
        return False  # "…, Diabetikerin, nutzt …" closes its cell; "…, katholische Schule" goes on
    cells = _CELL_SEPARATOR.split(text[line_start:line_end])
    if len(cells) < 3 or not any(_DATA_CELL.fullmatch(cell) for cell in cells):
        return False
    return any(_names_a_person(cell.strip()) for cell in cells) or _person_on(person_spans, line_start, line_end)


def _person_near(
    lexicon: _Lexicon, lowered: str, people: list[int], starts: list[int] | None, start: int, end: int
) -> bool:
    """The proximity rule: a listed term on a line (a paragraph of free-form mail) that names or speaks as a person
    within ``PROXIMITY_CHARS`` of the term, in a sentence that is not about people in general, a product or a
    topic. Lines, not blank-line paragraphs: forms and notices put unrelated facts on consecutive lines; a term in
    a record's field counts with a person anywhere in the record's block of field lines."""
    low = max(lowered.rfind("\n", 0, start) + 1, start - PROXIMITY_CHARS)
    line_end = lowered.find("\n", end)
    high = min(len(lowered) if line_end < 0 else line_end, end + PROXIMITY_CHARS)
    first = bisect.bisect_left(people, low)
    if first >= len(people) or people[first] >= high:
        record = _record_block(lowered, start, end)
        if record is None:
            return False
        heading = _list_heading(lowered, start)
        if heading and lexicon.generic_frame.search(heading[0]):
            return False  # "Leistungen der Klinik:\n- Behandlung von Diabetes": a list of services, no record
        first = bisect.bisect_left(people, record[0])
        if first >= len(people) or people[first] >= record[1]:
            return False
    return _personal_frame(lexicon, lowered, starts, start, end)


def _personal_frame(lexicon: _Lexicon, lowered: str, starts: list[int] | None, start: int, end: int) -> bool:
    """The sentence of ``lowered[start:end]`` is not about people in general, a product or a topic."""
    starts = starts or [0]
    index = bisect.bisect_right(starts, start) - 1
    sentence_end = starts[index + 1] if index + 1 < len(starts) else len(lowered)
    frame_start, frame_end = starts[index], sentence_end
    row_start = lowered.rfind("\n", 0, start) + 1
    line_end = lowered.find("\n", end)
    row_end = len(lowered) if line_end < 0 else line_end
    if _DELIMITED_ROW.match(lowered, row_start, row_end):
        # A row of a CSV or TSV export is a record of its own: the export's heading ("Event sign-ups ...") is no
        # frame of the values in it.
        frame_start, frame_end = max(frame_start, row_start), min(frame_end, row_end)
    return not (
        _generic_frame_in(lexicon, lowered, frame_start, frame_end)
        or any(
            lowered[m.start() : m.end()].split()[0] not in lexicon.one_relative
            for m in lexicon.people_with.finditer(lowered, frame_start, frame_end)
        )
    )


# A row of a delimited export: at least three cells split by the same ";", "," or tab, one of them an e-mail
# address or a date (a sentence with commas has neither as a cell of its own).
_DELIMITED_ROW = regex.compile(
    r"(?=[^\n]*(?:^|[;,\t])[^\S\n]*(?:[\w.+-]+@[\w-]+\.[\w.-]+|\d{4}-\d\d-\d\d)[^\S\n]*(?:[;,\t]|$))"
    r"(?:(?:[^;\n]*;){2}|(?:[^\t\n]*\t){2}|(?:[^,\n]*,){2})",
    regex.VERSION1 | regex.MULTILINE,
)


# The rest of a word-like token (an e-mail address, a URL) around a match: up to a space or a delimiter.
_TOKEN_HEAD = regex.compile(r"[^\s;,<>\"'()]*\Z", regex.VERSION1)
_TOKEN_TAIL = regex.compile(r"[^\s;,<>\"'()]*", regex.VERSION1)


def _generic_frame_in(lexicon: _Lexicon, lowered: str, start: int, end: int) -> bool:
    """A generic frame in lowered[start:end], not inside an idiom that uses its word in another sense and not
    inside an e-mail address or a URL ("f.aydogan@web-post.de" is no post)."""
    for match in lexicon.generic_frame.finditer(lowered, start, end):
        idiom = lexicon.not_generic.search(lowered, max(start, match.start() - 12), min(end, match.end() + 4))
        if idiom and idiom.start() <= match.start() and match.end() <= idiom.end():
            continue
        head = _TOKEN_HEAD.search(lowered, max(start, match.start() - 80), match.start())
        tail = _TOKEN_TAIL.match(lowered, match.end(), min(end, match.end() + 80))
        token = (head.group() if head else "") + (tail.group() if tail else "")
        if "@" in token or "://" in token:
            continue
        if _field_label(lexicon, lowered, match.start(), match.end()):
            continue
        return True
    return False


def _field_label(lexicon: _Lexicon, lowered: str, start: int, end: int) -> bool:
    """A topic noun alone before a colon at the start of a line is a record's field label, not a topic."""
    if _key(lowered[start:end]) not in lexicon.topic_nouns:
        return False
    line_start = lowered.rfind("\n", 0, start) + 1
    if not lowered[line_start:start].strip(" \t-*\u2022") and lowered[end:].lstrip(" \t").startswith(":"):
        return True
    return _health12_heading(lexicon, lowered, line_start, start, end)


def _conditions_over_states(
    results: list[RecognizerResult], found: list[tuple[RecognizerResult, str]], lowered: str
) -> list[RecognizerResult]:
    """A sick note, a hospital stay or an absence ("arbeitsunfähig", "arrêt maladie", "in hospital") is health data
    about its person, and stays a finding on its own; where the paragraph also names the condition, the condition
    is the fact to report and redact, and the state is dropped (unless a merge made them one span)."""
    states = {
        id(r) for r, kind in found if r.entity_type == "HEALTH_DATA" and kind in ("predicate", "person_term", "context")
    }
    conditions = [(r.start, r.end) for r, _ in found if r.entity_type == "HEALTH_DATA" and id(r) not in states]
    if not states or not conditions:
        return results
    kept = []
    for result in results:
        if id(result) in states and not any(result.start <= s and e <= result.end for s, e in conditions):
            paragraph_start, paragraph_end = _paragraph_around(lowered, result.start, result.end)
            if any(paragraph_start <= s and e <= paragraph_end for s, e in conditions):
                continue
        kept.append(result)
    return kept


def _paragraph_around(lowered: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the paragraph (text between blank lines) that holds ``lowered[start:end]``."""
    paragraph_start = max((m.end() for m in _PARAGRAPH_BREAK.finditer(lowered, 0, start)), default=0)
    paragraph_break = _PARAGRAPH_BREAK.search(lowered, end)
    return paragraph_start, paragraph_break.start() if paragraph_break else len(lowered)


def _in_sentence(pattern: regex.Pattern[str], lowered: str, starts: list[int] | None, pos: int) -> bool:
    starts = starts or [0]
    index = bisect.bisect_right(starts, pos) - 1
    return bool(pattern.search(lowered, starts[index], starts[index + 1] if index + 1 < len(starts) else len(lowered)))


# "raíces mapuche y aimara", "Sorbian and Frisian": a second item joined to a finding by a conjunction.
# Identities only: a health term after "and" is often the treatment or the visit ("a torn ACL and surgery").
_COORDINATED_TYPES = frozenset(
    {"ETHNIC_ORIGIN", "RELIGIOUS_BELIEF", "POLITICAL_OPINION", "TRADE_UNION_MEMBERSHIP", "SEX_LIFE_ORIENTATION"}
)
_COORDINATOR = regex.compile(r"[^\S\n]+(?:and|und|et|e|y|i|en|oraz|or|oder|ou|o|of|lub|albo)[^\S\n]+", regex.VERSION1)


def _coordinated_items(
    lowered: str, results: list[RecognizerResult], matches: list[tuple[int, int, list[_Use]]]
) -> list[RecognizerResult]:
    """Terms and attributes joined by a conjunction to a finding of their type share its statement."""
    by_start = {start: (end, uses) for start, end, uses in matches}
    found = {(r.entity_type, r.start) for r in results}
    added: list[RecognizerResult] = []
    queue = [r for r in results if r.entity_type in _COORDINATED_TYPES]
    while queue:
        result = queue.pop()
        joint = _COORDINATOR.match(lowered, result.end)
        if not joint or joint.end() not in by_start:
            continue
        end, uses = by_start[joint.end()]
        if (result.entity_type, joint.end()) in found or not any(
            u.entity_type == result.entity_type and u.kind in ("term", "attribute") for u in uses
        ):
            continue
        item = RecognizerResult(result.entity_type, joint.end(), end, result.score, result.analysis_explanation)
        item.recognition_metadata = result.recognition_metadata
        found.add((result.entity_type, joint.end()))
        added.append(item)
        queue.append(item)
    return added


def _heritage_verb_before(lexicon: _Lexicon, lowered: str, start: int) -> bool:
    """A verb of having or finding out heritage right before an origin noun ("discovered Aymara ancestry")."""
    return bool(lexicon.heritage_verb_before.search(lowered, max(0, start - 40), start))


def _identity_claimed(lexicon: _Lexicon, text: str, lowered: str, lbefore: str, end: int) -> bool:
    """A person term a speaker claims after an identity cue: "Als schwuler Mann hatte ich ..."."""
    if not lexicon.identity_cue_before.search(lbefore.translate(_APOSTROPHES)):
        return False
    return SpecialCategoryRecognizer._claimed(lexicon, text, lowered, end) or bool(
        lexicon.identity_place_after.match(text, end)
    )


def _clinical_matches(
    lexicon: _Lexicon, text: str, lowered: str, matches: list[tuple[int, int, list[_Use]]]
) -> list[tuple[int, int, list[_Use]]]:
    """Round 10: injury phrases, eponym compounds and conditions before a hyphenated care head (``clinical.py``).

    Why: "fractured left ankle", "Parkinson-Erkrankung" and "bipolaire stoornis-controle" are open combinations
    no phrase list holds. A span found so replaces the listed phrases inside it ("fracture", "Erkrankung")."""
    found = [*clinical.injury_spans(lowered), *clinical.eponym_spans(text)]
    for hyphen, head_end in clinical.hyphen_head_ends(lowered):
        # A listed condition or a condition compound right before the hyphen: "stoornis-controle".
        word = regex.search(r"[\w]+\Z", lowered[:hyphen])
        if word and (
            (
                _key(word.group()) in lexicon.uses
                and any(u.entity_type == "HEALTH_DATA" for u in lexicon.uses[_key(word.group())])
            )
            or health_terms.is_health_word(word.group())
            or any(
                word.group().endswith(endings) and word.group() not in endings
                for _, endings, t in lexicon.compound_types
                if t == "HEALTH_DATA"
            )
        ):
            start = word.start()
            inside = [m for m in matches if m[1] == hyphen and any(u.entity_type == "HEALTH_DATA" for u in m[2])]
            start = min([start, *(m[0] for m in inside)])
            found.append((start, head_end))
            continue
        masked = lowered[:hyphen] + " " * (head_end - hyphen) + lowered[head_end:]
        for match in phrase_matches(lexicon, masked[max(0, hyphen - 80) : hyphen + 1]):
            offset = max(0, hyphen - 80)
            if match.end() + offset == hyphen and any(
                u.entity_type == "HEALTH_DATA" for u in lexicon.uses[_key(match.group())]
            ):
                found.append((match.start() + offset, head_end))
    if not found:
        return matches
    for start, end in sorted(found):
        overlapping = [m for m in matches if m[0] < end and start < m[1]]
        if any(all(u.entity_type != "HEALTH_DATA" for u in m[2]) for m in overlapping):
            continue  # crosses a phrase of another kind or category: that phrase stands
        # A listed health term inside or across the span ("une fracture" + "fracture du fémur") joins it.
        start = min([start, *(m[0] for m in overlapping)])
        end = max([end, *(m[1] for m in overlapping)])
        matches = [m for m in matches if m not in overlapping]
        matches.append((start, end, [_Use("HEALTH_DATA", "term")]))
    matches.sort(key=lambda m: m[0])
    return matches


def _offences_over_sanctions(
    results: list[RecognizerResult], found: list[tuple[RecognizerResult, str]], lowered: str
) -> list[RecognizerResult]:
    """A record or sentence found by proximity ("casier judiciaire", "Haftstrafe") gives way to a criminal finding
    stated in its paragraph ("... une condamnation pour violences volontaires"): the offence is the fact to report."""
    sanctions = {id(r) for r, kind in found if kind == "sanction"}
    others = [(r.start, r.end) for r in results if r.entity_type == "CRIMINAL_RECORD" and id(r) not in sanctions]
    if not sanctions or not others:
        return results
    kept = []
    for result in results:
        if id(result) in sanctions:
            paragraph_start, paragraph_end = _paragraph_around(lowered, result.start, result.end)
            if any(paragraph_start <= s and e <= paragraph_end for s, e in others):
                continue
        kept.append(result)
    return kept


def _own_use(lexicon: _Lexicon, text: str, lowered: str, start: int, blocker: str) -> bool:
    """ "my inhaler and epilepsy medication", "ihre Asthma Medikamente": a medicine or treatment a person in the
    same line owns is that person's condition, not a product (``personal_use_blockers``)."""
    if blocker not in lexicon.personal_use_blockers:
        return False
    low = max(lowered.rfind("\n", 0, start) + 1, start - OWN_USE_CHARS)
    return any(
        not lexicon.formal_you.match(text, m.start())
        for pattern in (lexicon.first_person, lexicon.third_person)
        for m in pattern.finditer(lowered, low, start)
    )


# Round 10 (identity): shapes of ethnic origin, religion and criminal data in everyday text.
_ROUND10_NAME_WORDS = regex.compile(
    r"(?<![\w])(?P<words>\p{Lu}[\p{Ll}\p{M}'\u2019-]+(?:[^\S\n]+\p{Lu}[\p{Ll}\p{M}'\u2019-]+){0,3})[^\S\n]*\Z",
    regex.VERSION1,
)
_ROUND10_OFFENCE = regex.compile(
    r"[^\S\n]+(?![\d])[\w'\u2019-]+(?:[^\S\n]+[\w'\u2019-]+){0,5}?(?=[^\S\n]*(?:[,;:.!?)\n\u2013\u2014]|\Z))", _L
)


@cache
def _round10() -> _Round10:
    return _Round10(load_data(inflected=False))


class _Round10:
    """The round-10 frames, compiled once from their lists in ``special_categories_round10_identity.json``."""

    def __init__(self, data: dict) -> None:
        openers = _alt(data.get("round10_clause_openers", []) + data.get("clause_openers", []))
        copulas = _alt(data.get("pro_drop_copulas", []))
        # "si era rumana", "czy jest Romką": a pro-drop copula right after "if/that" opens a clause of its own.
        self.opener_copula = regex.compile(rf"(?<![\w]){openers}\s+{copulas}\s+\Z", _L)
        # "twierdzi, że jako Tatarka ...", "dice que como rumana ...": an identity cue opening a reported clause.
        reported = _alt(_no_apostrophes(data.get("round10_reported_openers", [])))
        self.reported_opener = regex.compile(rf"(?<![\w]){reported}[\s,]*\Z", _L)
        # "Rachel keeps Shabbat", "Jonas isst nur koscher", "Bilal only eats halal": a practice verb, an adverb, one
        # more word (an article), then a holy day or a dietary rule.
        verbs = _alt(data.get("round10_practice_verbs", []))
        adverbs = _alt(data.get("round10_practice_adverbs", []))
        self.practice_verb = regex.compile(rf"(?<![\w]){verbs}(?:\s+{adverbs})?\s+(?:[\w'\u2019-]+\s+)?\Z", _L)
        self.dietary = frozenset(_key(w) for w in data.get("round10_dietary", []))
        convictions = data.get("round10_convictions", {})
        self.conviction = regex.compile(
            rf"(?:[^\S\n]+[\w'\u2019-]+){{0,4}}?[^\S\n]+{_alt(convictions.get('prepositions', []))}(?=[^\S\n])", _L
        )
        self.participles = frozenset(_key(w) for w in convictions.get("participles", []))
        practice = _alt(data.get("round10_practice_nouns", []))
        # "a Sikh family", "famille juive", "funérailles protestantes", "katholische Trauerfeier", "rodzina katolicka".
        self.practice_before = regex.compile(rf"(?<![\w]){practice}[^\S\n]+\Z", _L)
        self.practice_after = regex.compile(rf"[^\S\n]+{practice}(?![\w])", _L)


def _given_name_ends_at(text: str, pos: int) -> bool:
    """One to four capitalised words right before ``pos`` with a given name among them: "Oleg, Białorusin, ...",
    "Yesenia Palacios Mina, afrocolombiana, ..." (two surnames, which the two-word name rule misses)."""
    match = _ROUND10_NAME_WORDS.search(text, max(0, pos - 60), pos)
    return bool(match and any(name_lexicon.is_given(word) for word in match.group("words").split()))


def _person_before_identity_cue(lexicon: _Lexicon, text: str, lbefore: str, cue_start: int, window_start: int) -> bool:
    """ "dat ik als Eritrese werd ...", "ich als Türkin", "yo como gitana": the person right before the identity cue
    is who claims the attribute, whatever follows it (Dutch and German put the verb after)."""
    head = lbefore[:cue_start].rstrip(" ,")
    if not head:
        return False
    for pattern in (lexicon.first_person, lexicon.third_person):
        for match in pattern.finditer(head, max(0, len(head) - 12)):
            if match.end() == len(head) and not lexicon.formal_you.match(text, window_start + match.start()):
                return True
    return False


def _conviction_span(lowered: str, start: int, end: int) -> tuple[int, int] | None:
    """ "condamné en 2019 pour abus de confiance", "condannato per truffa aggravata": a conviction participle, at most
    four words (a year, "last year"), an offence preposition and the offence up to its clause end; the span covers
    the conviction and the offence."""
    frame = _round10()
    if _key(lowered[start:end]) not in frame.participles:
        return None
    link = frame.conviction.match(lowered, end)
    if not link:
        return None
    offence = _ROUND10_OFFENCE.match(lowered, link.end())
    return (start, offence.end()) if offence else None


def _practice_verb_before(lowered: str, start: int) -> int | None:
    """Where a practice verb before ``start`` starts ("keeps| Shabbat", "isst nur| koscher"), or None."""
    match = _round10().practice_verb.search(lowered, max(0, start - 40), start)
    return match.start() if match else None


def _belief_by_practice(
    lexicon: _Lexicon, text: str, lowered: str, start: int, end: int, person_spans: list[tuple[int, int]]
) -> bool:
    """A belief or origin adjective next to a family or rite noun ("grew up in a Sikh family", "katholische
    Trauerfeier", "islamitische uitvaart") on a line that names a person: the person's own belief or origin, by the
    household they come from or the rite chosen for them (a school or a church building is no such noun)."""
    frame = _round10()
    if not (
        frame.practice_after.match(lowered, end) or frame.practice_before.search(lowered, max(0, start - 16), start)
    ):
        return False
    people = _people_positions(lexicon, text, lowered, person_spans)
    return _person_near(lexicon, lowered, people, sentence_starts(text), start, end)


def _lowered_same_length(text: str) -> str:
    """``text.lower()`` with the same offsets: "İ" lower-cases to two characters, so such characters stay."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


def keep_statements(
    text: str, nlp_artifacts: NlpArtifacts | None, results: list[RecognizerResult]
) -> list[RecognizerResult]:
    """The phrases another recognizer (the span model) found in ``text`` that pass the rules' own tests of a
    statement about a person:

    - a person near the term on its line, in a sentence about no one in general (``_person_near``), or a person
      the NER names in the same paragraph: the model reads a whole paragraph, so a term it found there is about
      the person the paragraph names ("Marcus Fairbrother, HGV driver at our Daventry hub, failed his D4 medical
      renewal because of uncontrolled sleep apnoea"); a pronoun alone ("il", "they") names no one;
    - and the filters ``analyze`` applies to its own matches: no blocker noun after it ("diabetes research",
      "Reha-Messe") unless a person on the line owns it, no audience copy ("Flyer text: if they are pregnant
      ..."), no code, no animal's injury.
    """
    if not results:
        return results
    lexicon = _lexicon()
    lowered = _lowered_same_length(text)
    person_spans = _person_spans(nlp_artifacts)
    people = _people_positions(lexicon, text, lowered, person_spans)
    named = sorted(s for s, e in person_spans if text[s].isupper() and not name_lexicon.is_place(text[s:e]))
    starts = sentence_starts(text)
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(lowered)]

    def named_in_paragraph(start: int) -> bool:
        index = bisect.bisect_left(breaks, start)
        low = breaks[index - 1] if index else 0
        high = breaks[index] if index < len(breaks) else len(lowered)
        first = bisect.bisect_left(named, low)
        return first < len(named) and named[first] < high

    kept = []
    for result in results:
        if not (
            _person_near(lexicon, lowered, people, starts, result.start, result.end) or named_in_paragraph(result.start)
        ):
            continue
        blocked = lexicon.blocker.match(lowered, result.end)
        if blocked and not _own_use(lexicon, text, lowered, result.start, blocked.group().strip()):
            continue
        kept.append(result)
    kept = audience.drop_audience_copy(text, lowered, kept, person_spans)
    return _health12_not_a_pet(text, lowered, _round10_not_personal(text, lowered, kept), person_spans)


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
        person_spans = _person_spans(nlp_artifacts)
        starts: list[int] | None = None
        found: list[tuple[RecognizerResult, str]] = []  # (result, kind of the phrase that fired)
        label_values: list[tuple[str, int, int]] = []
        lowered = _lowered_same_length(text)
        if "(" in lowered or "/" in lowered:
            lowered = _mask_inclusive_endings(lowered)
        named: list[tuple[int, int, str]] = []  # terms of every match, for cue nouns that name one
        people: list[int] | None = None  # where the text names or speaks as a person (computed on first need)
        matches = self._matches(lexicon, text, lowered)
        for start, end, uses in matches:
            blocked = lexicon.blocker.match(lowered, end) if uses[0].kind != "label" else None
            if (
                blocked
                and not _own_use(lexicon, text, lowered, start, blocked.group().strip())
                # "our Usdaw shop steward": a union role is no "shop"
                and not (
                    any(u.entity_type == "TRADE_UNION_MEMBERSHIP" for u in uses)
                    and _identity12_union_role(lowered, end)
                )
            ):
                continue  # "diabetes research", "union leaders": about the thing, not a person
            if uses[0].kind != "label":
                start = lexicon.strip_article(lowered, start, end)
                if text[start].isupper() and any(
                    s < start < e and _name_before(text, s, start) for s, e in person_spans
                ):
                    continue  # "Liesbeth Zwart is ...", "Anna White": a surname that is also a word
            named.extend((start, end, u.entity_type) for u in uses if u.kind == "term")
            if starts is None:
                starts = sentence_starts(text)
            sentence_start = _sentence_start(starts, start)
            window_start = max(sentence_start, start - SUBJECT_WINDOW_CHARS)
            before, lbefore = text[window_start:start], lowered[window_start:start]
            for use in uses:
                if use.entity_type not in entities:
                    continue
                if use.kind == "label":
                    value = self._label_value(lexicon, text, end)
                    if value:
                        label_values.append((use.entity_type, *value))
                        break
                    continue
                if use.kind == "origin":
                    span, score = self._check_origin(
                        lexicon, text, lowered, start, end, window_start, sentence_start, person_spans
                    )
                else:
                    span, score = self._check(
                        lexicon, use, text, lowered, start, end, before, lbefore, sentence_start, person_spans
                    )
                key = _key(lowered[start:end])
                if (
                    not span
                    and (use.kind == "term" or (use.kind == "attribute" and use.entity_type != "HEALTH_DATA"))
                    and (use.entity_type in lexicon.proximity_categories or key in lexicon.proximity_criminal)
                    and key not in lexicon.proximity_excluded
                    and (
                        use.entity_type not in lexicon.capitalised_near
                        or _proper_name(text[start:end], sentence_opening=not text[sentence_start:start].strip())
                    )
                    and not (text[start].isupper() and name_lexicon.is_first_name(text[start:end]))
                    and not _CODE_NEIGHBOUR.match(text[start - 1 : start] + " " + text[end : end + 2])
                    and not (
                        lexicon.label_colon.match(text, end)
                        and _FIELD_LABEL_START.fullmatch(text, lowered.rfind("\n", 0, start) + 1, start)
                    )
                ):
                    if people is None:
                        people = _people_positions(lexicon, text, lowered, person_spans)
                    if _person_near(lexicon, lowered, people, starts, start, end) and not (
                        use.entity_type == "CRIMINAL_RECORD"
                        and _in_sentence(lexicon.penalty_frame, lowered, starts, start)
                    ):
                        span, score = (start, end), PROXIMITY_SCORE
                if span:
                    kind = "context" if use.kind != "label" and key in lexicon.health_context else use.kind
                    if score == PROXIMITY_SCORE and use.entity_type == "CRIMINAL_RECORD":
                        kind = "sanction"
                    elif score == PRACTICE_SCORE:
                        kind = "practice"
                    found.append((self._result(use.entity_type, *span, score), kind))
                    break
        results = self._name_over_cue(lexicon, lowered, found, named)
        results = self._merge_states(results, found, starts or [0], lowered)
        results = _conditions_over_states(results, found, lowered)
        results = _offences_over_sanctions(results, found, lowered)
        unique: dict[tuple[str, int, int], RecognizerResult] = {}
        for result in results:  # a cue noun and the term it names can report the same span
            unique.setdefault((result.entity_type, result.start, result.end), result)
        results = list(unique.values())
        if results and len(matches) > 1:
            results.extend(_coordinated_items(lowered, results, matches))
        results = audience.drop_audience_copy(text, lowered, results, person_spans)
        for entity_type, start, end in label_values:
            # "Diagnosis: Morbus Fabry": a value no term covers is the fact itself. A word known by its form alone
            # ("Alergias: marisco y ibuprofeno") does not cut the value down to itself.
            inside = [r for r in results if r.entity_type == entity_type and start <= r.start < end]
            if all(
                lowered[r.start : r.end] not in lexicon.uses and health_terms.is_health_word(lowered[r.start : r.end])
                for r in inside
            ):
                results = [r for r in results if r not in inside]
                results.append(self._result(entity_type, start, end, LABEL_SCORE))
        results.extend(
            self._result(entity_type, start, end, LABEL_SCORE)
            for entity_type, start, end in _identity12_column_values(text, lowered, results, entities)
        )
        if any(r.score == OBSERVANCE12_SCORE for r in results) and any(
            r.entity_type == "RELIGIOUS_BELIEF" and r.score != OBSERVANCE12_SCORE for r in results
        ):
            results = [r for r in results if r.score != OBSERVANCE12_SCORE]
        return _health12_not_a_pet(text, lowered, _round10_not_personal(text, lowered, results), person_spans)

    @staticmethod
    def _matches(lexicon: _Lexicon, text: str, lowered: str) -> list[tuple[int, int, list[_Use]]]:
        """Lexicon phrases, compounds and origin frames, in text order."""
        matches: list[tuple[int, int, list[_Use]]] = []
        extended_to = 0
        for match in phrase_matches(lexicon, lowered):
            if match.start() < extended_to:
                continue
            match = lexicon.longer_after_article(lowered, match)
            key = _key(match.group())
            if lexicon.capitals_missing(key, text[match.start() : match.end()]):
                continue
            extended_to = match.end()
            matches.append((match.start(), match.end(), lexicon.uses[key]))
        matches = _clinical_matches(lexicon, text, lowered, matches)
        taken = [(s, e) for s, e, _ in matches]
        for match in lexicon.names_before_hyphen(lowered):
            if (text[match.end() + 1].isupper() or lexicon.member_suffix.match(lowered, match.end())) and not any(
                s < match.end() and match.start() < e for s, e in taken
            ):
                matches.append((match.start(), match.end(), lexicon.uses[_key(match.group())]))
        for match in lexicon.long_word.finditer(lowered):
            word = match.group()
            if match.start() and lowered[match.start() - 1] == "-":
                continue  # "Diabetes-Krebsregister": part of a hyphenated word
            for heads, endings, entity_type in lexicon.compound_types:
                if not word.endswith(endings) or (heads and not word.startswith(heads)) or word in endings:
                    continue
                if word in lexicon.compound_blocklist or word in lexicon.uses:
                    break
                if not any(s < match.end() and match.start() < e for s, e in taken):
                    matches.append((match.start(), match.end(), [_Use(entity_type, "term")]))
                break
            else:
                # "Candesartan", "Arthrose", "glaucoom": a drug by its INN stem, a condition by its suffix
                if (
                    word not in lexicon.uses
                    and word not in lexicon.compound_blocklist
                    and (health_terms.is_health_word(word) or clinical.is_injury_compound(word))
                    and not any(s < match.end() and match.start() < e for s, e in taken)
                ):
                    matches.append((match.start(), match.end(), [_Use("HEALTH_DATA", "term")]))
        for hyphen in lexicon.heritage_hyphen.finditer(lowered):
            first = lexicon.heritage_first.search(lowered, max(0, hyphen.start() - 20), hyphen.start())
            if first and not any(s < hyphen.end() and first.start() < e for s, e, _ in matches):
                matches.append((first.start(), hyphen.end(), [_Use("ETHNIC_ORIGIN", "attribute")]))
        for match in lexicon.origin_anchor.finditer(lowered):
            span = SpecialCategoryRecognizer._origin_span(lexicon, lowered, match.start(), match.end())
            if not span:
                continue
            # An origin adjective listed as an ethnic word ("maghrébine") is part of the frame around it.
            inside = [
                m
                for m in matches
                if span[0] <= m[0]
                and m[1] <= span[1]
                and all(u.entity_type == "ETHNIC_ORIGIN" for u in m[2])
                and not (m[2][0].kind == "label" and lexicon.label_colon.match(lowered, m[1]))
            ]
            if inside:
                matches = [m for m in matches if m not in inside]
            if not any(s < span[1] and span[0] < e for s, e, _ in matches):
                matches.append((*span, [_Use("ETHNIC_ORIGIN", "origin")]))
        matches.sort(key=lambda m: m[0])
        return matches

    @staticmethod
    def _origin_span(lexicon: _Lexicon, lowered: str, start: int, end: int) -> tuple[int, int] | None:
        """ "of Turkish origin", "türkischer Herkunft" (adjective before) or "di origine senegalese" (after)."""
        after = lexicon.origin_after.match(lowered, end)
        if (
            after
            and (
                lexicon.origin_link_before_noun.search(lowered, max(0, start - 12), start)
                or (after.group("adj") in lexicon.ethnic_words and _heritage_verb_before(lexicon, lowered, start))
                # "son origine comorienne", "sua origine senegalese": a possessive stands where the link would
                or (
                    after.group("adj") in lexicon.ethnic_words
                    and lexicon.possessive_before.search(lowered, max(0, start - 40), start)
                )
                or (
                    lowered[start:end] in lexicon.origin_genitive_nouns
                    and after.group("adj").endswith(lexicon.origin_genitive_adjective)
                )
            )
            and after.group("adj") not in lexicon.origin_not_ethnic
            and (after.group("adj") not in lexicon.terms or after.group("adj") in lexicon.ethnic_words)
        ):
            return start, after.end()
        before = lexicon.origin_before.search(lowered, max(0, start - 40), start)
        if (
            before
            and before.group("adj") not in lexicon.origin_not_ethnic
            and before.group("adj") not in lexicon.origin_links
            and not before.group("adj").endswith("ing")  # "engineering roots", "farming background": a field
        ):
            return before.start("adj"), end
        return None

    def _check_origin(
        self,
        lexicon: _Lexicon,
        text: str,
        lowered: str,
        start: int,
        end: int,
        window_start: int,
        sentence_start: int,
        person_spans: list[tuple[int, int]],
    ) -> tuple[tuple[int, int] | None, float]:
        """An origin frame next to a copula ("is of Turkish origin", "dat hij van Turkse afkomst is") with a person."""
        person_ends = [e for _, e in person_spans]
        link = _ORIGIN_LINK.search(lowered, max(0, start - 5), start)
        frame_start = link.start() if link else start
        if lexicon.label_before("ETHNIC_ORIGIN", text[window_start:frame_start], lowered[window_start:frame_start]):
            # "Ethnic background: of Pakistani heritage", "Herkunft: türkischer Herkunft"
            return (start, end), LABEL_SCORE
        if any(w.group() in lexicon.ethnic_words for w in _WORD.finditer(lowered, start, end)) and (
            _identity12_record_value(lexicon, text, lowered, frame_start, end, person_spans, origin=False)
        ):
            return (start, end), LABEL_SCORE  # "Nome: C. Z. / Note del selezionatore: di etnia rom"
        copula = lexicon.copula_any_before.search(lowered, max(window_start, frame_start - 30), frame_start)
        if not copula and not lexicon.final_copula.match(lowered, end):
            if _record_cell(text, frame_start, end, person_spans):
                return (start, end), LABEL_SCORE  # "Olga Wrona, olga@example.pl, pochodzenia ukraińskiego"
            possessive = lexicon.possessive_before.search(lowered, max(window_start, frame_start - 40), frame_start)
            if possessive and not lexicon.formal_you.match(text, possessive.start()):
                return (start, end), POSSESSIVE_SCORE  # "his Nigerian heritage", "ihrer türkischen Herkunft"
            opening = _APPOSITION_OPEN.search(text, max(window_start, frame_start - 4), frame_start)
            closing = _APPOSITION_CLOSE.match(text, end)
            if (
                opening
                and closing
                and (opening.group("open") == "(") == closing.group().endswith(")")
                and self._named_before(lexicon, text, opening.start(), person_ends)
            ):
                return (start, end), STATEMENT_SCORE  # "Priya Rao (Tamil heritage) would prefer …"
            if not _heritage_verb_before(lexicon, lowered, frame_start):
                return None, 0.0
        if self._subject_in(lexicon, text, lowered, window_start, frame_start, sentence_start, person_ends):
            return (start, end), STATEMENT_SCORE
        if (
            copula
            and lexicon.pro_drop_copula.match(lowered, copula.start())
            and lexicon.clause_opening.search(lowered[window_start : copula.start()])
        ):
            return (start, end), STATEMENT_SCORE  # "Jest pochodzenia tureckiego.", "Es de origen marroquí."
        if _heritage_verb_before(lexicon, lowered, frame_start) and self._subject_in(
            lexicon, text, lowered, window_start, frame_start, sentence_start, person_ends
        ):
            return (start, end), STATEMENT_SCORE  # "Ana averiguó su ascendencia quechua", "Tom has Sorbian roots"
        return None, 0.0

    @staticmethod
    def _name_over_cue(
        lexicon: _Lexicon,
        lowered: str,
        found: list[tuple[RecognizerResult, str]],
        named: list[tuple[int, int, str]],
    ) -> list[RecognizerResult]:
        """A cue noun that fired as an attribute ("militante", "member") reports what it names when it names one."""
        results = []
        for result, kind in found:
            if kind == "attribute":
                link = lexicon.naming_gap.match(lowered, result.end)
                for start, end, entity_type in named:
                    if entity_type == result.entity_type and start == link.end() and start > result.end:
                        result.start, result.end = start, end
                        break
            results.append(result)
        return results

    @staticmethod
    def _merge_states(
        results: list[RecognizerResult],
        found: list[tuple[RecognizerResult, str]],
        starts: list[int],
        lowered: str,
    ) -> list[RecognizerResult]:
        """A state ("is on sick leave", "arbeitsunfähig") and a condition in one sentence are one span, and so are
        two findings with only spaces between them ("valdese praticante")."""
        states = {id(r) for r, kind in found if kind in ("predicate", "person_term", "attribute", "context")}
        merged: list[RecognizerResult] = []
        for result in sorted(results, key=lambda r: r.start):
            last = merged[-1] if merged else None
            if (
                last is not None
                and last.entity_type == result.entity_type
                and ((id(last) in states) != (id(result) in states) or not lowered[last.end : result.start].strip())
                and _sentence_start(starts, last.start) == _sentence_start(starts, result.start)
                and 0 <= result.start - last.end <= STATE_GAP_CHARS
                and "\n" not in lowered[last.end : result.start]
            ):
                last.end = max(last.end, result.end)
                last.score = max(last.score, result.score)
                continue
            merged.append(result)
        return merged

    @staticmethod
    def _label_value(lexicon: _Lexicon, text: str, end: int) -> tuple[int, int] | None:
        """The value after "Label:" on the same line, up to the end of its sentence; None for a placeholder."""
        colon = lexicon.label_colon.match(text, end) or lexicon.label_qualified_colon.match(text, end)
        if not colon:
            return None
        value = lexicon.label_value.match(text, colon.end(), min(len(text), colon.end() + LABEL_VALUE_MAX_CHARS))
        if not value or sum(c.isalpha() for c in value.group()) < 2 or _key(value.group()) in lexicon.placeholders:
            return None
        return value.span()

    def _check(
        self,
        lexicon: _Lexicon,
        use: _Use,
        text: str,
        lowered: str,
        start: int,
        end: int,
        before: str,
        lbefore: str,
        sentence_start: int,
        person_spans: list[tuple[int, int]],
    ) -> tuple[tuple[int, int] | None, float]:
        """Whether the phrase at text[start:end] is said about a person; ``lbefore``: the lower-cased ``before``."""
        window_start = start - len(before)
        person_ends = [e for _, e in person_spans]
        if use.kind == "predicate":
            if self._subject_in(lexicon, text, lowered, window_start, start, sentence_start, person_ends):
                tail = lexicon.predicate_tail.match(text, end)
                return (start, tail.end() if tail else end), STATEMENT_SCORE
            return None, 0.0
        if use.kind == "attribute":
            # An elided article is stripped off the span, its apostrophe is a space here: "est d'|origine ...".
            lbefore_spaced = lbefore.translate(_APOSTROPHES)
            if lexicon.person_copula_before.search(lbefore_spaced):
                return (start, end), STATEMENT_SCORE
            copula = lexicon.copula_before.search(lbefore_spaced)
            if copula and self._subject_adjacent(
                lexicon,
                text,
                window_start + copula.start(),
                person_ends,
                before[: copula.start()],
                lbefore[: copula.start()],
                pro_drop=window_start == sentence_start and bool(lexicon.pro_drop_copula.match(copula.group())),
            ):
                return (start, end), STATEMENT_SCORE
            infinitive = lexicon.infinitive_copula_before.search(lbefore_spaced)
            if infinitive and self._subject_in(
                lexicon, text, lowered, window_start, window_start + infinitive.start(), sentence_start, person_ends
            ):
                return (start, end), STATEMENT_SCORE
            if lexicon.label_before(use.entity_type, before, lbefore) or self._listed_under_label(
                lexicon, use.entity_type, text, lowered, start
            ):
                return (start, end), LABEL_SCORE
            if _record_cell(text, start, end, person_spans):
                return (start, end), LABEL_SCORE  # "Anna Roth, 41, Bonn, Diabetikerin, nutzt ..."
            identity = lexicon.identity_cue_before.search(lbefore_spaced)
            if identity and (
                self._claimed(lexicon, text, lowered, end) or lexicon.identity_place_after.match(text, end)
            ):
                return (start, end), STATEMENT_SCORE  # "Als Sintiza habe ich ...", "As a coeliac, I ..."
            if identity and _person_before_identity_cue(lexicon, text, lbefore_spaced, identity.start(), window_start):
                return (start, end), STATEMENT_SCORE  # "dat ik als Eritrese werd aangestaard"
            if identity and _art9en_person_aux_before_identity_cue(
                lexicon, text, lbefore_spaced, identity.start(), window_start
            ):
                return (start, end), STATEMENT_SCORE  # "Er sei als Sinto abgewiesen worden"
            if (
                identity
                and _round10().reported_opener.search(lbefore_spaced, 0, identity.start())
                and self._subject_in(
                    lexicon, text, lowered, sentence_start, window_start + identity.start(), sentence_start, person_ends
                )
            ):
                return (start, end), STATEMENT_SCORE  # "Bożena twierdzi, że jako Tatarka ..."
            opener = _round10().opener_copula.search(lbefore_spaced)
            if opener and self._subject_in(
                lexicon, text, lowered, sentence_start, window_start + opener.start(), sentence_start, person_ends
            ):
                return (start, end), STATEMENT_SCORE  # "Lucía ... le preguntó si era rumana"
            apposition = lexicon.apposition_open.search(lbefore)
            if (
                apposition
                and (lexicon.apposition_close.match(lowered, end) or lexicon.apposition_place_close.match(text, end))
                and (
                    self._named_before(lexicon, text, window_start + apposition.start(), person_ends)
                    or _given_name_ends_at(text, window_start + apposition.start())
                )
            ):
                return (start, end), STATEMENT_SCORE  # "Théophile Dewaele, juif pratiquant, demande ..."
            if _art9en_apposition(lexicon, text, lowered, start, end, person_ends):
                return (start, end), STATEMENT_SCORE  # "Tanisha Brown, a Black British woman, says ..."
            if use.entity_type == "ETHNIC_ORIGIN" and _art9en_heritage_frame(
                lexicon, text, lowered, start, end, sentence_start, [p for span in person_spans for p in span]
            ):
                return (start, end), STATEMENT_SCORE  # "zijn Marokkaanse achtergrond", "de parents kabyles"
            final = lexicon.final_copula.match(lowered, end)
            if final and self._subject_adjacent(lexicon, text, start, person_ends, before, lbefore, pro_drop=False):
                return (start, end), STATEMENT_SCORE  # "dass er Rom ist", "dat ze zwanger is"
            if (
                final
                and _key(final.group()) in lexicon.infinitive_copulas
                and self._subject_in(lexicon, text, lowered, window_start, start, sentence_start, person_ends)
            ):
                return (start, end), STATEMENT_SCORE  # "Tom vertelde ons homo te zijn": the reporter is the subject
            if lexicon.cue_before(lexicon.person_cues_before[use.entity_type], lbefore.translate(_APOSTROPHES)):
                return (start, end), STATEMENT_SCORE  # "as a practising Muslim"
            if lexicon.cue_after(use.entity_type, lowered, end) and self._subject_in(
                lexicon, text, lowered, window_start, start, sentence_start, person_ends
            ):
                return (start, end), STATEMENT_SCORE  # "hat sich im Team als schwul geoutet"
            if self._note_before(lexicon, use.entity_type, lowered, sentence_start, start, end):
                return (start, end), STATEMENT_SCORE
            if use.entity_type == "CRIMINAL_RECORD":
                conviction = _conviction_span(lowered, start, end)
                if conviction and self._subject_in(
                    lexicon, text, lowered, sentence_start, start, sentence_start, person_ends
                ):
                    return conviction, STATEMENT_SCORE  # "Grégoire V., 37 ans, condamné en 2019 pour abus ..."
            if use.entity_type == "RELIGIOUS_BELIEF" and _key(lowered[start:end]) in _round10().dietary:
                verb = _practice_verb_before(lowered, start)
                if verb is not None and self._subject_in(
                    lexicon, text, lowered, sentence_start, verb, sentence_start, person_ends
                ):
                    return (start, end), STATEMENT_SCORE  # "Jonas isst nur koscher"
            if use.entity_type in ("RELIGIOUS_BELIEF", "ETHNIC_ORIGIN") and _belief_by_practice(
                lexicon, text, lowered, start, end, person_spans
            ):
                return (start, end), PRACTICE_SCORE  # "Priyanka grew up in a Sikh family", "katholische Trauerfeier"
            if use.entity_type == "ETHNIC_ORIGIN" and _identity12_minority_person(lowered, start, end):
                return (start, end), STATEMENT_SCORE  # "comentarios racistas contra un compañero gitano"
            community = _identity12().community_before.search(lbefore_spaced)
            if (
                use.entity_type == "ETHNIC_ORIGIN"
                and community
                and self._subject_in(
                    lexicon, text, lowered, window_start, window_start + community.start(), sentence_start, person_ends
                )
            ):
                return (start, end), STATEMENT_SCORE  # "Manuel Reyes est issu de la communauté gitane"
            if use.entity_type == "ETHNIC_ORIGIN" and _identity12_record_value(
                lexicon, text, lowered, start, end, person_spans, origin=True
            ):
                return (start, end), LABEL_SCORE  # "Podwykonawca: W. B. / Uwagi: pochodzenie łemkowskie"
            if use.entity_type == "CRIMINAL_RECORD":
                conviction = _identity12_conviction(lexicon, text, lowered, start, end, person_spans)
                if conviction:
                    return conviction, LABEL_SCORE  # "Kandidaat: D. H. / Uitkomst: veroordeeld voor ..."
            return None, 0.0
        if use.kind == "person_term" and (
            self._subject_in(lexicon, text, lowered, window_start, start, sentence_start, person_ends)
            or _identity_claimed(lexicon, text, lowered, lbefore, end)
        ):
            return (start, end), STATEMENT_SCORE
        if (
            use.kind == "person_term"
            and use.entity_type == "ETHNIC_ORIGIN"
            and _identity12_record_value(lexicon, text, lowered, start, end, person_spans, origin=False)
        ):
            return (start, end), LABEL_SCORE  # "Nome: C. Z. / Note del selezionatore: di etnia rom, ..."
        if use.entity_type == "TRADE_UNION_MEMBERSHIP":
            role_end = _identity12_union_role(lowered, end)
            if role_end is not None and _person_near(
                lexicon,
                lowered,
                _people_positions(lexicon, text, lowered, person_spans),
                sentence_starts(text),
                start,
                end,
            ):
                return (start, role_end), STATEMENT_SCORE  # "Winston Ajayi (Unite branch secretary)"
        if use.entity_type == "CRIMINAL_RECORD":
            conviction = _identity12_conviction(lexicon, text, lowered, start, end, person_spans)
            if conviction:
                return conviction, LABEL_SCORE  # "Nom : L. A. / Enquête administrative : condamnation pour ..."
        cue_text = lbefore.translate(_APOSTROPHES)
        if lexicon.cue_before(lexicon.person_cues_before[use.entity_type], cue_text):
            return (start, end), STATEMENT_SCORE
        if use.entity_type == "HEALTH_DATA" and _art9en_reports(lexicon, text, lowered, start, person_ends):
            return (start, end), STATEMENT_SCORE  # "Helen Ward reports RSI in her right forearm"
        if self._note_before(lexicon, use.entity_type, lowered, sentence_start, start, end):
            return (start, end), STATEMENT_SCORE
        cue = lexicon.cue_before(lexicon.cues_before[use.entity_type], cue_text)
        if cue and lexicon.topic_before.search(cue_text, 0, cue.start()):
            cue = None
        if cue and self._subject_in(
            lexicon, text, lowered, window_start, window_start + cue.start(), sentence_start, person_ends
        ):
            return (start, end), STATEMENT_SCORE
        if lexicon.cue_after(use.entity_type, lowered, end) and self._subject_in(
            lexicon, text, lowered, window_start, start, sentence_start, person_ends
        ):
            return (start, end), STATEMENT_SCORE
        if lexicon.label_before(use.entity_type, before, lbefore) or self._listed_under_label(
            lexicon, use.entity_type, text, lowered, start
        ):
            return (start, end), LABEL_SCORE
        if self._value_on_a_persons_line(lexicon, use.entity_type, text, lowered, start, end, person_spans):
            return (start, end), LABEL_SCORE
        possessive = lexicon.possessive_before.search(lbefore) or lexicon.name_possessive_before.search(before)
        if possessive and not lexicon.formal_you.match(text, window_start + possessive.start()):
            return (start, end), POSSESSIVE_SCORE
        possessive = lexicon.subject_possessive_before.search(lbefore)
        if possessive and self._subject_in(
            lexicon, text, lowered, window_start, window_start + possessive.start(), sentence_start, person_ends
        ):
            return (start, end), POSSESSIVE_SCORE  # "Fermín nos habló de su depresión"
        if _key(lowered[start:end]) in lexicon.observances:
            verb = _practice_verb_before(lowered, start)
            if verb is not None and self._subject_in(
                lexicon, text, lowered, sentence_start, verb, sentence_start, person_ends
            ):
                return (start, end), STATEMENT_SCORE  # "Rachel keeps Shabbat", "Ewa obchodzi Jom Kipur"
            sentence_end = _SENTENCE_END.search(lowered, end)
            stop = sentence_end.start() if sentence_end else len(lowered)
            subject = self._subject_in(lexicon, text, lowered, sentence_start, start, sentence_start, person_ends)
            if lexicon.observance_request.search(lowered, sentence_start, stop) and subject:
                return (start, end), STATEMENT_SCORE  # "Prośba Anny Nowak: wolne w Boże Ciało"
            # Round 12: rota words ("vraagt tijdens de ramadan om vroege diensten") and a role noun as the one who
            # asks ("Un conducteur demande ses congés pour Yom Kippour"); dropped where the text states the belief.
            if (
                lexicon.observance_request.search(lowered, sentence_start, stop)
                or _identity12().observance_request.search(lowered, sentence_start, stop)
            ) and (subject or lexicon.role_noun.search(lowered, sentence_start, start)):
                return (start, end), OBSERVANCE12_SCORE
        return None, 0.0

    @staticmethod
    def _listed_under_label(lexicon: _Lexicon, entity_type: str, text: str, lowered: str, start: int) -> bool:
        """An item of a list headed by a label: "Diagnosen:\n- Lungenembolie\n- Hypertonie". A list of diagnoses
        holds genetic findings too ("- Faktor-V-Leiden-Mutation")."""
        heading = _list_heading(text, start)
        if not heading:
            return False
        lheading = lowered[heading[1] : heading[1] + len(heading[0])]
        types = (entity_type, "HEALTH_DATA") if entity_type == "GENETIC_DATA" else (entity_type,)
        return any(lexicon.label_before(t, heading[0], lheading) for t in types)

    @staticmethod
    def _claimed(lexicon: _Lexicon, text: str, lowered: str, end: int) -> bool:
        """After an identity cue, the attribute closes its clause or the person's pronoun follows within two words
        ("Als Sintiza| habe ich", "en tant que militante| écologiste je"): not "as a Catholic school"."""
        if _CLAUSE_END.match(lowered, end):
            return True
        line_end = lowered.find("\n", end)
        words = itertools.islice(_WORD.finditer(lowered, end, line_end if line_end >= 0 else len(lowered)), 3)
        return any(
            pattern.match(lowered, word.start()) and not lexicon.formal_you.match(text, word.start())
            for word in words
            for pattern in (lexicon.first_person, lexicon.third_person)
        )

    @staticmethod
    def _note_before(
        lexicon: _Lexicon, entity_type: str, lowered: str, sentence_start: int, start: int, end: int
    ) -> bool:
        """An absence note before the term, the term a clause of its own: "off sick till Friday, a migraine, back
        Monday", "sto a casa, polmonite." ("Raus aus dem Alltag, Reha an der Ostsee" goes on: an advert)."""
        pattern = lexicon.note_cues_before.get(entity_type)
        return bool(
            pattern
            and _CLAUSE_END.match(lowered, end)
            and pattern.search(lowered[sentence_start:start].translate(_APOSTROPHES))
        )

    @staticmethod
    def _value_on_a_persons_line(
        lexicon: _Lexicon,
        entity_type: str,
        text: str,
        lowered: str,
        start: int,
        end: int,
        person_spans: list[tuple[int, int]],
    ) -> bool:
        """A term that is a record's value on a line that names a person: a cell of its own in a table row
        ("| Rosi Kühn | Gürtelrose |"), or a biometric template or genetic finding after a colon or dash
        ("Zeiterfassung: Fingerabdruck von Ulf Brandt", "dane biometryczne: skan twarzy")."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if line.lstrip().startswith("|"):
            cell_start = text.rfind("|", line_start, start)
            cell_end = text.find("|", end, line_end)
            if cell_start < 0 or cell_end < 0 or text[end:cell_end].strip():
                return False
            if lexicon.article.sub("", lowered[cell_start + 1 : start]).strip():  # "| une fracture … |" is a cell
                return False
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            return any(_names_a_person(cell) for cell in cells) or _person_on(person_spans, line_start, line_end)
        head = lexicon.article.sub("", lowered[line_start:start]).rstrip()  # "…: eine ", "…: la " -> "…:"
        if not head.rstrip().endswith((":", "\uff1a", "\u2013", "-", "(")):
            return False
        if entity_type not in _RECORD_VALUE_TYPES:
            # "Partecipante Salvatore Leone: procreazione assistita", "Deelnemer Saskia Claes: chemotherapie":
            # any other category only right after the name of the person the record is about.
            label = text[line_start:start].rstrip(" \t:\uff1a")
            name = next((m for m in _NAME_PAIR.finditer(label) if m.end() == len(label)), None)
            if not name:
                return False
            words = name.group().split()  # "Deelnemer Saskia Claes": the name is at the end
            return any(_names_a_person(" ".join(words[-n:])) for n in (2, 3) if n <= len(words))
        return any(_names_a_person(m.group()) for m in _NAME_PAIR.finditer(line)) or _person_on(
            person_spans, line_start, line_end
        )

    @staticmethod
    def _subject_in(
        lexicon: _Lexicon, text: str, lowered: str, start: int, pos: int, sentence_start: int, person_ends: list[int]
    ) -> bool:
        """A person is mentioned in text[start:pos] (the sentence part before the cue)."""
        for end in person_ends:
            # English NER on German text takes "Wenn Sie" for a person: formal "Sie" addresses the reader.
            if start < end <= pos and not lexicon.formal_you_at_end.search(text, max(0, end - 8), end):
                return True
        for match in lexicon.subject_anywhere.finditer(lowered, start, pos):
            if not lexicon.formal_you.match(text, match.start()):
                return True
        if start == sentence_start and (
            lexicon.relation_at_start.match(lowered, start, pos)
            or lexicon.possessive_at_start.match(lowered, start, pos)
        ):
            return True
        opening = lexicon.name_at_start.match(text, start) if start == sentence_start else None
        if opening and opening.end() - 1 <= pos and _name_words(lexicon, opening.group("first"), opening.group("last")):
            return True
        for match in lexicon.name_before_verb.finditer(text, start, min(len(text), pos + 12)):
            name = match.group("name")
            if (
                match.start() < pos
                and name.lower() not in lexicon.not_subjects
                and name.lower() not in lexicon.terms
                and (not _ordinary_word(name) or lexicon.subject_anywhere.fullmatch(name.lower()))
            ):
                return True
        for match in lexicon.capitalised_word.finditer(text, start, pos):
            if match.group().lower() not in lexicon.terms and name_lexicon.is_given(match.group()):
                return True
        return False

    @staticmethod
    def _named_before(lexicon: _Lexicon, text: str, pos: int, person_ends: list[int]) -> bool:
        """A person's name (not a pronoun or a relation noun) ends right before ``pos``: an apposition's owner."""
        if pos in person_ends:
            return True
        name = lexicon.full_name_at_end.search(text, max(0, pos - 60), pos)
        return bool(name and name_lexicon.is_given(name.group("first")))

    @staticmethod
    def _subject_adjacent(
        lexicon: _Lexicon,
        text: str,
        pos: int,
        person_ends: list[int],
        before: str,
        lbefore: str,
        *,
        pro_drop: bool,
    ) -> bool:
        """A person is named right before ``pos`` (where the copula starts), or implied by a pro-drop copula."""
        relative = lexicon.relative_pronoun.search(lbefore)
        if relative:  # "Blandine, qui| est ...": the person is before the comma
            pos -= len(before) - relative.start()
            before, lbefore = before[: relative.start()], lbefore[: relative.start()]
            pro_drop = False
        stripped_end = pos - (len(before) - len(before.rstrip()))
        if stripped_end in person_ends:
            return True
        if pro_drop and lexicon.clause_opening.search(lbefore):
            return True
        full_name = lexicon.full_name_at_end.search(before)
        if full_name and not any(
            name_lexicon.is_common(w) or w.lower() in lexicon.not_subjects or w.lower() in lexicon.terms
            for w in full_name.group("first", "last")
        ):
            return True  # two capitalised words that are no English word: a name, even where a Dutch list holds it
        match = lexicon.subject_at_end.search(before)
        if not match or lexicon.formal_you.match(before, match.start()):
            return False
        word = match.group().strip()
        if (
            word[:1].isupper()
            and _ordinary_word(word)
            and not lexicon.subject_anywhere.fullmatch(word.lower())
            and not any(  # "Marloes de Groot is ...": a surname that is a word, after a given name
                name_lexicon.is_given(m.group())
                for m in lexicon.capitalised_word.finditer(before, max(0, match.start() - 30), match.start())
            )
        ):
            return False  # "Tables are disabled by default": a capitalised ordinary word is no one
        return word.lower() not in lexicon.not_subjects and word.lower() not in lexicon.terms

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


# -- round 10 (clean10): matches that are part of a code or another language's verb ------------------------

# An acronym glued to a reference number: "RK/2026/11/0473", "CSC-2291", "ref. 2024/RK": a case code, not a
# church or a union. Health and genetic names keep theirs ("HIV-1", "BRCA-2", "COVID-19").
_RE_CODE_AFTER = regex.compile(r"[/\-_]\d")
_RE_CODE_BEFORE = regex.compile(r"\d[/\-_]\Z")
_CODE_PREFIX_TYPES = frozenset(("RELIGIOUS_BELIEF", "TRADE_UNION_MEMBERSHIP", "POLITICAL_OPINION", "CRIMINAL_RECORD"))
# Italian "ho preso", "abbiamo presi": the participle of "prendere" (took) after a form of "avere", never the
# Spanish "preso" (prisoner) that the pooled vocabulary holds.
_RE_ITALIAN_HAVE_BEFORE = regex.compile(
    r"(?i)\b(?:ho|hai|ha|abbiamo|avete|hanno|avevo|avevi|aveva|avevamo|avevano|avrei|avrebbe|avendo|aver|avere)"
    r"(?:[ \t]+(?:già|appena|anche|mai|poi|sempre|solo|pure|ancora|subito))?[ \t]+\Z"
)
_TAKEN_FORMS = frozenset(("preso", "presa", "presi", "prese"))
_SHIP_PREFIXES = name_lexicon.precision_words("ship_prefixes")
_RE_SHIP_NAME_AFTER = regex.compile(r"[ \t]+\p{Lu}\p{Ll}+")
_DEPARTMENT_ACRONYMS = name_lexicon.precision_words("department_acronyms")
_RE_ACRONYM_AFTER = regex.compile(r"[ \t]+(?P<w>[\p{Lu}&]{2,5})(?![\w&])")


def _round10_not_personal(text: str, lowered: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Round 10 (clean texts raised): drop a match that is part of a reference code ("RK/2026/11/0473"), a ship's
    prefix ("USS Mahler"), a unit's name before a department acronym ("CSC HR") or an Italian past participle of
    "prendere" ("ho preso dei fermenti").

    Why: both raised clean texts to RESTRICTED on the tunable splits; an all-capital acronym glued by a slash,
    hyphen or underscore to digits is an identifier's prefix, and "preso" after "avere" is "taken"."""
    kept = []
    for result in results:
        found = text[result.start : result.end]
        if (
            result.entity_type in _CODE_PREFIX_TYPES
            and found.isupper()
            and len(found) <= 6
            and (_RE_CODE_AFTER.match(text, result.end) or _RE_CODE_BEFORE.search(text, 0, result.start))
        ):
            continue
        if found in _SHIP_PREFIXES and _RE_SHIP_NAME_AFTER.match(text, result.end):
            continue  # "USS Lorenzen FPO AE": a ship, not the Swiss union USS
        if (
            result.entity_type in _CODE_PREFIX_TYPES
            and found.isupper()
            and (unit := _RE_ACRONYM_AFTER.match(text, result.end))
            and unit.group("w") in _DEPARTMENT_ACRONYMS
        ):
            continue  # "il CSC HR conserva i dati": a unit's name, not a union
        if (
            result.entity_type == "CRIMINAL_RECORD"
            and lowered[result.start : result.end] in _TAKEN_FORMS
            and _RE_ITALIAN_HAVE_BEFORE.search(text, max(0, result.start - 30), result.start)
        ):
            continue
        kept.append(result)
    return kept


# -- round 10b (de10b): German clean business texts -------------------------------------------------------

_DE10B_FILE = Path(__file__).resolve().parent.parent / "data" / "special_categories_round10_de10b.json"


@cache
def _de10b_months() -> frozenset[str]:
    """Month names of the corpus languages (``identifier_terms.json``), lower case: "Juni", "April", "August"."""
    data = json.loads((DATA_DIR / "identifier_terms.json").read_text(encoding="utf-8"))["months"]
    return frozenset(w.lower().rstrip(".") for key, words in data.items() if not key.startswith("_") for w in words)


@cache
def _de10b_re_temporal_before() -> regex.Pattern[str]:
    words = json.loads(_DE10B_FILE.read_text(encoding="utf-8"))["de10b_temporal_before"]
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\w])(?:{alternation})[ \t]+\Z")


_DE10B_SURNAME_AFTER = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")


def _de10b_month_in_time(text: str, start: int, end: int) -> bool:
    """A month name that is also a given name ("Juni", "April", "August"), put in time by a preposition ("ab Juni,
    eine Prämie", "Ende Juli") and not followed by a surname: a date, not a person near a term.

    Why: "5,2 Prozent mehr Lohn ab Juni" made a German union's tariff news a statement about a person named Juni;
    dates without a day digit escape ``_DATE_WORD``."""
    if text[start:end].lower() not in _de10b_months():
        return False
    if _DE10B_SURNAME_AFTER.match(text, end):
        return False
    return bool(_de10b_re_temporal_before().search(text, max(0, start - 16), start))


_RE_DE10B_LONG_WORD = regex.compile(r"\p{Lu}\p{Ll}{13,}")


def _de10b_compound_noun_span(value: str) -> bool:
    """A name finder's person span that opens with a long compound word no name list holds
    ("Arbeitgeberverband Gesamtmetall", "Inflationsausgleichsprämie"): a German noun, not a person near a term.

    Why: the English NER model tags German compounds as persons, and the proximity rule then took union tariff
    news ("Die IG Metall und der Arbeitgeberverband ...") for a member's statement. Fourteen letters and more:
    German compounds are that long, given names and almost all surnames are not."""
    first = value.split(maxsplit=1)[0] if value.strip() else ""
    return bool(_RE_DE10B_LONG_WORD.fullmatch(first)) and not name_lexicon.is_name_word(first)


# Round 11 (art9en). An apposition with an article or in parentheses after a name: "Tanisha Brown, a Black British
# woman, says ...", "Samira El Amrani, een Marokkaans-Nederlandse verpleegkundige, ...", "Fiona Gallagher (hearing
# impaired): ...". The round-9 apposition takes the attribute right after the comma only.
_ART9EN_APPOSITION_OPEN = regex.compile(
    r"(?:,\s*(?:a|an|een|un|une|una|uno|ein|eine|des"
    # "Romana Weiß-Lagrene, selbst Sintezza aus Freiburg,": an emphasis word says the attribute is the person's own
    r"|selbst|zelf|herself|himself|elle-même|lui-même|ella misma|él mismo|sama|sam"
    # "Macarena Heredia Vargas, cineasta gitana de Triana,": a role noun (one or two lower-case words) before it
    r"|(?:(?:a|an|un|une|una|een|ein|eine|la|el|il|le)\s+)?(?!(?:of|de|di|da|del|van|von|z|our|notre|nostro|"
    r"nuestro|onze|unser|unsere|nasz|nasza|the|who|which|qui|che|que|die|der|dat|and|und|et|e|y|en|i|or|oder|ou|o|"
    r"of)\s)\p{Ll}[\p{Ll}\p{M}-]+(?:\s+\p{Ll}[\p{Ll}\p{M}-]+)?)|\()\s*\Z",
    _L,
)
# After the attribute: at most two words (the person noun: "woman", "verpleegkundige", "founder") and a comma, a
# closing parenthesis or a relative pronoun that goes on about the person.
_ART9EN_APPOSITION_CLOSE = regex.compile(
    r"(?:[^\S\n]+[\w'\u2019-]+){0,2}?[^\S\n]*(?:,|\)|[^\S\n]+(?:who|whose|qui|dont|che|cui|que|quien|die|dat|der|"
    r"który|która|którego|której)(?![\w]))",
    _L,
)
_ART9EN_ARTICLE_OPEN = regex.compile(r",\s*(?:a|an|een|un|une|una|uno|ein|eine|des)\s", _L)
_ART9EN_PARENTHESIS_CLOSE = regex.compile(r"[^\S\n]*\)", _L)
# "He reports lower back pain", "Helen Ward reports RSI": "reports" is a verb only after its subject; without one it
# is a noun ("reports on diabetes"), so it is no general cue.
_ART9EN_REPORTS = regex.compile(
    r"(?:(?<![\w])(?P<pronoun>he|she|they|i)[^\S\n]+)?reports[^\S\n]+"
    r"(?:(?:a|an|some|mild|severe|chronic|ongoing|recurrent|persistent|occasional|intermittent)[^\S\n]+)?\Z",
    _L,
)


def _art9en_apposition(
    lexicon: _Lexicon, text: str, lowered: str, start: int, end: int, person_ends: list[int]
) -> bool:
    """An attribute in an apposition opened by an article or a parenthesis right after a person's name.

    Why: own development texts of round 11 described people as "<Name>, a <origin> <person noun>, ..." and "<Name>
    (<condition>)" in seven languages; the name rules (NER person, a given name among capitalised words) keep
    "Acme, a Turkish supplier," clean."""
    opened = _ART9EN_APPOSITION_OPEN.search(lowered, max(0, start - 40), start)
    # The words between the comma and the attribute are lower case and end in a space: "Esposito, Via Roma, 122"
    # is an address and "mon mari, Jean-Baptiste Orsoni," a given name, not an apposition.
    if not opened or text[start - 1 : start] == "-":
        return False
    if any(c.isupper() for c in text[opened.start() : start]) and not _ART9EN_ARTICLE_OPEN.match(
        lowered, opened.start()
    ):
        return False  # "a British Nigerian pharmacist" has its article
    if lowered[opened.start()] == "(":  # the attribute fills the parentheses: "(hearing impaired)", not "(Kurdish
        close = _ART9EN_PARENTHESIS_CLOSE.match(lowered, end)  # translation services)"
    else:
        close = _ART9EN_APPOSITION_CLOSE.match(lowered, end)
        close = close if close and not close.group().endswith(")") else None
    if not close:
        return False
    pos = opened.start()
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return SpecialCategoryRecognizer._named_before(lexicon, text, pos, person_ends) or _art9en_name_ends_at(text, pos)


_ART9EN_NAME_WORDS = regex.compile(
    r"(?<![\w-])(?P<words>\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:-\p{Lu}[\p{Ll}\p{M}'\u2019]+)?"
    r"(?:[^\S\n]+\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:-\p{Lu}[\p{Ll}\p{M}'\u2019]+)?){0,3})[^\S\n]*\Z",
    regex.VERSION1,
)


def _art9en_name_ends_at(text: str, pos: int) -> bool:
    """``_given_name_ends_at`` that also takes double-barrelled surnames ("Romana Weiß-Lagrene", "Lina Amrouche-Vial")."""
    match = _ART9EN_NAME_WORDS.search(text, max(0, pos - 60), pos)
    return bool(match) and any(name_lexicon.is_given(w) for w in regex.split(r"[\s-]+", match.group("words")) if w)


def _art9en_reports(lexicon: _Lexicon, text: str, lowered: str, start: int, person_ends: list[int]) -> bool:
    """A health term right after "reports" whose subject is a pronoun or a person's name: an OH or DSE note."""
    verb = _ART9EN_REPORTS.search(lowered, max(0, start - 60), start)
    if not verb:
        return False
    if verb.group("pronoun"):
        return True
    pos = verb.start()
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return SpecialCategoryRecognizer._named_before(lexicon, text, pos, person_ends) or _given_name_ends_at(text, pos)


# "Er sei als Sinto abgewiesen worden", "zij werd als Surinaamse Javaanse anders behandeld": a finite auxiliary
# between the pronoun and the identity cue (German and Dutch put the participle at the end).
_ART9EN_AUXILIARY_AT_END = regex.compile(
    r"[^\S\n]+(?:sei|ist|war|wäre|wurde|würde|wird|werde|habe|hat|hatte|werd|wordt|is|was|ben|heeft|had)\Z", _L
)


def _art9en_person_aux_before_identity_cue(
    lexicon: _Lexicon, text: str, lbefore: str, cue_start: int, window_start: int
) -> bool:
    """A first- or third-person pronoun, a finite auxiliary, then the identity cue: the pronoun claims the attribute."""
    head = lbefore[:cue_start].rstrip(" ,")
    aux = _ART9EN_AUXILIARY_AT_END.search(head)
    return bool(aux) and _person_before_identity_cue(
        lexicon, text, head[: aux.start()] + " ", aux.start() + 1, window_start
    )


# "his Moroccan background", "zijn Marokkaanse achtergrond", "ihre kurdischen Wurzeln": an origin word between a
# possessive and a heritage noun (the round-8 origin frame takes any adjective before "background", so its nouns
# are not widened; here the word must be an ethnic attribute).
_ART9EN_HERITAGE_AFTER = regex.compile(
    r"[^\S\n]+(?:background|heritage|roots|ancestry|achtergrond|afkomst|wortels|wurzeln|herkunft|abstammung|origines|"
    r"racines|ascendance|origini|radici|orígenes|raíces|ascendencia|korzenie|pochodzenie)(?![\w])",
    _L,
)
# "de parents kabyles", "da genitori marocchini", "de padres marroquíes" (the origin after the noun) and "born to
# Kurdish parents", "van Marokkaanse ouders", "von kurdischen Eltern" (before it): parentage states origin.
_ART9EN_PARENTS_BEFORE = regex.compile(
    r"(?<![\w])(?:de|da|di|of)[^\S\n]+(?:deux[^\S\n]+|due[^\S\n]+|dos[^\S\n]+)?"
    r"(?:parents|genitori|padres)[^\S\n]+\Z",
    _L,
)
_ART9EN_PARENTS_AFTER = regex.compile(r"[^\S\n]+(?:parents|ouders|eltern|rodziców|rodzicami)(?![\w])", _L)
_ART9EN_PARENTS_LINK = regex.compile(
    r"(?<![\w])(?:to|of|van|von|z|met|mit|with|with[^\S\n]+two|born[^\S\n]+to)[^\S\n]+\Z", _L
)


def _art9en_heritage_frame(
    lexicon: _Lexicon, text: str, lowered: str, start: int, end: int, sentence_start: int, people: list[int]
) -> bool:
    """An ethnic attribute in a heritage frame about one person: a possessive before it and a heritage noun after
    ("zijn Marokkaanse achtergrond"), or a parentage frame ("Née à Marseille de parents kabyles, Lina ...") in a
    sentence that names a person (``people``: where person spans start or end)."""
    if _key(lowered[start:end]) not in lexicon.ethnic_words:
        return False
    if _ART9EN_HERITAGE_AFTER.match(lowered, end):
        possessive = lexicon.possessive_before.search(lowered, max(0, start - 40), start)
        if possessive and not lexicon.formal_you.match(text, possessive.start()):
            return True
    parentage = _ART9EN_PARENTS_BEFORE.search(lowered, max(0, start - 30), start) or (
        _ART9EN_PARENTS_AFTER.match(lowered, end) and _ART9EN_PARENTS_LINK.search(lowered, max(0, start - 20), start)
    )
    if not parentage:
        return False
    sentence_end = _SENTENCE_END.search(lowered, end)
    stop = sentence_end.start() if sentence_end else len(lowered)
    return any(sentence_start <= pos <= stop for pos in people)


# -- round 12 (identity12): unions by role, minorities by a person noun, facts in records and table columns ------


class _Identity12:
    """The round-12 identity frames, compiled once from ``special_categories_round12_identity12.json``."""

    def __init__(self, data: dict) -> None:
        # "Winston Ajayi (Unite branch secretary)", "our Usdaw shop steward", "ver.di-Vertrauensmann": a union's
        # name followed by a union role names a member, where the name alone is as often a verb or a news item.
        roles = _alt(data.get("round12_union_roles", []))
        self.union_role_after = regex.compile(rf"(?:[^\S\n]+|-){roles}(?![\w])", _L)
        # "un compañero gitano", "a Roma colleague": a minority that is no nationality, next to a noun for one person.
        self.minorities = frozenset(_key(w) for w in data.get("round12_minority_attributes", []))
        nouns = _alt(data.get("round12_person_nouns", []))
        self.person_noun_before = regex.compile(rf"(?<![\w]){nouns}[^\S\n]+\Z", _L)
        self.person_noun_after = regex.compile(rf"[^\S\n]+{nouns}(?![\w])", _L)
        # "Uitkomst: veroordeeld voor ...", "Nota: di etnia rom": a fact that opens a field's value. An ethnic
        # attribute needs an origin noun before it ("Uwagi: pochodzenie łemkowskie") or a heritage noun after it
        # ("Notitie: Surinaams-Hindoestaanse achtergrond"): "Idiomas: rumano", "Luogo di nascita: Roma" are no origin.
        self.value_start = regex.compile(r"[:\uff1a][^\S\n]*\Z", _L)
        links = _alt(_no_apostrophes(data.get("round12_origin_links", [])))
        nouns = _alt(data.get("round12_origin_nouns", []))
        self.origin_value_start = regex.compile(
            rf"[:\uff1a][^\S\n]*(?:{links}[^\S\n'\u2019]*[^\S\n'\u2019]*)*{nouns}[^\S\n]+"
            rf"(?:{links}[^\S\n'\u2019]*['\u2019]?[^\S\n]*)*\Z",
            _L,
        )
        self.value_start_prefixed = regex.compile(r"[:\uff1a][^\S\n]*(?:\w+-)?\Z", _L)
        # Leave or rota words that make a holy day a person's own ("bittet um Pausenverlegung im Ramadan").
        requests = _alt(data.get("round12_observance_requests", []))
        self.observance_request = regex.compile(rf"(?<![\w]){requests}(?![\w])", _L)
        # "issu de la communauté gitane", "appartiene alla comunità sinti": a person's membership of a minority.
        links = _alt(_no_apostrophes(data.get("round12_community_links", [])))
        communities = _alt(data.get("round12_community_nouns", []))
        self.community_before = regex.compile(rf"(?<![\w]){links}[^\S\n]+{communities}[^\S\n]+\Z", _L)
        self.conviction_nouns = frozenset(_key(w) for w in data.get("round12_conviction_nouns", []))
        self.non_answers = frozenset(_key(w) for w in data.get("round12_non_answers", []))
        # Column headings of an export: a label of one of these categories ("ethnicity", "religion", "ethnic_group").
        self.column_labels: dict[str, str] = {}
        for entity_type in _COLUMN_TYPES:
            for label in data["categories"].get(entity_type, {}).get("labels", []):
                self.column_labels.setdefault(_key(label), entity_type)


_COLUMN_TYPES = ("ETHNIC_ORIGIN", "RELIGIOUS_BELIEF", "SEX_LIFE_ORIENTATION", "TRADE_UNION_MEMBERSHIP")
_COLUMN_SEPARATORS = (";", "\t", "|", ",")
_COLUMN_CELL_JUNK = " \t\"'"
# A cell that refers to one person: a reference of letters and digits ("A-1187", "E123") or an e-mail address.
_ROW_REFERENCE = regex.compile(r"\p{L}[\w-]*\d|\d[\w-]*\p{L}|@", regex.VERSION1)


@cache
def _identity12() -> _Identity12:
    return _Identity12(load_data(inflected=False))


def _identity12_union_role(lowered: str, end: int) -> int | None:
    """Where a union role right after a union's name ends ("Unite| shop steward", "IG-BAU|-Mitgliedschaft")."""
    role = _identity12().union_role_after.match(lowered, end)
    return role.end() if role else None


def _identity12_minority_person(lowered: str, start: int, end: int) -> bool:
    """A minority attribute (never a nationality) next to a noun for one person: "contra un compañero gitano",
    "a Roma colleague", "une collègue kabyle"; "Kurdish translation", "cante gitano" name no person."""
    if _key(lowered[start:end]) not in _identity12().minorities:
        return False
    frame = _identity12()
    return bool(frame.person_noun_after.match(lowered, end) or frame.person_noun_before.search(lowered, 0, start))


def _identity12_record_value(
    lexicon: _Lexicon,
    text: str,
    lowered: str,
    start: int,
    end: int,
    person_spans: list[tuple[int, int]],
    *,
    origin: bool,
) -> bool:
    """The fact opens a field's value in a record that names a person ("Kandidaat: Dennis H. / Uitkomst:
    veroordeeld voor ...", "Nome: ... / Note del selezionatore: di etnia rom"): a record is about its person.
    ``origin``: an ethnic attribute, with an origin noun before it or a heritage noun after it."""
    frame = _identity12()
    line_start = lowered.rfind("\n", 0, start) + 1
    if "\n" in lowered[start:end]:
        return False
    if origin:
        if not (
            frame.origin_value_start.search(lowered, line_start, start)
            or (
                frame.value_start_prefixed.search(lowered, line_start, start)
                and _ART9EN_HERITAGE_AFTER.match(lowered, end)
            )
        ):
            return False
    elif not frame.value_start.search(lowered, line_start, start):
        return False
    record = _record_block(lowered, start, end)
    if record is None:
        return False
    people = _people_positions(lexicon, text, lowered, person_spans)
    first = bisect.bisect_left(people, record[0])
    return first < len(people) and people[first] < record[1]


def _identity12_conviction(
    lexicon: _Lexicon, text: str, lowered: str, start: int, end: int, person_spans: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """A conviction and its offence opening a field value of a person's record: "Enquête administrative :
    condamnation pour conduite sous stupéfiants en 2019", "Uitkomst: veroordeeld voor drugssmokkel in 2018"."""
    key = _key(lowered[start:end])
    if key in _identity12().conviction_nouns:
        link = _round10().conviction.match(lowered, end)
        offence = _ROUND10_OFFENCE.match(lowered, link.end()) if link else None
        span = (start, offence.end()) if offence else None
    else:
        span = _conviction_span(lowered, start, end)
    if span and _identity12_record_value(lexicon, text, lowered, start, span[1], person_spans, origin=False):
        return span
    return None


def _identity12_column_values(
    text: str, lowered: str, results: list[RecognizerResult], entities: list[str]
) -> Iterator[tuple[str, int, int]]:
    """Cells under a column heading that is a label of an identity category, in a delimited export
    ("ref,role,ethnicity,religion / A-1187,planner,Black Caribbean,Christian"): each row is a person's answer.
    A row names its person or carries a reference ("A-1187", an e-mail address); non-answers ("prefer not to
    say", "none") and cells that a finding covers already are skipped."""
    frame = _identity12()
    position = 0
    for line in lowered.split("\n"):
        position += len(line) + 1
        separator = next((s for s in _COLUMN_SEPARATORS if s in line), None)
        if separator is None:
            continue
        cells = line.split(separator)
        if len(cells) < 3 or any(len(cell.split()) > 4 for cell in cells):
            continue  # a heading row: three short cells or more
        columns = {
            i: frame.column_labels[k]
            for i, cell in enumerate(cells)
            if (k := _key(cell.strip(_COLUMN_CELL_JUNK).replace("_", " "))) in frame.column_labels
        }
        if not columns:
            continue
        row_position = position
        for row in lowered[position:].split("\n"):
            row_start, row_position = row_position, row_position + len(row) + 1
            row_cells = row.split(separator)
            if not row.strip() or len(row_cells) != len(cells):
                break
            if not any(
                _ROW_REFERENCE.search(cell) or _names_a_person(cell.strip(_COLUMN_CELL_JUNK))
                for i, cell in enumerate(text[row_start : row_start + len(row)].split(separator))
                if i not in columns  # "Christian" is a given name too
            ):
                continue  # "Christian,120,45%": a count per answer, nobody's answer
            offsets = list(itertools.accumulate((len(c) + 1 for c in row_cells), initial=row_start))
            for i, entity_type in columns.items():
                cell = row_cells[i]
                value = cell.strip(_COLUMN_CELL_JUNK)
                if entity_type not in entities or _key(value) in frame.non_answers or not regex.search(r"\p{L}", value):
                    continue
                value_start = offsets[i] + cell.index(value)
                value_end = value_start + len(value)
                if not any(r.start < value_end and value_start < r.end for r in results):
                    yield entity_type, value_start, value_end


# -- round 12 (health12): a pet's injury ------------------------------------------------------------------

_HEALTH12_FILE = DATA_DIR / "special_categories_round12_health12.json"
# A pet noun among the first words of its sentence ("Our dog", "Il mio gatto", "Mój pies") is the subject.
_HEALTH12_SUBJECT_WORDS = 3


@cache
def _health12_re_pet_subject() -> regex.Pattern[str]:
    words = json.loads(_HEALTH12_FILE.read_text(encoding="utf-8"))["health12_pet_nouns"]
    return regex.compile(rf"\s*(?:[\w'\u2019]+\s+){{0,{_HEALTH12_SUBJECT_WORDS - 1}}}{_alt(words)}(?![\w])", _L)


_HEALTH12_LAST_WORD = regex.compile(r"\w+\Z", regex.VERSION1)
_HEALTH12_LAST_TWO_WORDS = regex.compile(r"(\p{Lu}[\p{L}\p{M}'\u2019-]*)[^\S\n]+\p{Lu}[\p{L}\p{M}]*\Z", regex.VERSION1)


@cache
def _health12_pet_owner_words() -> frozenset[str]:
    words = json.loads(_HEALTH12_FILE.read_text(encoding="utf-8"))["health12_pet_determiners"]
    return frozenset(w.lower() for w in words)


def _health12_surname(text: str, end: int, person_spans: list[tuple[int, int]]) -> bool:
    """The pet noun ending at ``end`` is part of a person's name the NER found, or capitalised after a capitalised
    word that is no article or possessive: a surname ("Bronisław Kot", "Anna Hund"; not "Unsere Katze", "Our Dog")."""
    noun = _HEALTH12_LAST_WORD.search(text, max(0, end - 30), end)
    if not noun or not noun.group()[0].isupper():
        return False  # "Notre chien": a surname is capitalised, whatever the NER made of the words before it
    if any(s < end <= e for s, e in person_spans):
        return True
    words = _HEALTH12_LAST_TWO_WORDS.search(text, max(0, end - 60), end)
    return bool(words and words.group(1).lower() not in _health12_pet_owner_words())


def _health12_not_a_pet(
    text: str, lowered: str, results: list[RecognizerResult], person_spans: list[tuple[int, int]]
) -> list[RecognizerResult]:
    """Round 12 (health12): drop a health finding whose sentence opens with a pet as its subject and names no person
    between the pet and the finding ("Our dog tore a ligament", "Notre chien s'est fait une entorse").

    Why: an animal's injury is no person's health data; it raised clean absence notes to RESTRICTED. A person the
    writer names or speaks as after the pet ("my dog bit me and I broke my wrist") keeps the finding."""
    if not results or not any(r.entity_type == "HEALTH_DATA" for r in results):
        return results
    starts = sentence_starts(text)
    lexicon = _lexicon()
    kept = []
    for result in results:
        if result.entity_type == "HEALTH_DATA":
            start = _sentence_start(starts, result.start)
            pet = _health12_re_pet_subject().match(lowered, start, result.start)
            if (
                pet
                and not _health12_surname(text, pet.end(), person_spans)
                and not lexicon.first_person.search(lowered, pet.end(), result.start)
            ):
                continue
        kept.append(result)
    return kept


# A record's heading opening its line: up to two words before the topic noun, an optional reference after it, then a
# colon or a spaced dash ("Accident report:", "Accident book entry 2026-114:", "Health assessment - ").
_HEALTH12_HEADING_LEAD = regex.compile(
    r"[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:\w[\w'\u2019-]*[^\S\n]+){1,2}", regex.VERSION1
)
_HEALTH12_HEADING_TAIL = regex.compile(
    r"(?:[^\S\n]+[\w./#-]*\d[\w./#-]*)?[^\S\n]*(?::|[\u2013\u2014-][^\S\n])", regex.VERSION1
)


_HEALTH12_SPACES = regex.compile(r"\s*", regex.VERSION1)


def _health12_heading(lexicon: _Lexicon, lowered: str, line_start: int, start: int, end: int) -> bool:
    """Round 12 (health12): a topic noun closing a short heading at the start of its line ("Accident report:",
    "Health assessment - ") labels the record after it; it does not make the statement after it a topic.

    Why: a heading before a statement about a named person ("Accident report: Leon Strachan fractured his ankle")
    made the whole line read as a report about injuries in general, and the injury was missed."""
    tail = _HEALTH12_HEADING_TAIL.match(lowered, end)
    return bool(
        tail
        and _HEALTH12_HEADING_LEAD.fullmatch(lowered, line_start, start)
        # "Annual report: the number of staff with ...": an article after the heading opens a topic, not a record.
        and not lexicon.article.match(lowered, _HEALTH12_SPACES.match(lowered, tail.end()).end())
    )
