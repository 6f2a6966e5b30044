"""Hand-written code, config and log texts of the ``fresh11`` split: what services paste into a prompt."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "Why does Spring fail to connect? application.yml of the booking service:\n"
        "spring:\n  datasource:\n    url: jdbc:postgresql://pg-bookings.internal:5432/interp\n    username: interp_app\n"
        "    password: ⟦PASSWORD|Vcq-t*+=fklT*ARf⟧\n  jpa:\n    hibernate:\n      ddl-auto: validate\nserver:\n  port: 8081",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Review this application.yml, secrets come from the environment:\n"
        "spring:\n  datasource:\n    url: ${DB_URL}\n    username: ${DB_USER}\n    password: ${DB_PASSWORD}\n"
        "  mail:\n    host: smtp.eu-west-1.amazonaws.com\n    port: 587\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,info",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Warum wird die Mail nicht verschickt? application.properties:\n"
        "spring.mail.host=smtp.sendgrid.net\nspring.mail.port=587\nspring.mail.username=apikey\n"
        "spring.mail.password=⟦API_KEY|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⟧\n"
        "spring.mail.properties.mail.smtp.starttls.enable=true\nlogging.level.org.springframework.mail=DEBUG",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "application.properties for the dialysis-transport dispatcher, anything wrong?\n"
        "server.port=8080\nspring.profiles.active=prod\ndispatch.max-stops=6\ndispatch.region=NRW-WEST\n"
        "feature.sms-reminders=true\nspring.datasource.password=\nspring.datasource.hikari.maximum-pool-size=12",
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "Kan je zien waarom Laravel de queue niet start? .env van het deurwaarderportaal:\n"
        "APP_NAME=DossierPortaal\nAPP_ENV=production\nAPP_KEY=base64:⟦GENERIC_SECRET|q3v8N0cZ1uR7xLk2Pj5sYt9wBm4aHe6dFg0iKo3nUr8=⟧\n"
        "DB_CONNECTION=mysql\nDB_HOST=10.20.4.11\nDB_DATABASE=dossiers\nDB_USERNAME=portaal\nDB_PASSWORD=⟦PASSWORD|sL@PYRWKB#xCU_F⟧\n"
        "QUEUE_CONNECTION=redis\nMAIL_MAILER=mailgun\nMAILGUN_SECRET=⟦API_KEY|key-28205048eee3aa5bf734e67a69dff36e⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Laravel .env.example for the youth-care scheduling app, does it cover everything?\n"
        "APP_NAME=Jeugdplanner\nAPP_ENV=local\nAPP_KEY=\nAPP_DEBUG=true\nDB_CONNECTION=pgsql\nDB_HOST=127.0.0.1\n"
        "DB_PASSWORD=changeme\nMAIL_MAILER=log\nSENTRY_LARAVEL_DSN=",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Someone pasted the decrypted Rails credentials into the ticket (citizens-assembly app). Which keys must we rotate?\n"
        "```yaml\nsecret_key_base: ⟦GENERIC_SECRET|7f3c9a1e5b8d2f60c4a7e19b3d5f8a2c6e0b4d7f1a3c5e9b2d4f6a8c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a6c8⟧\n"
        "aws:\n  access_key_id: ⟦AWS_ACCESS_KEY|ASIA7IF2MD45LRNOWSUG⟧\n  secret_access_key: ⟦AWS_SECRET_KEY|Bu/bz1aTkJU3LrKrqC67on+jHEbOOIGOLPzwA9ui⟧\n"
        "stripe:\n  secret: ⟦STRIPE_KEY|sk_test_Mzgx9rL3HB6BSO4vrDbcBSpdk8CsPqFnpZ0mRaMBbZjX4IdxhU2P8N4BPTt8BtgGNY71JjC1RSkPayYckIS8x1th0Lv5UrLA7aI⟧\n```",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Is this config/credentials.yml.enc committed safely? Output of `git show HEAD --stat` and the file head:\n"
        " config/credentials.yml.enc | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n"
        "Yk1ZQ0t4N2F6...--c2FsdGVkX19wQ2R4bG9r--a3f09c1d7e2b4a5c6d8e9f0a1b2c3d4e\n(config/master.key is in .gitignore)",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Pourquoi ansible-vault refuse ce fichier ? group_vars/prod/vault.yml :\n"
        "$ANSIBLE_VAULT;1.1;AES256\n"
        "62313365396662343061393464336163383764373764613633653634306231386433626436623361\n"
        "6230653765373962363738346464343165623963333832370a663764336361643837343162623132\n"
        "39303661366535363436386166363834633033376635626337333764633962373137333431393563\n"
        "3362306362306434630a636665326432323930363332626363303661633837663537363732626337",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Oops, committed the vault file decrypted (bailiff office infra). Summarise what leaked:\n"
        "# group_vars/all/vault.yml\nvault_db_root_password: ⟦PASSWORD|TNphKnu^qu6WA5Fd⟧\n"
        "vault_smtp_user: notifications@deurwaarder-example.be\nvault_smtp_password: ⟦PASSWORD|Primavera1998!⟧\n"
        "vault_backup_s3_key: ⟦AWS_ACCESS_KEY|AKIAXF5JDR5BR73I3X4N⟧\nvault_backup_s3_secret: ⟦AWS_SECRET_KEY|W08bn0T4RVvdR9KBTV5AWPUCG89rEF3ONaOyWPrW⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Ansible vars for the sign-language booking platform, lint it:\n"
        'app_user: booking\napp_port: 8443\nnginx_worker_processes: auto\ndb_password: "{{ vault_db_password }}"\n'
        'certbot_email: "{{ ops_contact_email }}"\nbackup_schedule: "0 3 * * *"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "helm install fails with 'invalid YAML'. values.yaml of the trial-recruitment portal:\n"
        "image:\n  repository: registry.example.eu/recruit/portal\n  tag: 2.14.1\nenv:\n  DATABASE_URL: postgres://recruit:⟦PASSWORD|uM+mTpe2C5x1L%⟧@pg.recruit.svc:5432/recruit\n"
        "  OPENAI_API_KEY: ⟦OPENAI_API_KEY|sk-EhIHWYLmQ1PV2NHZKIUW2dLppS8vPfuqUGg0koMxim0Rx64x⟧\n resources:\n  limits:\n    memory: 512Mi",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "values.yaml review please, we use external-secrets:\n"
        'replicaCount: 2\nimage:\n  repository: ghcr.io/example/glucose-sync\n  tag: "5.8.2"\n'
        "  digest: sha256:9b2f61a0c4e7d3b8a15f9e02c6d7b4a3e81f0c5d9a2b7e6f4c3d1a0b9e8f7c6d\nexistingSecret: glucose-sync-secrets\n"
        "ingress:\n  enabled: true\n  hosts: [sync.example.health]",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "GitHub Actions job leaks? Please check:\n"
        "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      SLACK_TOKEN: ⟦SLACK_TOKEN|xoxp-51855369391-228977506446-A9i03oEUjvfdPSVFhtXmDk8U⟧\n"
        '    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/notify.sh "Deploy ${{ github.sha }}"',
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Ist der Workflow so okay? Secrets kommen aus dem Repo:\n"
        "name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-24.04\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - run: npm ci && npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "aws s3 ls says InvalidClientTokenId. My ~/.aws/credentials:\n"
        "[default]\naws_access_key_id = ⟦AWS_ACCESS_KEY|AKIA5QK4P5GDBPZN3IU6⟧\naws_secret_access_key = ⟦AWS_SECRET_KEY|D9jUMZVixM80dClHMgwa/c2TvBHI+2TtdvHVd644⟧\n"
        "region = eu-central-1\n\n[tax-desk-readonly]\nrole_arn = arn:aws:iam::123456789012:role/ReadOnly\nsource_profile = default",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": "npm install zwraca 401, co jest nie tak z .npmrc?\n"
        "registry=https://registry.npmjs.org/\n@komornik:registry=https://npm.pkg.github.com/\n"
        "//npm.pkg.github.com/:_authToken=⟦GITHUB_TOKEN|gho_kowJedYGAiH9EQc6FmeopOdpH8NbO1mwa9OZ⟧\nalways-auth=true",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "pip can't reach our private index. pip.conf:\n[global]\n"
        "index-url = https://__token__:${PIP_INDEX_TOKEN}@pypi.example.internal/simple\ntimeout = 30\ntrusted-host = pypi.example.internal",
    },
    {
        "kind": "code",
        "language": "it",
        "text": "Perché pip dà 403? /etc/pip.conf sul server dello studio:\n[global]\n"
        "extra-index-url = https://deploy:⟦PASSWORD|kiwi-kiwi-staple6⟧@nexus.studio-example.it/repository/pypi-internal/simple\n",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "This curl to the glucose API returns 403, why?\n"
        'curl -s https://api.example-cgm.com/v2/readings?from=2026-01-01 \\\n  -H "Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NTU5NiIsImlhdCI6MTc5NTEwNTA3Mn0.T-uiYLyn2jd_oCn2qPm7rVhr00Zt6zGKQLmnAgoDSxw⟧" \\\n'
        '  -H "Accept: application/json"',
    },
    {
        "kind": "code",
        "language": "es",
        "text": "¿Por qué este curl devuelve 401? Es la API de intérpretes:\n"
        'curl -X POST https://api.example-interpretes.es/v1/bookings \\\n  -H "Authorization: Bearer $INTERP_TOKEN" \\\n'
        '  -H "Content-Type: application/json" \\\n  -d \'{"language":"wo","court":"JI-4-MLG","date":"2026-03-17T10:00"}\'',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Extract the failing request from this HAR excerpt:\n"
        '{"request": {"method": "GET", "url": "https://maps.example.com/api/geocode?address=depot",\n'
        ' "headers": [{"name": "X-Goog-Api-Key", "value": "⟦GOOGLE_API_KEY|AIzaUrBrgpUiVVcKbI4fP-w-jZmEik2jKMilwy8⟧"},\n'
        '  {"name": "User-Agent", "value": "DialysisDispatch/3.4"}]},\n "response": {"status": 400, "statusText": "Bad Request"}}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Postman collection snippet, is the auth set up correctly?\n"
        '{"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},\n'
        ' "variable": [{"key": "baseUrl", "value": "https://staging.assembly.example.org"}, {"key": "accessToken", "value": ""}]}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "docker login output from our CI log, is this a problem?\n"
        '$ echo "⟦GITHUB_TOKEN|ghp_9VtNmRCJDTlsDMXTuhv0z9zSuGJRHSJWUc84⟧" | docker login ghcr.io -u ci-football-academy --password-stdin\n'
        "WARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.\nLogin Succeeded",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'docker login works locally but not in the pipeline:\n$ docker login registry.example.eu -u "$REG_USER" --password-stdin < /run/secrets/reg_pass\n'
        'Error response from daemon: Get "https://registry.example.eu/v2/": unauthorized: incorrect username or password',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Jupyter cell output from the trial analytics notebook, why does the second call fail?\n"
        'In [4]: client = OpenAI(api_key="⟦OPENAI_API_KEY|sk-dLU6SYSr2sKPfx4IHfff0KLVsILVbaKghV76LzAq9PetA8pZ⟧")\n'
        "In [5]: client.models.list()\nOut[5]: SyncPage[Model](data=[Model(id='gpt-4o-mini', ...)])\n"
        "In [6]: df = pd.read_parquet('s3://trial-data/arm_b.parquet')\nNoCredentialsError: Unable to locate credentials",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Notebook output, describe the table for the slide:\n"
        "In [12]: df.groupby('site').enrolled.sum()\nOut[12]:\nsite\nLeeds        48\nSheffield    35\nYork         22\n"
        "Name: enrolled, dtype: int64",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Explain this stack trace from the court-interpreter booking service, what's the root cause?\n"
        "2026-02-19 09:14:07.331 ERROR 1 --- [nio-8081-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() for servlet "
        "[dispatcherServlet] threw exception\n"
        "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint "
        "[uk_booking_interpreter_slot]\n"
        "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:294)\n"
        "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:233)\n"
        "\tat org.springframework.dao.support.PersistenceExceptionTranslationInterceptor.invoke(PersistenceExceptionTranslationInterceptor.java:152)\n"
        "\tat eu.example.interp.booking.BookingService$$SpringCGLIB$$0.reserve(<generated>)\n"
        "\tat eu.example.interp.booking.BookingController.create(BookingController.java:61)\n"
        "Caused by: org.hibernate.exception.ConstraintViolationException: could not execute statement\n"
        "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:95)\n"
        "\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:56)\n"
        "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "
        '"uk_booking_interpreter_slot"\n  Detail: Key (interpreter_id, slot_start)=(4711, 2026-02-19 09:30:00) already exists.\n'
        "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)\n"
        "\t... 87 common frames omitted\n"
        "trace_id=4f1c9e2a7b3d4e5f8a6b0c1d2e3f4a5b span_id=9a8b7c6d5e4f3a2b",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Startup crash, config dump is in the trace. What's wrong?\n"
        "java.lang.IllegalStateException: Failed to load ApplicationContext for [WebMergedContextConfiguration]\n"
        "Caused by: org.springframework.beans.factory.BeanCreationException: Error creating bean 'dataSource': "
        "jdbc:mysql://db.hardship-fund.local:3306/fund?user=fund_rw&password=⟦PASSWORD|nube-regen-kiwi95⟧&useSSL=false\n"
        "Caused by: java.net.UnknownHostException: db.hardship-fund.local",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "config.py for the tax-desk bot, review:\n"
        'import os\n\nSTRIPE_KEY = os.environ["STRIPE_KEY"]\nTWILIO_SID = os.getenv("TWILIO_ACCOUNT_SID", "AC_xxxxxxxxxxxxxxxx")\n'
        'TWILIO_TOKEN = os.getenv("TWILIO_AUTH_TOKEN", "<your-token-here>")\nBUILD = "3f9a2c1e"  # git short sha',
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "Waarom faalt deze upload naar Azure? settings.py fragment:\n"
        'AZURE_ACCOUNT_NAME = "jeugdzorgdocs"\n'
        'AZURE_ACCOUNT_KEY = "⟦AZURE_KEY|V0t6FKuzp6MZ3Zso9rKeYXNFgOqQSLV68lAzU90po9nJGrL4VaNSIZi/PSuVrh86dypCUm2eCcYBogM+n8CN9g==⟧"\n'
        'AZURE_CONTAINER = "dossiers"\nSECRET_KEY = "⟦GENERIC_SECRET|django-insecure-!&0u*b%cr(2q(_v!g1)bqu)@^%4ecor5=(gwzacryga&zj3fw&⟧"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Found this in a support ticket attachment (deploy key for the shelter's intake server). Should we revoke?\n"
        "⟦PRIVATE_KEY|-----BEGIN RSA PRIVATE KEY-----\n"
        "A9Oa7UoHOHFASMOkaXYBqlyvxw5WZ8W1dEqr4q59D1gBvWC6ZopIVJx7emFrzDdD\n"
        "BmwdWBbS7c79zTxZg0ziY3PPbjfgvOlKyxTJeWlSi72QAwHwLFnNs3DD26qw5qGk\n"
        "K3z87qtdxnBxVc1XINJACZVRdmd8SqhFt3OeCD/ktbD6tbhMrrDM75WEOrJLHkuJ\n"
        "9zHFzkLGsQ4ME2jZmpHke+l5IlnO6MyDMUU5htoh4gG+LnOjpzPPf2r36aRgRaNR\n"
        "A04Y68b0g+quQr6bCVl5EYEqyrsXxOTE1UeO0M4SvMW71E/OP1Iwi+3CHIbnk7qK\n"
        "-----END RSA PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Write a unit test for this function:\n"
        "def hardship_grant(income: float, household: int) -> int:\n    threshold = 1_150 + 420 * (household - 1)\n"
        "    if income >= threshold:\n        return 0\n    return min(300, round((threshold - income) * 0.25))",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "CI log, can you tell why the migration step is skipped?\n"
        '2026-03-02T07:41:13Z run_id=8812345 job=migrate status=skipped reason="no changes" commit=a4c1e9f07b2d\n'
        "2026-03-02T07:41:14Z request_id=0c7d2b91-5e3a-4f8c-9d16-b2a4e7f03c58 deploy env=staging image=portal:2.14.1\n"
        "2026-03-02T07:41:15Z + curl -fsS -H 'Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyOTUwOCIsImlhdCI6MTYzNzQyNDExOH0.u7vVsXlc58jsoxEO8a3jJxBZp8UwIg9mjT-8rhXgVx0⟧' https://staging.example.org/healthz",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Explique ce webhook Twilio dans notre code :\n"
        "TWILIO_ACCOUNT_SID=AC4e1f0b2c9d8a7e6f5b4c3d2e1f0a9b8c\nTWILIO_API_KEY=⟦API_KEY|SK0b7c17836fc30ad5f2da6167e55c9930⟧\n"
        "TWILIO_FROM=+33 7 56 00 00 00 # numéro de test",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "gh api keeps returning 401 with this fine-grained token, is the scope the problem?\n"
        "export GH_TOKEN=⟦GITHUB_TOKEN|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⟧\n"
        "gh api repos/example/assembly-site/actions/runs --jq '.workflow_runs[0].status'",
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Zahlungen im Mandantenportal der Steuerkanzlei schlagen fehl, hier die values-prod.yaml:\n"
        "payments:\n  provider: stripe\n  publishableKey: pk_live_51Hx0000000000000000000000\n"
        "  secretKey: ⟦STRIPE_KEY|sk_live_zkT29VSkws2Rp9mMRyqDXI8CV2RbY3P80F⟧\n  webhookPath: /hooks/stripe\nreplicaCount: 1",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Our npm publish from the shelter's intake-form repo fails with E403. .npmrc in the repo root:\n"
        "//registry.npmjs.org/:_authToken=⟦API_KEY|npm_Q7wLk29XbTz4RfVn8PjS1cHd6YmGa0UeKx3O⟧\nengine-strict=true\nsave-exact=true",
    },
]
