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

MOLLIE_API_KEY = os.environ.get("MOLLIE_API_KEY", "")
DB_PASSWORD = os.environ["DB_PASSWORD"]


def payment_client():
    if not MOLLIE_API_KEY:
        raise RuntimeError("MOLLIE_API_KEY is not set")
    return settings.PAYMENTS_BACKEND(api_key=MOLLIE_API_KEY)
""",
    },
    {
        "kind": "code",
        "text": r"""from django.contrib.auth.hashers import make_password


def set_new_password(user, new_password: str) -> None:
    # Hash before saving: the raw value never touches the database.
    user.password = make_password(new_password)
    user.save(update_fields=["password"])
""",
    },
    {
        "kind": "code",
        "text": r"""// config.ts
export const config = {
  apiBaseUrl: process.env.API_BASE_URL ?? "http://localhost:3000",
  paymentsKey: process.env.BILLING_API_TOKEN,
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
  password            = var.rds_master_password
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
    {
        "kind": "code",
        "text": r"""// sms.js - appointment reminders for the physio practice
const twilio = require("twilio");

const client = twilio("AC3f9e2b7c1d8a4e6f0b5c9d2e7a1f4b8c", "⟦API_KEY|0002ff2f6449ddf51a6124e22354713a⟧");

async function remind(to, when) {
  return client.messages.create({ from: "PhysioMitte", to, body: `Reminder: your appointment is on ${when}.` });
}
""",
    },
    {
        "kind": "code",
        "text": r"""#!/bin/sh
# mirror-repos.sh - runs from cron on the backup host
export GITHUB_TOKEN=⟦GITHUB_TOKEN|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⟧
for repo in api web infra; do
  git -C "/srv/mirror/$repo.git" remote update --prune
done
""",
    },
    {
        "kind": "code",
        "text": r"""# .env (local dev laptop)
LLM_PROVIDER=openai
OPENAI_API_KEY=⟦OPENAI_API_KEY|sk-proj--hRumXBy9wKJ7yn8qASpF6BKE4UZ9iTLXc_RfSAhIH2kLZBSRlhA7wkVK4eaJn6CAlHoS6r9HN⟧
OPENAI_MODEL=gpt-4.1-mini
FALLBACK_MODEL=mistral-small-latest
""",
    },
    {
        "kind": "code",
        "text": r"""{"time":"2025-11-27T03:12:44Z","level":"debug","logger":"http.client","method":"GET","url":"https://reports.internal/api/v1/export?month=2025-10","headers":{"Authorization":"Basic ⟦PASSWORD|c3ZjX3JlcG9ydHM6SHg3IW1QcTJacjl3THM=⟧","User-Agent":"report-sync/1.4.2"}}
{"time":"2025-11-27T03:12:45Z","level":"info","logger":"report-sync","msg":"export downloaded","rows":18231,"duration_ms":912}
""",
    },
    {
        "kind": "code",
        "text": r"""# alertmanager.yml
route:
  receiver: ops-slack
  group_by: [alertname, cluster]
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: ⟦SLACK_TOKEN|xoxp-61999201639-174337248494-OsuvQqqpI7g2zs9cW5HRCZSr⟧
        channel: "#ops-alerts"
""",
    },
    {
        "kind": "code",
        "text": r"""<!-- app/src/main/res/values/strings.xml -->
<resources>
    <string name="app_name">Depot Finder</string>
    <string name="maps_api_key">⟦GOOGLE_API_KEY|AIzaAove8siacX7A_BEXC-Vm5tOSCwdvIKA-t-f⟧</string>
    <string name="search_hint">Search by postcode or city</string>
</resources>
""",
    },
    {
        "kind": "code",
        "text": r"""# ~/.aws/credentials
[default]
region = eu-west-1

[prod-admin]
aws_access_key_id = ⟦AWS_ACCESS_KEY|ASIAUREEVNDQ6MD774VS⟧
aws_secret_access_key = ⟦AWS_SECRET_KEY|dmsrtinW82xpOn1SDCVtGEJMWfylAq0jH2Se4l9X⟧
""",
    },
    {
        "kind": "code",
        "text": r"""import pytest

# Token copied from a staging session so the test can hit the real API. Replace with a fixture!
STAGING_TOKEN = "⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyMjkxMyIsImlhdCI6MTc1NDM3NjUxMn0.J_DAgnOiW1ahyolJa-987F7nlAPErnn8P1GOEYl98Sm⟧"


@pytest.fixture
def auth_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {STAGING_TOKEN}"}
""",
    },
    {
        "kind": "code",
        "text": r"""java.lang.IllegalStateException: Duplicate customer record for ⟦EMAIL_ADDRESS|b.okafor@eircom.net⟧ (ids 88231, 90114)
	at eu.shopcore.customers.CustomerMerger.merge(CustomerMerger.java:142)
	at eu.shopcore.customers.ImportJob.run(ImportJob.java:67)
	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)
	at java.base/java.lang.Thread.run(Thread.java:833)
""",
    },
    {
        "kind": "code",
        "text": r"""// test/setup.ts - shared by the payment tests
process.env.STRIPE_SECRET_KEY = "⟦STRIPE_KEY|sk_test_a2UEdZD0tU4lw6jXrNnAT4xn16BunUois6im9s0I0LYA1Fknkv9prSbds2NLMhBF5M4lHGJ9FsKramRs1gpsDAK9XMCJem6aFTE⟧";
process.env.STRIPE_WEBHOOK_SECRET = process.env.CI_STRIPE_WEBHOOK_SECRET ?? "";
""",
    },
    {
        "kind": "code",
        "text": r"""package config

import (
	"fmt"
	"os"
)

// Load reads the database settings; the password only ever comes from the environment or a mounted file.
func Load() (string, error) {
	password := os.Getenv("DB_PASSWORD")
	if path := os.Getenv("DB_PASSWORD_FILE"); path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("read DB_PASSWORD_FILE: %w", err)
		}
		password = string(raw)
	}
	return fmt.Sprintf("postgres://app:%s@db:5432/app?sslmode=require", password), nil
}
""",
    },
    {
        "kind": "code",
        "text": r"""# .github/workflows/deploy.yml
jobs:
  deploy:
    runs-on: ubuntu-24.04
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy-prod
          aws-region: eu-central-1
      - run: ./scripts/deploy.sh
        env:
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""",
    },
    {
        "kind": "code",
        "text": r"""-- 0042_add_password_reset.sql
ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN password_changed_at TIMESTAMPTZ;
CREATE TABLE password_reset_tokens (
    token_sha256 CHAR(64) PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at   TIMESTAMPTZ NOT NULL
);
""",
    },
    {
        "kind": "code",
        "text": r"""server {
    listen 443 ssl http2;
    server_name portal.example.eu;

    ssl_certificate     /etc/letsencrypt/live/portal.example.eu/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/portal.example.eu/privkey.pem;

    location /api/ {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header X-Request-ID $request_id;
        proxy_read_timeout 30s;
    }
}
""",
    },
]
