"""Source, configuration and data templates of the ``final`` split (``<<COMMENT>>`` is a comment in the text's language).

Compiled for Custos, CC0, written fresh for the fifth split: Go services,
Elixir, Scala, Swift, PowerShell, Nginx and Apache configs, Kubernetes
secrets, Terraform state, docker-compose, Postman collections, crash logs and
database seeds. ``CODE_SECRET`` templates hold a credential literal or
personal data; ``CODE_CLEAN`` ones only name secrets next to hashes, UUIDs,
versions and ports.
"""

CODE_NEUTRAL = {
    "USER": ("svc_meter", "grafana", "app_rw", "backup_agent", "teamcity", "ops_bot"),
    "HOST": ("pg-ha.db.svc", "rabbit-1.lan", "172.16.4.20", "mongo-rs0", "tickets-db.internal"),
}

CODE_SECRET = [
    # Go: hard-coded DSN
    '// <<COMMENT>>\npackage store\n\nconst dsn = "postgres://<<USER>>:<<PASSWORD>>@<<HOST>>:<<PORT>>/meters?sslmode=disable"\n\nfunc Open() (*sql.DB, error) { return sql.Open("pgx", dsn) }\n',
    # Elixir runtime config with a Stripe key
    '# <<COMMENT>>\nimport Config\n\nconfig :stripity_stripe,\n  api_key: "<<STRIPE_KEY>>"\n',
    # Scala: application.conf with a password
    'db.default {\n  driver = org.postgresql.Driver\n  url = "jdbc:postgresql://<<HOST>>:<<PORT>>/claims"\n  username = <<USER>>\n  password = "<<PASSWORD>>"\n}\n',
    # Swift: an OpenAI key in code
    '// <<COMMENT>>\nenum Secrets {\n    static let openAIKey = "<<OPENAI_API_KEY>>"\n}\n',
    # PowerShell: credential in a script
    "# <<COMMENT>>\n$securePw = ConvertTo-SecureString '<<PASSWORD>>' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ('<<USER>>', $securePw)\n",
    # Nginx: basic auth header to an upstream
    'location /api/ {\n    proxy_pass http://<<HOST>>:<<PORT>>;\n    proxy_set_header Authorization "Basic <<BASIC_AUTH>>";\n}\n',
    # Kubernetes secret with stringData
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: mailer\ntype: Opaque\nstringData:\n  # <<COMMENT>>\n  SENDGRID_API_KEY: <<SENDGRID_API_KEY>>\n",
    # Terraform state fragment with AWS keys
    '{\n  "version": 4,\n  "resources": [{\n    "type": "aws_iam_access_key",\n    "instances": [{"attributes": {"id": "<<AWS_ACCESS_KEY>>", "secret": "<<AWS_SECRET_KEY>>"}}]\n  }]\n}\n',
    # docker-compose with a GitHub token
    "services:\n  runner:\n    image: myoung34/github-runner:<<VERSION>>\n    environment:\n      ACCESS_TOKEN: <<GITHUB_TOKEN>>\n      # <<COMMENT>>\n",
    # Postman collection with a bearer JWT
    '{\n  "info": {"name": "Tenant API"},\n  "item": [{"name": "List leases", "request": {"method": "GET", "header": [{"key": "Authorization", "value": "Bearer <<JWT>>"}]}}]\n}\n',
    # crash log with a customer's e-mail and phone
    "<<TIMESTAMP>> FATAL tickets-api panic: nil map write\n  customer=<<EMAIL>> phone=<<PHONE>> request=<<UUID>>\ngoroutine 42 [running]:\n",
    # database seed with a person
    "INSERT INTO tenants (id, full_name, iban, moved_in) VALUES (<<NUMBER>>, '<<NAME>>', '<<IBAN>>', '<<DATE>>');\n",
    # Apache: Twilio key in SetEnv
    "<VirtualHost *:443>\n    ServerName sms.example.net\n    # <<COMMENT>>\n    SetEnv TWILIO_API_KEY <<TWILIO_API_KEY>>\n</VirtualHost>\n",
]

CODE_CLEAN = [
    # Go: reads the DSN from the environment
    '// <<COMMENT>>\ndsn := os.Getenv("DATABASE_URL")\nif dsn == "" {\n    log.Fatal("DATABASE_URL not set")\n}\n',
    # Elixir: runtime env lookup
    'config :stripity_stripe, api_key: System.fetch_env!("STRIPE_SECRET")\n# <<COMMENT>>\n',
    # Scala: substitution from the environment
    'db.default.password = ${?DB_PASSWORD}\ndb.default.url = "jdbc:postgresql://<<HOST>>:<<PORT>>/claims"\n',
    # Swift: key from Info.plist
    'let apiKey = Bundle.main.object(forInfoDictionaryKey: "OPENAI_API_KEY") as? String\nlet build = "<<VERSION>>"\n',
    # PowerShell: Get-Credential
    "# <<COMMENT>>\n$cred = Get-Credential -UserName '<<USER>>' -Message 'Password for the backup share'\n",
    # Nginx server block
    "server {\n    listen <<PORT>>;\n    server_name meters.example.net;\n    auth_basic_user_file /etc/nginx/.htpasswd;\n}\n",
    # Kubernetes secretKeyRef
    'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: tickets-db\n        key: password\n  - name: BUILD_SHA\n    value: "<<GITHASH>>"\n',
    # Terraform variable reference
    'resource "aws_db_instance" "main" {\n  username = var.db_username\n  password = var.db_password\n  engine_version = "16.3"\n}\n# <<COMMENT>>\n',
    # docker-compose with env_file
    'services:\n  api:\n    image: registry.example.net/tickets:<<VERSION>>\n    env_file: .env\n    ports:\n      - "<<PORT>>:<<PORT>>"\n',
    # Postman variable
    '{\n  "request": {"header": [{"key": "Authorization", "value": "Bearer {{access_token}}"}], "url": "{{base_url}}/leases/<<UUID>>"}\n}\n',
    # crash log without people
    "<<TIMESTAMP>> ERROR meter-sync timeout after <<NUMBER>>ms host=<<HOST>>\n<<TIMESTAMP>> INFO retry <<UUID>> build <<GITHASH>>\n",
    # seed without people
    "INSERT INTO tariffs (code, name, price) VALUES ('<<SKU>>', 'Night saver', <<NUMBER>>);\n-- <<COMMENT>>\n",
]
