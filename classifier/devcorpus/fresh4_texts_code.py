"""Hand-written ``fresh4`` code and configuration (see ``generate.py``); spans marked as ``⟦ENTITY_TYPE|value⟧``."""

TEXTS = [
    {
        "kind": "code",
        "text": 'variable "rds_master_password" {\n  type      = string\n  sensitive = true\n}\n\n'
        'resource "aws_db_instance" "billing" {\n  identifier     = "billing-prod"\n  engine         = "postgres"\n'
        '  engine_version = "16.3"\n  instance_class = "db.t4g.medium"\n  username       = "billing"\n'
        "  password       = var.rds_master_password\n}\n",
    },
    {
        "kind": "code",
        "text": 'provider "aws" {\n  region     = "eu-central-1"\n  access_key = "⟦AWS_ACCESS_KEY|AKIA5WVBJI2NE6ZHFNNA⟧"\n'
        '  secret_key = "⟦AWS_SECRET_KEY|c0uxOQZ+5YQXmL4JCOPlO/RHDfeACh2fewgp0KOJ⟧"\n}\n',
    },
    {
        "kind": "code",
        "text": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: kyc-worker\n  namespace: exchange\ntype: Opaque\n"
        "stringData:\n  SENDGRID_API_KEY: ⟦API_KEY|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⟧\n"
        "  DATABASE_URL: postgres://kyc:⟦PASSWORD|regen-fiume-regen97⟧@pg-kyc.exchange.svc:5432/kyc\n",
    },
    {
        "kind": "code",
        "text": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: lost-found-api\nspec:\n  replicas: 3\n"
        "  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.org/transit/"
        "lost-found:2.8.1\n          envFrom:\n            - secretRef:\n                name: lost-found-env\n"
        "          resources:\n            limits: {cpu: 500m, memory: 512Mi}\n",
    },
    {
        "kind": "code",
        "text": "# values.yaml for the library catalogue chart\nimage:\n  tag: 5.4.0\npostgresql:\n  auth:\n"
        "    existingSecret: catalogue-db\n    secretKeys:\n      adminPasswordKey: postgres-password\ningress:\n"
        "  hosts:\n    - catalogue.library.example\n",
    },
    {
        "kind": "code",
        "text": '# values-prod.yaml (do not commit!)\nredis:\n  auth:\n    password: "⟦PASSWORD|Primavera2018%⟧"\n'
        "smtp:\n  host: smtp.mailgun.org\n  apiKey: ⟦API_KEY|71d878372dfd688754d682474d9a15dc-49e8a71d-062fba73⟧\n",
    },
    {
        "kind": "code",
        "text": "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-24.04\n"
        "    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n        env:\n"
        "          STRIPE_API_KEY: ${{ secrets.STRIPE_API_KEY }}\n          SENTRY_DSN: ${{ vars.SENTRY_DSN }}\n",
    },
    {
        "kind": "code",
        "text": "deploy_staging:\n  stage: deploy\n  image: alpine:3.20\n  variables:\n"
        '    GITHUB_TOKEN: "⟦GITHUB_TOKEN|gho_SICdeINjT0Wxx4bWmXumdL5duJ3n6c6bP89X⟧"\n  script:\n'
        "    - apk add git\n    - ./release.sh --tag $CI_COMMIT_SHORT_SHA\n",
    },
    {
        "kind": "code",
        "text": "# application.properties\nspring.datasource.url=jdbc:postgresql://db.internal:5432/exams\n"
        "spring.datasource.username=exams_app\nspring.datasource.password=${EXAMS_DB_PASSWORD}\n"
        "spring.jpa.hibernate.ddl-auto=validate\nserver.port=8081\n",
    },
    {
        "kind": "code",
        "text": "# application-local.properties\nspring.mail.host=smtp.sendgrid.net\nspring.mail.username=apikey\n"
        "spring.mail.password=⟦PASSWORD|6veZlm!JGcfFplR⟧\nbooking.jwt.secret=⟦GENERIC_SECRET|"
        "t2dzhddbh(c9&nef8687_7vk5$bzd#w5_5o$8@uyuf6s1hr194⟧\n",
    },
    {
        "kind": "code",
        "text": 'func loadConfig() (*Config, error) {\n\tkey := os.Getenv("OPENAI_API_KEY")\n\tif key == "" {\n'
        '\t\treturn nil, errors.New("OPENAI_API_KEY not set")\n\t}\n\treturn &Config{APIKey: key, Model: "gpt-4o-mini"}, nil\n}\n',
    },
    {
        "kind": "code",
        "text": '// TODO remove before merge\nconst slackToken = "⟦SLACK_TOKEN|xoxb-40034537188-216803809326-zY5OC44pIlTGH9rIK2SN8fma⟧"\n\n'
        'func notify(msg string) error {\n\treturn postSlack(slackToken, "#seller-alerts", msg)\n}\n',
    },
    {
        "kind": "code",
        "text": 'use std::env;\n\nfn stripe_client() -> stripe::Client {\n    let key = env::var("STRIPE_SECRET_KEY")'
        '.expect("STRIPE_SECRET_KEY missing");\n    stripe::Client::new(key)\n}\n',
    },
    {
        "kind": "code",
        "text": '#[test]\nfn charges_marketplace_fee() {\n    let client = stripe::Client::new("⟦STRIPE_KEY|'
        'rk_live_OrDcmdTCZ1xGkc7kJCsqZG8YSFtYkbjGC5⟧");\n    assert!(fee_for(&client, 1000).is_ok());\n}\n',
    },
    {
        "kind": "code",
        "text": "APP_NAME=Lettings\nAPP_ENV=production\nAPP_KEY=base64:⟦GENERIC_SECRET|"
        "vpa9HTWAM+ES+lVIxvpiirMdQ974zrjuGZlw⟧\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_DATABASE=lettings\n"
        "DB_USERNAME=lettings\nDB_PASSWORD=⟦PASSWORD|Soleil2009#⟧\nMAIL_MAILER=smtp\n",
    },
    {
        "kind": "code",
        "text": "APP_ENV=local\nAPP_DEBUG=true\nDB_CONNECTION=sqlite\nCACHE_STORE=file\nQUEUE_CONNECTION=sync\n"
        "MAIL_MAILER=log\n",
    },
    {
        "kind": "code",
        "text": '# In [3]:\nimport pandas as pd\ndf = pd.read_csv("exam_results_2025.csv")\n'
        'df.groupby("module_code")["grade"].describe()\n',
    },
    {
        "kind": "code",
        "text": '# In [1]:\nimport openai\nclient = openai.OpenAI(api_key="⟦OPENAI_API_KEY|'
        'sk-aLdLJJV1YOak3yNpyso6hWAp1limo6yqa3iotXsd67xmu6hJ⟧")\nresp = client.chat.completions.create(model="gpt-4o", '
        'messages=[{"role": "user", "content": "Summarise the fee schedule"}])\n',
    },
    {
        "kind": "code",
        "text": "Run ./gradlew test\n> Task :compileJava UP-TO-DATE\n> Task :test\nBookingServiceTest > "
        "rejectsDoubleBooking() PASSED\nBookingServiceTest > refundsDeposit() FAILED\n    java.lang.AssertionError at "
        "BookingServiceTest.java:88\n42 tests completed, 1 failed\nError: Process completed with exit code 1.\n",
    },
    {
        "kind": "code",
        "text": "2025-11-30T09:14:22Z INFO  starting worker pid=4412 version=3.1.7 commit=9f3c2ab\n"
        "2025-11-30T09:14:23Z DEBUG connecting to redis://:⟦PASSWORD|tulp-tulp-kot34⟧@cache.internal:6379/2\n"
        "2025-11-30T09:14:23Z INFO  ready queue=kyc-checks\n",
    },
    {
        "kind": "code",
        "text": "curl -X POST https://api.example-maps.com/v1/geocode \\\n  -H 'Content-Type: application/json' \\\n"
        "  -H 'Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMDUyNSIsImlhdCI6MTYxNjEwMDA3OX0."
        'a0o5UHZI9u_H3Do2DHtF-6T9o2sDD_3vADUgaSu9iYB⟧\' \\\n  -d \'{"query": "Messe Frankfurt Halle 11"}\'\n',
    },
    {
        "kind": "code",
        "text": 'curl -s "https://maps.googleapis.com/maps/api/place/textsearch/json?query=museum&key='
        "⟦GOOGLE_API_KEY|AIzaBzysuSP9t5D1d7FFH4Z0WcxwrVIXj9knlz_⟧\" | jq '.results[0].name'\n",
    },
    {
        "kind": "code",
        "text": "DefaultEndpointsProtocol=https;AccountName=tradefairassets;AccountKey=⟦AZURE_KEY|"
        "vpa9HTWAM+ES+lVIxvpiirMdQ974zrjuGZlwegDEwe0QA03k+ni7riP2/3nB3SLzpt8gcsm/ZSBwfu7mg437LQ==⟧;"
        "EndpointSuffix=core.windows.net",
    },
    {
        "kind": "code",
        "text": "- name: Create app user\n  community.postgresql.postgresql_user:\n    name: planner\n"
        '    password: "{{ vault_planner_db_password }}"\n  no_log: true\n',
    },
    {
        "kind": "code",
        "text": "# group_vars/all/vault.yml  -- oops, forgot to run ansible-vault encrypt\nvault_planner_db_password: "
        '"⟦PASSWORD|X1K63?ROJQ0K2n%f9*d⟧"\nvault_twilio_auth_token: "⟦API_KEY|7788b05310dda471f51a97145b6ab2d7⟧"\n',
    },
    {
        "kind": "code",
        "text": "deploy_key: |\n  ⟦PRIVATE_KEY|-----BEGIN PRIVATE KEY-----\n"
        "  nZHJEZ8Ot3yhHSofeTq+O6wfZOQIvKjX62FHLCeUGTici3nsCzsRY7ADg6X99Hep\n"
        "  lOH/IC5nlzwG0kXL2b8jZi3pLPaqeXDf6Ijr2lU75Il70SoPcRB0miSb63l2UsT8\n"
        "  C6UKrqghYj4KhErkSl/2csWfOhtdEYBcUSOqB8TS8Uw9d8vPaoUpGu7W0eLtPBk4\n"
        "  -----END PRIVATE KEY-----⟧\n",
    },
    {
        "kind": "code",
        "text": "<?php\n\nreturn [\n    'stripe' => [\n        'key' => env('STRIPE_KEY'),\n        'secret' => "
        "env('STRIPE_SECRET'),\n    ],\n    'hash' => hash('sha256', $request->input('password')),\n];\n",
    },
    {
        "kind": "code",
        "text": "$ git log --oneline -3\n4e1b9c7 Bump laravel/framework to 11.31\n0a77f2d Fix invoice rounding (#812)\n"
        "c3d9e01 Add UUID 6f1c2b8e-9a44-4d1e-bb0c-2f5e8a7d3c10 to seed data\n",
    },
    {
        "kind": "code",
        "text": 'psql "postgresql://reporting:⟦PASSWORD|Sommer1987.⟧@10.20.4.15:5432/citizen_office?sslmode=require" '
        "-c 'select count(*) from appointments'\n",
    },
    {
        "kind": "code",
        "text": "import hashlib\n\n\ndef anonymise(member_id: str, salt: bytes) -> str:\n"
        "    # keyed hash so the export never carries the raw id\n    return hashlib.blake2b(member_id.encode(), "
        "key=salt, digest_size=16).hexdigest()\n",
    },
]
