"""Regular inflected forms of the special-category vocabulary, derived when the lexicon is built.

The vocabularies list a term mostly in one form ("cukrzyca", "diabetico", "depressief", "Diabetiker"); text uses
its case, gender and number forms ("ma cukrzycę", "sono diabetici", "een depressieve collega", "Diabetikerin").
``inflect(phrase, language)`` returns the regular forms of one listed phrase; the recognizer adds them to the
same category and kind as the listed form (terms and attributes). The rules are the regular paradigms of each grammar, by ending; an
irregular form stays listed by hand (``{a,b}``), and a derived word of another class (a person noun from a
condition: "cukrzyk" from "cukrzyca") is vocabulary, not a rule here.

- pl: nouns by gender and ending (feminine -a/-ja/-ość, neuter -e/-o, masculine consonant with -ek/-ó-
  alternation, person nouns -ysta/-ista, -yk/-ik and their feminine -yczka); adjectives in all cases of their
  gender; a noun and the adjective after it agree case by case ("stwardnienie rozsiane" -> "stwardnieniem
  rozsianym"), a genitive after a noun stays ("zapalenie płuc" -> "zapaleniem płuc").
- de: adjective endings (-e, -en, -er, -es, -em) on lower-case adjectives, also before a noun ("chronische
  Bronchitis" -> "chronischer Bronchitis"); feminine and plural person nouns (-in/-innen on -er, -iker, -ist, -at,
  -ent, -ant, -loge); plural -en of nouns in -ung, -ose, -ie, -e.
- nl: the inflected adjective in -e (with -f/-s voicing and a long vowel kept: "depressief" -> "depressieve",
  "doof" -> "dove") and its plural noun in -en; person nouns in -ist/-iet/-eet (+en, +e).
- fr: feminine (-e, -if/-ive, -eux/-euse, -ien/-ienne, -el/-elle, -on/-onne, -er/-ère) and plural (-s, -al/-aux).
- it: gender and number of -o/-a/-e adjectives and nouns (-co/-chi/-ci, -go/-ghi, -io/-i, -ista/-isti/-iste).
- es: gender and number (-o/-a/-os/-as, -án/-ana, -és/-esa, consonant +es, -z/-ces, -ista/-istas).
- en: plural of person nouns (-ic, -ac, -ist, -ian, -ite, -ive: "diabetics", "coeliacs", "Buddhists").

A phrase of a mixed-language file gets the rules of every language its letters allow (Polish letters select
Polish, "ß" German, and so on); the forms a wrong guess makes are no words and never match. A form that is a
word of its own in another sense stays out (``inflection_not_forms`` in the data).
"""

from __future__ import annotations

import regex

LANGUAGES = ("en", "de", "fr", "it", "es", "nl", "pl")
# Letters only one of the seven languages writes (of their usual alphabets).
_MARKERS = {
    "pl": "ąćęłńśźż",
    "de": "ßäü",
    "fr": "çèêëîïôûœâ",
    "it": "ìòù",
    "es": "ñáíú",
    "nl": "ĳ",
}
_POLISH_SPELLING = regex.compile(r"cz|sz|rz|[wyk]|\A[^ ]+\Z(?<=[^aeiou]a)", regex.VERSION1)
_WORDS = regex.compile(r"\S+", regex.VERSION1)
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}\p{M}'\u2019]*", regex.VERSION1)
_NOUN_WORD = regex.compile(r"\p{Lu}\p{Ll}[\p{Ll}\p{M}]*", regex.VERSION1)
# The shortest word the rules inflect: shorter ones ("rak", "gej") are listed with their forms by hand.
MIN_LENGTH = 5


def languages_of(phrase: str) -> tuple[str, ...]:
    """The languages whose rules may apply to a phrase of a mixed-language file, from its letters."""
    lowered = phrase.lower()
    marked = tuple(lang for lang, letters in _MARKERS.items() if any(c in letters for c in lowered))
    if len(marked) == 1:
        return marked
    if "é" in lowered:  # French and Spanish write it
        return ("fr", "es")
    if "ó" in lowered:  # Spanish and Polish
        return ("es", "pl")
    if "à" in lowered:
        return ("fr", "it")
    if "ö" in lowered:
        return ("de", "nl")
    if marked:
        return marked
    # Polish rules make many forms: only for a word Polish spelling can have ("cukrzyca", "astma" do; "cancer",
    # "diabete" do not).
    return LANGUAGES if _POLISH_SPELLING.search(lowered) else tuple(lang for lang in LANGUAGES if lang != "pl")


def inflect(phrase: str, language: str) -> set[str]:
    """The regular inflected forms of ``phrase`` (without the phrase itself) in ``language``."""
    words = _WORDS.findall(phrase.strip())
    if not words:
        return set()
    rule = _RULES.get(language)
    if rule is None:
        return set()
    forms = rule(words)
    return {form for form in forms if form != " ".join(words)}


# -- Polish -------------------------------------------------------------------
# Cases in order: nominative, genitive, dative, accusative, instrumental, locative (vocative left out), then the
# plural nominative and genitive, and for masculine nouns a second genitive. A form is None where the rule does
# not know it.

_PL_SOFTEN = (  # the locative/dative of feminine -a nouns and -e of masculine nouns: consonant alternations
    ("ch", "sze"),
    ("k", "ce"),
    ("g", "dze"),
    ("r", "rze"),
    ("st", "ście"),
    ("sł", "śle"),
    ("zd", "ździe"),
    ("t", "cie"),
    ("d", "dzie"),
    ("ł", "le"),
    ("n", "nie"),
    ("s", "sie"),
    ("z", "zie"),
    ("m", "mie"),
    ("w", "wie"),
    ("b", "bie"),
    ("p", "pie"),
    ("f", "fie"),
)
_PL_HARD_SOFT = ("c", "cz", "sz", "rz", "ż", "dz", "dż", "j", "l", "ń", "ś", "ć", "ź", "i")


def _pl_locative(stem: str) -> str:
    for ending, replacement in _PL_SOFTEN:
        if stem.endswith(ending):
            return stem[: -len(ending)] + replacement
    if stem.endswith(_PL_HARD_SOFT):
        return stem + ("" if stem.endswith("i") else "y" if stem.endswith(("c", "cz", "sz", "rz", "ż", "dz")) else "i")
    return stem + "e"


def _pl_genitive_a(stem: str) -> str:
    """Genitive singular of a feminine -a noun: "-i" after k, g, l, j and soft consonants, "-y" after others."""
    if stem.endswith(("k", "g", "l", "j", "ń", "ś", "ć", "ź", "i")):
        return stem + ("" if stem.endswith("i") else "i")
    return stem + "y"


def _pl_noun(word: str) -> tuple[list[str | None], str] | None:
    """The case forms of a Polish noun and its gender ("f", "n", "m"), or None where no rule applies."""
    if word.endswith("ść"):  # "karalność" -> "karalności", "karalnością"
        stem = word[:-2]
        return [word, stem + "ści", stem + "ści", word, stem + "ścią", stem + "ści", stem + "ści", stem + "ści"], "f"
    if word.endswith(("ysta", "ista")):  # "buddysta": a masculine person noun of the -a declension
        stem = word[:-1]
        return [
            word,
            stem + "y",
            stem[:-2] + "ście",
            stem + "ę",
            stem + "ą",
            stem[:-2] + "ście",
            stem[:-2] + "ści",
            stem + "ów",
        ], "m"
    if word.endswith(("ja", "ia")) and len(word) > 3:  # "infekcja", "anemia"
        stem = word[:-1]
        gen = stem + "i"  # "depresji", "anemii"
        return [word, gen, gen, stem + "ę", stem + "ą", gen, stem + "e", gen], "f"
    if word.endswith("a"):  # "cukrzyca", "astma", "katoliczka"
        stem = word[:-1]
        gen = _pl_genitive_a(stem)
        loc = _pl_locative(stem)
        if stem.endswith(("c", "cz", "sz", "rz", "ż", "dz")):
            loc = stem + "y"
        plural = gen if not stem.endswith("k") else stem + "i"
        return [word, gen, loc, stem + "ę", stem + "ą", loc, plural, None], "f"
    if word.endswith("ie"):  # "zapalenie": neuter, soft
        stem = word[:-1]
        return [word, stem + "a", stem + "u", word, stem + "em", stem + "u", stem + "a", None], "n"
    if word.endswith("o"):  # "oszustwo", "kolano"
        stem = word[:-1]
        return [word, stem + "a", stem + "u", word, stem + "em", _pl_locative(stem), stem + "a", None], "n"
    if word.endswith("e"):  # "serce", "płuce": neuter after a hard-soft consonant
        stem = word[:-1]
        return [word, stem + "a", stem + "u", word, stem + "em", stem + "u", stem + "a", None], "n"
    if word[-1] in "aąeęioóuy":
        return None
    # Masculine: a mobile -e- in -ek/-ec ("związek" -> "związku"), ó -> o in the last syllable ("nowotwór").
    stem = word
    if word.endswith("ek") and len(word) > 5:
        stem = word[:-2] + "k"
    elif word.endswith("ec") and len(word) > 5:
        stem = word[:-2] + "c"
    elif len(word) > 3 and word[-2] == "ó":
        stem = word[:-2] + "o" + word[-1]
    instrumental = stem + ("iem" if stem.endswith(("k", "g")) else "em")
    loc = stem + "u" if stem.endswith(("k", "g", "ch", "c", "cz", "sz", "rz", "ż", "j", "l")) else _pl_locative(stem)
    # Genitive -a (animate, many diseases: "raka", "chłoniaka") or -u (most inanimate nouns: "nowotworu"):
    # which one a noun takes is lexical, so both are derived (the other is no word).
    plural = stem + ("i" if stem.endswith(("k", "g")) else "y")
    # The second genitive closes the list (it agrees with the adjective's genitive).
    return [word, stem + "a", stem + "owi", word, instrumental, loc, plural, stem + "ów", stem + "u"], "m"


_PL_ADJ_ENDINGS = ("y", "i", "a", "e")


def _pl_adjective(word: str) -> dict[str, list[str]] | None:
    """The case forms of a Polish adjective by gender, from its nominative of any gender ("rozsiane")."""
    if len(word) < MIN_LENGTH or not word.endswith(_PL_ADJ_ENDINGS):
        return None
    stem = word[:-1]
    if word.endswith(("ie", "ia")) and stem[-2:-1] in ("k", "g"):  # "ciężkie", "ciężkia" (no such): "-kie"
        stem = word[:-2]
    soft = stem.endswith(("k", "g"))
    masc = stem + ("i" if soft else "y")
    neut = stem + ("ie" if soft else "e")
    gen_m = stem + ("iego" if soft else "ego")
    dat_m = stem + ("iemu" if soft else "emu")
    ins_m = stem + ("im" if soft else "ym")
    fem = stem + "a"
    fem_oblique = stem + ("iej" if soft else "ej")
    return {
        "m": [
            masc,
            gen_m,
            dat_m,
            masc,
            ins_m,
            ins_m,
            stem + ("ie" if soft else "e"),
            stem + ("ich" if soft else "ych"),
        ],
        "n": [neut, gen_m, dat_m, neut, ins_m, ins_m, neut, stem + ("ich" if soft else "ych")],
        "f": [
            fem,
            fem_oblique,
            fem_oblique,
            stem + "ą",
            stem + "ą",
            fem_oblique,
            neut,
            stem + ("ich" if soft else "ych"),
        ],
    }


# Adjective endings: any "-y" after a consonant (a listed noun is in the singular), and "-na/-ne", "-wa", "-ła",
# "-ra", "-ta", "-ka/-kie" in the other genders; not the person nouns "-ysta".
_PL_ADJECTIVE_SHAPE = regex.compile(r"(?<!ys|is)(?:[nwłrt]|k)(?:y|a|e|i|ie)\Z|[^aeiouyąęó]y\Z", regex.VERSION1)


def _pl_lemmas(word: str) -> list[str]:
    """The word and, for a listed oblique form, its nominative: the vocabularies list many Polish person nouns
    and adjectives in the case a copula takes ("jest epileptykiem", "jest katoliczką", "osobą niesłyszącą")."""
    if word.endswith("iem") and word[-4:-3] in ("k", "g") and len(word) > 7:  # "epileptykiem" -> "epileptyk"
        return [word, word[:-3]]
    if word.endswith("em") and len(word) > 7 and word[-3] not in "aeiouyąęó":  # "muzułmaninem" -> "muzułmanin"
        return [word, word[:-2]]
    if word.endswith("ą") and len(word) > 6:  # "katoliczką" -> "katoliczka", "niepełnosprawną" -> "-na"
        return [word, word[:-1] + "a"]
    if word.endswith(("ym", "im")) and len(word) > 7:  # "niepełnosprawnym" -> "niepełnosprawny"
        return [word, word[:-1] if word.endswith("ym") else word[:-2] + "i"]
    return [word]


def _pl(words: list[str]) -> set[str]:
    first = words[0]
    if not _LOWER_WORD.fullmatch(first) or len(first) < MIN_LENGTH:
        return set()
    if len(words) > 1:
        return _pl_phrase(words)
    lemma = _pl_lemmas(first)[-1]  # an oblique form's paradigm is its nominative's
    return {lemma, *_pl_phrase([lemma])}


def _pl_phrase(words: list[str]) -> set[str]:
    first, rest = words[0], words[1:]
    forms: set[str] = set()
    noun = _pl_noun(first)
    adjective = _pl_adjective(first) if _PL_ADJECTIVE_SHAPE.search(first) else None
    if len(words) == 1:
        if noun:
            forms.update(f for f in noun[0] if f)
        if adjective:
            for paradigm in adjective.values():
                forms.update(paradigm)
        if first.endswith(("yk", "ik")) and len(first) >= 7:  # "epileptyk" -> "epileptyczka", a person noun
            feminine = first[:-1] + "czka"
            feminine_forms = _pl_noun(feminine)
            if feminine_forms:
                forms.update(f for f in feminine_forms[0] if f)
            forms.update({first[:-1] + "cy", first + "ów", first + "ami"})
        return forms
    if noun is None:
        return forms
    cases, gender = noun
    second = rest[0]
    agreeing = (
        len(rest) == 1
        and _LOWER_WORD.fullmatch(second)
        and _PL_ADJECTIVE_SHAPE.search(second)
        and _pl_adjective(second) is not None
    )
    if agreeing:  # "stwardnienie rozsiane": noun and adjective in the same case
        adjective_cases = _pl_adjective(second)
        assert adjective_cases is not None
        paradigm = adjective_cases[gender]
        paradigm = [*paradigm, paradigm[1]]  # the masculine noun's second genitive
        if paradigm[0] != second:  # the adjective is not in the noun's gender: a genitive complement after all
            agreeing = False
        else:
            for noun_form, adjective_form in zip(cases, paradigm, strict=False):
                if noun_form:
                    forms.add(f"{noun_form} {adjective_form}")
            return forms
    # A genitive or prepositional complement stays as it is: "zapalenie płuc" -> "zapaleniem płuc".
    tail = " ".join(rest)
    forms.update(f"{noun_form} {tail}" for noun_form in cases if noun_form)
    return forms


# -- German -------------------------------------------------------------------
_DE_ADJECTIVE = regex.compile(
    r"(?:isch|ig|lich|iv|al|ell|är|ös|bar|los|krank|haft|sam|ant|ent|iert|ert|elt|t)\Z", regex.VERSION1
)
_DE_PERSON_IN = regex.compile(r"(?:er|iker|ist|at|ent|ant|loge|graf|ot|ik)\Z", regex.VERSION1)


def _de(words: list[str]) -> set[str]:
    forms: set[str] = set()
    first = words[0]
    if len(words) == 1:
        word = first
        if _LOWER_WORD.fullmatch(word) and len(word) >= MIN_LENGTH and _DE_ADJECTIVE.search(word):
            forms.update(word + ending for ending in ("e", "en", "er", "es", "em"))
        elif _NOUN_WORD.fullmatch(word) and len(word) >= MIN_LENGTH:
            if _DE_PERSON_IN.search(word) and not word.endswith(("ung", "ter")):
                stem = word[:-1] if word.endswith("e") else word  # "Psychologe" -> "Psychologin"
                forms.update({stem + "in", stem + "innen"})
                if word.endswith(("ist", "at", "ent", "ant", "ot")):
                    forms.add(word + "en")  # "Buddhisten", "Demokraten"
                elif word.endswith("loge"):
                    forms.add(word + "n")
                else:
                    forms.add(word + "n")  # "Diabetikern" (dative plural)
            elif word.endswith("in") and not word.endswith(("ein", "min", "rin")) and len(word) > 6:
                forms.add(word + "nen")  # "Muslimin" -> "Musliminnen"
            elif word.endswith(("ung", "ose", "ie", "ion", "heit", "keit", "schaft", "ität")):
                forms.add(word + ("n" if word.endswith("e") else "en"))
            elif word.endswith("e") and not word.endswith("ie"):
                forms.add(word + "n")  # "Depressive" -> "Depressiven", "Epileptikerinnen" handled above
        return forms
    # "chronische Bronchitis" -> "chronischer Bronchitis", "chronischen Bronchitis": the adjective's endings.
    if len(words) == 2 and _LOWER_WORD.fullmatch(first) and _NOUN_WORD.fullmatch(words[1]):
        for ending in ("e", "en", "er", "es", "em"):
            if first.endswith(ending) and _DE_ADJECTIVE.search(first[: -len(ending)]):
                stem = first[: -len(ending)]
                forms.update(f"{stem}{other} {words[1]}" for other in ("e", "en", "er", "es", "em"))
                break
    return forms


# -- Dutch --------------------------------------------------------------------
_NL_ADJECTIVE = regex.compile(r"(?:isch|ief|ig|lijk|eel|aal|air|ijk|baar|loos|ziek|ziekt|t|d|f|s|k|g|l|r|n|m)\Z")
_NL_VOWELS = "aeiou"


def _nl_e_form(word: str) -> str | None:
    """The inflected adjective: "depressief" -> "depressieve", "doof" -> "dove", "ziek" -> "zieke", "wit" -> "witte"."""
    if word.endswith(("e", "a", "o", "u", "i")):
        return None
    if word.endswith("isch") or word.endswith("ieel"):
        return word + "e" if word.endswith("isch") else word[:-3] + "ële"
    stem = word
    last = stem[-1]
    if last == "f":
        stem = stem[:-1] + "v"
    elif last == "s" and not stem.endswith("ss"):
        stem = stem[:-1] + "z"
    # A long vowel written double in a closed syllable is written single in an open one: "doof" -> "dove".
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou" and stem[-4:-3] not in _NL_VOWELS:
        stem = stem[:-3] + stem[-2] + stem[-1]
    # A short vowel before one consonant doubles it: "wit" -> "witte" (not after a long vowel or diphthong).
    elif (
        len(stem) >= 3
        and stem[-1] not in _NL_VOWELS + "wjv"
        and stem[-2] in _NL_VOWELS
        and stem[-3] not in _NL_VOWELS
        and not word.endswith(("ief", "ies", "eel", "aal", "oor", "ier"))
    ):
        stem = stem + stem[-1]
    return stem + "e"


def _nl(words: list[str]) -> set[str]:
    if len(words) != 1:
        return set()
    word = words[0]
    if not _LOWER_WORD.fullmatch(word) or len(word) < MIN_LENGTH:
        return set()
    forms: set[str] = set()
    if word.endswith(("ist", "iet", "eet", "iek", "aat", "oog", "ant", "ent")):  # person nouns: "epilepticus"
        e_form = _nl_e_form(word)
        if e_form:
            forms.update({e_form[:-1] + "en", e_form})  # "diabeet" -> "diabeten"; "activist" -> "activisten"
        if word.endswith("ist"):
            forms.add(word + "e")  # "activiste"
        return forms
    if _NL_ADJECTIVE.search(word):
        e_form = _nl_e_form(word)
        if e_form:
            forms.update({e_form, e_form + "n"})  # "een depressieve collega", "de gehandicapten"
    if word.endswith(("ie", "ing", "ose", "ase")):  # "allergie" -> "allergieën" is written with a trema
        forms.add(word[:-1] + "ën" if word.endswith("ie") else word + ("n" if word.endswith("e") else "en"))
    return forms


# -- French -------------------------------------------------------------------
_FR_FEMININE = (
    ("if", "ive"),
    ("eux", "euse"),
    ("ien", "ienne"),
    ("el", "elle"),
    ("on", "onne"),
    ("er", "ère"),
    ("et", "ette"),
)


def _fr_plural(word: str) -> str:
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith(("eau", "au")):
        return word + "x"
    return word + "s"


def _fr(words: list[str]) -> set[str]:
    if len(words) != 1:
        return set()
    word = words[0]
    if not _LOWER_WORD.fullmatch(word) or len(word) < MIN_LENGTH:
        return set()
    forms = {_fr_plural(word)}
    if word.endswith("e"):
        return forms
    feminine = next((word[: -len(m)] + f for m, f in _FR_FEMININE if word.endswith(m)), word + "e")
    forms.update({feminine, feminine + "s"})
    return forms


# -- Italian ------------------------------------------------------------------
def _it(words: list[str]) -> set[str]:
    if len(words) != 1:
        return set()
    word = words[0]
    if not _LOWER_WORD.fullmatch(word) or len(word) < MIN_LENGTH:
        return set()
    stem, last = word[:-1], word[-1]
    if last not in "oae":
        return set()
    if word.endswith("ista"):  # "buddista": masculine and feminine alike in the singular
        return {stem + "i", stem + "e"}
    if last == "e":  # "bipolare" -> "bipolari"
        return {stem + "i"}
    # Adjectives and person nouns agree in gender and number: "diabetico/a/i/che".
    forms = {stem + "o", stem + "a"}
    if stem.endswith(("c", "g")):
        forms.add(stem + "he")
        # -ico/-ica and other words stressed before the ending: "diabetici"; -co after a stressed vowel: "ciechi".
        forms.add(stem + ("i" if stem.endswith(("ic", "fag", "olog")) else "hi"))
    elif stem.endswith("i"):  # "ebreo" is -eo; "vecchio" -> "vecchi"
        forms.update({stem, stem + "e"})
    else:
        forms.update({stem + "i", stem + "e"})
    return forms


# -- Spanish ------------------------------------------------------------------
_ES_UNACCENT = str.maketrans("áéíóú", "aeiou")


def _es(words: list[str]) -> set[str]:
    if len(words) != 1:
        return set()
    word = words[0]
    if not _LOWER_WORD.fullmatch(word) or len(word) < MIN_LENGTH:
        return set()
    last = word[-1]
    if word.endswith("ista"):
        return {word + "s"}
    if last in "oa":
        stem = word[:-1]
        return {stem + "o", stem + "a", stem + "os", stem + "as"}
    if last == "e":
        return {word + "s"}
    if last == "z":
        return {word[:-1] + "ces"}
    if word.endswith(("án", "ín", "ón", "és")):  # "musulmán" -> "musulmana", "musulmanes"
        base = word[:-2] + word[-2].translate(_ES_UNACCENT) + word[-1]
        return {base + "a", base + "as", base + "es"}
    if last in "lrndsj" and not word.endswith("s"):  # "bipolar" -> "bipolares", "celíaco" handled above
        return {word + "es"}
    return set()


# -- English ------------------------------------------------------------------
def _en(words: list[str]) -> set[str]:
    if len(words) != 1:
        return set()
    word = words[0]
    if (
        _LOWER_WORD.fullmatch(word)
        and len(word) >= MIN_LENGTH
        and word.endswith(("ic", "ac", "ist", "ian", "ite", "ive"))
    ):
        return {word + "s"}
    return set()


# -- Person nouns of conditions -------------------------------------------------
def person_nouns(phrase: str, language: str) -> set[str]:
    """The person nouns of a condition adjective in -ic: "epileptisch" -> "Epileptiker(in)", "epileptisch" (nl) ->
    "epilepticus/epileptica", "epileptyczny" -> "epileptyk/epileptyczka" with their forms. Only for health
    attributes: in other categories the noun is no such derivation ("katholisch" -> "Katholik")."""
    words = _WORDS.findall(phrase.strip())
    if len(words) != 1 or not _LOWER_WORD.fullmatch(words[0]) or len(words[0]) < 7:
        return set()
    word = words[0]
    if language == "de" and word.endswith("isch"):
        noun = word[0].upper() + word[1:-4] + "iker"
        return {noun, *_de([noun])}
    if language == "nl" and word.endswith("isch"):
        return {word[:-4] + ending for ending in ("icus", "ica", "ici", "icae")}
    if language == "pl" and word.endswith(("yczny", "iczny")):
        noun = word[:-4] + "k"
        return {noun, *_pl([noun])}
    return set()


_RULES = {"pl": _pl, "de": _de, "nl": _nl, "fr": _fr, "it": _it, "es": _es, "en": _en}
