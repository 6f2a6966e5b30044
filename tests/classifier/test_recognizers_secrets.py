"""Credentials: vendor formats, carriers, assignments and prose are found with the value's exact span;
names, references, placeholders, hashes and ordinary words are not reported.

Every token below is synthetic: built at run time from obviously fake characters
("Fake0Token1…", "deadbeef…") so that no real key is in the repository and no
repository secret scanner trips over a literal.
"""

from __future__ import annotations

import base64
import json

import pytest

from classifier.recognizers.secrets import ENTITY_TYPES, jwt_header_valid, secret_name_kind

ALNUM = "Fake0Tok3n1Zq9Wx7"
HEX = "deadbeef0123456789abcdef"


def fake(length: int, alphabet: str = ALNUM) -> str:
    """A synthetic token body of ``length`` characters (never a real key)."""
    return (alphabet * (length // len(alphabet) + 1))[:length]


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


JWT = f"{_b64({'alg': 'HS256', 'typ': 'JWT'})}.{_b64({'sub': '1234567890', 'name': 'x'})}.{fake(43)}"
NOT_JWT = f"{_b64({'typ': 'JWT', 'kid': 'abc'})}.{_b64({'sub': '1234567890'})}.{fake(43)}"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq8\nabcdEFGH==\n-----END RSA PRIVATE KEY-----"
BASIC = base64.b64encode(b"deploy:Fake0Pass1").decode()
AZURE_ACCOUNT_KEY = base64.b64encode(fake(64).encode()).decode()

GITLAB = "glpat-" + fake(20)
NPM = "npm_" + fake(36)
PYPI = "pypi-AgEIcHlwaS5vcmc" + fake(60)
HUGGING_FACE = "hf_" + fake(34, "FakeTokenDummy")
ANTHROPIC = "sk-ant-api03-" + fake(93) + "AA"
MAILGUN = "key-" + fake(32, HEX)
SENDGRID = "SG." + fake(22) + "." + fake(43)
TWILIO = "SK" + fake(32, HEX)
GOOGLE_OAUTH_SECRET = "GOCSPX-" + fake(28)
SHOPIFY = "shpat_" + fake(32, HEX)
SQUARE = "sq0atp-" + fake(22)
TELEGRAM = "123456789:AA" + fake(33)
DIGITALOCEAN = "dop_v1_" + fake(64, HEX)
HEROKU = "HRKU-AA" + fake(58)
DATADOG = fake(32, HEX)
SLACK_WEBHOOK_PATH = "services/T00000000/B00000000/" + fake(24)
STRIPE = "sk_live_" + fake(24)
GITHUB = "ghp_" + fake(36)

# (entity type, text, the exact value that must be found)
FOUND = [
    # formats of the data file
    ("PRIVATE_KEY", f"key:\n{PEM}\nthanks", PEM),
    ("AWS_ACCESS_KEY", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
    ("GITHUB_TOKEN", f"token {GITHUB}", GITHUB),
    ("OPENAI_API_KEY", "OPENAI_API_KEY=sk-proj-abc123DEF456ghi789JKL012mno", "sk-proj-abc123DEF456ghi789JKL012mno"),
    ("STRIPE_KEY", f"STRIPE_API_KEY = '{STRIPE}'", STRIPE),
    ("GOOGLE_API_KEY", "key=AIza" + fake(35), "AIza" + fake(35)),
    ("JWT", f"Authorization: Bearer {JWT}", JWT),
    ("API_KEY", f"GITLAB_TOKEN={GITLAB}", GITLAB),
    ("API_KEY", f"//registry.npmjs.org/:_authToken={NPM}", NPM),
    ("API_KEY", f"[pypi]\nusername = __token__\npassword = {PYPI}", PYPI),
    ("API_KEY", f"login with {HUGGING_FACE} then pull", HUGGING_FACE),
    ("API_KEY", f'client = Anthropic(api_key="{ANTHROPIC}")', ANTHROPIC),
    ("API_KEY", f"MAILGUN_API_KEY: {MAILGUN}", MAILGUN),
    ("API_KEY", f"sg = SendGridAPIClient('{SENDGRID}')", SENDGRID),
    ("API_KEY", f"twilio key sid {TWILIO}", TWILIO),
    ("API_KEY", f'"client_secret": "{GOOGLE_OAUTH_SECRET}"', GOOGLE_OAUTH_SECRET),
    ("API_KEY", f"X-Shopify-Access-Token: {SHOPIFY}", SHOPIFY),
    ("API_KEY", f"square token {SQUARE}", SQUARE),
    ("API_KEY", f"https://api.telegram.org/bot{TELEGRAM}/sendMessage", TELEGRAM),
    ("API_KEY", f"DIGITALOCEAN_TOKEN={DIGITALOCEAN}", DIGITALOCEAN),
    ("API_KEY", f"heroku auth: {HEROKU}", HEROKU),
    ("SLACK_TOKEN", f"post to https://hooks.slack.com/{SLACK_WEBHOOK_PATH}", SLACK_WEBHOOK_PATH),
    # carriers
    ("AWS_SECRET_KEY", f"aws_secret_access_key = {fake(40)}", fake(40)),
    ("PASSWORD", "postgres://app:Fake0Pass1@db.internal:5432/custos", "Fake0Pass1"),
    ("PASSWORD", "REDIS_URL=redis://:Fake0Pass1@cache:6379/0", "Fake0Pass1"),
    ("PASSWORD", "amqp://guest:Fake0Pass1@rabbit:5672//", "Fake0Pass1"),
    ("PASSWORD", "mongodb+srv://admin:Fake0Pass1@cluster0.example.net/app", "Fake0Pass1"),
    ("PASSWORD", "git clone https://deploy:Fake0Pass1@git.example.org/repo.git", "Fake0Pass1"),
    ("PASSWORD", f"Authorization: Basic {BASIC}", BASIC),
    ("PASSWORD", "curl -u deploy:Fake0Pass1 https://example.org", "Fake0Pass1"),
    ("GENERIC_SECRET", f'curl -H "Authorization: Bearer {fake(40, HEX)}" https://api', fake(40, HEX)),
    ("GENERIC_SECRET", f"headers = {{'Authorization': 'Token {fake(40, HEX)}'}}", fake(40, HEX)),
    (
        "AZURE_KEY",
        f"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={AZURE_ACCOUNT_KEY};EndpointSuffix=core.windows.net",
        AZURE_ACCOUNT_KEY,
    ),
    ("AZURE_KEY", f"Endpoint=sb://x.servicebus.windows.net/;SharedAccessKey={AZURE_ACCOUNT_KEY}", AZURE_ACCOUNT_KEY),
    (
        "AZURE_KEY",
        f"https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&sp=r&se=2030-01-01&sig={fake(30)}%3D",
        f"{fake(30)}%3D",
    ),
    # assignments
    ("GENERIC_SECRET", 'SECRET_KEY = "django-insecure-k9#v2$wq!x7p@3m&z1r"', "django-insecure-k9#v2$wq!x7p@3m&z1r"),
    ("PASSWORD", "PGPASSWORD='Fake0Pass1' psql -h db -U app", "Fake0Pass1"),
    ("PASSWORD", "export PGPASSWORD=postgres", "postgres"),
    ("PASSWORD", "DB_PASSWORD=Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("PASSWORD", "environment:\n  POSTGRES_PASSWORD: postgres\n", "postgres"),
    ("PASSWORD", '{"password": "hunter2x"}', "hunter2x"),
    ("PASSWORD", "password: Fake0Pass1  # staging", "Fake0Pass1"),
    ("PASSWORD", "Server=db;User Id=app;Password=Fake0Pass1;", "Fake0Pass1"),
    ("PASSWORD", "self.db_password = 'Fake0Pass1'", "Fake0Pass1"),
    ("PASSWORD", 'os.environ.setdefault("DB_PASSWORD", "Fake0Pass1")', "Fake0Pass1"),
    ("PASSWORD", "<password>Fake0Pass1</password>", "Fake0Pass1"),
    ("PASSWORD", "mysqldump --password=Fake0Pass1 app", "Fake0Pass1"),
    ("GENERIC_SECRET", f"DATADOG_API_KEY={DATADOG}", DATADOG),
    ("GENERIC_SECRET", f'jwtSecret: "{fake(32)}"', fake(32)),
    ("GENERIC_SECRET", f"export SLACK_SIGNING_SECRET={fake(32, HEX)}", fake(32, HEX)),
    ("GENERIC_SECRET", f'"access_token": "{fake(40)}"', fake(40)),
    ("GENERIC_SECRET", f"X-API-Key: {fake(32)}", fake(32)),
    # prose, every supported language
    ("PASSWORD", "my password is Summer2024!", "Summer2024!"),
    ("PASSWORD", "Mein Passwort ist Sonne2024! Bitte nicht weitergeben.", "Sonne2024!"),
    ("PASSWORD", "Das Kennwort lautet: Fake0Pass1", "Fake0Pass1"),
    ("PASSWORD", "mon mot de passe est Chat-Noir7.", "Chat-Noir7"),
    ("PASSWORD", "Mot de passe : Fake0Pass1", "Fake0Pass1"),
    ("PASSWORD", "la mia password è Gatto#42", "Gatto#42"),
    ("PASSWORD", "mi contraseña es Perro99x", "Perro99x"),
    ("PASSWORD", "mijn wachtwoord is Fiets123!", "Fiets123!"),
    ("PASSWORD", "moje hasło to Kot2023$", "Kot2023$"),
    ("PASSWORD", "I reset my password this morning. The new one should be Winter#77 from now on.", "Winter#77"),
    ("PASSWORD", "VPN pw: Hunter22", "Hunter22"),
    ("PASSWORD", "the password for the staging server is Fake0Pass1", "Fake0Pass1"),
]

# Code, config and prose that name a secret without containing one.
NOT_FOUND = [
    'stripe_key = os.environ.get("STRIPE_API_KEY", "")',
    'password = os.environ["DB_PASSWORD"]',
    "user.password = make_password(raw_password)",
    "password = var.db_password",
    'password = form.cleaned_data["password"]',
    "const apiKey = process.env.PAYMENTS_API_KEY;",
    "env:\n  API_KEY: ${{ secrets.API_KEY }}",
    "password: {{ .Values.password }}",
    "password: ${DB_PASSWORD}",
    "password = getpass()",
    "password = getpass.getpass('Password: ')",
    "db.connect(user='app', password=None)",
    'password=""',
    "def login(username: str, password: str) -> bool:",
    "password: Optional[str] = None",
    'headers = {"Authorization": f"Bearer {access_token}"}',
    'token = "Bearer " + access_token',
    "url = f'postgres://{user}:{password}@{host}/db'",
    "DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app",
    "Set the API_KEY variable before running the script.",
    "def test_secret_key_rotation_works():\n    SECRET_KEY = 'test_secret_key_rotation_works'",
    "password: ********",
    "password: <your-password>",
    "api_key: YOUR_API_KEY_HERE",
    "Reset your password: click the link",
    "Passwort: vergessen?",
    "The password is case-sensitive and must be 8-12 characters.",
    "Your password is 12 characters long.",
    "Das Passwort muss mindestens 10 Zeichen lang sein.",
    "Votre mot de passe a expiré.",
    "postgres://db.internal:5432/custos",
    "postgres://user:password@localhost/app",
    "max_tokens=1024, temperature=0.2",
    'cache_key = "user-profile-v2"',
    'primary_key = "id"',
    "ENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305",
    "password_hash = 'pbkdf2_sha256$600000$abc$def'",
    'csrf_token = "{{ csrf_token }}"',
    "token_url = 'https://oauth2.googleapis.com/token'",
    # hashes, UUIDs, versions, base64 images, long identifiers
    '"integrity": "sha512-' + fake(86) + '=="',
    "commit 3f2a9c4e1b7d6a5f8e9c0b1a2d3e4f5a6b7c8d9e",
    "sha256:" + fake(64, HEX),
    "request id 550e8400-e29b-41d4-a716-446655440000",
    "version: 2.31.0-rc.1",
    "data:image/png;base64," + base64.b64encode(bytes(range(256)) * 2).decode(),
    "AKIA is a prefix, AKIA123 is too short",
    "the sk-learn library",
    "ghp_short",
    "xoxz-123456789012",
    "pk_live_4eC39HqLyjWDarjtT1zdp7dc",  # publishable, not secret
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----",
    f"token {NOT_JWT}",  # header has no "alg"
    "checksum = " + fake(40),  # 40 characters without an AWS secret name
    "Bearer tokens are described in RFC 6750.",
]


def _ids(rows: list) -> list[str]:
    return [f"{row[0]}-{index}" for index, row in enumerate(rows)]


@pytest.mark.parametrize(("entity_type", "text", "value"), FOUND, ids=_ids(FOUND))
def test_secret_is_found_with_the_value_as_its_span(engine, entity_type: str, text: str, value: str) -> None:
    start = text.index(value)
    spans = {(f.entity_type, f.start, f.end) for f in engine.classify(text).findings}
    assert (entity_type, start, start + len(value)) in spans, [(t, text[s:e]) for t, s, e in spans]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_name_reference_or_look_alike_is_not_a_secret(engine, text: str) -> None:
    credentials = [(f.entity_type, text[f.start : f.end]) for f in engine.classify(text).findings]
    assert not [c for c in credentials if c[0] in ENTITY_TYPES], credentials


def test_a_vendor_key_assigned_to_a_secret_name_is_one_finding(found) -> None:
    assert found(f"STRIPE_SECRET_KEY={STRIPE}") == {"STRIPE_KEY": [STRIPE]}


def test_redaction_keeps_the_name_readable(engine) -> None:
    import classifier

    text = "db_password = 'Fake0Pass1'\nSECRET_KEY = 'django-insecure-k9#v2$wq!x7p'\n"
    redacted = classifier.redact(text, engine.classify(text)).text
    assert redacted == "db_password = '<PASSWORD_1>'\nSECRET_KEY = '<GENERIC_SECRET_1>'\n"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("DB_PASSWORD", "password"),
        ("PGPASSWORD", "password"),
        ("dbPasswd", "password"),
        ("SECRET_KEY", "key"),
        ("stripeApiKey", "key"),
        ("AccountKey", "key"),
        ("MAILGUN_KEY", "key"),
        ("client_secret", "secret"),
        ("GITHUB_TOKEN", "token"),
        ("secret_key_base", "key"),
        ("password_hash", None),
        ("token_url", None),
        ("secret_name", None),
        ("key_id", None),
        ("csrf_token", None),
        ("max_tokens", None),
        ("cache_key", None),
        ("public_key", None),
        ("monkey", None),
        ("bypass", None),
    ],
)
def test_secret_name_kind(name: str, kind: str | None) -> None:
    assert secret_name_kind(name) == kind


def test_jwt_header_must_decode_to_json_with_alg() -> None:
    assert jwt_header_valid(JWT)
    assert not jwt_header_valid(NOT_JWT)
    assert not jwt_header_valid("eyJub3QganNvbg.eyJ4Ijox.sig")


@pytest.mark.parametrize("entity_type", sorted(ENTITY_TYPES))
def test_every_credential_type_is_restricted(engine, entity_type: str) -> None:
    rule = engine.levels.rule_for(entity_type)
    assert (rule.level.name, rule.category) == ("RESTRICTED", "credentials")


def test_credentials_make_a_text_restricted(engine) -> None:
    result = engine.classify("aws_access_key_id = AKIAIOSFODNN7EXAMPLE")
    assert result.level.name == "RESTRICTED"
    assert result.categories == frozenset({"credentials"})
