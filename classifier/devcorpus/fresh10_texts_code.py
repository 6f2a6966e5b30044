"""Hand-written code, config and log texts of the ``fresh10`` split: what services paste into a prompt."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": "Why does the iOS build fail to load the key? Info.plist:\n<key>MapsApiKey</key>\n"
        "<string>⟦GOOGLE_API_KEY|AIzaSyD4q7Rk2mXc9VbT0wLp3sHe8uYfJn1oQzA⟧</string>\n<key>CFBundleVersion</key>\n<string>4.12.0</string>",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Review this Info.plist, keys come from the xcconfig:\n<key>RoamingApiBase</key>\n<string>$(ROAMING_API_BASE)</string>\n"
        "<key>RoamingApiKey</key>\n<string>$(ROAMING_API_KEY)</string>",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "local.properties accidentally committed, what should I rotate?\nsdk.dir=/Users/kuba/Library/Android/sdk\n"
        "RELEASE_STORE_PASSWORD=⟦PASSWORD|Trzask!Mewa2026⟧\nRELEASE_KEY_ALIAS=hallpoint-release",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "build.gradle.kts question: why is versionCode not bumped?\nandroid {\n    defaultConfig {\n        applicationId = "
        '"eu.boxoffice.tickets"\n        versionCode = 311\n        versionName = "3.11.0"\n    }\n}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "React Native .env for the canteen app, why is Supabase 401?\nSUPABASE_URL=https://qxwtrmnbplkd.supabase.co\n"
        "SUPABASE_ANON_KEY=⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJhbm9uIiwiaWF0IjoxNzM1Njg5NjAwfQ.Xk2vR7pQ9sLmT4wYc8NhB3eJf6uZa1Dg0KiOqW5tHyE⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Explain this .env.example to a new dev:\nSUPABASE_URL=\nSUPABASE_ANON_KEY=\nSENTRY_DSN=\nFEATURE_DIET_FORM=true",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "firebase config from the hospice rota web app, is it safe to ship?\nconst firebaseConfig = {\n  apiKey: "
        '"⟦GOOGLE_API_KEY|AIzaSyBm8Wq3ZpK0tRx7VnL2cYhE5uDj9sGa4oF⟧",\n  authDomain: "rota-hospicjum.firebaseapp.com",\n'
        '  projectId: "rota-hospicjum",\n  appId: "1:58204417733:web:9ac3d1e0b7f24c55"\n};',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'netlify.toml, why are redirects ignored?\n[build]\n  command = "npm run build"\n  publish = "dist"\n\n'
        '[[redirects]]\n  from = "/tickets/*"\n  to = "/.netlify/functions/tickets/:splat"\n  status = 200',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'vercel env pull output, trim to what the campaign site needs:\nVERCEL_ENV="development"\nSTRIPE_SECRET_KEY="'
        '⟦STRIPE_KEY|sk_live_51QmZt4KpR8vXw2LcYb9NhEa3Tg7UdJf0sWq6Ro1Pz5Ik⟧"\nNEXT_PUBLIC_SITE="https://vote-achebe.org"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Cloudflare deploy step fails with 10000 auth error:\n- name: Publish\n  run: npx wrangler deploy\n  env:\n"
        "    CLOUDFLARE_API_TOKEN: ⟦API_KEY|q8Zt3Vn-Lw5Kp0Rx7YbGc2Hj9Ms4Ud1FeTa6NoWi⟧\n    CLOUDFLARE_ACCOUNT_ID: 9c41e2d7b03a4f8e81d6a5c2f0b7e913",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'wrangler.toml review:\nname = "fair-exhibitors"\nmain = "src/index.ts"\ncompatibility_date = "2026-01-15"\n'
        '[vars]\nAPI_TOKEN = "${CLOUDFLARE_API_TOKEN}"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "docker stack deploy says secret not found:\nsecrets:\n  db_password:\n    external: true\nservices:\n  api:\n"
        "    image: removals/api:2.8.1\n    secrets: [db_password]",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "I ran this on the swarm manager, is it logged anywhere?\n$ printf '⟦PASSWORD|Lombard#Zastaw77⟧' | docker secret create pawn_db_pw -\n"
        "k3w9z1p0vq8rte5yx2nb7m4cd",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'Consul KV dump, which keys are sensitive?\n[\n  {"key": "housing/api/log_level", "value": "info"},\n'
        '  {"key": "housing/api/smtp_password", "value": "⟦PASSWORD|Akademik-Baltyk-9!⟧"},\n  {"key": "housing/api/region", "value": "eu-central-1"}\n]',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "consul acl token read output, is this the accessor or the secret?\nAccessorID:       6f1d2c84-3b7e-4a90-9e15-c2d87b4f0a63\n"
        "Description:      ci deploy\nLocal:            false\nCreate Time:      2026-01-09 08:14:22 +0000 UTC",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'pymongo.errors.OperationFailure: bad auth. URI from settings:\nMONGO_URI = "mongodb+srv://genealogy_app:'
        '⟦PASSWORD|r00tl1ne-K4szuby⟧@cluster0.x7kq2.mongodb.net/kits?retryWrites=true"',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Explain the connection options: mongodb://${MONGO_USER}:${MONGO_PASS}@mongo-0:27017,mongo-1:27017/?replicaSet=rs0&authSource=admin",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Elasticsearch slow log, why is this query slow?\n[2026-01-20T11:02:41,118][WARN ][index.search.slowlog.query] "
        '[es-data-2] [licences][3] took[4.2s], source[{"query":{"match":{"user.name":"⟦PERSON|Zbigniew Okoń⟧"}}}], '
        'user={"email":"⟦EMAIL_ADDRESS|z.okon@rybacy-pomorze.pl⟧","pesel":"⟦PL_PESEL|92032877512⟧"}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'ES cluster health, is yellow a problem?\n{"cluster_name":"probation-logs","status":"yellow",'
        '"number_of_nodes":3,"active_shards":118,"unassigned_shards":4,"task_max_waiting_in_queue_millis":0}',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'Traceback (most recent call last):\n  File "/app/booking/access.py", line 88, in reserve_seat\n    '
        "seat = hall.pick(row, needs)\nValueError: no wheelchair space left in row K\n\nLocals:\n  customer = "
        "{'name': '⟦PERSON|Harriet Olumide⟧', 'phone': '⟦PHONE_NUMBER|07812 330 561⟧', 'card': '⟦CREDIT_CARD|5522 0041 3377 8894⟧'}\n"
        "  needs = ['⟦HEALTH_DATA|wheelchair⟧', 'companion']\n  row = 'K'",
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'Traceback (most recent call last):\n  File "/srv/removals/quote.py", line 41, in price\n    return base * '
        "FLOOR_FACTOR[floor]\nKeyError: 11\n\nLocals:\n  base = 480.0\n  floor = 11\n  trace_id = '4bf92f3577b34da6a3ce929d0e0e4736'",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "Slack webhook sender for the helpline rota, why 403?\nimport requests\nSLACK_BOT_TOKEN = "
        '"⟦SLACK_TOKEN|xoxb-5820441773-9034127755012-Qw7Lp2Zx9Vk4Rt8Yn3Bc6Hm1⟧"\nrequests.post(URL, headers={"Authorization": f"Bearer {SLACK_BOT_TOKEN}"})',
    },
    {
        "kind": "code",
        "language": "en",
        "text": 'config/settings.py (clean, placeholders only), any issue?\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n'
        'AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID", "<set-me>")\nDEBUG = False\nALLOWED_HOSTS = ["fair.example.org"]',
    },
    {
        "kind": "code",
        "language": "en",
        "text": "GitHub Actions secret leaked in logs? git log shows commit 3f9a1c7e2b and this line:\n"
        "export GH_TOKEN=⟦GITHUB_TOKEN|ghp_R4tQz8Lm2Vx7Kc0Wn5Yb9Hs3Pd6Jf1Ga8EoU⟧",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "requirements pinning question: why does pip pick urllib3 2.2.3 when I set boto3==1.35.40 and sentry-sdk==2.19.0?",
    },
    {
        "kind": "code",
        "language": "en",
        "text": "docker-compose.yml for local dev, placeholders fine?\nservices:\n  db:\n    image: postgres:16\n    environment:\n"
        "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_pw\n  cache:\n    image: redis:7-alpine",
    },
]
