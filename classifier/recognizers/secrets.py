"""Credentials: private keys, cloud and SaaS tokens, JWTs and passwords.

Token formats are the vendors' published prefixes. Generic 40-character AWS
secret keys and passwords need a context word (``aws_secret_access_key=``,
``password:``) because random-looking strings are everywhere in code.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_FLAGS = regex.VERSION1


@dataclass(frozen=True)
class SecretRule:
    entity_type: str
    pattern: regex.Pattern[str]
    score: float


def _rule(entity_type: str, pattern: str, score: float = 0.95) -> SecretRule:
    return SecretRule(entity_type, regex.compile(pattern, _FLAGS), score)


_KEY_NAMES = (
    r"pass(?:word|wd|phrase)?|pwd|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|"
    r"access[_-]?token|token|private[_-]?key|credentials?"
)

SECRET_RULES: tuple[SecretRule, ...] = (
    # The whole PEM block, or to the end of the text when the END line is missing (a pasted fragment).
    _rule(
        "PRIVATE_KEY",
        r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:(?s:.*?)-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|"
        r"(?s:.*\Z))",
        1.0,
    ),
    _rule("AWS_ACCESS_KEY", r"(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[A-Z0-9]{16}(?![A-Z0-9])"),
    _rule(
        "AWS_SECRET_KEY",
        r"(?i:aws.{0,24}?(?:secret|private).{0,24}?[\s:=\"'>]+)(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
        0.9,
    ),
    _rule("GITHUB_TOKEN", r"(?<![\w])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})(?![\w])"),
    _rule(
        "OPENAI_API_KEY",
        r"(?<![\w-])sk-(?:proj-|svcacct-|admin-|ant-api\d\d-)?(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])"
        r"[A-Za-z0-9_-]{20,}(?![\w-])",
        0.9,
    ),
    _rule("SLACK_TOKEN", r"(?<![\w])xox[baprs]-[A-Za-z0-9-]{10,}(?![\w-])"),
    _rule("STRIPE_KEY", r"(?<![\w])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}(?![\w])"),
    _rule("GOOGLE_API_KEY", r"(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])"),
    # Header and payload are base64url JSON objects, so both start with "eyJ" ('{"').
    _rule("JWT", r"(?<![\w.-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*(?![\w.-])"),
    # scheme://user:password@host: only the password is the secret.
    _rule("PASSWORD", r"\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@]+:(?P<value>[^\s@/]{1,128})@[\w.-]+", 0.95),
    # key=value / key: value / "key": "value" (configs, .env files, JSON, logs).
    _rule(
        "PASSWORD",
        r"(?i:\b(?:\w*[_-])?(?:" + _KEY_NAMES + r")\b[\"']?\s*(?:=|:|=>)\s*)"
        r"(?:\"(?P<value>[^\"\s]{3,128})\"|'(?P<value>[^'\s]{3,128})'|(?P<value>[^\s\"',;]{3,128}))",
        0.85,
    ),
    # Prose: "my password is hunter2", "the passcode was 1234abcd".
    _rule(
        "PASSWORD",
        r"(?i:\b(?:password|passcode|passphrase|pin code)\s+(?:is|was|will be|=)\s*[\"']?)(?P<value>[^\s\"',;]{4,64})",
        0.8,
    ),
)

# Values after "password:" that are placeholders or words, not secrets.
_PLACEHOLDERS = {
    "none", "null", "true", "false", "required", "optional", "string", "changeme", "example", "xxxxxx", "********",
    "redacted", "hidden", "secret", "password", "env", "undefined", "your_password", "<password>", "not", "the",
    "reset", "protected", "incorrect", "wrong", "expired", "invalid", "strong", "weak", "correct", "forgotten",
}  # fmt: skip


def jwt_header_valid(token: str) -> bool:
    """The first part decodes (base64url) to a JSON object with an 'alg' member."""
    header = token.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
        data = json.loads(decoded)
    except (binascii.Error, ValueError):
        return False
    return isinstance(data, dict) and "alg" in data


def _value_ok(entity_type: str, value: str, prefix: str) -> bool:
    if entity_type == "JWT":
        return jwt_header_valid(value)
    if entity_type == "PASSWORD":
        lowered = value.lower()
        if lowered in _PLACEHOLDERS or lowered.startswith(("$", "{{", "${", "%(", "<")):
            return False
        # "Reset your password: click the link": a plain word after a colon is prose, not a value.
        return not ("=" not in prefix and value.isalpha() and value.islower())
    return True


class SecretsRecognizer(LocalRecognizer):
    """All credential formats in one pass; entity type per rule (see levels: all RESTRICTED)."""

    name: str  # set by Presidio's EntityRecognizer.__init__; declared for type checkers

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=sorted({rule.entity_type for rule in SECRET_RULES}),
            supported_language=supported_language,
            name="SecretsRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for rule in SECRET_RULES:
            if rule.entity_type not in entities:
                continue
            for match in rule.pattern.finditer(text):
                start, end = match.span("value") if "value" in rule.pattern.groupindex else match.span()
                if start < 0 or not _value_ok(rule.entity_type, text[start:end], text[match.start() : start]):
                    continue
                results.append(
                    RecognizerResult(
                        rule.entity_type,
                        start,
                        end,
                        rule.score,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return results
