"""Hand-written code, config and log texts of the ``fresh13`` split: what services paste into a prompt."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "Why does the KYC service fail to connect in staging? appsettings.Staging.json:\n{\n"
        '  "ConnectionStrings": {\n'
        '    "Kyc": "Server=sql-kyc-stg.internal;Database=kyc;User Id=kyc_app;Password=⟦PASSWORD|Vr8#tulip-Meadow41⟧;TrustServerCertificate=true"\n'
        "  },\n"
        '  "Logging": { "LogLevel": { "Default": "Information" } }\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Is this the right way to keep the key out of appsettings? Program.cs:\n"
        "var builder = WebApplication.CreateBuilder(args);\n"
        'builder.Configuration.AddAzureKeyVault(new Uri(builder.Configuration["KeyVault:Uri"]!), new DefaultAzureCredential());\n'
        'var pvApiKey = builder.Configuration["PharmacovigilanceApi:Key"]; // from Key Vault secret pv-api-key',
    },
    {
        "kind": "code",
        "language": "de",
        "text": "dotnet user-secrets list gibt das aus, ist das so ok fürs Team-Wiki?\n"
        "Smtp:Password = ⟦PASSWORD|Lohnzettel!2026x⟧\nSmtp:User = ssc-noreply@nordbahn-logistik.de\n"
        "SendGrid:ApiKey = ⟦API_KEY|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⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "PowerShell: the scheduled task that imports sick-leave certificates stopped. Script:\n"
        '$user = "SSC\\svc-absence"\n'
        '$pass = ConvertTo-SecureString "⟦PASSWORD|Krank$chein-77Bq⟧" -AsPlainText -Force\n'
        "$cred = New-Object System.Management.Automation.PSCredential($user, $pass)\n"
        'Invoke-Command -ComputerName ssc-app02 -Credential $cred -ScriptBlock { Import-EAU -Path "D:\\inbox" }',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Review this PowerShell, creds come from SecretManagement:\n"
        "$cred = Get-Secret -Name 'svc-absence' -Vault 'SSC-KeyVault'\n"
        "Invoke-Command -ComputerName ssc-app02 -Credential $cred -ScriptBlock { Import-EAU -Path $env:EAU_INBOX }",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": "Czemu deploy.sh pada na kroku z rsync? Skrypt:\n#!/usr/bin/env bash\nset -euo pipefail\n"
        'APP_ENV="${APP_ENV:-staging}"\nRELEASE="$(git rev-parse --short HEAD)"\n'
        'rsync -az --delete build/ "deploy@${DEPLOY_HOST}:/srv/careplans/releases/${RELEASE}/"\n'
        'ssh "deploy@${DEPLOY_HOST}" "ln -sfn /srv/careplans/releases/${RELEASE} /srv/careplans/current && sudo systemctl reload careplans"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "deploy script from the museum ticketing box, anything wrong?\n#!/bin/bash\n"
        "export PGPASSWORD='⟦PASSWORD|Museum#Members_0925⟧'\n"
        "pg_dump -h 10.20.4.11 -U members members_db > /backup/members_$(date +%F).sql\n"
        "aws s3 cp /backup/ s3://museum-backups/members/ --recursive\n"
        "export AWS_ACCESS_KEY_ID=⟦AWS_ACCESS_KEY|AKIAL46FZOQWIQ6VVNMM⟧\n"
        "export AWS_SECRET_ACCESS_KEY=⟦AWS_SECRET_KEY|o/oNMzir71gfvZzLzzZEomlBdR5gKtV3XBo88zCK⟧",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Makefile - warum wird das Target release immer neu gebaut?\n"
        ".PHONY: test release\nVERSION ?= $(shell git describe --tags --always)\n\n"
        "test:\n\tpytest -q\n\nrelease: test\n\tdocker build -t registry.example.internal/wohngeld-api:$(VERSION) .\n"
        "\tdocker push registry.example.internal/wohngeld-api:$(VERSION)",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Makefile for the visa-appointment scraper, why does 'make publish' print the token in CI logs?\n"
        "PYPI_TOKEN := ⟦API_KEY|pypi-AgEIcHlwaS5vcmcCJGY3OTQ2YmZmLWQyNjMtZDU2OS05YmU1LWRlOWFkY2FjMDM2MQACKlszLCJ2aXNhIl1d⟧\n"
        "publish:\n\ttwine upload -u __token__ -p $(PYPI_TOKEN) dist/*",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "serverless.yml for the adverse-event intake lambda, does the env block look fine?\n"
        "service: pv-intake\nprovider:\n  name: aws\n  runtime: python3.12\n  region: eu-central-1\n"
        "  environment:\n    PV_TABLE: ${self:service}-${sls:stage}-cases\n"
        "    SAFETY_DB_SECRET_ARN: ${ssm:/pv-intake/${sls:stage}/db-secret-arn}\n"
        "functions:\n  intake:\n    handler: handler.intake\n    events:\n      - httpApi: POST /cases",
    },
    {
        "kind": "code",
        "language": "es",
        "text": "¿Por qué SAM no despliega? template.yaml (lo pegó un compañero):\n"
        "Resources:\n  KycWebhookFunction:\n    Type: AWS::Serverless::Function\n    Properties:\n"
        "      Handler: app.handler\n      Runtime: nodejs20.x\n      Environment:\n        Variables:\n"
        "          STRIPE_SECRET: ⟦STRIPE_KEY|sk_live_bsnGnnlC1B2RtabXY1XEGj6K⟧\n"
        "          OPENAI_API_KEY: ⟦OPENAI_API_KEY|sk-proj-XtxqC5GNEf0aLlzKQ0wgWtQ5435H3yg4f2qFWdMKVwObg6hs⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "azure-pipelines.yml - the variable group is linked but the step can't see it:\n"
        "trigger:\n  branches:\n    include: [ main ]\nvariables:\n  - group: careplans-prod\n"
        "steps:\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: 'sc-careplans'\n      scriptType: bash\n"
        "      scriptLocation: inlineScript\n      inlineScript: |\n        az webapp config appsettings set -n careplans-api -g rg-care "
        '--settings DB_PASSWORD="$(DB_PASSWORD)"',
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "Waarom faalt de pipeline bij de sqlcmd-stap? azure-pipelines.yml:\nsteps:\n  - script: |\n"
        "      sqlcmd -S sql-housing-prd.database.windows.net -d huurtoeslag -U pipeline_admin -P '⟦PASSWORD|Toeslag!Utr3cht#88⟧' -i migrate.sql\n"
        "    displayName: Run migrations",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "firebase-admin won't initialise with this service account, what's wrong?\n{\n"
        '  "type": "service_account",\n  "project_id": "matchly-trust-safety",\n'
        '  "private_key_id": "3e817461e8e6da9973480b91e2deb8cec590dde8",\n'
        '  "private_key": "⟦PRIVATE_KEY|-----BEGIN PRIVATE KEY-----\\n'
        "slfxhXeM9z83U8AJCoijMGsar2KQFbCtkn1CF/qgsyOywL3Cxb59Lzf3gIBxhqaJ\\nvqdEoGILakCGn0d2tSuESoCcr+cNcFaszxTSF9ozo3fvx6gwDkWDWqlw5W43BojN\\n"
        "CNDq8GT4LtekSR7fHIE3jjGdeNc85r/uB7X2HlwuF9HvjcYvidhaG7qw71xU70hQ\\ntz+Yi7MMWdGvb0gay6IXFVXHSAVoFmyh2a5G8UACR5rDxRKANoUc/mwURGYvGVfg\\n"
        "P469OBTQUIYVaG1zLmdQVMtLKcqwOOvImVn5ixOAN9Zdw6wQzoJMzFxI2FzWXru8\\nhWBBeYwcMhlTbPhdEkjkqJ3Ms94O89EmCkBa7Gue9jcDibq538sva97Qe02xf+JF\\n"
        '/9xDBleJMeBOLyi7RLXK4jQqj87RE6vDNIUESorvdfsczYJA5SkSQwmLps2cBUf9\\nOOYfgCWQn7vL/9Y5+iYI+8kvdLN62JBx\\n-----END PRIVATE KEY-----⟧\\n",\n'
        '  "client_email": "firebase-adminsdk-x2k9q@matchly-trust-safety.iam.gserviceaccount.com",\n'
        '  "client_id": "104882913377650194221"\n}',
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Initialisation Firebase côté serveur, c'est propre comme ça ?\n"
        "import firebase_admin\nfrom firebase_admin import credentials\n\n"
        'cred = credentials.Certificate(os.environ["GOOGLE_APPLICATION_CREDENTIALS"])\n'
        'firebase_admin.initialize_app(cred, {"projectId": os.getenv("FIREBASE_PROJECT", "matchly-staging")})',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "found this in the build agent's home dir, cat ~/.git-credentials:\n"
        "https://ci-museum:⟦GITHUB_TOKEN|ghp_fJSM4eIayOph6icXYc1qnmCVIPOgOtyFauyI⟧@github.com\n"
        "https://ci-museum:⟦GITHUB_TOKEN|ghp_SNDNA6uURJDkhPPmkJrAanNqS69uWuxUaPqp⟧@github.com/museum-it/membership-portal.git\n"
        "which of them do I rotate first?",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Ist diese .netrc-Zeile für den Heroku-Login noch nötig?\nmachine api.heroku.com\n  login reservisten-app@bw-reserve.example\n"
        "  password ⟦API_KEY|f7946bff-d263-d569-9be5-de9adcac0361⟧\nmachine git.heroku.com\n  login reservisten-app@bw-reserve.example",
    },
    {
        "kind": "code",
        "language": "it",
        "text": "La bind LDAP della filiale non funziona, ecco la config (sssd.conf):\n[domain/bcc.local]\nid_provider = ldap\n"
        "ldap_uri = ldaps://ldap.bcc.local\nldap_search_base = dc=bcc,dc=local\n"
        "ldap_default_bind_dn = cn=svc-sportello,ou=service,dc=bcc,dc=local\nldap_default_authtok = ⟦PASSWORD|Sportello.2026!Cred⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Spring LDAP config for the co-op bank intranet - the bind password comes from Vault, is the placeholder syntax right?\n"
        "spring:\n  ldap:\n    urls: ldaps://ldap.coopbank.internal:636\n    base: dc=coopbank,dc=internal\n"
        "    username: cn=svc-intranet,ou=apps,dc=coopbank,dc=internal\n    password: ${vault.ldap.bind-password}",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Les mails de confirmation du crématorium partent en spam. Réglages SMTP (settings.py) :\n"
        'EMAIL_HOST = "smtp-relay.brevo.com"\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\n'
        'EMAIL_HOST_USER = "contact@crematorium-loire.fr"\nEMAIL_HOST_PASSWORD = "⟦PASSWORD|xsmtpsib-Loire2026-Pq7vRt⟧"\n'
        'DEFAULT_FROM_EMAIL = "Crématorium Loire <contact@crematorium-loire.fr>"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "SMTP settings for the EAP booking portal, reading from env - ok?\n"
        "EMAIL_HOST = env('EMAIL_HOST')\nEMAIL_PORT = env.int('EMAIL_PORT', default=587)\n"
        "EMAIL_HOST_USER = env('EMAIL_HOST_USER')\nEMAIL_HOST_PASSWORD = env('EMAIL_HOST_PASSWORD')\nEMAIL_USE_TLS = True",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Our whereabouts-reminder bot posts twice, here's the notifier:\n"
        'import requests\n\nWEBHOOK = "⟦SLACK_TOKEN|https://hooks.slack.com/services/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⟧"\n\n'
        "def remind(athlete_id: str, slot: str) -> None:\n"
        '    requests.post(WEBHOOK, json={"text": f"Whereabouts slot {slot} missing for {athlete_id}"}, timeout=5)',
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "Teams-melding vanuit de adoptie-app werkt niet meer sinds de migratie, dit is de config (config/notify.js):\n"
        "module.exports = {\n  teamsWebhook: '⟦GENERIC_SECRET|https://adoptiezorg.webhook.office.com/webhookb2/df86ad0c-5b42-4e1f-9a7d-0b3c21e6f4a8@7c1d0e92-3f4b-4a11-8e2d-5f6a7b8c9d01/IncomingWebhook/61980612d955271b0d320ce0e3a78caa/a3b4c5d6-e7f8-4091-a2b3-c4d5e6f70819⟧',\n"
        "  slackToken: '⟦SLACK_TOKEN|xoxb-70472061992-2894427369146-6fyimmVPsLtf0LWQprlooHPy⟧',\n  retries: 3\n};",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Node config module, does this fall back correctly when the env var is missing?\n"
        "// config/index.js\nmodule.exports = {\n  port: Number(process.env.PORT ?? 8080),\n"
        "  kycProvider: process.env.KYC_PROVIDER_URL ?? 'https://sandbox.verify.example',\n"
        "  kycApiKey: process.env.KYC_API_KEY, // injected from AWS Secrets Manager: kyc/provider/api-key\n"
        "  build: '5ca5725c-d103-448e-aa7c-3e9108e6bfc7',\n};",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Django settings vom Krematoriums-Portal, warum startet es in Prod mit DEBUG?\n"
        'DEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"\n'
        'SECRET_KEY = "⟦GENERIC_SECRET|kf^vl70%9dgu3_ya6+vse%t)3ljctq_+1xbqvzs%2(e2f7x)lf⟧"\n'
        'DATABASES = {"default": dj_database_url.parse("postgres://krema:⟦PASSWORD|Urne-Birke-4410⟧@db-krema:5432/krema")}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Django settings for the museum membership app - review please:\n"
        'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")\n'
        'DATABASES = {"default": env.db("DATABASE_URL")}\nSTRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")  # whsec_... set in Render dashboard',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Why is the care-plan service logging this much? Extract from app.log:\n"
        "2026-11-24 07:41:02,118 INFO careplans.visits visit started client=⟦PERSON|Doreen Ashcombe⟧ carer=⟦PERSON|Blessing Mutasa⟧ "
        'address="⟦STREET_ADDRESS|9 Orchard Rise, Ilkley LS29 8QT⟧"\n'
        '2026-11-24 07:41:03,902 DEBUG careplans.meds task=meds_prompt drug="⟦HEALTH_DATA|warfarin 3mg⟧" reason="⟦HEALTH_DATA|mechanical heart valve⟧"\n'
        "2026-11-24 07:58:40,005 INFO careplans.visits visit ended duration=17m",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": "Logi z usługi wnioskowej o dodatek mieszkaniowy, czemu w DEBUG lecą pełne dane?\n"
        "[2026-11-20 10:12:55] DEBUG wnioski.api payload={'imie_nazwisko': '⟦PERSON|Stanisława Gąsiorowska⟧', 'pesel': '⟦PL_PESEL|01232254564⟧', "
        "'email': '⟦EMAIL_ADDRESS|s.gasiorowska@wp.pl⟧', 'niepelnosprawnosc': '⟦HEALTH_DATA|umiarkowany stopień niepełnosprawności⟧'}\n"
        "[2026-11-20 10:12:55] INFO wnioski.api status=201 id=DM-2026-8841",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Python logging config, is the redaction filter applied to all handlers?\n"
        "LOGGING = {\n    'version': 1,\n    'filters': {'redact': {'()': 'pv.logging.RedactPII'}},\n"
        "    'handlers': {'console': {'class': 'logging.StreamHandler', 'filters': ['redact']}},\n"
        "    'root': {'handlers': ['console'], 'level': 'INFO'},\n}\n"
        "# sample output: 2026-11-02 09:00:01 INFO pv.intake case=PV-2026-019120 reporter=[REDACTED] sha256=6783bb1b93e8e20e14adc41ff0a79afe713ec202d8752ddefc00fe7955e04505",
    },
    {
        "kind": "code",
        "language": "es",
        "text": "¿Está bien este .env.example para el portal de visados? No quiero subir secretos.\n"
        "VISA_API_URL=https://api.visados.example/v2\nVISA_API_KEY=<your-key-here>\nREDIS_URL=redis://redis:6379/0\n"
        "SENTRY_DSN=\nFEATURE_BIOMETRIC_SLOTS=true",
    },
    {
        "kind": "code",
        "language": "it",
        "text": "Perché il client Google Maps del gestionale assistenza domiciliare restituisce REQUEST_DENIED?\n"
        "const maps = new Client({});\nconst res = await maps.distancematrix({ params: { origins, destinations, "
        "key: '⟦GOOGLE_API_KEY|AIzaSy63Rl00994SonqxFd8lu3FMyHWqe5iq9jn⟧' } });",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "terraform plan output for the KYC bucket, anything risky?\n"
        '  # aws_s3_bucket.kyc_docs will be created\n  + resource "aws_s3_bucket" "kyc_docs" {\n'
        '      + bucket        = "fintech-kyc-docs-prod"\n      + force_destroy = false\n      + tags          = { "owner" = "kyc-desk" }\n    }\n'
        "Plan: 1 to add, 0 to change, 0 to destroy.",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Pourquoi le déploiement GitHub Actions ne voit pas le secret ? extrait :\n"
        "- name: Deploy\n  env:\n    AZURE_STORAGE_KEY: ${{ secrets.AZURE_STORAGE_KEY }}\n"
        "  run: az storage blob upload-batch -d '$web' -s dist --account-name musee0site --account-key \"$AZURE_STORAGE_KEY\"",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "kurz: reicht das als Connection-String für den Blob-Speicher der AU-Scans?\n"
        "DefaultEndpointsProtocol=https;AccountName=sscabsencescans;AccountKey=⟦AZURE_KEY|bAh2gmpOY7EQvu/m/1Ii/UrO3vm3jxx4NvtmCj7NLEjBuVIMyp6XuLPqEEkRDr4HhQn9qQTcgb7X6KDLND/uCg==⟧;EndpointSuffix=core.windows.net",
    },
]
