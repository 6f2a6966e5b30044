"""Hand-written code texts of the ``fresh20`` split: bank, payroll, pension, crypto and tax-app configs, logs, dumps and CI files."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "text": "# .env — payments-gateway (staging)\nDJANGO_SETTINGS_MODULE=ledger.settings.staging\nDATABASE_URL=postgres://ledger_app:⟦PASSWORD|Dragon2017?⟧@db-stg.internal:5432/ledger\nSTRIPE_SECRET_KEY=⟦STRIPE_KEY|sk_test_QQVGKJEhKJMAcr8x3uojp60cgq6yaBxaSn⟧\nSENDGRID_API_KEY=⟦API_KEY|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⟧\nCELERY_BROKER_URL=redis://redis-stg:6379/2",
    },
    {
        "kind": "code",
        "text": '# settings/production.py\nimport os\n\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": os.environ.get("DB_NAME", "loans"),\n        "USER": os.environ.get("DB_USER", "loans"),\n        "PASSWORD": os.environ["DB_PASSWORD"],\n        "HOST": os.environ.get("DB_HOST", "localhost"),\n    }\n}\nOPEN_BANKING_CLIENT_ID = os.environ.get("OB_CLIENT_ID")',
    },
    {
        "kind": "code",
        "text": "[default]\naws_access_key_id = ⟦AWS_ACCESS_KEY|AKIAUJ6P2EVGAZOVZKQQ⟧\naws_secret_access_key = ⟦AWS_SECRET_KEY|VNX1uP4UwvUdlypYUEAR0T4d+VVUuG/LqLc2N0Cv⟧\nregion = eu-west-2\n\n[statements-archive]\nrole_arn = arn:aws:iam::418220771930:role/StatementsReadOnly\nsource_profile = default",
    },
    {
        "kind": "code",
        "text": "# .github/workflows/deploy.yml\nname: deploy-kyc-service\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n      contents: read\n    steps:\n      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: ${{ secrets.AWS_DEPLOY_ROLE }}\n          aws-region: eu-central-1\n      - run: ./scripts/deploy.sh --env prod --image ghcr.io/nordkredit/kyc:${{ github.sha }}",
    },
    {
        "kind": "code",
        "text": "2024-11-21T09:14:02.118Z ERROR [webhook-handler] Signature verification failed for event evt_3QJk2L\n  request_id=7c1e0c5a-2b44-4f3e-9d0b-5d6b2f1c8a71 merchant=acct_1PZx8 amount=4999 currency=EUR\n  header stripe-signature=t=1732180442,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd\n2024-11-21T09:14:02.120Z WARN  [webhook-handler] retry scheduled in 300s (attempt 2/5)",
    },
    {
        "kind": "code",
        "text": "-- dump of hardship_cases (staging copy, DO NOT SHARE)\nINSERT INTO hardship_cases (case_id, customer_name, email, phone, vulnerability_note, created_at) VALUES\n(10441, '⟦PERSON|Gillian Marsh⟧', '⟦EMAIL_ADDRESS|gill.marsh64@btinternet.com⟧', '⟦PHONE_NUMBER|01632 960 418⟧', '⟦HEALTH_DATA|bipolar disorder⟧, prefers written contact', '2024-10-02 11:20:00'),\n(10442, '⟦PERSON|Tunde Olayinka-Bello⟧', '⟦EMAIL_ADDRESS|t.olayinkabello@outlook.co.uk⟧', '⟦PHONE_NUMBER|07911 204 337⟧', 'recently bereaved', '2024-10-02 14:05:00');",
    },
    {
        "kind": "code",
        "text": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: crypto-exchange-hot-wallet\n  namespace: custody\ntype: Opaque\nstringData:\n  BINANCE_API_KEY: ⟦API_KEY|vK7rQ2mZ9xLp4sT8wN1yB6cF3hJ5dG0aE2uR7iO9kM4nX8qW1zP6tY3bV5lC0jH⟧\n  NODE_RPC_PASSWORD: ⟦PASSWORD|93qZ0=K8=V6&0aC⟧",
    },
    {
        "kind": "code",
        "text": "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: payroll-db\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  target:\n    name: payroll-db-credentials\n  data:\n    - secretKey: password\n      remoteRef:\n        key: kv/payroll/prod/db\n        property: password",
    },
    {
        "kind": "code",
        "text": "Traceback (most recent call last):\n  File \"/srv/taxapp/app/importers/bank_feed.py\", line 88, in sync_account\n    resp = client.get_transactions(account_id, since=cursor)\n  File \"/srv/taxapp/.venv/lib/python3.12/site-packages/truelayer/client.py\", line 141, in get_transactions\n    raise ApiError(resp.status_code, resp.json())\ntruelayer.errors.ApiError: (401, {'error': 'invalid_token', 'error_description': 'access token expired', 'trace_id': 'b6f1d9e2c4a84f0f'})",
    },
    {
        "kind": "code",
        "text": "// config/services.php\nreturn [\n    'mailgun' => [\n        'domain' => env('MAILGUN_DOMAIN'),\n        'secret' => env('MAILGUN_SECRET'),\n        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),\n    ],\n    'twilio' => [\n        'sid' => 'AC7f19c02b8e4d4a6e9a1c3b5d7e9f0a12',\n        'token' => '⟦API_KEY|SK2a39d21754d65130a3c3601f46460551⟧',\n        'from' => '+441632960001',\n    ],\n];",
    },
    {
        "kind": "code",
        "text": '# terraform/main.tf – savings-platform\nprovider "azurerm" {\n  features {}\n}\n\nresource "azurerm_storage_account" "statements" {\n  name                     = "stsavingsstatements01"\n  resource_group_name      = azurerm_resource_group.core.name\n  location                 = "westeurope"\n  account_tier             = "Standard"\n  account_replication_type = "GRS"\n  min_tls_version          = "TLS1_2"\n}',
    },
    {
        "kind": "code",
        "text": '# local.settings.json for the chargeback Azure Function – copied from teammate, rotate!\n{\n  "IsEncrypted": false,\n  "Values": {\n    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stchargebacks;AccountKey=⟦AZURE_KEY|+tugSnorX59KlOZ/UP3XfTOspxUoZgSwioMJbbS67jIkgX8Ovp1MpXASlkvsGTZx1Apks/sMsOPOSpRFVQQ0jg==⟧;EndpointSuffix=core.windows.net",\n    "FUNCTIONS_WORKER_RUNTIME": "python"\n  }\n}',
    },
    {
        "kind": "code",
        "text": "employee_id,full_name,ni_number,tax_code,gross_pay,bank_sort_code,pay_date\nE0192,⟦PERSON|Rhiannon Pugh⟧,⟦UK_NINO|JK 40 27 18 C⟧,1257L,2416.67,40-11-62,2024-11-28\nE0193,⟦PERSON|Mohammed Al-Sayed⟧,⟦UK_NINO|PE 91 35 62 A⟧,BR,1890.00,20-77-41,2024-11-28",
    },
    {
        "kind": "code",
        "text": '{\n  "name": "@brightfund/checkout-widget",\n  "version": "3.14.2",\n  "private": true,\n  "scripts": {\n    "build": "vite build",\n    "test": "vitest run"\n  },\n  "dependencies": {\n    "@stripe/stripe-js": "^4.8.0",\n    "react": "18.3.1"\n  },\n  "packageManager": "pnpm@9.12.3+sha512.cce0f9de9c5a7c95bef944169cc5dfe8741abfb145078c0d508b868056848a87c81e626246cb60967cbd7fd29a6c062ef73ff840d96b3c86c40ac92cf4a813ee"\n}',
    },
    {
        "kind": "code",
        "text": '#!/usr/bin/env bash\n# nightly export of pension contributions to the administrator\'s SFTP\nset -euo pipefail\nexport SSHPASS=\'⟦PASSWORD|horse-staple-kiwi12⟧\'\nFILE="contrib_$(date +%Y%m%d).csv"\npsql "$PAYROLL_DSN" -c "\\copy (select * from contributions_export) to \'$FILE\' csv header"\necho "put $FILE /inbound/" | sshpass -e sftp -oBatchMode=no -b - upload@sftp.pensions-admin.example',
    },
    {
        "kind": "code",
        "text": "# docker-compose.yml\nservices:\n  api:\n    image: registry.gitlab.com/kasa-skok/api:2.7.0\n    environment:\n      DB_HOST: db\n      DB_PASSWORD: ${DB_PASSWORD}\n      JWT_SIGNING_KEY_FILE: /run/secrets/jwt_key\n    secrets:\n      - jwt_key\n  db:\n    image: postgres:16.4@sha256:d0f363f8366fbc3f52d172c6e76bc27151c3d643b870e1062b4e8bfe65baf609\nsecrets:\n  jwt_key:\n    file: ./secrets/jwt_key.pem",
    },
    {
        "kind": "code",
        "text": '$ curl -s https://api.open-banking.example/v3.1/aisp/accounts \\\n    -H "Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1MDg4MyIsImlhdCI6MTc4NDEwMjM4N30.5B4LeQM22b9sWhLoi0VOpTaGqzk6Oc0IIed-x216MZY⟧" \\\n    -H "x-fapi-financial-id: 0015800001041RHAAY"\n{"Data":{"Account":[{"AccountId":"22289","Currency":"GBP","Nickname":"Bills"}]}}',
    },
    {
        "kind": "code",
        "text": "# deploy key for the statements renderer (read-only) – pasted here for Jenkins\n⟦PRIVATE_KEY|-----BEGIN PRIVATE KEY-----\ns9t2vzLyZjFTgrvcLdiuxMuP/HAOPRh27FybFUCR73hkslcIUrlX0mB7Z5tZYDXa\n0RAEcw8S4cLFmbmdqgxibH1ZakxIyRJNuL9STjVj9FuiR93/Bij4T27+L85XqzJw\nhuFcP6xE3120u/bTrCP6S1vb1n+DaT+8\n-----END PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "text": "-- migration 0042_add_iban_hash.sql\nALTER TABLE beneficiaries ADD COLUMN iban_sha256 CHAR(64);\nUPDATE beneficiaries SET iban_sha256 = encode(digest(iban, 'sha256'), 'hex');\nCREATE UNIQUE INDEX ix_beneficiaries_iban_sha256 ON beneficiaries (iban_sha256);\n-- example: 3f9a1c0e5b7d2a48c6e1f0b9d8a7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9",
    },
    {
        "kind": "code",
        "text": '# .gitlab-ci.yml\nstages: [test, scan]\nunit:\n  stage: test\n  image: python:3.12-slim\n  script:\n    - pip install -r requirements.txt\n    - pytest -q --maxfail=1\nsecret_detection:\n  stage: scan\n  variables:\n    SECRET_DETECTION_HISTORIC_SCAN: "true"',
    },
    {
        "kind": "code",
        "language": "de",
        "text": "// Slack-Benachrichtigung bei verdächtigen Lastschriften\nconst { WebClient } = require('@slack/web-api');\n// TODO vor Go-live in den Vault verschieben\nconst slack = new WebClient('⟦SLACK_TOKEN|xoxb-95887088841-770146194747-CpJ9zxNrFCgAN0DfDE1yN3Gl⟧');\n\nasync function meldeVerdacht(fall) {\n  await slack.chat.postMessage({ channel: '#betrug-alarm', text: `Verdacht: Fall ${fall.id}, Betrag ${fall.betrag} €` });\n}",
    },
    {
        "kind": "code",
        "text": 'import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))\nPROMPT = "Classify the complaint into FRAUD, FEES, MORTGAGE or OTHER."\n\ndef classify(text: str) -> str:\n    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": text}])\n    return r.choices[0].message.content.strip()',
    },
    {
        "kind": "code",
        "text": '# notebooks/underwriting_eval.ipynb (cell 3) – quick hack\nimport openai\nopenai.api_key = "⟦OPENAI_API_KEY|sk-proj-SLqT2WAOFYfz1z6KD5YroUJ2U0plXnE7rds7jlaZhrZuyKhC0S-oTOSWxEMgj5jZwT_Nz93UZN⟧"\ndf = pd.read_parquet("s3://uw-sandbox/questionnaires_2024q3.parquet")',
    },
    {
        "kind": "code",
        "text": '<!-- android/app/src/main/res/values/google_maps_api.xml -->\n<resources>\n    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">⟦GOOGLE_API_KEY|AIzaIgFnwp_Whb1FUjHiTlbX5kLClUrviphyMtH⟧</string>\n    <string name="branch_finder_radius_km">25</string>\n</resources>',
    },
    {
        "kind": "code",
        "text": "# requirements.lock (excerpt)\ncryptography==43.0.3 \\\n    --hash=sha256:0c41888bb8ddfe5d9c5b3b1bc6a4f7f3e23a6f4f2a4e6f1b0d6d1c8e7f9a2b3c\ndjango==5.1.3 \\\n    --hash=sha256:c0fa0e619c39325a169208caef234f90baa925227032ad3f44842ba14d75234a\npsycopg[binary]==3.2.3",
    },
    {
        "kind": "code",
        "text": '[2024-11-20 22:41:07] prod.INFO: KYC check passed {"applicant_id":"a3c1f7e2-8b4d-4e6a-9f0c-2d1b5e7a9c3f","provider":"onfido","score":0.97}\n[2024-11-20 22:41:09] prod.INFO: Account opened {"account_ref":"SAV-0099182","product":"easy-access-v4"}\n[2024-11-20 22:41:09] prod.DEBUG: Welcome email queued {"template":"welcome_v7","to":"⟦EMAIL_ADDRESS|priya.raman88@gmail.com⟧"}',
    },
    {
        "kind": "code",
        "text": "# github token for the release bot – DO NOT COMMIT (too late)\nGH_TOKEN=⟦GITHUB_TOKEN|ghp_stQBEtoHU6YU1aARg05fDWtulJ4RXzI8H1Fq⟧\ngh release create v2.3.0 --notes-file CHANGELOG.md",
    },
    {
        "kind": "code",
        "text": '# helm/values-prod.yaml – crowdfunding-api\nreplicaCount: 3\nimage:\n  repository: europe-docker.pkg.dev/fundami-prod/app/crowdfunding-api\n  tag: "1.19.4"\nenv:\n  - name: PAYMENT_PROVIDER\n    value: mangopay\n  - name: MANGOPAY_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: mangopay\n        key: api-key\nresources:\n  limits: { cpu: "1", memory: 1Gi }',
    },
    {
        "kind": "code",
        "language": "it",
        "text": "SELECT c.id_cliente, c.codice_fiscale, p.importo_residuo\nFROM clienti c JOIN pratiche p ON p.id_cliente = c.id_cliente\nWHERE p.stato = 'SOFFERENZA' AND p.importo_residuo > 5000\nORDER BY p.importo_residuo DESC\nLIMIT 100;\n-- eseguita il 2024-11-19, 37 righe",
    },
    {
        "kind": "code",
        "text": '# settings_local.py – on the old loan-origination box, never rotated\nDEBUG = False\nALLOWED_HOSTS = ["origination.int.lendwell.example"]\nSECRET_KEY = "⟦GENERIC_SECRET|z(1wo1por4%vjg&cza21^jp8lmrlwf_123ykyynst73mol(iq-⟧"\nEMAIL_HOST_PASSWORD = "⟦PASSWORD|Tiger1979%⟧"',
    },
    {
        "kind": "code",
        "text": '// tests/fixtures/sepa_mandate.json – real customer from prod, anonymise before merge!\n{\n  "mandateId": "MND-2024-000918",\n  "debtor": {\n    "name": "⟦PERSON|Henrike Oltmanns⟧",\n    "iban": "⟦IBAN_CODE|DE34 2625 7697 2534 0377 89⟧",\n    "address": "⟦STREET_ADDRESS|Gartenstraße 17, 26721 Emden⟧"\n  },\n  "fallbackCard": "⟦CREDIT_CARD|5234 4927 0768 0738⟧",\n  "signedAt": "2024-03-11T10:02:44Z"\n}',
    },
]
