"""Code and configuration blocks of the ``fresh2`` split: a claims platform, a hotel PMS, a car-hire booking API, a pension fund's batch jobs, a club's website, an IT helpdesk's scripts.

Compiled for Custos, CC0, written from scratch for this split. ``CODE_SECRET``
templates hold at least one credential or personal value (labelled);
``CODE_CLEAN`` ones only name secrets (environment variables, secret
references, masked log fields) or carry look-alikes (hashes, UUIDs, versions,
timestamps) and are expected PUBLIC.
"""

CODE_NEUTRAL = {
    "USER": ("claims_rw", "pms", "booking_api", "batch", "helpdesk", "club_web"),
    "HOST": ("pg-claims.internal", "mariadb-pms", "10.20.0.15", "db", "postgres.helpdesk.svc"),
}

CODE_SECRET = [
    "# claims-api/.env.production\nDATABASE_URL=postgres://<<USER>>:<<PASSWORD>>@<<HOST>>:<<PORT>>/claims\nSENTRY_ENVIRONMENT=production\nLOG_LEVEL=info",
    '# settings/prod.py\nDEBUG = False\nALLOWED_HOSTS = ["booking.rentaroute.ie"]\nSECRET_KEY = "<<SECRET_KEY>>"\nTIME_ZONE = "Europe/Dublin"',
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: pms-smtp\ntype: Opaque\nstringData:\n  SMTP_USER: <<USER>>\n  SMTP_PASSWORD: "<<PASSWORD>>"',
    "[azure]\naccount_name = pensionsarchive\naccount_key = <<AZURE_STORAGE_KEY>>\ncontainer = statements",
    "$ export AWS_ACCESS_KEY_ID=<<AWS_ACCESS_KEY>>\n$ export AWS_SECRET_ACCESS_KEY=<<AWS_SECRET_KEY>>\n$ aws s3 sync ./exports s3://club-backups/",
    "const mg = mailgun.client({\n  username: 'api',\n  key: '<<MAILGUN_API_KEY>>', // <<COMMENT>>\n  url: 'https://api.eu.mailgun.net',\n});",
    "curl -s https://api.sendgrid.com/v3/mail/send \\\n  -H \"Authorization: Bearer <<SENDGRID_API_KEY>>\" \\\n  -H 'Content-Type: application/json' -d @welcome.json",
    "GET /v1/members/export HTTP/1.1\nHost: api.internal\nAuthorization: Basic <<BASIC_AUTH>>\nAccept: text/csv",
    'resource "github_actions_secret" "deploy" {\n  repository      = "helpdesk-scripts"\n  secret_name     = "DEPLOY_TOKEN"\n  plaintext_value = "<<GITHUB_TOKEN>>"\n}',
    "STRIPE_SECRET_KEY=<<STRIPE_KEY>>\nSTRIPE_WEBHOOK_TOLERANCE=300\nCURRENCY=eur",
    '# notify.py\nSLACK_BOT_TOKEN = "<<SLACK_TOKEN>>"  # <<COMMENT>>\nCHANNEL = "#claims-alerts"',
    "OPENAI_API_KEY=<<OPENAI_API_KEY>>\nMODEL_NAME=<<MODEL>>\nMAX_TOKENS=800",
    "maps:\n  provider: google\n  api_key: <<GOOGLE_API_KEY>>\n  region: eu",
    "TWILIO_ACCOUNT_SID=AC<<GITHASH>>\nTWILIO_API_KEY=<<TWILIO_API_KEY>>\nTWILIO_REGION=ie1",
    "$ ssh-keygen -y -f deploy_key\n$ cat deploy_key\n<<PRIVATE_KEY>>",
    "2025-03-04 10:12:55,301 DEBUG auth.middleware Incoming token: Bearer <<JWT>>",
    "INSERT INTO guests (guest_id, full_name, email, phone) VALUES\n  (4471, '<<NAME>>', '<<EMAIL>>', '<<PHONE>>');",
    "Traceback (most recent call last):\n  File \"/srv/claims/payouts.py\", line 88, in pay\n    bank.transfer(iban=iban, amount=amount)\nValueError: IBAN rejected by bank: '<<IBAN>>' (holder '<<NAME>>')",
    '{\n  "member_id": <<NUMBER>>,\n  "name": "<<NAME>>",\n  "email": "<<EMAIL>>",\n  "dob": "<<DOB>>",\n  "plan": "family"\n}',
    "<<TIMESTAMP>> WARN helpdesk.ldap bind failed for user=<<USER>> password=<<PASSWORD>> (plaintext logging still on!)",
    'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nENV REDIS_URL=redis://:<<PASSWORD>>@<<HOST>>:6379/0\nCOPY . /app\nCMD ["gunicorn", "pms.wsgi"]',
    'import psycopg\nconn = psycopg.connect(host="<<HOST>>", user="<<USER>>", password="<<PASSWORD>>", dbname="pensions")',
    "UPDATE volunteers SET phone = '<<PHONE>>', email = '<<EMAIL>>' WHERE id = <<NUMBER>>;",
    "# .pgpass\n<<HOST>>:5432:claims:<<USER>>:<<PASSWORD>>",
    'client = BlobServiceClient.from_connection_string(\n    "DefaultEndpointsProtocol=https;AccountName=hotelinvoices;AccountKey=<<AZURE_STORAGE_KEY>>;EndpointSuffix=core.windows.net"\n)',
]

CODE_CLEAN = [
    "# claims-api/.env.example\nDATABASE_URL=\nSENTRY_DSN=\nSECRET_KEY=\n# fill in from the vault, never commit real values",
    'import os\n\nSENDGRID_API_KEY = os.environ["SENDGRID_API_KEY"]\nDEFAULT_FROM = os.getenv("DEFAULT_FROM", "")',
    "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pms-db\n        key: password",
    "- name: Deploy\n  run: ./deploy.sh\n  env:\n    NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n    AWS_ROLE_ARN: ${{ vars.AWS_ROLE_ARN }}",
    'def rotate_api_key(client_id: int) -> str:\n    """Issue a new key; the old one keeps working for 24 hours."""\n    key = secrets.token_urlsafe(32)\n    store_hash(client_id, hashlib.sha256(key.encode()).hexdigest())\n    return key',
    'resource "aws_db_instance" "claims" {\n  engine         = "postgres"\n  engine_version = "16.4"\n  username       = var.db_username\n  password       = var.db_password\n}',
    "<<TIMESTAMP>> INFO  login ok user_id=<<NUMBER>> password=*** mfa=totp latency=<<DURATION>>",
    "PASSWORD_MIN_LENGTH = 12\nPASSWORD_RESET_TIMEOUT = 3600  # seconds\nSESSION_COOKIE_SECURE = True",
    "const token = process.env.MAPS_API_KEY ?? '';\nif (!token) throw new Error('MAPS_API_KEY is not set');",
    "sha256  <<SHA256>>  pms-backup-<<VERSION>>.tar.gz\ncommit  <<GITHASH>>\nbuild   <<UUID>>",
    "SELECT claim_no, status, updated_at\nFROM claims\nWHERE status = 'OPEN' AND updated_at < now() - interval '30 days'\nORDER BY updated_at;",
    'Traceback (most recent call last):\n  File "/srv/helpdesk/sync.py", line 41, in main\n    token = get_token()\n  File "/srv/helpdesk/auth.py", line 17, in get_token\n    raise KeyError("HELPDESK_API_TOKEN")\nKeyError: \'HELPDESK_API_TOKEN\'',
    "[database]\nhost = <<HOST>>\nport = <<PORT>>\nuser = <<USER>>\npassword_file = /run/secrets/db_password",
    "$ vault kv get -field=password secret/pms/db | docker login --username pms --password-stdin registry.internal",
    '{\n  "id": "<<UUID>>",\n  "type": "booking.created",\n  "created": <<EPOCH>>,\n  "data": {"vehicle": "<<VEHICLE>>", "price_eur": 212.40}\n}',
    "class PasswordField(forms.CharField):\n    widget = forms.PasswordInput(render_value=False)\n\n    def clean(self, value):\n        return make_password(super().clean(value))",
    'FROM node:22-alpine\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\nCMD ["node", "server.js"]',
    '<<TIMESTAMP>> ERROR payouts retry 3/5 claim=<<CLAIM_NO>> reason="bank timeout" trace=<<GITHASH>>',
    "# requirements.txt\nDjango==5.2.3\npsycopg[binary]==3.2.9\nsentry-sdk==2.29.1\nstripe==12.2.0",
    "model: <<MODEL>>\ntemperature: 0.2\nsystem_prompt: |\n  You answer questions about hotel bookings. Never ask guests for card numbers or passwords.",
]
