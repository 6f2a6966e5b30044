"""Hand-written code, config and log texts of the ``fresh8`` split, about half of them with credentials."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "Why does this script fail with 'Access denied' on the file server? \n\n```powershell\n"
        "$user = 'CORP\\svc-backup'\n$pass = ConvertTo-SecureString '⟦PASSWORD|Primavera1996#⟧' -AsPlainText -Force\n"
        "$cred = New-Object System.Management.Automation.PSCredential($user, $pass)\n"
        "New-PSDrive -Name B -PSProvider FileSystem -Root \\\\fs02\\backup$ -Credential $cred\n```",
    },
    {
        "kind": "code",
        "text": "```powershell\n# Rotates the service account password; value comes from the vault at runtime\n"
        "$secret = Get-Secret -Name 'svc-backup' -Vault CorpVault -AsPlainText\n"
        "Set-ADAccountPassword -Identity svc-backup -NewPassword (ConvertTo-SecureString $secret -AsPlainText -Force) -Reset\n"
        'Write-Host "Rotated at $(Get-Date -Format o)"\n```',
    },
    {
        "kind": "code",
        "text": 'appsettings.Production.json — can you tell me why EF Core can\'t connect?\n{\n  "ConnectionStrings": {\n'
        '    "Default": "Server=tcp:sql-donors-prod.database.windows.net,1433;Database=donors;User ID=donorsapp;'
        'Password=⟦PASSWORD|nube-kot-fiume99⟧;Encrypt=True;"\n  },\n  "Logging": { "LogLevel": { "Default": "Warning" } }\n}',
    },
    {
        "kind": "code",
        "text": '{\n  "ConnectionStrings": {\n    "Default": "Server=${DB_HOST};Database=camp;User ID=${DB_USER};Password=${DB_PASSWORD}"\n'
        '  },\n  "Smtp": { "Host": "smtp.office365.com", "Port": 587, "Password": "****" },\n'
        '  "AllowedHosts": "*"\n}',
    },
    {
        "kind": "code",
        "text": '```csharp\nvar client = new SendGridClient("⟦API_KEY|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⟧");\n'
        'var msg = MailHelper.CreateSingleEmail(new EmailAddress("noreply@camp-lougharrow.ie"), to, "Medical form", body, null);\n'
        "var response = await client.SendEmailAsync(msg);\n```\nThe response is 403, what am I missing?",
    },
    {
        "kind": "code",
        "text": '```csharp\npublic sealed class TwilioOptions\n{\n    public const string Section = "Twilio";\n'
        "    public string AccountSid { get; init; } = string.Empty;\n    public string AuthToken { get; init; } = string.Empty;\n}\n"
        "// bound from configuration; secrets come from Azure Key Vault reference @Microsoft.KeyVault(SecretUri=...)\n```",
    },
    {
        "kind": "code",
        "text": "Terraform state excerpt an engineer pasted into the incident channel:\n```json\n"
        '"resources": [{\n  "type": "aws_iam_access_key",\n  "name": "ci_deployer",\n  "instances": [{\n'
        '    "attributes": {\n      "id": "⟦AWS_ACCESS_KEY|AKIAPGGQ3WQ2I65GJXDI⟧",\n'
        '      "secret": "⟦AWS_SECRET_KEY|zrb0MDwbZesbCvqVWjNzyDWA/VTvhPFziLbALtT3⟧",\n'
        '      "status": "Active",\n      "user": "ci-deployer"\n    }\n  }]\n}]\n```',
    },
    {
        "kind": "code",
        "text": '```hcl\nresource "aws_db_instance" "bookings" {\n  identifier        = "bookings-prod"\n'
        '  engine            = "postgres"\n  engine_version    = "16.3"\n  instance_class    = "db.t4g.medium"\n'
        '  username          = "bookings"\n  password          = var.db_password\n  storage_encrypted = true\n}\n```',
    },
    {
        "kind": "code",
        "text": "```dockerfile\nFROM node:20-alpine\nARG NPM_TOKEN=⟦GITHUB_TOKEN|ghs_Lp8AcDJ6UrzFAUUjAsFOPNmWOrWmvlWScXtm⟧\n"
        'RUN echo "//npm.pkg.github.com/:_authToken=${NPM_TOKEN}" > ~/.npmrc && npm ci\nCOPY . .\n'
        'CMD ["node", "server.js"]\n```\nbuild is slow, how do I use cache mounts here?',
    },
    {
        "kind": "code",
        "text": "```dockerfile\nFROM python:3.12-slim\nARG APP_VERSION=2.14.0\nARG GIT_SHA=4e1b9c07d2a35f8e\n"
        "ENV PYTHONDONTWRITEBYTECODE=1\nRUN --mount=type=secret,id=pip_token pip install -r requirements.txt\n"
        "LABEL org.opencontainers.image.revision=$GIT_SHA\n```",
    },
    {
        "kind": "code",
        "text": "gradle.properties from the Android app (scooter rental):\n```\norg.gradle.jvmargs=-Xmx4g\n"
        "MAPS_API_KEY=⟦GOOGLE_API_KEY|AIzaLNusjqLb2fWE5byPI5pzenjJTWCGy9q1ONo⟧\nRELEASE_STORE_PASSWORD=⟦PASSWORD|Zomer1979!⟧\n"
        "RELEASE_KEY_ALIAS=upload\n```\nWhy is the release build not signed?",
    },
    {
        "kind": "code",
        "text": '```kotlin\nandroid {\n    defaultConfig {\n        applicationId = "ie.pedl.rider"\n        versionCode = 412\n'
        '        buildConfigField("String", "MAPS_API_KEY", "\\"${System.getenv("MAPS_API_KEY")}\\"")\n    }\n}\n```',
    },
    {
        "kind": "code",
        "text": "Notebook cell that errors with RateLimitError, can you add retries?\n```python\nimport openai\n"
        'client = openai.OpenAI(api_key="⟦OPENAI_API_KEY|sk-proj-9th3Ht4YtzqDXh3oXyTXUVsrphYwjJJrgz3Zv1TXRPR-jjYoB1Pbkk37Yh5G0n-wrTpdsR1H70⟧")\n'
        'for row in df.itertuples():\n    out = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": row.note}])\n```',
    },
    {
        "kind": "code",
        "text": "```python\n# In [3]:\nimport os, pandas as pd\ndf = pd.read_parquet('s3://analytics-exports/donations_2025Q3.parquet')\n"
        "key = os.environ['ANTHROPIC_API_KEY']  # set via the kernel's env, never in the notebook\n"
        "df.groupby('clinic_code')['volume_ml'].sum().sort_values().tail(10)\n```",
    },
    {
        "kind": "code",
        "text": '```js\n// firebase.js\nconst firebaseConfig = {\n  apiKey: "⟦GOOGLE_API_KEY|AIza1JLJ5sMnilvOPZ1h7yiBL6G-Q_eY4-fVmsK⟧",\n'
        '  authDomain: "choir-rota.firebaseapp.com",\n  projectId: "choir-rota",\n  storageBucket: "choir-rota.appspot.com",\n'
        '  messagingSenderId: "703118842905",\n  appId: "1:703118842905:web:3fa1c0de92b74d"\n};\n```',
    },
    {
        "kind": "code",
        "text": '```python\nimport stripe\nstripe.api_key = "⟦STRIPE_KEY|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⟧"\n'
        "session = stripe.checkout.Session.create(mode='subscription', line_items=[{'price': 'price_1QhZ2cLx', 'quantity': 1}],\n"
        "    success_url='https://pedl.app/ok', cancel_url='https://pedl.app/cancel')\n```\nWhy do I get 'permission denied on checkout sessions'?",
    },
    {
        "kind": "code",
        "text": "```python\nimport os\nfrom twilio.rest import Client\n\nclient = Client(os.environ['TWILIO_ACCOUNT_SID'], os.environ['TWILIO_AUTH_TOKEN'])\n"
        "client.messages.create(to=recipient, from_=os.environ['TWILIO_FROM'], body='Your polling station has changed.')\n```",
    },
    {
        "kind": "code",
        "text": "```python\nfrom twilio.rest import Client\nclient = Client('AC5e0c2d41a98b7f36e104d2cb9a17f0e3', '⟦API_KEY|fcbaa96f16572da72503f4e192e6bd34⟧')\n"
        "msg = client.messages.create(to=donor.phone, from_=SENDER_ID, body='Reminder: donation tomorrow 10:30')\n```",
    },
    {
        "kind": "code",
        "text": "my ~/.pgpass is ignored, psql still asks for a password:\n```\n"
        "db-housing.internal:5432:coop_ledger:treasurer:⟦PASSWORD|horse-staple-regen12⟧\n*:*:*:readonly:⟦PASSWORD|EYlk&P1v_RE2chm⟧\n```\n"
        "permissions are -rw-r--r--",
    },
    {
        "kind": "code",
        "text": "```yaml\napiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s-ir.lab.internal:6443\n"
        "  name: ir-lab\nusers:\n- name: analyst\n  user:\n    token: ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxNjg0IiwiaWF0IjoxNzQwMDczOTE3fQ.ky-qfpGwitVKhaCxqk58VT4h3Ww_LBRZBWW6i5lGDa5⟧\n"
        "contexts:\n- context: {cluster: ir-lab, user: analyst}\n  name: ir-lab\ncurrent-context: ir-lab\n```\nkubectl says Unauthorized",
    },
    {
        "kind": "code",
        "text": "```yaml\napiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    exec:\n"
        "      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n"
        '      args: ["eks", "get-token", "--cluster-name", "customs-prod"]\n```',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Incident IR-2025-0417, draft the client notification from this evidence. Do not repeat the passwords.\n\n"
        "Paste found on a public paste site, 14 Nov 03:12 UTC, attributed to 'LeakBazaar':\n"
        "⟦EMAIL_ADDRESS|h.donnellan@willowbank-coop.ie⟧:⟦PASSWORD|Sommer2010$⟧\n"
        "⟦EMAIL_ADDRESS|accounts@willowbank-coop.ie⟧:⟦PASSWORD|Winter1978?⟧\n"
        "⟦EMAIL_ADDRESS|p.ngata@willowbank-coop.ie⟧:$2y$10$Qz1aK7tNw0e8Vb3UyR2lKuo0m3bWlQ9s5cE7xJ1dH4fG6iP8rT2yW\n"
        "Source: stealer log, host DESKTOP-7KQ2MW, SHA256 of archive 5d0c9a3e71b84f2a96e0c1d7b3f58a24e9c6d1f0a7b2e3c4d5f6a7b8c9d0e1f2",
    },
    {
        "kind": "code",
        "text": "Summarise this EDR alert for the client (no actions yet):\n```\n2025-11-18T22:41:07Z host=WS-FIN-014 "
        'rule=credential_access.lsass_dump severity=high process=rundll32.exe cmd="comsvcs.dll, MiniDump 672 C:\\\\Windows\\\\Temp\\\\d.bin full"\n'
        "trace_id=7f3c2a9e-51b0-4d8e-a6c4-0e9b13f52d77 parent=powershell.exe user=CORP\\\\svc-print\n```",
    },
    {
        "kind": "code",
        "text": "```ini\n; Customs broker EDI gateway, values injected at deploy\n[edi]\nendpoint = https://edi.customs-gw.example/as2\n"
        "partner_id = BROKER-IE-0042\ncert_path = /etc/edi/partner.pem\npassword = REDACTED\napi_key = <your-key-here>\n```",
    },
    {
        "kind": "code",
        "text": "```yaml\n# slack alerting for the IR on-call\nslack:\n  channel: '#ir-oncall'\n"
        "  bot_token: ⟦SLACK_TOKEN|xoxp-14912429311-232293942172-hb95DVReqP0yOiuLaK7EDBiX⟧\nazure:\n"
        "  storage_account: irevidence\n  key: ⟦AZURE_KEY|0YfBWqgGQPWiCWxc1IJhJxGI3poC2lUGplQ0U1BQ7rqH7aQENcqceL6PR58dKdF3L/8pDvxN+HKl/fJGiAwu/Q==⟧\n```",
    },
    {
        "kind": "code",
        "text": "```python\n# settings/base.py\nSECRET_KEY = env('DJANGO_SECRET_KEY')\nPASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']\n"
        "DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'\nCSRF_TRUSTED_ORIGINS = ['https://rota.choir.example']\n```",
    },
    {
        "kind": "code",
        "text": "```\ncommit 9c41e07b3fd2a18e5c0d7764b2a9e1f03cb8d5a2\nAuthor: build-bot\n\n"
        "    Bump Kestrel-7B adapter to 0.9.3, pin sha256:1f0e2d3c4b5a69788796a5b4c3d2e1f0\n```\nwrite release notes from this",
    },
    {
        "kind": "code",
        "text": "Found in a public GitHub gist during the IR-2025-0452 sweep; confirm what it unlocks before we call the client.\n"
        "```\n# deploy/.env.production (uploaded 2025-11-02 by a contractor)\nDJANGO_DEBUG=False\n"
        "DJANGO_SECRET_KEY=⟦GENERIC_SECRET|django-insecure-)uo1h*v@3gq6xzb^d1%84c$kg0s(r!gk6nr72+##vie!7+!$n*⟧\n"
        "DATABASE_URL=postgres://camp_admin:⟦PASSWORD|Sommerlager-Kiefer44⟧@db.camp-portal.internal:5432/camp\n"
        "SENTRY_DSN=\nALLOWED_HOSTS=portal.example-camp.ie\n```",
    },
    {
        "kind": "code",
        "text": "The customs EDI partner sent this key by e-mail (!). Which format is it and how do I convert it to PKCS#1?\n\n"
        "⟦PRIVATE_KEY|-----BEGIN PRIVATE KEY-----\n"
        "2bD1CkwitO3pxnhb6em3zQKGl4hfUWHl9/VGfwrVomhzvF4KW71ir5p1ov0uBt1d\n"
        "bWQyOZuWwA8FDojlFL1C+FSjIZI285KEPLI78SNgmORypMyHJSpUB4EV7AUqPHDi\n"
        "LJDhnnUPCzhD2uyLU17x3DpeRAEO6iBkKwAbhVI5+hyfQhCrhOCcOGO2xYZX8dAh\n"
        "GfRjQ8ZB84adNqqQLQEbZgw5mHdP6YUnmge0cLYhWT+licWoNZQ60g8rsi1VwA5o\n"
        "dk7KWsM3QDXwb+FDUNmK+DwySOce8T8bOMXcXp1zWFIkzxC3+hQzTM8YmlnrZi8Q\n"
        "-----END PRIVATE KEY-----⟧",
    },
]
