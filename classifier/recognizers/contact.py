"""Contact data: phone numbers (cheaper than Presidio's), e-mail (offline TLD check), dates of birth, postcodes."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
import regex
import tldextract
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer as PresidioEmailRecognizer

from classifier.recognizers.base import RegexRecognizer, compile_rule, words_regex

# The public suffix list snapshot bundled with tldextract: no download, no cache directory.
OFFLINE_TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(PresidioEmailRecognizer):
    """Presidio's e-mail regex, validated against the bundled public suffix list (never fetched)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language, name="EmailRecognizer")

    def validate_result(self, pattern_text: str) -> bool:
        return OFFLINE_TLD_EXTRACTOR(pattern_text).fqdn != ""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        # "postgres://user:secret@host" is a connection string (see SecretsRecognizer), not an e-mail address.
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not _in_url_userinfo(text, r.start)]


def _in_url_userinfo(text: str, start: int) -> bool:
    token_start = max(text.rfind(ch, 0, start) for ch in " \t\n\"'<(") + 1
    return "://" in text[token_start:start]


# A run that can hold a phone number: optional +/( then digits with the usual separators, 7+ digits.
_PHONE_CANDIDATE = regex.compile(r"(?<![\w+])(?:\+|00|\()?\d[\d \t().\-/]{5,22}\d(?![\w])")
_PHONE_CONTEXT = words_regex(
    ("phone", "telephone", "tel", "mobile", "cell", "cellphone", "fax", "call", "text me", "whatsapp", "landline",
     "contact", "reach me", "office", "desk", "home", "work", "number", "no.", "ph", "mob", "handy", "téléphone")
)  # fmt: skip
_PHONE_CONTEXT_AFTER = regex.compile(r"\A[\s\-,]*(?:\(?\s*)?(?:office|fax|mobile|cell|home|work|desk|tel)\b", regex.I)


@lru_cache(maxsize=4096)
def _valid_phone_span(raw: str, regions: tuple[str, ...]) -> tuple[int, int] | None:
    """(0, len) when ``raw`` parses as a valid number of one of ``regions`` (or as an international number)."""
    for region in (None,) if raw.startswith(("+", "00")) else regions:
        try:
            number = phonenumbers.parse(
                raw.replace("00", "+", 1) if region is None and raw.startswith("00") else raw, region
            )
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return 0, len(raw)
    return None


# Runs that are dates/times or IPv4 addresses, not phone numbers.
_NOT_PHONE = regex.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\A\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\Z|\A\d{1,3}(?:\.\d{1,3}){3}\Z|\d{1,2}:\d{2}"
)
_POSTCODE_CONTEXT = regex.compile(r"(?i)\b(?:zip|postcode|post\s*code|postal\s*code|plz|cep)\b\W*(?:is\W*)?\Z")


class FastPhoneRecognizer(RegexRecognizer):
    """Phone numbers via python-phonenumbers, run only on digit runs found by a cheap prefilter.

    Presidio's PhoneRecognizer runs the phonenumbers matcher over the whole text
    once per region; here a regex first finds the few runs of 7-15 digits, and
    only those are parsed (international form first, then ``REGIONS``; cached).
    Runs no region validates but that stand next to a phone word ("Fax: 416 60
    039", "781 1704 office") are still reported.
    """

    ENTITY = "PHONE_NUMBER"
    # Presidio's default regions plus the large EU ones; numbers with a + or 00 prefix need none.
    REGIONS = ("US", "GB", "DE", "FR", "IT", "ES", "NL", "PL", "SE", "IL", "IN", "BR")
    VALID_SCORE = 0.6
    CONTEXT_SCORE = 0.85

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for candidate in _PHONE_CANDIDATE.finditer(text):
            raw = candidate.group()
            digits = sum(ch.isdigit() for ch in raw)
            if digits < 7 or digits > 15 or _NOT_PHONE.search(raw):
                continue
            start, end = candidate.span()
            if _POSTCODE_CONTEXT.search(text, max(0, start - 24), start):
                continue
            if raw.isdigit() and digits > 11:
                continue  # a bare block this long is a card/account number, not a phone (those have + or spaces)
            context = self._phone_context(text, start, end)
            stripped = raw.strip()
            start += len(raw) - len(raw.lstrip())
            end = start + len(stripped)
            if self._match_phonenumbers(stripped) is not None:
                results.append(self.result(start, end, self.CONTEXT_SCORE if context else self.VALID_SCORE))
            elif context and self._looks_like_phone(raw):
                results.append(self.result(start, end, 0.7))
        return results

    def _match_phonenumbers(self, raw: str) -> tuple[int, int] | None:
        return _valid_phone_span(raw.strip(), self.REGIONS)

    @staticmethod
    def _looks_like_phone(raw: str) -> bool:
        # Separated groups ("416 60 039", "(37) 788-063") rather than a single block like an order id.
        return bool(regex.search(r"[ ().\-/]", raw.strip()))

    @staticmethod
    def _phone_context(text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 32) : start]
        return bool(_PHONE_CONTEXT.search(before) or _PHONE_CONTEXT_AFTER.match(text[end : end + 16]))


_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTHS
    + r",?\s+\d{4}|"
    + _MONTHS
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)


class DateOfBirthRecognizer(RegexRecognizer):
    """A date announced as a birth date: 'DOB: 12/03/1985', 'born on 3 March 1985', 'date of birth 1985-03-12'."""

    ENTITY = "DATE_OF_BIRTH"
    RULES = (
        compile_rule(
            "dob_in_context",
            r"(?i:\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s+on)?|geboren(?:\s+am)?|"
            r"né(?:e)?\s+le|fecha\s+de\s+nacimiento|data\s+di\s+nascita)\b\s*(?:is|was|:|=|-)?\s*(?:on\s+)?)"
            r"(?P<value>(?i:" + _DATE + r"))(?![\w])",
            0.9,
        ),
    )


class PostalCodeRecognizer(RegexRecognizer):
    """A postcode/ZIP announced as such ('my zip code is 35350', 'Postcode: SW1A 1AA')."""

    ENTITY = "POSTAL_CODE"
    RULES = (
        compile_rule(
            "postcode_in_context",
            r"(?i:\b(?:zip|zip\s*code|postcode|post\s*code|postal\s*code|postleitzahl|plz|code\s+postal|cap)\b"
            r"\s*(?:is|:|#|=|-)?\s*)(?P<value>\d{3}\s?\d{2}|\d{4,5}(?:-\d{4})?(?:\s?[A-Z]{2}(?![\w]))?|"
            r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{5}-\d{3})(?![\w-])",
            0.75,
        ),
    )


RECOGNIZERS: tuple[type[RegexRecognizer], ...] = (FastPhoneRecognizer, DateOfBirthRecognizer, PostalCodeRecognizer)
