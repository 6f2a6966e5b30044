"""Government identifiers: EU national ids, UK ids, passports and driving licences.

Scoring rule of thumb: a distinctive format whose check digit validates is
reported on its own; a bare run of digits (which may as well be a phone or an
order number, and passes a mod-11 check one time in eleven) is reported only
with a context word nearby ("BSN", "PESEL", "NHS number"...).

Context words are data (``classifier/data/identifier_terms.json``): each
recognizer takes its own words plus the generic id labels people write in any
of the supported languages ("ID number", "Steuernummer", "numéro de sécurité
sociale", "codice fiscale", "número de identificación", "BSN", "numer PESEL").
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from classifier.recognizers import checksums
from classifier.recognizers.base import RegexRecognizer, compile_rule, words_regex
from classifier.recognizers.tables import value_label

TERMS_FILE = Path(__file__).resolve().parent.parent / "data" / "identifier_terms.json"
ROUND12_FILE = Path(__file__).resolve().parent.parent / "data" / "identifiers_round12_tables12.json"


@cache
def identifier_terms() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TERMS_FILE.read_text(encoding="utf-8"))
    return data


def identifier_words(section: str, key: str | None = None) -> tuple[str, ...]:
    """The words of one section of the terms file, all languages together (keys starting with '_' are notes)."""
    entries = identifier_terms()[section]
    if key is not None:
        return tuple(entries.get(key, ()))
    return tuple(word for name, words in entries.items() if not name.startswith("_") for word in words)


def id_context(entity: str) -> tuple[str, ...]:
    """Context words of one identifier: its own plus the generic id labels."""
    return (*identifier_words("id_context", entity), *identifier_words("id_labels"))


@cache
def round12_terms() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ROUND12_FILE.read_text(encoding="utf-8"))
    return data


def round12_words(section: str) -> tuple[str, ...]:
    return tuple(word for name, words in round12_terms()[section].items() if not name.startswith("_") for word in words)


# Round 12 (tables12): how column headers and keys name a national id ("nat_id", "num_secu", "cod_fisc", "sofi_nr").
_ID_COLUMN_WORDS = words_regex(round12_words("id_column_words"))


class NationalIdRecognizer(RegexRecognizer):
    """A national id recognizer whose context may also be the column header or the key of the value (round 12):
    "nif" heading a CSV column, '"svnr": ' before a JSON value, "steuer_id" in an INSERT's column list."""

    def has_context(self, text: str, start: int, end: int) -> bool:
        if super().has_context(text, start, end):
            return True
        label = value_label(text, start, end)
        if not label or self._context is None:
            return False
        return self._context.search(label) is not None or _ID_COLUMN_WORDS.search(label) is not None


# Digit runs must not touch other digits or letters: "12345678901234" holds no PESEL.
_L = r"(?<![\w.-])"
_R = r"(?![\w-]|\.\d)"


class ItalianFiscalCodeRecognizer(NationalIdRecognizer):
    """Italian codice fiscale, check letter validated (omocodia letters allowed)."""

    ENTITY = "IT_FISCAL_CODE"
    # NEEDS_DIGIT stays False: omocodia letters stand in for the digits ("RSSMRALMTPLAMVPS" is well-formed).
    RULES = (
        compile_rule(
            "it_fiscal_code",
            _L + r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]" + _R,
            0.85,
            1.0,
        ),
    )
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.it_fiscal_code_valid(value)


class SpanishNifRecognizer(NationalIdRecognizer):
    """Spanish DNI/NIF: 8 digits and the mod-23 check letter."""

    ENTITY = "ES_NIF"
    NEEDS_DIGIT = True
    RULES = (compile_rule("es_nif", _L + r"\d{8}[- ]?[A-Z]" + _R, 0.6, 0.95),)
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.es_nif_valid(value)


class SpanishNieRecognizer(NationalIdRecognizer):
    """Spanish NIE (foreigners): X/Y/Z, 7 digits and the mod-23 check letter."""

    ENTITY = "ES_NIE"
    NEEDS_DIGIT = True
    RULES = (compile_rule("es_nie", _L + r"[XYZ][- ]?\d{7}[- ]?[A-Z]" + _R, 0.7, 0.95),)
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.es_nif_valid(value)


class PolishPeselRecognizer(NationalIdRecognizer):
    """Polish PESEL: 11 digits with check digit and a real birth date; needs context."""

    ENTITY = "PL_PESEL"
    NEEDS_DIGIT = True
    RULES = (compile_rule("pl_pesel", _L + r"\d{11}" + _R, 0.0, 0.9),)
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.pl_pesel_valid(value)


class NhsNumberRecognizer(NationalIdRecognizer):
    """NHS number (10 digits, mod 11); looks like a phone number, so it needs context."""

    ENTITY = "UK_NHS"
    NEEDS_DIGIT = True
    RULES = (compile_rule("uk_nhs", _L + r"\d{3}[ -]?\d{3}[ -]?\d{4}" + _R, 0.0, 0.9),)
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.uk_nhs_valid(checksums.digits_only(value))


class NationalInsuranceNumberRecognizer(NationalIdRecognizer):
    """UK National Insurance number with the HMRC prefix rules."""

    ENTITY = "UK_NINO"
    NEEDS_DIGIT = True
    RULES = (compile_rule("uk_nino", _L + r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]" + _R, 0.7, 0.95),)
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.uk_nino_valid(value)


class GermanTaxIdRecognizer(NationalIdRecognizer):
    """German Steuerliche Identifikationsnummer (11 digits, MOD 11,10); needs context."""

    ENTITY = "DE_TAX_ID"
    NEEDS_DIGIT = True
    RULES = (compile_rule("de_tax_id", _L + r"\d{2} ?\d{3} ?\d{3} ?\d{3}" + _R, 0.0, 0.9),)
    CONTEXT_WORDS = id_context(ENTITY)
    # The check digit and the one repeated digit must both hold, so the label may stand further back, as for the
    # SVNR: "Meine Steuer-ID für die Anmeldung beim Stromanbieter lautet 29 675 980 438" (round 12).
    CONTEXT_BEFORE = 120

    def validate(self, value: str) -> bool:
        return checksums.de_tax_id_valid(checksums.digits_only(value))


class FrenchNirRecognizer(NationalIdRecognizer):
    """French social security number (NIR) with its 97-modulus key."""

    ENTITY = "FR_NIR"
    NEEDS_DIGIT = True
    RULES = (
        compile_rule(
            "fr_nir",
            _L + r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}" + _R,
            0.65,
            0.95,
        ),
    )
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.fr_nir_valid(value)


class DutchBsnRecognizer(NationalIdRecognizer):
    """Dutch burgerservicenummer (11-proef); nine digits alone are too common, so it needs context."""

    ENTITY = "NL_BSN"
    NEEDS_DIGIT = True
    RULES = (compile_rule("nl_bsn", _L + r"(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})" + _R, 0.0, 0.9),)
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.nl_bsn_valid(checksums.digits_only(value))


class BelgianNationalNumberRecognizer(NationalIdRecognizer):
    """Belgian national register number; the YY.MM.DD-NNN.CC layout is distinctive, bare digits need context."""

    ENTITY = "BE_NATIONAL_NUMBER"
    NEEDS_DIGIT = True
    RULES = (
        compile_rule("be_nn_formatted", _L + r"\d{2}\.\d{2}\.\d{2}[- ]\d{3}[.-]\d{2}" + _R, 0.7, 0.95),
        compile_rule("be_nn_digits", _L + r"\d{11}" + _R, 0.0, 0.9),
    )
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.be_national_number_valid(checksums.digits_only(value))


class SwedishPersonnummerRecognizer(NationalIdRecognizer):
    """Swedish personnummer: YYMMDD-NNNC layout reported alone, bare digits with context; Luhn + date."""

    ENTITY = "SE_PERSONNUMMER"
    NEEDS_DIGIT = True
    RULES = (
        compile_rule("se_pnr_formatted", _L + r"(?:19|20)?\d{6}[-+]\d{4}" + _R, 0.6, 0.95),
        compile_rule("se_pnr_digits", _L + r"(?:19|20)?\d{10}" + _R, 0.0, 0.9),
    )
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.se_personnummer_valid(value)


class FinnishHetuRecognizer(NationalIdRecognizer):
    """Finnish personal identity code (henkilötunnus) with its mod-31 check character."""

    ENTITY = "FI_HETU"
    NEEDS_DIGIT = True
    RULES = (compile_rule("fi_hetu", _L + r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]" + _R, 0.8, 1.0),)
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.fi_hetu_valid(value)


class PortugueseNifRecognizer(NationalIdRecognizer):
    """Portuguese NIF (número de contribuinte), mod 11; nine digits need context."""

    ENTITY = "PT_NIF"
    NEEDS_DIGIT = True
    RULES = (compile_rule("pt_nif", _L + r"(?:\d{9}|\d{3} \d{3} \d{3})" + _R, 0.0, 0.9),)
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.pt_nif_valid(checksums.digits_only(value))


class AustrianSvnrRecognizer(NationalIdRecognizer):
    """Austrian social-insurance number (NNNC DDMMYY): check digit and birth date; ten digits need context."""

    ENTITY = "AT_SVNR"
    NEEDS_DIGIT = True
    RULES = (compile_rule("at_svnr", _L + r"\d{4}[ -]?(?:\d{6}|\d{2}[ .]\d{2}[ .]\d{2})" + _R, 0.0, 0.9),)
    CONTEXT_WORDS = id_context(ENTITY)
    # A check digit and a birth date must both hold, so the label may stand a sentence earlier: "… fehlt die
    # Sozialversicherungsnummer ihres Sohnes. Ihre eigene haben wir: 1237 010180."
    CONTEXT_BEFORE = 120

    def validate(self, value: str) -> bool:
        return checksums.at_svnr_valid(checksums.digits_only(value))


class IrishPpsnRecognizer(NationalIdRecognizer):
    """Irish PPS number (7 digits + mod-23 check letter, optional second letter); spaced forms need context."""

    ENTITY = "IE_PPSN"
    NEEDS_DIGIT = True
    RULES = (
        compile_rule("ie_ppsn", _L + r"\d{7}[A-W][ABEHTWX]?" + _R, 0.6, 0.95),
        compile_rule("ie_ppsn_spaced", _L + r"\d{7} [A-W][ABEHTWX]?" + _R, 0.0, 0.9),
    )
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        return checksums.ie_ppsn_valid(value)


_DE_ID_CHARS = "0-9CFGHJKLMNPRTVWXYZ"


class GermanIdCardRecognizer(NationalIdRecognizer):
    """German identity card (Personalausweis) number.

    With the check digit (ten characters, as in the machine-readable zone) it is
    validated and needs an id word nearby; the nine characters printed on the
    front have no check, so they count only right after an id-card label.
    """

    ENTITY = "DE_ID_CARD"
    NEEDS_DIGIT = True
    RULES = (
        compile_rule("de_id_card", _L + r"[CFGHJKLMNPRTVWXYZ][" + _DE_ID_CHARS + r"]{8}\d" + _R, 0.0, 0.9),
        compile_rule(
            "de_id_card_labelled",
            r"(?i:\b(?:personalausweis(?:es|nummer|nr)?|ausweis(?:es|nummer|nr)?|ausweis-nr|dokumentennummer|id[- ]card|"
            r"identity\s+card|carte\s+d'identité|carta\s+d'identità|documento\s+de\s+identidad|identiteitskaart|"
            r"dowód\s+osobisty)\b(?:[\s:#.]+(?:no|nr|num|number|nummer|numéro|numero|número|numer|is|ist|lautet)\b\.?)"
            r"{0,3}[\s:#=.-]*)(?P<value>(?=[A-Z]*\d)[CFGHJKLMNPRTVWXYZ][" + _DE_ID_CHARS + r"]{8}\d?)" + _R,
            0.8,
        ),
    )
    CONTEXT_WORDS = id_context(ENTITY)

    def validate(self, value: str) -> bool:
        # The labelled nine-character form has no check digit; the label is the evidence. With the tenth character
        # ("Ausweisnr.: …4") the check digit must hold.
        return len(value) == 9 or checksums.de_id_card_valid(value)


class PassportRecognizer(RegexRecognizer):
    """A passport number announced by the word 'passport' (any country's format: 6-9 letters/digits)."""

    ENTITY = "PASSPORT_NUMBER"
    NEEDS_DIGIT = True
    RULES = (
        compile_rule(
            "passport_in_context",
            r"(?i:\b(?:passport|reisepass|passeport|pasaporte|passaporto|paspoort)\b(?:[\s:#.]+(?:no|nr|num|number|"
            r"numéro|nummer|id|is|was|reads)\b\.?){0,3}[\s:#=.-]*)(?P<value>(?=[A-Z]*\d)[A-Z0-9]{6,9})" + _R,
            0.85,
        ),
    )


class DriverLicenseRecognizer(RegexRecognizer):
    """A driving licence number announced by 'driver's license' / 'driving licence' (any format with digits)."""

    ENTITY = "DRIVER_LICENSE"
    NEEDS_DIGIT = True
    RULES = (
        compile_rule(
            "driver_license_in_context",
            r"(?i:\b(?:driver'?s?|driving)\s+licen[cs]es?\b(?:[\s:#.]+(?:no|nr|num|number|id|is|was)\b\.?){0,3}"
            r"[\s:#=.-]*)(?P<value>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,18}[A-Z0-9])" + _R,
            0.85,
        ),
    )


RECOGNIZERS: tuple[type[RegexRecognizer], ...] = (
    ItalianFiscalCodeRecognizer,
    SpanishNifRecognizer,
    SpanishNieRecognizer,
    PolishPeselRecognizer,
    NhsNumberRecognizer,
    NationalInsuranceNumberRecognizer,
    GermanTaxIdRecognizer,
    FrenchNirRecognizer,
    DutchBsnRecognizer,
    BelgianNationalNumberRecognizer,
    SwedishPersonnummerRecognizer,
    FinnishHetuRecognizer,
    PortugueseNifRecognizer,
    AustrianSvnrRecognizer,
    IrishPpsnRecognizer,
    GermanIdCardRecognizer,
    PassportRecognizer,
    DriverLicenseRecognizer,
)
