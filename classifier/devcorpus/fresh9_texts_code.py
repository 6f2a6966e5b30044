"""Hand-written code and config texts of the ``fresh9`` split: services, configs and logs pasted into prompts."""

from __future__ import annotations

# Each entry: (the code's format, for the reader; not a record field: a record's "language" is its prose, English here), text.
_RAW: list[tuple[str, str]] = [
    (
        "rust",
        'Why does this fail to compile?\n\nlet client = Client::builder()\n    .bearer("⟦OPENAI_API_KEY|sk-proj-Abuci9EHpk0n9PKFQiTSwZ5Iup65TuDfJgrPrHYZV1tXl9u0GRDodvwKetxkzx277_8XOjSwyR⟧")\n    .timeout(Duration::from_secs(30))\n    .build()?;',
    ),
    (
        "rust",
        "Review this Rust fn:\n\nfn checksum(bytes: &[u8]) -> String {\n    let digest = Sha256::digest(bytes);\n    hex::encode(digest) // e.g. 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n}",
    ),
    (
        "go",
        'Go service config, the stripe call returns 401:\n\nvar stripeKey = "⟦STRIPE_KEY|sk_live_P845Bg3Rx3ASgTz0buUHRluXuIdHiQnB4x⟧"\nstripe.Key = stripeKey',
    ),
    (
        "go",
        "func traceID(ctx context.Context) string {\n\treturn trace.SpanFromContext(ctx).SpanContext().TraceID().String() // 4bf92f3577b34da6a3ce929d0e0e4736\n}\n// explain what this returns",
    ),
    (
        "elixir",
        'config :shelter, Shelter.Repo,\n  username: "shelter",\n  password: "⟦PASSWORD|horse-nube-fiume52⟧",\n  hostname: "pg-primary.svc",\n  pool_size: 10',
    ),
    (
        "elixir",
        'config :courier, CourierWeb.Endpoint,\n  secret_key_base: System.fetch_env!("SECRET_KEY_BASE"),\n  url: [host: "dispatch.example.org", port: 443]',
    ),
    (
        "json",
        "dotnet user-secrets list output, is this ok to commit?\n\nConnectionStrings:Payroll = Server=sql01;Database=payroll;User Id=svc_payroll;Password=⟦PASSWORD|Lato2006$⟧;\nSendGrid:ApiKey = ⟦API_KEY|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⟧",
    ),
    (
        "yaml",
        "bitbucket-pipelines.yml:\n\npipelines:\n  default:\n    - step:\n        name: test\n        image: rust:1.83\n        script:\n          - cargo test --locked\n          - echo $REGISTRY_TOKEN | docker login -u $REGISTRY_USER --password-stdin",
    ),
    (
        "yaml",
        "CircleCI job, fix the indentation:\n\njobs:\n  deploy:\n    docker:\n      - image: cimg/go:1.23\n    environment:\n      AWS_ACCESS_KEY_ID: ⟦AWS_ACCESS_KEY|ASIAW2A47SHOQVSXUP6T⟧\n      AWS_SECRET_ACCESS_KEY: ⟦AWS_SECRET_KEY|d9/UPMS9uGA+IapyLvI5/Me4XEfg6J3Tae1TQ66+⟧\n    steps:\n      - checkout",
    ),
    (
        "yaml",
        "SOPS file (encrypted), can I diff it?\n\ndb_password: ENC[AES256_GCM,data:q8x2Lw==,iv:9HkS1fDk3n0,tag:Vw2kQ==,type:str]\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:111122223333:key/7f1c2a9e-33b1-4d4e-9a0b-6c2f5e8d1a47\n  version: 3.9.1",
    ),
    (
        "yaml",
        "Someone committed the decrypted SOPS file:\n\nslack_bot_token: ⟦SLACK_TOKEN|xoxb-20984583578-004658858254-97WPdnZPSQ48sfem68PDxdq3⟧\ngoogle_maps_key: ⟦GOOGLE_API_KEY|AIzae2my0THeH8I8jBf8xN-YkSB89iP2FFAomE-⟧",
    ),
    (
        "hcl",
        "vault kv get output, what policy do I need?\n\n====== Data ======\nKey         Value\n---         -----\nusername    mortgage_ro\npassword    ⟦PASSWORD|j6#!BePiUo_bKYX_qZ⟧",
    ),
    ("hcl", 'path "secret/data/payroll/*" {\n  capabilities = ["read", "list"]\n}\n# explain this Vault policy'),
    (
        "ini",
        "systemd unit, service fails on boot:\n\n[Service]\nExecStart=/usr/local/bin/tm-sync\nEnvironment=TM_API_URL=https://tm.internal/api\nEnvironment=GITHUB_TOKEN=⟦GITHUB_TOKEN|ghs_ssxbx76IhYKXJEyN4mou7SBq3UhmdTJQ7bps⟧\nRestart=on-failure",
    ),
    (
        "ini",
        "[Unit]\nDescription=Patient transport sync\nAfter=network-online.target\n\n[Service]\nEnvironmentFile=/etc/pts/env\nExecStart=/opt/pts/bin/sync --interval 60\nUser=pts",
    ),
    (
        "bash",
        'cron script, why does it run twice?\n\n#!/bin/sh\n# 0 2 * * * /opt/backup/run.sh\nexport AZURE_STORAGE_KEY="⟦AZURE_KEY|qPl/ck7AjSKtk9DRhEOIArGs5v2zN/UBqXWOfsh1XTQfLvQXMdU/OaFZIlOBt65UI2UvvabKAHASVn/jntiAWw==⟧"\naz storage blob upload-batch -d backups -s /var/backups',
    ),
    (
        "bash",
        "#!/bin/bash\nset -euo pipefail\n# nightly: rotate logs, keep 14 days\nfind /var/log/shelter -name '*.log' -mtime +14 -delete\necho \"done $(date -Iseconds)\"",
    ),
    (
        "sql",
        "Migration seeds a test user with real data, please anonymise:\n\nINSERT INTO employees (name, email, nif, iban) VALUES\n  ('⟦PERSON|Rui Carvalhais⟧', '⟦EMAIL_ADDRESS|rui.carvalhais@tejoplanner.pt⟧', '⟦PT_NIF|136813321⟧', '⟦IBAN_CODE|PT16 8727 3339 1593 4412 8945 1⟧');",
    ),
    (
        "sql",
        "-- 0042_add_shift_table.sql\nCREATE TABLE shifts (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  carer_id uuid NOT NULL REFERENCES carers(id),\n  starts_at timestamptz NOT NULL,\n  ends_at timestamptz NOT NULL\n);",
    ),
    (
        "sql",
        "INSERT INTO users (id, username, password_hash) VALUES\n  ('3f8e2c1a-9b7d-4e6f-8a5c-2d1b0e9f7a63', 'admin', '$2b$12$Kq3mZ8xY1vN4pR7tW0uEaeH5jL9sD2fG6hJ8kL1mN3bV5cX7zQ9wO');\n-- is bcrypt cost 12 enough?",
    ),
    (
        "yaml",
        "prometheus.yml:\n\nscrape_configs:\n  - job_name: tracker-api\n    scrape_interval: 15s\n    static_configs:\n      - targets: ['tracker-api:9102']",
    ),
    (
        "ini",
        "grafana.ini snippet, login broken after upgrade:\n\n[security]\nadmin_user = admin\nadmin_password = ⟦PASSWORD|Br0nzeWh1stle!77⟧\nsecret_key = ⟦GENERIC_SECRET|rdoly(79u(x$6^w2m$h9(qs%3pzf_jie)^ix5c5c#*4ngd)n_7⟧",
    ),
    (
        "json",
        '{"level":"error","ts":"2025-11-03T08:14:22Z","msg":"token expired","trace_id":"a1b2c3d4e5f60718293a4b5c6d7e8f90","user":"u_48812","auth":"Bearer ****"}\nwhy is the token expiring early?',
    ),
    (
        "go",
        "Decode this JWT from our Go gateway log:\n\nAuthorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4NDA4OCIsImlhdCI6MTczNTk0MzY1OX0.x-dPHVIyaw3qgiWzKeYtbyzoIbYwQ8ZxlNkgx2axnIH⟧",
    ),
    (
        "rust",
        "// config.rs\npub struct Settings {\n    pub database_url: String, // from env DATABASE_URL\n    pub api_key: String,      // from env TMSYNC_API_KEY, masked in logs as sk-****\n}\nAdd serde derive please.",
    ),
    (
        "text",
        "deploy key from the wedding-photo site repo, is the format right?\n\n⟦PRIVATE_KEY|-----BEGIN PRIVATE KEY-----\nody8lITNfrQIA+44VWM/wuESNYAzQ44Xe8hH6op5sDU8D8jIJ9IvE0Fsm5jkXTp0\nHgniL1o2yPrMxJHwv/a76KAd5dOLbUJeseESQoGjsVmsNEDd54X05FJrAES+f9pn\nC7cvPolaxrSkbV49kMC4iy3+NVGoki7kznFEcOdP7SyN6xrhclmXphUA9f61lUUa\nPRbqxtOilatFt/aKQgbt/OwZj+TuZShsAe4Xae/UiYtZo8/Y\n-----END PRIVATE KEY-----⟧",
    ),
    (
        "go",
        "git log --oneline\n9c1e4b7 fix: retry on 503 from dispatch API\n2f0a88d chore: bump go to 1.23.3\nwhat changed between these?",
    ),
]

TEXTS: list[dict[str, str]] = [{"kind": "code", "text": text} for _code_format, text in _RAW]
