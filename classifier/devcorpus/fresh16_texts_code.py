"""Hand-written code, config and log texts of the ``fresh16`` split: utilities, public works and plant IT."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "Our OPC UA historian bridge won't authenticate after the PLC upgrade, config below:\n"
        "[historian]\nendpoint = opc.tcp://plc-line3.plant.local:4840\nsecurity_policy = Basic256Sha256\n"
        "username = hist_reader\npassword = ⟦PASSWORD|Kiln7!sparrow-Oct22⟧\npoll_ms = 500",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Review this Node-RED settings.js snippet for the SCADA dashboard:\nmodule.exports = {\n"
        "  uiPort: process.env.PORT || 1880,\n  credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,\n"
        "  adminAuth: { type: 'credentials', users: [{ username: 'ops', password: '$2b$08$wuAqPiKJlVN27eF5qJp.RuQYqbnTQqFBmbb0sUq8JI0Bb8UQS0p0.', permissions: '*' }] }\n};",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Fleet telematics import fails with 401, here's the cron script:\n#!/bin/bash\n"
        "curl -s -H 'Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMTI2OSIsImlhdCI6MTc5MDkwMzk2MX0.p0XnoOxPss03nz4Uxkfp7wtbX0-QfdivXXkDLNZQRKq⟧' \\\n"
        "  https://api.fleetlink.example/v2/vehicles/positions > /var/spool/telematics/positions.json",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Is this GitHub Actions step safe for the permit portal deploy?\n- name: Push image\n  run: |\n"
        '    echo "${{ secrets.REGISTRY_TOKEN }}" | docker login ghcr.io -u ${{ github.actor }} --password-stdin\n'
        "    docker push ghcr.io/citypermits/portal:${{ github.sha }}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "The BIM model sync to S3 stopped. ~/.aws/credentials on the site office PC:\n[bim-sync]\n"
        "aws_access_key_id = ⟦AWS_ACCESS_KEY|AKIATPCWRWZLHKKR32HL⟧\naws_secret_access_key = ⟦AWS_SECRET_KEY|8qRHuWdcCJZIyeltihuiMex8aztk/fb+Iv3HRS0S⟧\nregion = eu-west-1",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Why does mypy complain here?\ndef load_meter_batch(path: Path) -> list[MeterReading]:\n"
        "    rows = csv.DictReader(path.open())\n    return [MeterReading(mpan=r['mpan'], kwh=float(r['kwh'])) for r in rows]",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'Terraform for the water-quality dashboard, anything wrong?\nresource "azurerm_key_vault_secret" "lims_api" {\n'
        '  name         = "lims-api-key"\n  value        = var.lims_api_key\n  key_vault_id = azurerm_key_vault.ops.id\n}\n'
        "# commit 9c41e07b2a, state lock id 6f2b8d1e-0a73-4c55-9e2b-11d04c7a9f30",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Slack alert from the substation monitor isn't posting. alerting.yaml:\nreceivers:\n  - name: grid-ops\n"
        "    slack_configs:\n      - channel: '#grid-alarms'\n        token: ⟦SLACK_TOKEN|xoxb-54101612008-281334492070-zVGdCS7IhQGBoTpafE8ZSF1h⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Explain this log from the route-planning service:\n2026-11-27T05:12:44Z INFO optimiser run=7f3c21aa depot=DC-NORTH "
        "stops=412 vehicles=37 duration_ms=18422 solver=or-tools 9.10",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Help me rotate this: the AI summariser for work orders uses\nOPENAI_API_KEY=⟦OPENAI_API_KEY|sk-proj-2z67kxFvWLnRv-qhVH0ZHjScbWpBiUAXLuhi8ui-3LCXpUqiwjrcZV6nV14X4YDP-jvsP30dMS⟧\n"
        "MODEL=gpt-4o-mini\nMAX_TOKENS=800",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Warum verbindet sich der MQTT-Client der Zählerfernauslesung nicht?\nmosquitto_sub -h mqtt.stadtwerke.internal -p 8883 "
        "--cafile ca.crt -u zfa_reader -P ⟦PASSWORD|Zaehler#Nord2026⟧ -t 'meter/+/reading'",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Kannst du das Python-Skript für den Export der Baustellendaten aufräumen?\nimport os\n"
        "TOKEN = os.environ['BAUSTELLEN_API_TOKEN']\nBASE = 'https://baustellen.example/api'\n"
        "def fetch(project_id: str) -> dict:\n    return requests.get(f'{BASE}/projects/{project_id}', headers={'X-Token': TOKEN}, timeout=10).json()",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "docker-compose.yml für das Leitstellen-Monitoring, passt das?\nservices:\n  grafana:\n    image: grafana/grafana:11.2.0\n"
        "    environment:\n      GF_SECURITY_ADMIN_PASSWORD: ⟦PASSWORD|Leitstelle-Gf!884⟧\n      GF_SERVER_ROOT_URL: https://monitor.leitstelle.local",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Fehler im Kotlin-Code der Fahrer-App:\nval apiKey = BuildConfig.MAPS_API_KEY  // kommt aus local.properties, nicht im Repo\n"
        "val client = MapsClient(apiKey, timeoutSeconds = 15)",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": 'Pourquoi la carte des chantiers ne s\'affiche pas ? index.html :\n<script src="https://maps.googleapis.com/maps/api/js?key=⟦GOOGLE_API_KEY|AIzaTikp_UbcunuV6uQ5K0v81Xb4g1s9Jifbfsn⟧&callback=initMap"></script>',
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Relis ce fichier .env.example du portail usagers de la régie :\nDATABASE_URL=postgres://app:<mot-de-passe>@db:5432/regie\n"
        "SECRET_KEY=changeme\nSENTRY_DSN=\nPAYMENT_API_KEY=<à-remplir>",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Le paiement de la redevance échoue en recette, config Stripe :\nSTRIPE_SECRET=⟦STRIPE_KEY|sk_test_gN9BzJgxe2x1UxCH7qEdDqGm⟧\nSTRIPE_WEBHOOK_TOLERANCE=300",
    },
    {
        "kind": "code",
        "language": "it",
        "text": "Django settings del gestionale cantieri, cosa devo spostare?\nDEBUG = False\n"
        "SECRET_KEY = '⟦GENERIC_SECRET|django-insecure-q*$+r9a^e8^%jvn6x+ptenl=_u(4+q^(@k_wwfx=tsx=k5m#y(⟧'\nALLOWED_HOSTS = ['cantieri.comune.example']",
    },
    {
        "kind": "code",
        "language": "it",
        "text": "Spiega questa migrazione SQL dell'anagrafe impianti:\nALTER TABLE impianto ADD COLUMN matricola_contatore varchar(32);\n"
        "CREATE INDEX ix_impianto_pod ON impianto (pod);\n-- rev 2026_11_03_a1b2c3",
    },
    {
        "kind": "code",
        "language": "it",
        "text": "Lo storage del sistema di telelettura non risponde, stringa di connessione:\n"
        "DefaultEndpointsProtocol=https;AccountName=telelettura01;AccountKey=⟦AZURE_KEY|Ci/KzmIpf4fKcuKvtkC3NIc40xxaDUdgTUG24w+/8+k/9aFgrcubPNdyuZEHuAu0HIgVzKCLLgD0OcWHh0LmzQ==⟧;EndpointSuffix=core.windows.net",
    },
    {
        "kind": "code",
        "language": "es",
        "text": "Revisa el application.yml del servicio de citas de la ITV:\nspring:\n  datasource:\n    url: jdbc:postgresql://db-itv:5432/citas\n"
        "    username: ${DB_USER}\n    password: ${DB_PASSWORD}\n  mail:\n    host: smtp.itv.example",
    },
    {
        "kind": "code",
        "language": "es",
        "text": "El envío de avisos de corte por SMS falla:\nfrom twilio.rest import Client\n"
        "client = Client('AC4f1e0b77a2d94c6e8b3a51c2d7e90f14', '⟦API_KEY|SKded873d477508dad6074b4761beac608⟧')\n"
        "client.messages.create(to=numero, from_='+34900100200', body=aviso)",
    },
    {
        "kind": "code",
        "language": "es",
        "text": "¿Qué hace este Dockerfile del gemelo digital de la red de agua?\nFROM python:3.12-slim@sha256:4c2b8e1f0a9d7c6b5a4e3f2d1c0b9a8e7f6d5c4b3a2e1f0d9c8b7a6e5f4d3c2b\n"
        'ARG PIP_INDEX_URL\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "-m", "twin.run"]',
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "Deze deploy key voor de CI van het storingsportaal stond in een ticket, moet ik hem vervangen?\n"
        "⟦PRIVATE_KEY|-----BEGIN OPENSSH PRIVATE KEY-----\na+XkJr+w1jZ9u+DMVO3Z3ylj2WrC0c724Ex9aQYfPaMGolzNZ+dj8zsnThFSQMfM\n"
        "R7TH7qbvcbZQpWCDLNuk21NhwlsKmSqOQic4fWuakSM6PaxcRuCwnumDOiN7gqSt\nkN9vXsYhnQ5xR8ZCjEceoPCJV6Zgvw0m\n-----END OPENSSH PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "Helm values voor de dienstregeling-API, klopt dit?\nimage:\n  repository: registry.ov.example/dienstregeling\n  tag: 3.8.1\n"
        "env:\n  - name: GTFS_FEED_TOKEN\n    valueFrom:\n      secretKeyRef: { name: gtfs, key: token }",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": "Skrypt do pobierania odczytów z ciepłomierzy, czemu 403?\n"
        "git clone https://⟦GITHUB_TOKEN|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⟧@github.com/cieplownia/odczyty.git",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": "Sprawdź konfigurację logowania w systemie zgłoszeń awarii:\nLOGGING = {\n  'version': 1,\n"
        "  'handlers': {'file': {'class': 'logging.FileHandler', 'filename': '/var/log/awarie/app.log'}},\n"
        "  'root': {'handlers': ['file'], 'level': 'INFO'},\n}",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": "Mailer w portalu e-BOK nie wysyła, konfiguracja:\nMAIL_HOST=smtp.sendgrid.net\nMAIL_USERNAME=apikey\n"
        "MAIL_PASSWORD=⟦API_KEY|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⟧\nMAIL_FROM=ebok@wodociagi.example",
    },
]
