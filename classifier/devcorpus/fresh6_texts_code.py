"""Hand-written code, config and logs of the ``fresh6`` split: what back-office developers paste into a model."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "text": "why does Django refuse to start in prod? settings/prod.py:\n\n"
        'DEBUG = False\nALLOWED_HOSTS = ["portal.vetcare-group.eu"]\n'
        'SECRET_KEY = "⟦GENERIC_SECRET|vd%^yo)g!=1a(g1iex2xe6n*p9cp&l@qyum^z9_sw#9zh&qy7y⟧"\n'
        'DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n'
        '        "NAME": "vetcare",\n        "USER": "vetcare_app",\n'
        '        "PASSWORD": "⟦PASSWORD|vet-Rx_88!qL⟧",\n        "HOST": "pg-primary.svc",\n    }\n}\n'
        'STATIC_ROOT = BASE_DIR / "static"',
    },
    {
        "kind": "code",
        "text": "settings/base.py – is reading env like this ok?\n\nimport environ\nenv = environ.Env()\n"
        'SECRET_KEY = env("DJANGO_SECRET_KEY")\nDATABASES = {"default": env.db("DATABASE_URL")}\n'
        'EMAIL_HOST_PASSWORD = env("SMTP_PASSWORD", default="")\nCELERY_BROKER_URL = env("REDIS_URL")',
    },
    {
        "kind": "code",
        "text": "Spring Boot won't connect to the payroll DB, application.yml:\n\nspring:\n  datasource:\n"
        "    url: jdbc:postgresql://payroll-db.internal:5432/payroll\n    username: payroll_svc\n"
        "    password: ${PAYROLL_DB_PASSWORD}\n  jpa:\n    hibernate:\n      ddl-auto: validate\n"
        "server:\n  port: 8081\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,info",
    },
    {
        "kind": "code",
        "text": "application-prod.yml (someone committed it, should I rotate?)\n\nspring:\n  datasource:\n"
        "    url: jdbc:mysql://10.20.4.11:3306/rides\n    username: rides_rw\n    password: ⟦PASSWORD|Zw1erzyniec.db⟧\n"
        "  mail:\n    host: smtp.sendgrid.net\n    username: apikey\n"
        "    password: ⟦API_KEY|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⟧",
    },
    {
        "kind": "code",
        "text": "# .env for the donor portal (node)\nNODE_ENV=production\nPORT=3000\n"
        "STRIPE_SECRET_KEY=⟦STRIPE_KEY|sk_live_WKTw0iTAzyuBqHFrp3392U4AuhqKhuXtGL⟧\n"
        "STRIPE_WEBHOOK_TOLERANCE=300\nMAILGUN_API_KEY=⟦API_KEY|key-6769a163eab277c2bf3bd200061c6d8e⟧\n"
        "MAILGUN_DOMAIN=mg.hopewell-trust.org\nSESSION_TTL=86400",
    },
    {
        "kind": "code",
        "text": "# .env.example – copy to .env and fill in\nDATABASE_URL=\nREDIS_URL=redis://localhost:6379/0\n"
        "STRIPE_SECRET_KEY=\nSLACK_BOT_TOKEN=\nOPENAI_API_KEY=\nLOG_LEVEL=info",
    },
    {
        "kind": "code",
        "text": "docker-compose.yml for local dev, the db container keeps restarting:\n\nservices:\n  db:\n"
        "    image: postgres:16\n    environment:\n      POSTGRES_USER: kita\n"
        "      POSTGRES_PASSWORD: ⟦PASSWORD|Kasztan#2026!⟧\n      POSTGRES_DB: kita_portal\n"
        "    volumes:\n      - pgdata:/var/lib/postgresql/data\n  web:\n    build: .\n    depends_on: [db]\n"
        '    ports: ["8000:8000"]\nvolumes:\n  pgdata:',
    },
    {
        "kind": "code",
        "text": "docker-compose.override.yml\n\nservices:\n  worker:\n    env_file: .env\n    command: celery -A core worker "
        "-l info --concurrency 2\n    image: registry.gitlab.com/sharedsvc/payroll-worker:4.12.0",
    },
    {
        "kind": "code",
        "text": 'terraform plan fails on the rds module, prod.tfvars:\n\nregion          = "eu-central-1"\n'
        'db_instance     = "db.t4g.medium"\ndb_username     = "housing_admin"\n'
        'db_password     = "⟦PASSWORD|Tr4mwaj-Kazimierz-77⟧"\n'
        'aws_access_key  = "⟦AWS_ACCESS_KEY|AKIACAYJCBR2A1UBJ6IU⟧"\n'
        'aws_secret_key  = "⟦AWS_SECRET_KEY|uX0/J1AJ0dFk4qWreVUaXtOAxJfRQurrKN4XJ6I5⟧"\n'
        "backup_retention = 14",
    },
    {
        "kind": "code",
        "text": 'variables.tf – add validation so db_password can\'t be empty:\n\nvariable "db_password" {\n'
        '  type      = string\n  sensitive = true\n}\n\nvariable "environment" {\n  type    = string\n'
        '  default = "staging"\n}',
    },
    {
        "kind": "code",
        "text": "kubectl apply says the secret is invalid:\n\napiVersion: v1\nkind: Secret\nmetadata:\n"
        "  name: payroll-db\n  namespace: payroll\ntype: Opaque\ndata:\n  username: cGdfcGF5cm9sbF9hZG1pbg==\n"
        "  password: ⟦PASSWORD|S2FzenRhbiMyMDI2IQ==⟧\n  host: cGctcHJpbWFyeQ",
    },
    {
        "kind": "code",
        "text": "ConfigMap for the booking service, can I mount it as env?\n\napiVersion: v1\nkind: ConfigMap\n"
        'metadata:\n  name: booking-config\ndata:\n  TZ: Europe/Warsaw\n  FEATURE_WAITLIST: "true"\n'
        '  TRACE_SAMPLE_RATE: "0.1"\n  API_BASE: https://api.internal/booking/v2',
    },
    {
        "kind": "code",
        "text": "nginx returns 500 for /admin since I added basic auth:\n\nlocation /admin {\n"
        '    auth_basic "Staff only";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n}\n\n'
        "$ cat /etc/nginx/.htpasswd\nops:$apr1$Qx7e2L1k$9dN0rTq5vYw3bH1sK8mZ./\n"
        "$ ls -l /etc/nginx/.htpasswd\n-rw------- 1 root root 44 Nov 28 09:12 /etc/nginx/.htpasswd",
    },
    {
        "kind": "code",
        "text": "Explain what I did wrong, bash history from the jump host:\n\n"
        "  501  ssh deploy@10.40.2.8\n  502  cd /srv/pharmacy-shop\n"
        "  503  mysql -u shop_admin -p'⟦PASSWORD|Apteka!Rynek2026⟧' shop_prod < fix_orders.sql\n"
        "  504  export GITHUB_TOKEN=⟦GITHUB_TOKEN|ghp_mrzXE5fSsgfPZGcztRYzblw90PJjAGRJzJFC⟧\n"
        "  505  git pull origin release/3.8\n  506  systemctl restart php8.2-fpm",
    },
    {
        "kind": "code",
        "text": "history | tail\n  812  docker ps\n  813  docker logs -f --tail 200 kita-web\n"
        "  814  git log --oneline -5\n  815  git checkout 4c1e9a2\n  816  python manage.py migrate --plan",
    },
    {
        "kind": "code",
        "text": "This SQL dump import fails with a duplicate key, which row?\n\n"
        "INSERT INTO members (id, full_name, email, phone, joined) VALUES\n"
        "(4101, '⟦PERSON|Wojciech Kędzierski⟧', '⟦EMAIL_ADDRESS|w.kedzierski@sowa-mail.pl⟧', '⟦PHONE_NUMBER|+48 508 221 904⟧', '2024-03-02'),\n"
        "(4102, '⟦PERSON|Mieke Stoltenborg⟧', '⟦EMAIL_ADDRESS|mieke.stoltenborg@ziggopost.nl⟧', '⟦PHONE_NUMBER|+31 6 2817 4405⟧', '2024-03-02'),\n"
        "(4101, '⟦PERSON|Tadeusz Frąckowiak⟧', '⟦EMAIL_ADDRESS|tfrackowiak@poczta-kret.pl⟧', NULL, '2024-03-05');",
    },
    {
        "kind": "code",
        "text": "Add an index for this query, the members table has 2M rows:\n\n"
        "SELECT m.id, m.status, COUNT(p.id) AS payments\nFROM members m\nLEFT JOIN payments p ON p.member_id = m.id\n"
        "WHERE m.club_id = 17 AND p.paid_at >= now() - interval '1 year'\nGROUP BY m.id, m.status;",
    },
    {
        "kind": "code",
        "text": "users table export from the driving-school app – why is the hash column 60 chars?\n\n"
        "id,username,password_hash,created_at\n"
        "12,instructor_k,$2b$12$Jq8tV1eW9mZsX0rP3nLcAuh5G7yR2dF4kQ6oB8iT0vN1mC3xS5eE2,2025-09-14T08:11:02Z\n"
        "13,office,$2b$12$Lw4hN6pQ8sU0vX2zA4cE6eG8iK0mO2qS4uW6yA8cE0gI2kM4oQ6sU,2025-09-14T08:13:40Z",
    },
    {
        "kind": "code",
        "text": 'Sentry event JSON, what is the root cause?\n\n{"event_id": "a3f19c2e8b7d4d6fa0e1c5b9d2f47e81", '
        '"level": "error", "release": "donor-portal@2.14.3", "exception": {"values": [{"type": '
        '"KeyError", "value": "\'gift_aid\'", "stacktrace": {"frames": [{"filename": "donations/views.py", '
        '"lineno": 211}]}}]}, "user": {"id": "88120", "email": "⟦EMAIL_ADDRESS|rosalind.fenwick@outmail-uk.net⟧"}, '
        '"tags": {"trace_id": "5c0e4f7a9b3d2c1e"}}',
    },
    {
        "kind": "code",
        "text": "JSON logs from the ride dispatcher, why the retries?\n"
        '{"ts":"2026-11-29T22:14:03.118Z","lvl":"warn","svc":"dispatch","msg":"upstream timeout","trace":"0af7651916cd43dd8448eb211c80319c","attempt":1}\n'
        '{"ts":"2026-11-29T22:14:05.402Z","lvl":"warn","svc":"dispatch","msg":"upstream timeout","trace":"0af7651916cd43dd8448eb211c80319c","attempt":2}\n'
        '{"ts":"2026-11-29T22:14:09.977Z","lvl":"error","svc":"dispatch","msg":"giving up","ride":"R-7741209"}',
    },
    {
        "kind": "code",
        "text": 'Postman collection export, the auth header stopped working:\n\n{\n  "info": {"name": "Driver Support API"},\n'
        '  "item": [{\n    "name": "Get driver",\n    "request": {\n      "method": "GET",\n'
        '      "header": [\n        {"key": "Authorization", "value": "Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkcnZfNTUxMDkiLCJyb2xlIjoic3VwcG9ydF9hZ2VudCIsImlhdCI6MTc2NDQ5MDAwMCwiZXhwIjoxNzY0NTc2NDAwfQ.ZSzn0mJYdLAUnDwc35O8gwuzpHijKPTNtAcKpCWkLA_⟧"},\n'
        '        {"key": "X-Maps-Key", "value": "⟦GOOGLE_API_KEY|AIzamN9vyCTtrQYqefddbjd8ItRPKXdtR-eYoV2⟧"}\n      ],\n'
        '      "url": "https://api.rideflow.example/v1/drivers/55109"\n    }\n  }]\n}',
    },
    {
        "kind": "code",
        "text": "pip can't reach our private index, ~/.config/pip/pip.conf:\n\n[global]\n"
        "index-url = https://__token__:⟦API_KEY|pypi-AgEIcHlwaS5vcmcJIYHKxS2LlXt8XdDk7YNK1Q-HeSZIReT2Zy_hgXEN3Xn8UR9-oIPmNHlKkI⟧@pypi.sharedsvc.internal/simple\n"
        "timeout = 60",
    },
    {
        "kind": "code",
        "text": "npm install gives 401, project .npmrc:\n\n@sharedsvc:registry=https://npm.sharedsvc.internal/\n"
        "//npm.sharedsvc.internal/:_authToken=⟦API_KEY|npm_xHTZMWROZVVA5uHjJ4SiOosKNVySJqmgwmsT⟧\nalways-auth=true",
    },
    {
        "kind": "code",
        "text": "WordPress white screen after migration, wp-config.php:\n\n<?php\ndefine( 'DB_NAME', 'funeral_wp' );\n"
        "define( 'DB_USER', 'wp_funeral' );\ndefine( 'DB_PASSWORD', '⟦PASSWORD|Lilie#Kapelle_2019⟧' );\n"
        "define( 'DB_HOST', 'localhost' );\n"
        "define( 'AUTH_KEY', '⟦GENERIC_SECRET|,0qUt;|b#x46By0N{+3oa{-~A#7Lj6o|T!vQvZz;bqm0kfE{qCc2Ae0iokYPOO|7⟧' );\n"
        "define( 'SECURE_AUTH_KEY', '⟦GENERIC_SECRET|DX9t-)CPc(t}[Ha)9Nj!Rgv94)9#2QDt.p*Y&wt5HH$<3I7L2&JA~/nBp}S?L}dR⟧' );\n"
        "$table_prefix = 'wp_';\ndefine( 'WP_DEBUG', false );",
    },
    {
        "kind": "code",
        "text": "Jenkinsfile – the deploy stage can't find the credentials:\n\npipeline {\n  agent any\n"
        "  environment {\n    REGISTRY_CREDS = credentials('harbor-robot')\n    KUBECONFIG = credentials('kubeconfig-prod')\n  }\n"
        "  stages {\n    stage('Deploy') {\n      steps {\n        sh 'helm upgrade --install payroll charts/payroll -f values-prod.yaml'\n"
        "      }\n    }\n  }\n}",
    },
    {
        "kind": "code",
        "text": "Slack notifier in the pharmacy order worker, messages never arrive:\n\n"
        "const { WebClient } = require('@slack/web-api');\n"
        "const slack = new WebClient('⟦SLACK_TOKEN|xoxb-046705152273-5340765699452-81X3fOCw0nhVy6bcdARzuehD⟧');\n\n"
        "async function notify(orderId) {\n  await slack.chat.postMessage({ channel: '#orders-failed', text: `Order ${orderId} failed` });\n}",
    },
    {
        "kind": "code",
        "text": "Python script that summarises tenant repair tickets, the call hangs:\n\nfrom openai import OpenAI\n\n"
        'client = OpenAI(api_key="⟦OPENAI_API_KEY|sk-proj-OGmPoiuBlaUmr4Ad_9zPcUM4dGCJNnnHC4Nzn3FBpS8G3TncUqqqy2xcfRs22TJxT3BlbkFJMbdWx8jutysR3qDatw3P⟧")\n'
        'resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}], timeout=30)',
    },
    {
        "kind": "code",
        "text": "Azure blob upload for the vet x-ray archive fails with 403:\n\n"
        'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=vetxrayarchive;'
        "AccountKey=⟦AZURE_KEY|bAAq0rDxvF7Olj1Q1RBvXiGBSftknp1rjD1rKbBnZtGDUi1Oy5dBvPSzfVe9xcqisL1vdbGXDQM/rNhmAAg0A0==⟧;"
        'EndpointSuffix=core.windows.net"',
    },
    {
        "kind": "code",
        "text": "The SFTP job to the payroll bureau uses this key, is the format right?\n\n"
        "⟦PRIVATE_KEY|-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
        "QyNTUxOQAAACBq3mW1b8vKQ0xG2pT5rZ7nLcY4sD9fH1jE6aU3oN8iVwAAAJhV2k7dVdpO\n"
        "3QAAAAtzc2gtZWQyNTUxOQAAACBq3mW1b8vKQ0xG2pT5rZ7nLcY4sD9fH1jE6aU3oN8iVw\n"
        "AAAEDx7Kq1wZ9mB3rT5vY8cN2hL4jF6gS0dA1eU3oI7pQ2sGreb2S4ZrFvG1eXz4hK0m\n"
        "-----END OPENSSH PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "text": "Stack trace from the housing-office import, what's wrong with the date parsing?\n\n"
        'Traceback (most recent call last):\n  File "/app/imports/applicants.py", line 88, in parse_row\n'
        '    born = datetime.strptime(row["geboortedatum"], "%d-%m-%Y")\n'
        'ValueError: time data \'⟦DATE_OF_BIRTH|1987/04/30⟧\' does not match format \'%d-%m-%Y\'\n\nrow = {"id": "A-20931", "geboortedatum": "⟦DATE_OF_BIRTH|1987/04/30⟧", "wijk": "Feijenoord"}',
    },
    {
        "kind": "code",
        "text": "Restore from this pg_dump excerpt fails at the COPY, can you spot the bad row? (sports club "
        "membership DB)\n\n--\n-- PostgreSQL database dump\n-- Dumped from database version 15.6\n--\n\n"
        "SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\n"
        "CREATE TABLE public.members (\n    id integer NOT NULL,\n    first_name text,\n    last_name text,\n"
        "    email text,\n    birth_date date,\n    section text,\n    medical_note text,\n    fee_paid boolean\n);\n\n"
        "COPY public.members (id, first_name, last_name, email, birth_date, section, medical_note, fee_paid) FROM stdin;\n"
        "1207\t⟦PERSON|Jakub⟧\t⟦PERSON|Wasilewski⟧\t⟦EMAIL_ADDRESS|jakub.wasilewski@sowa-mail.pl⟧\t⟦DATE_OF_BIRTH|2009-04-17⟧\tswimming\t"
        "⟦HEALTH_DATA|asthma, carries Ventolin⟧\tt\n"
        "1208\t⟦PERSON|Sterre⟧\t⟦PERSON|van Wijngaarden⟧\t⟦EMAIL_ADDRESS|sterre.vw@ziggopost.nl⟧\t⟦DATE_OF_BIRTH|2011-10-02⟧\tjudo\t\\N\tf\n"
        "1209\t⟦PERSON|Milan⟧\t⟦PERSON|Horvatić⟧\t⟦EMAIL_ADDRESS|milan.horvatic@outmail-uk.net⟧\t⟦DATE_OF_BIRTH|2010-03-05⟧\tjudo\t"
        "⟦HEALTH_DATA|type 1 diabetes - glucose sensor⟧\tyes\n"
        "1210\t⟦PERSON|Zofia⟧\t⟦PERSON|Michalak⟧\t⟦EMAIL_ADDRESS|zmichalak@poczta-kret.pl⟧\t⟦DATE_OF_BIRTH|2008-06-30⟧\tathletics\t\\N\tt\n"
        "\\.\n\nALTER TABLE ONLY public.members ADD CONSTRAINT members_pkey PRIMARY KEY (id);\n\n"
        'ERROR:  invalid input syntax for type boolean: "yes"\nCONTEXT:  COPY members, line 3, column fee_paid: "yes"',
    },
]
