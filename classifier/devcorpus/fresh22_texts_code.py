"""Code and config texts of the fresh22 split: clinic booking app, HL7/FHIR integration, pharmacy stock, care-roster exports."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "text": (
            "# booking/settings/production.py\n"
            "from .base import *  # noqa\n\n"
            "DEBUG = False\n"
            'ALLOWED_HOSTS = ["book.harbourview-dental.co.uk"]\n'
            'SECRET_KEY = "⟦GENERIC_SECRET|q8#v)2k!zr_w4$hm9t@p0x^e6yj&c1d-l7nb3s*fu5ga%o⟧"\n'
            "DATABASES = {\n"
            '    "default": {\n'
            '        "ENGINE": "django.db.backends.postgresql",\n'
            '        "NAME": "booking",\n'
            '        "USER": "booking_app",\n'
            '        "PASSWORD": "⟦PASSWORD|Molar-Crown-2026!⟧",\n'
            '        "HOST": "db-prod.internal",\n'
            "    }\n"
            "}"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# booking/settings/production.py (after review)\n"
            "import os\n\n"
            'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n'
            'DATABASES["default"]["PASSWORD"] = os.environ.get("BOOKING_DB_PASSWORD", "")\n'
            'STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]\n'
            "SESSION_COOKIE_SECURE = True\n"
            'CSRF_TRUSTED_ORIGINS = ["https://book.harbourview-dental.co.uk"]'
        ),
    },
    {
        "kind": "code",
        "text": (
            "# .env.production - clinic booking\n"
            "APP_ENV=production\n"
            "DATABASE_URL=postgres://booking_app:⟦PASSWORD|Inc1sor!Bite77⟧@db-prod.internal:5432/booking\n"
            "STRIPE_SECRET_KEY=⟦STRIPE_KEY|sk_live_rESQedUStPKR0CsTy4Qwb8Dw⟧\n"
            "OPENAI_API_KEY=⟦OPENAI_API_KEY|sk-proj-8iS2G8NPRVdD53X83RZJzzzzgEOzdmenCkhvMdgaKjIg8xNb⟧\n"
            "REMINDER_SMS_SENDER=HVDental"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# .env.example - copy to .env and fill in\n"
            "APP_ENV=development\n"
            "DATABASE_URL=postgres://booking:changeme@localhost:5432/booking\n"
            "STRIPE_SECRET_KEY=sk_test_<your-key>\n"
            "OPENAI_API_KEY=<your-openai-key>\n"
            "FHIR_BASE_URL=http://localhost:8080/fhir"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# fhir-bridge/config.yaml\n"
            "fhir:\n"
            "  base_url: https://fhir.elmcroft-care.example/R4\n"
            "  auth:\n"
            "    token_url: https://auth.elmcroft-care.example/oauth2/token\n"
            "    client_id: care-record-sync\n"
            "    client_secret: ⟦GENERIC_SECRET|4d8c4fa2815d2802827283e0ad84173581569969⟧\n"
            "  resources: [Patient, Encounter, MedicationAdministration, Observation]\n"
            "  page_size: 200"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# fhir-bridge/config.yaml (staging)\n"
            "fhir:\n"
            "  base_url: https://fhir-staging.elmcroft-care.example/R4\n"
            "  auth:\n"
            "    client_id: care-record-sync\n"
            "    client_secret: ${vault:secret/data/fhir-bridge#client_secret}\n"
            "  capability_statement_version: 4.0.1\n"
            "  profile: http://hl7.org/fhir/uv/ips/StructureDefinition/Bundle-uv-ips"
        ),
    },
    {
        "kind": "code",
        "text": (
            "$ curl -s https://fhir.elmcroft-care.example/R4/Patient?identifier=MRN|004471 \\\n"
            '  -H "Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYm9va2luZyIsImlzcyI6'
            'ImNsaW5pYy1hdXRoIiwiZXhwIjoxNzc1MDAxNjAwfQ.CyEZDz_TddJ8HyS5SUkCnD8zRA9a9SkpXz9w3QlY7Zk⟧" \\\n'
            '  -H "Accept: application/fhir+json"'
        ),
    },
    {
        "kind": "code",
        "text": (
            "MSH|^~\\&|EPIC|STALDHELM|CARELINK|ELMCROFT|20260314093012||ADT^A03|MSG00045127|P|2.5.1\n"
            "EVN|A03|20260314092900\n"
            "PID|1||004471^^^STALDHELM^MR||⟦PERSON|QUENNELL-OBI^MARGERY⟧||⟦DATE_OF_BIRTH|19380517⟧|F|||"
            "⟦STREET_ADDRESS|14 Elm Croft Lane^^Whitby^^YO21 3EL⟧||⟦PHONE_NUMBER|01947 602 118⟧\n"
            "PV1|1|I|WARD7B^12^A|||||||MED\n"
            "DG1|1||G20^⟦HEALTH_DATA|Parkinson's disease⟧^I10|||F"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# hl7-listener/mllp.ini\n"
            "[listener]\n"
            "host = 0.0.0.0\n"
            "port = 2575\n"
            "ack_mode = AL\n"
            "encoding = UTF-8\n"
            "accepted_events = ADT^A01,ADT^A03,ADT^A08,ORU^R01\n\n"
            "[archive]\n"
            "bucket = s3://hl7-archive-eu-west-2\n"
            "credentials = instance-profile"
        ),
    },
    {
        "kind": "code",
        "text": (
            "[profile hl7-archive]\n"
            "region = eu-west-2\n"
            "aws_access_key_id = ⟦AWS_ACCESS_KEY|AKIAUJZDE8GXD6NCF10E⟧\n"
            "aws_secret_access_key = ⟦AWS_SECRET_KEY|El2hpChYgCfrL1spNxnyVmihA+2O76UMFxFkM+R5⟧\n"
            "output = json"
        ),
    },
    {
        "kind": "code",
        "text": (
            "-- pharmacy_stock/schema.sql\n"
            "CREATE TABLE stock_item (\n"
            "    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\n"
            "    pzn CHAR(8) NOT NULL,\n"
            "    name TEXT NOT NULL,\n"
            "    batch TEXT NOT NULL,\n"
            "    expires_on DATE NOT NULL,\n"
            "    quantity INTEGER NOT NULL CHECK (quantity >= 0),\n"
            "    fridge BOOLEAN NOT NULL DEFAULT FALSE\n"
            ");\n"
            "CREATE INDEX stock_item_expiry ON stock_item (expires_on);"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# pharmacy_stock/alerts.py\n"
            "from slack_sdk import WebClient\n\n"
            'client = WebClient(token="⟦SLACK_TOKEN|xoxb-291703423667-1276842684656-9ojfljoQoaF1LlqsajAIxNKu⟧")\n\n\n'
            "def fridge_alert(fridge: str, temp: float) -> None:\n"
            '    client.chat_postMessage(channel="#pharmacy-cold-chain", text=f"{fridge} at {temp:.1f} °C")'
        ),
    },
    {
        "kind": "code",
        "text": (
            "# pharmacy_stock/wholesaler.py\n"
            "import os\n\n"
            "import httpx\n\n"
            'WHOLESALER_URL = "https://api.phoenix-orders.example/v2"\n'
            'API_KEY = os.getenv("WHOLESALER_API_KEY")\n\n\n'
            "def order(pzn: str, qty: int) -> dict:\n"
            '    r = httpx.post(f"{WHOLESALER_URL}/orders", json={"pzn": pzn, "qty": qty}, '
            'headers={"x-api-key": API_KEY}, timeout=10)\n'
            "    r.raise_for_status()\n"
            "    return r.json()"
        ),
    },
    {
        "kind": "code",
        "text": (
            "2026-03-18T06:02:11Z INFO  stock-sync order=PO-55812 supplier=cofares lines=14 status=sent\n"
            "2026-03-18T06:02:12Z WARN  stock-sync retrying POST /v2/orders x-api-key=⟦API_KEY|cf575dcad6ba2b0aee0ca"
            "92373288158⟧ attempt=2\n"
            "2026-03-18T06:02:14Z INFO  stock-sync order=PO-55812 accepted ref=8f3c2a1e-77b4-4c0e-9a61-2b5d0e8f4c19"
        ),
    },
    {
        "kind": "code",
        "text": (
            "employee_id,name,ppsn,role,shift_date,shift,hours\n"
            "E1042,⟦PERSON|Siobhán Mulcahy-Darko⟧,⟦IE_PPSN|9439108V⟧,HCA,2026-04-06,night,12\n"
            "E1043,⟦PERSON|Declan Featherstone⟧,⟦IE_PPSN|9439108HA⟧,staff nurse,2026-04-06,day,12\n"
            "E1051,⟦PERSON|Precious Lynam⟧,,HCA,2026-04-07,night,12"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# roster_export/export.py\n"
            "import csv\n\n"
            'FIELDS = ["employee_id", "role", "shift_date", "shift", "hours"]\n\n\n'
            "def write_roster(rows, path):\n"
            '    with open(path, "w", newline="", encoding="utf-8") as fh:\n'
            '        writer = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")\n'
            "        writer.writeheader()\n"
            "        writer.writerows(rows)"
        ),
    },
    {
        "kind": "code",
        "text": (
            "// roster_export/appsettings.json\n"
            "{\n"
            '  "Storage": {\n'
            '    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=carerosterexports;'
            "AccountKey=⟦AZURE_KEY|uvqdt7s8Stqcbnr3yBdGBLEPH1qhT61qtc4xatws8phP9nhFyJfm5di4PzJ59FHz5r1pY4OjE2jBMptUsGr7Cm==⟧;"
            'EndpointSuffix=core.windows.net",\n'
            '    "Container": "weekly-rosters"\n'
            "  }\n"
            "}"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# terraform/roster_storage.tf\n"
            'resource "azurerm_storage_account" "rosters" {\n'
            '  name                     = "carerosterexports"\n'
            "  resource_group_name      = var.resource_group\n"
            '  location                 = "uksouth"\n'
            '  account_tier             = "Standard"\n'
            '  account_replication_type = "ZRS"\n'
            '  min_tls_version          = "TLS1_2"\n'
            "}"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# .github/workflows/deploy.yml\n"
            "name: deploy-booking\n"
            "on: { push: { branches: [main] } }\n"
            "jobs:\n"
            "  deploy:\n"
            "    runs-on: ubuntu-24.04\n"
            "    steps:\n"
            "      - uses: actions/checkout@v4\n"
            "      - run: git clone https://x-access-token:⟦GITHUB_TOKEN|ghp_sMehGAkWvj7FAc9QeWJKY40uvSwMFLZDe1f8⟧"
            "@github.com/harbourview/booking-infra.git\n"
            "      - run: ./infra/deploy.sh production"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# .github/workflows/test.yml\n"
            "name: test\n"
            "on: [pull_request]\n"
            "jobs:\n"
            "  test:\n"
            "    runs-on: ubuntu-24.04\n"
            "    env:\n"
            "      DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}\n"
            "    steps:\n"
            "      - uses: actions/checkout@v4\n"
            "      - uses: actions/setup-python@v5\n"
            '        with: { python-version: "3.12" }\n'
            "      - run: pip install -r requirements.txt && pytest -q"
        ),
    },
    {
        "kind": "code",
        "text": (
            "// transport-app/src/map.ts\n"
            'const MAPS_KEY = "⟦GOOGLE_API_KEY|AIzajAWtGSU8po-799NksnRH9ucAUsdMlHUvTCQ⟧";\n'
            "export function loadMap(el: HTMLElement) {\n"
            "  return new google.maps.Map(el, { center: { lat: 54.97, lng: -1.61 }, zoom: 11 });\n"
            "}"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# fhir-bridge/mtls/client.key (committed by mistake, rotated 2026-03-20)\n"
            "⟦PRIVATE_KEY|-----BEGIN PRIVATE KEY-----\n"
            "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC5FuKsQmAEgcJY\n"
            "fN95Dbd/cmdbnWvZUfPsRtCBySC3FMcK8OQfJYX615QieQBhrqopX0Rnm+2XQCrw\n"
            "yrzjmZ/Ai6HLUnMFckLmZt3K0/Hpv1MkUoW20cIdSsPFUS4NcDnAgMBAAECggEA\n"
            "-----END PRIVATE KEY-----⟧"
        ),
    },
    {
        "kind": "code",
        "text": (
            "-- dump of waiting_list (counselling practice), 2026-03-02\n"
            "INSERT INTO waiting_list (id, name, dob, phone, reason, added) VALUES\n"
            "(311, '⟦PERSON|Evander Múñez-Cole⟧', '⟦DATE_OF_BIRTH|1996-07-21⟧', '⟦PHONE_NUMBER|07700 914 352⟧', "
            "'⟦HEALTH_DATA|OCD, intrusive thoughts⟧', '2026-01-14'),\n"
            "(312, '⟦PERSON|Lowri Abernethy⟧', '⟦DATE_OF_BIRTH|1981-02-09⟧', '⟦PHONE_NUMBER|07813 227 640⟧', "
            "'⟦HEALTH_DATA|bereavement, low mood⟧', '2026-01-19');"
        ),
    },
    {
        "kind": "code",
        "text": (
            "requirements.txt\n"
            "Django==5.1.7\n"
            "djangorestframework==3.15.2\n"
            "fhir.resources==7.1.0\n"
            "hl7apy==1.3.5\n"
            "stripe==11.4.1\n"
            "psycopg[binary]==3.2.6\n"
            "# sha256:9b1c3f6a2e47d0b8c5a14f7e93d26b0c81e5fa4d7c3b2a1908e6f5d4c3b2a190"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# k8s/booking-secrets.yaml\n"
            "apiVersion: external-secrets.io/v1beta1\n"
            "kind: ExternalSecret\n"
            "metadata:\n"
            "  name: booking-env\n"
            "spec:\n"
            "  secretStoreRef: { name: aws-secrets-manager, kind: ClusterSecretStore }\n"
            "  data:\n"
            "    - secretKey: STRIPE_SECRET_KEY\n"
            "      remoteRef: { key: prod/booking/stripe, property: secret_key }\n"
            "    - secretKey: DJANGO_SECRET_KEY\n"
            "      remoteRef: { key: prod/booking/django, property: secret_key }"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# booking/tests/test_reminders.py\n"
            "import uuid\n\n"
            'APPOINTMENT_ID = uuid.UUID("3b9e1c4d-58a2-4f0e-b7d6-91c2e8a4f305")\n\n\n'
            "def test_reminder_is_sent_24h_before(client, settings):\n"
            '    settings.SMS_BACKEND = "booking.sms.backends.locmem"\n'
            '    response = client.post(f"/api/appointments/{APPOINTMENT_ID}/remind/")\n'
            "    assert response.status_code == 202"
        ),
    },
    {
        "kind": "code",
        "text": (
            "Traceback (most recent call last):\n"
            '  File "/srv/booking/payments/charge.py", line 41, in charge_deposit\n'
            '    intent = stripe.PaymentIntent.create(amount=2500, currency="gbp", customer=cust_id)\n'
            "stripe.error.AuthenticationError: Invalid API Key provided: sk_live_****************Xq3T\n"
            "request_id=req_8KfQ2mZrT0aLpV"
        ),
    },
    {
        "kind": "code",
        "text": (
            "# Dockerfile - hl7-listener\n"
            "FROM python:3.12-slim@sha256:2a7b3c1e9f0d84c6b5a3e2f1d0c9b8a7e6f5d4c3b2a1f0e9d8c7b6a5f4e3d2c1\n"
            "WORKDIR /app\n"
            "COPY requirements.txt .\n"
            "RUN pip install --no-cache-dir -r requirements.txt\n"
            "COPY . .\n"
            "EXPOSE 2575\n"
            'CMD ["python", "-m", "listener", "--config", "/etc/hl7/mllp.ini"]'
        ),
    },
    {
        "kind": "code",
        "text": (
            "# care_roster/sync_payroll.py\n"
            'PAYROLL_SFTP_HOST = "sftp.payroll-bureau.example"\n'
            'PAYROLL_SFTP_USER = "fernleigh_homecare"\n'
            'PAYROLL_SFTP_PASSWORD = "⟦PASSWORD|Rota#Week14-Fern!⟧"\n'
            'REMOTE_DIR = "/inbound/rosters"'
        ),
    },
]
