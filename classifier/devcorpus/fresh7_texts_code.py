"""Hand-written code, config and log texts of the ``fresh7`` split, about half of them with credentials.

Placeholders such as ``<your-token>``, ``xxxx`` and ``changeme`` are not credentials and stay unlabelled;
real-looking values are labelled. Hashes, UUIDs, commit and trace ids, key ids and env-var names without
values are look-alikes.
"""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- with credentials ----------------------------------------------------------------------------------------
    {
        "kind": "code",
        "text": """why does this panic with 'too many connections' under load? go 1.22

package config

import (
	"database/sql"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const defaultDSN = "postgres://courier_api:⟦PASSWORD|Rv7#qLm2!Tz9wKd⟧@db-courier.internal:5432/dispatch?sslmode=require"

func OpenDB() (*sql.DB, error) {
	db, err := sql.Open("pgx", defaultDSN)
	if err != nil {
		return nil, err
	}
	db.SetConnMaxLifetime(0)
	return db, nil
}""",
    },
    {
        "kind": "code",
        "text": """Convert this config.toml of our Rust billing service into environment variables for the container:

[server]
bind = "0.0.0.0:8080"
workers = 4

[stripe]
secret_key = "⟦STRIPE_KEY|sk_live_51m8lQ3J4QCInyYccLIbQu8rr6Cc6GWIYDEA8LDRa4Y6jH2V⟧"
webhook_tolerance_secs = 300

[smtp]
host = "smtp.mailrelay.eu"
port = 587
username = "billing@solaris-panels.example"
password = "⟦PASSWORD|m4ilR3lay-Oct25!⟧"
""",
    },
    {
        "kind": "code",
        "text": """# application-prod.properties  (pharmacy order service)
server.port=8443
spring.datasource.url=jdbc:postgresql://pg-orders.prod:5432/orders
spring.datasource.username=orders_rw
spring.datasource.password=⟦PASSWORD|Nk8$vz2Q!pWx7uLe⟧
spring.jpa.hibernate.ddl-auto=validate
sendgrid.api-key=⟦API_KEY|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⟧
sendgrid.from=no-reply@apotheek-direct.example
management.endpoints.web.exposure.include=health,info""",
    },
    {
        "kind": "code",
        "text": """I ran `bin/rails credentials:show` and got this, is the format right for Active Storage on S3?

secret_key_base: ⟦GENERIC_SECRET|d8eac43f56acbfc96ee1c7cd005e507f81155e2953511cfc7b9a18f2d8b1c3b2130a7d6d77fe1178f606d4c9f0158fa94acf8025f4b8ac7d064bc710342ca176⟧
aws:
  access_key_id: ⟦AWS_ACCESS_KEY|AKIAG32PMBMBSUH6N4OK⟧
  secret_access_key: ⟦AWS_SECRET_KEY|ImrlB9/cXfQH/b6GzxZUtnS947DGwG3Vlhc7ksRi⟧
  region: eu-west-3
  bucket: notaire-actes-prod""",
    },
    {
        "kind": "code",
        "text": """# inventory/production.ini - coworking café POS and kiosk hosts
[pos]
pos-ruzafa-01 ansible_host=10.20.1.11
pos-ruzafa-02 ansible_host=10.20.1.12

[kiosk]
kiosk-bellecour ansible_host=10.30.4.20

[all:vars]
ansible_user=deploy
ansible_password=⟦PASSWORD|Sunfl0wer#Depot88⟧
ansible_become_password=⟦PASSWORD|Sunfl0wer#Depot88⟧
ansible_python_interpreter=/usr/bin/python3""",
    },
    {
        "kind": "code",
        "text": """# values-prod.yaml for the interpreter-booking assistant
replicaCount: 2
image:
  repository: registry.example.eu/interp/assistant
  tag: "2.7.1"
llm:
  provider: openai
  model: gpt-4o-mini
  apiKey: "⟦OPENAI_API_KEY|sk-proj-RY_hl_TuC8w7Xu5I-675jNZ8lCjaIW-ZvDQedrAT85dxgRe2T3BlbkFJpqMKEoR6HKdG5PAccwztmDEVaeO4oTqbFzAwgeJ4SM99pKkT⟧"
resources:
  limits:
    memory: 512Mi""",
    },
    {
        "kind": "code",
        "text": """This workflow fails with 'Bad credentials' on the release step, what's wrong?

name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: ⟦GITHUB_TOKEN|ghp_4bNzARvl7R2xGXBX2IP5WJvDZZmot4wUXKBD⟧
    steps:
      - uses: actions/checkout@v4
      - run: gh release create "$GITHUB_REF_NAME" --generate-notes""",
    },
    {
        "kind": "code",
        "language": "de",
        "text": """Warum sagt die AWS CLI 'InvalidClientTokenId'? Meine ~/.aws/credentials:

[default]
aws_access_key_id = ⟦AWS_ACCESS_KEY|AKIAKDOK7ZY3R37OLFUA⟧
aws_secret_access_key = ⟦AWS_SECRET_KEY|f0hIF8wC8lSsX2J+IV8LY7iPKJlrnIzhXm2dQi2O⟧

[solar-monitoring]
role_arn = arn:aws:iam::418273645091:role/monitoring-readonly
source_profile = default""",
    },
    {
        "kind": "code",
        "text": """// appsettings.Production.json (debt-collection letters service)
{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=stletterseuw;AccountKey=⟦AZURE_KEY|TPWS/cpYMJt1weDCeGMQ9pBK76xbdk508QGG1E9/Vy9iFuGACLEPwgmb+wcKaIJt8OZZgKd6ayrh4JceguOf/g==⟧;EndpointSuffix=core.windows.net",
    "Container": "outgoing-letters"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}""",
    },
    {
        "kind": "code",
        "text": r"""gcloud says "invalid_grant: Invalid JWT Signature" with this key file, do I need a new one?

{
  "type": "service_account",
  "project_id": "fertility-scheduler-prod",
  "private_key_id": "617e0d78c145ffa51bcf860da86c32b961933598",
  "private_key": "⟦PRIVATE_KEY|-----BEGIN PRIVATE KEY-----\nsVrAgMMGD0SfYzlzlDwFKhvT9TT5EBqC6E7UV4W1ZWBGlI8h110THoRpRQFC3OBv\n+JsT39TmDF8PkZg9UnYaeVzD0dX0x7xzMM49GZNPEKRNkiqm7328ejF0i6S2FsZW\nz9HKR1rLWWAUSPB/JcthnSOErVFZbqieVuTYHx7ZpbiHlGlQiYhYPvY9McJidfFi\nHJwFcGHxC8TJvL7yASbLh0v7dLkygt9MKUvXXtoVhmCUOsRbtS2mtfz4xwIDJxnJ\nueRZRVW1aLjOGK3JJVjAt9eVJXAiPiRLBjFiChdCucMlRq/O1wFIcLbQ/dkv5ugp\nLb3AnzwymkQWDayWMAsAg8oVQdVBhs/0LTclmYYH/G5P1Rre72rUus3sLBgsf29R\ncuRCmjgADFrzHTx7HQd6mLu9vSUqNSEgaxbbVrY4AS4RuAsHWHmj89XF8ERUt/el\nS3tnQNwxNcXjclQmsJ1sgcDSoDuED2cwCzMvsf4kndI3+ulhlbWKsPpMLT8damc9\nibLxMF1MI+Q8LdZOmG/bW2mFfkFgfX2zp36zxOvDb/tDClbm\n-----END PRIVATE KEY-----⟧\n",
  "client_email": "scheduler@fertility-scheduler-prod.iam.gserviceaccount.com",
  "client_id": "104889203375516620941",
  "token_uri": "https://oauth2.googleapis.com/token"
}""",
    },
    {
        "kind": "code",
        "text": """# .env.production  - courier platform workers
APP_ENV=production
REDIS_URL=redis://:⟦PASSWORD|c9Fh2LzQwe8RtY4kP0s⟧@cache-01.internal:6379/2
AMQP_URL=amqps://orders:⟦PASSWORD|Amqp_0rd3rs!2025x⟧@mq.internal:5671/couriers
TWILIO_API_KEY=⟦API_KEY|SKa7ce0fce4a0d82032e1342545b072f45⟧
SENTRY_DSN=
LOG_LEVEL=info""",
    },
    {
        "kind": "code",
        "text": """#!/usr/bin/env bash
# nightly backup of the notary archive, posts result to #ops
set -euo pipefail
WEBHOOK="⟦SLACK_TOKEN|https://hooks.slack.com/services/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⟧"
if restic backup /srv/archive --tag nightly; then
  curl -s -X POST -H 'Content-type: application/json' --data '{"text":"archive backup ok"}' "$WEBHOOK"
else
  curl -s -X POST -H 'Content-type: application/json' --data '{"text":"archive backup FAILED"}' "$WEBHOOK"
fi""",
    },
    {
        "kind": "code",
        "text": """ssh says 'invalid format' for this key, did I copy it wrong?

⟦PRIVATE_KEY|-----BEGIN OPENSSH PRIVATE KEY-----
y2SYeYgoOrMNamyTRobJmBdccLyFDXr7XwwLavjBUBn2IQx6YFjQ2hBLvFgx/+tdMDTcgk
AI6fjpsxD+8cY1gzB4gzimtEBIbWp+WOkSQGhbqbEfXwvn7IRdLNrY0a0Ygkj9lkGyFZgF
RkaZeBstQKl5iWQBof8ka898w6DDz0u413zRQftBBAzu+DeW7gY561Ya/1yCs79iZpq8Oa
IXaCPd/Afg8zFqcjkk5gr21Muw3y/SpLy+G0L83S7NdISzL2N/vY/Sroj5XWyq46gqoD+p
wRq1IW9PT6fz9mpiYBFRQlWHv5JK72+9rOdZOpvSBxVH7JLs8DWDlVukyLjCIAM2iQWlbD
MpmJ33Q2E0G6cAC3poAuh28p7p+Am94q/zuqtMGOHi6vTWCrK9
-----END OPENSSH PRIVATE KEY-----⟧""",
    },
    {
        "kind": "code",
        "text": """Can you tell from these logs why the courier app gets 401s?

2025-11-28T18:42:07.114Z INFO  gateway req_id=0a0ce554ce64c3df4286520e24d013d4 POST /v2/orders/accept status=401 latency_ms=12
2025-11-28T18:42:07.115Z DEBUG gateway headers={"authorization":"Bearer ⟦JWT|eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImstMjAyNS0xMSJ9.eyJzdWIiOiJjb3VyaWVyOjU1MTAyIiwiaXNzIjoiaHR0cHM6Ly9hdXRoLnJpZGV3ZWxsLmFwcCIsImV4cCI6MTc2NDUwMjgwMCwic2NvcGUiOiJvcmRlcnM6cmVhZCBvcmRlcnM6YWNjZXB0In0.nBEEDdsfQHMHiD-XXVS4DEZX7cXfu5eqxeYg43rboAZc9ghxZMTmMt54-3NOKtHmcOAyyI6xnXNjSGd2zMylNA⟧","user-agent":"Ridewell/4.12.0 (Android 14)"}
2025-11-28T18:42:07.115Z WARN  auth token expired exp=1764502800 now=1764355327 sub=courier:55102""",
    },
    {
        "kind": "code",
        "text": """these two calls work locally but not from the CI runner, ideas?

curl "https://maps.googleapis.com/maps/api/geocode/json?address=Carrer+de+Sueca+12+Valencia&key=⟦GOOGLE_API_KEY|AIza-zhUs3b8xATTBJWs2iyg5ptnEx58N-ByjKW⟧"

curl -s --user 'api:⟦API_KEY|key-af1220c10f3c80e6b13f196b7e7f9534⟧' https://api.eu.mailgun.net/v3/mg.rental-desk.example/messages \\
  -F from='Desk <desk@mg.rental-desk.example>' -F to='ops@rental-desk.example' -F subject='test' -F text='hello'""",
    },
    {
        "kind": "code",
        "text": """# bot.py - posts new volunteer sign-ups to the campaign channel
import os
from slack_sdk import WebClient

client = WebClient(token="⟦SLACK_TOKEN|xoxb-260707529241-1058891185920-eDFrel1qViUIUObnYYFCWIGP⟧")
CHANNEL = os.environ.get("SIGNUP_CHANNEL", "#volunteers")

def announce(count: int) -> None:
    client.chat_postMessage(channel=CHANNEL, text=f"{count} new volunteers this week")""",
    },
    # -- without credentials -------------------------------------------------------------------------------------
    {
        "kind": "code",
        "text": """// config.go - everything comes from the environment
type Config struct {
	DatabaseURL string `env:"DATABASE_URL,required"`
	RedisURL    string `env:"REDIS_URL" envDefault:"redis://localhost:6379/0"`
	StripeKey   string `env:"STRIPE_SECRET_KEY,required"`
	HTTPAddr    string `env:"HTTP_ADDR" envDefault:":8080"`
}

func Load() (Config, error) {
	var c Config
	return c, env.Parse(&c)
}""",
    },
    {
        "kind": "code",
        "text": """# config.example.toml - copy to config.toml and fill in
[api]
base_url = "https://api.example.com"
token = "<your-token>"

[smtp]
password = "xxxx"
""",
    },
    {
        "kind": "code",
        "text": """# application.properties (committed) - secrets are injected at deploy time
spring.datasource.url=${DB_URL}
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
feature.fraud-score.threshold=0.82
feature.fraud-score.model=porthos-v3""",
    },
    {
        "kind": "code",
        "text": """Explain what existingSecret does in this Helm chart:

postgresql:
  auth:
    username: clinic
    database: appointments
    existingSecret: clinic-db-credentials
    secretKeys:
      userPasswordKey: password
ingress:
  enabled: true
  hosts:
    - host: bookings.ortho-smile.example""",
    },
    {
        "kind": "code",
        "text": """name: deploy
on: workflow_dispatch
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::902115873364:role/gha-deploy
          aws-region: eu-central-1
      - run: ./scripts/deploy.sh
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}""",
    },
    {
        "kind": "code",
        "text": """# ~/.aws/config
[profile rental-prod]
sso_start_url = https://rentaldesk.awsapps.com/start
sso_region = eu-west-1
sso_account_id = 511209384472
sso_role_name = ReadOnly
region = eu-west-1
output = json""",
    },
    {
        "kind": "code",
        "text": """# tests/conftest.py - fixtures for the booking API (fake data only)
import pytest

@pytest.fixture
def admin_client(client):
    client.login(username="admin", password="changeme")
    return client

@pytest.fixture
def booking():
    return {"ref": "TEST-0001", "tour": "DEMO-TOUR", "pax": 2, "notes": "lorem ipsum"}""",
    },
    {
        "kind": "code",
        "text": """// checksums of the firmware images we accept from the inverter vendor
pub const FIRMWARE_SHA256: [(&str, &str); 2] = [
    ("3.4.1", "613e6bdc36ad8faa87cf595d2c11aa9d356ef2ddd2335976553395e5a3952668"),
    ("3.5.0", "03c8816cebc7fd830f56d63a449b1d284e3642bb65e88616122e5b09e1949c82"),
];
pub const FLEET_NAMESPACE: &str = "24e98612-8ca1-4fd6-ba80-f7f3ee699e73";""",
    },
    {
        "kind": "code",
        "text": """{"ts":"2025-11-29T07:15:02Z","level":"error","svc":"payout-worker","trace_id":"0a0ce554ce64c3df4286520e24d013d4","span_id":"9c41e07ab2d3f615","job":"weekly-payouts","batch":"d37f3534-fdba-4ce8-9bd4-b5e19e6f7bc6","msg":"bank API timeout after 30s, retry 2/5","commit":"b8da0b36e606e51e96c5500a6bd4745e3f2a9345"}""",
    },
    {
        "kind": "code",
        "text": """services:
  api:
    image: ghcr.io/example/union-helpline-api:1.9.0
    environment:
      - DATABASE_URL
      - OPENAI_API_KEY
      - SESSION_SECRET
    ports: ["8000:8000"]
  worker:
    image: ghcr.io/example/union-helpline-api:1.9.0
    command: ["python", "-m", "worker"]""",
    },
    {
        "kind": "code",
        "text": """# config/database.yml
production:
  adapter: postgresql
  url: <%= ENV.fetch("DATABASE_URL") %>
  pool: <%= ENV.fetch("RAILS_MAX_THREADS", 5) %>
  password: <%= Rails.application.credentials.dig(:db, :password) %>""",
    },
    {
        "kind": "code",
        "text": """# group_vars/parish_web.yml
nginx_server_name: parafia-swjadwigi.example
php_version: "8.3"
db_name: wordpress
db_user: wp_parish
db_password: "{{ vault_db_password }}"
backup_cron: "15 3 * * *\"""",
    },
    {
        "kind": "code",
        "text": """what does this mean? happens when the CSV has an empty line

thread 'main' panicked at src/import.rs:88:41:
called `Result::unwrap()` on an `Err` value: ParseIntError { kind: Empty }
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
error: process didn't exit successfully: `target/debug/rota-import bookings_2025-11.csv` (exit status: 101)""",
    },
]
