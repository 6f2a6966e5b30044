"""Hand-written code and config prompts of the ``fresh5`` split: snippets pasted into a model with a question."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "text": "why does this fail with 403?\n\n```python\nimport boto3\n\ns3 = boto3.client(\n"
        '    "s3",\n    aws_access_key_id="⟦AWS_ACCESS_KEY|AKIAO33WZT24OOBWAORH⟧",\n'
        '    aws_secret_access_key="⟦AWS_SECRET_KEY|y+CrpgXn7i7vx1JTRdklzj2ypJxwRgNrNAR62Yzz⟧",\n'
        '    region_name="eu-central-1",\n)\ns3.upload_file("report.csv", "acme-reports-prod", "2025/11/report.csv")'
        "\n```\n\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject "
        "operation",
    },
    {
        "kind": "code",
        "text": "Refactor this to read the key from the environment instead:\n\n```python\nimport os\n\n"
        'API_KEY = os.environ.get("BILLING_API_TOKEN", "")\nTIMEOUT = int(os.getenv("PAYMENTS_TIMEOUT", "10"))\n\n'
        "def charge(amount_cents: int, customer_id: str) -> dict:\n"
        '    headers = {"Authorization": f"Bearer {API_KEY}"}\n'
        '    return requests.post(f"{BASE}/charges", json={"amount": amount_cents, "customer": customer_id},\n'
        "                         headers=headers, timeout=TIMEOUT).json()\n```",
    },
    {
        "kind": "code",
        "text": "My Django app won't start in production, here's settings.py, what's wrong?\n\n"
        "```python\nDEBUG = False\n"
        'SECRET_KEY = "⟦GENERIC_SECRET|django-insecure-3e=^x#a2709qws()y58=1pf%35hh(kr8r0d9@7#(%^71%k&4j!⟧"\n'
        'ALLOWED_HOSTS = []\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", '
        '"NAME": "shop", "USER": "shop", "PASSWORD": "⟦PASSWORD|Verano2017$⟧", "HOST": "db"}}\n```\n\n'
        "CommandError: You must set settings.ALLOWED_HOSTS if DEBUG is False.",
    },
    {
        "kind": "code",
        "text": "Explain what this regex does: `^(?P<year>\\d{4})-(?P<month>\\d{2})-(?P<day>\\d{2})T\\d{2}:\\d{2}`",
    },
    {
        "kind": "code",
        "text": "Why does the pipeline say unauthorized? .github/workflows/release.yml:\n\n```yaml\n"
        "jobs:\n  publish:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n"
        "      - run: gh release create v2.3.1 --notes-file CHANGELOG.md\n        env:\n"
        "          GH_TOKEN: ⟦GITHUB_TOKEN|ghs_tOR3P9DM5pEMpzhF5OLPvFEh67cPHg1mbnQJ⟧\n```",
    },
    {
        "kind": "code",
        "text": "Write unit tests for this function:\n\n```ts\nexport function slugify(title: string): string {\n"
        "  return title\n    .normalize('NFKD')\n    .replace(/[\\u0300-\\u036f]/g, '')\n"
        "    .toLowerCase()\n    .replace(/[^a-z0-9]+/g, '-')\n    .replace(/(^-|-$)/g, '');\n}\n```",
    },
    {
        "kind": "code",
        "text": "The container can't connect to redis, compose file below. Why?\n\n```yaml\nservices:\n"
        "  worker:\n    image: registry.example.com/billing-worker:1.14.2\n    environment:\n"
        "      REDIS_URL: redis://:⟦PASSWORD|aQ0XeDERo-dc⟧@cache:6380/0\n"
        "      STRIPE_SECRET: ⟦STRIPE_KEY|sk_test_PDq41c0chD2vv3Rea1P4POhI⟧\n    depends_on: [cache]\n"
        "  cache:\n    image: redis:7.4-alpine\n```",
    },
    {
        "kind": "code",
        "text": "Convert this SQL to a Django ORM query:\n\n```sql\nSELECT c.id, c.country, COUNT(o.id) AS "
        "orders\nFROM customers c JOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= '2025-01-01'\n"
        "GROUP BY c.id, c.country HAVING COUNT(o.id) > 5;\n```",
    },
    {
        "kind": "code",
        "text": "Summarise these log lines, what went wrong?\n\n"
        '{"ts":"2025-11-28T09:14:02Z","level":"error","svc":"checkout","trace":"7f3c2a9e41d04b7e",'
        '"msg":"payment declined","customer_email":"⟦EMAIL_ADDRESS|t.schreiber@gmx.de⟧","card":'
        '"⟦CREDIT_CARD|2608 8976 0433 1562⟧"}\n'
        '{"ts":"2025-11-28T09:14:03Z","level":"warn","svc":"checkout","trace":"7f3c2a9e41d04b7e",'
        '"msg":"retry 1/3"}',
    },
    {
        "kind": "code",
        "text": "Is this nginx config safe for a reverse proxy in front of gunicorn?\n\n```nginx\nserver {\n"
        "    listen 443 ssl http2;\n    server_name app.example.org;\n    ssl_certificate "
        "/etc/letsencrypt/live/app.example.org/fullchain.pem;\n    location / {\n"
        "        proxy_pass http://127.0.0.1:8000;\n        proxy_set_header Host $host;\n"
        "        proxy_set_header X-Forwarded-Proto $scheme;\n    }\n}\n```",
    },
    {
        "kind": "code",
        "text": "Der Webhook an Slack kommt nicht an, warum?\n\n```bash\ncurl -X POST https://slack.com/api/"
        "chat.postMessage \\\n  -H 'Authorization: Bearer ⟦SLACK_TOKEN|xoxp-45649927437-159628505229-"
        "oT0DjUpVPSdFLhhoa9tRZNsg⟧' \\\n  -d channel=C04QX1B7T2M -d text='deploy done'\n```\n"
        '{"ok":false,"error":"not_in_channel"}',
        "language": "de",
    },
    {
        "kind": "code",
        "text": "Add type hints to this:\n\n```python\ndef merge_intervals(items):\n    items = sorted(items)\n"
        "    out = []\n    for start, end in items:\n        if out and start <= out[-1][1]:\n"
        "            out[-1][1] = max(out[-1][1], end)\n        else:\n            out.append([start, end])\n"
        "    return out\n```",
    },
    {
        "kind": "code",
        "text": "Why does the OpenAI client return 401?\n\n```python\nfrom openai import OpenAI\n\n"
        'client = OpenAI(api_key="⟦OPENAI_API_KEY|sk-GcC2vH4FM5Hb33lgNwvnUR62cCA4MNiF9NC7RAEakj94c62b⟧")\n'
        'resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", '
        '"content": "ping"}])\n```',
    },
    {
        "kind": "code",
        "text": "Explain the difference between these two Dockerfiles' layer caching:\n\n```dockerfile\n"
        "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r "
        'requirements.txt\nCOPY . .\nCMD ["gunicorn", "config.wsgi", "-b", "0.0.0.0:8000"]\n```',
    },
    {
        "kind": "code",
        "text": "Here's my .env, the mail sending fails with 401, what's off?\n\n```\nAPP_ENV=staging\n"
        "MAILGUN_DOMAIN=mg.example.eu\nMAILGUN_API_KEY=⟦API_KEY|key-fe43e49a77c7e1bdccfd1a572afbca2a⟧\n"
        "SENDGRID_API_KEY=⟦API_KEY|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⟧\n"
        "MAIL_FROM=noreply@example.eu\nLOG_LEVEL=debug\n```",
    },
    {
        "kind": "code",
        "text": "Review this Go handler for race conditions:\n\n```go\nvar hits = map[string]int{}\n\n"
        "func count(w http.ResponseWriter, r *http.Request) {\n\thits[r.URL.Path]++\n"
        '\tfmt.Fprintf(w, "%d", hits[r.URL.Path])\n}\n```',
    },
    {
        "kind": "code",
        "text": "Pourquoi le stockage Azure refuse la connexion ?\n\n```\nDefaultEndpointsProtocol=https;"
        "AccountName=factureseu;AccountKey=⟦AZURE_KEY|o/8DgM9Sp0fu8du409Jna5Ulbgk1y0BoecFtsyagyoHVdJfgSdz1"
        "naRYT1cJRNdM58LumISYa8kGNpCjgX+v4w==⟧;EndpointSuffix=core.windows.net\n```\n"
        "Erreur : AuthenticationFailed",
        "language": "fr",
    },
    {
        "kind": "code",
        "text": "What does this stack trace mean?\n\n```\nTraceback (most recent call last):\n"
        '  File "/srv/app/billing/tasks.py", line 88, in sync_invoices\n    invoice = Invoice.objects.get('
        'number=number)\n  File "/usr/lib/python3.12/site-packages/django/db/models/manager.py", line 87, '
        "in manager_method\nbilling.models.Invoice.DoesNotExist: Invoice matching query does not exist.\n```",
    },
    {
        "kind": "code",
        "text": "Decode this token and tell me why the API says expired:\n\nAuthorization: Bearer "
        "⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NzE0IiwiaWF0IjoxNjY1NzcwODM0fQ."
        "NUHqUpSZEg-8Hc1QvAbugEEQ0AO0XrtgdpLlQAwMsP0⟧",
    },
    {
        "kind": "code",
        "text": "Write a bash script that backs up /var/lib/postgresql nightly, keeps 7 days, and logs to "
        "/var/log/pg-backup.log. Use PGHOST and PGUSER from the environment, no hard-coded password.",
    },
    {
        "kind": "code",
        "text": "the deploy script below hangs at psql, why?\n\n```bash\n#!/usr/bin/env bash\nset -euo pipefail\n"
        "export PGPASSWORD='⟦PASSWORD|tulp-kiwi-staple43⟧'\npsql -h 10.0.4.12 -U migrator -d ledger -f "
        "migrations/0042_add_index.sql\n```",
    },
    {
        "kind": "code",
        "text": "Convert this CSV export to a pandas pipeline that drops duplicates by email:\n\n"
        "id,name,email,phone,created\n1,⟦PERSON|Liam Walsh⟧,⟦EMAIL_ADDRESS|liam.walsh@eircom.net⟧,"
        "⟦PHONE_NUMBER|+353 87 412 9930⟧,2025-02-01\n2,⟦PERSON|Liam Walsh⟧,⟦EMAIL_ADDRESS|liam.walsh@"
        "eircom.net⟧,,2025-03-14\n3,⟦PERSON|Aoife Ryan⟧,⟦EMAIL_ADDRESS|aoife.ryan@gmail.com⟧,,2025-04-02",
    },
    {
        "kind": "code",
        "text": 'Why is Maps returning REQUEST_DENIED?\n\n```kotlin\nval url = "https://maps.googleapis.com/'
        'maps/api/geocode/json?address=$encoded&key=⟦GOOGLE_API_KEY|AIzaa7kYKxV8Ti9sn6LSkFUWeTbKDWL3CK4HhsF⟧"\n'
        "```",
    },
    {
        "kind": "code",
        "text": "Explain what `git rebase --onto main feature~3 feature` does, step by step.",
    },
    {
        "kind": "code",
        "text": "This Ansible task leaks the key in logs, how do I fix it?\n\n```yaml\n- name: install deploy key\n"
        "  copy:\n    dest: /home/deploy/.ssh/id_ecdsa\n    mode: '0600'\n    content: |\n"
        "      ⟦PRIVATE_KEY|-----BEGIN EC PRIVATE KEY-----\n"
        "      E2cdTQaP9eCR8X8eZFID0pkN/CgAJk9CJ5tk1A1g33/FxWvQRcRoHZVKUOo596Ic\n"
        "      0c10bTsN3kc+YrZEIUIi/5ur9+aju1qoJkw3GNVmVUNZdgVGRR5hM0ktbrTFeRkO\n"
        "      eBLSVqNsbgYyi933lxhoLj3F5BaP4UQC\n      -----END EC PRIVATE KEY-----⟧\n```",
    },
    {
        "kind": "code",
        "text": "Optimise this query, it takes 9 s on 40M rows:\n\n```sql\nSELECT * FROM events WHERE "
        "date_trunc('day', created_at) = '2025-11-01' ORDER BY id DESC LIMIT 50;\n```",
    },
    {
        "kind": "code",
        "text": "Why does Twilio say 20003 Authenticate?\n\n```js\nconst client = require('twilio')(\n"
        "  process.env.TWILIO_ACCOUNT_SID,\n  process.env.TWILIO_AUTH_TOKEN\n);\nclient.messages.create({ "
        "to: process.env.ALERT_PHONE, from: '+15005550006', body: 'disk 91%' });\n```\n(the env vars are set "
        "in the systemd unit)",
    },
    {
        "kind": "code",
        "text": "Write a Pydantic model for this JSON and validate the date field:\n\n"
        '{"order_id": "ORD-2025-11-0419", "sku": "KB-104-DE", "qty": 2, "shipped_at": "2025-11-29T16:40:00+01:00", '
        '"checksum": "9f86d081884c7d659a2feaa0c55ad015"}',
    },
    {
        "kind": "code",
        "text": "Hilf mir, den Fehler im Health-Check zu finden (Twilio-Alarm geht nicht raus):\n\n```python\n"
        'TWILIO_SID = "AC5f2e8b31d7a44c9e8f0b12d3c4a5e6f7"\n'
        'TWILIO_TOKEN = "⟦API_KEY|14922f299a26ab6fa9f45e6ab49281f3⟧"\n'
        "client = Client(TWILIO_SID, TWILIO_TOKEN)\n```\n"
        "twilio.base.exceptions.TwilioRestException: HTTP 401",
        "language": "de",
    },
    {
        "kind": "code",
        "text": "Write a README section explaining how to configure the app: list DATABASE_URL, REDIS_URL, "
        "SENTRY_DSN, OPENAI_API_KEY and SECRET_KEY as required variables and say where to get each.",
    },
]
