"""Source and configuration templates (language-neutral; ``<<COMMENT>>`` is a comment in the text's language).

Compiled for Custos, CC0. ``CODE_SECRET`` templates hold a credential literal;
``CODE_CLEAN`` ones only name secrets (environment look-ups, settings
references, hashing calls) next to hashes, UUIDs, versions and ports, which
are no secrets either. Both lists are split by position between dev and holdout.
"""

CODE_SECRET = [
    # 0 Django settings
    'import os\n\n# <<COMMENT>>\nDEBUG = False\nSECRET_KEY = "<<SECRET_KEY>>"\nALLOWED_HOSTS = ["app.example.eu"]\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "orders", "HOST": "<<HOST>>", "PORT": <<PORT>>}}\n',
    # 1 .env
    "# <<COMMENT>>\nAPP_ENV=production\nPGHOST=<<HOST>>\nPGUSER=<<USER>>\nPGPASSWORD='<<PASSWORD>>'\nSTRIPE_SECRET_KEY=<<STRIPE_KEY>>\nRELEASE=<<VERSION>>\n",
    # 2 docker-compose
    'services:\n  api:\n    image: registry.example.eu/api:<<VERSION>>\n    environment:\n      # <<COMMENT>>\n      DATABASE_URL: "postgres://<<USER>>:<<PASSWORD>>@<<HOST>>:5432/app"\n      REDIS_URL: redis://redis:6379/0\n',
    # 3 JS config
    "// <<COMMENT>>\nconst config = {\n  apiBase: 'https://api.example.eu/v2',\n  timeoutMs: 5000,\n  openaiKey: '<<OPENAI_API_KEY>>',\n};\nexport default config;\n",
    # 4 shell
    "#!/usr/bin/env bash\nset -euo pipefail\n# <<COMMENT>>\nexport AWS_ACCESS_KEY_ID=<<AWS_ACCESS_KEY>>\nexport AWS_SECRET_ACCESS_KEY=<<AWS_SECRET_KEY>>\naws s3 sync ./dist s3://static-assets --delete\n",
    # 5 curl with basic auth
    "# <<COMMENT>>\ncurl -s https://jira.example.eu/rest/api/2/issue/SUP-<<NUMBER>> \\\n  -H 'Authorization: Basic <<BASIC_AUTH>>' \\\n  -H 'Accept: application/json'\n",
    # 6 Azure connection string in JSON
    '{\n  "Logging": {"LogLevel": {"Default": "Information"}},\n  "Storage": {\n    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=exportsprod;AccountKey=<<AZURE_STORAGE_KEY>>;EndpointSuffix=core.windows.net"\n  }\n}\n',
    # 7 GitHub Actions
    "name: release\non: [push]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      # <<COMMENT>>\n      - run: gh release create v<<VERSION>> --notes 'release'\n        env:\n          GH_TOKEN: <<GITHUB_TOKEN>>\n",
    # 8 Python mail settings
    '# <<COMMENT>>\nEMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"\nANYMAIL = {\n    "MAILGUN_API_KEY": "<<MAILGUN_API_KEY>>",\n    "MAILGUN_SENDER_DOMAIN": "mg.example.eu",\n}\n',
    # 9 SendGrid in Node
    "const sgMail = require('@sendgrid/mail');\n// <<COMMENT>>\nsgMail.setApiKey('<<SENDGRID_API_KEY>>');\nmodule.exports = sgMail;\n",
    # 10 SQL
    "-- <<COMMENT>>\nCREATE ROLE reporting LOGIN PASSWORD '<<PASSWORD>>';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;\n",
    # 11 Twilio
    'from twilio.rest import Client\n\n# <<COMMENT>>\nclient = Client("AC<<GITHASH>>", "<<TWILIO_API_KEY>>")\nclient.messages.create(to="+15005550006", from_="+15005550001", body="Build <<VERSION>> deployed")\n',
    # 12 Slack webhook bot
    'import requests\n\nSLACK_BOT_TOKEN = "<<SLACK_TOKEN>>"  # <<COMMENT>>\nrequests.post("https://slack.com/api/chat.postMessage", headers={"Authorization": f"Bearer {SLACK_BOT_TOKEN}"}, json={"channel": "#deploys", "text": "ok"}, timeout=5)\n',
    # 13 redis URL in .env
    "# <<COMMENT>>\nCELERY_BROKER_URL=redis://:<<PASSWORD>>@<<HOST>>:6379/1\nCELERY_RESULT_BACKEND=django-db\n",
    # 14 private key in a YAML secret
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: deploy-key\ntype: Opaque\nstringData:\n  id_rsa: |\n<<PRIVATE_KEY>>\n",
    # 15 Google Maps key in JS
    "// <<COMMENT>>\nconst MAPS_KEY = \"<<GOOGLE_API_KEY>>\";\nloadMaps({ key: MAPS_KEY, version: 'weekly' });\n",
    # 16 JWT in a test request
    "# <<COMMENT>>\nGET /api/v1/orders/<<UUID>> HTTP/1.1\nHost: api.example.eu\nAuthorization: Bearer <<JWT>>\n",
    # 17 Dockerfile with an ARG default
    'FROM python:3.12-slim\nWORKDIR /app\n# <<COMMENT>>\nENV DJANGO_SECRET_KEY=<<SECRET_KEY>>\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["gunicorn", "config.wsgi"]\n',
]

CODE_CLEAN = [
    # 0 Django settings from the environment
    'import os\n\n# <<COMMENT>>\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nSTRIPE_API_KEY = os.environ.get("STRIPE_API_KEY", "")\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": os.environ.get("PGHOST", "<<HOST>>"), "PORT": <<PORT>>}}\n',
    # 1 .env template
    "# <<COMMENT>>\nAPP_ENV=staging\nPGHOST=<<HOST>>\nPGUSER=<<USER>>\nPGPASSWORD=${PGPASSWORD}\nSTRIPE_SECRET_KEY=\nRELEASE=<<VERSION>>\n",
    # 2 docker-compose with secrets from env
    'services:\n  api:\n    image: registry.example.eu/api:<<VERSION>>\n    environment:\n      # <<COMMENT>>\n      DATABASE_URL: "postgres://${DB_USER}:${DB_PASSWORD}@db:5432/app"\n      REDIS_URL: redis://redis:6379/0\n',
    # 3 password hashing
    'from django.contrib.auth.hashers import make_password\n\n\ndef set_password(user, raw_password):\n    # <<COMMENT>>\n    user.password = make_password(raw_password)\n    user.save(update_fields=["password"])\n',
    # 4 JS reading env
    "// <<COMMENT>>\nconst paymentsKey = process.env.PAYMENTS_API_KEY;\nif (!paymentsKey) {\n  throw new Error('PAYMENTS_API_KEY is not set');\n}\n",
    # 5 Terraform
    'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\n# <<COMMENT>>\nresource "aws_db_instance" "main" {\n  engine         = "postgres"\n  engine_version = "16.3"\n  password       = var.db_password\n}\n',
    # 6 SQL migration
    "-- <<COMMENT>>\nALTER TABLE orders ADD COLUMN external_id uuid DEFAULT '<<UUID>>';\nCREATE INDEX orders_created_idx ON orders (created_at);\n-- applied <<TIMESTAMP>>\n",
    # 7 git log
    "commit <<GITHASH>>\nAuthor: build-bot\nDate:   <<TIMESTAMP>>\n\n    Bump version to <<VERSION>> (<<COMMENT>>)\n",
    # 8 JSON package
    '{\n  "name": "checkout-widget",\n  "version": "<<VERSION>>",\n  "private": true,\n  "scripts": {"build": "vite build", "test": "vitest"},\n  "dependencies": {"react": "^18.3.1"}\n}\n',
    # 9 Python class
    'class Promise:\n    """<<COMMENT>>."""\n\n    def then(self, callback):\n        raise NotImplementedError\n\n\nclass OrderAdmin(ModelAdmin):\n    list_display = ("id", "status", "created")\n',
    # 10 GitHub Actions using secrets
    "name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      # <<COMMENT>>\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n",
    # 11 shell reading a secret file
    '#!/bin/sh\n# <<COMMENT>>\nexport PGPASSWORD="$(cat /run/secrets/pg_password)"\npg_dump -h <<HOST>> -U <<USER>> orders > backup-<<NUMBER>>.sql\n',
    # 12 Dockerfile
    "FROM node:20-alpine\nWORKDIR /srv\n# <<COMMENT>>\nARG NPM_TOKEN\nCOPY package*.json ./\nRUN npm ci --omit=dev\nEXPOSE <<PORT>>\n",
    # 13 log lines
    "<<TIMESTAMP>> INFO  worker[<<NUMBER>>] task=<<UUID>> state=SUCCESS runtime=0.42s\n<<TIMESTAMP>> WARN  retrying job <<GITHASH>> (<<COMMENT>>)\n",
    # 14 YAML settings with placeholders
    'database:\n  host: <<HOST>>\n  user: <<USER>>\n  password: "********"  # <<COMMENT>>\nmodel: <<MODEL>>\n',
    # 15 Python test
    'def test_login_rejects_wrong_password(client):\n    # <<COMMENT>>\n    response = client.post("/login", {"username": "demo", "password": "wrong"})\n    assert response.status_code == 401\n',
    # 16 requirements
    "Django==5.2.<<NUMBER>>\ncelery==5.4.0\npsycopg[binary]==3.2.<<NUMBER>>\n# <<COMMENT>>\n",
    # 17 config reading a vault
    "# <<COMMENT>>\napi_key = vault.read('secret/data/payments')['data']['api_key']\nclient = PaymentsClient(api_key=api_key, timeout=10)\n",
]
