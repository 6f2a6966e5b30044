"""Hand-written code, config and log texts of the ``fresh18`` split: schools, libraries, councils, clubs and NGOs."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "Moodle keeps showing 'Error reading from database' after the move. config.php:\n"
        "<?php\nunset($CFG);\nglobal $CFG;\n$CFG = new stdClass();\n$CFG->dbtype    = 'pgsql';\n"
        "$CFG->dbhost    = 'pg-vle.kingsmere.internal';\n$CFG->dbname    = 'moodle';\n$CFG->dbuser    = 'moodle_app';\n"
        "$CFG->dbpass    = '⟦PASSWORD|n*59qKw+1E+RbQV^hdcT⟧';\n$CFG->wwwroot   = 'https://vle.kingsmere.ac.uk';\n"
        "$CFG->dataroot  = '/var/moodledata';\nrequire_once(__DIR__ . '/lib/setup.php');",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Is this the right way to read the SMTP password for the library notices job?\n"
        'import os\n\nSMTP_HOST = os.environ.get("NOTICES_SMTP_HOST", "smtp.office365.com")\n'
        'SMTP_USER = os.environ["NOTICES_SMTP_USER"]\nSMTP_PASSWORD = os.environ["NOTICES_SMTP_PASSWORD"]\n'
        'OVERDUE_DAYS = int(os.getenv("OVERDUE_DAYS", "21"))',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "The permit portal's Stripe refund script returns 'Invalid API Key provided'. What's wrong?\n"
        'import stripe\n\nstripe.api_key = "⟦STRIPE_KEY|rk_live_DP2rNKpV4VIUrgghajBPd4Fc⟧"\n\n'
        "def refund(permit_id: str, charge: str) -> None:\n"
        '    stripe.Refund.create(charge=charge, metadata={"permit": permit_id})\n',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "docker-compose.yml for the Koha test instance (library system):\n"
        "services:\n  koha:\n    image: teogramm/koha:24.05\n    environment:\n      KOHA_INSTANCE: stadtbib\n"
        "      MYSQL_SERVER: db\n      MYSQL_USER: koha_stadtbib\n      MYSQL_PASSWORD: ${KOHA_DB_PASSWORD}\n"
        '    ports:\n      - "8080:8080"\n      - "8081:8081"\n  db:\n    image: mariadb:11\n'
        "    environment:\n      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_root\n    secrets:\n      - db_root\n"
        "secrets:\n  db_root:\n    file: ./secrets/db_root.txt",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "GitHub Actions for the parish donations site, deploy fails at the S3 sync:\n"
        "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
        "      - run: npm ci && npm run build\n      - name: Sync to S3\n        env:\n"
        "          AWS_ACCESS_KEY_ID: ⟦AWS_ACCESS_KEY|AKIAARIHLSNABOVC4RFY⟧\n"
        "          AWS_SECRET_ACCESS_KEY: ⟦AWS_SECRET_KEY|wm0UAF3WZyEVHPF+HMInk9DwNMQhdAvUuAlu5r7p⟧\n"
        "          AWS_DEFAULT_REGION: eu-west-2\n        run: aws s3 sync dist/ s3://stbrigids-donate-prod --delete",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Same workflow after the fix, does this look right now?\n"
        "      - name: Configure AWS credentials\n        uses: aws-actions/configure-aws-credentials@v4\n"
        "        with:\n          role-to-assume: arn:aws:iam::418275530912:role/gh-deploy-donations\n"
        "          aws-region: eu-west-2\n      - run: aws s3 sync dist/ s3://stbrigids-donate-prod --delete",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Warum bekommt der Newsletter-Versand der VHS einen 401? .env:\n"
        "APP_ENV=production\nMAILGUN_DOMAIN=mg.vhs-suedkreis.de\nMAILGUN_SECRET=⟦API_KEY|3685210c1de71640814f4087a5e5e570-e3446214-44e3848d⟧\n"
        "MAILGUN_ENDPOINT=api.eu.mailgun.net\nQUEUE_CONNECTION=redis",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "SQL for the school trip export, why are pupils without a consent form missing?\n"
        "SELECT p.upn, p.surname, p.forename, t.trip_code, c.status\nFROM pupil p\n"
        "JOIN trip_participant t ON t.pupil_id = p.id\nLEFT JOIN consent c ON c.pupil_id = p.id AND c.trip_code = t.trip_code\n"
        "WHERE t.trip_code = 'Y5-BEWERLEY-25' AND c.status = 'signed';",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Traceback from the volunteer rota bot (Slack):\n"
        'Traceback (most recent call last):\n  File "/srv/rota/bot.py", line 41, in <module>\n'
        '    client = WebClient(token="⟦SLACK_TOKEN|xoxp-12467621572-724073606220-27ssfd5wA36qL7rjzUscY1Go⟧")\n'
        '  File "/srv/rota/.venv/lib/python3.12/site-packages/slack_sdk/web/client.py", line 2210, in chat_postMessage\n'
        "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\n"
        "The server responded with: {'ok': False, 'error': 'not_in_channel'}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "nginx for the museum ticket shop, 502 on /api:\n"
        "server {\n    listen 443 ssl http2;\n    server_name tickets.pumphouse-museum.org.uk;\n"
        "    ssl_certificate     /etc/letsencrypt/live/tickets/fullchain.pem;\n"
        "    ssl_certificate_key /etc/letsencrypt/live/tickets/privkey.pem;\n"
        "    location /api/ {\n        proxy_pass http://127.0.0.1:8000/;\n        proxy_set_header Host $host;\n    }\n}",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Le script d'envoi des SMS de rappel (inscriptions cantine) plante, voici le code :\n"
        'from twilio.rest import Client\n\nclient = Client("⟦API_KEY|SKdd64c5db962b943e550152235147f95f⟧", '
        'os.environ["TWILIO_API_SECRET"], os.environ["TWILIO_ACCOUNT_SID"])\n'
        'client.messages.create(to=parent_phone, from_="+33757920148", body="Rappel : inscription cantine avant vendredi")',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "JSON logs from the council's social-care referral API, what does this error mean?\n"
        '{"ts":"2025-03-04T09:12:44Z","level":"error","svc":"referrals","trace":"4bf92f3577b34da6a3ce929d0e0e4736",'
        '"msg":"upstream timeout","route":"POST /v2/referrals","latency_ms":30004}\n'
        '{"ts":"2025-03-04T09:12:45Z","level":"warn","svc":"referrals","msg":"circuit open","target":"casework-db"}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Kubernetes secret for the student-union election app, kubectl apply says invalid:\n"
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: vote-app\ntype: Opaque\nstringData:\n"
        '  DJANGO_SECRET_KEY: "⟦GENERIC_SECRET|django-insecure-pgq425m6-%ieve7c*=ovru4(@h9maik!rjkfxiugtx+8zj^s0#⟧"\n'
        '  DATABASE_URL: "postgres://vote:⟦PASSWORD|G7L3Y69Isnn7U=⟧@pg-su.svc:5432/vote"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Terraform for the library's static site, plan is fine, just review:\n"
        'resource "azurerm_storage_account" "site" {\n  name                     = "libcatalogstatic"\n'
        '  resource_group_name      = azurerm_resource_group.lib.name\n  location                 = "westeurope"\n'
        '  account_tier             = "Standard"\n  account_replication_type = "LRS"\n'
        '  static_website {\n    index_document = "index.html"\n  }\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Backup script for the sports club's booking DB, it uploads to Azure but the key got rotated?\n"
        "#!/bin/bash\nset -euo pipefail\npg_dump -Fc clubbookings > /tmp/clubbookings.dump\n"
        "az storage blob upload --account-name harriersbackup --container-name nightly \\\n"
        "  --account-key '⟦AZURE_KEY|HevH0z6s+Nxe+oKPQA3yVB1mukQMkruRPGjv09u9e5iB7FuWppZNT5uEU0X9bY/J82tzy3oOZFBqTYXHgthyjw==⟧' \\\n"
        '  --file /tmp/clubbookings.dump --name "$(date +%F).dump"',
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "Cronjob van de gemeente voor het opschonen van verlopen parkeervergunningen, klopt de planning?\n"
        "# m h dom mon dow command\n15 2 * * * /opt/vergunningen/bin/cleanup --older-than 90d --dry-run=false >> /var/log/vergunningen/cleanup.log 2>&1\n"
        "0 6 * * 1 /opt/vergunningen/bin/report --mail-to $REPORT_MAILBOX",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Our chatbot for student services answers in the wrong language, this is the call:\n"
        "curl https://api.openai.com/v1/chat/completions \\\n"
        '  -H "Authorization: Bearer ⟦OPENAI_API_KEY|sk-dIvZ0rDVDaw9mmEoPYNq7xqk3KEDYRYQMN50sWLd27tLjhYI⟧" \\\n'
        '  -H "Content-Type: application/json" \\\n'
        '  -d \'{"model": "gpt-4o-mini", "messages": [{"role": "system", "content": "Answer as Kingsmere Student Services."}]}\'',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Unit test for the camp registration export, it fails on the allergy column:\n"
        'def test_export_row():\n    row = export_row(Camper(name="⟦PERSON|Ruairí Tubridy⟧", dob=date(2014, 6, 2), '
        'medical="⟦HEALTH_DATA|cow\'s milk protein allergy⟧"))\n    assert row["medical"] == "cow\'s milk protein allergy"\n'
        "AssertionError: assert 'cows milk protein allergy' == \"cow's milk protein allergy\"",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "package.json scripts for the party canvassing PWA, is 'predeploy' run by Netlify?\n"
        '{\n  "name": "canvass-pwa",\n  "version": "2.3.1",\n  "scripts": {\n    "build": "vite build",\n'
        '    "predeploy": "npm run test -- --run",\n    "deploy": "netlify deploy --prod --dir=dist"\n  },\n'
        '  "dependencies": {"idb": "^8.0.0", "leaflet": "^1.9.4"}\n}',
    },
    {
        "kind": "code",
        "language": "pl",
        "text": "Dlaczego integracja z Google Maps w aplikacji MOSiR nie ładuje mapy? index.html:\n"
        '<script async src="https://maps.googleapis.com/maps/api/js?key=⟦GOOGLE_API_KEY|AIzaYs0PAWKmamKosgkoQQLP1nxf0q67Xc_Ontg⟧'
        '&callback=initMap&libraries=places"></script>',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Ansible vars for the NGO's CRM servers, is vault used correctly here?\n"
        'crm_db_user: civicrm\ncrm_db_password: "{{ vault_crm_db_password }}"\ncrm_smtp_relay: smtp.eu.sparkpost.com\n'
        'crm_backup_bucket: ngo-crm-backups\ncrm_php_version: "8.2"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Gateway log from the museum membership API, why is this token rejected?\n"
        "2025-05-17 21:04:11 WARN auth: jwt expired for path=/members/me "
        "token=⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1NjI3NiIsImlhdCI6MTc3MTQxMDc0NX0.MwbyqV1rAQG6T7FpXRaHwEcLJokH_X9dhm8PedXHCFm⟧ "
        "client=app-ios/4.8.0",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "The school's SIS sync uses this deploy key, the job says 'Permission denied (publickey)':\n"
        "cat ~/.ssh/sis_sync_ed25519\n"
        "⟦PRIVATE_KEY|-----BEGIN OPENSSH PRIVATE KEY-----\nzo3QviZeOltrOJhxixY6EAuPgGqrsdLENpGm/XoKq/ObHo9sISttLSfaeUeVJYms\n"
        "7hFyb+RcBsBQMyw1fZ46Hkha11vedHAcKrrZcKrrZaW/Ux2484MhgDj++9KD4sg2\nC2oR3TPMKdUFh1F72ro+uIPWMI/Vw/tx\n"
        "-----END OPENSSH PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Dockerfile for the library self-check kiosk service, image is 1.4 GB, how to slim it?\n"
        "FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n"
        'ENV SIP2_HOST=koha.internal SIP2_PORT=6001\nCMD ["gunicorn", "kiosk.wsgi", "-b", "0.0.0.0:8000"]',
    },
    {
        "kind": "code",
        "language": "es",
        "text": "El formulario de inscripción del polideportivo envía los correos con SendGrid y falla, settings.py:\n"
        'EMAIL_BACKEND = "sendgrid_backend.SendgridBackend"\n'
        'SENDGRID_API_KEY = "⟦API_KEY|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⟧"\n'
        'DEFAULT_FROM_EMAIL = "no-reply@deportes.aytozaragoza.es"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Helm values for the volunteer portal, are the probes sane?\n"
        'replicaCount: 2\nimage:\n  repository: ghcr.io/northside-foodbank/volunteer-portal\n  tag: "1.12.0"\n'
        "env:\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef: {name: portal-db, key: url}\n"
        "livenessProbe:\n  httpGet: {path: /healthz, port: 8000}\n  initialDelaySeconds: 10",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Why does pushing the election-results microsite fail? git remote -v shows:\n"
        "origin  https://⟦GITHUB_TOKEN|ghp_TJjNxaZhLoGZOyZhlFWns88EQ4vW0SINsVHl⟧@github.com/borough-elections/results-site.git (fetch)",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "mypy complains about this enrolment model, why?\n"
        '@dataclass\nclass Enrolment:\n    course_code: str\n    term: Literal["AUT", "SPR", "SUM"]\n'
        "    fee_pence: int\n    concession: bool = False\n\ndef total(e: Enrolment) -> int:\n"
        "    return e.fee_pence * 0.5 if e.concession else e.fee_pence",
    },
]
