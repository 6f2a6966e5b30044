"""Valid identifiers, built from their public specifications (not from ``classifier.recognizers``).

Each generator takes a ``random.Random`` and returns the identifier as people
write it. The check-digit rules are implemented here independently of the
engine's ``checksums.py`` so that a bug in one is caught by the other.
"""

from __future__ import annotations

import base64
import random
import string

ICAO_VALUES = {**{str(d): d for d in range(10)}, **{c: 10 + i for i, c in enumerate(string.ascii_uppercase)}}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_check_digit(payload: str) -> str:
    total = 0
    for index, char in enumerate(reversed(payload)):
        d = int(char)
        if index % 2 == 0:  # doubled: the check digit will be appended to the right
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def credit_card(rng: random.Random) -> str:
    """Visa, Mastercard or Amex number with a Luhn check digit, grouped as printed."""
    kind = rng.choice(("visa", "mc", "mc2", "amex"))
    if kind == "amex":
        payload = rng.choice(("34", "37")) + _digits(rng, 12)
        number = payload + luhn_check_digit(payload)
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720))}[kind]
    payload = prefix + _digits(rng, 15 - len(prefix))
    number = payload + luhn_check_digit(payload)
    sep = rng.choice((" ", " ", "-", ""))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


# Country -> BBAN shape: "n" digit, "a" upper-case letter, "c" alphanumeric.
IBAN_BBAN = {
    "DE": "n" * 18,
    "AT": "n" * 16,
    "CH": "n" * 17,
    "FR": "n" * 23,
    "BE": "n" * 12,
    "IT": "a" + "n" * 22,
    "ES": "n" * 20,
    "PT": "n" * 21,
    "NL": "aaaa" + "n" * 10,
    "PL": "n" * 24,
    "IE": "aaaa" + "n" * 14,
    "GB": "aaaa" + "n" * 14,
    "LU": "n" * 16,
}


def iban(rng: random.Random, country: str, *, separator: str = " ") -> str:
    """IBAN with valid ISO 13616 check digits (mod 97), grouped by four with ``separator``."""
    bban = "".join(
        rng.choice(string.digits) if kind == "n" else rng.choice(string.ascii_uppercase) for kind in IBAN_BBAN[country]
    )
    numeric = "".join(str(ICAO_VALUES[c]) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    return separator.join(compact[i : i + 4] for i in range(0, len(compact), 4))


def de_tax_id(rng: random.Random) -> str:
    """Steuerliche Identifikationsnummer: one digit twice in the first ten, ISO 7064 MOD 11,10."""
    while True:
        pool = rng.sample(string.digits, 9)
        body = [*pool, rng.choice(pool)]
        rng.shuffle(body)
        if body[0] != "0":
            break
    product = 10
    for char in body:
        total = (int(char) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    number = "".join(body) + str(check)
    return rng.choice((number, f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"))


def icao_check_digit(value: str) -> str:
    weights = (7, 3, 1)
    return str(sum(ICAO_VALUES[c] * weights[i % 3] for i, c in enumerate(value)) % 10)


def de_id_card(rng: random.Random) -> str:
    """Personalausweis (since 2010): authority letter + 8 characters + ICAO 9303 check digit."""
    alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
    serial = rng.choice("LMNPRTVWXY") + "".join(rng.choice(alphabet) for _ in range(8))
    return serial + icao_check_digit(serial)


def at_svnr(rng: random.Random, birth: tuple[int, int, int]) -> str:
    """Austrian social insurance number: serial, check digit, DDMMYY; weights 3 7 9 _ 5 8 4 2 1 6, mod 11."""
    year, month, day = birth
    date = f"{day:02d}{month:02d}{year % 100:02d}"
    while True:
        serial = str(rng.randint(100, 999))
        digits = serial + "0" + date
        check = sum(int(d) * w for d, w in zip(digits, (3, 7, 9, 0, 5, 8, 4, 2, 1, 6), strict=True)) % 11
        if check < 10:
            number = f"{serial}{check}{date}"
            return rng.choice((number, f"{number[:4]} {number[4:]}"))


def ie_ppsn(rng: random.Random) -> str:
    """Irish PPS number: 7 digits + check letter (+ optional second letter), weights 8..2 (second letter x9), mod 23."""
    digits = _digits(rng, 7)
    second = rng.choice(("", "", "A", "W"))
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    if second and second != "W":
        total += (ord(second) - 64) * 9
    remainder = total % 23
    check = "W" if remainder == 0 else chr(64 + remainder)
    return f"{digits}{check}{second}"


def fr_nir(rng: random.Random, birth: tuple[int, int, int], female: bool) -> str:
    """French NIR: sex, YY, MM, department, commune, order + key 97 - (n mod 97); Corsica 2A/2B."""
    year, month, _ = birth
    department = rng.choice(["75", "69", "13", "33", "59", "2A", "2B", "31", "44", "67"])
    commune, order = f"{rng.randint(1, 990):03d}", f"{rng.randint(1, 999):03d}"
    body = f"{2 if female else 1}{year % 100:02d}{month:02d}{department}{commune}{order}"
    numeric = int(body.replace("2A", "19").replace("2B", "18"))
    key = 97 - numeric % 97
    parts = (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], f"{key:02d}")
    return rng.choice((" ".join(parts), body + f"{key:02d}"))


_CF_ODD = dict(
    zip(
        string.digits + string.ascii_uppercase,
        (
            *(1, 0, 5, 7, 9, 13, 15, 17, 19, 21),
            *(1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23),
        ),
        strict=True,
    )
)
_CF_EVEN = {**{str(d): d for d in range(10)}, **{c: i for i, c in enumerate(string.ascii_uppercase)}}


def _cf_part(word: str, *, given: bool) -> str:
    letters = [c for c in word.upper() if c.isalpha() and c.isascii()]
    consonants = [c for c in letters if c not in "AEIOU"]
    vowels = [c for c in letters if c in "AEIOU"]
    if given and len(consonants) >= 4:
        consonants = [consonants[0], consonants[2], consonants[3]]
    return "".join(consonants + vowels + ["X", "X", "X"])[:3]


def it_fiscal_code(first: str, last: str, birth: tuple[int, int, int], female: bool, rng: random.Random) -> str:
    """Codice fiscale from the person's names and birth date; check character by the odd/even tables."""
    year, month, day = birth
    place = rng.choice(("H501", "F205", "D612", "F839", "L219", "A944", "G273", "L736"))
    body = (
        _cf_part(last, given=False)
        + _cf_part(first, given=True)
        + f"{year % 100:02d}"
        + "ABCDEHLMPRST"[month - 1]
        + f"{day + (40 if female else 0):02d}"
        + place
    )
    total = sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(body))
    return body + string.ascii_uppercase[total % 26]


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(rng: random.Random) -> str:
    number = rng.randint(10_000_000, 99_999_999)
    return f"{number}{rng.choice(('', '-'))}{_DNI_LETTERS[number % 23]}"


def es_nie(rng: random.Random) -> str:
    prefix = rng.choice("XYZ")
    digits = _digits(rng, 7)
    letter = _DNI_LETTERS[int(str("XYZ".index(prefix)) + digits) % 23]
    return f"{prefix}{digits}{letter}"


def nl_bsn(rng: random.Random) -> str:
    """Burgerservicenummer: 9 digits passing the 11-proef (weights 9..2, last digit -1)."""
    while True:
        digits = [rng.randint(1, 9), *(rng.randint(0, 9) for _ in range(7))]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10:
            number = "".join(map(str, digits)) + str(last)
            return rng.choice((number, f"{number[:4]}.{number[4:6]}.{number[6:]}"))


def pl_pesel(rng: random.Random, birth: tuple[int, int, int], female: bool) -> str:
    year, month, day = birth
    month_code = month + (20 if year >= 2000 else 0)
    serial = _digits(rng, 3) + str(rng.choice((0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9)))
    body = f"{year % 100:02d}{month_code:02d}{day:02d}{serial}"
    total = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return body + str((10 - total % 10) % 10)


def be_national_number(rng: random.Random, birth: tuple[int, int, int]) -> str:
    """Rijksregisternummer: YY.MM.DD-SSS.CC, CC = 97 - (n mod 97), '2' prefixed for births from 2000."""
    year, month, day = birth
    serial = rng.randint(1, 997)
    body = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    check = 97 - int(("2" if year >= 2000 else "") + body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{check:02d}"


def pt_nif(rng: random.Random) -> str:
    while True:
        digits = [rng.choice((1, 2, 3)), *(rng.randint(0, 9) for _ in range(7))]
        remainder = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        check = 0 if remainder < 2 else 11 - remainder
        return "".join(map(str, digits)) + str(check)


def uk_nino(rng: random.Random) -> str:
    """National Insurance number with a prefix HMRC issues (no D F I Q U V, second letter no O, no BG GB NK KN TN NT ZZ)."""
    first_letters = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
    second_letters = [c for c in first_letters if c != "O"]
    while True:
        prefix = rng.choice(first_letters) + rng.choice(second_letters)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = _digits(rng, 6)
    suffix = rng.choice("ABCD")
    return rng.choice((f"{prefix}{digits}{suffix}", f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"))


# -- credentials ---------------------------------------------------------------

_ALNUM = string.ascii_letters + string.digits


def _token(rng: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(("AKIA", "ASIA")) + _token(rng, 16, string.ascii_uppercase + "234567")


def aws_secret_key(rng: random.Random) -> str:
    return _token(rng, 40, _ALNUM + "/+")


def github_token(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return "github_pat_" + _token(rng, 22) + "_" + _token(rng, 59)
    return rng.choice(("ghp_", "gho_", "ghs_")) + _token(rng, 36)


def stripe_key(rng: random.Random) -> str:
    return rng.choice(("sk_live_", "rk_live_", "sk_test_")) + _token(rng, rng.choice((24, 34, 99)))


def slack_token(rng: random.Random) -> str:
    return f"xox{rng.choice('bp')}-{_digits(rng, 11)}-{_digits(rng, 12)}-{_token(rng, 24)}"


def openai_key(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "sk-proj-" + _token(rng, 74, _ALNUM + "-_")
    return "sk-" + _token(rng, 48)


def google_api_key(rng: random.Random) -> str:
    return "AIza" + _token(rng, 35, _ALNUM + "-_")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(rng: random.Random) -> str:
    header = _b64url(b'{"alg":"HS256","typ":"JWT"}')
    payload = _b64url(
        f'{{"sub":"{rng.randint(1000, 99999)}","iat":{rng.randint(1_600_000_000, 1_800_000_000)}}}'.encode()
    )
    return f"{header}.{payload}.{_token(rng, 43, _ALNUM + '-_')}"


def private_key(rng: random.Random) -> str:
    kind = rng.choice(("RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"))
    body = base64.b64encode(rng.randbytes(rng.choice((120, 180, 240)))).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def django_secret_key(rng: random.Random) -> str:
    chars = string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)"
    return rng.choice(("django-insecure-", "")) + _token(rng, 50, chars)


def azure_storage_key(rng: random.Random) -> str:
    return base64.b64encode(rng.randbytes(64)).decode()


def mailgun_key(rng: random.Random) -> str:
    hexdigits = "0123456789abcdef"
    if rng.random() < 0.5:
        return "key-" + _token(rng, 32, hexdigits)
    return f"{_token(rng, 32, hexdigits)}-{_token(rng, 8, hexdigits)}-{_token(rng, 8, hexdigits)}"


def sendgrid_key(rng: random.Random) -> str:
    return f"SG.{_token(rng, 22, _ALNUM + '-_')}.{_token(rng, 43, _ALNUM + '-_')}"


def twilio_key(rng: random.Random) -> str:
    return rng.choice(("SK", "")) + _token(rng, 32, "0123456789abcdef")


def password(rng: random.Random) -> str:
    """A password a person would pick or a generator would print."""
    words = ("Sommer", "Soleil", "Primavera", "Verano", "Zomer", "Lato", "Winter", "Dragon", "Kasia", "Bella", "Tiger")
    style = rng.randrange(3)
    if style == 0:
        return rng.choice(words) + str(rng.randint(1970, 2026)) + rng.choice("!?#$%.")
    if style == 1:
        return _token(rng, rng.randint(12, 20), _ALNUM + "!#%&*+-=?@^_")
    return "-".join(
        rng.choice(("blue", "horse", "staple", "kiwi", "nube", "fiume", "regen", "tulp", "kot")) for _ in range(3)
    ) + str(rng.randint(1, 99))


def basic_auth(rng: random.Random, user: str) -> str:
    return base64.b64encode(f"{user}:{password(rng)}".encode()).decode()
