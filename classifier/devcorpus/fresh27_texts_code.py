"""Hand-written code and config texts of the held-out split fresh27: leisure and personal life."""

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "# .env - booking widget (salon-booker)\nDATABASE_URL=postgres://booker:⟦PASSWORD|Sommer2023#⟧@db.internal:5432/booker\nSTRIPE_SECRET_KEY=⟦STRIPE_KEY|rk_live_5t0jy4mMHG0GXT4v6A1oV7idxVhz7e23Z1⟧\nWIDGET_THEME=rose\nTIMEZONE=Europe/London",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# .env.example - booking widget\nDATABASE_URL=postgres://booker:changeme@localhost:5432/booker\nSTRIPE_SECRET_KEY=sk_test_your_key_here\nWIDGET_THEME=rose\nTIMEZONE=Europe/London",
    },
    {
        "kind": "code",
        "language": "en",
        "text": '# settings/production.py (matchmaking API)\nimport os\n\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nDEBUG = False\nALLOWED_HOSTS = ["api.kindlewick.app"]\nMATCH_SCORE_THRESHOLD = 0.62\nOPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "")',
    },
    {
        "kind": "code",
        "language": "en",
        "text": '# settings/local.py - DO NOT COMMIT\nSECRET_KEY = "⟦GENERIC_SECRET|django-insecure-ab_35-%(gcip#3h-^tu6hxq$02053lguj)%y3h$mhsjrxdr1x7⟧"\nOPENAI_API_KEY = "⟦OPENAI_API_KEY|sk-J68SdYqASzbGkc7gHk6aF8QjLSjIpnocblxtyf2LzeWfWEnT⟧"\nMATCH_SCORE_THRESHOLD = 0.55',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "name: deploy-moderation\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          aws-region: eu-west-1\n      - run: make deploy-photo-moderation",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "[profile photo-moderation]\naws_access_key_id = ⟦AWS_ACCESS_KEY|ASIATIRH3MSZA4NVRIKH⟧\naws_secret_access_key = ⟦AWS_SECRET_KEY|c/upi29bEjagSoOJMxNMQsYYeoyTdHULapSGaKj+⟧\nregion = eu-west-1",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'resource "aws_s3_bucket" "profile_photos_quarantine" {\n  bucket = "kw-photos-quarantine-eu"\n  tags = {\n    team    = "trust-safety"\n    retention = "30d"\n  }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "expire" {\n  bucket = aws_s3_bucket.profile_photos_quarantine.id\n  rule {\n    id     = "expire-30"\n    status = "Enabled"\n    expiration { days = 30 }\n  }\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: campaign-mailer\ntype: Opaque\nstringData:\n  MAILGUN_API_KEY: "⟦API_KEY|key-4b16aa1f8e937e61a2c1d7c260a7f677⟧"\n  SENDGRID_API_KEY: "⟦API_KEY|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⟧"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: campaign-mailer\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: mailer\n          image: registry.example.com/campaign-mailer:2.14.1\n          envFrom:\n            - secretRef:\n                name: campaign-mailer",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nENV PYTHONUNBUFFERED=1\nCMD ["gunicorn", "crm_export.wsgi", "-b", "0.0.0.0:8000"]',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "-- dump of table nanny_candidates (Homeward Staffing)\nINSERT INTO nanny_candidates (id, full_name, email, ppsn, dob, notes) VALUES\n(311, '⟦PERSON|Caoimhe Ní Bhriain⟧', '⟦EMAIL_ADDRESS|caoimhe.nibhriain@eircom.net⟧', '⟦IE_PPSN|0991475H⟧', '⟦DATE_OF_BIRTH|1996-10-05⟧', '⟦HEALTH_DATA|coeliac⟧; own car'),\n(312, '⟦PERSON|Ruairí Fennelly⟧', '⟦EMAIL_ADDRESS|r.fennelly@gmail.com⟧', NULL, NULL, 'awaiting Garda vetting');",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "-- schema only\nCREATE TABLE nanny_candidates (\n  id SERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  email TEXT NOT NULL,\n  ppsn CHAR(9),\n  dob DATE,\n  notes TEXT,\n  created_at TIMESTAMPTZ DEFAULT now()\n);",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "2025-03-14T10:22:41Z INFO  webhook stripe event=payment_intent.succeeded id=pi_3OqK2L amount=4500 currency=gbp booking=BK-77120\n2025-03-14T10:22:41Z INFO  booking BK-77120 marked paid\n2025-03-14T10:23:05Z WARN  webhook signature retry id=evt_1OqK2M attempt=2",
    },
    {
        "kind": "code",
        "language": "en",
        "text": '2025-03-14T11:02:10Z ERROR webhook payload dump: {"customer_email": "⟦EMAIL_ADDRESS|gwenllian.threlkeld@btinternet.com⟧", "card": "⟦CREDIT_CARD|4525 7343 3135 3153⟧", "name": "⟦PERSON|Gwenllian Threlkeld⟧", "amount": 12000}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Traceback (most recent call last):\n  File \"/app/matchmaking/scoring.py\", line 88, in score_pair\n    weight = PREFERENCE_WEIGHTS[a.preference_key]\nKeyError: 'distance_km'\n\nDuring handling of the above exception, request_id=7f3e9b2a-4c1d-4e8f-9a61-2b5d0c8e1f47",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'import os\nimport requests\n\nSLACK_WEBHOOK = os.environ["SLACK_WEBHOOK_URL"]\n\n\ndef notify_moderators(report_id: str) -> None:\n    requests.post(SLACK_WEBHOOK, json={"text": f"New report {report_id} needs review"}, timeout=5)',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'from slack_sdk import WebClient\n\nclient = WebClient(token="⟦SLACK_TOKEN|xoxb-56797019556-421038226427-lSLn0LkVdygpFOTvHdNLyYUT⟧")\nclient.chat_postMessage(channel="#trust-safety", text="Photo queue over 500")',
    },
    {
        "kind": "code",
        "language": "en",
        "text": '# crm_export.yaml\nexport:\n  format: csv\n  delimiter: ";"\n  fields: [client_id, created_at, visits, last_treatment]\n  exclude: [medical_notes, contraindications]\n  destination: s3://spa-crm-exports/${ENV}/\n  schedule: "0 3 * * 1"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "client_id;name;phone;last_treatment;medical_notes\n10442;⟦PERSON|Persephone Adeyemi-Clarke⟧;⟦PHONE_NUMBER|07522 306 184⟧;microneedling;⟦HEALTH_DATA|rosacea, on isotretinoin⟧\n10443;⟦PERSON|Linnea Hargreaves⟧;⟦PHONE_NUMBER|07408 771 925⟧;brow lamination;",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# .npmrc for the booking widget build\n//npm.pkg.github.com/:_authToken=⟦GITHUB_TOKEN|ghs_RVGbPjgmocaOnmiD0t3FOLzncAf9uhqjV8uL⟧\n@salonbooker:registry=https://npm.pkg.github.com",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# .npmrc\n//npm.pkg.github.com/:_authToken=${NPM_TOKEN}\n@salonbooker:registry=https://npm.pkg.github.com",
    },
    {
        "kind": "code",
        "language": "en",
        "text": '[\n  {"model": "camps.camper", "pk": 1, "fields": {"first_name": "Test", "last_name": "Camper", "age": 11, "allergies": ""}},\n  {"model": "camps.session", "pk": 1, "fields": {"name": "Week 2 - Lakeside", "capacity": 40}}\n]',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# deploy key for genealogy-importer\n⟦PRIVATE_KEY|-----BEGIN RSA PRIVATE KEY-----\nPd5wSgzPQuhdoKFlcujt9s+ASGj3L7P2f0TnXTDwf8zGg7dLgvHfbHEtyxB+oyky\nHW8uOquJKJQBGt8bnxZ3DDl+8yHfEL+62n7aSmAQdVAaesneAObIAPTYJ8USrAmq\nWGVXXEpYkQ2UIii5HyJC2xxzFlNvkXw+rj8+oc0aBeGLnFSZ3nBiZ1J0kRp2t69I\no82AdezItmQ3G34bc4anzXv7q9UbBdlxSax9JdFKZ3V5B+Le\n-----END RSA PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# requirements.lock (genealogy-importer)\ngedcom-parser==0.9.4 --hash=sha256:3b1f0e7a9c24d6e85f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f607\nrequests==2.32.3\npydantic==2.7.1",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "GET /v1/matches?user=8812 HTTP/1.1\nHost: api.kindlewick.app\nAuthorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzMzE5MSIsImlhdCI6MTY5NjI3NDY5Nn0.36ogmmpO_L20hEqWEb7Ybo_rXJGshF59WEARmlFB-5K⟧\nAccept: application/json",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "maps:\n  provider: google\n  api_key: ${GOOGLE_MAPS_KEY}\n  default_zoom: 13\nbooking:\n  slot_minutes: 15\n  buffer_minutes: 5",
    },
    {
        "kind": "code",
        "language": "en",
        "text": '// petsitter-app/src/config.ts\nexport const config = {\n  mapsKey: "⟦GOOGLE_API_KEY|AIzaKaIcGs-XnqY9s6xZitRHRCuU2CHIcWV7NKC⟧",\n  azureStorageKey: "⟦AZURE_KEY|mIPVTxtSAI5S60d+C0yFpl4ntwd8E2ZI0PDvQbt0w4uEmRhkr1iHKHsHXy5YcLokmndgjT59Gd1Lo6FoCU+Fwg==⟧",\n  version: "3.8.0",\n};',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# cron for the e-mail campaign tool\n0 7 * * 2 /opt/mailer/bin/send --campaign spring-offers --dry-run=false\n30 2 * * * /opt/mailer/bin/prune-bounces --older-than 90d",
    },
]
