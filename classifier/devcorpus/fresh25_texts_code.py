"""Hand-written code texts of the fresh25 split: donor CRMs, mailing lists, newsroom CMS, surveys, dues billing, event ticketing."""

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "text": """# .env – donorbase (production) – DO NOT COMMIT
DJANGO_DEBUG=false
DJANGO_SECRET_KEY=⟦GENERIC_SECRET|v=js5$$gj%zh+lu1ym9)t+(^goqmverh2v9(@-wb*7nik=acbf⟧
DATABASE_URL=postgres://donorbase:⟦PASSWORD|Gl0ckenturm!Spende⟧@pg-donors.internal:5432/donorbase
STRIPE_SECRET_KEY=⟦STRIPE_KEY|sk_live_XRm79Yf8xUeBJzO8z7tnPTDuviyUuyXq⟧
MAILCHIMP_API_KEY=⟦API_KEY|f2c037045fa7ff014c76629f3ec2e821-us21⟧
MAILCHIMP_LIST_ID=8c1f0d2ab4
GIFT_AID_ENABLED=true""",
    },
    {
        "kind": "code",
        "text": """# donorbase/settings/production.py
import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {"default": env.db("DATABASE_URL")}  # noqa: F405
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
MAILCHIMP = {
    "API_KEY": os.environ.get("MAILCHIMP_API_KEY", ""),
    "LIST_ID": os.environ.get("MAILCHIMP_LIST_ID", ""),
}
ALLOWED_HOSTS = ["donate.example.org", "crm.example.org"]
CSRF_TRUSTED_ORIGINS = ["https://donate.example.org"]""",
    },
    {
        "kind": "code",
        "text": """# .github/workflows/publish.yml – newsroom static build
name: publish
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: ⟦AWS_ACCESS_KEY|AKIAUSCOROHEHEYDRNUB⟧
      AWS_SECRET_ACCESS_KEY: ⟦AWS_SECRET_KEY|LBnruFl7RO7wES/J93yuSAVmvjYnMBhgmO4jOtMc⟧
      AWS_REGION: eu-west-2
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: aws s3 sync ./dist s3://bugle-frontpage --delete
      - run: aws cloudfront create-invalidation --distribution-id E2QK7Z1ARTX9 --paths "/*\"""",
    },
    {
        "kind": "code",
        "text": """name: publish-staging
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: ${{ secrets.STAGING_DEPLOY_ROLE_ARN }}
          aws-region: eu-west-2
      - run: npm ci && npm run build -- --mode staging
      - run: aws s3 sync ./dist s3://${{ vars.STAGING_BUCKET }} --delete
      - name: notify
        run: curl -s -X POST -H 'Content-type: application/json' --data '{"text":"staging published"}' "${{ secrets.SLACK_WEBHOOK_URL }}\"""",
    },
    {
        "kind": "code",
        "text": """# infra/survey/storage.tf
resource "azurerm_storage_account" "responses" {
  name                     = "pollpanelresponses"
  resource_group_name      = azurerm_resource_group.survey.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

# temporary: export job can't read Key Vault yet (ticket OPS-311)
locals {
  responses_access_key = "⟦AZURE_KEY|q98qCsE1MfrmEmsATVKmui7gR5Wzy+H5v8WIKzP/mAhaWz5uW2Hfd7x6lU7G7HNJlUVFLCc+Kv0yZInvzDahkw==⟧"
}""",
    },
    {
        "kind": "code",
        "text": """# infra/ticketing/db.tf
variable "db_admin_user" {
  type    = string
  default = "ticketing_admin"
}

resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "ticketing" {
  identifier        = "ticketing-prod"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t4g.medium"
  username          = var.db_admin_user
  password          = random_password.db.result
  storage_encrypted = true
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}""",
    },
    {
        "kind": "code",
        "text": """apiVersion: v1
kind: Secret
metadata:
  name: newsdesk-alerts
  namespace: cms
type: Opaque
stringData:
  SLACK_BOT_TOKEN: "⟦SLACK_TOKEN|xoxb-92209880235-040328210373-pqAKTj4y5RIANBoNGUaK72oJ⟧"
  SLACK_CHANNEL: "#breaking-desk"
  SENDGRID_API_KEY: "⟦API_KEY|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⟧\"""",
    },
    {
        "kind": "code",
        "text": """apiVersion: apps/v1
kind: Deployment
metadata:
  name: newsdesk-alerts
  namespace: cms
spec:
  replicas: 2
  selector:
    matchLabels: {app: newsdesk-alerts}
  template:
    metadata:
      labels: {app: newsdesk-alerts}
    spec:
      containers:
        - name: worker
          image: registry.example.net/cms/alerts@sha256:32cd8525749fd653a488e8b8588ed7d06dd6313965fe2078f8cfe58632577e0d
          env:
            - name: SLACK_BOT_TOKEN
              valueFrom:
                secretKeyRef: {name: newsdesk-alerts, key: SLACK_BOT_TOKEN}
            - name: SENDGRID_API_KEY
              valueFrom:
                secretKeyRef: {name: newsdesk-alerts, key: SENDGRID_API_KEY}""",
    },
    {
        "kind": "code",
        "text": """# scripts/code_open_answers.py – tag free-text survey answers by topic
from openai import OpenAI

client = OpenAI(api_key="⟦OPENAI_API_KEY|sk-proj-fzO_7JlKdxrs-pedZdNKR1LqzNC3uSMI4PfxrjFAcjwgs7kHEtwJNIFihXM7lxY7ZdCu5PWQeo⟧")  # TODO move to env
TOPICS = ["housing", "transport", "health", "cost of living", "other"]


def tag(answer: str) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": f"Answer with one of: {', '.join(TOPICS)}"},
            {"role": "user", "content": answer},
        ],
    )
    return reply.choices[0].message.content.strip()""",
    },
    {
        "kind": "code",
        "text": """# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
ARG APP_VERSION=2.8.1
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /srv/tickets
COPY requirements.lock .
RUN pip install --no-cache-dir -r requirements.lock
COPY . .
RUN --mount=type=secret,id=sentry_dsn SENTRY_DSN=$(cat /run/secrets/sentry_dsn) python manage.py collectstatic --noinput
LABEL org.opencontainers.image.version=$APP_VERSION
USER 10001
CMD ["gunicorn", "tickets.wsgi", "-b", "0.0.0.0:8000", "-w", "4"]""",
    },
    {
        "kind": "code",
        "language": "de",
        "text": """-- pg_dump, Tabelle spenden (Auszug), Gemeinde-Spendenverwaltung
COPY public.spender (id, name, email, iban, konfession, dauerspende_eur) FROM stdin;
1041	⟦PERSON|Hildegard Wessolowski⟧	⟦EMAIL_ADDRESS|h.wessolowski@t-online.de⟧	⟦IBAN_CODE|DE91 9561 6856 1114 0354 36⟧	⟦RELIGIOUS_BELIEF|ev.-luth.⟧	25.00
1042	⟦PERSON|Benedikt Ollech⟧	⟦EMAIL_ADDRESS|b.ollech@gmx.net⟧	⟦IBAN_CODE|AT35 0587 9741 0413 3173⟧	⟦RELIGIOUS_BELIEF|röm.-kath.⟧	10.00
1043	⟦PERSON|Zeynep Marquardt⟧	⟦EMAIL_ADDRESS|zeynep.marquardt@posteo.de⟧	⟦IBAN_CODE|CH19 5874 5376 3008 8249 9⟧	\\N	50.00
\\.""",
    },
    {
        "kind": "code",
        "text": """membership_no,first_name,last_name,email,mobile,membership,ward,joined
HV-20931,⟦PERSON|Ebony⟧,⟦PERSON|Trelawney⟧,⟦EMAIL_ADDRESS|ebony.trelawney@icloud.com⟧,⟦PHONE_NUMBER|07700 900 284⟧,⟦POLITICAL_OPINION|Green Party – full member⟧,Goldsmid,2019-03-02
HV-20932,⟦PERSON|Lachlan⟧,⟦PERSON|Ibekwe⟧,⟦EMAIL_ADDRESS|lachlan.ibekwe@gmail.com⟧,⟦PHONE_NUMBER|07700 900 517⟧,⟦POLITICAL_OPINION|Green Party – concession⟧,Brunswick,2022-11-14
HV-20933,⟦PERSON|Perpetua⟧,⟦PERSON|Hawksworth⟧,⟦EMAIL_ADDRESS|p.hawksworth@btinternet.com⟧,⟦PHONE_NUMBER|07700 900 903⟧,⟦POLITICAL_OPINION|Green Party – young member⟧,Westbourne,2024-06-30""",
    },
    {
        "kind": "code",
        "text": """2025-06-11T19:02:44.118Z INFO  tickets.api request_id=5f167a533d0be4db5d5255154fdf3c63 POST /v2/orders 201 312ms
2025-06-11T19:02:44.120Z DEBUG tickets.auth headers={"Authorization": "Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzNjQwMiIsImlhdCI6MTc2MDUzNTYyNn0.08lp_-fOmoXaI3khfUJ2wIzberxGZfZYycPKZLEuuTI⟧", "X-Client": "box-office/3.4"}
2025-06-11T19:02:44.121Z INFO  tickets.orders created order=ORD-884120 event=spring-gala-2025 seats=2 buyer=⟦EMAIL_ADDRESS|m.achterberg@kpnmail.nl⟧
2025-06-11T19:02:44.409Z INFO  tickets.mail queued confirmation order=ORD-884120""",
    },
    {
        "kind": "code",
        "text": """{"ts":"2025-06-11T19:05:10.004Z","level":"info","svc":"tickets-api","trace_id":"b8205c33-4951-4202-a744-d78e46f87471","msg":"POST /v2/orders","status":201,"ms":287}
{"ts":"2025-06-11T19:05:10.006Z","level":"debug","svc":"tickets-api","trace_id":"b8205c33-4951-4202-a744-d78e46f87471","msg":"auth ok","authorization":"Bearer ***redacted***","client":"box-office/3.4"}
{"ts":"2025-06-11T19:05:10.311Z","level":"info","svc":"tickets-mail","trace_id":"b8205c33-4951-4202-a744-d78e46f87471","msg":"confirmation queued","order":"ORD-884133","template":"order_confirmed_v7"}""",
    },
    {
        "kind": "code",
        "text": """Traceback (most recent call last):
  File "/srv/dues/billing/collect.py", line 88, in run_collection
    payment = gc.payments.create(params=build_payment(member))
  File "/srv/dues/billing/collect.py", line 51, in build_payment
    raise MandateMissing(member.id)
billing.errors.MandateMissing: 77410

Local variables in build_payment:
  member = <Member 77410 name='⟦PERSON|Nkechi Abernathy-Cole⟧' iban='⟦IBAN_CODE|GB11IQFI74859683068106⟧' branch='⟦TRADE_UNION_MEMBERSHIP|Unison Lambeth Health⟧'>
  gc_token = '⟦API_KEY|live_B4ZHdJzR1pIkquhjZO52yi3QiHsta4ZSe9B40KvP⟧'
  amount_pence = 1695""",
    },
    {
        "kind": "code",
        "text": """Traceback (most recent call last):
  File "/srv/petitions/app/mailer.py", line 17, in <module>
    MAILGUN_API_KEY = os.environ["MAILGUN_API_KEY"]
  File "/usr/local/lib/python3.12/os.py", line 714, in __getitem__
    raise KeyError(key) from None
KeyError: 'MAILGUN_API_KEY'

Hint: the variable is set in the staging compose file but not in petitions-prod.env (see commit 628c7a634c2fbad9105bc876e41c09bf4c9e2e14).""",
    },
    {
        "kind": "code",
        "text": """# config/survey.yml
app:
  name: panelview
  base_url: https://survey.example-polling.eu
database:
  host: mysql-survey-01
  port: 3306
  user: panel_rw
  password: "⟦PASSWORD|t8rQ!pollster-Lime42⟧"
maps:
  # used for the "where do you live" question
  google_api_key: ⟦GOOGLE_API_KEY|AIzaXFF_uQOY6tdgi1PlNcsRMZkY5ye0nIqrF1Z⟧
quotas:
  refresh_minutes: 15""",
    },
    {
        "kind": "code",
        "text": """services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: members
      POSTGRES_USER: members
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}
    volumes: [pgdata:/var/lib/postgresql/data]
  crm:
    image: ghcr.io/example-org/members-crm:4.2.0
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://members:${POSTGRES_PASSWORD}@db:5432/members
      MAIL_API_KEY: ${MAIL_API_KEY}
      SECRET_KEY: ${SECRET_KEY:-changeme}
    ports: ["8080:8080"]
volumes:
  pgdata: {}""",
    },
    {
        "kind": "code",
        "text": """# group_vars/cms_servers.yml – NOT encrypted yet, fix before merge!
cms_deploy_user: publisher
cms_repo: git@git.example-news.net:web/cms.git
cms_deploy_key: |
  ⟦PRIVATE_KEY|-----BEGIN EC PRIVATE KEY-----
  k/IvZxsuY36wILQ8Qv0T0qCl9LB/jRdKVWiHVT7HJ0+wnomx9VOZBNC0iPddxzTI
  uedyeSZFV+2qen4fld4dRLI1BpuRTMHRdZCN+ByEoZlKP8yt87AHznq47k3esanc
  NnG65KbGs9izxLObBe4AH7S89Q3AcC3XLGjnfjUaBfgwiUt2BvXcGqMqNxlxYgn6
  Gbj1DNZ2JaUNj0ncW1UpIDKEmZq2q6yhM1z01TWPXc+qv97y
  -----END EC PRIVATE KEY-----⟧
cms_php_version: "8.3\"""",
    },
    {
        "kind": "code",
        "text": """# playbooks/cms.yml
- hosts: cms_servers
  become: true
  vars_files:
    - ../group_vars/vault.yml
  tasks:
    - name: install deploy key
      ansible.builtin.copy:
        content: "{{ vault_cms_deploy_key }}"
        dest: /home/publisher/.ssh/id_ed25519
        owner: publisher
        mode: "0600"
    - name: checkout
      ansible.builtin.git:
        repo: "{{ cms_repo }}"
        dest: /var/www/cms
        version: "release-2025.06\"""",
    },
    {
        "kind": "code",
        "text": """# .npmrc in newsroom-frontend (found in the repo history)
@newsroom:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=⟦GITHUB_TOKEN|ghp_T22BIloAvSc5UIZFqqPUJUH1Q9bvoid8ZjAp⟧
always-auth=true""",
    },
    {
        "kind": "code",
        "text": """{
  "name": "newsroom-frontend",
  "version": "5.14.0",
  "private": true,
  "scripts": {
    "build": "vite build",
    "preview": "vite preview",
    "lint": "eslint src --max-warnings 0"
  },
  "dependencies": {
    "@newsroom/article-blocks": "^3.2.1",
    "dompurify": "^3.1.6",
    "vue": "^3.4.31"
  },
  "devDependencies": {
    "eslint": "^9.6.0",
    "vite": "^5.3.3"
  }
}""",
    },
    {
        "kind": "code",
        "text": """[
  {
    "model": "events.attendee",
    "pk": 310,
    "fields": {
      "event": "regional-conference-2025",
      "name": "⟦PERSON|Priscilla Ngata-Brown⟧",
      "email": "⟦EMAIL_ADDRESS|priscilla.ngatabrown@xtra.co.nz⟧",
      "ticket_type": "delegate",
      "access_needs": "⟦HEALTH_DATA|wheelchair user, needs step-free route to the main hall⟧",
      "checked_in": false
    }
  }
]""",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": """<?php
// config/mail.php – plateforme de pétitions
return [
    'driver' => 'mailgun',
    'mailgun' => [
        'domain' => 'mg.petitions-citoyennes.fr',
        'secret' => '⟦API_KEY|key-9f2dafb06ee44bdffe62ba8580e1e12b⟧',
        'endpoint' => 'api.eu.mailgun.net',
    ],
    'smtp_fallback' => [
        'host' => 'smtp.petitions-citoyennes.fr',
        'username' => 'noreply',
        'password' => '⟦PASSWORD|Signez-2025#Marianne⟧',
    ],
];""",
    },
    {
        "kind": "code",
        "text": """<?php
// config/mail.php
return [
    'driver' => env('MAIL_DRIVER', 'mailgun'),
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'from' => ['address' => 'noreply@example.org', 'name' => 'Petitions'],
];""",
    },
    {
        "kind": "code",
        "text": """# phonebank/dialer.py – volunteers call supporters from the browser
from twilio.rest import Client

ACCOUNT_SID = "AC057760f4e44e4406b50ee4b6d0a8c850"
AUTH_TOKEN = "⟦API_KEY|16e8ab7de66643dca574e2d83e68a04d⟧"
CALLER_ID = "+441234567890"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def call(volunteer_number: str, supporter_number: str) -> str:
    call = client.calls.create(to=volunteer_number, from_=CALLER_ID, url=f"https://phonebank.example.org/bridge?to={supporter_number}")
    return call.sid""",
    },
    {
        "kind": "code",
        "text": """#!/usr/bin/env bash
# /etc/cron.daily/export-dues – nightly export of unpaid dues to the finance share
set -euo pipefail
PGPASSWORD="$(cat /run/secrets/dues_ro_password)"
export PGPASSWORD
STAMP=$(date +%F)
psql -h pg-dues.internal -U dues_ro -d dues -c "\\copy (select member_no, amount_due, due_date from arrears where amount_due > 0) to '/mnt/finance/arrears-${STAMP}.csv' csv header"
find /mnt/finance -name 'arrears-*.csv' -mtime +30 -delete""",
    },
    {
        "kind": "code",
        "text": """-- migrations/0007_volunteer_shifts.sql
CREATE TABLE volunteer_shift (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    volunteer   uuid NOT NULL REFERENCES volunteer(id),
    site        text NOT NULL,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX volunteer_shift_site_idx ON volunteer_shift (site, starts_at);

-- local admin for the seed database only (hash of the default dev password)
INSERT INTO app_user (username, password_hash, is_admin)
VALUES ('admin', '$2b$12$Q8vX1mZ0h3b8kS2bqk3yVeJ4r9N3oW0uYj6s7cL2dP5aT1fG8hK2e', true);""",
    },
]
