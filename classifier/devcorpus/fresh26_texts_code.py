"""Hand-written code and config texts of the held-out split fresh26: case management, e-filing and benefits back ends."""

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "# .env — casefile-api (staging)\nDATABASE_URL=postgres://casefile:⟦PASSWORD|Gr8nite-Dock!47⟧@db.internal:5432/casefile\nEFILING_API_KEY=⟦API_KEY|ef_live_9QmT2vXa7LpR4sKd8WnZ3bHc⟧\nDEBUG=false",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# .env.example — casefile-api\nDATABASE_URL=postgres://casefile:changeme@localhost:5432/casefile\nEFILING_API_KEY=\nDEBUG=true",
    },
    {
        "kind": "code",
        "language": "en",
        "text": '# settings/production.py\nimport os\n\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nALLOWED_HOSTS = ["probation.example.gov"]\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": os.environ["DB_PASSWORD"]}}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": '# settings/local.py\nSECRET_KEY = "⟦GENERIC_SECRET|django-insecure-ug+r$l6z#mg@&-ttnnjt&53&f^da4)l4_9kk65ntcvk4ipe22p⟧"\nDEBUG = True\nVISIT_BOOKING_SLOTS = 12',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "name: deploy-benefits-backend\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'provider "aws" {\n  region     = "eu-west-2"\n  access_key = "⟦AWS_ACCESS_KEY|AKIAVRR7ZVDJU27AI5YO⟧"\n  secret_key = "⟦AWS_SECRET_KEY|clzHNBcXkFu2caEmy2yo43QfynZj4ipYpZjXINFT⟧"\n}\n\nresource "aws_s3_bucket" "court_bundles" {\n  bucket = "court-bundles-prod"\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: audit-log-shipper\ntype: Opaque\nstringData:\n  SLACK_WEBHOOK_TOKEN: "⟦SLACK_TOKEN|xoxb-46206299147-883685642014-qZCggjNfkppRYMJPbJXp5jqC⟧"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: appointment-scheduler\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: scheduler\n          image: registry.example.gov/scheduler:2.14.1\n          envFrom:\n            - secretRef:\n                name: scheduler-secrets",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nENV DOCGEN_TEMPLATE_DIR=/app/templates\nCMD ["gunicorn", "docgen.wsgi"]',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "-- dump of table victims_contact (legal-aid CRM)\nINSERT INTO victims_contact (id, full_name, phone, dob, notes) VALUES\n(4412, '⟦PERSON|Prudence Okafor-Lindqvist⟧', '⟦PHONE_NUMBER|+44 7700 900 612⟧', '⟦DATE_OF_BIRTH|1977-12-03⟧', '⟦HEALTH_DATA|PTSD⟧ after assault, prefers female caseworker'),\n(4413, '⟦PERSON|Ambrose Keteku⟧', '⟦PHONE_NUMBER|+44 7700 900 845⟧', '⟦DATE_OF_BIRTH|1961-04-19⟧', 'burglary victim, no special needs');",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "CREATE TABLE hearing_slot (\n    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\n    courtroom VARCHAR(16) NOT NULL,\n    starts_at TIMESTAMPTZ NOT NULL,\n    case_ref VARCHAR(32)\n);\nCREATE INDEX hearing_slot_starts_idx ON hearing_slot (starts_at);",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "2025-03-04T09:12:44Z INFO audit user=clerk-0193 action=VIEW case=CR-2025-00412 ip=10.4.2.17\n2025-03-04T09:12:51Z INFO audit user=clerk-0193 action=DOWNLOAD doc=9f3c2a1e-77b4-4c1e-9d0a-2b5e1f6c8a40\n2025-03-04T09:13:02Z WARN audit user=judge-0021 action=SEAL case=CR-2025-00412",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "2025-05-19 14:02:11 ERROR efiling.client: upload failed for submitter ⟦EMAIL_ADDRESS|o.marchbanks@verity-law.example⟧ (401)\n2025-05-19 14:02:11 DEBUG efiling.client: Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyNDQ1OSIsImlhdCI6MTY2OTgwMjE0Nn0.XKA-7Lun1vU0vsbGCOjCwfzHmmL2Ht8C6mNA9VgOJFJ⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'Traceback (most recent call last):\n  File "/srv/benefits/payments/run.py", line 88, in <module>\n    schedule_payments(batch)\n  File "/srv/benefits/payments/sepa.py", line 41, in schedule_payments\n    raise InvalidMandate(row.mandate_id)\nbenefits.errors.InvalidMandate: mandate 7c1d0e55-3f2b-4a7e-8c61-0d9e4b2f1a33 has expired',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# fixtures/claimants.yaml\n- model: benefits.claimant\n  pk: 1\n  fields:\n    name: ⟦PERSON|Leocadia Furness⟧\n    nino: ⟦UK_NINO|JT 48 27 61 C⟧\n    iban: ⟦IBAN_CODE|GB81 PLLI 7297 4641 8598 11⟧\n    disability: ⟦HEALTH_DATA|visual impairment⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# fixtures/claimants.yaml (synthetic)\n- model: benefits.claimant\n  pk: 1\n  fields:\n    name: TEST CLAIMANT A\n    nino: QQ123456C\n    iban: XX00 TEST 0000 0000\n    disability: null",
    },
    {
        "kind": "code",
        "text": 'import openai\n\nclient = openai.OpenAI(api_key="⟦OPENAI_API_KEY|sk-vEmuYVIapWtcPMjPspJUXEG8DQfsbbv807MkLqBgnviAHNWd⟧")\n\ndef summarise_judgment(text: str) -> str:\n    return client.responses.create(model="gpt-4.1-mini", input=f"Summarise: {text}").output_text',
    },
    {
        "kind": "code",
        "text": 'import os\nimport openai\n\nclient = openai.OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n\ndef classify_complaint(text: str) -> str:\n    return client.responses.create(model="gpt-4.1-mini", input=text).output_text',
    },
    {
        "kind": "code",
        "text": '// scheduler/maps.js\nconst MAPS_KEY = "⟦GOOGLE_API_KEY|AIzaTQnfOs9hEnN0IEqJPFFu_yTu9pm4fgrR2gr⟧";\nexport const courtMapUrl = (lat, lng) => `https://maps.googleapis.com/maps/api/staticmap?center=${lat},${lng}&key=${MAPS_KEY}`;',
    },
    {
        "kind": "code",
        "language": "en",
        "text": '[remote "origin"]\n  url = https://x-access-token:⟦GITHUB_TOKEN|gho_GvO9qjSOdayoHI63g1yk7ZmXaEYxt4dwK5yf⟧@github.com/county-courts/docgen-templates.git\n  fetch = +refs/heads/*:refs/remotes/origin/*',
    },
    {
        "kind": "code",
        "language": "en",
        "text": '{% extends "letters/base.html" %}\n{% block body %}\nDear {{ claimant.title }} {{ claimant.surname }},\n\nYour appeal reference {{ appeal.ref }} will be heard on {{ hearing.date|date:"j F Y" }} at {{ hearing.venue }}.\n{% endblock %}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "services:\n  casefile:\n    image: casefile:1.9.3\n    environment:\n      - DB_PASSWORD=${DB_PASSWORD}\n      - STORAGE_ACCOUNT_KEY=${STORAGE_ACCOUNT_KEY}\n  redis:\n    image: redis:7.2-alpine",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# azure storage for scanned exhibits\nSTORAGE_ACCOUNT=exhibitsprod\nSTORAGE_ACCOUNT_KEY=⟦AZURE_KEY|rSndwQXPYYCGFWxFhSUD1XBSri6vU+pojbjsVzKvF2S5QA0BRZUSEefAn8K/GaJWA4mphJzk7N5CN4sCiV6unQ==⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# deploy key for the land-registry sync job\n⟦PRIVATE_KEY|-----BEGIN EC PRIVATE KEY-----\njvBjijRx2c9RPc5MjOFWOONuaFgWNdqRTrpZQPMbw6d+Upksc1agh5RYFjQcyW8u\n4ATFpm3rGnYhn+jn8Z7ecrGe/ZuEkI2Fk1D+rCbFBxne/vIN2G9bfHjoumf28KJt\n6JcaqkHHlLM3dOhVpjyHkk9GBsigbGMRSincRhsqgI0n+WXiViiFQtBhY5WUXejF\nbN8CSabfUSblX/Q9AKJ9UiBHgJuvO68zvNxvw+2b6DaHXpmF\n-----END EC PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": '# payments.py — court fee card payments\nimport stripe\nstripe.api_key = "⟦STRIPE_KEY|sk_test_NgxOPn3aUOlGX67xUKO4BtGudxyRdzQCDKuumCfYeeQFcuLkAbWyDPZsAaS5XK55jkwFW4KgIZSIx8w9eGHShRLrQKIS52RoRZy⟧"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "id,visitor_name,prisoner_no,visit_date,notes\n881,⟦PERSON|Hyacinth Abernathy-Kuti⟧,B2209QX,2025-06-14,uses wheelchair\n882,⟦PERSON|Cosmo Deverell⟧,A7731LP,2025-06-14,",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# requirements.txt\nDjango==5.1.4\ndjangorestframework==3.15.2\ncelery==5.4.0\nweasyprint==63.1\nsentry-sdk==2.19.0\n# sha256 of release: 3b7e1c9a0f4d2e8b6a5c7d9e1f0a2b4c6d8e0f1a3b5c7d9e2f4a6b8c0d1e3f5a",
    },
    {
        "kind": "docs",
        "text": "E-filing API v2\n\nAuthenticate with an OAuth2 client-credentials token, then POST multipart/form-data to /v2/submissions with the case reference and one or more PDF documents. The response contains a submission UUID; poll /v2/submissions/{uuid} until status is ACCEPTED or REJECTED. Rate limit: 60 requests per minute per client.",
    },
]
