"""Check-digit algorithms of the identifiers the recognizers look for.

Pure functions on the identifier with separators already removed (except where
noted). Each returns False for anything malformed instead of raising, so a
recognizer can call them on any regex match.
"""

from __future__ import annotations

import datetime as dt
import re

# ISO 13616 IBAN lengths per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


_IBAN_SEPARATORS = re.compile("[ \u00a0\u202f.\\-]")


def digits_only(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def iban_valid(iban: str) -> bool:
    """Country length and ISO 7064 mod-97 = 1."""
    iban = _IBAN_SEPARATORS.sub("", iban).upper()
    if len(iban) < 15 or not iban.isalnum() or IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def luhn_valid(number: str) -> bool:
    if not number.isdigit() or len(number) < 2:
        return False
    total = 0
    for index, ch in enumerate(reversed(number)):
        digit = int(ch)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


_IT_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
     2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))  # fmt: skip


def it_fiscal_code_valid(code: str) -> bool:
    """Italian codice fiscale (16 chars): the last letter is a check over odd/even positions."""
    code = code.upper()
    if len(code) != 16 or not code.isalnum():
        return False
    total = 0
    for index, ch in enumerate(code[:15]):
        if index % 2 == 0:  # 1st, 3rd, ... (1-based odd positions)
            total += _IT_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - ord("A")
    return chr(ord("A") + total % 26) == code[15]


_ES_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_nif_valid(value: str) -> bool:
    """Spanish DNI/NIF (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter)."""
    value = value.replace("-", "").replace(" ", "").upper()
    if len(value) != 9:
        return False
    body, letter = value[:8], value[8]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    if not body.isdigit():
        return False
    return _ES_LETTERS[int(body) % 23] == letter


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def pl_pesel_valid(pesel: str) -> bool:
    """Polish PESEL: weighted check digit and an encoded birth date that exists."""
    if len(pesel) != 11 or not pesel.isdigit():
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(pesel, weights, strict=False)) % 10) % 10
    if check != int(pesel[10]):
        return False
    year, month, day = int(pesel[0:2]), int(pesel[2:4]), int(pesel[4:6])
    century = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}.get(month - month % 20 if month > 12 else 0)
    if century is None:
        return False
    return _valid_date(century + year, month % 20, day)


def uk_nhs_valid(number: str) -> bool:
    """NHS number: 10 digits, mod-11 check digit (a remainder of 10 is never issued)."""
    if len(number) != 10 or not number.isdigit() or len(set(number)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1), strict=False))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(number[9])


def de_tax_id_valid(number: str) -> bool:
    """German Steuer-IdNr: 11 digits, no leading 0, one digit repeated 2-3 times, ISO 7064 MOD 11,10."""
    if len(number) != 11 or not number.isdigit() or number[0] == "0":
        return False
    counts = [number[:10].count(d) for d in set(number[:10])]
    if not (sorted(counts, reverse=True)[0] in (2, 3) and counts.count(2) + counts.count(3) == 1):
        return False
    product = 10
    for ch in number[:10]:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return check == int(number[10])


def fr_nir_valid(nir: str) -> bool:
    """French NIR (numéro de sécurité sociale): 13 chars + 2-digit key = 97 - (number mod 97)."""
    nir = nir.replace(" ", "").upper()
    if len(nir) != 15 or nir[0] not in "12":
        return False
    body, key = nir[:13], nir[13:]
    # Corsica: department 2A/2B are replaced by 19/18 for the key computation.
    body = (
        body.replace("2A", "19", 1) if body[5:7] == "2A" else body.replace("2B", "18", 1) if body[5:7] == "2B" else body
    )
    if not body.isdigit() or not key.isdigit():
        return False
    month = int(body[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    return 97 - int(body) % 97 == int(key)


def nl_bsn_valid(number: str) -> bool:
    """Dutch BSN: 9 digits passing the '11-proef' (last digit weighted -1)."""
    if len(number) == 8:
        number = "0" + number
    if len(number) != 9 or not number.isdigit() or len(set(number)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(number[:8], range(9, 1, -1), strict=False)) - int(number[8])
    return total % 11 == 0 and total != 0


def be_national_number_valid(number: str) -> bool:
    """Belgian Rijksregisternummer: 11 digits, check = 97 - (first 9 mod 97); '2' prefix for births from 2000."""
    if len(number) != 11 or not number.isdigit():
        return False
    body, check = number[:9], int(number[9:])
    if 97 - int(body) % 97 == check:
        return True
    return 97 - int("2" + body) % 97 == check


def se_personnummer_valid(value: str) -> bool:
    """Swedish personnummer (YYMMDD-NNNC or YYYYMMDDNNNC): real date (day+60 allowed) and Luhn on 10 digits."""
    digits = digits_only(value)
    if len(digits) == 12:
        digits = digits[2:]
    if len(digits) != 10:
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if day > 60:  # samordningsnummer
        day -= 60
    if not _valid_date(2000, month, day):  # 2000 is a leap year, so 29 Feb passes
        return False
    return luhn_valid(digits)


_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_FI_CENTURY = set("+-ABCDEFUVWXY")


def fi_hetu_valid(hetu: str) -> bool:
    """Finnish henkilötunnus DDMMYYCZZZQ: real date and check character from (DDMMYYZZZ mod 31)."""
    hetu = hetu.upper()
    if len(hetu) != 11 or hetu[6] not in _FI_CENTURY:
        return False
    body = hetu[:6] + hetu[7:10]
    if not body.isdigit():
        return False
    if not _valid_date(2000, int(hetu[2:4]), int(hetu[0:2])):
        return False
    return _FI_CHECK[int(body) % 31] == hetu[10]


def pt_nif_valid(number: str) -> bool:
    """Portuguese NIF: 9 digits, first in 1-3/5/6/8/9, mod-11 check digit."""
    if len(number) != 9 or not number.isdigit() or number[0] not in "1235689":
        return False
    total = sum(int(d) * w for d, w in zip(number[:8], range(9, 1, -1), strict=False))
    check = 11 - total % 11
    if check >= 10:
        check = 0
    return check == int(number[8])


_NINO_BAD_FIRST = set("DFIQUV")
_NINO_BAD_SECOND = set("DFIQUVO")
_NINO_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def uk_nino_valid(nino: str) -> bool:
    """UK National Insurance number: allowed prefix letters, 6 digits, suffix A-D."""
    nino = nino.replace(" ", "").upper()
    if len(nino) != 9 or not nino[2:8].isdigit() or nino[8] not in "ABCD":
        return False
    prefix = nino[:2]
    return (
        prefix.isalpha()
        and prefix[0] not in _NINO_BAD_FIRST
        and prefix[1] not in _NINO_BAD_SECOND
        and prefix not in _NINO_BAD_PREFIXES
    )


def at_svnr_valid(number: str) -> bool:
    """Austrian social-insurance number NNNC DDMMYY: check digit C = weighted sum mod 11 (3,7,9,0,5,8,4,2,1,6).

    The serial never starts with 0 and a remainder of 10 is never issued; the last six digits are the
    birth date (a real day and month; the year has no century, so 29 February passes).
    """
    if len(number) != 10 or not number.isdigit() or number[0] == "0":
        return False
    weights = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
    check = sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11
    if check == 10 or check != int(number[3]):
        return False
    return _valid_date(2000, int(number[6:8]), int(number[4:6]))


_IE_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def ie_ppsn_valid(value: str) -> bool:
    """Irish PPS number: 7 digits, check letter, optional second letter.

    Check letter = (digits weighted 8..2, plus 9 x the second letter's value when it is A or B, the 2013 format)
    mod 23, with W = 0, A = 1 ... V = 22. Older numbers carry W, T, X, H or E as a second letter, outside the check.
    """
    value = value.replace(" ", "").upper()
    if len(value) not in (8, 9) or not value[:7].isdigit() or value[7] not in _IE_LETTERS:
        return False
    total = sum(int(d) * w for d, w in zip(value[:7], range(8, 1, -1), strict=True))
    if len(value) == 9:
        if value[8] in "AB":
            total += 9 * _IE_LETTERS.index(value[8])
        elif value[8] not in "WTXHE":
            return False
    return _IE_LETTERS[total % 23] == value[7]


# German identity card (Personalausweis since 2010): nine characters from digits and these letters (no vowels,
# no B, D, Q, S), then an ICAO 9303 check digit.
DE_ID_CARD_ALPHABET = frozenset("0123456789CFGHJKLMNPRTVWXYZ")


def icao_check_digit(value: str) -> int:
    """ICAO 9303 check digit: digits as themselves, A=10 ... Z=35, weights 7, 3, 1 repeated, sum mod 10."""
    return sum(int(ch, 36) * (7, 3, 1)[index % 3] for index, ch in enumerate(value)) % 10


def de_id_card_valid(value: str) -> bool:
    """Personalausweis document number: 9 characters from the card alphabet and the ICAO 9303 check digit."""
    value = value.upper()
    if len(value) != 10 or not value[9].isdigit() or not set(value[:9]) <= DE_ID_CARD_ALPHABET:
        return False
    return icao_check_digit(value[:9]) == int(value[9])
