"""Hand-written code texts of the tuning split fresh28: web shops, store systems, delivery and booking back ends of consumer businesses."""

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": """# .env – brightwell-shop (production)
DEBUG=False
ALLOWED_HOSTS=brightwell.co.uk,www.brightwell.co.uk
DATABASE_URL=postgres://shop:⟦PASSWORD|i95DbAjvh^DLEx1yy⟧@pg-primary.svc:5432/brightwell
DJANGO_SECRET_KEY=⟦GENERIC_SECRET|rq6g(#gwkwdl(_iui(9n%381q7^j3+v#bs^2m^m#t$@6h-9z@k⟧
STRIPE_SECRET_KEY=⟦STRIPE_KEY|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⟧
SENDGRID_API_KEY=⟦API_KEY|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⟧
DEFAULT_FROM_EMAIL=orders@brightwell.co.uk
REWARDS_POINTS_PER_POUND=1""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """# .env.example – copy to .env and fill in your own values
DEBUG=True
DATABASE_URL=postgres://app:changeme@localhost:5432/shop_dev
DJANGO_SECRET_KEY=replace-me
STRIPE_SECRET_KEY=sk_test_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_xxx
SENDGRID_API_KEY=
DEFAULT_FROM_EMAIL=noreply@example.com
# Rewards programme
REWARDS_POINTS_PER_POUND=1
REWARDS_EXPIRY_MONTHS=24""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """// TODO: move to a shared profile before merging – quick hack for the Black Friday load test
provider "aws" {
  region     = "eu-west-1"
  access_key = "⟦AWS_ACCESS_KEY|AKIA2JREG64JJ5BC5QYY⟧"
  secret_key = "⟦AWS_SECRET_KEY|2StiOYKUETTsLpHcjL/uaPD2UJ00+C+C0Y8eCHew⟧"
}

resource "aws_s3_bucket" "product_images" {
  bucket = "novaaudio-product-images-prod"
  tags = {
    team = "storefront"
  }
}""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """from django.db import models


class Shipment(models.Model):
    class Carrier(models.TextChoices):
        DPD = "dpd", "DPD"
        ROYAL_MAIL = "royal_mail", "Royal Mail"
        EVRI = "evri", "Evri"

    order = models.ForeignKey("orders.Order", on_delete=models.CASCADE, related_name="shipments")
    carrier = models.CharField(max_length=20, choices=Carrier.choices)
    tracking_number = models.CharField(max_length=40, db_index=True)  # e.g. 15501234987654
    dispatched_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    def tracking_url(self) -> str:
        if self.carrier == self.Carrier.DPD:
            return f"https://track.dpd.co.uk/parcels/{self.tracking_number}"
        return f"https://www.royalmail.com/track-your-item#/tracking-results/{self.tracking_number}\"""",
    },
    {
        "kind": "code",
        "language": "de",
        "text": """import openai

# Produkttexte für den Onlineshop automatisch erzeugen (nur Entwürfe, Redaktion prüft!)
client = openai.OpenAI(api_key="⟦OPENAI_API_KEY|sk-proj-Uss88GadulF1DAX3j9_CLfvO1OpUYQZm_7gFhmbUFFObZTYJAK9GgStYGJecFEmj0JBifXz2du⟧")

PROMPT = (
    "Schreibe einen kurzen, sachlichen Produkttext (max. 80 Wörter) für: {name}. "
    "Merkmale: {merkmale}. Keine Superlative, Sie-Form."
)


def produkttext(artikel: dict) -> str:
    antwort = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(**artikel)}],
    )
    return antwort.choices[0].message.content


print(produkttext({"name": "Akku-Bohrschrauber ProFix 18V", "merkmale": "2 Gänge, 60 Nm, LED"}))""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """-- Returns per store and reason, last full month
SELECT s.store_code,
       s.city,
       r.reason_code,
       COUNT(*)                          AS returns,
       SUM(r.refund_amount)              AS refunded_gbp,
       ROUND(AVG(r.days_since_purchase)) AS avg_days
FROM returns r
JOIN stores s ON s.id = r.store_id
WHERE r.created_at >= date_trunc('month', now()) - interval '1 month'
  AND r.created_at <  date_trunc('month', now())
  AND r.sku NOT LIKE 'GIFT-%'
GROUP BY s.store_code, s.city, r.reason_code
ORDER BY refunded_gbp DESC
LIMIT 50;""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """name: release-notes
on:
  push:
    tags: ["v*"]
jobs:
  notes:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Publish release notes
        env:
          # FIXME temporary, the org secret wasn't picked up
          GH_TOKEN: ⟦GITHUB_TOKEN|ghp_8oEsCqPaJIOkNw5g0nsOIKcxHB1N2CeYUuex⟧
        run: gh release create "$GITHUB_REF_NAME" --generate-notes --repo kassaflow/pos-app""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """name: deploy-storefront
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - name: Deploy
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
        run: npm run deploy -- --stage prod""",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": """// Carte des boutiques Maison Bérard – page /magasins
// Clé restreinte au domaine maisonberard.fr (à vérifier dans la console GCP)
const MAPS_KEY = "⟦GOOGLE_API_KEY|AIzaQWIMCkvfT4A7CjGyV447i9PbfCyAMZrhFbU⟧";

const boutiques = [
  { ville: "Lyon", adresse: "rue de la République", horaires: "10h-19h30" },
  { ville: "Angers", adresse: "place du Ralliement", horaires: "10h-19h" },
  { ville: "Lille", adresse: "rue Neuve", horaires: "10h-19h30" },
];

function chargerCarte() {
  const script = document.createElement("script");
  script.src = `https://maps.googleapis.com/maps/api/js?key=${MAPS_KEY}&callback=initCarte`;
  document.head.appendChild(script);
}""",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": """from decimal import ROUND_HALF_UP, Decimal

# Taux de TVA applicables en France métropolitaine
TAUX_TVA = {
    "normal": Decimal("0.20"),
    "intermediaire": Decimal("0.10"),  # restauration sur place
    "reduit": Decimal("0.055"),  # produits alimentaires, boulangerie
}


def prix_ttc(prix_ht: Decimal, categorie: str = "normal") -> Decimal:
    \"\"\"Prix toutes taxes comprises, arrondi au centime.\"\"\"
    taux = TAUX_TVA[categorie]
    return (prix_ht * (1 + taux)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# Exemple : baguette tradition à 1,14 € HT -> 1,20 € TTC
assert prix_ttc(Decimal("1.14"), "reduit") == Decimal("1.20")""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """import requests

SLACK_TOKEN = "⟦SLACK_TOKEN|xoxb-83773917794-145447050257-DdC9XuORzIbYTXO4aUpim09d⟧"
CHANNEL = "#stock-alerts"


def alert_low_stock(sku: str, store: str, qty: int) -> None:
    \"\"\"Post to Slack when a store drops below its reorder point.\"\"\"
    text = f":warning: {sku} at {store}: only {qty} left"
    requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": f"Bearer {SLACK_TOKEN}"},
        json={"channel": CHANNEL, "text": text},
        timeout=5,
    )


alert_low_stock("NOVA-X2-GRA", "Leeds White Rose", 3)""",
    },
    {
        "kind": "code",
        "language": "de",
        "text": """[
  {
    "model": "kunden.kunde",
    "pk": 1,
    "fields": {
      "vorname": "⟦PERSON|Hannelore⟧",
      "nachname": "⟦PERSON|Brückmann-Yilmaz⟧",
      "email": "⟦EMAIL_ADDRESS|hannelore.brueckmann@gmx.de⟧",
      "telefon": "⟦PHONE_NUMBER|0221 4706 1183⟧",
      "strasse": "⟦STREET_ADDRESS|Neusser Straße 219⟧",
      "plz": "50733",
      "ort": "Köln",
      "iban": "⟦IBAN_CODE|DE72 0804 7127 3645 9148 26⟧",
      "kundenkarte": "FP-0044718",
      "newsletter": true
    }
  }
]""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """# Reproduce ticket #4471: order history endpoint returns 500 for Gold tier members
curl -s https://api.brightwell.co.uk/v2/customers/me/orders?page=2 \\
  -H "Accept: application/json" \\
  -H "Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMTQ3OSIsImlhdCI6MTc0Njg5MzkxNH0.7upkuzCpTKBvL_ZRZIc4aDnlQNT-WIPBcajwquCd1Ht⟧" | jq '.results[] | {number, status, total}'""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """import hashlib
import uuid

import pytest

from orders.services import idempotency_key, split_order_number


def test_split_order_number():
    assert split_order_number("BW-5530912") == ("BW", 5530912)


@pytest.mark.parametrize("raw", ["bw-5530912", " BW-5530912 "])
def test_split_order_number_normalises(raw):
    assert split_order_number(raw) == ("BW", 5530912)


def test_idempotency_key_is_stable():
    order_id = uuid.UUID("3f2b8c1e-9a7d-4e25-b0c4-6d8e1f9a2b37")
    key = idempotency_key(order_id, "order.paid")
    assert key == hashlib.sha256(b"3f2b8c1e-9a7d-4e25-b0c4-6d8e1f9a2b37:order.paid").hexdigest()""",
    },
    {
        "kind": "code",
        "language": "it",
        "text": """from azure.storage.blob import BlobServiceClient

# Caricamento foto prodotti MobilCasa sul container "catalogo"
# (connessione diretta provvisoria, poi passiamo a Key Vault)
CONN = (
    "DefaultEndpointsProtocol=https;AccountName=mobilcasaimg;"
    "AccountKey=⟦AZURE_KEY|6LNiSdHAOdpGg8vVa1Kn4o4zz4W5/qZNtRCqDBDy1BeVtdefYYHpkvGvXbO6gwIOCQmF95PzoNUFa2huHL4r9Q==⟧;"
    "EndpointSuffix=core.windows.net"
)

servizio = BlobServiceClient.from_connection_string(CONN)
container = servizio.get_container_client("catalogo")

with open("divano-tevere-3posti.jpg", "rb") as foto:
    container.upload_blob("divani/tevere-3p.jpg", foto, overwrite=True)""",
    },
    {
        "kind": "code",
        "language": "it",
        "text": """from datetime import time

# Orari di apertura dei punti vendita (0 = lunedì)
ORARI = {
    0: (time(15, 30), time(19, 30)),  # lunedì solo pomeriggio
    1: (time(9, 0), time(19, 30)),
    2: (time(9, 0), time(19, 30)),
    3: (time(9, 0), time(19, 30)),
    4: (time(9, 0), time(19, 30)),
    5: (time(9, 0), time(20, 0)),
    6: None,  # domenica chiuso, tranne dicembre
}


def aperto(giorno: int, ora: time, dicembre: bool = False) -> bool:
    if giorno == 6 and dicembre:
        return time(10, 0) <= ora < time(13, 0)
    fascia = ORARI[giorno]
    return fascia is not None and fascia[0] <= ora < fascia[1]""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """apiVersion: v1
kind: Secret
metadata:
  name: storefront-tls
  namespace: shop-prod
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIDnzCCAoegAwIBAgIUQ0F8hJ2k7wXkZ2lbhN4u7sxLk9MwDQYJKoZIhvcNAQEL
    -----END CERTIFICATE-----
  tls.key: |
    ⟦PRIVATE_KEY|-----BEGIN PRIVATE KEY-----
    x1FhFJQ7CC61D7fWKqSNpkWXwItje0X7BBWqfAs/wt5YZT96ErJV6N7WLqtsMRBA
    cwla7jiMMoT4LJ45P4+koK+X7ukB2/GriyeRI3EXIZQIrhzPaJsriMEiq49JEAiD
    vsAB8wKc0s8oo7Eb1djFIT63lOm6kIYLrSK1l/yN1u2k62MhI0ts2Hm2NHknoSy7
    gIpbsiSm4FUFfk3CYBsjC5uIJ+QDqTwxwbCFSYsEMbs/eUr/
    -----END PRIVATE KEY-----⟧""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """server {
    listen 443 ssl http2;
    server_name shop.crumbandco.co.uk;

    ssl_certificate     /etc/letsencrypt/live/shop.crumbandco.co.uk/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/shop.crumbandco.co.uk/privkey.pem;

    location /static/ {
        alias /srv/crumb/static/;
        expires 30d;
        add_header Cache-Control "public, immutable";
    }

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto $scheme;
    }
}""",
    },
    {
        "kind": "code",
        "language": "es",
        "text": """from twilio.rest import Client

# Aviso por SMS cuando el repartidor sale con el pedido
ACCOUNT_SID = "AC3f9b2e7d81c04a6e9b5d2c7a1e8f4b06"
AUTH_TOKEN = "⟦API_KEY|84945d71d26b46115787d3d8e717e14f⟧"

cliente = Client(ACCOUNT_SID, AUTH_TOKEN)


def avisar_reparto(telefono: str, pedido: str, franja: str) -> None:
    cliente.messages.create(
        to=telefono,
        from_="+34910000000",
        body=f"SuperFresco: tu pedido {pedido} sale ya. Llegará entre {franja}.",
    )""",
    },
    {
        "kind": "code",
        "language": "es",
        "text": """from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class Estado(Enum):
    PENDIENTE = "pendiente"
    PREPARANDO = "preparando"
    EN_REPARTO = "en_reparto"
    ENTREGADO = "entregado"
    DEVUELTO = "devuelto"


@dataclass
class Pedido:
    numero: str  # p. ej. "7730218"
    tienda: str  # código de tienda, p. ej. "ZGZ-04"
    total_eur: float
    estado: Estado = Estado.PENDIENTE
    creado: datetime = field(default_factory=datetime.now)

    def puede_cancelarse(self) -> bool:
        return self.estado in (Estado.PENDIENTE, Estado.PREPARANDO)""",
    },
    {
        "kind": "code",
        "language": "nl",
        "text": """# settings/production.py – Keukenhuys webshop
# Orderbevestigingen en verzendmails gaan via Mailgun (EU-regio)
EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": "⟦API_KEY|d721bcb6a759d18f5e2510cc7f89d353-64ef2041-7c8fc878⟧",
    "MAILGUN_SENDER_DOMAIN": "mg.keukenhuys.nl",
    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
}
DEFAULT_FROM_EMAIL = "Keukenhuys <bestellingen@keukenhuys.nl>"
# Retourtermijn in dagen (wettelijk minimum is 14)
RETOUR_TERMIJN_DAGEN = 30""",
    },
    {
        "kind": "code",
        "language": "nl",
        "text": """-- seed voor de acceptatieomgeving (TODO: vervangen door nepdata, dit is een export uit productie!)
INSERT INTO klanten (id, naam, email, telefoon, postcode, huisnummer, klantkaart)
VALUES
  (1001, '⟦PERSON|Wilhelmina Kuipers-Baldé⟧', '⟦EMAIL_ADDRESS|w.kuipers.balde@kpnmail.nl⟧', '⟦PHONE_NUMBER|06 28 45 19 73⟧', '3082 KL', '41', 'DH-778120'),
  (1002, '⟦PERSON|Jurre Smeenk⟧', '⟦EMAIL_ADDRESS|jurresmeenk@hotmail.com⟧', '⟦PHONE_NUMBER|0570 61 24 98⟧', '7412 AB', '7', 'DH-778121');""",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": """# docker-compose.yml – środowisko testowe sklepu Meble Bosco
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: bosco
      POSTGRES_USER: bosco
      # hasło takie samo jak na produkcji, do zmiany!
      POSTGRES_PASSWORD: ⟦PASSWORD|fiume-regen-kot3⟧
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "⟦PASSWORD|dkPa2@yzSot?⟧"]
  web:
    build: .
    ports:
      - "8000:8000"
    depends_on: [db, redis]
volumes:
  pgdata:""",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": """# Koszt wysyłki paczkomatem w zależności od gabarytu (cennik od 1 marca)
GABARYTY = {
    "A": {"max_wysokosc_cm": 8, "cena_zl": 13.99},
    "B": {"max_wysokosc_cm": 19, "cena_zl": 14.99},
    "C": {"max_wysokosc_cm": 41, "cena_zl": 17.99},
}
DARMOWA_DOSTAWA_OD = 199.0


def koszt_wysylki(wysokosc_cm: float, wartosc_zamowienia: float) -> float:
    if wartosc_zamowienia >= DARMOWA_DOSTAWA_OD:
        return 0.0
    for gabaryt in ("A", "B", "C"):
        if wysokosc_cm <= GABARYTY[gabaryt]["max_wysokosc_cm"]:
            return GABARYTY[gabaryt]["cena_zl"]
    raise ValueError("Paczka za duża do paczkomatu – wybierz kuriera")""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """type Product = { sku: string; name: string; price: number; colours: string[] };

const lineup: Product[] = [
  { sku: "NOVA-X2", name: "Nova X2", price: 149, colours: ["Graphite", "Sage", "Chalk"] },
  { sku: "NOVA-X1", name: "Nova X1", price: 99, colours: ["Graphite"] },
  { sku: "NOVA-HP7", name: "Nova HP7 Over-Ear", price: 249, colours: ["Midnight", "Sand"] },
];

export function ProductCard({ product }: { product: Product }) {
  return (
    <article className="product-card" data-sku={product.sku}>
      <h3>{product.name}</h3>
      <p className="price">£{product.price}</p>
      <ul>{product.colours.map((c) => <li key={c}>{c}</li>)}</ul>
    </article>
  );
}""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """import boto3

# nightly job: push the till export to the finance bucket
session = boto3.Session(
    aws_access_key_id="⟦AWS_ACCESS_KEY|AKIAFSSMVTM7NPPCAVOA⟧",
    aws_secret_access_key="⟦AWS_SECRET_KEY|HpHtwSH/cawfj4UKSDx4SGwkXSfNLkKSBQiWWXQT⟧",
    region_name="eu-west-2",
)
s3 = session.client("s3")
s3.upload_file("/var/exports/tills/2024-05-14.csv", "greenacre-finance-drop", "tills/2024-05-14.csv")""",
    },
]
