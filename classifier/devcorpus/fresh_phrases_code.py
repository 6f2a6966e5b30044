"""Source, configuration, shell and log templates of the ``fresh`` split (``<<COMMENT>>`` is a comment in the text's language).

Compiled for Custos, CC0, written from scratch for the seventh split: Django
settings, .env files, shell and crontab lines, curl, .NET appsettings, .npmrc,
GitHub Actions, Godot and Spring configs, PHP, Ruby, R, Terraform, systemd,
Dockerfiles, SQL, CSV exports, tracebacks and access logs. ``CODE_SECRET``
templates hold a credential literal or personal data; ``CODE_CLEAN`` ones only
name secrets (environment lookups, vault references, hashing calls) next to
hashes, UUIDs, versions and ports.
"""

CODE_NEUTRAL = {
    "USER": ("svc_tenancy", "airflow", "game_ci", "lab_reader", "backup", "deploy_bot"),
    "HOST": ("pg-billing.internal", "mysql-01.lan", "redis-cache", "db.lab.local", "warehouse-db"),
}

CODE_SECRET = [
    # Django settings with a literal SECRET_KEY
    """# <<COMMENT>>
SECRET_KEY = "<<SECRET_KEY>>"
DEBUG = False
ALLOWED_HOSTS = ["tenants.grachtwonen.nl"]
""",
    # .env with a database URL holding a password
    """APP_ENV=prod
APP_VERSION=<<VERSION>>
DATABASE_URL="mysql://<<USER>>:<<PASSWORD>>@<<HOST>>:<<PORT>>/tenancy"
""",
    # shell: PGPASSWORD for a dump
    """#!/usr/bin/env bash
# <<COMMENT>>
export PGPASSWORD='<<PASSWORD>>'
pg_dump -h <<HOST>> -U <<USER>> billing > /srv/backup/billing_$(date +%F).sql
""",
    # curl with a Basic header
    """curl -sS https://api.lagunatel.it/v2/lines/<<NUMBER>> \\
  -H "Authorization: Basic <<BASIC_AUTH>>" \\
  -H "Accept: application/json"
""",
    # .NET appsettings with an Azure storage key
    """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Samples": "DefaultEndpointsProtocol=https;AccountName=nordlichtlab;AccountKey=<<AZURE_STORAGE_KEY>>;EndpointSuffix=core.windows.net"
  }
}
""",
    # .npmrc with a GitHub token
    """@pixelforge:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=<<GITHUB_TOKEN>>
""",
    # GitHub Actions with inline AWS keys
    """jobs:
  deploy:
    runs-on: ubuntu-24.04
    env:
      AWS_ACCESS_KEY_ID: <<AWS_ACCESS_KEY>>
      AWS_SECRET_ACCESS_KEY: <<AWS_SECRET_KEY>>
    steps:
      - run: aws s3 sync build/ s3://depot-dashboard --delete
""",
    # research notebook cell with an OpenAI key
    """# <<COMMENT>>
from openai import OpenAI

client = OpenAI(api_key="<<OPENAI_API_KEY>>")
summary = client.responses.create(model="gpt-4.1-mini", input=abstract)
""",
    # Godot project file with a Google API key
    """[application]
config/name="Harbour Drift"
config/version="<<VERSION>>"

[firebase]
api_key="<<GOOGLE_API_KEY>>"
""",
    # Airflow variables export with a Slack token
    """{
  "report_channel": "#depot-night",
  "slack_bot_token": "<<SLACK_TOKEN>>",
  "retries": 3
}
""",
    # Spring properties with a password and a SendGrid key
    """spring.datasource.url=jdbc:postgresql://<<HOST>>:<<PORT>>/claims
spring.datasource.username=<<USER>>
spring.datasource.password=<<PASSWORD>>
app.mail.sendgrid-key=<<SENDGRID_API_KEY>>
""",
    # PHP config with a Twilio key
    """<?php
// <<COMMENT>>
define('SMS_PROVIDER', 'twilio');
define('TWILIO_API_KEY', '<<TWILIO_API_KEY>>');
""",
    # Rails mailer settings with a Mailgun key
    """config.action_mailer.delivery_method = :mailgun
config.action_mailer.mailgun_settings = {
  api_key: '<<MAILGUN_API_KEY>>',
  domain: 'mg.voltaria.fr'
}
""",
    # Dockerfile baking in a Stripe key
    """FROM node:22-alpine
WORKDIR /app
ENV STRIPE_SECRET_KEY=<<STRIPE_KEY>>
COPY . .
RUN npm ci && npm run build
""",
    # shell variable holding a deploy key
    """# <<COMMENT>>
DEPLOY_KEY='<<PRIVATE_KEY>>'
mkdir -p ~/.ssh && printf '%s\n' "$DEPLOY_KEY" > ~/.ssh/id_deploy && chmod 600 ~/.ssh/id_deploy
""",
    # JS client with a hard-coded JWT
    """const res = await fetch(`${BASE_URL}/api/bookings`, {
  headers: { Authorization: `Bearer <<JWT>>` },
});
""",
    # Python traceback carrying a customer's e-mail and IBAN
    """Traceback (most recent call last):
  File "/srv/app/payments/sepa.py", line 88, in build_mandate
    validate_iban(customer.iban)
payments.errors.InvalidMandate: customer=<<EMAIL>> iban=<<IBAN>> rejected by bank
""",
    # JSON log line with a tenant's name, phone and birth date
    """{"ts":"<<TIMESTAMP>>","level":"info","msg":"tenant created","tenant":{"name":"<<NAME>>","phone":"<<PHONE>>","born":"<<DOB>>"}}
""",
    # SQL fix-up of a customer's IBAN
    """-- <<COMMENT>>
UPDATE customers SET iban = '<<IBAN>>', updated_at = now()
WHERE customer_no = '<<CUSTOMER_NO>>';
""",
    # CSV export with a person and address
    """customer_no;name;address;phone
<<CUSTOMER_NO>>;<<NAME>>;"<<ADDRESS>>";<<PHONE>>
""",
    # Terraform provider with inline keys
    """provider "aws" {
  region     = "eu-central-1"
  access_key = "<<AWS_ACCESS_KEY>>"
  secret_key = "<<AWS_SECRET_KEY>>"
}
""",
    # git remote with a token in the URL
    """git remote set-url origin https://<<USER>>:<<GITHUB_TOKEN>>@github.com/pixelforge/netcode.git
git push origin release/<<VERSION>>
""",
    # Django cache with a password in the Redis URL
    """CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://:<<PASSWORD>>@<<HOST>>:6379/1",
    }
}
""",
    # access log with an e-mail in the query string
    """<<IP_INTERNAL>> - - <<TIMESTAMP>> "GET /api/v1/customers/lookup?email=<<EMAIL>> HTTP/1.1" 200 <<NUMBER>>
""",
    # R script with a database password
    """con <- DBI::dbConnect(RPostgres::Postgres(),
  host = "<<HOST>>", dbname = "cohort",
  user = "<<USER>>", password = "<<PASSWORD>>")
""",
    # crontab with a mysqldump password
    """# <<COMMENT>>
15 3 * * * mysqldump -u <<USER>> -p'<<PASSWORD>>' tenancy | gzip > /srv/backup/tenancy.sql.gz
""",
    # code owner comment with a person's contact
    """# Owner: <<NAME>> <<<EMAIL>>>
# <<COMMENT>>
def meter_reading_is_plausible(previous: int, current: int) -> bool:
    return 0 <= current - previous < 20_000
""",
]

CODE_CLEAN = [
    # Django settings reading the key from the environment
    """# <<COMMENT>>
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = env.bool("DEBUG", default=False)
""",
    # .env.example with empty values
    """APP_ENV=prod
APP_VERSION=<<VERSION>>
DATABASE_URL=
STRIPE_SECRET_KEY=
MAILGUN_API_KEY=<your-key-here>
""",
    # shell reading the password from a secret file
    """#!/usr/bin/env bash
export PGPASSWORD="$(cat /run/secrets/pg_password)"
pg_dump -h <<HOST>> -U <<USER>> billing > /srv/backup/billing_$(date +%F).sql
""",
    # curl with a token from the environment
    """curl -sS https://api.lagunatel.it/v2/lines/<<NUMBER>> \\
  -H "Authorization: Bearer ${API_TOKEN}"
""",
    # GitHub Actions using repository secrets
    """    env:
      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
      IMAGE_TAG: <<GITHASH>>
""",
    # Django password handling without a password
    """# <<COMMENT>>
user.set_password(form.cleaned_data["password1"])
user.password_changed_at = timezone.now()
user.save(update_fields=["password", "password_changed_at"])
""",
    # JS Stripe client from the environment
    """const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: "2024-06-20" });
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;
""",
    # Terraform with a variable and a generated password
    """resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "claims" {
  password = random_password.db.result
  engine_version = "16.4"
}
""",
    # SQL schema naming a password hash column
    """CREATE TABLE accounts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    api_key_last4 char(4)
);
""",
    # pinned requirements with hashes
    """django==5.2.7 \\
    --hash=sha256:<<SHA256>>
psycopg[binary]==3.2.10 \\
    --hash=sha256:<<SHA256>>
""",
    # Dockerfile pinned by digest
    """FROM python:3.12-slim@sha256:<<SHA256>>
ARG APP_VERSION=<<VERSION>>
RUN pip install --no-cache-dir -r requirements.txt
""",
    # structured log lines without people
    """<<TIMESTAMP>> INFO request_id=<<UUID>> route=/api/v1/meters status=200 duration_ms=<<NUMBER>>
<<TIMESTAMP>> WARN retrying upstream=<<HOST>>:<<PORT>> attempt=2 build=<<GITHASH>>
""",
    # traceback of a missing setting
    """Traceback (most recent call last):
  File "/srv/app/config/settings.py", line 41, in <module>
    STRIPE_API_KEY = os.environ["STRIPE_API_KEY"]
KeyError: 'STRIPE_API_KEY'
""",
    # Spring properties with placeholders
    """spring.datasource.url=jdbc:postgresql://<<HOST>>:<<PORT>>/claims
spring.datasource.password=${DB_PASSWORD}
app.mail.sendgrid-key=${SENDGRID_API_KEY}
""",
    # Ansible vars pointing at the vault
    """ansible_user: <<USER>>
ansible_become_password: "{{ vault_become_password }}"
smtp_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/smtp:password') }}"
""",
    # Godot project file without keys
    """[application]
config/name="Harbour Drift"
config/version="<<VERSION>>"
run/main_scene="res://scenes/dock.tscn"
""",
    # Helm values referencing an existing secret
    """postgresql:
  auth:
    existingSecret: claims-db
    secretKeys:
      userPasswordKey: password
image:
  tag: "<<VERSION>>"
""",
    # git history one-liners
    """<<GITHASH>> fix(auth): stop logging the api_key header
<<GITHASH>> chore: bump <<TECH>> to <<VERSION>>
<<GITHASH>> feat: password reset via e-mail link
""",
    # Python validation helper
    """PASSWORD_MIN_LENGTH = 12
TOKEN_PATTERN = re.compile(r"^(ghp|gho)_[A-Za-z0-9]{36}$")


def looks_like_token(value: str) -> bool:
    return bool(TOKEN_PATTERN.match(value))
""",
]
