"""Source, configuration and data templates of the ``blind`` split (``<<COMMENT>>`` is a comment in the text's language).

Compiled for Custos, CC0, written fresh for the sixth split: Go services,
Elixir, Scala, Swift, PowerShell, Nginx and Apache configs, Kubernetes
secrets, Terraform state, docker-compose, Postman collections, crash logs and
database seeds. ``CODE_SECRET`` templates hold a credential literal or
personal data; ``CODE_CLEAN`` ones only name secrets next to hashes, UUIDs,
versions and ports.
"""

CODE_NEUTRAL = {
    "USER": ("svc_members", "keycloak", "gym_rw", "lab_ingest", "jenkins", "council_etl"),
    "HOST": ("pg-members.svc", "vault-0.lan", "10.20.0.7", "mysql-gate", "lab-db.internal"),
}

CODE_SECRET = [
    # Go: Redis client with an inline password
    '// <<COMMENT>>\nrdb := redis.NewClient(&redis.Options{\n\tAddr:     "<<HOST>>:<<PORT>>",\n\tPassword: "<<PASSWORD>>",\n})\n',
    # Elixir: Ecto repo config with a URL credential
    '# <<COMMENT>>\nconfig :members, Members.Repo,\n  url: "ecto://<<USER>>:<<PASSWORD>>@<<HOST>>/members"\n',
    # Scala: sbt credentials with a GitHub token
    'credentials += Credentials("GitHub Package Registry", "maven.pkg.github.com", "<<USER>>", "<<GITHUB_TOKEN>>")\n',
    # Swift: Stripe publishable/secret key in a config struct
    '// <<COMMENT>>\nstruct PaymentConfig {\n    let secretKey = "<<STRIPE_KEY>>"\n    let currency = "eur"\n}\n',
    # PowerShell: OpenAI call with a key
    "# <<COMMENT>>\n$headers = @{ Authorization = 'Bearer <<OPENAI_API_KEY>>' }\nInvoke-RestMethod -Uri https://api.openai.com/v1/models -Headers $headers\n",
    # Apache: basic auth proxy header
    '<Location /lab/>\n    ProxyPass http://<<HOST>>:<<PORT>>/\n    RequestHeader set Authorization "Basic <<BASIC_AUTH>>"\n</Location>\n',
    # Kubernetes secret with a Mailgun key
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: notifications\nstringData:\n  MAILGUN_API_KEY: <<MAILGUN_API_KEY>>\n  # <<COMMENT>>\n",
    # Terraform state with an AWS access key
    '{\n  "terraform_version": "1.9.5",\n  "outputs": {"ci_key_id": {"value": "<<AWS_ACCESS_KEY>>"}, "ci_secret": {"value": "<<AWS_SECRET_KEY>>", "sensitive": true}}\n}\n',
    # docker-compose with a Slack token
    "services:\n  notifier:\n    image: ghcr.io/example/notifier:<<VERSION>>\n    environment:\n      - SLACK_BOT_TOKEN=<<SLACK_TOKEN>>\n",
    # Postman environment with a JWT
    '{\n  "name": "members-staging",\n  "values": [{"key": "token", "value": "<<JWT>>", "enabled": true}]\n}\n',
    # crash log with a member's e-mail and IBAN
    "<<TIMESTAMP>> PANIC members-api: index out of range\n  member=<<EMAIL>> iban=<<IBAN>> trace=<<UUID>>\n",
    # database seed with a person and phone
    "INSERT INTO members (id, full_name, phone, joined) VALUES (<<NUMBER>>, '<<NAME>>', '<<PHONE>>', '<<DATE>>');\n",
    # Nginx map with a SendGrid key
    'map $host $mail_key {\n    default "<<SENDGRID_API_KEY>>";\n}\n# <<COMMENT>>\n',
]

CODE_CLEAN = [
    # Go: password from a file
    '// <<COMMENT>>\npw, err := os.ReadFile("/run/secrets/redis_password")\nif err != nil {\n    return err\n}\n',
    # Elixir: database URL from the environment
    'config :members, Members.Repo, url: System.get_env("DATABASE_URL")\n# <<COMMENT>>\n',
    # Scala: token from the environment
    'credentials += Credentials("GitHub Package Registry", "maven.pkg.github.com", "_", sys.env("GITHUB_TOKEN"))\n',
    # Swift: key from the keychain
    'let secretKey = try Keychain.read(service: "stripe", account: "secret_key")\nlet appVersion = "<<VERSION>>"\n',
    # PowerShell: SecretManagement
    "# <<COMMENT>>\n$apiKey = Get-Secret -Name OpenAIKey -AsPlainText\n",
    # Apache vhost without credentials
    "<VirtualHost *:<<PORT>>>\n    ServerName members.example.org\n    AuthUserFile /etc/apache2/.htpasswd\n</VirtualHost>\n",
    # Kubernetes envFrom secret reference
    'envFrom:\n  - secretRef:\n      name: notifications\nenv:\n  - name: GIT_COMMIT\n    value: "<<GITHASH>>"\n',
    # Terraform sensitive variable
    'variable "ci_secret" {\n  type      = string\n  sensitive = true\n}\n# <<COMMENT>>\n',
    # docker-compose with secrets
    "services:\n  notifier:\n    image: ghcr.io/example/notifier:<<VERSION>>\n    secrets:\n      - slack_bot_token\n",
    # Postman environment placeholder
    '{\n  "name": "members-staging",\n  "values": [{"key": "token", "value": "{{token}}"}, {"key": "member_id", "value": "<<UUID>>"}]\n}\n',
    # crash log without people
    "<<TIMESTAMP>> WARN gate-sync slow response <<NUMBER>>ms upstream=<<HOST>>\n<<TIMESTAMP>> INFO job <<UUID>> commit <<GITHASH>>\n",
    # seed without people
    "INSERT INTO plans (sku, title, monthly) VALUES ('<<SKU>>', 'Off-peak', <<NUMBER>>);\n-- <<COMMENT>>\n",
]
