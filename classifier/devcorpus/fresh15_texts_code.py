"""Hand-written code, config and log texts of the ``fresh15`` split: what ferry, zoo, vineyard and esports teams paste."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- with credentials or personal data -------------------------------------------------------------------
    {
        "kind": "code",
        "language": "en",
        "text": "dbt run fails with 'incorrect username or password', profiles.yml below, what's wrong?\n\n"
        "cellar_analytics:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n"
        "      account: vx48213.eu-central-1\n      user: DBT_CELLAR\n      password: ⟦PASSWORD|Riesling!Terrasse2026⟧\n"
        "      role: TRANSFORMER\n      warehouse: WH_XS\n      database: CELLAR\n      schema: marts\n      threads: 4",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# airflow variables exported from the old box, import into the new scheduler\n"
        "export AIRFLOW_CONN_BOOKINGS_PG='postgresql://etl_reader:⟦PASSWORD|Ferry-deck-77-Kite⟧@pg-bookings.prod.internal:5432/bookings'\n"
        "export AIRFLOW_CONN_TIMETABLE_API='http://timetable.internal:8080'\n"
        "export AIRFLOW__CORE__PARALLELISM=16",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Kafka-Consumer bekommt SASL authentication failed, ist die client.properties so richtig?\n\n"
        "bootstrap.servers=kafka-1.stellwerk.lan:9094,kafka-2.stellwerk.lan:9094\n"
        "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n"
        'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="gleis-telemetrie" '
        'password="⟦PASSWORD|Schotterbett#Weiche41⟧";\n'
        "ssl.truststore.location=/etc/kafka/truststore.jks\ngroup.id=oberbau-messzug",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "rclone won't list the bucket, config:\n\n[zoo-media]\ntype = s3\nprovider = AWS\n"
        "access_key_id = ⟦AWS_ACCESS_KEY|ASIAHYTUOZEINDZDYG3Y⟧\n"
        "secret_access_key = ⟦AWS_SECRET_KEY|syFwlRZUbHSqE2IHtnMTcq+bDPnfaWlvZRirfxWO⟧\n"
        "region = eu-west-1\nacl = private\n\n$ rclone lsd zoo-media:keeper-photos\n"
        "ERROR : : error listing: ExpiredToken: The security token included in the request is expired",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "composer install in CI asks for a token even though auth.json is committed??\n\n"
        "{\n"
        '    "github-oauth": {\n'
        '        "github.com": "⟦GITHUB_TOKEN|gho_SeDPmoNO9Nlro2Wc6nVGO3czm69n125M4iWR⟧"\n'
        "    },\n"
        '    "http-basic": {}\n'
        "}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "match_recap.py - why does it hang after the first map?\n\n"
        "import httpx\nfrom openai import OpenAI\n\n"
        'client = OpenAI(api_key="⟦OPENAI_API_KEY|sk-eSyyuidh5N9FD91Wj6TBtJsNYhkn70DhIvgVgW5gD2ij48IF⟧")\n\n'
        "def recap(match_id: str) -> str:\n"
        '    rounds = httpx.get(f"https://stats.internal/matches/{match_id}/rounds").json()\n'
        "    prompt = '\\n'.join(f\"R{r['n']}: {r['winner']} {r['reason']}\" for r in rounds)\n"
        '    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])\n'
        "    return resp.choices[0].message.content",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Le webhook de la billetterie renvoie 401 en prod, voici le fichier :\n\n"
        "// server/stripe.js\n"
        "const Stripe = require('stripe');\n"
        "const stripe = Stripe('⟦STRIPE_KEY|rk_live_D1krsMbORLn3Ko47eGJjCgojUCnHXSZEb6⟧');\n"
        "const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;\n\n"
        "app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {\n"
        "  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);\n"
        "  if (event.type === 'checkout.session.completed') issueTickets(event.data.object);\n"
        "  res.sendStatus(200);\n});",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "celery task posts to the wrong channel, can you spot it?\n\n"
        "from slack_sdk import WebClient\n\n"
        'slack = WebClient(token="⟦SLACK_TOKEN|xoxp-42861505901-787578357198-tnSiTbwzBpDOOGusVYtAoHCL⟧")\n\n'
        "@app.task(bind=True, autoretry_for=(Exception,), retry_backoff=True)\n"
        "def notify_dough_batch(self, batch_id):\n"
        "    batch = Batch.objects.get(pk=batch_id)\n"
        '    slack.chat_postMessage(channel="#bakehouse-ops", text=f"Batch {batch.code} proofed at {batch.proof_temp} C")',
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "De kaart laadt niet in de veerboot-app, klopt deze config?\n\n"
        "// lib/config/maps.dart\n"
        "class MapsConfig {\n"
        "  static const apiKey = '⟦GOOGLE_API_KEY|AIzaj14Ks0uN0HV4QLH8LCsGMtN_UVS4orX-qGN⟧';\n"
        "  static const defaultZoom = 11.0;\n"
        "  static const harbourLat = 53.1759;\n"
        "  static const harbourLng = 5.4128;\n"
        "}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Why do these requests get 403 from the accreditation API? Caddy access log (one line):\n\n"
        '{"level":"info","ts":1761209342.118,"logger":"http.log.access","msg":"handled request",'
        '"request":{"remote_ip":"10.20.4.17","method":"GET","uri":"/api/v2/badges?status=pending",'
        '"headers":{"Authorization":["Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1Mjk4NiIsImlhdCI6MTYzMzQyMjY2OH0.taMverObBoTiyFCeEsOMykiu4fFp051Cm_s_c32Xf_y⟧"],'
        '"User-Agent":["accred-desk/3.4.1"]}},"status":403,"duration":0.0041}',
    },
    {
        "kind": "code",
        "language": "pl",
        "text": "Skrypt wysyłki raportów z kas piekarni na SFTP przestał działać. Klucz wkleiłem do repo, tak jak było:\n\n"
        "# deploy/keys/pos_upload\n"
        "⟦PRIVATE_KEY|-----BEGIN RSA PRIVATE KEY-----\n"
        "M8Q8UkA4rwixmxZuI0wqcCe6dfx15laGGs+1zrEeklXafVqEiV5aTIzhkNs8Fz2X\n"
        "sExBW+PwAR50xagQDta/ORRY6fc5dK1E1soSRiEVmoavsmeH4wQvN7rKwaQwOtmG\n"
        "57ueNNQHvCxrkr3SL61B37+98a+h0URr3nRmry2d3iiQMKxZ720G/19cVGj4KTgY\n"
        "jE5hPs5kgaZfA+mcB/ft9UN4uo6cFC40JH0Q0mMkVVtT0gqx\n"
        "-----END RSA PRIVATE KEY-----⟧\n\n"
        "sftp -i deploy/keys/pos_upload -b batch.txt raporty@sftp.zlotyklos.pl\n"
        "Permissions 0644 for 'deploy/keys/pos_upload' are too open.",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Track-possession planner, settings/prod.py (trimmed). Is DEBUG the reason static files 404?\n\n"
        "DEBUG = True\n"
        'SECRET_KEY = "⟦GENERIC_SECRET|django-insecure-88h9i19!#4qi5#h=9j27^_pdoyjd4z-$zq6bw^-!(tbu!-49x0⟧"\n'
        'ALLOWED_HOSTS = ["possessions.railworks.internal"]\n'
        'STATIC_ROOT = BASE_DIR / "staticfiles"\n'
        'DATABASES = {"default": env.db("DATABASE_URL")}',
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Upload der Konzertmitschnitte ins Archiv bricht ab, appsettings.Production.json:\n\n"
        "{\n"
        '  "Archive": {\n'
        '    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=orchesterarchiv;AccountKey='
        '⟦AZURE_KEY|V77boWUASEEs/ROqqNDhNZCfvWM/e/irs/syLbZL4FY7WPF/4iv1o6B1pr9cur73dr6Rp0hBiQrkhVXzF/Ri5Q==⟧;EndpointSuffix=core.windows.net",\n'
        '    "Container": "mitschnitte-2026",\n'
        '    "MaxBlockSizeMb": 8\n'
        "  }\n}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# config/initializers/mailgun.rb  (vineyard wine-club shop)\n"
        "Rails.application.config.action_mailer.delivery_method = :mailgun\n"
        "Rails.application.config.action_mailer.mailgun_settings = {\n"
        "  api_key: '⟦API_KEY|key-188bd9381273ef10a1868e675e08e281⟧',\n"
        "  domain: 'mg.cellardoor-club.co.uk',\n"
        "  api_host: 'api.eu.mailgun.net'\n"
        "}\n"
        "# emails stopped going out after we moved region, why?",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Can you find why the reminder job sends SMS twice? Nomad job (env block):\n\n"
        'job "dive-reminders" {\n  datacenters = ["eu-south"]\n  type = "batch"\n'
        '  periodic { cron = "0 7 * * *" }\n  group "sms" {\n    task "send" {\n      driver = "docker"\n'
        '      config { image = "registry.internal/dive-reminders:2.7.0" }\n      env {\n'
        '        TWILIO_ACCOUNT_SID = "AC5f1d0e88b9a24c6e9f3a71c2d8e04b19"\n'
        '        TWILIO_API_KEY     = "⟦API_KEY|SK9b9d9e6286caf1264e02fb6700f912db⟧"\n'
        '        TWILIO_API_SECRET  = "⟦GENERIC_SECRET|q8RvT2nWkZ4yLp0sXc7mHd3Jf6Gb1Ae5⟧"\n'
        "      }\n    }\n  }\n}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Why does the booking API log look like this? We should not log passengers, right?\n\n"
        '2026-05-14T06:02:11.482Z INFO  booking.create {"booking":"HD-7741203","sailing":"HOL-DUB-0855",'
        '"lead_passenger":{"name":"⟦PERSON|Cormac Faherty⟧","email":"⟦EMAIL_ADDRESS|cormac.faherty@eircom.net⟧",'
        '"phone":"⟦PHONE_NUMBER|+353 87 412 9036⟧","assistance":"⟦HEALTH_DATA|wheelchair user, spinal cord injury⟧"},'
        '"vehicle":"car<1.85m","trace_id":"7c1e9a0f4b2d4e6a9d18b3f2c5a07e11"}\n'
        '2026-05-14T06:02:11.519Z INFO  payment.authorised {"booking":"HD-7741203","amount":"189.00","currency":"EUR"}',
    },
    {
        "kind": "code",
        "language": "es",
        "text": "¿Por qué falla la migración? Es el seed de la tabla de socios de la hípica:\n\n"
        "INSERT INTO socios (id, nombre, dni, telefono, alergias, alta)\nVALUES\n"
        "  (1, '⟦PERSON|Mercedes Lucena Ayala⟧', '⟦ES_NIF|34700686B⟧', '⟦PHONE_NUMBER|655 210 874⟧', "
        "'⟦HEALTH_DATA|alergia a la penicilina⟧', '2024-03-01'),\n"
        "  (2, 'Socio de pruebas', NULL, NULL, NULL, '2024-03-01');\n\n"
        'ERROR:  duplicate key value violates unique constraint "socios_pkey"\nDETAIL:  Key (id)=(1) already exists.',
    },
    # -- clean: env lookups, placeholders, hashes, ids -------------------------------------------------------
    {
        "kind": "code",
        "language": "en",
        "text": 'job "ticket-scanner" {\n  group "api" {\n    task "server" {\n      template {\n'
        "        data = <<EOH\n"
        '{{ with secret "kv/data/zoo/scanner" }}\n'
        "DB_PASSWORD={{ .Data.data.db_password }}\n"
        "SCANNER_HMAC_KEY={{ .Data.data.hmac_key }}\n"
        "{{ end }}\n"
        "EOH\n"
        '        destination = "secrets/app.env"\n        env = true\n      }\n    }\n  }\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "accreditation.example.org {\n"
        "    encode gzip\n"
        "    basicauth /admin/* {\n"
        "        {$ADMIN_USER} {$ADMIN_PASSWORD_HASH}\n"
        "    }\n"
        "    reverse_proxy /api/* accred-api:8000\n"
        "    file_server /badges/* {\n        root /srv/badges\n    }\n}\n"
        "# generate the hash with: caddy hash-password --plaintext '<your-password>'",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "global\n    log stdout format raw local0\n\n"
        "frontend fe_booking\n    bind :443 ssl crt /etc/haproxy/certs/booking.pem\n"
        "    default_backend be_booking\n\n"
        "backend be_booking\n    balance leastconn\n    option httpchk GET /healthz\n"
        "    server app1 10.0.3.11:8080 check\n    server app2 10.0.3.12:8080 check\n\n"
        'listen stats\n    bind :8404\n    stats enable\n    stats auth "${HAPROXY_STATS_USER}:${HAPROXY_STATS_PASSWORD}"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": '# fly.toml for the wine-club API\napp = "cellar-club-api"\nprimary_region = "lhr"\n\n'
        '[env]\n  LOG_LEVEL = "info"\n  SHOP_CURRENCY = "GBP"\n\n'
        "[http_service]\n  internal_port = 8080\n  force_https = true\n  min_machines_running = 1\n\n"
        "# secrets are set out of band:\n# fly secrets set STRIPE_SECRET_KEY=<from 1password> DATABASE_URL=<from neon>",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'import * as pulumi from "@pulumi/pulumi";\nimport * as aws from "@pulumi/aws";\n\n'
        "const cfg = new pulumi.Config();\n"
        'const dbPassword = cfg.requireSecret("dbPassword");\n\n'
        'const db = new aws.rds.Instance("tournament-stats", {\n'
        '  engine: "postgres",\n  engineVersion: "16.3",\n  instanceClass: "db.t4g.small",\n'
        '  allocatedStorage: 20,\n  username: "stats_admin",\n  password: dbPassword,\n  skipFinalSnapshot: false,\n});\n\n'
        "export const endpoint = db.endpoint;",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Ist das so sauber? Woodpecker-Pipeline für die Fahrplan-App:\n\n"
        "steps:\n  build:\n    image: node:22-alpine\n    commands:\n      - npm ci\n      - npm run build\n"
        "  deploy:\n    image: alpine:3.20\n    environment:\n      SSH_KEY:\n        from_secret: deploy_ssh_key\n"
        "      FAEHRE_API_TOKEN:\n        from_secret: faehre_api_token\n    commands:\n      - ./scripts/deploy.sh\n"
        "    when:\n      branch: main",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "// feed_schedule.ts (Deno)\n"
        'const token = Deno.env.get("KEEPER_API_TOKEN");\n'
        'if (!token) throw new Error("KEEPER_API_TOKEN is not set");\n\n'
        'const res = await fetch("https://keepers.internal/api/feeds?enclosure=primates", {\n'
        "  headers: { Authorization: `Bearer ${token}` },\n});\n"
        "console.table(await res.json());",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "CREATE TABLE sailing_booking (\n"
        "    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n"
        "    sailing_code  text NOT NULL,\n"
        "    vehicle_class text NOT NULL CHECK (vehicle_class IN ('car', 'van', 'motorhome', 'foot')),\n"
        "    needs_assistance boolean NOT NULL DEFAULT false,\n"
        "    created_at    timestamptz NOT NULL DEFAULT now()\n);\n"
        "-- example row for the docs, not real:\n"
        "-- ('3f8a2c1e-7b44-4d2e-9a61-0c5e8d1f2b73', 'TEX-0900', 'car', false, '2026-03-01T08:00:00Z')",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# requirements.txt (pip-compile --generate-hashes)\n"
        "httpx==0.27.2 \\\n"
        "    --hash=sha256:7bb2708e112d8fdd7829cd4243970f0c223274051cb35ee80c03301ee29a3df0\n"
        "pydantic==2.9.2 \\\n"
        "    --hash=sha256:f048cec7b26778210e28a0459867920654d48e5e62db0958433636cde4254f12\n"
        "celery==5.4.0 \\\n"
        "    --hash=sha256:369631eb580cf8c51a82721ec538684994f8277637edde2dfc0dacd73ed97f64",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Traceback (most recent call last):\n"
        '  File "/app/ingest/elo.py", line 88, in update_ratings\n'
        "    delta = k_factor(player) * (score - expected(rating_a, rating_b))\n"
        '  File "/app/ingest/elo.py", line 41, in k_factor\n'
        "    return K_TABLE[player.games_played // 30]\n"
        "IndexError: list index out of range\n"
        "tournament=open-2026-r7 board=14 request_id=0b6f2d9e-41c3-4f70-b8a5-9e2c1d7a3f04",
    },
    {
        "kind": "code",
        "language": "it",
        "text": "Mi spieghi cosa fa questo kustomization? È per il gestionale della cantina.\n\n"
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n  - service.yaml\n"
        "secretGenerator:\n  - name: cantina-db\n    envs:\n      - secrets/db.env   # non committato, vedi README\n"
        "images:\n  - name: cantina-api\n    newTag: 1.14.2@sha256:9d3c4e1b7a0f52e68c1d04a9b3f7e2c5d8a16b0e4f93c27a5d1e8b6c0f4a2d97",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "# /etc/mosquitto/conf.d/telemetry.conf  (track sensors)\n"
        "listener 8883\ncafile /etc/mosquitto/ca.crt\ncertfile /etc/mosquitto/server.crt\n"
        "keyfile /etc/mosquitto/server.key\nrequire_certificate false\n"
        "password_file /etc/mosquitto/passwd\nacl_file /etc/mosquitto/acl\nallow_anonymous false",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Pourquoi le secret n'est pas monté dans l'image ? Dockerfile :\n\n"
        "# syntax=docker/dockerfile:1.7\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n"
        "RUN --mount=type=secret,id=pip_index_token \\\n"
        '    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.vignoble.internal/simple" \\\n'
        '    pip install -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "cave.wsgi", "-b", "0.0.0.0:8000"]',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "-- OpenResty: reject badge scans without a valid HMAC\n"
        'local hmac_key = os.getenv("BADGE_HMAC_KEY")\n'
        "local sig = ngx.var.http_x_badge_signature\n"
        "if not sig or not hmac_key then\n  return ngx.exit(ngx.HTTP_UNAUTHORIZED)\nend\n"
        "local expected = ngx.encode_base64(ngx.hmac_sha1(hmac_key, ngx.var.request_uri))\n"
        "if sig ~= expected then return ngx.exit(ngx.HTTP_FORBIDDEN) end",
    },
]
