"""Split ``fresh3``, code and configuration written whole (see ``generate.py``); comments in English unless marked."""

TEXTS: list[dict[str, str]] = [
    # -- with credentials or personal data -------------------------------------------------------------------
    {
        "kind": "code",
        "text": r"""# settings/local.py - DO NOT COMMIT (committed anyway, see incident 2025-11-03)
from .base import *  # noqa

DEBUG = True
SECRET_KEY = "⟦GENERIC_SECRET|django-insecure-s+ofjs0(#a)#zskyyn=^eta%8q+%@#b@w^fr*33y1j=#2on=6n⟧"
DATABASES["default"]["PASSWORD"] = "⟦PASSWORD|Pg-local-7731!⟧"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", ".ngrok-free.app"]
""",
    },
    {
        "kind": "code",
        "text": r"""# .env.production
APP_ENV=production
DATABASE_URL=postgres://billing:⟦PASSWORD|q7Lr2xWm9Tz4Vb⟧@pg-primary.internal:5432/billing
REDIS_URL=redis://:⟦PASSWORD|c4chePassw0rd-x1⟧@redis.internal:6379/0
STRIPE_SECRET_KEY=⟦STRIPE_KEY|sk_live_QozCwRFMd7pGkFr0b8ISR1W3⟧
SENTRY_DSN=
LOG_LEVEL=info
""",
    },
    {
        "kind": "code",
        "text": r"""import boto3

# TODO move to Secrets Manager before go-live
session = boto3.Session(
    aws_access_key_id="⟦AWS_ACCESS_KEY|AKIAKCFZZZRICDKNDR4F⟧",
    aws_secret_access_key="⟦AWS_SECRET_KEY|0Zaa+DaP/ez8UJKSRt/7afCKsZ3tHKU+HLWkoKwP⟧",
    region_name="eu-central-1",
)
s3 = session.client("s3")
s3.upload_file("report.csv", "acme-exports-prod", "2025/11/report.csv")
""",
    },
    {
        "kind": "code",
        "text": r"""# .github/workflows/release.yml
name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: ⟦GITHUB_TOKEN|ghp_yLiqMuUz8GdT7mFcYYx7NTi4CAHLG2Q9qcTj⟧   # temporary, replace with secrets.GH_TOKEN
    steps:
      - uses: actions/checkout@v4
      - run: gh release create "$GITHUB_REF_NAME" dist/*
""",
    },
    {
        "kind": "code",
        "text": r"""const { WebClient } = require("@slack/web-api");

// bot for #deploys, token from the old workspace
const slack = new WebClient("⟦SLACK_TOKEN|xoxb-35009452539-202115075336-8cHbxUEGC4temnqsyw6H2HV5⟧");

async function announce(version) {
  await slack.chat.postMessage({ channel: "#deploys", text: `Deployed ${version}` });
}

module.exports = { announce };
""",
    },
    {
        "kind": "code",
        "text": r"""from openai import OpenAI

client = OpenAI(api_key="⟦OPENAI_API_KEY|sk-mCvnjmbZ7yUnv5RlDiupjXjciKSWISfn9rtHaqMf9JAME6ov⟧")

def summarise(ticket_text: str) -> str:
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Summarise: {ticket_text}"}],
    )
    return response.choices[0].message.content
""",
    },
    {
        "kind": "code",
        "text": r"""$ curl -s https://api.internal.example/v2/orders/88123 \
    -H "Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5OTgyIiwiaWF0IjoxNzUxNDk0NzU3fQ.AsygFKj1D_1_EnDFzDemTCYjqNu22qX0cR8_msDriIs⟧" \
    -H "Accept: application/json"
{"id": 88123, "status": "shipped", "carrier": "DHL", "updated_at": "2025-11-28T09:14:07Z"}
""",
    },
    {
        "kind": "code",
        "text": r"""# group_vars/build.yml - deploy key for the build box, move into ansible-vault after the migration
deploy_user: builder
deploy_key_path: /home/builder/.ssh/id_ed25519
deploy_key: |
  ⟦PRIVATE_KEY|-----BEGIN OPENSSH PRIVATE KEY-----
  ujmBZR+TVK6fQ5RKkT8eFkhJMIo/UFHFWTd4Mm+hy61cwld3AolyvS4XA/EzO7TI
  84gH6PCjsCXvqf2hhGcj5rp717ld3VpeD7ccMq1Owp0lh3Wfhs1Jy3R9rtpbVhON
  mwGsb2A8ArW0w7KdWFNbT9lyT0PkSjjz4cDlZVGJh3S9JnKFsEfrPnsgxe/f/ZRR
  Hqqn12U5aVbkC7//6+otgB+Wnzy0IZIlhyyudj4mV/4B72WR
  -----END OPENSSH PRIVATE KEY-----⟧
""",
    },
    {
        "kind": "code",
        "text": r"""# appsettings.Development.json was copied here for the demo
{
  "ConnectionStrings": {
    "Blob": "DefaultEndpointsProtocol=https;AccountName=custdocsdev;AccountKey=⟦AZURE_KEY|/VnrU4B3zrzwAIObNQvjb6BcLH9HBriRTtAmuh6kAslm2f7zkKGuNWrMx2MlYnJdcdpaMHBRBEAOz8ffwd4OSA==⟧;EndpointSuffix=core.windows.net"
  },
  "Maps": { "ApiKey": "⟦GOOGLE_API_KEY|AIzautUENlTnx-5dFUEdxYFerWicWT_mqTPvdoL⟧" }
}
""",
    },
    {
        "kind": "code",
        "text": r"""-- seed data for the staging refund report (copied from prod, anonymise before sharing!)
INSERT INTO customers (id, full_name, email, phone, iban) VALUES
  (1041, '⟦PERSON|Henrike Lammers⟧', '⟦EMAIL_ADDRESS|henrike.lammers@gmx.de⟧', '⟦PHONE_NUMBER|+49 172 553 0918⟧', '⟦IBAN_CODE|DE71534161211529451785⟧'),
  (1042, '⟦PERSON|Radosław Szymański⟧', '⟦EMAIL_ADDRESS|r.szymanski@interia.pl⟧', '⟦PHONE_NUMBER|+48 503 118 274⟧', '⟦IBAN_CODE|PL31516693420128761237083450⟧');
""",
    },
    {
        "kind": "code",
        "text": r"""{"ts":"2025-11-29T07:41:12.338Z","level":"error","service":"checkout","trace_id":"4f1c9a2e7b3d4c10","msg":"payment declined","customer_email":"⟦EMAIL_ADDRESS|jonas.lindqvist@icloud.com⟧","card":"⟦CREDIT_CARD|4544-4377-1417-3886⟧","amount":129.0,"currency":"EUR"}
{"ts":"2025-11-29T07:41:12.402Z","level":"info","service":"checkout","trace_id":"4f1c9a2e7b3d4c10","msg":"retry scheduled","attempt":2}
""",
    },
    {
        "kind": "code",
        "text": r"""import requests

MAILGUN_DOMAIN = "mg.parcelnorth.eu"

def send_delay_notice(to: str, order_id: str) -> None:
    requests.post(
        f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", "⟦API_KEY|key-a4753314bd336b7d624c5cedc9ce1337⟧"),
        data={"from": "Parcel North <noreply@parcelnorth.eu>", "to": to, "subject": f"Order {order_id} delayed"},
        timeout=10,
    )
""",
    },
    {
        "kind": "code",
        "text": r"""# Dockerfile
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ENV PGPASSWORD=⟦PASSWORD|w1nterB0ttle_88⟧
ENV SENDGRID_API_KEY=⟦API_KEY|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⟧
COPY . .
CMD ["gunicorn", "app.wsgi:application", "-b", "0.0.0.0:8000"]
""",
    },
    {
        "kind": "code",
        "language": "de",
        "text": r"""// Zahlungsdienst: Testschlüssel nur lokal verwenden!
import Stripe from "stripe";

// TODO: vor dem Livegang in den Vault verschieben (Ticket PAY-412)
const stripe = new Stripe("⟦STRIPE_KEY|rk_live_WhuI9KnraSqISiNTzDbdkeja⟧", { apiVersion: "2024-06-20" });

export async function refund(chargeId: string): Promise<void> {
  await stripe.refunds.create({ charge: chargeId });
}
""",
    },
    {
        "kind": "code",
        "text": r"""Traceback (most recent call last):
  File "/srv/app/jobs/import_members.py", line 88, in <module>
    main()
  File "/srv/app/jobs/import_members.py", line 61, in main
    row = validate(raw)
  File "/srv/app/jobs/validate.py", line 23, in validate
    raise ValueError(f"member under 16: {raw['name']} born {raw['dob']}")
ValueError: member under 16: ⟦PERSON|Maximilian Brandtner⟧ born ⟦DATE_OF_BIRTH|2011-04-17⟧
""",
    },
    {
        "kind": "code",
        "text": r"""# ~/.pgpass on the reporting VM
pg-replica.internal:5432:analytics:report_ro:⟦PASSWORD|Ana1ytics-RO-2025⟧
""",
    },
    # -- clean -----------------------------------------------------------------------------------------------
    {
        "kind": "code",
        "text": r"""import os

from django.conf import settings

STRIPE_API_KEY = os.environ.get("STRIPE_API_KEY", "")
DB_PASSWORD = os.environ["DB_PASSWORD"]


def payment_client():
    if not STRIPE_API_KEY:
        raise RuntimeError("STRIPE_API_KEY is not set")
    return settings.PAYMENTS_BACKEND(api_key=STRIPE_API_KEY)
""",
    },
    {
        "kind": "code",
        "text": r"""from django.contrib.auth.hashers import make_password


def reset_password(user, raw_password: str) -> None:
    # Hash before saving: the raw value never touches the database.
    user.password = make_password(raw_password)
    user.save(update_fields=["password"])
""",
    },
    {
        "kind": "code",
        "text": r"""// config.ts
export const config = {
  apiBaseUrl: process.env.API_BASE_URL ?? "http://localhost:3000",
  paymentsKey: process.env.PAYMENTS_API_KEY,
  sentryDsn: process.env.SENTRY_DSN,
  featureFlags: { newCheckout: process.env.FEATURE_NEW_CHECKOUT === "true" },
};
""",
    },
    {
        "kind": "code",
        "text": r"""# terraform/rds.tf
resource "aws_db_instance" "main" {
  identifier          = "orders-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.m6g.large"
  username            = var.db_username
  password            = var.db_password
  deletion_protection = true
}
""",
    },
    {
        "kind": "code",
        "text": r"""# docker-compose.yml
services:
  web:
    image: ghcr.io/acme/shop:2.14.0
    env_file: .env
    depends_on: [db, redis]
    ports: ["8000:8000"]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  redis:
    image: redis:7-alpine
secrets:
  db_password:
    file: ./secrets/db_password.txt
""",
    },
    {
        "kind": "code",
        "text": r"""SELECT o.id, o.created_at, c.country, SUM(l.quantity * l.unit_price) AS total
FROM orders o
JOIN customers c ON c.id = o.customer_id
JOIN order_lines l ON l.order_id = o.id
WHERE o.created_at >= DATE '2025-10-01'
GROUP BY o.id, o.created_at, c.country
ORDER BY total DESC
LIMIT 50;
""",
    },
    {
        "kind": "code",
        "text": r"""commit 9f3c2a1e7d4b8c6f05e1a2b3c4d5e6f708192a3b
Author: release-bot <release-bot@users.noreply.github.com>
Date:   Fri Nov 28 16:02:44 2025 +0000

    Bump version to 3.8.1 (fixes #2291, #2304)

 pyproject.toml | 2 +-
 CHANGELOG.md   | 6 ++++++
""",
    },
    {
        "kind": "code",
        "text": r"""#!/usr/bin/env bash
set -euo pipefail
# Nightly backup: the password comes from the environment, never from this file.
: "${PGPASSWORD:?PGPASSWORD must be set}"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
pg_dump -h "$PGHOST" -U "$PGUSER" -Fc orders > "/backups/orders-$stamp.dump"
find /backups -name 'orders-*.dump' -mtime +14 -delete
""",
    },
    {
        "kind": "code",
        "text": r"""{"ts":"2025-11-30T12:00:01.004Z","level":"info","service":"gateway","request_id":"7d2f0c8e-4b1a-4e36-9a55-1c0f3e2b8d71","route":"/v1/chat","model":"claude-3-5-sonnet","latency_ms":842,"status":200}
{"ts":"2025-11-30T12:00:01.311Z","level":"warn","service":"gateway","request_id":"b81e6f4a-2c9d-4f0e-8d13-77a2c5e1f904","route":"/v1/chat","model":"mistral-large-2411","latency_ms":5210,"status":504,"upstream":"eu-west"}
""",
    },
    {
        "kind": "code",
        "text": r"""class PasswordResetForm(forms.Form):
    email = forms.EmailField(label="Email address")

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].lower()
        if not User.objects.filter(email=email, is_active=True).exists():
            # Same message either way: do not reveal which addresses have accounts.
            pass
        return email
""",
    },
    {
        "kind": "code",
        "text": r"""# k8s/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: api
          image: registry.example.eu/api:1.42.7
          env:
            - name: OPENAI_API_KEY
              valueFrom:
                secretKeyRef: {name: llm-keys, key: openai}
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: db, key: url}
""",
    },
    {
        "kind": "code",
        "text": r"""Traceback (most recent call last):
  File "/usr/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/srv/shop/orders/views.py", line 142, in checkout
    order = Order.objects.get(pk=order_id)
orders.models.Order.DoesNotExist: Order matching query does not exist.
[2025-11-30 08:12:55,201] ERROR django.request: Internal Server Error: /checkout/40219/
""",
    },
    {
        "kind": "code",
        "text": r"""import { useState } from "react";

export function Counter({ start = 0 }: { start?: number }) {
  const [count, setCount] = useState(start);
  return <button onClick={() => setCount(count + 1)}>Clicked {count} times</button>;
}
""",
    },
    {
        "kind": "code",
        "text": r"""# .env.example - copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
SECRET_KEY=change-me
OPENAI_API_KEY=
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
""",
    },
    {
        "kind": "code",
        "language": "de",
        "text": r"""def netto_betrag(brutto: Decimal, steuersatz: Decimal = Decimal("0.19")) -> Decimal:
    # Rundung kaufmännisch auf zwei Stellen, wie in der Rechnung ausgewiesen
    return (brutto / (1 + steuersatz)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
""",
    },
    {
        "kind": "code",
        "text": r"""CREATE TABLE audit_events (
    id          BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor_id    UUID NOT NULL,
    action      TEXT NOT NULL,
    payload_sha256 CHAR(64) NOT NULL
);
CREATE INDEX audit_events_occurred_at ON audit_events (occurred_at);
""",
    },
    {
        "kind": "code",
        "text": r"""$ pip install -r requirements.txt
Collecting django==5.2.8
  Downloading Django-5.2.8-py3-none-any.whl (8.3 MB)
Collecting psycopg[binary]==3.2.3
Successfully installed asgiref-3.8.1 django-5.2.8 psycopg-3.2.3 sqlparse-0.5.1
""",
    },
]
