"""Hand-written code, config and log texts of the ``fresh14`` split: data, broker and package tooling of small firms."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "dbt run fails with 'Incorrect username or password' against Snowflake, profiles.yml below. "
        "Festival cashless analytics project.\n\n"
        "cashless_analytics:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n"
        "      account: xy41207.eu-central-1\n      user: DBT_CASHLESS\n"
        "      password: ⟦PASSWORD|Wristband-Tide-2026!⟧\n      role: TRANSFORMER\n"
        "      warehouse: WH_XS\n      database: CASHLESS\n      schema: marts\n      threads: 4",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "dbt profile for CI, password comes from the runner env. Is the env_var default safe?\n\n"
        "cashless_analytics:\n  target: ci\n  outputs:\n    ci:\n      type: snowflake\n"
        "      account: \"{{ env_var('SNOWFLAKE_ACCOUNT') }}\"\n      user: \"{{ env_var('SNOWFLAKE_USER') }}\"\n"
        "      password: \"{{ env_var('SNOWFLAKE_PASSWORD') }}\"\n      schema: \"ci_{{ env_var('GITHUB_RUN_ID', 'local') }}\"",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Our consumer for the vessel position topic keeps getting SASL authentication errors. client.properties:\n"
        "bootstrap.servers=pkc-41wq6.westeurope.azure.confluent.cloud:9092\n"
        "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n"
        "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required "
        "username='ferry-ais-consumer' password='⟦PASSWORD|N7qPz4vKcW2rTy9mLx3H⟧';\n"
        "group.id=ais-positions-v2\nauto.offset.reset=earliest",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Maven zieht die Artefakte nicht mehr vom Nexus, 401. ~/.m2/settings.xml:\n"
        "<settings>\n  <servers>\n    <server>\n      <id>nexus-gleisdaten</id>\n"
        "      <username>ci-build</username>\n      <password>⟦PASSWORD|Schwelle#Kies88⟧</password>\n"
        "    </server>\n  </servers>\n</settings>",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "settings.xml with the password taken from the environment, as the docs suggest:\n"
        "<server>\n  <id>nexus-releases</id>\n  <username>${env.NEXUS_USER}</username>\n"
        "  <password>${env.NEXUS_PASSWORD}</password>\n</server>",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "composer install on the zoo ticket shop asks for a token every time. auth.json in the repo root:\n"
        '{\n  "github-oauth": {\n    "github.com": "⟦GITHUB_TOKEN|ghs_HVOSsslAupNsnsVyPD8QJBMWHQRT2tyLza0Z⟧"\n  },\n'
        '  "http-basic": {\n    "repo.packagist.com": { "username": "token", "password": "⟦API_KEY|'
        '9f10b57650298ee2a82918de212daa05f68ed1d8⟧" }\n  }\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "twine upload returns 403 for our internal package railtrack-sensors 2.4.1. ~/.pypirc:\n"
        "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\n"
        "password = ⟦API_KEY|pypi-AgEIcHlwaS5vcmcxJl0Nj3_ujzLh76VM7aFxOTF6zm4g4oWOJRU_cC4W-S7Z9CUgZ2WpR-JuKYB⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "rclone sync of the concert recordings to S3 stopped last night. rclone.conf:\n"
        "[orchestra-archive]\ntype = s3\nprovider = AWS\n"
        "access_key_id = ⟦AWS_ACCESS_KEY|AKIAAXUR6CVZUVIIZDEC⟧\n"
        "secret_access_key = ⟦AWS_SECRET_KEY|JrzIDbWD2QKknmv0icyWmXzTJdbdW6Qk/VGJXbnH⟧\n"
        "region = eu-west-1\nstorage_class = GLACIER_IR",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Home Assistant at the reptile house: the map card is blank and the MQTT broker rejects us.\n"
        "secrets.yaml:\ngoogle_maps_key: ⟦GOOGLE_API_KEY|AIza_CAOvLUQngEUGCi4XL1oawXYFchbbNVAZIC⟧\n"
        "mqtt_password: ⟦PASSWORD|Iguana-Heatlamp-42⟧\nlatitude_home: 52.3601\nlongitude_home: 4.9166",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "mosquitto passwd file from the same box, are these safe to commit?\n"
        "sensors:$7$101$kVw3q1y0o2a4NfC1$Hq9y1cV+0dZl8Jm3p2bq4W1fQ5jYc8sT0u6rA3nK7hL2eX9vB1mD4gF6iP0oS8tR5wU3yZ1cE7"
        "aN2lQ4vJ6xMw==\nhass:$7$101$Zr0c8bPq1l3xT7yA$1pR5tY9uI3oP7aS2dF6gH0jK4lZ8xC2vB6nM1qW5eR9tY3uI7oP1aS5dF9g"
        "H3jK7lZ1xC5vB9nQ==",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Airflow DAG for the ferry delay summaries; the task logs show this on start, why is the key in there?\n"
        "[2026-05-14, 05:00:02 UTC] {base.py:84} INFO - Using connection ID 'bookings_pg' for task execution.\n"
        "[2026-05-14, 05:00:02 UTC] {taskinstance.py:1402} INFO - Exporting env vars: "
        "AIRFLOW_CTX_DAG_ID='ferry_delay_digest' OPENAI_API_KEY='⟦OPENAI_API_KEY|"
        "sk-e99Z57MFVhf8BUFDko1RqBLlz9go1zXr2JDDfWIyBkI61b9P⟧'\n"
        "[2026-05-14, 05:00:03 UTC] {digest.py:41} INFO - 38 sailings, 6 delayed > 20 min",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Refund endpoint for the ferry booking site (Express). It works, but please review:\n"
        "import Stripe from 'stripe';\n"
        "const stripe = new Stripe('⟦STRIPE_KEY|sk_live_qdDekwxtutFDukAEQU0UTpuzZDANJDbYzX⟧', "
        "{ apiVersion: '2024-06-20' });\n\n"
        "app.post('/api/refunds/:bookingRef', async (req, res) => {\n"
        "  const booking = await Booking.findByRef(req.params.bookingRef);\n"
        "  const refund = await stripe.refunds.create({ payment_intent: booking.paymentIntentId });\n"
        "  res.json({ status: refund.status });\n});",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Play Framework app for the orchestra box office won't start in prod. conf/application.conf:\n"
        'play.http.secret.key = "⟦GENERIC_SECRET|django-insecure-78um4dlk=olu15&+8lp93!@g0rk3k1z@8d5bs@p!#u^3qi0$%^⟧"\n'
        "db.default.driver = org.postgresql.Driver\n"
        'db.default.url = "jdbc:postgresql://pg-boxoffice.internal:5432/tickets"\n'
        'db.default.username = boxoffice\ndb.default.password = "⟦PASSWORD|Fagott&Oboe1979⟧"\n'
        "(yes the secret was copied from an old Django project)",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Same file after the fix, values from env:\n"
        "play.http.secret.key = ${?APPLICATION_SECRET}\ndb.default.password = ${?DB_PASSWORD}\n"
        'play.filters.hosts.allowed = [".tickets.example.org", "localhost:9000"]',
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Le script Lua de notre OpenResty envoie les alertes de la billetterie sur Slack, mais rien n'arrive. "
        "Une idée ?\n\n"
        'local http = require "resty.http"\n'
        'local SLACK_TOKEN = "⟦SLACK_TOKEN|xoxp-10476931450-754975312099-UOkfffxTxFeISDAKR7Q41hS9⟧"\n'
        "local httpc = http.new()\n"
        'local res, err = httpc:request_uri("https://slack.com/api/chat.postMessage", {\n'
        '  method = "POST",\n'
        '  headers = { ["Authorization"] = "Bearer " .. SLACK_TOKEN, ["Content-Type"] = "application/json" },\n'
        '  body = \'{"channel":"#billetterie-alertes","text":"quota atteint"}\',\n})',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Our R analysts read the attendance data from blob storage; is this .Renviron OK to share in the "
        "team drive?\n"
        "AZURE_STORAGE_ACCOUNT=zooattendance\n"
        "AZURE_STORAGE_KEY=⟦AZURE_KEY|e9qpBiDoOaLOgxE8lJGkDxOy8xnVulqQGnQFF1MGuNcgXIpCQ6xJpCm7XRYFMhrgIaR2gyS59J7czY5pB5xXFg==⟧\n"
        "R_LIBS_USER=~/R/library",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "CI log from the esports stats API smoke test, why 401 on the second call?\n"
        "+ curl -s -H 'Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NTg2OCIsImlhdCI6"
        "MTcwMzI4NjI3Mn0.UJwUo6UxzCrykrlOfVU7C2o37v5Gm6P06dc-DXHQyeM⟧' https://stats-api.internal/v1/matches?limit=5\n"
        '{"matches":[...],"count":5}\n'
        "+ curl -s -H 'Authorization: Bearer ${STATS_TOKEN}' https://stats-api.internal/v1/players/me\n"
        '{"error":"invalid_token"}',
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Hab den Deploy-Key für das Stellwerk-Monitoring aus Versehen in den Teams-Kanal gepostet, reicht "
        "es, die Nachricht zu löschen?\n\n"
        "⟦PRIVATE_KEY|-----BEGIN EC PRIVATE KEY-----\n"
        "Vy/ISBhA/huZZ0B/RKk3ryt3MLHp6/GWr9kPNW8XMvVbvZmcKbATROXTAqD7sl8c\n"
        "LAzvr8BQnlLW+XSfuHcw9r+AXDq76sdYlgTiKjRwcwHy3bER+5a5uGUASAvg+2BR\n"
        "6ecJLy6xk837j38Sw+fpmOylBxwSIY1tZklSeVZgrF46r0YIRQPeFErIVm/M7BGP\n"
        "mFTnEwSJbxrvu7lF2UN0M2Jbm3s/hP1SF1B6a17NUNLXAq+J/C1IUEz8qnMYB9r4\n"
        "UUC+hOcApMzHB9a7IY3Q62nHt8WpevO/8hVZJRAjyANon7oEKJHMOIijBoxE0G1g\n"
        "-----END EC PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "Dit Python-script stuurt sms'jes bij vertraging van de veerboot. Werkt lokaal, maar is het zo "
        "veilig?\n\n"
        "from twilio.rest import Client\n\n"
        'client = Client("⟦API_KEY|SK4a678300108f6afd3646c6fb016afff1⟧", "⟦GENERIC_SECRET|q8Vt2LmXw9RkP4sNz7YbHc3JfD6gA1eU⟧", '
        'account_sid="AC" + ACCOUNT_SUFFIX)\n\n'
        "def meld_vertraging(telefoon: str, afvaart: str, minuten: int) -> None:\n"
        '    client.messages.create(to=telefoon, from_="+3197010252", '
        'body=f"Afvaart {afvaart} vertrekt {minuten} min later.")',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Application log from the ferry booking service, can you tell why the SMS failed?\n"
        '{"ts":"2026-07-02T06:41:09Z","level":"ERROR","svc":"notify","trace_id":"4e0c4095-40e4-4f15-bb43-0aa5b5687685",'
        '"booking":"HX-61822","passenger":{"name":"⟦PERSON|Morwenna Trelawny-Boase⟧","email":'
        '"⟦EMAIL_ADDRESS|morwenna.tb@outlook.com⟧","phone":"⟦PHONE_NUMBER|+44 7723 581 640⟧"},'
        '"error":"21614 To number is not a valid mobile number"}',
    },
    # -- clean -------------------------------------------------------------------------------------------------
    {
        "kind": "code",
        "language": "en",
        "text": "Pulumi.prod.yaml for the zoo's ticketing stack. The secure values are encrypted with the stack "
        "key, right?\n\nconfig:\n  aws:region: eu-central-1\n  ticketing:dbPassword:\n"
        "    secure: AAABAGp1kzN0bXc4U2VwOHZ0eWZ3cWtHRzR0dHpMbm9jS2J6V0ZqUnlRVE0=\n"
        "  ticketing:stripeKey:\n    secure: AAABAKx2c3J6dFQxbW5vUHFyc1R1dld4eVo5OGEwYjFjMmQzZTRmNQ==\n"
        "  ticketing:instanceType: t4g.small",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Nomad job for the track-sensor ingester, the Vault template renders but the task restarts:\n"
        'job "track-ingest" {\n  datacenters = ["dc-north"]\n  group "ingest" {\n    task "worker" {\n'
        '      driver = "docker"\n      config { image = "registry.internal/track-ingest:1.8.3" }\n'
        "      template {\n        data = <<EOH\n"
        '{{ with secret "kv/data/track-ingest" }}DB_PASSWORD={{ .Data.data.db_password }}{{ end }}\n'
        'EOH\n        destination = "secrets/app.env"\n        env = true\n      }\n    }\n  }\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "~/.docker/config.json on the build agent:\n"
        '{\n  "auths": { "registry.internal": {} },\n  "credsStore": "pass",\n'
        '  "currentContext": "default"\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Caddyfile for the festival accreditation portal, does the basic auth block look right?\n"
        "accreditation.example.org {\n  encode gzip\n  basic_auth /admin/* {\n"
        "    {$ADMIN_USER} {$ADMIN_PASSWORD_HASH}\n  }\n  reverse_proxy app:8000\n}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Grafana datasource provisioning (rail maintenance dashboards):\napiVersion: 1\ndatasources:\n"
        "  - name: TrackSensors\n    type: postgres\n    url: pg-sensors.internal:5432\n    user: grafana_ro\n"
        "    secureJsonData:\n      password: $__file{/run/secrets/grafana_pg_password}\n"
        "    jsonData:\n      sslmode: require\n      postgresVersion: 1500",
    },
    {
        "kind": "code",
        "language": "it",
        "text": "Questa configurazione di Fluent Bit non invia nulla a OpenSearch, dove sbaglio?\n"
        "[OUTPUT]\n    Name            opensearch\n    Match           traghetti.*\n"
        "    Host            ${OS_HOST}\n    Port            443\n    HTTP_User       ${OS_USER}\n"
        "    HTTP_Passwd     ${OS_PASSWORD}\n    tls             On\n    Suppress_Type_Name On",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "[program:cashless-worker]\ncommand=/srv/cashless/.venv/bin/celery -A cashless worker -l info\n"
        'environment=DATABASE_URL="%(ENV_CASHLESS_DB_URL)s",SENTRY_DSN="%(ENV_SENTRY_DSN)s"\n'
        "autorestart=true\nstopwaitsecs=60",
    },
    {
        "kind": "code",
        "language": "es",
        "text": "¿Por qué HAProxy no arranca con esta sección de estadísticas?\n"
        "listen stats\n    bind :8404\n    stats enable\n    stats uri /stats\n"
        '    stats auth "${HAPROXY_STATS_USER}:${HAPROXY_STATS_PASS}"\n    stats refresh 10s',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Rust config loader for the esports stats API:\n"
        "use secrecy::SecretString;\n\n#[derive(serde::Deserialize)]\npub struct Settings {\n"
        "    pub database_url: SecretString,\n    pub riot_api_key: SecretString,\n    pub port: u16,\n}\n\n"
        "pub fn load() -> Result<Settings, config::ConfigError> {\n"
        '    config::Config::builder()\n        .add_source(config::Environment::with_prefix("STATS").separator("__"))\n'
        "        .build()?\n        .try_deserialize()\n}",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": "Migracja z danymi startowymi dla rozkładu promów, czy UUID-y mogą być na sztywno?\n"
        "INSERT INTO routes (id, origin, destination, duration_min) VALUES\n"
        "  ('f7131d14-b724-4d42-acae-a4cfee6f4e91', 'SWI', 'YST', 420),\n"
        "  ('0b9e2f7c-5d1a-4c3e-9f8b-2a6d4e1c7b30', 'GDN', 'NYN', 1140);\n"
        "-- checksum bfa1a2cb0a060a98ca908dfda7f8cd4337b5c4f657412ad16d12c3e980bc8af6",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "name: deploy-ticket-shop\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-24.04\n"
        "    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n"
        "      - run: ./deploy.sh\n        env:\n          DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n"
        "          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "build.gradle.kts for the ferry app: the Maps key comes from local.properties, which is gitignored.\n"
        'val localProps = Properties().apply { load(rootProject.file("local.properties").inputStream()) }\n'
        "android {\n    defaultConfig {\n"
        '        manifestPlaceholders["MAPS_API_KEY"] = localProps.getProperty("MAPS_API_KEY", "")\n'
        '        buildConfigField("String", "BOOKING_API", "\\"https://api.ferry.example/v3\\"")\n    }\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Python settings for the biobank sample tracker:\n"
        'import os\n\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n'
        'LIMS_API_TOKEN = os.environ.get("LIMS_API_TOKEN", "")\n'
        'FREEZER_ALERT_WEBHOOK = os.getenv("FREEZER_ALERT_WEBHOOK")  # set in the systemd unit\n'
        'REFERENCE_GENOME_SHA256 = "3c6e0b8a9c15224a8228b9a98ca1531d5f1e5c0e6f2c6d3b4a1e9f7c8b2d4a61"',
    },
]
