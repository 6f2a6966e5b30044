"""Credentials: vendor formats, carriers, assignments and prose are found with the value's exact span;
names, references, placeholders, hashes and ordinary words are not reported.

Every token below is synthetic: built at run time from obviously fake characters
("Fake0Token1…", "deadbeef…") so that no real key is in the repository and no
repository secret scanner trips over a literal.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine
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
MAILGUN_V2 = fake(32, HEX) + "-" + fake(8, HEX) + "-" + fake(8, HEX)
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
    ("API_KEY", f"const client = mailer.client({{ username: 'api', key: '{MAILGUN_V2}' }});", MAILGUN_V2),
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
    # SQL states a password as a clause; command lines glue it to -p
    ("PASSWORD", "CREATE ROLE reporting LOGIN PASSWORD 'Fake0Pass1';", "Fake0Pass1"),
    ("PASSWORD", "ALTER USER app WITH ENCRYPTED PASSWORD 'fiets-kat-fiets42';", "fiets-kat-fiets42"),
    ("PASSWORD", "CREATE USER 'app'@'%' IDENTIFIED BY \"Fake0Pass1\";", "Fake0Pass1"),
    ("PASSWORD", "SET PASSWORD FOR 'app'@'localhost' = PASSWORD('Fake0Pass1');", "Fake0Pass1"),
    ("PASSWORD", "mysqldump -h db -u root -pFake0Pass1 app > app.sql", "Fake0Pass1"),
    ("PASSWORD", "sshpass -p 'Fake0Pass1' ssh deploy@host", "Fake0Pass1"),
    # passwords pasted into URLs unencoded keep their symbols, "@" included
    ("PASSWORD", 'DATABASE_URL: "postgres://app:Fake0Pass#1@db-01:5432/app"', "Fake0Pass#1"),
    ("PASSWORD", "mysql://svc:w+_Fa?ke0=Pass@localhost:3306/app", "w+_Fa?ke0=Pass"),
    ("PASSWORD", "postgres://app:%Fake0?Pass@pg.svc:5432/app", "%Fake0?Pass"),
    ("PASSWORD", "redis://:Fake0=@ss!Pass@cache:6379/0", "Fake0=@ss!Pass"),
    # setters and constants that take the name and the literal as arguments
    ("PASSWORD", "define('DB_PASSWORD', 'Fake0Pass1');", "Fake0Pass1"),
    ("PASSWORD", 'props.setProperty("mail.smtp.password", "Fake0Pass1");', "Fake0Pass1"),
    # a Django key whose random characters include "%r" is no format string
    (
        "GENERIC_SECRET",
        'SECRET_KEY = "(q41^zk=8b2__&f_&v7w@p)9(4xa=kq=mz3ty%r)"',
        "(q41^zk=8b2__&f_&v7w@p)9(4xa=kq=mz3ty%r)",
    ),
    # a plain word right after "my password is" (and its translations) is the password
    ("PASSWORD", "I can't log in. My password is sunshine and it worked yesterday.", "sunshine"),
    ("PASSWORD", "Mein Passwort ist Sonnenschein.", "Sonnenschein"),
    ("PASSWORD", "Mon mot de passe est tournesol, il marchait hier.", "tournesol"),
    ("PASSWORD", "La mia password è girasole.", "girasole"),
    ("PASSWORD", "Mi contraseña es girasol y ayer funcionaba.", "girasol"),
    ("PASSWORD", "Mijn wachtwoord is zonnebloem", "zonnebloem"),
    ("PASSWORD", "The Wi-Fi password is 'guestnetwork' for visitors.", "guestnetwork"),
    ("PASSWORD", "My password is correct-horse-battery-staple.", "correct-horse-battery-staple"),
    # initial, temporary and one-time passwords; PINs
    ("PASSWORD", "Ihr Initialpasswort lautet Fake0Pass1", "Fake0Pass1"),
    ("PASSWORD", "Das Startkennwort ist kiwi-pferd-kiwi17.", "kiwi-pferd-kiwi17"),
    ("PASSWORD", "Temporary password: Fake0Pass1", "Fake0Pass1"),
    ("PASSWORD", "Votre mot de passe temporaire : Fake0Pass1", "Fake0Pass1"),
    ("PASSWORD", "La password provvisoria è Fake0Pass1.", "Fake0Pass1"),
    ("PASSWORD", "Contraseña temporal: Fake0Pass1", "Fake0Pass1"),
    ("PASSWORD", "Uw tijdelijke wachtwoord is Fake0Pass1.", "Fake0Pass1"),
    ("PASSWORD", "Hasło tymczasowe: Fake0Pass1", "Fake0Pass1"),
    ("PASSWORD", "Die PIN lautet 4821.", "4821"),
    ("PASSWORD", "il codice PIN è 4821", "4821"),
    # "the new one" where a login is spoken of, without the word password
    (
        "PASSWORD",
        "The new one should be kiwi-horse-staple19, please set it on the shared mailbox.",
        "kiwi-horse-staple19",
    ),
    ("PASSWORD", "VPN access for Anna: the new one is Fake0Pass#1 from Monday.", "Fake0Pass#1"),
    ("PASSWORD", "Für das Konto von Herrn Maier: das neue lautet Fake0Pass1.", "Fake0Pass1"),
    # a full stop the sentence goes on after belongs to the value
    ("PASSWORD", "My password is Zomer1987. and it worked yesterday.", "Zomer1987."),
    ("PASSWORD", "La nueva contraseña será Verano2020., configúrenla en el buzón.", "Verano2020."),
    ("PASSWORD", "My password is Fake0Pass1. Thanks!", "Fake0Pass1"),
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
    # SQL and command lines without a literal password
    "CREATE ROLE app LOGIN PASSWORD NULL;",
    "ALTER ROLE app WITH PASSWORD :'new_password';",
    "CREATE USER app WITH PASSWORD 'changeme';",
    "mysql -u root -p appdb",
    "mysqldump -h db -P 3306 -u app appdb",
    "Enter the password 'your-password' when asked.",
    "Load the dynamic library identified by 'name'.",
    # code: identifiers, annotations, dunder names, regex literals, public tokens, header constants
    'SESSION_KEY = "_auth_user_id"',
    "ROOT_KEY = '__root__'",
    'INTERNAL_RESET_SESSION_TOKEN = "_password_reset_token"',
    "client = Client(account_url=url, credential=credential_, token=type_token)",
    'client = CosmosClient(endpoint, {"masterKey": self._key})',
    "def sign(private_key: PKCS7PrivateKeyTypes, data: bytes) -> bytes:",
    "def _re_auth(self, token: TokenInterface):",
    "    password: FilterOrBool = False,",
    "pwd: ModuleType | None = None",
    "DEFAULT_LAST_PASS: Final = 2",
    "jsonnet_token = r'[^\\W\\d]\\w*'",
    '<assemblyIdentity name="Microsoft.VC90.CRT" publicKeyToken="1fc8b3b9a1e18e3b"/>',
    '_SK_START = b"-----BEGIN OPENSSH PRIVATE KEY-----"\n_SK_END = b"-----END OPENSSH PRIVATE KEY-----"',
    '{"username": "string?", "password": "string?"}',
    "def __init__(self, host='localhost:5672', userid='guest', password='guest'):",
    'data["args"]["passwd"] = "deleted password"',
    "# the --password option suffers from the same exposure; use --username and --password options",
    "Userid and passwords apply to AMQPLAIN and PLAIN.",
    '"If disabled, the current password for this user will be lost.</li></ul>"',
    "<p>PIN:\n  <input type=text name=pin>",
    "Reset the password 'hunter22' policy example in the docs; see the password 'rules' page.",
    # URLs with a port, a query and an address after it
    "https://status.example.com:8443?notify=ops@example.com",
    "see http://wiki.example.com:8080#owner=ops@example.com",
    # setters given a reference
    "define('DB_HOST', 'localhost');",
    'props.setProperty("mail.smtp.password", password);',
    'SECRET_KEY = "%s-%s" % (prefix, suffix)',
    # words that describe a password instead of stating it, in every language
    "Your password is expired.",
    "My password is not working and I can't log in.",
    "The password is sent separately.",
    "The password is hashed, salted and stored.",
    "The password is everything.",
    "Your password is too short.",
    "The password policy is strict.",
    "Mein Passwort ist abgelaufen und ich komme nicht rein.",
    "Das Passwort ist gesperrt.",
    "Mon mot de passe est bloqué.",
    "Votre mot de passe est incorrect, réessayez.",
    "La mia password è scaduta.",
    "Mi contraseña es incorrecta.",
    "Mijn wachtwoord is verlopen.",
    "Mijn wachtwoord is geblokkeerd.",
    "Moje hasło to podstawa bezpieczeństwa.",
    "Silne hasło to podstawa.",
    "Twoje hasło wygasło.",
    "Password: Policy",
    # "the new one" about a thing, or without a login around it
    "We ordered a replacement laptop. The new one should be ThinkPad-X1, delivered on Monday.",
    "The old release had a bug; the new one should be 2.4.1 for your account.",
    "The new one should be delivered to the mailbox by Friday.",
]


def _ids(rows: list) -> list[str]:
    return [f"{row[0]}-{index}" for index, row in enumerate(rows)]


@pytest.mark.parametrize(("entity_type", "text", "value"), FOUND, ids=_ids(FOUND))
def test_secret_is_found_with_the_value_as_its_span(
    engine: CustosEngine, entity_type: str, text: str, value: str
) -> None:
    start = text.index(value)
    spans = {(f.entity_type, f.start, f.end) for f in engine.classify(text).findings}
    assert (entity_type, start, start + len(value)) in spans, [(t, text[s:e]) for t, s, e in spans]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_name_reference_or_look_alike_is_not_a_secret(engine: CustosEngine, text: str) -> None:
    credentials = [(f.entity_type, text[f.start : f.end]) for f in engine.classify(text).findings]
    assert not [c for c in credentials if c[0] in ENTITY_TYPES], credentials


def test_a_vendor_key_assigned_to_a_secret_name_is_one_finding(found: Callable[[str], dict[str, list[str]]]) -> None:
    assert found(f"STRIPE_SECRET_KEY={STRIPE}") == {"STRIPE_KEY": [STRIPE]}


def test_redaction_keeps_the_name_readable(engine: CustosEngine) -> None:
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
def test_every_credential_type_is_restricted(engine: CustosEngine, entity_type: str) -> None:
    rule = engine.levels.rule_for(entity_type)
    assert (rule.level.name, rule.category) == ("RESTRICTED", "credentials")


def test_credentials_make_a_text_restricted(engine: CustosEngine) -> None:
    result = engine.classify("aws_access_key_id = AKIAIOSFODNN7EXAMPLE")
    assert result.level.name == "RESTRICTED"
    assert result.categories == frozenset({"credentials"})


AUTH_TOKEN = fake(32, HEX)
CONSUMER_SECRET = fake(43)

# An identity, then its secret, passed to a client or login call as positional literals.
CREDENTIAL_CALLS = [
    ("API_KEY", f'client = Client("AC{fake(8, HEX)}", "{AUTH_TOKEN}")\nclient.messages.create(to=to)', AUTH_TOKEN),
    ("API_KEY", f'client = Client(account_sid, "{AUTH_TOKEN}")', AUTH_TOKEN),
    ("API_KEY", f'auth = tweepy.OAuthHandler("{fake(22)}", "{CONSUMER_SECRET}")', CONSUMER_SECRET),
    ("PASSWORD", 'r = requests.get(url, auth=("deploy", "Fake0Pass1!"))', "Fake0Pass1!"),
    ("PASSWORD", 'smtp.login("alerts@example.com", "Fake0Pass#2")', "Fake0Pass#2"),
    ("PASSWORD", 'session.auth = HTTPBasicAuth("api", "Fake0Pass3")', "Fake0Pass3"),
]


@pytest.mark.parametrize(("entity_type", "text", "value"), CREDENTIAL_CALLS, ids=_ids(CREDENTIAL_CALLS))
def test_a_secret_passed_after_its_identity_to_a_client_or_login_call_is_found(
    engine: CustosEngine, entity_type: str, text: str, value: str
) -> None:
    start = text.index(value)
    findings = [
        (f.entity_type, f.start, f.end) for f in engine.classify(text).findings if f.entity_type in ENTITY_TYPES
    ]
    assert findings == [(entity_type, start, start + len(value))]


@pytest.mark.parametrize(
    "text",
    [
        'c = boto3.client("s3", "eu-central-1")',
        'c = httpx.Client("https://api.example.com", "v2")',
        'c = Client(base_url="https://api.example.com", token=settings.API_TOKEN)',
        'c = Client("prod-cluster-01", "service-account-2024")',
        f'digest = hmac_compare("abc", "{fake(32, HEX)}")',
        'assert client.login("user", "pass")',
        'self.client.login(username="bob", password=raw_password)',
        'headers = make_auth("Authorization", "Bearer")',
    ],
)
def test_calls_without_a_literal_secret_after_an_identity_report_nothing(engine: CustosEngine, text: str) -> None:
    credentials = [(f.entity_type, text[f.start : f.end]) for f in engine.classify(text).findings]
    assert not [c for c in credentials if c[0] in ENTITY_TYPES], credentials


@pytest.mark.parametrize(
    ("text", "password"),
    [
        # A login stated as "user / password" after a login word, in several languages.
        ("The login for the meeting-room tablet is reception / T4blet!Oslo, thanks.", "T4blet!Oslo"),
        ("Die Zugangsdaten lauten admin / Sommer!2024.", "Sommer!2024"),
        ("Dane logowania to kasia.nowak / Wiosna#2025", "Wiosna#2025"),
        # A password or login referred back to by a pronoun and changed.
        ("My VPN account was locked, so I set it to Tulpe77Blau - fine?", "Tulpe77Blau"),
        ("Mon compte était bloqué, je l'ai changé en Brume#2031 hier.", "Brume#2031"),
        ("La password del conto non andava: l'ho impostata a Gatto!88 ieri.", "Gatto!88"),
    ],
)
def test_password_stated_as_a_pair_or_changed_by_pronoun_is_found(
    found: Callable[[str], dict[str, list[str]]], text: str, password: str
) -> None:
    assert found(text).get("PASSWORD") == [password], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our account plan is Pro / Team2 this year.",
        "Account: sales / EMEA-2024-Q3 report attached.",
        "Please set it to dark mode in the settings.",
        "I set it to 5 in the config and restarted.",
    ],
)
def test_pairs_and_settings_that_are_no_password(found: Callable[[str], dict[str, list[str]]], text: str) -> None:
    assert "PASSWORD" not in found(text), found(text)
