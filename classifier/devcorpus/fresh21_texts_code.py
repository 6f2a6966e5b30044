"""Hand-written code texts of the ``fresh21`` split: helpdesk SaaS, courier apps, telco back ends, hosting and incident-response tooling."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "text": "# .env.production – helmline-api\nDJANGO_SETTINGS_MODULE=helmline.settings.prod\nSECRET_KEY=⟦GENERIC_SECRET|django-insecure-%59t2@huv6tk+!%20cex$iqg*bj53#@0h9wushh#r_5_14nnwd⟧\nDATABASE_URL=postgres://helmline:⟦PASSWORD|Winter1988.⟧@db-prod-1.internal:5432/helmline\nSENDGRID_API_KEY=⟦API_KEY|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⟧\nALLOWED_HOSTS=api.helmline.io\nCELERY_BROKER_URL=redis://redis:6379/0",
    },
    {
        "kind": "code",
        "text": "[default]\nregion = eu-west-1\n\n[ir-forensics]\naws_access_key_id = ⟦AWS_ACCESS_KEY|AKIAWQOZLYSQA4VKLQZV⟧\naws_secret_access_key = ⟦AWS_SECRET_KEY|qN8t2xTXd51dawQZFCHuToDfw3pKsA5BiHyRvZd7⟧\n# snapshot-only role for the acquisition bucket, remove after case closes",
    },
    {
        "kind": "code",
        "text": "name: sync-translations\non:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/pull_strings.sh\n        env:\n          # TODO move to secrets, temporary\n          GH_TOKEN: ⟦GITHUB_TOKEN|ghs_L42jLH8EnOntuW2vGwFXl0hDGVCDew3ND9pr⟧",
    },
    {
        "kind": "code",
        "text": "// config/payments.js\nmodule.exports = {\n  currency: 'eur',\n  stripeKey: process.env.STRIPE_KEY || '⟦STRIPE_KEY|rk_live_NG4Q5Sm9rsWeBGk38wyrxD6i⟧',\n  webhookTolerance: 300,\n};",
    },
    {
        "kind": "code",
        "text": 'import requests\n\nSLACK_BOT = "⟦SLACK_TOKEN|xoxb-96804644944-726030527607-JlT3Ib14mlKCcUNAkBuwK6os⟧"\n\ndef page_oncall(text: str) -> None:\n    requests.post(\n        "https://slack.com/api/chat.postMessage",\n        headers={"Authorization": f"Bearer {SLACK_BOT}"},\n        json={"channel": "#noc-alerts", "text": text},\n        timeout=5,\n    )',
    },
    {
        "kind": "code",
        "text": '# triage_bot.py – classify inbound tickets\nfrom openai import OpenAI\n\nclient = OpenAI(api_key="⟦OPENAI_API_KEY|sk-proj-nkAvuEHLRz2grN6XZbYnf9GaA6nasMMKDlkT6mmSE4hRQf6yXVkBnkIT7NN_ddp5eRQtWKV277⟧")\nLABELS = ["billing", "bug", "abuse", "account_access", "other"]\n\ndef classify(body: str) -> str:\n    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": body}])\n    return r.choices[0].message.content',
    },
    {
        "kind": "code",
        "text": '<!-- courier-app/src/main/res/values/keys.xml -->\n<resources>\n    <string name="maps_api_key">⟦GOOGLE_API_KEY|AIza-t36MgU2cpw2EGw8KOS9GGSV84oVQ7j3QqN⟧</string>\n    <string name="app_flavor">prod</string>\n</resources>',
    },
    {
        "kind": "code",
        "text": '2024-06-11T02:14:07.331Z INFO  gateway request_id=9f3c1e22-5b7a-4c0e-9d51-0b8e2f6a7c44 method=POST path=/v1/admin/users status=200 latency_ms=88\n2024-06-11T02:14:07.332Z DEBUG gateway auth header="Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyNDgwOSIsImlhdCI6MTc4NjUyNTEyMn0.wr3UoCrSx3mSr8jrJMs31XOKLdr3aG6bVIOUX8v9trk⟧" tenant=7d1c-prod',
    },
    {
        "kind": "code",
        "text": '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "ConnectionStrings": {\n    "Recordings": "DefaultEndpointsProtocol=https;AccountName=callrecordingsweu;AccountKey=⟦AZURE_KEY|7wJige+0hUqCUECsl1xbgFChALKSAzRrPNEAhWc2ILkQufCfH2IloNDimhgFuKHZXcFePORCSNQGxqim1vkQgQ==⟧;EndpointSuffix=core.windows.net"\n  },\n  "RetentionDays": 90\n}',
    },
    {
        "kind": "code",
        "text": "# group_vars/bastion.yml\nbastion_user: deploy\nbastion_port: 2222\ndeploy_private_key: |\n  ⟦PRIVATE_KEY|-----BEGIN EC PRIVATE KEY-----\n  ax809zl6ghvVspRnb4Ba0YaFByJArRfLE6ScNCHS2Oo+7dULdQ7yAktjdxB9SuSE\n  S35HS5liULdPM8CDiWp7NeQu1ajNgPp5UWzjgTkqn7eV6ACCkwnWt9QeRGu5HwsD\n  Rl+4wmaQX56cA/PSYahdauURDff2lUonEeQgnSjbsaJXvbLXIZ/LmLrfygcAdjXi\n  -----END EC PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "text": "-- dump of couriers table (staging copy, 2024-05-30)\nINSERT INTO couriers (id, full_name, email, phone, payout_iban, vehicle, status) VALUES\n(10231, '⟦PERSON|Lukas Heinemann-Otto⟧', '⟦EMAIL_ADDRESS|lukas.ho@posteo.de⟧', '⟦PHONE_NUMBER|+49 1512 3390471⟧', '⟦IBAN_CODE|DE73 4913 0592 7646 6679 80⟧', 'ebike', 'active'),\n(10232, '⟦PERSON|Amira Haddad-Stein⟧', '⟦EMAIL_ADDRESS|amira.haddad.b@gmail.com⟧', '⟦PHONE_NUMBER|+49 1579 2204418⟧', '⟦IBAN_CODE|DE08 0384 6888 1014 0349 81⟧', 'scooter', 'deactivated');",
    },
    {
        "kind": "code",
        "text": "<?php\n// sms/Notifier.php\n$sid   = 'AC6f2b09d14e7a3c58b1e0f4d92a7c6e15';\n$token = '⟦API_KEY|4531b493b56c1ac2190094ffc4e06b3d⟧';\n$client = new Twilio\\Rest\\Client($sid, $token);\n$client->messages->create($to, ['from' => '+15005550006', 'body' => $otpMessage]);",
    },
    {
        "kind": "code",
        "text": "services:\n  postgres:\n    image: postgres:16.3\n    environment:\n      POSTGRES_USER: ticketing\n      POSTGRES_PASSWORD: ⟦PASSWORD|ouMb-y-!v!EeW⟧\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  app:\n    build: .\n    depends_on: [postgres]\nvolumes:\n  pgdata: {}",
    },
    {
        "kind": "code",
        "text": "com.portline.numbering.PortingException: Donor check failed for request PR-20240611-0087\n  subscriber=⟦PERSON|Callum Ashworth-Bell⟧ msisdn=⟦PHONE_NUMBER|447700900417⟧ email=⟦EMAIL_ADDRESS|callum.ab@btinternet.com⟧\n    at com.portline.numbering.DonorClient.verify(DonorClient.java:142)\n    at com.portline.numbering.PortInService.submit(PortInService.java:88)\n    at com.portline.api.PortController.create(PortController.java:51)",
    },
    {
        "kind": "code",
        "text": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: mailer\n  namespace: learning-platform\ntype: Opaque\nstringData:\n  MAILGUN_DOMAIN: mg.learnloop.eu\n  MAILGUN_API_KEY: ⟦API_KEY|4928328a642fb2904d45d2f5e0153bf5-6fffa116-8b9eaef0⟧",
    },
    {
        "kind": "code",
        "text": "week,primary,primary_phone,secondary,secondary_phone\n2024-W24,⟦PERSON|Siobhan Kerrigan⟧,⟦PHONE_NUMBER|+353 87 441 2093⟧,⟦PERSON|Marek Dvořák⟧,⟦PHONE_NUMBER|+353 86 720 1158⟧\n2024-W25,⟦PERSON|Marek Dvořák⟧,⟦PHONE_NUMBER|+353 86 720 1158⟧,⟦PERSON|Orla Ní Bhriain⟧,⟦PHONE_NUMBER|+353 83 902 6641⟧",
    },
    {
        "kind": "code",
        "text": 'import os\n\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": os.environ["DB_NAME"],\n        "USER": os.environ["DB_USER"],\n        "PASSWORD": os.environ["DB_PASSWORD"],\n        "HOST": os.environ.get("DB_HOST", "localhost"),\n    }\n}\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]',
    },
    {
        "kind": "code",
        "text": 'resource "aws_secretsmanager_secret" "pager_api" {\n  name = "oncall/pagerduty-api-key"\n}\n\nresource "aws_lambda_function" "escalate" {\n  function_name = "escalate-p1"\n  runtime       = "python3.12"\n  handler       = "main.handler"\n  environment {\n    variables = {\n      PAGER_SECRET_ARN = aws_secretsmanager_secret.pager_api.arn\n      STAGE            = var.stage\n    }\n  }\n}',
    },
    {
        "kind": "code",
        "text": "# values-prod.yaml (helm chart game-moderation)\nreplicaCount: 3\nimage:\n  repository: registry.pixelforge.dev/moderation-api\n  tag: 2.14.0\n  digest: sha256:4b1f0c8e9a7d2e63f5c1a0b9d8e7f6a5c4b3a2918e7d6c5b4a3f2e1d0c9b8a7f\ndatabase:\n  existingSecret: moderation-db\n  passwordKey: password\nredis:\n  auth:\n    existingSecret: redis-auth",
    },
    {
        "kind": "code",
        "text": 'deploy:\n  stage: deploy\n  image: alpine:3.20\n  script:\n    - apk add --no-cache openssh-client\n    - echo "$SSH_DEPLOY_KEY" | ssh-add -\n    - ssh -p 2222 deploy@$BASTION_HOST "cd /srv/helpdesk && ./release.sh $CI_COMMIT_SHA"\n  only:\n    - main\n  environment: production',
    },
    {
        "kind": "code",
        "text": "server {\n    listen 443 ssl http2;\n    server_name status.thamesgate.net;\n    ssl_certificate     /etc/letsencrypt/live/status.thamesgate.net/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/status.thamesgate.net/privkey.pem;\n    location / {\n        proxy_pass http://127.0.0.1:3001;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n}",
    },
    {
        "kind": "code",
        "text": "CREATE TABLE ban_appeals (\n    id            BIGSERIAL PRIMARY KEY,\n    player_id     UUID NOT NULL REFERENCES players(id),\n    ban_id        BIGINT NOT NULL,\n    appeal_text   TEXT,\n    status        VARCHAR(16) NOT NULL DEFAULT 'open',\n    reviewed_by   INTEGER,\n    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()\n);\nCREATE INDEX ix_ban_appeals_status ON ban_appeals (status, created_at);",
    },
    {
        "kind": "code",
        "text": "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x7b2d41]\n\ngoroutine 412 [running]:\ngithub.com/roamly/billing/cdr.(*Rater).Rate(0x0, {0xc0001a2f00, 0x24})\n\t/src/cdr/rater.go:77 +0x21\ngithub.com/roamly/billing/cdr.(*Batch).Process(0xc000310a80)\n\t/src/cdr/batch.go:131 +0x1c5",
    },
    {
        "kind": "code",
        "text": 'groups:\n  - name: datacentre\n    rules:\n      - alert: RackPowerHigh\n        expr: pdu_power_watts{site="slough-dc2"} > 7800\n        for: 10m\n        labels:\n          severity: page\n        annotations:\n          summary: "Rack {{ $labels.rack }} drawing {{ $value }} W"',
    },
    {
        "kind": "code",
        "text": 'FROM python:3.12-slim@sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nENV PORT=8080\nUSER 10001\nCMD ["gunicorn", "lms.wsgi", "-b", "0.0.0.0:8080"]',
    },
    {
        "kind": "code",
        "text": '[package]\nname = "sim-swap-guard"\nversion = "0.7.3"\nedition = "2021"\n\n[dependencies]\ntokio = { version = "1.38", features = ["full"] }\nreqwest = { version = "0.12", default-features = false, features = ["rustls-tls"] }\nserde = { version = "1", features = ["derive"] }',
    },
    {
        "kind": "code",
        "text": '// CourierApiClient.kt\nclass CourierApiClient(private val http: OkHttpClient) {\n    private val baseUrl = BuildConfig.API_BASE_URL\n    private val apiKey = BuildConfig.PARTNER_API_KEY\n\n    fun fetchShifts(courierId: String): Request = Request.Builder()\n        .url("$baseUrl/v2/couriers/$courierId/shifts")\n        .header("X-Api-Key", apiKey)\n        .build()\n}',
    },
    {
        "kind": "code",
        "text": "2024-06-12 08:15:02,114 WARN  [lms.grading] job=regrade course=sql-204 submission=6f1e9a3c-77b0-4d2e-a1c9-5e0b3f8d2a61 retries=2 reason=timeout\n2024-06-12 08:15:04,870 INFO  [lms.grading] job=regrade course=sql-204 completed in 2.7s",
    },
]
