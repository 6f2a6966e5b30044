"""Financial identifiers the defaults miss or get wrong: IBANs (mod 97) and EU VAT numbers."""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from classifier.recognizers import checksums
from classifier.recognizers.base import RegexRecognizer, compile_rule

_IBAN_SEPARATORS = (" ", "\u00a0", "\u202f", ".", "-")


class IbanChecksumRecognizer(RegexRecognizer):
    """IBAN, plain or in groups; country length and mod-97 checked.

    Groups may be separated by spaces, no-break spaces, dashes or dots
    ("DE89-3704-0044-0532-0130-00", "de89.3704.0044..."), in upper or lower
    case. A grouped IBAN may be followed by more alphanumerics ("... 3000 00
    EUR"), so on a failed check the trailing group is dropped and the check
    retried.
    """

    ENTITY = "IBAN_CODE"
    NEEDS_DIGIT = True
    # Lower case too ("my iban is gb42..."): the mod-97 check keeps this safe.
    RULES = (
        compile_rule("iban", r"(?<![\w])[A-Za-z]{2}\d{2}(?:[ \u00a0\u202f.\-]?[A-Za-z0-9]){11,30}(?![\w])", 0.9, 1.0),
    )
    CONTEXT_WORDS = ("iban", "account", "bank", "transfer", "wire")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for match in self.RULES[0].pattern.finditer(text):
            start, end = match.span()
            while end - start >= 15:
                if checksums.iban_valid(text[start:end]):
                    rule = self.RULES[0]
                    score = rule.context_score if self.has_context(text, start, end) else rule.score
                    results.append(self.result(start, end, score))
                    break
                last_separator = max(text.rfind(sep, start, end) for sep in _IBAN_SEPARATORS)
                if last_separator < 0:
                    break
                end = last_separator
        return results


# Device and SIM identifiers pass Luhn too (IMEI, ICCID): labelled as such, they are not cards.
_DEVICE_ID_BEFORE = regex.compile(
    r"(?i)\b(?:imei|imeisv|meid|iccid|sim)\b(?:\s*(?:number|no|nr|nummer)\b\.?)?[\s:#=.-]*\Z"
)
# So do parcel and shipment numbers: a run right after a parcel word is that parcel (seven languages).
_SHIPMENT_BEFORE = regex.compile(
    r"(?i)\b(?:parcel|package|shipment|consignment|tracking|paket|sendung|colis|envoi|pacco|spedizione|plico"
    r"|env[ií]o|paquete|pakket|zending|paczk[aię]|przesy[lł]k[aię])\b"
    r"(?:\s*(?:number|no|nr|nummer|numéro|numero|número|numer|n[°º])\b\.?)?[\s:#=.-]*\Z"
)


class CreditCardNumberRecognizer(RegexRecognizer):
    """Payment card numbers: 12-19 digits (grouped or not) passing Luhn.

    Presidio's recognizer misses 12-digit Maestro and 19-digit Visa numbers.
    Without a card word nearby only the usual 13-19 digit, 1-6 prefixed numbers
    are reported.
    """

    ENTITY = "CREDIT_CARD"
    NEEDS_DIGIT = True
    RULES = (
        compile_rule("card_usual", r"(?<![\w-])[1-6]\d{3}(?:[ -]?\d){9,15}(?![\w-])", 0.75, 0.95),
        compile_rule("card_any", r"(?<![\w-])\d(?:[ -]?\d){11,18}(?![\w-])", 0.0, 0.9),
    )
    CONTEXT_WORDS = ("card", "credit", "debit", "cc", "visa", "mastercard", "master card", "amex", "american express",
                     "maestro", "discover", "jcb", "diners", "unionpay", "cartão", "tarjeta", "carte", "karte")  # fmt: skip

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts)
        return [
            r
            for r in results
            if not _DEVICE_ID_BEFORE.search(text, max(0, r.start - 24), r.start)
            and not (
                _SHIPMENT_BEFORE.search(text, max(0, r.start - 32), r.start)
                and not self.has_context(text, r.start, r.end)
            )
        ]

    def validate(self, value: str) -> bool:
        digits = checksums.digits_only(value)
        if not 12 <= len(digits) <= 19 or len(set(digits)) == 1:
            return False
        # Groups are 4 digits (or 4-6-5 Amex): a run like "12 345 678 901 23" is some other number.
        groups = [len(g) for g in value.replace("-", " ").split()]
        if len(groups) > 1 and not (all(g == 4 for g in groups[:-1]) or groups == [4, 6, 5] or groups == [4, 6, 4]):
            return False
        return checksums.luhn_valid(digits)


# EU VAT identification numbers (plus GB and XI), by country prefix. Source: EU VIES formats.
_VAT_FORMATS = {
    "AT": r"U\d{8}", "BE": r"[01]\d{9}", "BG": r"\d{9,10}", "CY": r"\d{8}[A-Z]", "CZ": r"\d{8,10}",
    "DE": r"\d{9}", "DK": r"\d{8}", "EE": r"\d{9}", "EL": r"\d{9}", "ES": r"[A-Z0-9]\d{7}[A-Z0-9]",
    "FI": r"\d{8}", "FR": r"[A-HJ-NP-Z0-9]{2}\d{9}", "HR": r"\d{11}", "HU": r"\d{8}",
    "IE": r"\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W]", "IT": r"\d{11}", "LT": r"\d{9}|\d{12}", "LU": r"\d{8}",
    "LV": r"\d{11}", "MT": r"\d{8}", "NL": r"\d{9}B\d{2}", "PL": r"\d{10}", "PT": r"\d{9}", "RO": r"\d{2,10}",
    "SE": r"\d{12}", "SI": r"\d{8}", "SK": r"\d{10}", "XI": r"\d{9}(?:\d{3})?", "GB": r"\d{9}(?:\d{3})?",
}  # fmt: skip
_VAT_PATTERN = (
    r"(?<![\w])(?:" + "|".join(f"{country} ?(?:{body})" for country, body in _VAT_FORMATS.items()) + r")(?![\w])"
)


class EuVatNumberRecognizer(RegexRecognizer):
    """EU VAT number with its country prefix (format only; VIES check digits vary by country)."""

    ENTITY = "EU_VAT_NUMBER"
    NEEDS_DIGIT = True
    RULES = (compile_rule("eu_vat", _VAT_PATTERN, 0.6, 0.95),)
    CONTEXT_WORDS = ("vat", "tva", "mwst", "ust-id", "ust-idnr", "umsatzsteuer", "btw", "iva", "partita iva", "moms",
                     "alv", "dph", "nip", "vies", "tax number", "tax id")  # fmt: skip

    def validate(self, value: str) -> bool:
        # "DE 123" + digits that are all the same are placeholders, not numbers.
        digits = checksums.digits_only(value)
        return len(set(digits)) > 1


# Kept for the recognizer-set hash and the docs.
VAT_COUNTRIES = tuple(_VAT_FORMATS)
RECOGNIZERS: tuple[type[RegexRecognizer], ...] = (
    IbanChecksumRecognizer,
    CreditCardNumberRecognizer,
    EuVatNumberRecognizer,
)
