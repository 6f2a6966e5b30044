"""Hand-written code, config and log texts of the ``fresh12`` split: what crewing, rescue, booking and claims teams paste into a prompt."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "Why does Ktor return 401 from the rota service? RotaClient.kt:\n\nobject RotaClient {\n"
        '    private const val BASE = "https://rota.crewlink.example/api/v2"\n'
        '    private const val API_KEY = "⟦API_KEY|ck_live_7Hq2Vd9RmW4xTn8LpZ3sKe6YbC1uJf0a⟧"\n\n'
        '    suspend fun shifts(vessel: String) = client.get("$BASE/vessels/$vessel/shifts") {\n'
        '        header("X-Api-Key", API_KEY)\n    }\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Kotlin data class for the accident report, is the @Serializable right?\n\n@Serializable\ndata class AccidentReport(\n"
        "    val bookingRef: String,\n    val vehicleId: String,\n    val occurredAt: Instant,\n    val injured: Boolean,\n"
        '    @SerialName("photo_ids") val photoIds: List<String> = emptyList(),\n)',
    },
    {
        "kind": "code",
        "language": "it",
        "text": "Perché Xcode dice che la chiave è nil? Config.swift dell'app prenotazioni terme:\n\nenum Config {\n"
        '    static let apiBase = URL(string: "https://api.terme-booking.example")!\n'
        '    static let stripeKey = "⟦STRIPE_KEY|sk_live_TlcIMOIPk2VUsgvkGwZnEqfj⟧"\n'
        '    static let mapsKey = "⟦GOOGLE_API_KEY|AIzaylmP9KRuxCsgzuhIujSLmOg07fhFxdhNXID⟧"\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "SwiftUI question, list doesn't refresh after booking:\n\nstruct HallListView: View {\n    @StateObject var model = HallViewModel()\n"
        "    var body: some View {\n        List(model.halls) { hall in\n            Text(hall.name)\n        }\n"
        "        .task { await model.load() }\n    }\n}",
    },
    {
        "kind": "code",
        "language": "de",
        "text": 'Bitte terraform.tfvars prüfen, bevor ich pushe:\n\nregion          = "eu-central-1"\nproject         = "bergwacht-meldungen"\n'
        'db_username     = "meldestelle"\ndb_password     = "⟦PASSWORD|Alpspitz!2962mW⟧"\n'
        'aws_access_key  = "⟦AWS_ACCESS_KEY|AKIAL7BHW7WFXEPPSHG4⟧"\naws_secret_key  = "⟦AWS_SECRET_KEY|HoM4IFzeulG0j3fMqnILjPpVoQRIG8Whd+wrPuoP⟧"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'Clean tfvars for the library catalogue, ok to commit?\n\nregion        = "eu-west-1"\ninstance_type = "t3.small"\n'
        'db_password   = var.db_password   # from SSM\nimage_digest  = "sha256:b464d6e64308b6df55f2ff9803b1e9af9ebfe068da510c3edda95a6ab71f3ddb"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "kubectl apply fails with 'illegal base64 data', what's wrong?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: crewing-db\n"
        "  namespace: crewing\ntype: Opaque\ndata:\n  username: Y3Jld19hZG1pbg==\n  password: ⟦GENERIC_SECRET|TWV3YSNSb3R0ZXJkYW0yMDI2⟧\n"
        "  DATABASE_URL: ⟦GENERIC_SECRET|cG9zdGdyZXM6Ly9jcmV3aW5nOlN4OSF0UXYyTG1QYUBwZy1jcmV3LmludGVybmFsOjU0MzIvY3Jld2luZw==⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "ConfigMap for the tele-monitoring gateway, review please:\n\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ecg-gateway\ndata:\n"
        '  LOG_LEVEL: "info"\n  ALERT_THRESHOLD_BPM: "140"\n  UPSTREAM: "http://ecg-ingest.monitoring.svc:8080"\n'
        '  TRACE_SAMPLE: "0.05"\n  BUILD_ID: "494100e4-2a25-40af-90a1-66baf04235b4"',
    },
    {
        "kind": "code",
        "language": "es",
        "text": "¿Por qué no arranca el contenedor de la cooperativa? docker-compose.yml:\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n"
        "      POSTGRES_USER: almazara\n      POSTGRES_PASSWORD: ⟦PASSWORD|Oliva.Picual#77⟧\n  app:\n    image: coop/temporeros:2.3.1\n"
        "    environment:\n      DATABASE_URL: postgres://almazara:⟦PASSWORD|Oliva.Picual#77⟧@db:5432/temporeros\n    depends_on: [db]",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "docker-compose for the sports hall booking, secrets via env file — anything missing?\n\nservices:\n  web:\n    image: hallbook/web:1.8.0\n"
        '    env_file: .env.production\n    environment:\n      - DB_PASSWORD=${DB_PASSWORD}\n      - SMTP_PASSWORD=${SMTP_PASSWORD}\n    ports: ["8080:8080"]',
    },
    {
        "kind": "code",
        "language": "fr",
        "text": 'Nginx renvoie 401 même avec le bon mot de passe, voici la conf et le .htpasswd :\n\nlocation /admin/ {\n    auth_basic "Thermes admin";\n'
        "    auth_basic_user_file /etc/nginx/.htpasswd;\n}\n\n# .htpasswd\nthermes:$apr1$Qm7x2Lk9$1vXgP0bTq3ZrN8cYhW5sd/",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'Our monitor calls the wine-tour admin like this and nginx logs 401:\n\ncurl -H "Authorization: Basic ⟦GENERIC_SECRET|cmVzY3VlX29wczp0dWxwLWJsdWUtaG9yc2UyMQ==⟧" https://admin.vinotours.example/health',
    },
    {
        "kind": "code",
        "language": "de",
        "text": 'Apache-Config für den Kursbereich der Diözese, warum fragt er nie nach dem Passwort?\n\n<Directory "/var/www/ehevorbereitung/intern">\n'
        '    AuthType Basic\n    AuthName "Kursleitung"\n    AuthUserFile /etc/apache2/.htpasswd-kurs\n    Require valid-user\n</Directory>',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'Celery can\'t connect, broker settings:\n\nCELERY_BROKER_URL = "amqp://claims:⟦PASSWORD|Pawsure-Rabbit-2026⟧@rabbit.claims.internal:5672/pets"\n'
        'CELERY_RESULT_BACKEND = "redis://:⟦PASSWORD|r3d1s-V3tClaims⟧@redis.claims.internal:6379/2"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "is this redis url format right for sentinel? REDIS_URL=redis+sentinel://sentinel-0:26379,sentinel-1:26379/mymaster/0 (password comes from REDIS_PASSWORD)",
    },
    {
        "kind": "code",
        "language": "nl",
        "text": "Spring Boot krijgt geen verbinding met de database van de bibliotheek, application.properties:\n\n"
        "spring.datasource.url=jdbc:postgresql://pg-bieb.intern:5432/catalogus?user=bieb_app&password=⟦PASSWORD|Leeszaal_2026!x⟧&ssl=true\n"
        "spring.jpa.hibernate.ddl-auto=validate",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": "Dlaczego JDBC nie łączy się z bazą GOPR? jdbc:mysql://db-gopr.local:3306/akcje?useSSL=true&serverTimezone=Europe/Warsaw, user i hasło z Vaulta.",
    },
    {
        "kind": "code",
        "language": "it",
        "text": "config.php del gestionale soccorso alpino, cosa c'è che non va?\n\n<?php\nreturn [\n    'db' => [\n        'host' => 'localhost',\n"
        "        'name' => 'soccorso',\n        'user' => 'cnsas_app',\n        'pass' => '⟦PASSWORD|Monviso3841!⟧',\n    ],\n"
        "    'mail' => ['sendgrid_key' => '⟦API_KEY|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⟧'],\n];",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "PHP config for the ski school site, values come from env, review:\n\n<?php\nreturn [\n    'db_pass' => getenv('DB_PASS'),\n"
        "    'stripe_secret' => getenv('STRIPE_SECRET'),\n    'cache_ttl' => 3600,\n    'release' => '5.2.7+g3f9a1c2',\n];",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'Go struct for the inspection report, tags look off:\n\ntype InspectionReport struct {\n\tCaseID    string    `json:"case_id" db:"case_id"`\n'
        '\tSite      string    `json:"site" db:"site"`\n\tVisitedAt time.Time `json:"visited_at" db:"visited_at"`\n'
        '\tFindings  []string  `json:"findings" db:"-"`\n\tFine      *float64  `json:"fine,omitempty" db:"fine"`\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'This Go config struct has defaults baked in, fine for prod?\n\nvar cfg = Config{\n\tGitHubToken: "⟦GITHUB_TOKEN|gho_BkoxhGPTNoZCnE7eDG1F6HXeRsWKPQZJgFDb⟧",\n'
        '\tSlackToken:  "⟦SLACK_TOKEN|xoxp-81104276027-012847451676-OAAoTy0MZhPZz0HSbMe1YU2c⟧",\n\tChannel:     "#crew-changes",\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Find the duplicate members in this dump:\n\nINSERT INTO readers (id, full_name, email, phone, card_no) VALUES\n"
        "(4101, '⟦PERSON|Rosalind Achterberg⟧', '⟦EMAIL_ADDRESS|r.achterberg@outlook.com⟧', '⟦PHONE_NUMBER|+44 7911 203 558⟧', 'LB-00412'),\n"
        "(4102, '⟦PERSON|Kwabena Oduro-Flint⟧', '⟦EMAIL_ADDRESS|kwabena.of@gmail.com⟧', NULL, 'LB-00413'),\n"
        "(4103, '⟦PERSON|Rosalind Achterberg⟧', '⟦EMAIL_ADDRESS|rosalind.achterberg@outlook.com⟧', '⟦PHONE_NUMBER|+44 7911 203 558⟧', 'LB-00977');",
    },
    {
        "kind": "code",
        "language": "es",
        "text": "Convierte este CSV de tripulantes portugueses a JSON:\n\nnome;nif;iban;funcao\n⟦PERSON|Rui Valadares Teixeira⟧;⟦PT_NIF|368813371⟧;⟦IBAN_CODE|PT24 9028 9357 0968 1940 4334 3⟧;cozinheiro\n"
        "⟦PERSON|Hélder Mascarenhas⟧;⟦PT_NIF|373472382⟧;;marinheiro",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "CSV export of hall bookings, sum hours per club:\n\nbooking_id,club,hall,date,hours\nHB-2201,TSV Nord,A,2026-01-12,2\n"
        "HB-2202,Futsal Vets,B,2026-01-12,1.5\nHB-2203,TSV Nord,A,2026-01-19,2",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Why is the user object logged in full? Fix the logger.\n\n2026-11-20T08:14:03Z INFO booking.created booking=WT-55120 "
        'user={"id":8812,"name":"⟦PERSON|Ottilie Rasmussen-Fage⟧","email":"⟦EMAIL_ADDRESS|ottilie.rf@posteo.de⟧",'
        '"card":"⟦CREDIT_CARD|5314 8131 4214 0967⟧","diet":"⟦RELIGIOUS_BELIEF|kosher⟧"} trace=7f3a9c01e2b44d8a',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'Sentry event from the pet-claims API, what caused it?\n\n{\n  "event_id": "c2f7d0e95a4b4c1f8e3b6a7d9012ef34",\n  "level": "error",\n'
        '  "exception": {"values": [{"type": "KeyError", "value": "\'invoice_total\'"}]},\n'
        '  "user": {"id": "5531", "email": "⟦EMAIL_ADDRESS|ines.albarracin@yahoo.es⟧", "username": "⟦PERSON|Inés Albarracín⟧"},\n'
        '  "request": {"headers": {"Authorization": "Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4MDI0MiIsImlhdCI6MTYzMjAyNTkzMn0.s1-Z_LOLuNgQOPGXtw15VS_rRIzghaA7KzQ1KMoVi0E⟧"}},\n'
        '  "release": "pet-claims@3.4.0"\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'Sentry breadcrumb, clean already? {"category": "http", "data": {"url": "/api/claims/[Filtered]", "status_code": 502}, "level": "warning", '
        '"event_id": "9b1e44a0d3c2475f9a06e8f1c7d2b3a5"}',
    },
    {
        "kind": "code",
        "language": "de",
        "text": "Deploy-Key aus der Mail von gestern, warum lehnt der Server ihn ab?\n\n⟦PRIVATE_KEY|-----BEGIN EC PRIVATE KEY-----\n"
        "H8asM84M1XZs2yrdz+pj5aPGFCsb6V2asB89tgxckWVpCix1ZxSBQerN6O+Qh6ex\nzkqPWBz+mX6kUOZ8XLHbkF9XoAFw4jgRuPNhhTazQDBTEgUEsBJXSKcGS5LzTokm\n"
        "gf1gbcO6P7uwzai0yanKNTotyV1mhya99WamoHNJrdR+2SEIkl75JNkKzT0wKdoR\nmbZQugzeC2Z3HjIy4ijTaxd2fGIEXYSvIC01m1k3wtt52n0B9QG7SFRnZ7hrnUIo\n"
        "OSGbJVrzYTGJpUqjuSPajBCs6vkvB/5AkVyD+e9IOn0XDlOC1k1W2kFVAAnJTwkx\n-----END EC PRIVATE KEY-----⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": ".env.example for the call-centre QA tool, explain each line:\n\nQA_DB_URL=postgres://qa:${QA_DB_PASSWORD}@localhost:5432/qa\nOPENAI_API_KEY=\n"
        "SPEECH_MODEL=whisper-large-v3\nSAMPLE_RATE=16000\nCOMMIT=3f9a1c2d7e",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "The QA transcriber fails with 'invalid api key', did I paste it wrong?\n\nOPENAI_API_KEY=⟦OPENAI_API_KEY|sk-proj-2fsYaPWVKkw8Wx0iap3MAw1FmWbKpZ4yEiabVchTr1ro27qnvsnaAmPpJixAT2wnfC3d_e5xpV⟧\nSPEECH_MODEL=whisper-large-v3",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": "Les logs du service de télésurveillance montrent ça, c'est normal ?\n\n2026-11-21 03:12:44 WARN alert.dispatch patient_id=CTM-88012 rhythm=AF "
        "hr=148 device=fw-2.11.4 queue=oncall-lyon retry=2",
    },
    {
        "kind": "code",
        "language": "es",
        "text": 'Logs de la app de bodegas, ¿por qué sale el usuario entero?\n\n[2026-10-02 19:40:11] ERROR PaymentFailed {"user":{"nombre":"⟦PERSON|Macarena Estrada Villalba⟧",'
        '"dni":"⟦ES_NIF|97676044-N⟧","tarjeta":"⟦CREDIT_CARD|3454 770734 24503⟧"},"importe":89.5,"tour":"Utiel-Requena"}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Azure blob connection for the crewing document store, works locally but not in CI:\n\nDefaultEndpointsProtocol=https;AccountName=crewdocs;"
        "AccountKey=⟦AZURE_KEY|6m7V5gazDWXQKP47Zj9n6hDnvr8DHgd4O2NYYORVRvg9rpLY0kbCEZV2iDaRta+daZclfw9RSeaHIEJdb7t3UQ==⟧;EndpointSuffix=core.windows.net",
    },
]
