"""Credentials: vendor tokens, private keys, JWTs, passwords and secrets assigned in code, config and prose.

Four kinds of evidence, tried in this order (a later finding that overlaps an
earlier one is dropped, so a Stripe key assigned to ``STRIPE_API_KEY`` is one
``STRIPE_KEY`` finding, not also a ``GENERIC_SECRET``):

1. **Formats** (``classifier/data/secret_formats.json``): vendor prefixes and
   fixed lengths (``glpat-``, ``SG.``, ``hf_``, ``sk-ant-``, PEM blocks, JWTs).
   All rules are one alternation, scanned once.
2. **Carriers**: credentials in URLs (``postgres://user:pw@host``,
   ``redis://:pw@host``), ``Authorization: Basic`` / ``Bearer``, ``curl -u``,
   Azure ``AccountKey=`` / ``SharedAccessKey=`` / SAS ``sig=``.
3. **Assignments**: a literal assigned to a name that names a secret
   (``SECRET_KEY = "…"``, ``PGPASSWORD='…'``, ``"api_key": "…"``,
   ``<password>…</password>``, ``--token=…``). The name alone is never a
   finding; references (``os.environ["DB_PASSWORD"]``, ``var.db_password``,
   ``${DB_PASSWORD}``, ``{{ .Values.password }}``, ``getpass()``), type hints,
   ``None``/empty values and placeholders are not literals.
4. **Prose**: "my password is …", "Mein Passwort ist …", "mon mot de passe
   est …", "la mia password è …", "mi contraseña es …", "mijn wachtwoord is
   …", "moje hasło to …", "pw: …", and "the new one should be …" shortly after a
   password was mentioned. The vocabulary is the union of the seven languages.

There is no entropy-only rule: a random-looking string with no name, prefix
or carrier is not reported, so hashes, UUIDs, version strings and base64 data
are left alone. Every span is the secret value only, never the name, so a
redacted line of code stays readable.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "secret_formats.json"
# Round 8: more vendor formats, values that are no secret (hashes, secret-store references), key-name words.
ROUND8_FILE = DATA_FILE.with_name("secret_formats_round8.json")
# Round 11 (code11): key names, config keys, commands and clients that carry a password (see its "_about").
ROUND11_FILE = DATA_FILE.with_name("secrets_round11_code11.json")
ROUND12_FILE = DATA_FILE.with_name("secrets_round12_tables12.json")

_V1 = regex.VERSION1
FORMAT_SCORE = 0.95
CARRIER_SCORE = 0.9
ASSIGNMENT_SCORE = 0.85
PROSE_SCORE = 0.8
FOLLOW_UP_WINDOW_CHARS = 300


@dataclass(frozen=True)
class FormatRule:
    """One credential format of the data file: its regex runs only when one of its keywords is in the text."""

    rule_id: str
    entity_type: str
    pattern: regex.Pattern[str]
    keywords: tuple[str, ...]  # lower case: looked up in the lower-cased text
    exact_keywords: tuple[str, ...]  # with capitals: looked up as written ("SK", "AKIA")
    check: str


_DATA = json.loads(DATA_FILE.read_text(encoding="utf-8"))


def _load_formats(data: dict) -> tuple[FormatRule, ...]:
    rules: list[FormatRule] = []
    for entry in data["rules"]:
        lead = "" if entry.get("boundary") == "own" else r"(?<![\w-])"
        keywords = entry["keywords"]
        rules.append(
            FormatRule(
                rule_id=entry["id"],
                entity_type=entry["entity_type"],
                pattern=regex.compile(f"{lead}(?:{entry['pattern']})(?![\\w-])", _V1),
                keywords=tuple(k for k in keywords if k == k.lower()),
                exact_keywords=tuple(k for k in keywords if k != k.lower()),
                check=entry.get("check", ""),
            )
        )
    return tuple(rules)


_ROUND8 = json.loads(ROUND8_FILE.read_text(encoding="utf-8"))
_ROUND11 = json.loads(ROUND11_FILE.read_text(encoding="utf-8"))
FORMAT_RULES = _load_formats(_DATA) + _load_formats(_ROUND8)
# keyword -> indexes of the rules it opens, so each keyword is looked up once per text.
_KEYWORD_RULES: dict[str, list[int]] = {}
for _index, _rule in enumerate(FORMAT_RULES):
    for _keyword in (*_rule.keywords, *_rule.exact_keywords):
        _KEYWORD_RULES.setdefault(_keyword, []).append(_index)
_LOWER_KEYWORDS = tuple((k, tuple(v)) for k, v in _KEYWORD_RULES.items() if k == k.lower())
_EXACT_KEYWORDS = tuple((k, tuple(v)) for k, v in _KEYWORD_RULES.items() if k != k.lower())

ENTITY_TYPES = frozenset(
    {rule.entity_type for rule in FORMAT_RULES} | {"AWS_SECRET_KEY", "AZURE_KEY", "GENERIC_SECRET", "PASSWORD"}
)

# -- carriers -------------------------------------------------------------

_AWS_SECRET = regex.compile(
    r"(?i:aws.{0,24}?(?:secret|private).{0,24}?[\s:=\"'>]+)(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])", _V1
)
# An AWS secret access key stands near its access key id, whatever the variable names ("ci_secret": {"value": ...}).
_AWS_KEY_ID = regex.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Z0-9])", _V1)
_AWS_SECRET_SHAPE = regex.compile(r"(?<![A-Za-z0-9/+=])(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])", _V1)
AWS_PAIR_WINDOW_CHARS = 300
# scheme://user:password@host, user may be empty (redis://:pw@host); only the password is the secret.
# People paste passwords into URLs unencoded ("app:Primavera2007#@db", "u:x?y=z@db", "u:a@b@db"):
# the value runs to the last "@" before the host, and only "/", white space, quotes and brackets end it.
_URL_CREDENTIALS = regex.compile(
    r"\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^\s:/@?#\"'<>]*:(?P<value>[^\s/\"'<>]{1,128})@[\w\[]", _V1
)
_PORT_AND_QUERY = regex.compile(r"\d{1,5}(?:[?#].*)?", _V1)  # host:8080?to=a@b.example: no password
_BASIC_AUTH = regex.compile(
    r"(?i:\bauthorization\b[\"']?\s*[:=,]\s*[\"']?\s*basic\s+|\bbasic\s+(?=[A-Za-z0-9+/]{12,}))"
    r"(?P<value>[A-Za-z0-9+/]{8,}={0,2})(?![\w+/=])",
    _V1,
)
_TOKEN_AUTH = regex.compile(
    r"(?i:\bbearer\s+|\bauthorization\b[\"']?\s*[:=,]\s*[\"']?\s*(?:token|api-?key|sso-key)\s+)"
    r"(?P<value>[A-Za-z0-9._~+/-]{12,}=*)(?![\w.~+/=-])",
    _V1,
)
_CURL_USER = regex.compile(r"(?<![\w-])(?:-u|--user)(?:\s+|=)[\"']?[^\s:\"']{1,64}:(?P<value>[^\s\"']{1,128})", _V1)
_AZURE_KEY = regex.compile(
    r"(?i:\b(?:AccountKey|SharedAccessKey|PrimaryKey|SecondaryKey)\s*=\s*)(?P<value>[A-Za-z0-9+/]{20,}={0,2})"
    r"|[?&;](?i:sig)=(?P<value>[A-Za-z0-9%+/]{16,}(?:%3[Dd]|=){0,2})(?![\w%+/=])",
    _V1,
)
_SAS_CONTEXT = regex.compile(r"\b(?:sv|se|sp|spr|srt|ss)=", _V1)
# A PostgreSQL password file line (.pgpass, PGPASSFILE): hostname:port:database:username:password, each field
# may be "*". The host names a machine (a letter or a dot in it), the port is a number: clock times, MAC and
# IPv6 addresses do not read so.
_PGPASS_LINE = regex.compile(
    r"^[ \t]*(?=[^:\n]*[A-Za-z.*])[\w.*-]{1,253}:(?:\d{1,5}|\*):(?=[^:\n]*[A-Za-z_*])[\w.*-]{1,63}"
    r":(?=[^:\n]*[A-Za-z_*])[\w.@*-]{1,63}:(?P<value>(?:\\:|[^\s:]){4,128})[ \t]*$",
    _V1 | regex.MULTILINE,
)
# A line of a leaked combination list ("combo list"): an e-mail address, a colon, the password and nothing else;
# a list has several ("sales@x.example:Q3-Report" alone is a subject line as often as a login). ";" and "|" are
# left out: they separate the columns of a CSV export (an address and its IBAN, city or date).
COMBO_MIN_LINES = 2
_COMBO_LINE = regex.compile(
    r"^[ \t]*[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}:(?P<value>[^\s:/]{4,128})[ \t]*$",
    _V1 | regex.MULTILINE,
)
# Network devices and IPsec state a password without "=": "username ops secret 0 …", "enable password …",
# ipsec.secrets' '… : PSK "…"'. Types 5, 7, 8 and 9 (hashed or scrambled) are left alone.
_DEVICE_PASSWORD = regex.compile(
    r"^[ \t]*(?:username[ \t]+\S+(?:[ \t]+privilege[ \t]+\d+)?|enable)[ \t]+(?:secret|password)[ \t]+(?:0[ \t]+)?"
    r"(?P<value>[^\s\"']{4,64})[ \t]*$|:[ \t]*PSK[ \t]+(?P<q>[\"'])(?P<value>[^\"'\n]{4,128})(?P=q)",
    _V1 | regex.MULTILINE,
)

# -- assignments ------------------------------------------------------------

# A word that can end a secret's name, then the rest of the name, closing quotes, an operator.
# Matched with the standard library's re in the lower-cased text: a literal alternation there is
# ~5x faster than in regex, and offsets are the same.
_ASSIGNMENT = re.compile(
    r"(?:pass|pwd|pw|secret|token|key|auth|cred|kennwort|wachtwoord|has[lł]o|contrase|mdp|psk|clave|chiave|klucz|sleutel)"
    r"(?P<tail>[\w.-]{0,32}?)(?P<close>[\"'`\]]{0,2})[ \t]*(?P<op>:=|=>|\?=|=(?![=~>])|:(?![:/\\]))[ \t]*"
)
_NAME_BEFORE = regex.compile(r"[\w.$-]{0,64}", _V1 | regex.REVERSE)  # matched backwards from the word
_NAME_SEPARATORS = regex.compile(r"[_.\-$:\s]+", _V1)
_NAME_PARTS = regex.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", _V1)
_ENV_DEFAULT = regex.compile(
    r"\b(?:getenv|get|setdefault|env|fetch|define|setenv|putenv|setProperty|put|set)\(\s*([\"'])"
    r"(?P<name>[A-Za-z_][\w.-]{0,63})\1\s*,\s*(?:default\s*=\s*)?",
    _V1,
)
# .NET appSettings, NuGet, Spring and Ant properties name a setting in an attribute: <add key="SmtpPassword"
# value="…"/>, <property name="db.password" value="…"/>, <entry key="api.token">…</entry>.
_XML_NAMED_SETTING = regex.compile(
    r"<(?:add|property|entry|param|parameter|setting|item|env|var)\b[^<>]{0,80}?\b(?:key|name)\s*=\s*[\"']"
    r"(?P<name>[\w.:-]{1,64})[\"'](?:[^<>]{0,80}?\bvalue\s*=\s*(?P<q>[\"'])(?P<value>[^\"'<>]{3,256})(?P=q)"
    r"|[^<>/]{0,80}>\s*(?P<value>[^<>\s]{3,256})\s*</)",
    _V1,
)
_XML_ELEMENT = regex.compile(
    r"<(?P<name>[\w:.-]{0,40}?(?i:password|passwd|secret|token|apikey|api[_-]key|access[_-]?key))>"
    r"\s*(?P<value>[^<>\s]{3,256})\s*</",
    _V1,
)
_CLI_FLAG = regex.compile(
    r"(?<![\w-])--(?P<name>[\w-]{0,30}?(?i:password|passwd|pass|token|secret|api-key|apikey))[ =]"
    r"(?P<q>[\"']?)(?P<value>[^\s\"']{3,256})(?P=q)",
    _V1,
)
_QUOTED_VALUE = regex.compile(r"(?P<prefix>[bBrRuUfF]{0,2})(?P<q>[\"'`])(?P<value>[^\"'`\n]{0,512}?)(?P=q)", _V1)
_UNQUOTED_VALUE = regex.compile(r"[^\s\"'`,;]{1,256}", _V1)
_ANNOTATION_AFTER = regex.compile(r"[ \t]*(?:=(?!=)|\|)", _V1)
_IDENTIFIER = regex.compile(r"[A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)*", _V1)
# SQL states a password as a clause, not an assignment: CREATE ROLE r LOGIN PASSWORD '…',
# ALTER USER u WITH ENCRYPTED PASSWORD '…', IDENTIFIED BY '…', SET PASSWORD … PASSWORD('…').
_SQL_PASSWORD = regex.compile(
    r"(?i:\b(?:password|identified\s+by)(?:\s+|\s*\(\s*))(?P<q>['\"])(?P<value>[^'\"\s]{3,128})(?P=q)", _V1
)
# The statement must be one that creates or changes a login: "identified by 'name'" is also prose.
_SQL_LOGIN_STATEMENT = re.compile(r"\b(?:create|alter)\s+(?:user|role|login)\b|\bgrant\b|\bset\s+password\b")
SQL_STATEMENT_CHARS = 300
# Command lines that take a password right after a short flag: mysql -pS3cret, sshpass -p 'x'.
_COMMAND_PASSWORD = regex.compile(
    r"\b(?:(?:mysql(?:dump|admin|import|show|check)?|mariadb(?:-dump)?)\b[^\n|;&]{0,200}?(?<=\s)-p|sshpass\s+-p\s*)"
    r"(?:(?P<q>['\"])(?P<value>[^'\"\n]{3,128})(?P=q)|(?P<value>[^\s'\"-][^\s'\"]{2,127}))",
    _V1,
)
# Calls that take an identity, then its secret, as positional literals (data file): Client("AC…", "<token>"),
# HTTPBasicAuth("user", "pw"), smtp.login("me@example.com", "pw"); and requests' auth=("user", "pw").
_CALLS = _DATA["credential_calls"]
_TOKEN_CALLEES = tuple(_CALLS["token_callees"])
_CALLEE_WORDS = (*_TOKEN_CALLEES, *_CALLS["password_callees"])
_AUTH_TUPLE = re.compile(r"\bauth\s*=\s*\Z")
_CALLEE_BEFORE = regex.compile(r"[A-Za-z_]\w*", _V1 | regex.REVERSE)
_CALL_ARGUMENT = regex.compile(
    r"\s*(?:(?P<keyword>[A-Za-z_]\w*\s*=(?!=))|(?P<q>[\"'])(?P<value>[^\"'\n]{0,256})(?P=q)|[\w.]{1,64})\s*(?P<sep>[,)])",
    _V1,
)
_TOKEN_CHUNKS = regex.compile(r"[^-_.:/+=]+", _V1)
CALL_MAX_ARGUMENTS = 6
# PowerShell turns a literal into a credential: ConvertTo-SecureString 'pw' -AsPlainText -Force.
_POWERSHELL_SECURE_STRING = regex.compile(
    r"(?i:ConvertTo-SecureString)\s+(?:-String\s+)?(?P<q>['\"])(?P<value>[^'\"\n]{3,256})(?P=q)", _V1
)
# Server and container config set a variable with a space, not "=": SetEnv TWILIO_API_KEY …, ENV DB_PASSWORD ….
_SPACE_ASSIGNMENT = regex.compile(
    r"(?m)^[ \t]*(?:SetEnv|PassEnv|ENV|env|fastcgi_param|SetEnvIf\S*)[ \t]+(?P<name>[A-Za-z_][\w.-]{0,63})[ \t]+"
    r"(?P<q>[\"']?)(?P<value>[^\s\"']{3,256})(?P=q)[ \t]*;?[ \t]*$",
    _V1,
)
# A PowerShell cmdlet (Verb-Noun) after "=" is a command, not a literal: $securePw = ConvertTo-SecureString ….
_CMDLET = regex.compile(r"[A-Z][a-z]+[A-Za-z]*-[A-Z][a-z]+[A-Za-z]*", _V1)
_LINE_START_NAME = regex.compile(r"(?:^|\n)[ \t]*(?:export[ \t]+|set[ \t]+|ENV[ \t]+|-[ \t]+)?\Z", _V1)

_PASSWORD_WORDS = frozenset(
    {"password", "passwd", "pwd", "pw", "pass", "passphrase", "passcode", "passwort", "kennwort", "wachtwoord",
     "haslo", "hasło", "contrasena", "contraseña", "mdp"}
) | frozenset(_ROUND8["key_names"]["password_words"]) | frozenset(_ROUND11["password_words"])  # fmt: skip
# Romance, German, Dutch and Polish order: the secret word first, then what it is for ("password_db", "mdp_admin",
# "haslo_bazy", "clave_api", "chiave_segreta"); data file. "password_hash", "token_url", "key_id" are not secrets.
_KEY_NAMES = _ROUND8["key_names"]
_PASSWORD_FIRST_WORDS = frozenset(_KEY_NAMES["password_first_words"])
_KEY_FIRST_WORDS = frozenset(_KEY_NAMES["key_first_words"])
_SECRET_THEN_QUALIFIER = frozenset(_KEY_NAMES["secret_then_qualifier"])
# Words a password name may end with when written without separators ("PGPASSWORD", "dbPasswd").
_PASSWORD_SUFFIXES = ("password", "passwd", "passphrase", "passcode", "pwd", "passwort", "kennwort", "wachtwoord")
_TRAILING_PARTS = frozenset({"value", "base", "plain", "plaintext", "literal"})
# "xxx_key" names whose value is no secret (database, cache and map keys, public keys, fingerprints).
_NOT_SECRET_KEY_PREFIXES = frozenset(
    {"public", "pub", "primary", "foreign", "sort", "partition", "cache", "idempotency", "hash", "lookup", "row",
     "object", "s3", "map", "dict", "field", "i18n", "translation", "message", "msg", "label", "routing", "shard",
     "range", "unique", "composite", "gpg", "pgp", "publishable", "site", "recaptcha", "sitekey", "turnstile",
     "storage", "redis", "memcache", "sentinel", "group", "column", "index", "sequence", "natural", "surrogate",
     "hot", "mon", "don", "tur", "whis", "jo", "api_id", "keyboard", "react", "vue", "list", "item",
     "dedup", "dedupe", "lock", "bucket", "prefix", "state", "tracking", "analytics", "segment", "google_maps"}
)  # fmt: skip
_SECRET_KEY_QUALIFIERS = frozenset(
    {"api", "secret", "access", "private", "account", "auth", "signing", "sign", "encryption", "encrypt", "master",
     "client", "app", "application", "service", "shared", "sas", "subscription", "admin", "webhook", "consumer",
     "session", "hmac", "jwt", "license", "licence", "integration", "write", "deploy", "server", "crypto",
     "decryption", "ssh", "root", "aes", "fernet", "cipher", "token", "personal", "user", "mac", "vapid"}
) | frozenset(_ROUND8["key_names"]["key_qualifiers"])  # fmt: skip
_NOT_SECRET_TOKEN_PREFIXES = frozenset(
    {"csrf", "xsrf", "page", "next", "prev", "previous", "continuation", "cancel", "cancellation", "sync",
     "pagination", "max", "num", "start", "end", "stop", "eos", "bos", "pad", "unk", "sep", "cls", "mask", "special",
     "lexer", "parse", "parser", "syntax", "push", "device", "fcm", "apns", "verification", "public", "reset",
     "invite", "invitation", "confirmation", "unsubscribe", "tracking", "pkce", "state", "nonce", "request",
     "correlation", "idempotency", "lock"}
)  # fmt: skip
_PUBLIC_PARTS = frozenset({"public", "pub", "publishable"})
_TYPE_NAMES = frozenset(
    {"str", "string", "bytes", "int", "bool", "boolean", "any", "optional", "secretstr", "secretbytes", "text",
     "char", "varchar", "number", "object", "list", "dict", "none", "null", "nil", "undefined", "true", "false",
     "required", "password", "passwordinput", "charfield", "textfield", "secret", "token", "type",
     "field", "input", "hidden", "masked", "sensitive", "void", "unknown"}
)  # fmt: skip
_PLACEHOLDERS = frozenset(
    {"changeme", "change_me", "guest", "change-me", "changeit", "example", "xxxxxx", "redacted", "hidden", "secret",
     "password", "passwort", "passw0rd", "env", "your_password", "yourpassword", "mypassword", "my_password",
     "not", "the", "reset", "protected", "incorrect", "wrong", "expired", "invalid", "strong", "weak", "correct",
     "forgotten", "todo", "tbd", "fixme", "dummy", "sample", "placeholder", "test", "testing", "foo", "bar",
     "foobar", "pass", "pwd", "token", "apikey", "api_key", "api-key", "key", "value", "empty", "default",
     "secret_key", "your_api_key", "your-api-key", "yourapikey", "your_token", "your-token", "mysecret",
     "supersecret", "s3cr3t", "qwerty", "admin", "root", "user", "username", "login", "xxx", "abc", "abc123",
     "123456", "12345678", "none", "null", "nil", "undefined", "true", "false", "n/a", "na", "unset", "blank",
     "optional", "required", "string", "str", "masked", "sensitive", "omitted", "removed", "censored"}
)  # fmt: skip
_PLACEHOLDER_MARKERS = ("your_", "your-", "yourpass", "yoursecret", "yourtoken", "yourkey", "example", "changeme",
                        "change_me", "placeholder", "redacted", "xxxx", "****", "....", "<your", "<pass", "<secret",
                        "<token", "insert_", "insert-", "replace_me", "replaceme", "_here", "-here", "dummy")  # fmt: skip
_NAME_WORDS = ("pass", "secret", "token", "key", "pwd", "auth", "cred")
_TEMPLATE_STARTS = ("$", "{{", "${", "%(", "#{", "{%", "<%", "!vault", "[[", "process.env", "os.environ")
# Stored password hashes and references to a secret store (data file): what stands where a secret would, and is none.
_NOT_SECRETS = _ROUND8["not_secrets"]
_NOT_SECRET_PREFIXES = tuple(_NOT_SECRETS["hash_prefixes"]) + tuple(_NOT_SECRETS["reference_prefixes"])
_SECRET_STORE_PATH = regex.compile(_NOT_SECRETS["store_path"], _V1)
# Symbols a generated secret draws from (Django's get_random_secret_key, password generators) that names,
# paths and template references do not carry.
_GENERATOR_SYMBOLS = frozenset("!@#%^&*()=+")
# A storage account key of Azure: 64 random bytes in base64, 88 characters ending "==".
_AZURE_STORAGE_KEY = regex.compile(r"(?P<q>[\"']?)(?P<value>[A-Za-z0-9+/]{86}==)(?P=q)(?![\w+/=])", _V1)
_WORD_IDENTIFIER = regex.compile(r"[A-Za-z]+(?:[_.\-][A-Za-z]+)*", _V1)
_WORD_PHRASE = regex.compile(r"[A-Za-z]+(?:[ _.\-][A-Za-z]+)*", _V1)
_REFERENCE = regex.compile(
    r"[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+[\w$.]*(?:\(.*|\[.*)?|[A-Za-z_$][\w$.]*[(\[].*", _V1
)


def _unclosed_random(value: str) -> bool:
    """'t2dz(c9&nef86_7vk5$bz#w5@uy…': a generated secret that holds a "(" it never closes, not a call; a call's
    bare value ends at its quote, comma or closing parenthesis ("os.getenv(", "load_key()", "get(cfg")."""
    head, _, tail = value.partition("(")
    return (
        bool(head)
        and ")" not in tail
        and len(tail) >= 12
        and any(c.isdigit() for c in tail)
        and (any(not c.isalnum() and c not in "_." for c in tail))
    )


# Words joined by dots and ending in a number ("bakfiets.tramontana.04", "Lokomotive.churro.66", "kiwi.SUNDOWN82"): a
# passphrase in prose; no attribute of an object is a bare number, and few end in digits.
_PASSPHRASE = regex.compile(r"\p{L}+(?:\.\p{L}+)*\.\p{L}*\d+", _V1)
# A path in a secret store, made of words: "kv/smtp:password", "secret/data/app#db_password".
_STORE_PATH = regex.compile(r"[a-z][a-z_-]*(?:/[a-z][a-z_.-]*)+(?:[:#][a-z][a-z_-]*)?", _V1)
_VERSION = regex.compile(r"v?\d+(?:\.\d+)+(?:[-+.][\w.]+)?", _V1)
_FILE_VALUE = regex.compile(r"(?i).*\.(?:pem|key|crt|cer|der|json|txt|p12|pfx|jks|env|ya?ml|cfg|conf|ini|gpg|asc)", _V1)
# Round 11: a file path where a password would stand names the file it is read from ("/run/secrets/db_password",
# "--from-file=password=/dev/stdin", "./pw.txt").
_PATH_VALUE = regex.compile(r"(?:~|\.{1,2})?/(?:[\w.-]+/)*[\w.-]+/?", _V1)


def _is_path(value: str) -> bool:
    return value[:1] in ("/", ".", "~") and _PATH_VALUE.fullmatch(value) is not None


_FORMAT_REFERENCE = regex.compile(r"\{[\w.\[\]]*\}|%[sdr]|%\(\w+\)", _V1)

# -- prose ----------------------------------------------------------------

_PROSE_TERMS = (
    r"passwords?|passwort|kennwort|passcode|passphrase|pass\s+phrase|login\s+password|mot\s+de\s+passe|mdp"
    r"|contrase[nñ]a|clave(?:\s+de\s+acceso)?|wachtwoord|has[lł]o|parola\s+d'ordine|pw|pwd|passwd"
    r"|pin(?:[\s-]?code|-nummer)?|code\s+pin|codice\s+pin|c[oó]digo\s+pin|kod\s+pin|pincode|zugangscode"
    r"|code\s+d'acc[eè]s|codice\s+di\s+accesso|toegangscode|kod\s+dost[eę]pu"
)
# Copulas between a password term and its value, as word sequences (the union of the seven languages).
_COPULAS = (
    "is", "is now", "was", "will be", "should be", "would be", "must be", "remains", "set to", "changed to",
    "reset to", "has been set to", "has been changed to", "has been reset to",
    "ist", "ist jetzt", "ist nun", "lautet", "lautet jetzt", "war", "wäre", "soll", "sollte", "wird", "muss",
    "est", "était", "sera", "devrait être", "doit être", "c'est", "c'était", "est maintenant", "reste",
    "è", "e'", "era", "sarà", "dovrebbe essere", "deve essere", "ora è", "resta",
    "es", "será", "sería", "debería ser", "debe ser", "ahora es", "sigue siendo",
    "wordt", "moet", "zou moeten zijn", "is nu", "blijft",
    "to", "jest", "brzmi", "było", "będzie", "powinno być", "teraz to",
)  # fmt: skip
_COPULA_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in sorted((tuple(c.split()) for c in _COPULAS), key=len, reverse=True):
    _COPULA_WORDS[_phrase[0]] = (*_COPULA_WORDS.get(_phrase[0], ()), _phrase)
_QUOTES = "\"'\u201e\u201c\u201d\u00ab\u00bb\u201a\u2018\u2019"  # straight, German, French, curly quotes
_VALUE_EDGE = _QUOTES + ",;"
PROSE_WINDOW_CHARS = 160
PROSE_MAX_GAP_WORDS = 6
# A word between a password term and its copula: "für die Studio-App war", "de l'appli de la salle était",
# also one closing a relative clause with its comma ("hasło, które ustawiłam, to …").
_GAP_WORD = regex.compile(r",|[^\W\d_]+(?:['\u2019-][^\W\d_]+)*,?", _V1)
# Hedges between a copula and the value a writer is unsure of: "war eigentlich …", "was volgens mij …",
# "was probably …", "era credo …" (seven languages). Only a value that looks like a password follows them.
_HEDGES = (
    "actually", "probably", "i think", "i believe", "originally", "maybe",
    "eigentlich", "wohl", "vermutlich", "glaube ich", "ich glaube", "ursprünglich", "vielleicht",
    "je crois", "je pense", "probablement", "normalement", "peut-être", "à l'origine",
    "credo", "penso", "forse", "probabilmente", "mi pare", "mi sembra", "all'inizio",
    "creo", "quizás", "quizá", "probablemente", "creo que", "en principio",
    "volgens mij", "denk ik", "ik denk", "waarschijnlijk", "eigenlijk", "misschien", "oorspronkelijk",
    "chyba", "raczej", "prawdopodobnie", "myślę", "wydaje mi się", "pierwotnie",
    # "still" in a question about a password ("is it still …?", "è ancora …", "c'est toujours …")
    "still", "noch", "immer noch", "toujours", "encore", "ancora", "sempre", "todavía", "aún", "nog", "nog steeds",
    "nog altijd", "wciąż", "nadal", "ciągle", "jeszcze",
)  # fmt: skip
_HEDGE_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in sorted((tuple(h.split()) for h in _HEDGES), key=len, reverse=True):
    _HEDGE_WORDS[_phrase[0]] = (*_HEDGE_WORDS.get(_phrase[0], ()), _phrase)
# Terms and "the new one" are found with re in the lower-cased text; the value is read after each.
# No lookarounds: they cost re its fast scan for the first characters; word edges are checked after.
_PROSE_TERM = re.compile(rf"(?:{_PROSE_TERMS})")
# A Wi-Fi key is stated like a password; an API key or token only counts when what follows looks issued (data file).
_WIFI_KEY_TERM = re.compile("(?:" + "|".join(_ROUND8["prose_terms"]["wifi_keys"]) + ")")
_TOKEN_TERM = re.compile("(?:" + "|".join(_ROUND8["prose_terms"]["token_terms"]) + ")")
_WORD_BEFORE = regex.compile(r"(\w+)[\s-]*\Z", _V1)
_FOLLOW_UP_TERM = re.compile(
    r"(?:(?:the\s+)?new\s+one|(?:das|ein)\s+neue[s]?|le\s+nouveau|la\s+nouvelle|il\s+nuovo|la\s+nuova"
    r"|el\s+nuevo|la\s+nueva|het\s+nieuwe|nowe|nowy)"
)
# "I set it to …": a credential referred back to by a pronoun and changed, the value right after (seven languages).
_CHANGED_TO = re.compile(
    r"(?:(?:set|changed|reset|switched)\s+it\s+(?:now\s+)?to"
    r"|(?:habe|hab|hatte)\s+es\s+(?:jetzt\s+|nun\s+)?auf"
    r"|l['\u2019]ai\s+(?:chang|modifi|remplac|mis)[ée]*e?\s+(?:en|à|par|pour)"
    r"|l['\u2019]ho\s+(?:cambiat|impostat|modificat)[ao]\s+(?:in|a|con)"
    r"|(?:lo|la)\s+(?:cambi[ée]|puse|configur[ée]|establec[ií])\s+(?:a|en|por|como)"
    r"|(?:heb|had)\s+(?:het|hem)\s+(?:veranderd|gewijzigd|ingesteld|gezet)\s+(?:in|naar|op)"
    r"|(?:zmieni|ustawi)[łl](?:em|am)\s+(?:je|go)\s+na)"
)
# "The login is frontdesk / M@rm0tte_26?": a user name and a password stated as a pair after a login word.
_USER_SLASH_PASSWORD = re.compile(
    r"(?:is|are|ist|sind|lautet|lauten|est|sont|è|sono|es|son|zijn|jest|to|:)\s+[\w.@+-]{2,40}[ \t]*/[ \t]*(?=\S)"
)
PAIR_CONTEXT_CHARS = 60
PAIR_MIN_CHARS = 8  # "plan is Pro / Team2" names two tiers; a password in a pair is at least this long
_NEXT_WORD = re.compile(r"[ \t]*(\S+)")
_WORD_GOES_ON = regex.compile(r"[ \t]+[\p{L}\d]", _V1)
# Long password terms that also end compounds: "Initialpasswort", "Startkennwort", "adminpassword".
_COMPOUND_TERMS = frozenset({"password", "passwort", "kennwort", "wachtwoord", "passcode"})
# Password terms a value may follow without a copula, and the words for a password's state that may stand
# between ("temporary", "provisoire", "tymczasowe" …; seven languages). "pw", "pwd" and "pin" are left out: they
# are also commands and abbreviations that a code or a number follows.
_DIRECT_TERMS = frozenset(
    {"password", "passwort", "kennwort", "passphrase", "mot de passe", "contraseña", "contrasena", "wachtwoord",
     "hasło", "haslo"}
)  # fmt: skip
_PASSWORD_STATES = frozenset(_DATA["prose"]["password_states"])
# Letters mixed with digits or symbols, at least six characters, starting with a letter or a digit; not a
# compound ending in a lower-case word ("SHA256-hashed", "2FA-code").
_DIRECT_VALUE = regex.compile(
    r"(?=\S*\p{L})(?=\S*[\d!#$%&*+=?@^~_()\[\]-])(?!\S*-\p{Ll}{3,}[.,;:!?]?$)[\p{L}\d][^\s\"'`<>]{5,63}", _V1
)
# A value with every class of character (upper, lower, two digits, symbol) stated on the line of a spelled-out
# password term without a copula between: a question ("le mot de passe du wifi ? c'est toujours Aaaa-Bbbb-2025 ?"), a report
# ("Nowe hasło ustawiłam na …", "la cambiaron a …") or the value first in the next sentence. The shape is strict
# because no grammar ties the value to the term; versions ("Ubuntu-22.04"), mails and links are kept out.
PROSE_NEARBY_CHARS = 100
_SHAPED_VALUE = regex.compile(
    r"(?<![^\s\"'\u201e\u201c\u00ab(])(?=\S*\p{Lu})(?=\S*\p{Ll})(?=\S*\d)(?=\S*[!#$%&*+=?@^~_\-])"
    r"(?!\S*\d\.\d)(?!\S*://)(?!\S*@\S*\.\p{L})(?!\S*-\p{Ll}{3,}[.,;:!?]?(?:\s|$))\p{L}[^\s\"'`<>]{7,63}",
    _V1,
)
_SPELLED_TERMS = (*_DIRECT_TERMS, "clave", "parola d'ordine")
# A plain word after "my password is …" is the password unless it describes one (data file).
_NOT_VALUES = frozenset(_DATA["prose"]["not_values"])
_STATE_ENDINGS = tuple(_DATA["prose"]["state_endings"])
_PLAIN_VALUE = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", _V1)
# After a plain-word value the clause ends or goes on with a conjunction ("… is sunshine and it worked").
_CLAUSE_GOES_ON = frozenset(
    {"and", "but", "or", "und", "aber", "oder", "et", "mais", "ou", "e", "ma", "o", "y", "pero", "en", "maar", "of",
     "i", "ale", "lub", "albo", "oraz"}
)  # fmt: skip
# Words near "the new one should be …" that say it is a login's (data file): mailbox, account, VPN, Konto …
_ACCOUNT_CONTEXT = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(w).replace(r"\-", r"[\s-]?") for w in sorted(_DATA["prose"]["account_context"], key=len, reverse=True)
    )
    + r")(?!\w)"
)
# A digit, a symbol that words do not carry, or a capital after the first letter.
_STRONG = regex.compile(r"\d|[!#$%&*+=?@^~/\\|<>§]|(?<=\p{Ll})\p{Lu}", _V1)
_EMAIL = regex.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", _V1)
_PEM_BODY = regex.compile(r"[A-Za-z0-9+/]{16,}", _V1)
_TAG = regex.compile(r"</?[A-Za-z][\w-]*|<!--", _V1)
_SENTENCE_GOES_ON = regex.compile(r"[,;]|[ \t]+\p{Ll}", _V1)
_DATE = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", _V1)
_UNIT_AFTER = regex.compile(
    r"\s+(?i:char(?:acter)?s?|digits?|letters?|zeichen|stellen|ziffern|caract[eè]res|chiffres|caratteri|cifre"
    r"|caracteres|d[ií]gitos|tekens|cijfers|znak[oó]w|cyfr|days|tage|jours|giorni|d[ií]as|dagen|dni)\b",
    _V1,
)


def jwt_header_valid(token: str) -> bool:
    """The first part decodes (base64url) to a JSON object with an 'alg' member."""
    header = token.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
        data = json.loads(decoded)
    except (binascii.Error, ValueError):
        return False
    return isinstance(data, dict) and "alg" in data


def basic_credentials_valid(value: str) -> bool:
    """Base64 of printable ``user:password`` with a password that is no placeholder."""
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return False
    _user, sep, password = decoded.partition(":")
    return bool(sep) and decoded.isprintable() and bool(password) and not is_placeholder(password)


def _format_check(check: str, value: str) -> bool:
    if check == "jwt":
        return jwt_header_valid(value)
    if check == "pem_body":
        return _PEM_BODY.search(value, value.find("-----", 10) + 5) is not None
    if check == "mixed_case":
        return any(c.isupper() for c in value) and any(c.islower() for c in value)
    if check == "letters_digits":
        return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    return True


def is_placeholder(value: str) -> bool:
    """Masked, template, example or reference values: not a literal secret."""
    lowered = value.lower()
    if not value.strip() or lowered in _PLACEHOLDERS:
        return True
    if lowered.startswith(_NOT_SECRET_PREFIXES) or _SECRET_STORE_PATH.fullmatch(value):
        return True  # "$2b$12$…", "pbkdf2_sha256$…", "{SSHA}…", "op://vault/item/field", "arn:aws:secretsmanager:…"
    if lowered.startswith(_TEMPLATE_STARTS) and not (value[0] == "$" and value[1:2] not in "{($" and generated(value)):
        return True  # "$DB_PASSWORD", "${TOKEN}", "{{ .Values.password }}"; not Django's "$d-&!mn5…(95!i-"
    if (value[0], value[-1]) in {("<", ">"), ("@", "@"), ("%", "%"), ("[", "]"), ("{", "}")}:
        return True  # <password>, @db.password@, %DB_PASSWORD%, [secret], {token}
    if any(marker in lowered for marker in _PLACEHOLDER_MARKERS):
        return True
    if len(set(lowered)) == 1 or set(lowered) <= set("*x.•#-_ "):
        return True
    if _FORMAT_REFERENCE.search(value) and not _random_remainder(_FORMAT_REFERENCE.sub("", value)):
        return True  # "Bearer %s", "{token}"; a Django key may hold "%r" among its random characters
    # "password_confirm", "db-password", "my_secret_key": a name, not a value.
    return bool(_WORD_PHRASE.fullmatch(value)) and any(word in lowered for word in _NAME_WORDS)


def generated(value: str) -> bool:
    """32+ characters of letters, digits and two or more generator symbols ("!@#%^&*()=+"): a generated secret,
    even where it starts with "$" or holds a "(" (Django's SECRET_KEY), not a template or a call."""
    return (
        len(value) >= 32
        and not any(c.isspace() for c in value)
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
        and len(_GENERATOR_SYMBOLS.intersection(value)) >= 2
    )


def _random_remainder(value: str) -> bool:
    """Long, with letters, digits and several symbols: random characters, not a template's literal text."""
    if len(value) < 16 or not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        return False
    return len({c for c in value if not c.isalnum()}) >= 3


def looks_like_token(value: str, min_length: int = 8) -> bool:
    """A literal that can be a key or token: long enough, not words, paths, versions or placeholders."""
    if len(value) < min_length or any(c.isspace() for c in value) or is_placeholder(value):
        return False
    # Letters only: "test_secret_key_rotation_works", "Production", "ABCDEF". A long single run
    # of mixed-case letters ("qWeRtZuIoPaSdFgHjKlY") can be random, a joined phrase cannot.
    word = value.strip("_")  # "_auth_user_id", "__root__": dunder and private names
    if _WORD_IDENTIFIER.fullmatch(word) and (not word.isalpha() or len(word) < 20 or word.islower() or word.isupper()):
        return False
    if value.isdigit() and len(value) < 12:
        return False
    if value.startswith(("/", "./", "../", "~/", "http://", "https://", "file:")) or "://" in value:
        return False
    if _STORE_PATH.fullmatch(value):
        return False  # "kv/smtp:password", "secret/data/app#db_password": where a secret is kept, not the secret
    return not (_VERSION.fullmatch(value) or _FILE_VALUE.fullmatch(value))


def _random_token(value: str) -> bool:
    """A token as services issue them: 16+ characters with a run of 12+ that mixes letters and digits."""
    if not looks_like_token(value, 16):
        return False
    return any(
        len(chunk) >= 12 and any(c.isdigit() for c in chunk) and any(c.isalpha() for c in chunk)
        for chunk in _TOKEN_CHUNKS.findall(value)
    )


# A capitalised word with a digit between its letters before a dot ("Zw1erzyniec.db", "Kl4vier.home"): a password
# with a suffix, not an attribute access; names in code carry no digit inside a capitalised word ("S3Client" aside,
# whose digit follows a single capital).
_LEET_WORD_BEFORE_DOT = regex.compile(r"\p{Lu}\p{Ll}*\p{L}\d+\p{Ll}{2,}[\w]*\.", _V1)


def looks_like_password(value: str, *, quoted: bool, env_style: bool) -> bool:
    """A literal that can be a password: quoted strings are literals; bare words only in env-style lines."""
    if len(value) < 3 or is_placeholder(value) or value.lower().rstrip("?") in _TYPE_NAMES:
        return False
    if _is_path(value):
        return False  # a path: where the password is read from
    if quoted:
        return True
    if (
        (_REFERENCE.fullmatch(value) and not _LEET_WORD_BEFORE_DOT.match(value))
        or value.endswith(("(", ")", "]", "["))
        or _CMDLET.fullmatch(value)
    ):
        return False  # var.db_password, form.cleaned_data["password"], getpass(), request.POST.get(...)
    if env_style:
        return True  # PGPASSWORD=postgres in a .env file or a compose "environment:" block
    # password=raw_password, password: str, "Passwort: vergessen?": a name or a word, not a literal.
    return _STRONG.search(value.rstrip("!?.")) is not None and not value.startswith(("/", "./"))


def _name_parts(name: str) -> list[str]:
    parts: list[str] = []
    for chunk in _NAME_SEPARATORS.split(name):
        parts.extend(part.lower() for part in _NAME_PARTS.findall(chunk))
    return parts


@lru_cache(maxsize=4096)
def secret_name_kind(name: str) -> str | None:
    """'password', 'secret', 'token', 'key' or 'auth' when the name names a secret; None otherwise.

    The secret word must be the name's last part ("DB_PASSWORD", "stripeApiKey",
    "PGPASSWORD"; a trailing "_value" or "_base" is allowed): "password_hash",
    "token_url", "secret_name" and "key_id" name something else.
    """
    parts = _name_parts(name)
    while len(parts) > 1 and parts[-1] in _TRAILING_PARTS:
        parts.pop()
    if not parts:
        return None
    last, previous = parts[-1], (parts[-2] if len(parts) > 1 else "")
    if not _PUBLIC_PARTS.isdisjoint(parts[:-1]):
        return None  # publicKeyToken, public_key_id, publishable_key: published, not secret
    if last in _PASSWORD_WORDS or last.endswith(_PASSWORD_SUFFIXES):
        return "password"
    if last.endswith("secret") or last in {"credentials", "credential", "creds"}:
        return "secret"
    if last.endswith("token"):
        prefix = last[: -len("token")] or previous
        return None if prefix in _NOT_SECRET_TOKEN_PREFIXES else "token"
    if last.endswith("key"):
        prefix = last[: -len("key")]
        if prefix:  # "apikey", "accountkey", "monkey", "hotkey"
            return "key" if prefix in _SECRET_KEY_QUALIFIERS or prefix.endswith(("api", "secret")) else None
        if previous in _SECRET_KEY_QUALIFIERS:
            return "key"
        if previous and previous not in _NOT_SECRET_KEY_PREFIXES and name.isupper():
            return "key"  # STRIPE_LIVE_KEY, MAILGUN_KEY: env-style names of a vendor's key
        return None
    if last == "auth" and len(parts) <= 2:
        return "secret"
    if previous and last in _SECRET_THEN_QUALIFIER:
        if previous in _PASSWORD_FIRST_WORDS:
            return "password"
        if previous in _KEY_FIRST_WORDS:
            return "key"
    return None


def _azure_key_name(name: str) -> bool:
    """A name that may hold an Azure storage key: "key", "storage_key", "AZURE_STORAGE_KEY"; not "cache_key"."""
    parts = _name_parts(name)
    if not parts or not parts[-1].endswith("key") or not _PUBLIC_PARTS.isdisjoint(parts):
        return False
    return len(parts) == 1 or parts[-2] == "storage" or parts[-2] not in _NOT_SECRET_KEY_PREFIXES


@dataclass(frozen=True)
class _Hit:
    entity_type: str
    start: int
    end: int
    score: float


class SecretsRecognizer(LocalRecognizer):
    """All credential kinds in one recognizer; entity type per rule (see levels: all RESTRICTED)."""

    name: str  # set by Presidio's EntityRecognizer.__init__; declared for type checkers

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=sorted(ENTITY_TYPES),
            supported_language=supported_language,
            name="SecretsRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        wanted = set(entities) if entities else ENTITY_TYPES
        kept: list[_Hit] = []
        for hit in self.hits(text):
            if hit.entity_type not in wanted:
                continue
            if any(hit.start < other.end and other.start < hit.end for other in kept):
                continue  # a stronger kind of evidence already covers these characters
            kept.append(hit)
        return [self._result(hit) for hit in kept]

    def hits(self, text: str) -> Iterator[_Hit]:
        """Candidate findings, strongest evidence first."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lower-case to two ("İ"): keep offsets aligned
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        yield from self._formats(text, lowered)
        yield from self._carriers(text, lowered)
        yield from self._assignments(text, lowered)
        yield from round11_code_hits(text, lowered)
        yield from self._prose(text, lowered)

    # -- 1. formats -------------------------------------------------------

    def _formats(self, text: str, lowered: str) -> Iterator[_Hit]:
        # One alternation of all formats costs ~10 ms per 2,000 characters (no literal prefix to
        # skip ahead on). Every format is a run of 16+ characters without spaces (a PEM block
        # starts with "-----BEGIN"): the keywords are looked up in those runs only, which leaves
        # 0-3 regexes to run over the text.
        runs = " ".join(word for word in text.split() if len(word) >= 16)
        if "-----BEGIN" in text:
            runs += " -----BEGIN"
        if not runs:
            return
        lowered_runs = runs.lower()
        active: set[int] = set()
        for keyword, indexes in _LOWER_KEYWORDS:
            if keyword in lowered_runs:
                active.update(indexes)
        for keyword, indexes in _EXACT_KEYWORDS:
            if keyword in runs:
                active.update(indexes)
        for index in sorted(active):
            rule = FORMAT_RULES[index]
            for match in rule.pattern.finditer(text):
                if _format_check(rule.check, match.group()):
                    yield _Hit(rule.entity_type, match.start(), match.end(), FORMAT_SCORE)

    # -- 2. carriers ------------------------------------------------------

    def _carriers(self, text: str, lowered: str) -> Iterator[_Hit]:
        if "aws" in lowered:
            for match in _AWS_SECRET.finditer(text):
                yield _span_hit("AWS_SECRET_KEY", match, 0.9)
        if "akia" in lowered or "asia" in lowered:
            for key_id in _AWS_KEY_ID.finditer(text):
                low, high = max(0, key_id.start() - AWS_PAIR_WINDOW_CHARS), key_id.end() + AWS_PAIR_WINDOW_CHARS
                for match in _AWS_SECRET_SHAPE.finditer(text, low, min(len(text), high)):
                    value = match.group("value")
                    # Both cases and a digit: not a SHA-1 in hex, not a word run, not base64 of plain text alone.
                    if (
                        any(c.isupper() for c in value)
                        and any(c.islower() for c in value)
                        and any(c.isdigit() for c in value)
                    ):
                        yield _span_hit("AWS_SECRET_KEY", match, CARRIER_SCORE)
        if "://" in text:
            for match in _URL_CREDENTIALS.finditer(text):
                value = match.group("value")
                if _PORT_AND_QUERY.fullmatch(value) is None and looks_like_password(value, quoted=True, env_style=True):
                    yield _span_hit("PASSWORD", match, CARRIER_SCORE)
        if "basic" in lowered:
            for match in _BASIC_AUTH.finditer(text):
                if basic_credentials_valid(match.group("value")):
                    yield _span_hit("PASSWORD", match, CARRIER_SCORE)
        if "bearer" in lowered or "authorization" in lowered:
            for match in _TOKEN_AUTH.finditer(text):
                if looks_like_token(match.group("value"), 12):
                    yield _span_hit("GENERIC_SECRET", match, CARRIER_SCORE)
        if "-u" in text:
            for match in _CURL_USER.finditer(text):
                if looks_like_password(match.group("value"), quoted=True, env_style=True):
                    yield _span_hit("PASSWORD", match, CARRIER_SCORE)
        if "@" in text:
            combo = list(_COMBO_LINE.finditer(text))
            for match in combo if len(combo) >= COMBO_MIN_LINES else ():
                value = match.group("value")
                if any(c.isalpha() for c in value) and looks_like_password(value, quoted=False, env_style=False):
                    yield _span_hit("PASSWORD", match, CARRIER_SCORE)
        if text.count(":") >= 4:
            for match in _PGPASS_LINE.finditer(text):  # a log line's fifth field is a word: a digit or symbol
                if looks_like_password(match.group("value"), quoted=False, env_style=False):
                    yield _span_hit("PASSWORD", match, CARRIER_SCORE)
        if not any(k in lowered for k in ("sig=", "accountkey", "sharedaccesskey", "primarykey", "secondarykey")):
            return
        for match in _AZURE_KEY.finditer(text):
            if match.group().startswith(("?", "&", ";")):
                window = text[max(0, match.start() - 300) : match.start() + 300]
                if _SAS_CONTEXT.search(window) is None:
                    continue
            yield _span_hit("AZURE_KEY", match, CARRIER_SCORE)

    # -- 3. assignments ---------------------------------------------------

    def _assignments(self, text: str, lowered: str) -> Iterator[_Hit]:
        for match in _ASSIGNMENT.finditer(lowered):
            before = _NAME_BEFORE.match(text, 0, match.start())
            name_start = before.start() if before else match.start()
            name = text[name_start : match.end("tail")].lstrip("-$.").rstrip(".-")
            if match.group("op") == ":" and text[name_start - 1 : name_start] == ":":
                continue  # "arn:aws:secretsmanager:…:secret:prod/db": a field of a colon-separated identifier
            kind = secret_name_kind(name)
            if kind is None:
                if _azure_key_name(name):  # key:, AZURE_STORAGE_KEY=: Azure's key has a shape of its own
                    azure = _AZURE_STORAGE_KEY.match(text, match.end())
                    if azure is not None and _format_check("mixed_case", azure.group("value")):
                        yield _span_hit("AZURE_KEY", azure, ASSIGNMENT_SCORE)
                continue
            env_style = (
                name.isupper() and _LINE_START_NAME.search(text, max(0, name_start - 16), name_start) is not None
            )
            hit = self._value_after(text, match.end(), kind, env_style=env_style, operator=match.group("op"))
            if hit is not None:
                yield hit
        for match in _ENV_DEFAULT.finditer(text):
            kind = secret_name_kind(match.group("name"))
            if kind is not None:
                hit = self._value_after(text, match.end(), kind, env_style=False, operator=",", quoted_only=True)
                if hit is not None:
                    yield hit
        if "securestring" in lowered:
            for match in _POWERSHELL_SECURE_STRING.finditer(text):
                if looks_like_password(match.group("value"), quoted=True, env_style=False):
                    yield _span_hit("PASSWORD", match, ASSIGNMENT_SCORE)
        if "setenv" in lowered or "env " in lowered or "fastcgi_param" in lowered:
            for match in _SPACE_ASSIGNMENT.finditer(text):
                kind = secret_name_kind(match.group("name"))
                if kind is not None and self._value_ok(match.group("value"), kind, quoted=True, env_style=True):
                    yield _span_hit(_entity_for(kind), match, ASSIGNMENT_SCORE)
        if "key=" in lowered or "name=" in lowered:
            for match in _XML_NAMED_SETTING.finditer(text):
                kind = secret_name_kind(match.group("name").rpartition(":")[2])
                if kind is not None and self._value_ok(match.group("value"), kind, quoted=True, env_style=False):
                    yield _span_hit(_entity_for(kind), match, ASSIGNMENT_SCORE)
        if "secret" in lowered or "password" in lowered or "psk" in lowered:
            for match in _DEVICE_PASSWORD.finditer(text):
                if looks_like_password(match.group("value"), quoted=match.group("q") is not None, env_style=False):
                    yield _span_hit("PASSWORD", match, ASSIGNMENT_SCORE)
        if "</" in text:
            for match in _XML_ELEMENT.finditer(text):
                kind = secret_name_kind(match.group("name").rpartition(":")[2])
                if kind is not None and self._value_ok(match.group("value"), kind, quoted=True, env_style=False):
                    yield _span_hit(_entity_for(kind), match, ASSIGNMENT_SCORE)
        if "--" in text:
            for match in _CLI_FLAG.finditer(text):
                kind = secret_name_kind(match.group("name"))
                if text[match.end("name")] == " " and not match.group("q") and not _is_strong(match.group("value")):
                    continue  # "the --password option", "--username and --password options"
                if kind is not None and self._value_ok(match.group("value"), kind, quoted=True, env_style=False):
                    yield _span_hit(_entity_for(kind), match, ASSIGNMENT_SCORE)
        if "password" in lowered or "identified" in lowered:
            for match in _SQL_PASSWORD.finditer(text):
                statement_start = max(lowered.rfind(";", 0, match.start()) + 1, match.start() - SQL_STATEMENT_CHARS)
                if _SQL_LOGIN_STATEMENT.search(lowered, statement_start, match.start()) is None:
                    continue
                if looks_like_password(match.group("value"), quoted=True, env_style=False):
                    yield _span_hit("PASSWORD", match, ASSIGNMENT_SCORE)
        if "(" in text:
            yield from self._credential_calls(text, lowered)
        if "-p" in text and ("mysql" in lowered or "mariadb" in lowered or "sshpass" in lowered):
            for match in _COMMAND_PASSWORD.finditer(text):
                if looks_like_password(match.group("value"), quoted=True, env_style=False):
                    yield _span_hit("PASSWORD", match, ASSIGNMENT_SCORE)

    @staticmethod
    def _credential_calls(text: str, lowered: str) -> Iterator[_Hit]:
        # Found with str.find and str.endswith: a regex alternation of the callee words scanned 4x slower.
        paren = lowered.find("(")
        while paren >= 0:
            pos, paren = paren + 1, lowered.find("(", paren + 1)
            if lowered.endswith(_CALLEE_WORDS, 0, pos - 1):
                callee = _CALLEE_BEFORE.match(lowered, 0, pos - 1)
                if callee is None or not callee.group().endswith(_CALLEE_WORDS):
                    continue
                kind = "token" if callee.group().endswith(_TOKEN_CALLEES) else "password"
            elif _AUTH_TUPLE.search(lowered, max(0, pos - 16), pos - 1):
                kind = "password"  # requests' auth=("user", "password")
            else:
                continue
            for position in range(CALL_MAX_ARGUMENTS):
                argument = _CALL_ARGUMENT.match(text, pos)
                if argument is None or argument.group("keyword"):
                    break  # an expression, or keyword arguments: the assignment rule reads those
                value = argument.group("value")
                if position > 0 and value is not None:
                    if kind == "token" and _random_token(value):
                        yield _span_hit("API_KEY", argument, ASSIGNMENT_SCORE)
                    elif (
                        kind == "password"
                        and _is_strong(value)
                        and looks_like_password(value, quoted=True, env_style=False)
                    ):
                        yield _span_hit("PASSWORD", argument, ASSIGNMENT_SCORE)
                if argument.group("sep") == ")":
                    break
                pos = argument.end()

    def _value_after(
        self, text: str, pos: int, kind: str, *, env_style: bool, operator: str, quoted_only: bool = False
    ) -> _Hit | None:
        quoted = _QUOTED_VALUE.match(text, pos)
        if quoted is not None:
            value = quoted.group("value")
            if "f" in quoted.group("prefix").lower() and "{" in value:
                return None  # f"{prefix}{token}" is a reference
            if "r" in quoted.group("prefix").lower() and "\\" in value:
                return None  # r'[^\W\d]\w*': a regular expression
            if not self._value_ok(value, kind, quoted=True, env_style=env_style):
                return None
            return _span_hit(_entity_for(kind), quoted, ASSIGNMENT_SCORE)
        if quoted_only or text.startswith(("[", "{", "("), pos):
            return None
        bare = _UNQUOTED_VALUE.match(text, pos)
        if bare is None:
            return None
        if _value_of_another_key(text, pos, bare.start()):
            return None  # "spring.datasource.password=" left empty: the next line is a setting of its own
        value = bare.group()
        # YAML/INI "password: hunter2" is a literal; so is ".env" PGPASSWORD=s3cret. In code,
        # "password = x" names a variable: bare values there must not look like identifiers.
        if operator == ":" and text.startswith(",", bare.end()):
            return None  # {password: userPassword, …}, private_key: PKCS7PrivateKeyTypes,
        if value.startswith("?") and "${" in text[max(0, pos - 64) : pos]:
            return None  # "${PGPASSWORD:?PGPASSWORD must be set}": the shell's error message, not a value
        if operator == ":" and _ANNOTATION_AFTER.match(text, bare.end()):
            return None  # pwd: ModuleType | None = None, password: FilterOrBool = False
        core = value.rstrip(")]}:")
        if (core != value or text.startswith(",", bare.end())) and _IDENTIFIER.fullmatch(core):
            return None  # f(token=type_token, credential=credential_), {"masterKey": self._key}
        if not self._value_ok(value, kind, quoted=False, env_style=env_style):
            return None
        return _Hit(_entity_for(kind), bare.start(), bare.end(), ASSIGNMENT_SCORE)

    @staticmethod
    def _value_ok(value: str, kind: str, *, quoted: bool, env_style: bool) -> bool:
        if kind == "password":
            return looks_like_password(value, quoted=quoted, env_style=env_style)
        if (
            not quoted
            and (_REFERENCE.fullmatch(value) or value.endswith((")", "(")))
            and not (_unclosed_random(value) or generated(value))
        ):
            return False
        return looks_like_token(value, 8)

    # -- 4. prose ---------------------------------------------------------

    def _prose(self, text: str, lowered: str) -> Iterator[_Hit]:
        term_starts: list[int] = []
        for term in _PROSE_TERM.finditer(lowered):
            start, end = term.span()
            if _is_word(lowered, start, end) or (
                term.group() in _COMPOUND_TERMS and (end == len(lowered) or not lowered[end].isalnum())
            ):
                term_starts.append(start)
                if lowered.startswith(":?", end) and "${" in lowered[max(0, start - 40) : start]:
                    continue  # "${PGPASSWORD:?PGPASSWORD must be set}": the shell's error message, not a value
                span = prose_value_span(
                    text, end, lowered, plain_words=True, direct_value=" ".join(term.group().split()) in _DIRECT_TERMS
                )
                if span is not None and _value_of_another_key(text, end, span[0]):
                    continue  # "spring.datasource.password=" empty, the next line a setting of its own
                if span is not None:
                    yield _Hit("PASSWORD", span[0], span[1], PROSE_SCORE)
                elif " ".join(term.group().split()) in _SPELLED_TERMS:
                    yield from self._nearby_value(text, end)
        if "wifi" in lowered or "wi-fi" in lowered or "wlan" in lowered or "wpa" in lowered or "net" in lowered:
            for term in _WIFI_KEY_TERM.finditer(lowered):
                if _is_word(lowered, *term.span()):
                    term_starts.append(term.start())
                    yield from self._prose_value(text, lowered, term.end(), plain_words=False)
        yield from self._token_prose(text, lowered)
        for phrase in _FOLLOW_UP_TERM.finditer(lowered):
            # "The new one should be …" is a password only where a password or a login is spoken of:
            # a password term before it, or an account word (mailbox, VPN, Konto, compte …) around it.
            start = phrase.start()
            if _is_word(lowered, *phrase.span()) and (
                any(start - FOLLOW_UP_WINDOW_CHARS <= term_start < start for term_start in term_starts)
                or _ACCOUNT_CONTEXT.search(
                    lowered, max(0, start - FOLLOW_UP_WINDOW_CHARS), start + FOLLOW_UP_WINDOW_CHARS
                )
            ):
                yield from self._prose_value(text, lowered, phrase.end(), plain_words=False)
        for phrase in _CHANGED_TO.finditer(lowered):
            start = phrase.start()
            if _is_word(lowered, *phrase.span()) and (
                any(start - FOLLOW_UP_WINDOW_CHARS <= term_start < start for term_start in term_starts)
                or _ACCOUNT_CONTEXT.search(lowered, max(0, start - FOLLOW_UP_WINDOW_CHARS), start)
            ):
                yield from self._next_word_value(text, phrase.end())
        if "/" in text:
            for pair in _USER_SLASH_PASSWORD.finditer(lowered):
                start = pair.start()
                if (
                    lowered[start] == ":" or start == 0 or not lowered[start - 1].isalnum()
                ) and _ACCOUNT_CONTEXT.search(lowered, max(0, start - PAIR_CONTEXT_CHARS), start):
                    yield from self._next_word_value(text, pair.end(), min_length=PAIR_MIN_CHARS)

    @staticmethod
    def _token_prose(text: str, lowered: str) -> Iterator[_Hit]:
        """An issued token stated after an API key or token term ("Der API-Schlüssel lautet …", "el token es …")."""
        for term in _TOKEN_TERM.finditer(lowered):
            start, end = term.span()
            if not _is_word(lowered, start, end):
                continue
            before = _WORD_BEFORE.search(lowered, max(0, start - 24), start)
            if before is not None and before.group(1) in _NOT_SECRET_TOKEN_PREFIXES:
                continue  # "the CSRF token is …", "next page token: …"
            span = prose_value_span(text, end, lowered, plain_words=False)
            if span is not None and _value_of_another_key(text, end, span[0]):
                continue
            if span is not None and _random_token(text[span[0] : span[1]]):
                yield _Hit("GENERIC_SECRET", span[0], span[1], PROSE_SCORE)

    @staticmethod
    def _nearby_value(text: str, pos: int) -> Iterator[_Hit]:
        line_end = text.find("\n", pos)
        window_end = min(pos + PROSE_NEARBY_CHARS, len(text) if line_end < 0 else line_end)
        match = _SHAPED_VALUE.search(text, pos, window_end)
        if match is not None and sum(c.isdigit() for c in match.group()) >= 2:  # "DeepSeek-V3" is a model
            span = _trim_prose_value(text, match.start(), match.end())
            if span is not None:
                yield _Hit("PASSWORD", span[0], span[1], PROSE_SCORE)

    @staticmethod
    def _next_word_value(text: str, pos: int, min_length: int = 4) -> Iterator[_Hit]:
        match = _NEXT_WORD.match(text, pos)
        if match is None or (
            min_length > 4 and match.group(1)[-1] not in ",;:" and _WORD_GOES_ON.match(text, match.end(1))
        ):
            return  # "Account: sales / EMEA-2024-Q3 report": a pair's password ends its clause
        span = _trim_prose_value(text, match.start(1), match.end(1))
        if span is not None and span[1] - span[0] >= min_length:
            yield _Hit("PASSWORD", span[0], span[1], PROSE_SCORE)

    @staticmethod
    def _prose_value(text: str, lowered: str, pos: int, *, plain_words: bool) -> Iterator[_Hit]:
        span = prose_value_span(text, pos, lowered, plain_words=plain_words)
        if span is not None:
            yield _Hit("PASSWORD", span[0], span[1], PROSE_SCORE)

    def _result(self, hit: _Hit) -> RecognizerResult:
        return RecognizerResult(
            hit.entity_type,
            hit.start,
            hit.end,
            hit.score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def _span_hit(entity_type: str, match: regex.Match[str], score: float) -> _Hit:
    start, end = match.span("value")
    return _Hit(entity_type, start, end, score)


def _entity_for(kind: str) -> str:
    return "PASSWORD" if kind == "password" else "GENERIC_SECRET"


def _is_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def prose_value_span(
    text: str, pos: int, lowered: str | None = None, *, plain_words: bool = True, direct_value: bool = False
) -> tuple[int, int] | None:
    """The value stated after a password term that ends at ``pos``: "… ist Sonne2024!", "…: X".

    Up to four words may stand between the term and a copula or colon ("password for the
    staging server is …"). A copula followed by a word, not a value ("password to access the
    server is …"), counts as one of those words. ``lowered`` is ``text.lower()`` with the same
    offsets, when the caller has it.

    A value needs a digit, a symbol or an inner capital, except right after the term and its
    copula ("my password is sunshine.", "Mein Passwort ist Sonnenschein und …"; ``plain_words``):
    there a plain word that ends the clause is the password unless it describes one ("is
    expired", "ist abgelaufen", "est oublié"; see ``plain_word_is_value``). Polish "to" also
    defines ("hasło to podstawa"), so it keeps the stricter rule. With ``direct_value`` (a spelled-out
    password term, not "pw" or "pin"), a value of letters mixed with digits or symbols may follow the term
    at once or after one word for its state ("mot de passe temporaire …", "hasło jednorazowe …").
    """
    lowered = text.lower() if lowered is None else lowered
    words = lowered[pos : pos + PROSE_WINDOW_CHARS].split(None, PROSE_MAX_GAP_WORDS + 6)
    direct = direct_value and lowered[pos : pos + 1] in (" ", "\t")
    bare = [w.rstrip(":") for w in words]

    def end_of(index: int) -> int:
        end = pos
        for word in words[: index + 1]:  # words are separated by white space only: find them in order
            end = lowered.index(word, end) + len(word)
        return end

    def span(index: int, skip: int = 0, plain: bool = False) -> tuple[int, int] | None:
        if index >= len(words):
            return None
        end = end_of(index)
        return _trim_prose_value(text, end - len(words[index]) + skip, end, plain=plain)

    for i, word in enumerate(words[: PROSE_MAX_GAP_WORDS + 4]):
        if word[0] in ":=" or word.startswith("->"):
            rest = word.lstrip(":=->")
            return span(i, len(word) - len(rest)) if rest else span(i + 1)
        for phrase in _COPULA_WORDS.get(bare[i], ()):
            n = len(phrase)
            if tuple(bare[i : i + n]) == phrase:
                j = i + n + (1 if i + n < len(words) and words[i + n] in (":", "=", "->") else 0)
                hedge = _hedge_length(bare, j)
                if hedge:  # "war eigentlich CJzMVQ1J…": a hedged value must look like a password
                    return span(j + hedge)
                value = span(j, plain=plain_words and i == 0 and phrase != ("to",))
                if value is not None:
                    return value
                break
        if word.endswith(":") and bare[i].isalpha():
            return span(i + 1)
        if direct and (i == 0 or (i == 1 and words[0] in _PASSWORD_STATES)) and _DIRECT_VALUE.fullmatch(word):
            return span(i)  # "Mi contraseña inicial Faro$2020 no sirve": the value needs no copula
        if not (_GAP_WORD.fullmatch(word) and len(word) <= 20) or i == PROSE_MAX_GAP_WORDS:
            return None  # every earlier word was a gap word
    return None


def _hedge_length(words: list[str], index: int) -> int:
    """How many words of a hedge ("eigentlich", "volgens mij") start at ``index``; 0 when none does."""
    if index >= len(words):
        return 0
    for phrase in _HEDGE_WORDS.get(words[index].rstrip(","), ()):
        n = len(phrase)
        if tuple(w.rstrip(",") for w in words[index : index + n]) == phrase and index + n < len(words):
            return n
    return 0


def _is_strong(value: str) -> bool:
    return _STRONG.search(value.rstrip("!?.")) is not None


def plain_word_is_value(value: str) -> bool:
    """A plain word stated as a password: not a state, judgement, pronoun or participle ("expired", "gesperrt")."""
    lowered = value.lower()
    if _PLAIN_VALUE.fullmatch(value) is None or lowered in _NOT_VALUES or lowered.endswith(_STATE_ENDINGS):
        return False
    # German and Dutch participles: gesperrt, gespeichert, vergeten is listed, geblokkeerd, gewijzigd.
    return not (len(lowered) > 5 and lowered.startswith("ge") and lowered.endswith(("t", "en", "d")))


def _clause_ends(text: str, end: int) -> bool:
    """Nothing but punctuation, a line end or a conjunction follows the value."""
    rest = text[end : end + 24].lstrip(_QUOTES)
    if not rest or rest[0] in ".,;!?)\n\r":
        return True
    words = rest.split(None, 2)
    return bool(words) and rest[0] in " \t" and words[0].lower() in _CLAUSE_GOES_ON


def _trim_prose_value(text: str, start: int, end: int, *, plain: bool = False) -> tuple[int, int] | None:
    """The value's span without quotes and sentence punctuation ("… is hunter2."); None when it is no password.

    A full stop that the sentence does not end at ("Zomer1987. and it worked", "Verano2020., …")
    belongs to the value.
    """
    quoted = start < end and text[start] in _QUOTES
    while start < end and text[start] in _QUOTES:
        start += 1
    while end > start and (text[end - 1] in _VALUE_EDGE or (end - start > 4 and text[end - 1] in ".)]:")):
        if text[end - 1] == "." and _SENTENCE_GOES_ON.match(text, end):
            break
        end -= 1
    if not 4 <= end - start <= 64:
        return None
    tag = _TAG.search(text, start, end)
    if tag is not None:  # "… will be lost.</li>": the value ends where markup starts
        return None if tag.start() == start else _trim_prose_value(text, start, tag.start(), plain=plain)
    value = text[start:end]
    if is_placeholder(value) or value.endswith(("(", "[")) or _CMDLET.fullmatch(value):
        return None
    if _REFERENCE.fullmatch(value) and not _PASSPHRASE.fullmatch(value):
        return None
    if value.lower().startswith(("http://", "https://", "www.")) or _EMAIL.fullmatch(value) or _DATE.fullmatch(value):
        return None
    if _is_path(value):
        return None  # "password=/run/secrets/db": a file the password is read from
    if _VERSION.fullmatch(value):
        return None  # "the new one should be 2.4.1"
    if _STRONG.search(value.rstrip("!?")) is None and not (
        plain and (quoted or _clause_ends(text, end)) and plain_word_is_value(value)
    ):
        return None  # "vergessen?", "case-sensitive", "user_input": words
    if _UNIT_AFTER.match(text, end):
        return None  # "is 8-12 characters", "ist 10 Zeichen"
    if _ANNOTATION_AFTER.match(text, end):
        return None  # "password: FilterOrBool = False": a type annotation in code
    return start, end


# -- round 10 (clean10) ---------------------------------------------------------------------------------------

# A line that opens with its own key: "  build: '…'", "version = …", "\"etag\": …".
_RE_OWN_KEY_LINE = regex.compile(r"[ \t]*[\"']?[\w.\-]+[\"']?[ \t]*[:=]")


def _value_of_another_key(text: str, term_end: int, value_start: int) -> bool:
    """A value on a later line than the token term or the secret's key, after a key of its own: the term ended a
    comment ("…: kyc/provider/api-key") and the next line's "build: '5ca5725c-…'" assigns a build id, not the key;
    "spring.datasource.password=" is left empty and the next line sets the pool size.

    Why (round 10): both raised clean config files to RESTRICTED."""
    newline = text.rfind("\n", term_end, value_start)
    return newline >= 0 and bool(_RE_OWN_KEY_LINE.match(text, newline + 1))


# -- round 11 (code11) ----------------------------------------------------------------------------------------
# Credentials in forms the assignment rules do not read: a setting's name and its value in two fields of one
# object, config keys set with white space, literals piped into a command that stores them, and the password
# arguments of database and file-share clients. Vocabulary: classifier/data/secrets_round11_code11.json.

_ROUND11_SPACE_KEYS = "|".join(regex.escape(key) for key in _ROUND11["space_keys"])
_ROUND11_SECRET_COMMANDS = tuple(_ROUND11["secret_commands"])
_ROUND11_FLAG_CLIENTS = {
    client: flag
    # Round 12 (tables12): the MQTT, LDAP, sshpass and rabbitmqadmin clients join (secrets_round12_tables12.json).
    for data in (_ROUND11, json.loads(ROUND12_FILE.read_text(encoding="utf-8")))
    for flag, clients in data["password_flag_clients"].items()
    for client in clients
}
_ROUND11_ORACLE_CLIENTS = "|".join(regex.escape(client) for client in _ROUND11["oracle_clients"])

# {"name": "DB_PASSWORD", "value": "…"} (ECS, App Service, Consul's "key"), { name = "X", value = "…" } (HCL),
# {"ParameterKey": "MasterUserPassword", "ParameterValue": "…"} (CloudFormation): other fields of the same
# object may stand between, no brace or bracket may.
_NAMED_VALUE_INLINE = regex.compile(
    r"(?P<nq>[\"']?)(?:name|key|Name|Key|ParameterKey|ParameterName)(?P=nq)[ \t]*[:=][ \t]*"
    r"(?P<q1>[\"'])(?P<name>[^\"'\n]{1,120})(?P=q1)[^{}\[\]\n]{0,80}?"
    r"(?P<vq>[\"']?)(?:value|Value|ParameterValue)(?P=vq)[ \t]*[:=][ \t]*(?P<q>[\"'])(?P<value>[^\"'\n]{1,256})(?P=q)",
    _V1,
)
# Kubernetes and Compose-style env lists: "- name: SMTP_PASSWORD" and "value: …" on the next line, one level in.
_NAMED_VALUE_YAML = regex.compile(
    r"(?m)^(?P<indent>[ \t]*)-[ \t]+name:[ \t]*(?P<q1>[\"']?)(?P<name>[\w.-]{1,80})(?P=q1)[ \t]*\n"
    r"(?P=indent)[ \t]{1,4}value:[ \t]*(?P<q>[\"']?)(?P<value>[^\s\"'][^\n\"']{0,255}?)(?P=q)[ \t]*$",
    _V1,
)
# redis.conf "requirepass …", slapd.conf "rootpw …", nslcd.conf "bindpw …": a key, white space, the value alone.
_SPACE_CONFIG_PASSWORD = regex.compile(
    rf"(?m)^[ \t]*(?i:{_ROUND11_SPACE_KEYS})[ \t]+(?P<q>[\"']?)(?P<value>[^\s\"']{{3,256}})(?P=q)[ \t]*$", _V1
)
# echo / printf of a quoted literal into a pipe; the command after the pipe decides whether it is a secret.
_PIPED_LITERAL = regex.compile(
    r"(?<![\w-])(?:echo|printf)(?:[ \t]+-[neE]{1,3})*[ \t]+(?P<q>['\"])(?P<value>[^'\"\n]{3,256})(?P=q)"
    r"[ \t]*\|[ \t]*(?P<command>[^\n|;&]{0,200})",
    _V1,
)
_CLIENT_WORD = regex.compile(r"(?<![\w./-])(?P<client>[a-z][\w-]{1,15})(?![\w-])", _V1)
_FLAG_VALUE = regex.compile(
    r"[ \t]*(?:(?P<q>['\"])(?P<value>[^'\"\n]{3,128})(?P=q)|(?P<value>[^\s'\"-][^\s'\"]{2,127}))(?=\s|\Z)", _V1
)
# sqlplus scott/tiger@ORCL, expdp system/…@HRDB, CONNECT app/…@//host:1521/svc: the password between "/" and "@".
_ORACLE_LOGIN = regex.compile(
    rf"(?<![\w-])(?i:{_ROUND11_ORACLE_CLIENTS})(?:[ \t]+-\w+)*[ \t]+[A-Za-z][\w$#]{{0,29}}/(?P<value>[^\s@/'\"]{{3,64}})@",
    _V1,
)
# smbclient //nas/share -U user%password
_SMB_USER_PASSWORD = regex.compile(
    r"\bsmbclient\b[^\n]{0,200}?(?<=\s)(?:-U|--user(?:=|[ \t]))[ \t]*(?P<q>['\"]?)[^\s%'\"]{1,64}%"
    r"(?P<value>[^\s'\"]{3,128})(?P=q)",
    _V1,
)

# INI files (a "[section]" line of its own): "key = value" lines hold literals, dotted or not ("Nordlicht.Tromso24"
# after "ldap_default_authtok =" is a password, where "password = settings.DB" in code is an attribute).
_INI_SECTION = regex.compile(r"(?m)^[ \t]*\[[\w/.: -]{1,64}\][ \t]*$", _V1)
_INI_PASSWORD_LINE = regex.compile(
    r"(?m)^[ \t]*(?P<name>[A-Za-z_][\w.-]{0,63})[ \t]*=[ \t]*(?P<value>[^\s;#\"'][^\s\"']{2,255})[ \t]*$", _V1
)


def _round11_name_kind(name: str) -> str | None:
    """The kind of secret a setting's name names, read from its last path segment ("billing/worker/sftp_password")."""
    return secret_name_kind(regex.split(r"[/:]", name)[-1])


def _round11_literal(value: str) -> bool:
    """A literal password: no placeholder, template, hash or store reference, no variable or format directive."""
    if any(marker in value for marker in ("${", "$(", "$env:", "%s", "%(")):
        return False  # "${BACKUP_PW}", "$(cat pw.txt)", PowerShell's "$env:PW", a printf format
    return looks_like_password(value, quoted=True, env_style=False)


def round11_code_hits(text: str, lowered: str) -> Iterator[_Hit]:
    """Round 11 (code11) credentials; see the block comment above.

    Why: in code and config written for the round, passwords in these forms were missed in 18 of 23 cases
    (Consul and ECS key/value pairs, Kubernetes env lists, redis.conf, slapd/nslcd/sssd, docker secret create,
    chpasswd, sqlcmd/bcp -P, redis-cli -a, sqlplus user/pw@db, smbclient -U user%pw, mongorestore -p)."""
    if any(marker in lowered for marker in ('value"', "value'", "value:", "value =", "value=")):
        for pattern in (_NAMED_VALUE_INLINE, _NAMED_VALUE_YAML):
            for match in pattern.finditer(text):
                kind = _round11_name_kind(match.group("name"))
                if kind is None:
                    continue
                value = match.group("value")
                if kind == "password" and not _round11_literal(value):
                    continue
                if kind != "password" and (is_placeholder(value) or not looks_like_token(value, 8)):
                    continue
                yield _span_hit(_entity_for(kind), match, ASSIGNMENT_SCORE)
    if "[" in text and "=" in text and _INI_SECTION.search(text):
        for match in _INI_PASSWORD_LINE.finditer(text):
            if secret_name_kind(match.group("name")) == "password" and _round11_literal(match.group("value")):
                yield _span_hit("PASSWORD", match, ASSIGNMENT_SCORE)
    if any(key in lowered for key in ("pass", "auth", "bindpw", "rootpw")):
        for match in _SPACE_CONFIG_PASSWORD.finditer(text):
            if _round11_literal(match.group("value")):
                yield _span_hit("PASSWORD", match, ASSIGNMENT_SCORE)
    if "|" in text and ("echo" in lowered or "printf" in lowered):
        for match in _PIPED_LITERAL.finditer(text):
            command = match.group("command").lower()
            if not any(word in command for word in _ROUND11_SECRET_COMMANDS):
                continue
            start, end = match.span("value")
            if "chpasswd" in command:  # "user:password" lines
                colon = text.find(":", start, end)
                if colon < 0:
                    continue
                start = colon + 1
            if _round11_literal(text[start:end]):
                yield _Hit("PASSWORD", start, end, ASSIGNMENT_SCORE)
    if " -" in text and any(client in lowered for client in _ROUND11_FLAG_CLIENTS):
        for client in _CLIENT_WORD.finditer(lowered):
            flag = _ROUND11_FLAG_CLIENTS.get(client.group("client"))
            if flag is None:
                continue
            line_end = text.find("\n", client.end())
            line_end = len(text) if line_end < 0 else line_end
            position = text.find(f" {flag}", client.end(), line_end)
            while position >= 0:
                value = _FLAG_VALUE.match(text, position + 1 + len(flag), line_end)
                if value is not None and _round11_literal(value.group("value")):
                    yield _span_hit("PASSWORD", value, ASSIGNMENT_SCORE)
                    break
                position = text.find(f" {flag}", position + 1, line_end)
    if "/" in text and "@" in text:
        for match in _ORACLE_LOGIN.finditer(text):
            if _round11_literal(match.group("value")):
                yield _span_hit("PASSWORD", match, ASSIGNMENT_SCORE)
    if "smbclient" in lowered:
        for match in _SMB_USER_PASSWORD.finditer(text):
            if _round11_literal(match.group("value")):
                yield _span_hit("PASSWORD", match, ASSIGNMENT_SCORE)
