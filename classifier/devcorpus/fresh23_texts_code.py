"""Hand-written code and config texts for fresh23: booking engines, GDS and airline APIs, fleet telematics, ticketing, visa portals."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "text": "# booking-engine/.env.production\nDJANGO_SETTINGS_MODULE=booking.settings.prod\nDATABASE_URL=postgres://booking:⟦PASSWORD|Tr4mline!Ostende-88⟧@db-prod.internal:5432/booking\nAMADEUS_CLIENT_ID=lKpA7vQe2mNcR0sT\nAMADEUS_CLIENT_SECRET=⟦GENERIC_SECRET|Vx9pQ2LmZr7TkB4e⟧\nSTRIPE_SECRET_KEY=⟦STRIPE_KEY|sk_live_5121ingsY2ACdMaiPWv4A1gozFIlwiEzqxewo563r0tPxTPjmwyvxMNQPXFPgSNC⟧",
    },
    {
        "kind": "code",
        "text": 'import os\n\nAMADEUS_CLIENT_ID = os.environ["AMADEUS_CLIENT_ID"]\nAMADEUS_CLIENT_SECRET = os.environ["AMADEUS_CLIENT_SECRET"]\nAMADEUS_HOST = os.getenv("AMADEUS_HOST", "test.api.amadeus.com")\nSTRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")',
    },
    {
        "kind": "code",
        "text": "[profile telematics-prod]\nregion = eu-central-1\naws_access_key_id = ⟦AWS_ACCESS_KEY|AKIASYK6KA2Z6XZ6QN6Q⟧\naws_secret_access_key = ⟦AWS_SECRET_KEY|QTvWMK+o9BsQgHSMlSSMoiWiGn8I8v0R6qtDCima⟧",
    },
    {
        "kind": "code",
        "text": 'resource "aws_secretsmanager_secret" "gds_credentials" {\n  name        = "ticketing/prod/sabre"\n  description = "Sabre SOAP credentials for the ticketing back end"\n  kms_key_id  = aws_kms_key.ticketing.arn\n}\n\ndata "aws_secretsmanager_secret_version" "gds" {\n  secret_id = aws_secretsmanager_secret.gds_credentials.id\n}',
    },
    {
        "kind": "code",
        "text": "name: deploy-visa-portal\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n        env:\n          GH_TOKEN: ⟦GITHUB_TOKEN|ghp_m1slYrxhIDT0I7VCMbcyNBQvS6s2hiPjtvBc⟧\n          APP_ENV: production",
    },
    {
        "kind": "code",
        "text": "name: deploy-visa-portal\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n        env:\n          GH_TOKEN: ${{ secrets.GH_DEPLOY_TOKEN }}\n          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}",
    },
    {
        "kind": "code",
        "text": "const { WebClient } = require('@slack/web-api');\n// TODO move to vault before go-live\nconst slack = new WebClient('⟦SLACK_TOKEN|xoxb-08976307014-7585998722741-MEJP57oilluIIPirbSxexUYV⟧');\nawait slack.chat.postMessage({ channel: '#lost-luggage-alerts', text: `New PIR ${pir.ref} at ${pir.station}` });",
    },
    {
        "kind": "code",
        "text": 'from openai import OpenAI\n\nclient = OpenAI(api_key="⟦OPENAI_API_KEY|sk-proj-va4o3o_d2P-I6lVGPj2Q5Yrx7KIQxPZeFT8z37DSF9mQsvL7T3BlbkFJqNsmaDvNzxY9WQHjWhh5MijuCFvRpepxJ4Pyb7VZ⟧")\n\ndef summarise_assistance_request(text: str) -> str:\n    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])\n    return resp.choices[0].message.content',
    },
    {
        "kind": "code",
        "text": 'from openai import OpenAI\nimport os\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nMODEL = "gpt-4o-mini-2024-07-18"',
    },
    {
        "kind": "code",
        "text": '<!-- station-map.html -->\n<script async src="https://maps.googleapis.com/maps/api/js?key=⟦GOOGLE_API_KEY|AIza6ykvvlA4q5dgK5-AqXkUS3tAIjxYO_h-EB7⟧&callback=initChargerMap"></script>',
    },
    {
        "kind": "code",
        "text": '{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "AzureTranslator": {\n    "Endpoint": "https://api.cognitive.microsofttranslator.com/",\n    "Region": "westeurope",\n    "Key": "⟦AZURE_KEY|eab5ddd6dedd7d3608f54f6f42fd2192⟧"\n  },\n  "InterpreterBooking": { "MaxParallelJobs": 8 }\n}',
    },
    {
        "kind": "code",
        "text": "curl -s https://visa-appointments.example-consulate.org/api/v2/slots?post=LON \\\n  -H 'Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZ2VudC00NDcxIiwiaXNzIjoidmlzYS1wb3J0YWwiLCJyb2xlIjoiZGVzayIsImV4cCI6MTc2NzIyNTYwMH0.k4sORMATfo16k5VFjapuoPO2Qk9PCnfwus1FY2gA4dy⟧' \\\n  -H 'Accept: application/json'",
    },
    {
        "kind": "code",
        "text": "# deploy key for the GDS SFTP drop (fares files)\n⟦PRIVATE_KEY|-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n+QMOEKK+PfllEz2BYmbQDCRQfxCMN35pjLU4/Glg/RsLsdqqhaag426haGeqBDf16YpdMu\nxJkCSCNVJD9FUxJSClutPUK1cOyGU5o3/T4DRirvmk45ARMocLR7gjsNjsrs3F8WR2HPKg\nfG4tg025uk9VTc5MJTT2AAAAE2ZhcmVzQGdkcy1zZnRwLXByb2QBAgMEBQ==\n-----END OPENSSH PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "text": 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: fleet-telematics\n  namespace: scooters\ntype: Opaque\nstringData:\n  MQTT_USERNAME: fleet-ingest\n  MQTT_PASSWORD: "⟦PASSWORD|Kick-Scoot_Lyon#2025⟧"\n  TELEMATICS_API_KEY: "⟦API_KEY|3gb48fcg9krf3tyq0rd5totxocczzbv6⟧"',
    },
    {
        "kind": "code",
        "text": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: fleet-telematics\ntype: Opaque\ndata:\n  MQTT_PASSWORD: {{ .Values.mqtt.password | b64enc | quote }}\n  TELEMATICS_API_KEY: {{ .Values.telematics.apiKey | b64enc | quote }}",
    },
    {
        "kind": "code",
        "text": "-- dump of special_assistance table (staging copy, should have been anonymised!)\nINSERT INTO special_assistance (pnr, passenger, ssr, remark, phone) VALUES\n('QK2L9P', '⟦PERSON|Hildur Amankwah-Sauer⟧', 'WCHC', '⟦HEALTH_DATA|tetraplegic, own power chair, lithium battery 300Wh⟧', '⟦PHONE_NUMBER|+49 151 2280 4417⟧'),\n('ZT8M3R', '⟦PERSON|Bartholomew Ekwueme⟧', 'MEDA', '⟦HEALTH_DATA|oxygen 2 l/min, COPD stage III⟧', '⟦PHONE_NUMBER|+44 7700 918 264⟧');",
    },
    {
        "kind": "code",
        "text": "pnr,segment,ssr,status\nHX72KQ,LH400 FRA-JFK,VGML,HK\nHX72KQ,LH401 JFK-FRA,VGML,HK\nRP19ZD,AF1234 CDG-LIS,WCHR,HK\nRP19ZD,TP438 LIS-CDG,WCHR,UN",
    },
    {
        "kind": "code",
        "text": "2026-02-11T07:42:18Z INFO  gds.sabre  session opened token_id=8f2c1d7e-4b3a-4e51-9c0d-7a6b5e4f3d21 pcc=7XK2\n2026-02-11T07:42:19Z WARN  gds.sabre  retry 1/3 OTA_AirAvailLLSRQ timeout after 8000ms\n2026-02-11T07:42:21Z INFO  gds.sabre  OTA_AirAvailLLSRQ ok 112 options",
    },
    {
        "kind": "code",
        "text": "2026-02-11T09:15:02Z ERROR ticketing.payments  charge failed pan=⟦CREDIT_CARD|4443 8893 3917 1996⟧ exp=03/28 holder=⟦PERSON|Ottilie Brzezińska-Nair⟧ reason=do_not_honor order=TK-99218-LIS",
    },
    {
        "kind": "code",
        "text": "# fixtures/sepa_refunds.yaml  (real data, remove before merge)\n- booking: NCC-558190\n  name: ⟦PERSON|Leopold Ahiagbe⟧\n  iban: ⟦IBAN_CODE|BE57 8310 9672 9968⟧\n  amount: 184.50\n- booking: NCC-558204\n  name: ⟦PERSON|Rosamund Tchakounté⟧\n  iban: ⟦IBAN_CODE|GB63NWBK72644234257539⟧\n  amount: 62.00",
    },
    {
        "kind": "code",
        "text": '[package]\nname = "fleet-telemetry"\nversion = "0.14.2"\nedition = "2021"\n\n[dependencies]\ntokio = { version = "1.38", features = ["full"] }\nrumqttc = "0.24"\nserde = { version = "1", features = ["derive"] }',
    },
    {
        "kind": "code",
        "text": 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nENV VISA_PORTAL_ENV=production\nCMD ["gunicorn", "portal.wsgi:application", "--bind", "0.0.0.0:8000"]',
    },
    {
        "kind": "code",
        "text": "# config/settings.example.yaml — copy to settings.yaml\ngds:\n  provider: amadeus\n  client_id: <your-client-id>\n  client_secret: <your-client-secret>\nstripe:\n  secret_key: sk_test_REPLACE_ME\nsmtp:\n  password: changeme-in-prod",
    },
    {
        "kind": "code",
        "text": 'package-lock.json excerpt\n"node_modules/axios": {\n  "version": "1.7.2",\n  "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",\n  "integrity": "sha512-2A8QhOMrbomlDuiLeK9XibIBzuHeRcqqNOHp0Cyp5EoJ1IFDh+XZH3A6BkXtv0K4gFGCI0Y4BM7B1wOEi0Rmg=="\n}',
    },
    {
        "kind": "code",
        "text": "Traceback (most recent call last):\n  File \"/srv/rental/pricing.py\", line 212, in quote\n    rate = tariffs[station][vehicle_class]\nKeyError: 'EV-MID'\nrequest_id=3c9e5a1f-0d7b-4c2e-8a6f-51b0d9e2c4a7 station=AGP-T3 vehicle_class=EV-MID",
    },
    {
        "kind": "code",
        "text": "# gitlab-ci: interpreter-booking\nvariables:\n  POSTGRES_DB: booking_test\n  POSTGRES_PASSWORD: $CI_POSTGRES_PASSWORD\ntest:\n  image: python:3.11\n  script:\n    - pip install -r requirements-dev.txt\n    - pytest -q",
    },
    {
        "kind": "code",
        "text": "# legacy PHP booking widget\n$db = new PDO('mysql:host=10.0.4.12;dbname=schooltrips', 'trips_app', '⟦PASSWORD|Klassenfahrt2019!⟧');\n$mailer->setApiKey('⟦API_KEY|SG.7hQ2xLk9R0aPv4mZ.e3Wn8Yt5Uc1Bq6Jd0Fs2Gh7Kl9Mn4Pr3Tv8Xw1Zy5Ab⟧');",
    },
    {
        "kind": "code",
        "text": "sha256  visa-portal-2.8.1.tar.gz  9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\nsha256  visa-portal-2.8.1.whl     2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
    },
]
