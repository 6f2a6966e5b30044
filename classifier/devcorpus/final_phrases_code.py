"""Source, configuration and log templates of the ``test`` split (``<<COMMENT>>`` is a comment in the text's language).

Compiled for Custos, CC0, written fresh for the third split. ``CODE_SECRET``
templates hold a credential literal (or personal data in a log line or a
fixture); ``CODE_CLEAN`` ones only name secrets (look-ups, references,
placeholders, masked values) next to hashes, UUIDs, versions, ports and
internal addresses, which are no secrets either.
"""

CODE_NEUTRAL = {
    "USER": ("svc_reports", "ci", "grafana", "app_rw", "backup", "airflow"),
    "HOST": ("pg.prod.internal", "mq-2", "127.0.0.1", "vault.local", "db-replica.svc.cluster.local"),
}

CODE_SECRET = [
    # Go: a hard-coded DSN
    'package store\n\nimport "database/sql"\n\n// <<COMMENT>>\nconst dsn = "host=<<HOST>> port=<<PORT>> user=<<USER>> password=<<PASSWORD>> dbname=ledger sslmode=require"\n\nfunc Open() (*sql.DB, error) {\n\treturn sql.Open("pgx", dsn)\n}\n',
    # Java Spring properties
    "# <<COMMENT>>\nspring.datasource.url=jdbc:postgresql://<<HOST>>:<<PORT>>/crm\nspring.datasource.username=<<USER>>\nspring.datasource.password=<<PASSWORD>>\nspring.jpa.open-in-view=false\n",
    # TOML with a Stripe key
    '[server]\nport = <<PORT>>\nworkers = 4\n\n# <<COMMENT>>\n[payments]\nprovider = "stripe"\napi_key = "<<STRIPE_KEY>>"\nwebhook_path = "/hooks/stripe"\n',
    # TypeScript OpenAI client
    "import OpenAI from 'openai';\n\n// <<COMMENT>>\nexport const client = new OpenAI({\n  apiKey: '<<OPENAI_API_KEY>>',\n  maxRetries: 2,\n});\n",
    # Terraform provider with static AWS keys
    'provider "aws" {\n  region     = "eu-central-1"\n  # <<COMMENT>>\n  access_key = "<<AWS_ACCESS_KEY>>"\n  secret_key = "<<AWS_SECRET_KEY>>"\n}\n',
    # shell: git clone with a token in the URL
    "#!/bin/sh\n# <<COMMENT>>\ngit clone https://x-access-token:<<GITHUB_TOKEN>>@github.com/acme/infra.git /opt/infra\ncd /opt/infra && make plan\n",
    # Python Flask config
    'class ProductionConfig:\n    # <<COMMENT>>\n    SECRET_KEY = "<<SECRET_KEY>>"\n    SQLALCHEMY_DATABASE_URI = "mysql+pymysql://<<USER>>:<<PASSWORD>>@<<HOST>>/shop"\n    SESSION_COOKIE_SECURE = True\n',
    # nginx access log with an e-mail in the query string
    '10.4.0.17 - - [<<TIMESTAMP>>] "GET /api/newsletter/confirm?email=<<EMAIL>>&t=<<GITHASH>> HTTP/1.1" 200 512 "-" "Mozilla/5.0"\n10.4.0.17 - - [<<TIMESTAMP>>] "GET /static/app.<<GITHASH>>.js HTTP/1.1" 304 0 "-" "Mozilla/5.0"\n',
    # application log: a login for a named user
    "<<TIMESTAMP>> INFO  auth.views login ok user_id=<<NUMBER>> email=<<EMAIL>> ip=<<IP_INTERNAL>>\n<<TIMESTAMP>> WARN  billing.sync retry 2/5 for invoice <<INVOICE_NO>>\n",
    # JSON fixture with a customer
    '[\n  {\n    "model": "crm.contact",\n    "pk": <<NUMBER>>,\n    "fields": {\n      "full_name": "<<NAME>>",\n      "phone": "<<PHONE>>",\n      "segment": "b2b"\n    }\n  }\n]\n',
    # Kubernetes manifest with an inline Slack token
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: alert-relay\nspec:\n  template:\n    spec:\n      containers:\n        - name: relay\n          image: ghcr.io/acme/relay:<<VERSION>>\n          env:\n            # <<COMMENT>>\n            - name: SLACK_TOKEN\n              value: <<SLACK_TOKEN>>\n",
    # SQL: user creation in MySQL
    "-- <<COMMENT>>\nCREATE USER '<<USER>>'@'%' IDENTIFIED BY '<<PASSWORD>>';\nGRANT SELECT, INSERT ON analytics.* TO '<<USER>>'@'%';\nFLUSH PRIVILEGES;\n",
    # Java: a SendGrid key in a constant
    'public final class Mailer {\n    // <<COMMENT>>\n    private static final String SENDGRID_KEY = "<<SENDGRID_API_KEY>>";\n\n    private Mailer() {}\n}\n',
    # Python: Google API key in a request
    'import httpx\n\n# <<COMMENT>>\nresp = httpx.get(\n    "https://maps.googleapis.com/maps/api/geocode/json",\n    params={"address": "Hall 3", "key": "<<GOOGLE_API_KEY>>"},\n    timeout=10,\n)\n',
    # a PEM private key committed next to the deploy scripts
    "# <<COMMENT>>\n<<PRIVATE_KEY>>\n",
    # HTTP test file with a JWT
    '### <<COMMENT>>\nPOST https://api.example.eu/v3/exports\nContent-Type: application/json\nAuthorization: Bearer <<JWT>>\n\n{"format": "csv", "since": "<<DATE>>"}\n',
    # C# appsettings with Azure storage
    '{\n  "AllowedHosts": "*",\n  "BlobStorage": "DefaultEndpointsProtocol=https;AccountName=invoicesarchive;AccountKey=<<AZURE_STORAGE_KEY>>;EndpointSuffix=core.windows.net"\n}\n',
    # Node Mailgun client
    "const mailgun = new Mailgun(formData);\n// <<COMMENT>>\nconst mg = mailgun.client({ username: 'api', key: '<<MAILGUN_API_KEY>>', url: 'https://api.eu.mailgun.net' });\n",
    # Python Twilio settings
    'TWILIO_ACCOUNT_SID = "AC<<GITHASH>>"\n# <<COMMENT>>\nTWILIO_AUTH_TOKEN = "<<TWILIO_API_KEY>>"\nSMS_SENDER = "Custos"\n',
    # wget with basic auth header
    "# <<COMMENT>>\nwget --header='Authorization: Basic <<BASIC_AUTH>>' https://nexus.example.eu/repository/releases/app-<<VERSION>>.tar.gz\n",
    # .env with an AMQP URL password
    "# <<COMMENT>>\nBROKER_URL=amqp://<<USER>>:<<PASSWORD>>@<<HOST>>:5672/%2F\nLOG_LEVEL=info\nBUILD_SHA=<<GITHASH>>\n",
]

CODE_CLEAN = [
    # Go: DSN from the environment
    'package store\n\nimport (\n\t"database/sql"\n\t"os"\n)\n\n// <<COMMENT>>\nfunc Open() (*sql.DB, error) {\n\treturn sql.Open("pgx", os.Getenv("LEDGER_DSN"))\n}\n',
    # Spring properties with placeholders
    "# <<COMMENT>>\nspring.datasource.url=jdbc:postgresql://<<HOST>>:<<PORT>>/crm\nspring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD}\nmanagement.endpoints.web.exposure.include=health\n",
    # TOML referring to a secret file
    '[server]\nport = <<PORT>>\n\n# <<COMMENT>>\n[payments]\nprovider = "stripe"\napi_key_file = "/run/secrets/stripe_api_key"\n',
    # TypeScript reading the key from the environment
    "// <<COMMENT>>\nconst apiKey: string | undefined = process.env.OPENAI_API_KEY;\nif (apiKey === undefined) {\n  throw new Error('OPENAI_API_KEY missing');\n}\n",
    # Terraform with a secrets manager reference
    'data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/ledger/db_password"\n}\n\n# <<COMMENT>>\nresource "aws_db_instance" "ledger" {\n  engine_version = "<<VERSION>>"\n  password       = data.aws_secretsmanager_secret_version.db.secret_string\n}\n',
    # Dockerfile with build args naming secrets
    "FROM node:22-alpine AS build\nWORKDIR /srv\n# <<COMMENT>>\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm_token npm ci\nCOPY . .\nRUN npm run build\nEXPOSE <<PORT>>\n",
    # Python: password check with hashlib
    'import hashlib\nimport hmac\n\n\ndef verify(password: str, salt: bytes, expected: bytes) -> bool:\n    # <<COMMENT>>\n    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)\n    return hmac.compare_digest(digest, expected)\n',
    # GitHub Actions using secrets
    "name: deploy\non:\n  workflow_dispatch:\njobs:\n  ship:\n    runs-on: ubuntu-24.04\n    steps:\n      # <<COMMENT>>\n      - run: ./deploy.sh <<VERSION>>\n        env:\n          API_TOKEN: ${{ secrets.API_TOKEN }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n",
    # application log without people
    "<<TIMESTAMP>> INFO  worker.tasks task=export_invoices id=<<UUID>> took=<<NUMBER>>ms\n<<TIMESTAMP>> ERROR payments.client timeout after 30s (attempt 3, order <<ORDER_NO>>)\n<<TIMESTAMP>> INFO  release <<VERSION>> commit <<GITHASH>>\n",
    # SQL migration with a password_hash column
    "-- <<COMMENT>>\nALTER TABLE accounts ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';\nALTER TABLE accounts ADD COLUMN api_key_last4 CHAR(4);\nCREATE INDEX accounts_created_idx ON accounts (created_at);\n",
    # Java reading config
    'public final class MailerConfig {\n    // <<COMMENT>>\n    static String sendgridKey() {\n        return System.getenv("SENDGRID_API_KEY");\n    }\n}\n',
    # Kubernetes secretKeyRef
    "env:\n  # <<COMMENT>>\n  - name: DATABASE_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ledger-db\n        key: password\n  - name: IMAGE_DIGEST\n    value: sha256:<<GITHASH>>\n",
    # shell with masked output
    '#!/usr/bin/env bash\n# <<COMMENT>>\ntoken="$(vault kv get -field=token secret/ci/github)"\necho "token loaded: ${token:0:4}****"\ncurl -fsS -H "Authorization: Bearer ${token}" https://api.github.com/rate_limit\n',
    # JSON schema mentioning password fields
    '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "type": "object",\n  "properties": {\n    "username": {"type": "string"},\n    "password": {"type": "string", "minLength": 12, "writeOnly": true}\n  },\n  "required": ["username", "password"]\n}\n',
    # .env.example
    "# <<COMMENT>>\nSECRET_KEY=change-me\nDATABASE_URL=postgres://USER:PASSWORD@<<HOST>>:<<PORT>>/app\nSENTRY_DSN=\nFEATURE_FLAGS=export,search\n",
    # Python test using a fake password fixture name
    'import pytest\n\n\n@pytest.fixture\ndef api_token(settings):\n    # <<COMMENT>>\n    return settings.TEST_API_TOKEN\n\n\ndef test_rejects_expired(api_token, client):\n    assert client.get("/v1/me", HTTP_AUTHORIZATION=f"Token {api_token}").status_code == 401\n',
    # docker compose with env_file
    "services:\n  worker:\n    image: ghcr.io/acme/worker@sha256:<<GITHASH>>\n    env_file: .env.production\n    # <<COMMENT>>\n    secrets:\n      - smtp_password\nsecrets:\n  smtp_password:\n    file: ./secrets/smtp_password.txt\n",
    # Go struct with tags naming secrets
    'type Config struct {\n\t// <<COMMENT>>\n\tAPIKey    string `env:"API_KEY,required"`\n\tDBPass    string `env:"DB_PASSWORD"`\n\tRequestID string `json:"request_id"` // e.g. <<UUID>>\n}\n',
]
