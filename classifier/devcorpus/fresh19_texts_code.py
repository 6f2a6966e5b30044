"""Hand-written code, config and log texts of the ``fresh19`` split: the software of trades and service firms."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "Job-scheduling app for our electricians won't start after the move to ECS. task env:\n"
        "DJANGO_SETTINGS_MODULE=jobboard.settings.prod\n"
        "DATABASE_URL=postgres://jobboard:⟦PASSWORD|QdHLg?qX00rc9DEZ⟧@jobboard-prod.c8xkq2.eu-west-2.rds.amazonaws.com:5432/jobboard\n"
        "SECRET_KEY=⟦GENERIC_SECRET|django-insecure-6%o9!aw-awyzebbsh6u$$+-gux!&u8z!3cod00k^8mfhyhaa&k⟧\n"
        "ALLOWED_HOSTS=jobs.hartwell-electrical.ie",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Is this the right way to read the key in the quoting service?\n\n"
        "import os\n\n"
        'SUPPLIER_FEED_URL = os.environ.get("SUPPLIER_FEED_URL", "https://feed.example.invalid/v2/prices")\n'
        'SUPPLIER_API_KEY = os.environ["SUPPLIER_API_KEY"]\n'
        'MARGIN_BY_TRADE = {"electrical": 0.22, "plumbing": 0.25, "joinery": 0.18}\n',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "~/.aws/credentials from the dealership's DMS export box (found during the audit):\n"
        "[default]\n"
        "aws_access_key_id = ⟦AWS_ACCESS_KEY|AKIA2X4OTGX6RADKN3LZ⟧\n"
        "aws_secret_access_key = ⟦AWS_SECRET_KEY|rrwgilFJYeScMCCVdZ5sQyjQgmOOAwqVWCIeaFhc⟧\n"
        "region = eu-central-1\n\n"
        "[dms-backup]\nrole_arn = arn:aws:iam::418273650912:role/dms-backup\nsource_profile = default",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "GitHub Actions for the property-management portal:\n"
        "name: deploy\non:\n  push:\n    branches: [main]\n"
        "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - run: ./scripts/deploy.sh\n        env:\n"
        "          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}\n"
        "          MAILGUN_API_KEY: ${{ secrets.MAILGUN_API_KEY }}\n"
        "          TENANT_PORTAL_URL: https://portal.kestrel-pm.co.uk",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Warum schlägt der Versand der Terminerinnerungen fehl? config/sms.php aus der Werkstattsoftware:\n"
        "<?php\nreturn [\n"
        "    'provider' => 'twilio',\n"
        "    'account_sid' => 'AC3f9e41b27d5c8a06e1f4b9d2a7c3e580',\n"
        "    'api_key' => '⟦API_KEY|a2eca2a27446073af144ea9c0b02da9e⟧',\n"
        "    'from' => '+4989215548810',\n"
        "];",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Explain this query from the timesheet module, it is slow:\n"
        "SELECT e.employee_no, s.site_code, SUM(t.hours) AS hours\n"
        "FROM timesheet_entry t\n"
        "JOIN employee e ON e.id = t.employee_id\n"
        "JOIN site s ON s.id = t.site_id\n"
        "WHERE t.work_date BETWEEN '2025-03-01' AND '2025-03-31'\n"
        "GROUP BY e.employee_no, s.site_code\n"
        "HAVING SUM(t.hours) > 160;",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "SQL dump from the temp agency's old CRM, we need to anonymise it before the migration. First rows:\n"
        "INSERT INTO worker (id, full_name, email, phone, iban, notes) VALUES\n"
        "(1041, '⟦PERSON|Bogdan Ciobanu⟧', '⟦EMAIL_ADDRESS|bogdan.ciobanu88@yahoo.com⟧', '⟦PHONE_NUMBER|+44 7842 110 593⟧', "
        "'⟦IBAN_CODE|GB75 IAUI 9313 6192 0384 74⟧', 'forklift licence, ⟦HEALTH_DATA|colour blind⟧'),\n"
        "(1042, '⟦PERSON|Sinéad Moynihan⟧', '⟦EMAIL_ADDRESS|sinead.moynihan@gmail.com⟧', '⟦PHONE_NUMBER|+353 85 771 4402⟧', "
        "'⟦IBAN_CODE|IE77 IYUU 7469 1702 4554 13⟧', 'night shifts only');",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "docker-compose.yml for the removals firm's route planner, clean?\n"
        "services:\n  planner:\n    image: ghcr.io/moveright/route-planner:2.8.3\n"
        "    environment:\n      DB_PASSWORD_FILE: /run/secrets/db_password\n"
        "      MAPS_API_KEY: ${MAPS_API_KEY}\n"
        "    secrets:\n      - db_password\n"
        "secrets:\n  db_password:\n    file: ./secrets/db_password.txt",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Route planner logs, the geocoder keeps returning 403:\n"
        "2025-04-11T06:02:14Z INFO  geocode batch=742 stops=38 depot=LDS-02\n"
        "2025-04-11T06:02:15Z DEBUG GET https://maps.googleapis.com/maps/api/geocode/json?address=LS11+5RT&key=⟦GOOGLE_API_KEY|AIzabg-nMWtcjXI68jm8bPvrZcSHVFqZB-ji4Du⟧\n"
        "2025-04-11T06:02:15Z ERROR geocode status=REQUEST_DENIED trace_id=7f3c2a91d04e4b8c",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Le script de sauvegarde du cabinet comptable échoue, voici le cron et le script :\n"
        "0 2 * * * /opt/backup/compta.sh >> /var/log/compta-backup.log 2>&1\n\n"
        "#!/bin/bash\n"
        "export PGPASSWORD='⟦PASSWORD|Zomer1980!⟧'\n"
        "pg_dump -h 10.0.4.12 -U compta_ro cabinet_fabre > /backup/cabinet_$(date +%F).sql\n"
        "az storage blob upload --account-name fabrebackup --account-key '⟦AZURE_KEY|3Eljswu502Vu6Puhq1XXo85ep5mQxjN4dF7JpcMSQ6wgL+C3P5iDx/mHQhctsogS/TS8XsXSthRkG55ZY3GL6Q==⟧' "
        "-c dumps -f /backup/cabinet_$(date +%F).sql",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Terraform for the guard-tour app, anything wrong?\n"
        'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\n'
        'resource "aws_db_instance" "tours" {\n  identifier     = "guardtour-prod"\n  engine         = "postgres"\n'
        '  engine_version = "16.3"\n  instance_class = "db.t4g.medium"\n  username       = "tours"\n'
        "  password       = var.db_password\n}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Slack bot for the site managers' channel posts twice, bot.py:\n"
        "from slack_sdk import WebClient\n\n"
        'client = WebClient(token="⟦SLACK_TOKEN|xoxp-86038121060-558226673930-iWOHYews1rqqitZrMH2zXxOW⟧")\n\n'
        "def post_site_report(channel: str, text: str) -> None:\n"
        "    client.chat_postMessage(channel=channel, text=text)\n",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Traceback from the invoicing worker, what does it mean?\n"
        "Traceback (most recent call last):\n"
        '  File "/app/invoicing/tasks.py", line 88, in send_invoice\n'
        '    pdf = render_invoice(invoice_id=inv.id, template="trade_v3")\n'
        '  File "/app/invoicing/render.py", line 41, in render_invoice\n'
        "    raise TemplateNotFound(template)\n"
        "invoicing.render.TemplateNotFound: trade_v3\n"
        "(invoice INV-2025-004417, job JT-24-07731)",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Payments config of the estate agency's booking site (config/payments.ts):\n"
        "export const payments = {\n"
        '  stripeSecret: "⟦STRIPE_KEY|rk_live_qv87bj7CgFhLpq7GtmQfgCXO⟧",\n'
        '  currency: "gbp",\n'
        "  holdingDepositPence: 35000,\n"
        "};",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Found in the booking site's debug log after the holding-deposit outage, how bad is this?\n"
        "2025-06-03 14:22:51,118 DEBUG payments.charge amount=35000 currency=gbp card=⟦CREDIT_CARD|4964968994926693⟧ exp=04/28 cvc=***\n"
        "2025-06-03 14:22:51,402 ERROR payments.charge provider_error=card_declined decline_code=insufficient_funds\n"
        "2025-06-03 14:22:51,403 INFO  booking.hold released listing=HDG-2291 viewing=2025-06-05T10:00",
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "Kun je deze Kubernetes-secret van de planningsapp van het installatiebedrijf nakijken? De pod krijgt 401 van de OpenAI-API.\n"
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: planner-ai\ntype: Opaque\nstringData:\n"
        '  OPENAI_API_KEY: "⟦OPENAI_API_KEY|sk-proj-cDEyHJR0uqfmnk1y71QPiP0J8oYa1X_x8uhPjmjjHehEs4nHfEfRoYr3BTmwupUEGTghe5ct2p⟧"\n'
        '  MODEL: "gpt-4o-mini"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "nginx for the tenant portal, is the TLS part OK?\n"
        "server {\n    listen 443 ssl http2;\n    server_name portal.kestrel-pm.co.uk;\n"
        "    ssl_certificate     /etc/letsencrypt/live/portal.kestrel-pm.co.uk/fullchain.pem;\n"
        "    ssl_certificate_key /etc/letsencrypt/live/portal.kestrel-pm.co.uk/privkey.pem;\n"
        "    location / { proxy_pass http://127.0.0.1:8080; }\n}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "A colleague pasted this deploy key into the ticket for the fleet telematics box, can we use it?\n"
        "⟦PRIVATE_KEY|-----BEGIN EC PRIVATE KEY-----\n"
        "JOvGxo6T478DgqbEsdc+vvv0SIVcREXarCgxDBSGhHd2/lmfZxB13VnK9h66UILy\n"
        "DRenXCrqHQ/FVQX4fI+XaTVW1kELtwCWzKLnAuQGMc1D5F+wg+uPialD7URMJ5UW\n"
        "0On74gR9fblKSq9ONqraTbI2LimK6fnU\n"
        "-----END EC PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Makefile target for the payroll export, looks fine to me:\n"
        "export-payroll:\n"
        "\tpython -m payroll.export --period $(PERIOD) --format sage50 --out build/payroll_$(PERIOD).csv\n"
        '\t@echo "checksum: $$(sha256sum build/payroll_$(PERIOD).csv | cut -c1-16)"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "curl from the security firm's alarm-receiving centre integration, returns 401:\n"
        "curl -s -X POST https://api.arc-link.example.com/v1/events \\\n"
        '  -H "Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzNTczMyIsImlhdCI6MTc4MTM3NjQ4M30._uiaBY9xVjzY5o1XL6fIdOGbgTJNjJjAms6uPPOwR5p⟧" \\\n'
        '  -H "Content-Type: application/json" \\\n'
        '  -d \'{"site":"MEA-LOG-07","zone":14,"event":"BURG"}\'',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Helm values for the accountancy firm's document portal:\n"
        'image:\n  repository: registry.gitlab.com/pemberton/docportal\n  tag: "4.12.0"\n'
        "  digest: sha256:9b1e7c04d2f8a6e35c1d0b7f4e2a9c86d3f5b1e07a4c2d9f8e6b3a1c5d7e9f02\n"
        "env:\n  - name: SENDGRID_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: docportal\n        key: sendgrid",
    },
    {
        "kind": "code",
        "language": "en",
        "text": ".env of the cleaning company's booking app, committed by mistake:\n"
        "APP_ENV=production\nAPP_URL=https://book.sparkleclean.co.uk\n"
        "SENDGRID_API_KEY=⟦API_KEY|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⟧\n"
        "MAILGUN_KEY=⟦API_KEY|ad42370e052da38d9cd5a7112c4007fc-2571c6f3-9ddfcf80⟧\n"
        "DB_HOST=127.0.0.1\nDB_USERNAME=sparkle\nDB_PASSWORD=⟦PASSWORD|nube-blue-regen77⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Why does this Go handler return 500 for job photos?\n"
        "func (h *Handler) UploadPhoto(w http.ResponseWriter, r *http.Request) {\n"
        '\tjobID := chi.URLParam(r, "jobID")\n'
        '\tfile, _, err := r.FormFile("photo")\n'
        "\tif err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusBadRequest)\n\t\treturn\n\t}\n"
        "\tdefer file.Close()\n"
        '\tkey := fmt.Sprintf("jobs/%s/%d.jpg", jobID, time.Now().UnixNano())\n'
        '\tif err := h.store.Put(r.Context(), key, file); err != nil {\n\t\thttp.Error(w, "upload failed", 500)\n\t}\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "git remote of the dealership's website repo, push asks for a password again:\n"
        "$ git remote -v\n"
        "origin  https://dealer-bot:⟦GITHUB_TOKEN|ghp_sjgGAk9fAol7uWpcNUmpcA1RHDDWLTT6qDZk⟧@github.com/kretschmer-autohaus/website.git (fetch)\n"
        "origin  https://dealer-bot:⟦GITHUB_TOKEN|ghp_sjgGAk9fAol7uWpcNUmpcA1RHDDWLTT6qDZk⟧@github.com/kretschmer-autohaus/website.git (push)",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "JSON log line from the HR module of the temp agency, should this be logged at all?\n"
        '{"ts":"2025-05-02T09:14:07Z","level":"info","event":"absence.created","worker_id":1041,'
        '"name":"⟦PERSON|Bogdan Ciobanu⟧","reason":"⟦HEALTH_DATA|migraine⟧","days":2,"request_id":"c1e9a0f4-52d7-4b0e-9a3c-6e2f18d47b05"}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Pytest fixture for the invoice totals, review please:\n"
        "import pytest\nfrom decimal import Decimal\n\n"
        "@pytest.fixture\ndef invoice_lines():\n"
        "    return [\n"
        '        {"sku": "CU-15-3M", "desc": "Copper pipe 15 mm x 3 m", "qty": 6, "unit": Decimal("11.40")},\n'
        '        {"sku": "LAB-ELEC-H", "desc": "Electrician, hour", "qty": 4, "unit": Decimal("58.00")},\n'
        "    ]\n",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "GitLab CI for the notary office's deed generator:\n"
        "stages: [test, deploy]\n"
        "deploy:\n  stage: deploy\n  image: alpine:3.20\n  script:\n"
        "    - apk add --no-cache openssh-client\n"
        '    - ssh deploy@10.20.0.5 "cd /srv/deeds && ./release.sh $CI_COMMIT_SHORT_SHA"\n'
        "  only: [main]\n  variables:\n    SSH_PRIVATE_KEY: $DEPLOY_KEY",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "CSV export from the biometric time clock at the building site, the import fails on line 3:\n"
        "badge_id;employee;enrolment;first_in;last_out\n"
        "B-0441;⟦PERSON|Piotr Zawadzki⟧;⟦BIOMETRIC_DATA|fingerprint⟧ R2;06:58;15:31\n"
        "B-0442;⟦PERSON|Florin Munteanu⟧;⟦BIOMETRIC_DATA|fingerprint⟧ L2;07:02;15:45\n"
        "B-0443;;;;",
    },
]
