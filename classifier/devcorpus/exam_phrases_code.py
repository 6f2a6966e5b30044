"""Source, configuration and data templates of the ``exam`` split (``<<COMMENT>>`` is a comment in the text's language).

Compiled for Custos, CC0, written fresh for the fourth split: Rust, C#, PHP,
Ruby, Kotlin, Ansible, Helm values, GitHub Actions, CSV exports, log lines,
SQL dumps and notebooks. ``CODE_SECRET`` templates hold a credential literal
or personal data; ``CODE_CLEAN`` ones only name secrets (look-ups,
references, placeholders) next to hashes, UUIDs, versions and ports.
"""

CODE_NEUTRAL = {
    "USER": ("svc_claims", "deployer", "metabase", "app_ro", "replicator", "jenkins"),
    "HOST": ("mysql-0.mysql", "broker.internal", "10.0.0.5", "es-master", "orders-db.prod.local"),
}

CODE_SECRET = [
    # Rust: a hard-coded database URL
    '// <<COMMENT>>\nuse sqlx::postgres::PgPoolOptions;\n\nconst DATABASE_URL: &str = "postgres://<<USER>>:<<PASSWORD>>@<<HOST>>:<<PORT>>/claims";\n\npub async fn pool() -> sqlx::Result<sqlx::PgPool> {\n    PgPoolOptions::new().max_connections(5).connect(DATABASE_URL).await\n}\n',
    # C#: appsettings.json with a SendGrid key
    '{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "Email": {\n    "Provider": "SendGrid",\n    "ApiKey": "<<SENDGRID_API_KEY>>"\n  },\n  "AllowedHosts": "*"\n}\n',
    # PHP: Laravel .env
    "APP_NAME=Claims\nAPP_ENV=production\nDB_CONNECTION=mysql\nDB_HOST=<<HOST>>\nDB_PORT=<<PORT>>\nDB_USERNAME=<<USER>>\nDB_PASSWORD=<<PASSWORD>>\n",
    # Ruby: Stripe initializer
    "# <<COMMENT>>\nRails.configuration.stripe = {\n  publishable_key: ENV['STRIPE_PUBLISHABLE_KEY'],\n  secret_key: '<<STRIPE_KEY>>'\n}\nStripe.api_key = Rails.configuration.stripe[:secret_key]\n",
    # Kotlin: OpenAI key in a companion object
    'object AiConfig {\n    // <<COMMENT>>\n    const val OPENAI_KEY = "<<OPENAI_API_KEY>>"\n    const val MODEL = "gpt-4o-mini"\n}\n',
    # Ansible vars with a plain password
    '---\n- hosts: db\n  become: true\n  vars:\n    # <<COMMENT>>\n    mysql_root_password: "<<PASSWORD>>"\n  roles:\n    - geerlingguy.mysql\n',
    # Helm values with AWS keys
    "replicaCount: 2\nimage:\n  tag: <<VERSION>>\nbackup:\n  s3:\n    bucket: claims-backup\n    # <<COMMENT>>\n    accessKeyId: <<AWS_ACCESS_KEY>>\n    secretAccessKey: <<AWS_SECRET_KEY>>\n",
    # GitHub Actions with an inline token
    "name: release\non: [push]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: gh release create ${{ github.ref_name }}\n        env:\n          GH_TOKEN: <<GITHUB_TOKEN>>\n",
    # CSV export of customers
    "customer_id;full_name;email;phone;city\n<<CUSTOMER_NO>>;<<NAME>>;<<EMAIL>>;<<PHONE>>;<<CITY>>\n",
    # log line with an IBAN
    "<<TIMESTAMP>> [payments-worker] INFO SEPA mandate created mandate=<<UUID>> iban=<<IBAN>> amount=<<NUMBER>>\n<<TIMESTAMP>> [payments-worker] DEBUG batch <<GITHASH>> queued\n",
    # SQL dump with a person
    "-- Dump of table `policyholders`\nINSERT INTO `policyholders` (`id`, `name`, `birth_date`, `address`) VALUES\n(<<NUMBER>>, '<<NAME>>', '<<DOB>>', '<<ADDRESS>>');\n",
    # notebook cell with a Slack token
    '{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "from slack_sdk import WebClient\\n",\n    "client = WebClient(token=\\"<<SLACK_TOKEN>>\\")\\n"\n   ]\n  }\n ]\n}\n',
    # Django local settings
    "# local_settings.py: <<COMMENT>>\nSECRET_KEY = '<<SECRET_KEY>>'\nDEBUG = False\nALLOWED_HOSTS = ['claims.example.org']\n",
    # C#: connection string with Azure storage key
    'public static class Storage\n{\n    // <<COMMENT>>\n    public const string Conn = "DefaultEndpointsProtocol=https;AccountName=claimsdocs;AccountKey=<<AZURE_STORAGE_KEY>>;EndpointSuffix=core.windows.net";\n}\n',
    # PHP: Mailgun key in a config array
    "<?php\n// <<COMMENT>>\nreturn [\n    'mailgun' => [\n        'domain' => 'mg.example.org',\n        'secret' => '<<MAILGUN_API_KEY>>',\n    ],\n];\n",
]

CODE_CLEAN = [
    # Rust: reads the URL from the environment
    '// <<COMMENT>>\nlet database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");\nlet pool = PgPoolOptions::new().connect(&database_url).await?;\n',
    # C#: user secrets reference
    'var apiKey = builder.Configuration["Email:ApiKey"];\nbuilder.Services.AddSendGrid(options => options.ApiKey = apiKey);\n// <<COMMENT>>\n',
    # PHP: env() lookups
    "<?php\nreturn [\n    'password' => env('DB_PASSWORD'),\n    'username' => env('DB_USERNAME', 'forge'),\n    'port' => <<PORT>>,\n];\n",
    # Ruby: credentials lookup
    '# <<COMMENT>>\nStripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)\nRails.logger.info("stripe ready, version <<VERSION>>")\n',
    # Kotlin: BuildConfig reference
    'val apiKey: String = BuildConfig.OPENAI_API_KEY\nval request = ChatRequest(model = "gpt-4o-mini", maxTokens = <<NUMBER>>)\n',
    # Ansible vault reference
    '---\n- hosts: db\n  vars:\n    mysql_root_password: "{{ vault_mysql_root_password }}"\n    mysql_port: <<PORT>>\n  # <<COMMENT>>\n',
    # Helm values with an existing secret
    "image:\n  repository: ghcr.io/acme/claims\n  tag: <<VERSION>>\nauth:\n  existingSecret: claims-db-credentials\n  secretKeys:\n    passwordKey: db-password\n",
    # GitHub Actions with secrets context
    "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          SHA: <<GITHASH>>\n",
    # CSV export without people
    "order_id;sku;qty;price;created_at\n<<ORDER_NO>>;<<SKU>>;<<NUMBER>>;<<PRICE>>;<<TIMESTAMP>>\n",
    # log lines
    "<<TIMESTAMP>> [api] INFO GET /v1/claims/<<UUID>> 200 <<NUMBER>>ms\n<<TIMESTAMP>> [api] WARN slow query on <<HOST>>:<<PORT>>\n",
    # SQL schema dump
    "CREATE TABLE `policyholders` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `name` varchar(120) NOT NULL,\n  `password_hash` char(60) NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n-- <<COMMENT>>\n",
    # notebook cell reading a token
    '{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "import os\\n",\n    "token = os.environ[\\"SLACK_BOT_TOKEN\\"]\\n"\n   ]\n  }\n ]\n}\n',
    # masked value
    "Settings saved. API key: ************, model <<MODEL>>, release <<VERSION>>, build <<GITHASH>>\n",
]
