"""Contact data: phone numbers (cheaper than Presidio's), e-mail (offline TLD check), dates of birth, postcodes."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
import regex
import tldextract
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer as PresidioEmailRecognizer

from classifier.recognizers import name_lexicon
from classifier.recognizers.base import RegexRecognizer, compile_rule, words_regex
from classifier.recognizers.national_ids import identifier_words, round12_words
from classifier.recognizers.patterns import FastPatternsMixin
from classifier.recognizers.tables import column_label

# The public suffix list snapshot bundled with tldextract: no download, no cache directory.
OFFLINE_TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


# The local part people and providers actually use: letters, digits and . _ % + ' -. RFC 5322 also allows
# = ? / & # ! and others, but in logs, URLs and code those separate a key from its value
# ("?email=a.b@c.de&t=1", "email=a.b@c.de"): with them the match swallowed the key or failed validation.
EMAIL_PATTERN = Pattern(
    "Email (practical local part)",
    r"(?<![\w.%+'\-])[\w%+'\-]+(?:\.[\w%+'\-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+"
    r"\p{L}{2,24}(?![\w\-]|\.[\p{L}\p{N}])",
    0.5,
)


class OfflineEmailRecognizer(FastPatternsMixin, PresidioEmailRecognizer):
    """E-mail addresses whose domain ends in a public suffix of the bundled list (never fetched)."""

    PATTERN_NEEDS = {EMAIL_PATTERN.name: ("@",)}

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(patterns=[EMAIL_PATTERN], supported_language=supported_language, name="EmailRecognizer")

    def validate_result(self, pattern_text: str) -> bool:
        domain = pattern_text.rpartition("@")[2]
        return OFFLINE_TLD_EXTRACTOR(domain).fqdn != ""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        # "postgres://user:secret@host" is a connection string (see SecretsRecognizer), not an e-mail address.
        results = [
            r
            for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if not _in_url_userinfo(text, r.start)
        ]
        for result in results:
            if is_role_mailbox(text[result.start : result.end]):
                result.entity_type = "ORGANIZATION"  # an organisation's mailbox: business contact data, INTERNAL
        return results


# Round 10 (clean10): more role words and documented test numbers (``precision_round10.json``).
_ROLE_WORDS = frozenset(identifier_words("role_mailboxes")) | {
    w.lower() for w in name_lexicon.precision_words("role_mailboxes")
}
_LOCAL_PART_WORDS = regex.compile(r"[^\W\d_]+")
_COUNTRY_CODE = regex.compile(r"[a-z]{2}")
# Domains that hold only machine identities: Google Cloud service accounts (cloud.google.com/iam/docs/service-accounts).
_MACHINE_DOMAINS = (".gserviceaccount.com",)


def is_role_mailbox(address: str) -> bool:
    """An organisation's mailbox, not a person's: the local part names only roles, functions or a bot.

    "servicedesk@…", "no-reply@…", "billing.de@…", "release-bot@…", "ci[bot]@…". A person's name anywhere
    in the local part ("anna.support@…", "support-jan@…") keeps the address personal.
    """
    local, _, domain = address.lower().rpartition("@")
    if local.endswith(("bot", "[bot]")) and len(local) > 3:
        return True
    if domain.endswith(_MACHINE_DOMAINS):
        return True  # "scheduler@my-project.iam.gserviceaccount.com": a cloud service account, a machine
    words = _LOCAL_PART_WORDS.findall(local)
    if not words or local.replace("-", "").replace("_", "").replace(".", "") in _ROLE_WORDS:
        return bool(words)
    role_words = [w for w in words if w in _ROLE_WORDS]
    return bool(role_words) and all(w in _ROLE_WORDS or _COUNTRY_CODE.fullmatch(w) for w in words)


def _in_url_userinfo(text: str, start: int) -> bool:
    token_start = max(text.rfind(ch, 0, start) for ch in " \t\n\"'<(") + 1
    return "://" in text[token_start:start]


# Words that say which line a number is, written after it ("… 7641-Office", "… (fax)").
_LINE_WORDS = r"(?i:office|fax|mobile|cell|home|work|desk|tel|büro|bureau|ufficio|oficina|kantoor|biuro)\b"
# A run that can hold a phone number: optional +/( then digits with the usual separators, 7+ digits.
# Not glued to a code ("INV-2024-5253", "#4481923", "v10.2.1003").
_PHONE_CANDIDATE = regex.compile(
    r"(?<![\w+#])(?<!\w[-/_])(?:\+|00|\(\+?)?\d[\d \t().\-/]{5,22}\d(?P<ext>\s?(?i:x|ext\.?|extension)\s?\d{1,6})?"
    # nor to a code after it (the first group of a UUID, "8819721-B"); "-Office" names the line, it is no code
    r"(?![\w]|[-/_](?!" + _LINE_WORDS + r")[\p{L}\p{N}])"
)
_PHONE_LABELS = words_regex(identifier_words("phone_labels"))
_PHONE_WEAK_LABELS = words_regex(identifier_words("phone_weak_labels"))
_PHONE_CONTEXT_AFTER = regex.compile(r"\A[\s\-,]*(?:\(?\s*)?" + _LINE_WORDS)
# A compound for a phone number: "Telefonnummer", "Handynr", "Servicerufnummer", "phonenumber" (not "Kundennummer").
_PHONE_COMPOUND = regex.compile(
    r"(?i)^(?:tel|phone|mobile)|(?:telefon|phon|fon|handy|mobil|fax|ruf|natel|gsm|festnetz|durchwahl|kontakt)"
    r"(?:nummer|nr|number|numer)$"
)
# Parts of a code key that name a phone: phone_number, mobileNo, tel, msisdn (not hotel_id, font_size).
_PHONE_KEY_PART = regex.compile(r"(?i)phone\w*|telephone|tel|telefon\w*|mobile?|cell|cellphone|fax|handy|msisdn|gsm")
_KEY_PARTS = regex.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_TOKEN = regex.compile(r"[\p{L}\p{N}°º#]+")


def _label_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(phrase.lower()))


def _names_a_phone(key: str) -> bool:
    return any(_PHONE_KEY_PART.fullmatch(part) for part in _KEY_PARTS.findall(key))


# The words right before a number, joined only by short separators ("Kunden-Nr.: ", "numéro de commande "):
# matched right to left from the number, so a miss costs one attempt.
_TAIL_BEFORE = regex.compile(r"(?r)(?:[\p{L}\p{N}°º#'\u2019]+[\s.:#=°º/'\u2019\"-]{0,4}){1,7}\Z")
_REFERENCE_LABELS = frozenset(
    _label_tokens(w)
    for w in (
        *identifier_words("reference_labels"),
        *identifier_words("id_labels"),
        *round12_words("reference_labels"),  # round 12: column names of business numbers, more reference nouns
        *round12_words("id_column_words"),
    )
)
_LABEL_MAX_WORDS = max(len(label) for label in _REFERENCE_LABELS)
_NUMBER_WORDS = frozenset(token for w in identifier_words("number_words") for token in _label_tokens(w))
_FILLER_WORDS = frozenset(("is", "ist", "est", "è", "es", "was", "lautet", "jest", "wynosi", "are", "sind"))
_LINKING_WORDS = frozenset(
    ("with", "the", "under", "mit", "der", "die", "das", "unter", "avec", "le", "la", "sous", "con", "il", "lo", "el",
     "de", "del", "di", "du", "met", "het", "de", "onder", "z", "pod")
)  # fmt: skip
# A compound that ends in a word for 'number' names the number: "Vorgangsnummer", "Auftragsnr" (unless a phone one).
_COMPOUND_NUMBER = regex.compile(r"\p{L}{3,}(?:nummer|number|numer|nr)")
# So does a German compound for a document that carries its number: "Nebenkostenabrechnung", "Spendenbescheinigung".
_COMPOUND_DOCUMENT = regex.compile(r"\p{L}{2,}(?:rechnung|quittung|bescheinigung|bestätigung|bescheid)")


def _reference_label_before(before: str) -> bool:
    """True when a reference or id label ends right before a number: 'Customer number ', 'Bestellung Nr. ', 'PESEL: '."""
    tail = _TAIL_BEFORE.search(before)
    if tail is None:
        return False
    words = _TOKEN.findall(tail.group().lower())[-(_LABEL_MAX_WORDS + 8) :]
    if words and words[-1] in _FILLER_WORDS:
        words.pop()
    if words[-2:] == ["on", "file"]:
        return False  # "phone on file 07…", "the number we have on file:": recorded, no file number
    # Groups of a code written in parts before the digits ("Sendung 1Z 884 2W7 68 1102 …"): the label is before them.
    code_groups = 0
    while words and code_groups < 3 and any(c.isdigit() for c in words[-1]):
        code_groups += 1
        words.pop()
    if code_groups and not any(c.isalpha() for c in "".join(tail.group().lower().split()[-code_groups:])):
        return False  # only digit groups before: "Bestellung 12 0171 2345678" is not a code in parts
    for _ in range(4):  # "Customer number", "Kunden-Nr.", "Bestellung Nr. #": up to three words for 'number'
        if not words:
            return False
        for size in range(1, min(_LABEL_MAX_WORDS, len(words)) + 1):
            if tuple(words[-size:]) in _REFERENCE_LABELS:
                return True
        last = words[-1]
        if _COMPOUND_NUMBER.fullmatch(last) and not _PHONE_COMPOUND.search(last):
            return True
        if _COMPOUND_DOCUMENT.fullmatch(last):
            return True
        if last not in _NUMBER_WORDS:
            return False
        words.pop()
        # "el envío con el número …", "le dossier avec le numéro …": a preposition and an article may stand
        # between the label and its word for 'number'.
        while len(words) > 1 and words[-1] in _LINKING_WORDS:
            words.pop()
    return False


# A value in code or data: '"order_id": 36079532', 'build_no=1710251234', 'orderId: 4481923'.
_CODE_KEY_BEFORE = regex.compile(
    r"(?:[\"'](?P<quoted>[\w.\-]+)[\"']\s*:|(?P<key>[A-Za-z_][\w.\-]*)\s*(?P<op>=|:))\s*[\"']?\Z", regex.REVERSE
)
_CURRENCY_BEFORE = regex.compile(r"(?ir)(?:[€$£¥]|\b(?:eur|usd|chf|gbp|pln|zł|sek|dkk|czk|huf))\s?\Z")
# Amounts, quantities, sizes and durations: '12 500 000 EUR', '1.299.000,00', '3600000 ms'.
_UNIT_AFTER = regex.compile(
    r"(?i)(?:[.,]\d{1,2}(?!\d)|[ \t\u00a0]?(?:[€$£%]|(?:eur|euro|euros|usd|chf|gbp|pln|zł|zl|sek|dkk|czk|huf|ms|sec|secs|"
    r"seconds|sekunden|secondes|secondi|segundos|min|mins|minutes|minuten|h|hrs|hours|stunden|kb|mb|gb|tb|bytes|byte|px|"
    r"pcs|pc|stk|stück|units|items|pièces|pezzi|unidades|stuks|szt)(?![\w])))"
)
# Shapes that are not phone numbers: dates/times, IPv4, postcodes (PT 4123-973, BR 01310-100), versions (10.2.1003),
# decimals such as coordinates (52.5200066).
_NOT_PHONE = regex.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\A\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\Z|\A\d{1,3}(?:\.\d{1,3}){3}\Z|\d{1,2}:\d{2}"
    r"|\A\d{4,5}-\d{3}\Z|\A[1-9]\d?\.\d{1,3}\.\d+\Z|\A[1-9]\d?\.\d{5,}\Z"  # ... versions, decimals (52.5200066)
    r"|(?<![\d.])\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\Z"  # a date at the end: "Gemma 2 19.02.2025"
    r"|\A(?:19|20)\d{2}[-/]\d{4,8}\Z"  # a year and a running number: a file, protocol or receipt ("2024/00731")
)
_LEADING_DATE_TIME = regex.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)[ \t]+(?=\S)"
)
_POSTCODE_CONTEXT = regex.compile(
    r"(?<![\w])(?:"
    + "|".join(sorted({regex.escape(w).replace(r"\ ", r"\s*") for w in identifier_words("postcode_labels")}, key=len))
    + r")(?![\w])\W*(?:is\W*)?\Z",
    regex.IGNORECASE | regex.REVERSE,
)
# A number presented as an example, a format or a made-up value ("e.g. 0171 2345678", "Examples (fictitious):
# 021234568, 381789045", "np. 601 234 567"): the label, an optional note in parentheses, and the list it opens.
_EXAMPLE_LABEL = "|".join(
    sorted({regex.escape(w).replace(r"\ ", r"\s*") for w in identifier_words("example_labels")}, key=len, reverse=True)
)
_LIST_SEPARATOR = r"(?:\s*[,;/]\s*(?:_CONJ\s+)?|\s+_CONJ\s+)".replace(
    "_CONJ", r"(?:and|or|und|oder|et|ou|e|o|y|en|of|i|lub)"
)
_EXAMPLE_BEFORE = regex.compile(
    rf"(?<![\w])(?:{_EXAMPLE_LABEL})(?![\w])(?:\s*\([^()\n]{{0,40}}\))?\s*[:=]?\s*"
    rf"(?:[\"'\u201c\u201e]?\+?\d[\d \t().\-/]{{3,22}}\d[\"'\u201d]?{_LIST_SEPARATOR}){{0,5}}[\"'\u201c\u201e]?\Z",
    regex.IGNORECASE | regex.REVERSE,
)
EXAMPLE_WINDOW_CHARS = 160
# Regions whose numbers are written with the trunk 0 at home ("030 1234567"): without it, digits there are no phone.
_TRUNK_ZERO_REGIONS = frozenset({"GB", "DE", "AT", "CH", "FR", "BE", "NL", "IE", "SE", "IL"})


@lru_cache(maxsize=4096)
def _valid_phone_span(raw: str, regions: tuple[str, ...]) -> tuple[int, int] | None:
    """(0, len) when ``raw`` parses as a valid number of one of ``regions`` (or as an international number)."""
    return None if _valid_phone_number(raw, regions) is None else (0, len(raw))


# Numbers that ring an organisation's switchboard, never a person's line: free phone ("numero verde", 0800) and
# shared-cost numbers (Spanish 901/902). The numbering plan says so. Left out: premium rate (plans disagree: a
# Belgian 09 landline written "+32 9 …" parses as premium) and UK 03 "UAN" numbers (the only reading of many
# digit runs that stand after "Phone:" in generated and real contact lines).
_SERVICE_LINE_TYPES = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST})


@lru_cache(maxsize=1024)
def is_service_line(raw: str, regions: tuple[str, ...]) -> bool:
    """True when the numbering plans agree that ``raw``, written nationally, is a free or shared-cost line.

    Most of the European plans that validate the digits say so and none of them reads a mobile: "0800 …" is free
    phone in GB, DE, NL and AT; "510-781-464" is a Polish mobile and a Spanish service number.
    """
    raw = raw.strip()
    if raw.startswith(("+", "00", "(+")):
        return False  # free and shared-cost numbers are dialled at home; a number given for abroad is a line
    number = _valid_phone_number(raw, regions)
    if number is None or phonenumbers.number_type(number) not in _SERVICE_LINE_TYPES:
        return False
    service = other = 0
    for region in regions:
        if region not in _EUROPEAN_REGIONS:
            continue  # an Indian mobile range holds "0800 …": the texts screened here are European
        reading = _valid_phone_number(raw, (region,))
        if reading is None:
            continue
        kind = phonenumbers.number_type(reading)
        if kind in _MOBILE_TYPES:
            return False
        service += kind in _SERVICE_LINE_TYPES
        other += kind not in _SERVICE_LINE_TYPES
    return service > other


# "tel. kom.", "Handy:", "móvil": a label that says the number is someone's mobile (seven languages).
_MOBILE_LABEL_BEFORE = regex.compile(
    r"(?i)\b(?:mobile?|mob|cell(?:phone)?|handy|mobil|mobiel|gsm|kom|komórka|komórkowy|m[oó]vil|cellulare|cell"
    r"|portable|port)\b[.:]?[ \t]*\Z"
)
_EUROPEAN_REGIONS = frozenset({"GB", "IE", "DE", "AT", "CH", "FR", "BE", "IT", "ES", "PT", "NL", "PL", "SE"})
_MOBILE_TYPES = frozenset({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})


@lru_cache(maxsize=4096)
def _valid_phone_number(raw: str, regions: tuple[str, ...]) -> phonenumbers.PhoneNumber | None:
    if raw.startswith("(+"):
        raw = raw[1:].replace(")", " ", 1)  # "(+34) 630 291 077"
    international = raw.startswith(("+", "00"))
    trunk_zero = raw.lstrip("(").startswith("0")
    for region in (None,) if international else regions:
        if region in _TRUNK_ZERO_REGIONS and not trunk_zero:
            continue
        try:
            number = phonenumbers.parse(
                raw.replace("00", "+", 1) if international and raw.startswith("00") else raw, region
            )
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    return None


@lru_cache(maxsize=1024)
def _possible_international(raw: str) -> bool:
    """'+31 6 97420287': a country code and a length that country uses, though no allocated range holds it."""
    raw = raw.lstrip("(").replace(")", " ", 1)
    if not raw.startswith("+"):
        return False
    try:
        number = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException:
        return False
    # The calling code, not the number, names the country: an unallocated number of a code that several regions
    # share (+44: GB, JE, GG, IM) has no region of its own.
    code = number.country_code
    return (
        code is not None
        and phonenumbers.is_possible_number(number)
        and phonenumbers.region_code_for_country_code(code) not in (None, phonenumbers.UNKNOWN_REGION)
    )


# A Unix time in seconds, written as one block of ten digits (2001-09-09 to 2033-05-18).
_UNIX_TIME = regex.compile(r"1\d{9}")

# Polish NIP (tax number of firms and sole traders) in the two ways it is printed: 3-3-2-2 and 3-2-2-3.
_POLISH_NIP_SHAPE = regex.compile(r"\d{3}-(?:\d{3}-\d{2}-\d{2}|\d{2}-\d{2}-\d{3})")
_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def polish_nip_valid(value: str) -> bool:
    """The NIP check digit: the weighted sum of the first nine digits mod 11 is the tenth (never 10)."""
    digits = [int(ch) for ch in value if ch.isdigit()]
    if len(digits) != 10:
        return False
    check = sum(w * d for w, d in zip(_NIP_WEIGHTS, digits, strict=False)) % 11
    return check == digits[9]


_OTHER_NUMBER = "other"  # a reference, an id, an amount or a code value: not a phone
_AMOUNT_AFTER = "amount"  # a unit or currency follows: not a phone, though a shorter run before it may be
_PHONE_KEY = "phone key"  # the value of a key that names a phone: '"phone": ...', 'mobile_number = ...'


# An upper-case letter code right before a number prefixes a reference ("INV 2024-5253", "PO 4411907",
# "LV 038/63314"), unless it is a phone label ("TEL", "GSM", "FAX").
_CODE_PREFIX_BEFORE = regex.compile(r"(?<![\w.-])(?P<code>\p{Lu}{2,5})\.?[ \t\u00a0]?[#:]?[ \t\u00a0]?\Z")
_CLOCK_BEFORE = regex.compile(r"\d:\Z")
# A question that ends right before the number, or in the turn before it: "Your account number? 600 114 872",
# "Agent: Ihre Vertragsnummer?\nAnrufer: 600 114 872" (a speaker's label may open the answering line).
_QUESTION_BEFORE = regex.compile(r"[ \t]*\?[ \t]*(?:\n[ \t]*(?:\p{L}[\p{L}\-]{0,20}[ \t]*:)?[ \t]*)?\Z")
_DECIMAL = regex.compile(r"\d[.,]\d+")  # "0.9935992", a score: one digit, one separator
# A transcript's answering turn: the line before is headed by a speaker ("[09:12] Agent Ana:", "Agentin Melis:") and
# the answering line by another ("Kunde:", "Klant:", "Klient:") with the number right after it.
_ANSWER_TURN_BEFORE = regex.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?(?:\p{L}[\p{L}\-]{0,20}[ \t]+){0,2}\p{L}[\p{L}\-]{0,20}[ \t]*:"
    r"(?P<asked>[^\n]{1,160})\n[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?\p{L}[\p{L}\-]{0,20}[ \t]*:[ \t]*\Z"
)
_TURN_LABEL_TAIL = regex.compile(r"\n[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?\p{L}[\p{L}\-]{0,20}[ \t]*:[ \t]*\Z")
_PHONE_ASKED = words_regex(
    (*identifier_words("phone_labels"), "number", "nummer", "numer", "numéro", "numero", "número")
)
_REFERENCE_ASKED = words_regex(identifier_words("reference_labels"))
_PHONE_LABEL_WORDS = frozenset(w.lower().rstrip(".") for w in identifier_words("phone_labels") if " " not in w)


def _asked_for_a_phone(text: str, start: int, before: str) -> bool:
    """The number answers a turn that asks for a phone or a bare number, and the answering line's label is its
    speaker ("Agentin: Um welche Rufnummer geht es?\nKunde: 0176 …", "Proszę podać numer telefonu.\nKlient: 698 …"):
    "Kunde" names who speaks there, not a customer number."""
    if _TURN_LABEL_TAIL.search(before) is None:
        return False
    turn = _ANSWER_TURN_BEFORE.search(text, max(0, start - 240), start)
    if turn is None:
        return False
    asked = turn.group("asked")
    return _PHONE_ASKED.search(asked) is not None and _REFERENCE_ASKED.search(asked) is None


def _names_other_number(text: str, start: int, end: int) -> str | None:
    """What the words around a digit run say it is (``_OTHER_NUMBER``, ``_AMOUNT_AFTER``, ``_PHONE_KEY``), or None."""
    before = text[max(0, start - 64) : start]
    if _DECIMAL.fullmatch(text, start, end):
        return _OTHER_NUMBER
    if not _asked_for_a_phone(text, start, before) and _reference_label_before(before):
        return _OTHER_NUMBER
    asked = _QUESTION_BEFORE.search(before)
    if asked is not None and _reference_label_before(before[: asked.start()]):
        return _OTHER_NUMBER  # "Ihre Vertragsnummer?\nAnrufer: 600 114 872": the answer to a question for a reference
    if _CLOCK_BEFORE.search(before):
        return _OTHER_NUMBER  # "22:57:08.747400": seconds and their fraction
    code = _CODE_PREFIX_BEFORE.search(before)
    if code is not None and code.group("code").lower() not in _PHONE_LABEL_WORDS:
        return _OTHER_NUMBER
    if _EXAMPLE_BEFORE.search(text, max(0, start - EXAMPLE_WINDOW_CHARS), start):
        return _OTHER_NUMBER
    key = _CODE_KEY_BEFORE.search(before)
    if key is not None:
        name = key.group("quoted") or key.group("key")
        code_like = key.group("quoted") or key.group("op") == "=" or "_" in name or regex.search(r"[a-z][A-Z]", name)
        if code_like:
            return _PHONE_KEY if _names_a_phone(name) else _OTHER_NUMBER
    if _CURRENCY_BEFORE.search(before):
        return _OTHER_NUMBER
    if _UNIT_AFTER.match(text, end, min(len(text), end + 12)):
        return _AMOUNT_AFTER
    # Round 12: in a table the column's header names the number ("bestellnr", "invoice_no", "num_compteur").
    column = column_label(text, start, end)
    if column and not _PHONE_LABELS.search(column) and _reference_label_before(column + " "):
        return _OTHER_NUMBER
    return None


class FastPhoneRecognizer(RegexRecognizer):
    """Phone numbers via python-phonenumbers, run only on digit runs found by a cheap prefilter.

    Presidio's PhoneRecognizer runs the phonenumbers matcher over the whole text
    once per region; here a regex first finds the few runs of 7-15 digits, and
    only those are parsed (international form first, then ``REGIONS``; cached).
    Runs no region validates but that stand next to a phone word ("Fax: 416 60
    039", "781 1704 office") are still reported. Runs that a label names as
    something else ("Customer number 8819721", "Bestellung 36079532", "PESEL:
    ..."), amounts, durations, code values, postcodes and versions are not phones.
    """

    ENTITY = "PHONE_NUMBER"
    NEEDS_DIGIT = True
    # Presidio's default regions plus the EU ones; numbers with a + or 00 prefix need none.
    REGIONS = ("US", "GB", "DE", "FR", "IT", "ES", "NL", "PL", "AT", "CH", "BE", "PT", "IE", "SE", "IL", "IN", "BR")
    VALID_SCORE = 0.6
    CONTEXT_SCORE = 0.85

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for candidate in _PHONE_CANDIDATE.finditer(text):
            start = candidate.start()
            # An extension ("x0135") belongs to the finding but not to the number that is validated.
            end = candidate.start("ext") if candidate.group("ext") else candidate.end()
            extension = candidate.end() - end
            if _POSTCODE_CONTEXT.search(text, max(0, start - 24), start):
                continue
            # A date or time glued to the front ("12.03.2024 0171 2345678") is not part of the number.
            while (lead := _LEADING_DATE_TIME.match(text, start, end)) is not None:
                start = lead.end()
            # A run may have swallowed a number that follows ("010 865 8451 58 % off"): without a phone reading,
            # the last space-separated group is dropped and the rest tried again (twice at most).
            for _ in range(3):
                result, retry = self._judge(text, start, end, extension)
                if result is not None:
                    results.append(result)
                if not retry or extension:
                    break
                cut = text.rfind(" ", start, end)
                if cut <= start:
                    break
                end = len(text[:cut].rstrip(" \t-/.("))
        return results

    def _judge(self, text: str, start: int, end: int, extension: int) -> tuple[RecognizerResult | None, bool]:
        """The phone finding for ``text[start:end]`` (or None), and whether a shorter run is worth trying."""
        raw = text[start:end]
        digits = sum(ch.isdigit() for ch in raw)
        if digits < 7:
            return None, False
        if _documented_test_number(raw):
            return None, False  # "+15005550006": a vendor's magic test number, only found in test code
        if _NOT_PHONE.search(raw):
            return None, True  # a date or time at the end may hide a phone before it
        if _POLISH_NIP_SHAPE.fullmatch(raw) and polish_nip_valid(raw):
            return None, False  # "123-456-32-18": a Polish tax number as it is written, its check digit holds
        if digits > 15:
            return None, False
        if raw.isdigit() and digits > 11:
            return None, False  # a bare block this long is a card/account number, not a phone (those have spaces)
        if _UNIX_TIME.fullmatch(raw) and not self._phone_context(text, start, end + extension)[0]:
            return None, False  # "Seit 1721465226", "1727494097 WARN": seconds since 1970 (2001-2033)
        verdict = _names_other_number(text, start, end)
        if (
            verdict is _OTHER_NUMBER
            and raw.lstrip("(").startswith("+")
            and _reference_label_before(text[max(0, start - 64) : start])
            and not _EXAMPLE_BEFORE.search(text, max(0, start - EXAMPLE_WINDOW_CHARS), start)
            and self._match_phonenumbers(raw) is not None
        ):
            verdict = None  # "Cliente: +34 93 407 90 30": no reference number carries a "+" and a country code
        if verdict is _OTHER_NUMBER or verdict is _AMOUNT_AFTER:
            return None, verdict is _AMOUNT_AFTER
        strong, weak = self._phone_context(text, start, end + extension)
        strong = strong or verdict is _PHONE_KEY
        if self._match_phonenumbers(raw) is not None:
            score = self.CONTEXT_SCORE if strong or weak else self.VALID_SCORE
            if is_service_line(raw, self.REGIONS) and not _MOBILE_LABEL_BEFORE.search(text, max(0, start - 24), start):
                # An organisation's service number is business contact data, like its name: ORGANIZATION (INTERNAL).
                return self.result(start, end + extension, score, entity_type="ORGANIZATION"), False
            return self.result(start, end + extension, score), False
        if (strong or weak) and self._looks_like_phone(raw):
            return self.result(start, end + extension, 0.7), False
        # "+" is phone notation: a grouped number with a country code and a possible length is one.
        if raw.startswith(("+", "(+")) and self._looks_like_phone(raw.lstrip("(+")) and _possible_international(raw):
            return self.result(start, end + extension, self.VALID_SCORE), False
        return None, True

    def _match_phonenumbers(self, raw: str) -> tuple[int, int] | None:
        return _valid_phone_span(raw.strip(), self.REGIONS)

    @staticmethod
    def _looks_like_phone(raw: str) -> bool:
        # Separated groups ("416 60 039", "(37) 788-063") or an international prefix ("+447700677662 mobile")
        # rather than a single block like an order id.
        return raw.startswith("+") or bool(regex.search(r"[ ().\-/]", raw.strip()))

    @staticmethod
    def _phone_context(text: str, start: int, end: int) -> tuple[bool, bool]:
        """(a phone word before or after, a weaker word such as 'contact' or 'office' before)."""
        before = text[max(0, start - 32) : start]
        strong = bool(_PHONE_LABELS.search(before) or _PHONE_CONTEXT_AFTER.match(text[end : end + 16]))
        return strong, not strong and bool(_PHONE_WEAK_LABELS.search(before))


def _date_pattern() -> str:
    months = sorted({regex.escape(m) for m in identifier_words("months")}, key=len, reverse=True)
    month = r"(?:" + "|".join(months) + r")\.?"
    return (
        r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"  # 1985-03-12
        r"|\d{1,2}\.?\s?[-/.]\s?\d{1,2}\.?\s?[-/.]\s?(?:\d{4}|\d{2})"  # 12.03.1985, 12/03/85, 12. 3. 1985
        r"|\d{1,2}(?:st|nd|rd|th|er|º|°|\.)?\s*(?:of\s+|de\s+)?"
        + month
        + r",?\s*(?:de\s+|del\s+)?\d{4}"  # 12 de marzo de 1985
        r"|\d{1,2}\.?\s*[-/.]\s*[ivx]{1,4}\s*[-/.]\s*\d{4}"  # 12.III.1985 (roman months, PL)
        r"|\d{1,2}\.?[ \t]+(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})\.?[ \t]+\d{4}"  # 12 III 1985, 6 vii 1993
        r"|" + month + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"  # March 12, 1985
    )


_PLACE = r"\p{Lu}[\p{L}'\u2019\-]*(?:\s+\p{Lu}[\p{L}'\u2019\-]*){0,2}"


def _dob_pattern() -> str:
    labels = sorted(
        {regex.escape(w).replace(r"\ ", r"\s*") for w in identifier_words("dob_labels")}, key=len, reverse=True
    )
    return (
        r"(?i:(?<![\w])(?:" + "|".join(labels) + r")(?![\w]))"
        # an optional place of birth: "born in Leeds on", "nato a Roma il", "geboren in Wien am", "né à Lyon le",
        # or the place first in "place and date of birth: Roma, 23/03/1973"
        r"(?:\s+(?i:in|at|à|a|en|te|w|we|em)\s+" + _PLACE + r"\s*,?|[\s:]+" + _PLACE + r"\s*,)?"
        r"(?i:[\s:=,\"'(-]*(?:(?:is|was|ist|war|est|è|es|fue|jest|on|am|le|il|el|op|dnia|the|den|de)\b[\s:,]*){0,2})"
        r"(?P<value>(?i:" + _date_pattern() + r"))(?![\w])"
    )


# Round 12 (tables12): a birth-date noun, a few words that qualify it, then a colon or a question, and the date: "Ihr
# Geburtsdatum, bitte?\nKundin: 03.04.1961" (the answer in the next turn, after its speaker), "Geburtsdatum zur
# Bestätigung meiner Identität: 08.09.1972", "Birth date (as in passport): 1992-07-18". Only nouns that name the
# date (not "born", "nato": "né à Lyon, il a rejoint l'équipe le ...") and no digit, newline or sentence end between.
_DOB_NOUNS = words_regex(round12_words("dob_nouns"))
_DOB_AFTER_NOUN = regex.compile(
    r"(?:[^\n\d!?:.;]|\.(?=\S)){0,60}?"
    r"(?::[ \t]*|\?[ \t]*\n[ \t]*(?:\p{L}[\p{L}\-]{0,20}(?:[ \t]\p{L}[\p{L}\-]{0,20})?[ \t]*:)?[ \t]*"
    r"|[.:]?[ \t]*\n[ \t]*\p{L}[\p{L}\-]{0,20}[ \t]*:[ \t]*)"
    r"(?P<value>(?i:" + _date_pattern() + r"))(?![\w])"
)
# A second date word between the noun and the date names another date: "date of birth and start date: 2026-03-01",
# "Geburtsdatum und Eintrittsdatum: 01.02.2026".
_OTHER_DATE_WORD = regex.compile(
    r"(?i)\b(?:dat[aeuyęą]\w*|\w*datum\w*|fecha|termin\w*|day|tag|jour|giorno|d[ií]a|dag|dzie[nń])\b"
)


class DateOfBirthRecognizer(RegexRecognizer):
    """A date announced as a birth date, in any of the supported languages.

    'DOB: 12/03/1985', 'born on 3 March 1985', 'Geburtsdatum: 12.03.1985',
    'née le 12 mars 1985', 'nato a Roma il 12/03/1985', 'fecha de nacimiento:
    12 de marzo de 1985', 'geboren op 12 maart 1985', 'data urodzenia: 12
    marca 1985'. The finding is the date, not the label.

    The pattern is tried only where a label can start: the first three letters
    of every label are looked up with ``str.find`` in the lower-cased text
    (scanning the whole label alternation took 8x longer).
    """

    ENTITY = "DATE_OF_BIRTH"
    NEEDS_DIGIT = True  # every date form has digits (day, year), those under a key too
    RULES = (compile_rule("dob_in_context", _dob_pattern(), 0.9),)
    LABEL_HEADS = tuple(sorted({label.lower()[:3] for label in identifier_words("dob_labels")}))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        rule = self.RULES[0]
        lowered = text.lower()
        if len(lowered) != len(text):  # "İ" and friends change length: offsets would not line up
            return super().analyze(text, entities, nlp_artifacts)
        starts = set()
        for head in self.LABEL_HEADS:
            index = lowered.find(head)
            while index >= 0:
                if index == 0 or not (lowered[index - 1].isalnum() or lowered[index - 1] == "_"):
                    starts.add(index)
                index = lowered.find(head, index + 1)
        spans: dict[tuple[int, int], None] = {}  # "data di nascita" and "nascita" announce the same date
        for start in sorted(starts):
            match = rule.pattern.match(text, start)
            if match is not None:
                spans[match.span("value")] = None
        for noun in _DOB_NOUNS.finditer(text):
            after = _DOB_AFTER_NOUN.match(text, noun.end())
            if after is not None and not _OTHER_DATE_WORD.search(text, noun.end(), after.start("value")):
                spans[after.span("value")] = None
        for span in _dates_under_keys(text, lowered):
            spans[span] = None
        for span in _repeated_dates(text, list(spans)):
            spans[span] = None
        return [self.result(value_start, value_end, rule.score) for value_start, value_end in spans]


# -- birth dates in code and tables ----------------------------------------------------------------------------------
# A key or a column named for a birth date ("birth_date", "dateOfBirth", "geboortedatum", "fecha_nacimiento",
# "data_nascita", "member_dob") announces the date that is its value, or the dates in its column below a header
# (CSV, TSV, a pipe table, PostgreSQL's COPY ... FROM stdin, INSERT INTO ... VALUES). A birth date found once is one
# wherever the same date stands again in the text (an error message quoting the value of the row).
_KEY_CONNECTORS = frozenset(("of", "de", "di", "du", "van", "da", "del"))
_RE_KEY_WORD = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")
_RE_IDENTIFIER_CHARS = regex.compile(r"[\p{L}\d_\-]")
_RE_DATE_VALUE = regex.compile(r"(?i:" + _date_pattern() + r")")
_RE_KEY_SEPARATOR = regex.compile(r"[\"'\]`]*[ \t]*(?:=>|:=|[:=>])[ \t]*[\"'`]?")
_RE_COPY_HEADER = regex.compile(r"(?i)\bCOPY[ \t]+[\w.\"]+[ \t]*\((?P<columns>[^()\n]*)\)[ \t]+FROM[ \t]+stdin")
_RE_INSERT_HEADER = regex.compile(r"(?i)\bINSERT[ \t]+INTO[ \t]+[\w.\"`]+[ \t]*\((?P<columns>[^()]*)\)[ \t]*VALUES")
_RE_SQL_TUPLE = regex.compile(r"\((?P<values>(?:'[^'\n]*'|[^()'\n])*)\)")
_RE_SQL_CELL = regex.compile(r"[ \t]*(?:'(?P<quoted>[^'\n]*)'|(?P<bare>[^,]*?))[ \t]*(?:,|\Z)")
_TABLE_DELIMITERS = ("\t", ";", "|", ",")
TABLE_MAX_ROWS = 200


def _key_words(key: str) -> list[str]:
    return [w.lower() for w in _RE_KEY_WORD.findall(key) if w.lower() not in _KEY_CONNECTORS]


@lru_cache(maxsize=1)
def _dob_keys() -> frozenset[str]:
    """Birth-date labels as identifiers write them, joined without spaces: "dateofbirth", "geboortedatum", "dob"."""
    keys = set()
    for label in identifier_words("dob_labels"):
        joined = "".join(_key_words(label.replace(".", " ")))
        if len(joined) >= 5 or joined == "dob":
            keys.add(joined)
    return frozenset(keys - {"born", "geboren", "nato", "nata", "nacido", "nacida", "urodzony", "urodzona"})


@lru_cache(maxsize=1)
def _dob_key_heads() -> tuple[str, ...]:
    return tuple(sorted({key[:3] for key in _dob_keys()}))


def _is_dob_key(key: str) -> bool:
    """ "birth_date", "dateOfBirth", "member_dob", "fecha_nacimiento": some run of its words is a birth-date label."""
    words = _key_words(key)
    keys = _dob_keys()
    return any("".join(words[i:j]) in keys for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _dob_key_spans(text: str, lowered: str) -> list[tuple[int, int]]:
    found: dict[tuple[int, int], None] = {}
    for head in _dob_key_heads():
        index = lowered.find(head)
        while index >= 0:
            start = index
            while start > 0 and _RE_IDENTIFIER_CHARS.match(text, start - 1):
                start -= 1
            end = index + len(head)
            while end < len(text) and _RE_IDENTIFIER_CHARS.match(text, end):
                end += 1
            if (start, end) not in found and _is_dob_key(text[start:end]):
                found[(start, end)] = None
            index = lowered.find(head, end)
    return list(found)


def _dates_under_keys(text: str, lowered: str) -> list[tuple[int, int]]:
    """Dates that a birth-date key or column announces (see above)."""
    spans: list[tuple[int, int]] = []
    for key_start, key_end in _dob_key_spans(text, lowered):
        separator = _RE_KEY_SEPARATOR.match(text, key_end)
        if separator is not None:
            value = _RE_DATE_VALUE.match(text, separator.end())
            if value is not None and not _RE_IDENTIFIER_CHARS.match(text, value.end()):
                spans.append(value.span())
                continue
        spans += _dates_in_column(text, key_start, key_end)
    return spans


def _full_date(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The cell ``text[start:end]`` without blanks and quotes, if it is one date and nothing else."""
    while start < end and text[start] in " \t\"'`":
        start += 1
    while end > start and text[end - 1] in " \t\"'`\r":
        end -= 1
    return (start, end) if end > start and _RE_DATE_VALUE.fullmatch(text, start, end) else None


def _dates_in_column(text: str, key_start: int, key_end: int) -> list[tuple[int, int]]:
    line_start = text.rfind("\n", 0, key_start) + 1
    line_end = text.find("\n", key_end)
    line_end = len(text) if line_end < 0 else line_end
    for header_pattern in (_RE_COPY_HEADER, _RE_INSERT_HEADER):
        header = header_pattern.search(text, line_start, min(len(text), line_end + 2000))
        if header is not None and header.start("columns") <= key_start < header.end("columns"):
            column = text[header.start("columns") : key_start].count(",")
            if header_pattern is _RE_COPY_HEADER:
                rows = text.find("\n", header.end())
                return [] if rows < 0 else _column_dates(text, rows + 1, "\t", column, stop="\\.")
            return _tuple_dates(text, header.end(), column)
    line = text[line_start:line_end]
    delimiter = next((d for d in _TABLE_DELIMITERS if d in line), None)
    if delimiter is None:
        return []
    column = text[line_start:key_start].count(delimiter)
    return _column_dates(text, line_end + 1, delimiter, column)


def _column_dates(text: str, position: int, delimiter: str, column: int, stop: str = "") -> list[tuple[int, int]]:
    spans = []
    for _ in range(TABLE_MAX_ROWS):
        if position >= len(text):
            break
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        if (stop and line.strip() == stop) or delimiter not in line:
            if line.strip(" \t|-:+=\r"):  # a separator row ("|---|---|") keeps the table going
                break
        else:
            cells = line.split(delimiter)
            if column < len(cells):
                cell_start = position + sum(len(c) + len(delimiter) for c in cells[:column])
                date = _full_date(text, cell_start, cell_start + len(cells[column]))
                if date is not None:
                    spans.append(date)
        position = line_end + 1
    return spans


def _tuple_dates(text: str, position: int, column: int) -> list[tuple[int, int]]:
    spans = []
    for count, row in enumerate(_RE_SQL_TUPLE.finditer(text, position)):
        between = text[position : row.start()].strip(" \t\r\n,")
        if count >= TABLE_MAX_ROWS or between:
            break  # the statement ended
        cells = list(_RE_SQL_CELL.finditer(text, row.start("values"), row.end("values")))
        if column < len(cells):
            cell = cells[column]
            group = "quoted" if cell.group("quoted") is not None else "bare"
            date = _full_date(text, *cell.span(group))
            if date is not None:
                spans.append(date)
        position = row.end()
    return spans


def _repeated_dates(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other places where a birth date found in the text stands again, as the same whole value."""
    found = []
    for value in {text[start:end] for start, end in spans if end - start >= 8}:
        index = text.find(value)
        while index >= 0:
            end = index + len(value)
            before = text[index - 1] if index else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before in "/.-") and not (
                after.isalnum() or (after in "/.-" and text[end + 1 : end + 2].isdigit())
            ):
                found.append((index, end))
            index = text.find(value, end)
    return found


def _postcode_pattern() -> str:
    labels = sorted(
        {regex.escape(w).replace(r"\ ", r"\s*") for w in identifier_words("postcode_labels")}, key=len, reverse=True
    )
    return (
        r"(?i:(?<![\w])(?:" + "|".join(labels) + r")(?![\w])\s*(?:is|ist|est|è|es|:|#|=|-)?\s*)"
        r"(?P<value>\d{3}\s?\d{2}|\d{4,5}(?:-\d{4})?(?:\s?[A-Z]{2}(?![\w]))?|"  # US, DE/FR/IT/ES, NL 1012 AB
        r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|"  # UK, CA
        r"\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|[A-Z]\d{2}\s?[A-Z\d]{4})(?![\w-])"  # BR, PT, PL, IE Eircode
    )


class PostalCodeRecognizer(RegexRecognizer):
    """A postcode announced as such, in any of the supported languages.

    'my zip code is 35350', 'Postcode: SW1A 1AA', 'PLZ 10115', 'code postal :
    75001', 'CAP 50132', 'código postal 28013', 'postcode 1012 AB', 'kod
    pocztowy 00-950', 'código postal 4123-973', 'Eircode D02 X285'.
    """

    ENTITY = "POSTAL_CODE"
    NEEDS_DIGIT = True
    RULES = (compile_rule("postcode_in_context", _postcode_pattern(), 0.75),)


RECOGNIZERS: tuple[type[RegexRecognizer], ...] = (FastPhoneRecognizer, DateOfBirthRecognizer, PostalCodeRecognizer)


_TEST_NUMBERS = name_lexicon.precision_words("test_phone_numbers")


def _documented_test_number(raw: str) -> bool:
    """A vendor's documented test number ("+15005550006", Twilio's magic numbers): no person's phone.

    Why (round 10): it raised a clean snippet of test code to CONFIDENTIAL; the corpus never labels one."""
    return "+" + "".join(ch for ch in raw if ch.isdigit()) in _TEST_NUMBERS
