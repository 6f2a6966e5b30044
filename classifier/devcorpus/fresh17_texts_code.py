"""Hand-written code, config and log texts of the ``fresh17`` split: what services paste into a prompt."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "Why does the Shopify webhook worker crash on boot? .env.production:\n"
        "SHOP_DOMAIN=harrow-hound-outfitters.myshopify.com\n"
        "STRIPE_SECRET=⟦STRIPE_KEY|sk_test_KJfjyy76BuqynayOzKlQBG7tKBUAajYco5ldwrhtWNfF5CmZlNAjw7HBkaTrEbMWIexH2P3zQkTJCCbqKp7oZLK0G4wXR7gvBdk⟧\n"
        "REDIS_URL=redis://cache:6379/2",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Review this loader, is reading the key like this fine?\n"
        'import os\n\nPAYMENT_KEY = os.environ["PAYMENT_PROVIDER_KEY"]\nTIMEOUT_S = int(os.getenv("PAYMENT_TIMEOUT_S", "8"))\n',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "terraform plan fails for the booking-engine bucket, provider block:\n"
        'provider "aws" {\n  region     = "eu-west-1"\n  access_key = "⟦AWS_ACCESS_KEY|ASIAJURZAS3EP736MS6L⟧"\n'
        '  secret_key = "⟦AWS_SECRET_KEY|yhNHYCKKXPwQeQZT6Hm2hSLm6vKjMu8WXRnoKxKl⟧"\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "From ⟦PERSON|Saoirse McGillycuddy⟧ (loyalty team): explain this migration:\nALTER TABLE loyalty_member ADD COLUMN tier varchar(16) NOT NULL DEFAULT 'bronze';\n"
        "CREATE INDEX loyalty_member_tier_idx ON loyalty_member (tier);",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "GitHub Actions step for the newsroom CMS deploy keeps failing with 401:\n"
        "- name: Push image\n  env:\n    GH_TOKEN: ⟦GITHUB_TOKEN|ghp_jvqLcRkjYeuWFx8L8XJvO8hEjZ4fJfJdnBb6⟧\n"
        "  run: echo $GH_TOKEN | docker login ghcr.io -u cms-bot --password-stdin",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "requirements.txt pinned for the menu-pricing service, anything outdated?\n"
        "django==5.1.4\ncelery==5.4.0\npsycopg[binary]==3.2.3\nsentry-sdk==2.19.0",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Slack alert bot for the reservations system stopped posting; config.yaml:\n"
        'slack:\n  channel: "#front-desk-alerts"\n  bot_token: ⟦SLACK_TOKEN|xoxb-95142534981-560573088774-gy46VjyvxYc0KIGAjkNk6Tj6⟧\n'
        "  mention_on_overbooking: true",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "docker-compose for the claims portal, which values should move to secrets?\n"
        "services:\n  web:\n    image: claims-portal:2.8.1\n    environment:\n      DB_PASSWORD_FILE: /run/secrets/db_password\n"
        "      SENTRY_DSN: ${SENTRY_DSN}\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "This recommendation script for the bookshop calls the model, why 401?\n"
        'client = OpenAI(api_key="⟦OPENAI_API_KEY|sk-proj-VQoorhQk64pYoewmGo4D7wcbKNlB-ngvS4CaG_1IGYfzHwIAr2Ef_HvNQBtNe7svLTLsgse6mj⟧")\n'
        'resp = client.chat.completions.create(model="gpt-4o-mini", messages=msgs)',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "What does this log say? Farm sensor gateway:\n"
        "2026-06-02T04:11:09Z INFO  probe=greenhouse-3 temp=21.4 rh=78 fw=1.9.2\n"
        "2026-06-02T04:11:12Z WARN  probe=greenhouse-5 battery=11% id=7d3e9a40-55c1-4b8e-9a0f-2f6c1d8e3b12\n"
        "2026-06-02T04:12:00Z ERROR mqtt reconnect failed (broker=mqtt.farm.local:8883, attempt 4)",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Warum schlägt der Mailversand im Buchungssystem der Pension fehl? settings_local.py:\n"
        'EMAIL_HOST = "smtp.strato.de"\nEMAIL_HOST_USER = "buchung@pension-alpenblick.de"\n'
        'EMAIL_HOST_PASSWORD = "⟦PASSWORD|Zirbenholz#Stube77⟧"\nSECRET_KEY = "⟦GENERIC_SECRET|7te1nn^urgva%ys^%%n_4lmuuy0+z@gvms-7q-li0%izmq%*h4⟧"',
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Ist das so sauber? Die Schnittstelle zum Warenwirtschaftssystem liest den Token aus Vault:\n"
        'token = hvac.Client(url=VAULT_ADDR).secrets.kv.read_secret_version(path="wawi/api")["data"]["data"]["token"]',
    },
    {
        "kind": "code",
        "language": "de",
        "text": "CSV-Export aus dem Kassensystem, warum stimmt die Summe nicht?\nbon_nr;datum;filiale;betrag;mwst\n"
        "100231;2026-03-04;Bielefeld-Mitte;12,40;7\n100232;2026-03-04;Bielefeld-Mitte;3,10;19\n100233;2026-03-04;Gütersloh;27,85;7",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Le connecteur Azure de la centrale de réservation ne marche plus :\n"
        "AZURE_STORAGE_ACCOUNT=resagites\nAZURE_STORAGE_KEY=⟦AZURE_KEY|7frCglUCX5kz6Frx5r/gfTaQyXWsCH5y8bT2BH5zTVHyLsRPYAsW/BJ8kcwsWaVKlQl8TsSk/2NS/w9l5jQOTA==⟧",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Explique ce cron de la coopérative (écrit par ⟦PERSON|Firmin Tourangeau⟧, ⟦EMAIL_ADDRESS|f.tourangeau@coop-comtoise.fr⟧) :\n0 5 * * 1-6 /opt/coop/bin/export_collecte.sh --site=jura --format=csv >> /var/log/collecte.log 2>&1",
    },
    {
        "kind": "code",
        "language": "it",
        "text": "Il servizio newsletter dell'editore restituisce 403, nginx.conf estratto:\n"
        'location /api/ {\n  proxy_set_header X-Api-Key "⟦API_KEY|key-540defbcdbaf2b700cf2494123ef16f4⟧";\n  proxy_pass http://mailer:8080;\n}',
    },
    {
        "kind": "code",
        "language": "it",
        "text": "Come migliorare questa query sulle prenotazioni dell'agriturismo?\n"
        "SELECT camera_id, COUNT(*) FROM prenotazione WHERE check_in >= '2026-07-01' GROUP BY camera_id HAVING COUNT(*) > 3;",
    },
    {
        "kind": "code",
        "language": "es",
        "text": "El envío de SMS de confirmación del hotel falla, twilio.env:\nTWILIO_ACCOUNT_SID=AC-hotel-costa\n"
        "TWILIO_API_KEY=⟦API_KEY|SKfdbd6201ca27e0057aa7b003be9e4126⟧\nTWILIO_FROM=+34 900 000 000",
    },
    {
        "kind": "code",
        "language": "es",
        "text": "¿Está bien este Dockerfile de la tienda online?\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n"
        'RUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "tienda.wsgi", "-b", "0.0.0.0:8000"]',
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "Waarom krijgt de bezorg-app een 401? curl uit de logs:\n"
        'curl -H "Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzODYxIiwiaWF0IjoxNjA0NDk5OTQ1fQ.kDdvRUGXSOEKYNeEFNRtTTOC1G7oVgzHxPmlHOlpnLk⟧" '
        "https://api.bloemenveiling-bezorg.nl/v2/routes",
    },
    {
        "kind": "code",
        "language": "nl",
        "text": 'Leg deze Helm values uit:\nreplicaCount: 3\nimage:\n  tag: "4.2.0"\nenv:\n  - name: SENDGRID_API_KEY\n'
        "    valueFrom:\n      secretKeyRef: { name: mail, key: sendgrid }",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": "Integracja z mapami w aplikacji biura podróży nie działa:\n"
        'const MAPS_KEY = "⟦GOOGLE_API_KEY|AIzaSiLV5xr9-yXliIGZhGdlAdHEdg3zpspDAhT⟧";\nloader.load({ apiKey: MAPS_KEY, version: "weekly" });',
    },
    {
        "kind": "code",
        "language": "pl",
        "text": 'Sprawdź package.json sklepu z herbatą:\n{ "name": "herbaciarnia-shop", "version": "1.14.0", '
        '"dependencies": { "next": "15.0.3", "stripe": "^17.3.0" } }',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Insurer's customer-data fixture loaded into staging by mistake. Which columns must be masked before we share it "
        "with the vendor? Paste of the first rows:\n"
        "policy_no,holder,dob,national_id,iban,card,note\n"
        "BE-22017,⟦PERSON|Wouter Vandenbroucke⟧,⟦DATE_OF_BIRTH|1986-03-14⟧,⟦BE_NATIONAL_NUMBER|86.03.14-396.41⟧,⟦IBAN_CODE|BE10 9240 7423 4904⟧,,"
        "⟦HEALTH_DATA|hypertension⟧, on ⟦HEALTH_DATA|ramipril⟧\n"
        "PT-55120,⟦PERSON|Inês Valadares⟧,1990-09-02,⟦PT_NIF|285535200⟧,⟦IBAN_CODE|PT35 3030 4839 1672 4838 8134 0⟧,,none\n"
        "AT-71044,⟦PERSON|Leopold Strolz-Pfeifhofer⟧,⟦DATE_OF_BIRTH|1988-04-12⟧,⟦AT_SVNR|6813 120488⟧,⟦IBAN_CODE|AT04 0231 2943 5402 2013⟧,,"
        "⟦GENETIC_DATA|BRCA2 carrier⟧ (genetic test 2024)\n"
        "UK-90311,⟦PERSON|Philippa Arkwright⟧,1975-12-30,,⟦IBAN_CODE|GB02 YHUB 9927 8303 9854 99⟧,⟦CREDIT_CARD|2541-7769-5666-9664⟧,"
        "⟦BIOMETRIC_DATA|voice print⟧ enrolled for phone login\n"
        "DE-30218,⟦PERSON|Konstantin Vöhringer⟧,1969-07-21,⟦DE_TAX_ID|43 085 691 476⟧,,,"
        "⟦HEALTH_DATA|type 2 diabetes⟧\n"
        "Also the deploy key that came along in the dump:\n"
        "⟦PRIVATE_KEY|-----BEGIN PRIVATE KEY-----\nwW/6AzcG5i4Go59sp2lyul3WO7c+Qcs4CsKBAP8QVCCGilh/URmiwbE2bi4hkyRM\n"
        "yuJUtyYjw5sVu/hQnFuSmEmRDzsTaq4Gs8GVXY+QPclYSrHbCz1McZfNt4tsGKaV\nhGmSL8pXBZ1XBIKm+5OIcAxRZpNnInaa\n-----END PRIVATE KEY-----⟧\n"
        "Loader log:\n2026-05-30 02:14:07 INFO  loaded 5 rows into staging.policy_fixture (skipped 0)\n2026-05-30 02:14:07 INFO  next run at 02:30, owner team claims-data\n"
        "Loader settings: batch_size=500, on_conflict=skip, source=s3://claims-staging/fixtures/2026-05.csv, "
        "checksum sha256=9f2c4b7a1e0d3f8b6a5c2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0.",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'git diff, does this leak anything?\n- DEFAULT_CURRENCY = "GBP"\n+ DEFAULT_CURRENCY = settings.SHOP_CURRENCY\n'
        '+ API_TOKEN = "<set-in-vault>"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "SendGrid key rotated? old one still in the repo:\nSENDGRID_API_KEY=⟦API_KEY|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⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Explain: `argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG` is what's stored for the kiosk admin.",
    },
]
