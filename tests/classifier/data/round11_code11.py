"""Round 11 (code11): hand-written code and config texts, credentials in the forms the secret rules missed.

Written for this round before the classifier was run on them: passwords set through a key/value pair
(Consul, ECS task definitions, Kubernetes env lists, CloudFormation parameters, Terraform variables), through
space-separated config keys (Redis, OpenLDAP, nslcd, SSSD), piped from echo/printf into a command that stores a
secret or sets a password, and given to database and file-share clients on their command line (sqlcmd, bcp,
redis-cli, Oracle's user/password@db, smbclient, MongoDB tools). Every second text is a clean look-alike:
the same forms holding a reference, a placeholder, a port or an ordinary value. Spans use the corpus markup
``⟦TYPE|value⟧`` (``classifier.devcorpus.generate.parse_markup``). Not copied or paraphrased from any corpus split.
"""

TEXTS = [
    # --- key/value pairs: a name field that names a secret, then a value field ---------------------------------
    {
        "kind": "code",
        "text": 'ECS task definition, container env:\n"environment": [\n  {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},\n  {"name": "DB_PASSWORD", "value": "⟦PASSWORD|Kranich-Wiese.2024⟧"},\n  {"name": "DB_HOST", "value": "orders.cluster-cx1.eu-central-1.rds.amazonaws.com"}\n]',
    },
    {
        "kind": "code",
        "text": 'ECS task definition, container env and secrets:\n"environment": [\n  {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},\n  {"name": "DB_HOST", "value": "orders.cluster-cx1.eu-central-1.rds.amazonaws.com"}\n],\n"secrets": [\n  {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-central-1:123456789012:secret:orders/db-AbCdEf"}\n]',
    },
    {
        "kind": "code",
        "text": 'deployment.yaml (why does the pod crash on start?)\n        env:\n          - name: LOG_LEVEL\n            value: debug\n          - name: SMTP_PASSWORD\n            value: "⟦PASSWORD|Zugspitze#2962m⟧"\n          - name: SMTP_HOST\n            value: mail.intern.example',
    },
    {
        "kind": "code",
        "text": "deployment.yaml\n        env:\n          - name: SMTP_PASSWORD\n            valueFrom:\n              secretKeyRef:\n                name: smtp-credentials\n                key: password\n          - name: SMTP_HOST\n            value: mail.intern.example",
    },
    {
        "kind": "code",
        "text": 'consul kv export | jq . (trimmed)\n[\n  {"key": "billing/worker/concurrency", "flags": 0, "value": "8"},\n  {"key": "billing/worker/sftp_password", "flags": 0, "value": "⟦PASSWORD|Mistral_Vent_4417⟧"}\n]',
    },
    {
        "kind": "code",
        "text": 'consul kv export (trimmed)\n[\n  {"key": "billing/worker/concurrency", "flags": 0, "value": "8"},\n  {"key": "billing/worker/password_policy", "flags": 0, "value": "min12-upper-digit"},\n  {"key": "billing/worker/token_ttl", "flags": 0, "value": "3600"}\n]',
    },
    {
        "kind": "code",
        "text": 'CloudFormation parameters file for the staging stack:\n[\n  {"ParameterKey": "Environment", "ParameterValue": "staging"},\n  {"ParameterKey": "MasterUserPassword", "ParameterValue": "⟦PASSWORD|pL4nck-Konstante!⟧"},\n  {"ParameterKey": "InstanceClass", "ParameterValue": "db.t3.medium"}\n]',
    },
    {
        "kind": "code",
        "text": 'CloudFormation parameters file for the staging stack:\n[\n  {"ParameterKey": "Environment", "ParameterValue": "staging"},\n  {"ParameterKey": "MasterUserPassword", "ParameterValue": "{{resolve:secretsmanager:staging/db:SecretString:password}}"},\n  {"ParameterKey": "KeyName", "ParameterValue": "ops-eu-west-1"}\n]',
    },
    {
        "kind": "code",
        "text": 'Terraform, module call in main.tf:\n  container_env = [\n    { name = "APP_ENV", value = "production" },\n    { name = "SENDGRID_API_KEY", value = "⟦API_KEY|SG.Lk2pQ0rTzW8vYb3nM6cF1a.h7Jd9KsPq2WxR4tUe8YzA1bC3dE5fG7hI9jK0lM2nO⟧" },\n  ]',
    },
    {
        "kind": "code",
        "text": 'Azure App Service settings export:\n[\n  { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false },\n  { "name": "PaymentsApiKey", "value": "@Microsoft.KeyVault(SecretUri=https://kv-pay.vault.azure.net/secrets/payments-api-key/)", "slotSetting": false }\n]',
    },
    {
        "kind": "code",
        "text": 'Azure App Service settings export:\n[\n  { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false },\n  { "name": "Smtp__Password", "value": "⟦PASSWORD|Heuschnupfen&Mai7⟧", "slotSetting": false }\n]',
    },
    # --- space-separated config keys ------------------------------------------------------------------------------
    {
        "kind": "code",
        "text": "redis.conf on cache-02 (diff against the template):\nbind 10.20.0.12\nport 6379\nrequirepass ⟦PASSWORD|w1nd-m0hn-k4ffee⟧\nmaxmemory 2gb\nmaxmemory-policy allkeys-lru",
    },
    {
        "kind": "code",
        "text": "redis.conf template:\nbind 127.0.0.1\nport 6379\n# requirepass is set from the vault agent template, see redis-auth.conf\ninclude /etc/redis/redis-auth.conf\nmaxmemory 2gb",
    },
    {
        "kind": "code",
        "text": "replica config:\nreplicaof 10.20.0.12 6379\nmasterauth ⟦PASSWORD|Gezeiten+Ebbe_1962⟧\nreplica-read-only yes",
    },
    {
        "kind": "code",
        "text": "/etc/nslcd.conf\nuri ldaps://ldap.stadtwerke.example\nbase dc=stadtwerke,dc=example\nbinddn cn=nslcd,ou=services,dc=stadtwerke,dc=example\nbindpw ⟦PASSWORD|Rauhreif!Nov2025⟧\ntls_reqcert demand",
    },
    {
        "kind": "code",
        "text": "/etc/nslcd.conf\nuri ldaps://ldap.stadtwerke.example\nbase dc=stadtwerke,dc=example\nbinddn cn=nslcd,ou=services,dc=stadtwerke,dc=example\n# bindpw lives in /etc/nslcd.secret (mode 0600), not here\ntls_reqcert demand",
    },
    {
        "kind": "code",
        "text": 'slapd.conf (legacy, before the cn=config migration)\ndatabase mdb\nsuffix "dc=muni,dc=example"\nrootdn "cn=Manager,dc=muni,dc=example"\nrootpw ⟦PASSWORD|Kastanienallee77⟧\ndirectory /var/lib/ldap',
    },
    {
        "kind": "code",
        "text": 'slapd.conf\ndatabase mdb\nsuffix "dc=muni,dc=example"\nrootdn "cn=Manager,dc=muni,dc=example"\nrootpw {SSHA}5en6G6MezRroT3XKqkdPOmY/BfQ=\ndirectory /var/lib/ldap',
    },
    {
        "kind": "code",
        "text": "sssd.conf for the branch offices:\n[domain/corp.example]\nid_provider = ldap\nldap_uri = ldaps://dc1.corp.example\nldap_default_bind_dn = cn=sssd-bind,ou=svc,dc=corp,dc=example\nldap_default_authtok_type = password\nldap_default_authtok = ⟦PASSWORD|Nordlicht.Tromso24⟧",
    },
    {
        "kind": "code",
        "text": "sssd.conf for the branch offices:\n[domain/corp.example]\nid_provider = ldap\nldap_uri = ldaps://dc1.corp.example\nldap_default_bind_dn = cn=sssd-bind,ou=svc,dc=corp,dc=example\nldap_default_authtok_type = obfuscated_password\ncache_credentials = true",
    },
    # --- piped into a command that stores a secret or sets a password --------------------------------------------
    {
        "kind": "code",
        "text": "run once on the swarm manager:\nprintf '⟦PASSWORD|Blauer-Enzian-51⟧' | docker secret create grafana_admin_pw -\ndocker service update --secret-add grafana_admin_pw grafana",
    },
    {
        "kind": "code",
        "text": "run once on the swarm manager:\nprintf '%s' \"$GRAFANA_ADMIN_PW\" | docker secret create grafana_admin_pw -\ndocker service update --secret-add grafana_admin_pw grafana",
    },
    {
        "kind": "code",
        "text": 'CI step that failed:\n$ echo "⟦GITHUB_TOKEN|ghp_Q7vXk2LmN9pR4sT6uW8yZ0aB1cD3eF5gH7iJ⟧" | docker login ghcr.io -u deploy-bot --password-stdin\nError response from daemon: denied',
    },
    {
        "kind": "code",
        "text": 'CI step:\n$ echo "$CR_PAT" | docker login ghcr.io -u deploy-bot --password-stdin\nLogin Succeeded',
    },
    {
        "kind": "code",
        "text": "provisioning script, step 4:\necho 'svc_backup:⟦PASSWORD|Ostwind#Sylt2023⟧' | chpasswd\nusermod -aG backup svc_backup",
    },
    {
        "kind": "code",
        "text": 'provisioning script, step 4:\necho "svc_backup:${BACKUP_PW}" | chpasswd\nusermod -aG backup svc_backup',
    },
    {
        "kind": "code",
        "text": "kubectl one-liner from the runbook:\necho -n '⟦PASSWORD|Pfefferminz!Tee9⟧' | kubectl create secret generic pg-app --from-file=password=/dev/stdin -n billing",
    },
    {
        "kind": "code",
        "text": "What does this print?\necho 'hello world' | tr a-z A-Z\nprintf 'build %s done\\n' \"$VERSION\" | tee -a build.log",
    },
    {
        "kind": "code",
        "text": 'gh CLI, repo setup:\necho -n "⟦SLACK_TOKEN|xoxb-4821930517-7719204836551-Tq8wZpL3mRkV6nXy2cBaD0fH⟧" | gh secret set SLACK_BOT_TOKEN --repo acme/alerts',
    },
    # --- database and file-share clients on the command line -----------------------------------------------------
    {
        "kind": "code",
        "text": "nightly export job (Windows task):\nbcp dbo.Invoices out D:\\exports\\invoices.dat -S sql-fin-01 -d Finance -U etl_reader -P ⟦PASSWORD|Herbst$Laub2025⟧ -c -t ;",
    },
    {
        "kind": "code",
        "text": "nightly export job (Windows task):\nbcp dbo.Invoices out D:\\exports\\invoices.dat -S sql-fin-01 -d Finance -T -c -t ;\nREM -T uses the task account (integrated security), no -U/-P",
    },
    {
        "kind": "code",
        "text": 'sqlcmd -S tcp:sql-hr.example,1433 -U hr_report -P "⟦PASSWORD|Lindenblatt.88⟧" -Q "EXEC dbo.MonthlyHeadcount"',
    },
    {
        "kind": "code",
        "text": "redis-cli -h cache-02.intern -p 6379 -a ⟦PASSWORD|w1nd-m0hn-k4ffee⟧ --no-auth-warning INFO replication",
    },
    {
        "kind": "code",
        "text": "redis-cli -h cache-02.intern -p 6379 --askpass INFO replication\n# -p is the port; the password is asked for, not passed",
    },
    {
        "kind": "code",
        "text": "Oracle nightly: sqlplus -s report_ro/⟦PASSWORD|Eichhoernchen42⟧@//ora-fin.intern:1521/FINPRD @monthly_close.sql",
    },
    {
        "kind": "code",
        "text": "Oracle nightly: sqlplus -s /@FINPRD @monthly_close.sql   -- wallet-based login, no password on the command line",
    },
    {
        "kind": "code",
        "text": "expdp system/⟦PASSWORD|Tulpenfeld_2019⟧@HRDB schemas=HR directory=DP_DIR dumpfile=hr_%U.dmp parallel=4",
    },
    {
        "kind": "code",
        "text": "mount the share for the scanner:\nsmbclient //nas01/scans -U scanner%⟦PASSWORD|Drucker-Papier-33⟧ -c 'ls'",
    },
    {
        "kind": "code",
        "text": "mount the share for the scanner:\nsmbclient //nas01/scans -U scanner -A /root/.smbcred -c 'ls'",
    },
    {
        "kind": "code",
        "text": "restore from last night:\nmongorestore --host rs0/mongo-1:27017 -u restore_op -p '⟦PASSWORD|Silbermoewe!17⟧' --authenticationDatabase admin /backups/2025-11-30",
    },
    {
        "kind": "code",
        "text": "restore from last night:\nmongorestore --host rs0/mongo-1:27017 -u restore_op -p --authenticationDatabase admin /backups/2025-11-30\n# -p with no value prompts for the password",
    },
    {
        "kind": "code",
        "text": "Why does the migration hang? sqlcmd -S sql-hr.example -U migrator -P $env:MIGRATOR_PW -i schema.sql",
    },
    {
        "kind": "code",
        "text": "psql -h pg-01 -p 5432 -U app -d orders -c 'select count(*) from orders' # password from ~/.pgpass",
    },
]
