"""Hand-written code texts of the tuning split fresh29: booking, claims, pharmacy, home-care, parish, union and charity software: models, settings, scripts, fixtures, CI and logs."""

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "language": "en",
        "text": """class Appointment(models.Model):
    class Status(models.TextChoices):
        BOOKED = "booked"
        ARRIVED = "arrived"
        DNA = "dna", "Did not attend"
        CANCELLED = "cancelled"

    practice = models.ForeignKey("practices.Practice", on_delete=models.PROTECT)
    clinician = models.ForeignKey("staff.Clinician", null=True, on_delete=models.SET_NULL)
    patient = models.ForeignKey("patients.Patient", on_delete=models.CASCADE, related_name="appointments")
    slot_start = models.DateTimeField(db_index=True)
    duration_minutes = models.PositiveSmallIntegerField(default=10)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.BOOKED)
    reason_code = models.CharField(max_length=8, blank=True)  # SNOMED CT refset, never free text

    class Meta:
        ordering = ["slot_start"]
        constraints = [models.UniqueConstraint(fields=["clinician", "slot_start"], name="one_patient_per_slot")]""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """# settings/production.py
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["claims.harbourline.example", "claims-internal.svc"]

STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY")

DATABASES = {"default": dj_database_url.config(env="DATABASE_URL", conn_max_age=600)}
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """# .env.example - copy to .env and fill in. Never commit .env!
DATABASE_URL=postgres://pharmacy:changeme@localhost:5432/pharmacy_dev
REDIS_URL=redis://localhost:6379/0
OPENAI_API_KEY=sk-your-key-here
STRIPE_SECRET_KEY=sk_test_your_key_here
GOOGLE_MAPS_API_KEY=
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ
SENTRY_DSN=""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """# settings/local.py -- TODO move to vault before go-live
SECRET_KEY = "⟦GENERIC_SECRET|vml7^($hc*6vw^t&!gh(p1rf2@e8vtdx3)0ascssseyr-n^dfs⟧"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "homecare_rota",
        "USER": "rota_app",
        "PASSWORD": "⟦PASSWORD|Lato1998.⟧",
        "HOST": "pg-primary.svc",
        "PORT": "5432",
    }
}""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """-- V37__claims_tables.sql
CREATE TABLE claim (
    id              BIGSERIAL PRIMARY KEY,
    claim_ref       VARCHAR(16) NOT NULL UNIQUE,      -- e.g. CLM-2025-044817
    policy_id       BIGINT NOT NULL REFERENCES policy(id),
    provider_id     BIGINT REFERENCES provider(id),
    ccsd_code       VARCHAR(10),
    amount_pence    INTEGER NOT NULL CHECK (amount_pence >= 0),
    status          VARCHAR(20) NOT NULL DEFAULT 'received',
    received_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX claim_policy_status_idx ON claim (policy_id, status);""",
    },
    {
        "kind": "code",
        "language": "de",
        "text": """// Öffnungszeiten der Apotheke anzeigen; Notdienst kommt aus der Kammer-API
export function Oeffnungszeiten({ zeiten, notdienst }) {
  const heute = new Date().getDay(); // 0 = Sonntag
  return (
    <table className="oeffnungszeiten">
      <tbody>
        {zeiten.map((z) => (
          <tr key={z.tag} className={z.tag === heute ? "heute" : undefined}>
            <th>{z.label}</th>
            <td>{z.geschlossen ? "geschlossen" : `${z.von}–${z.bis} Uhr`}</td>
          </tr>
        ))}
      </tbody>
      {notdienst && <caption>Heute Notdienst bis 8:30 Uhr am Folgetag</caption>}
    </table>
  );
}""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """# committed by mistake in deploy/.env.production (rotated? check with infra)
AWS_ACCESS_KEY_ID=⟦AWS_ACCESS_KEY|AKIA6G5XEXUOPE2UA4OV⟧
AWS_SECRET_ACCESS_KEY=⟦AWS_SECRET_KEY|B4XvYOPfVykDsk1KmerLOgIr2X5OnG4PQA408igk⟧
AWS_DEFAULT_REGION=eu-west-2
S3_BUCKET_REFERRALS=gp-referrals-prod-euw2""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """ICD10_CHAPTER_LABELS = {
    "E10": "Type 1 diabetes mellitus",
    "E11": "Type 2 diabetes mellitus",
    "F32": "Depressive episode",
    "G35": "Multiple sclerosis",
    "I10": "Essential (primary) hypertension",
    "J45": "Asthma",
    "M54.5": "Low back pain",
}


def label_for(code: str) -> str:
    \"\"\"Human-readable label for an ICD-10 code, falling back to the three-character category.\"\"\"
    return ICD10_CHAPTER_LABELS.get(code) or ICD10_CHAPTER_LABELS.get(code[:3], "Unknown code")""",
    },
    {
        "kind": "code",
        "language": "nl",
        "text": """# Stuurt een melding naar #dienstapotheek als de koelkasttemperatuur buiten 2-8 °C komt
import requests

SLACK_TOKEN = "⟦SLACK_TOKEN|xoxb-21718797116-480192278436-NMczuxI1ZdaFxoYIR3BVYDG4⟧"
KANAAL = "C04KOELKAST"


def meld_afwijking(sensor_id: str, temperatuur: float) -> None:
    tekst = f":thermometer: Sensor {sensor_id}: {temperatuur:.1f} °C – vaccins in quarantaine zetten!"
    requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": f"Bearer {SLACK_TOKEN}"},
        json={"channel": KANAAL, "text": tekst},
        timeout=5,
    )""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements/test.txt
      - run: pytest -q
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """from openai import OpenAI

# quick prototype: turn discharge letters into plain-English summaries for the patient portal
client = OpenAI(api_key="⟦OPENAI_API_KEY|sk-proj-4OT1WH58G9IGOr8yIWqLXmOD1xUv0omUIfQ_G218OUKk3LVjhjRuxORwLnAIUqQmRpQZgFJ9SP⟧")

PROMPT = "Summarise this hospital discharge letter for the patient in plain English, max 120 words."


def summarise(letter_text: str) -> str:
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": letter_text}],
        temperature=0.2,
    )
    return response.choices[0].message.content""",
    },
    {
        "kind": "code",
        "language": "it",
        "text": """// Calcola gli slot liberi per la campagna vaccinale (15 minuti, pausa pranzo esclusa)
function slotLiberi(apertura, chiusura, prenotati, durata = 15) {
  const slot = [];
  for (let t = apertura; t + durata <= chiusura; t += durata) {
    const inPausa = t >= 13 * 60 && t < 14 * 60;
    if (!inPausa && !prenotati.has(t)) slot.push(t);
  }
  return slot; // minuti dalla mezzanotte, es. 540 = 09:00
}""",
    },
    {
        "kind": "code",
        "language": "es",
        "text": """# Pasarela de donaciones de la ONG (modo pruebas)
import stripe

stripe.api_key = "⟦STRIPE_KEY|sk_test_EfxIhzFssvrOz8eStACNOCvTJvr0tFSS3v⟧"


def crear_sesion_donativo(importe_eur: int, campana: str) -> str:
    sesion = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{
            "price_data": {"currency": "eur", "unit_amount": importe_eur * 100,
                           "product_data": {"name": f"Donativo {campana}"}},
            "quantity": 1,
        }],
        success_url="https://dona.ejemplo.org/gracias",
        cancel_url="https://dona.ejemplo.org/",
    )
    return sesion.url""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements/base.txt .
RUN pip install --no-cache-dir -r base.txt
COPY . .
RUN python manage.py collectstatic --noinput
USER 10001
EXPOSE 8000
CMD ["gunicorn", "booking.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]""",
    },
    {
        "kind": "code",
        "language": "de",
        "text": """#!/usr/bin/env bash
# Spiegelt das private Repo mit den Pflegeplan-Vorlagen auf den Build-Server.
# TODO: Token in den Secret-Store verschieben!
set -euo pipefail
GH_TOKEN="⟦GITHUB_TOKEN|ghp_20WQkjat6AOLs4JEq4eNiP6fPauJBbWYdcaD⟧"
git clone --mirror "https://x-access-token:${GH_TOKEN}@github.com/pflegedienst-heideblick/pflegeplan-vorlagen.git" /srv/mirror/vorlagen.git""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """def test_invoice_number_is_sequential(invoice_factory):
    first = invoice_factory(practice_code="GP-0417")
    second = invoice_factory(practice_code="GP-0417")
    assert first.number == "INV-2025-00417"
    assert second.number == "INV-2025-00418"
    assert first.public_id == UUID("5f0c2a9e-7b1d-4c5e-9a3f-1e2d3c4b5a69")
    assert first.pdf_sha256 == "9b74c9897bac770ffc029102a200c5de1c7f1b3d2e8d0f6a1b2c3d4e5f607182"
    assert second.total == Decimal("64.50")""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """### Get visits for one carer (copied from Postman, remove before pushing)
GET https://api.coastlinehomecare.example/v2/rota/visits?date=2025-06-16
Accept: application/json
Authorization: Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NjMzMCIsImlhdCI6MTc0MjYyODAzN30.x1THcO_p2zwGLAwagSp537JI9gOppLJMrZV7_DTFV9Y⟧""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """2025-06-18T07:02:11.482Z INFO  booking.api  request_id=7c1e9a0b method=GET path=/v1/slots?practice=GP-0417 status=200 duration_ms=38
2025-06-18T07:02:12.019Z INFO  booking.api  request_id=1f04d22c method=POST path=/v1/appointments status=201 duration_ms=114
2025-06-18T07:02:12.377Z WARN  booking.sms  request_id=1f04d22c provider=twilio retry=1 reason="429 Too Many Requests"
2025-06-18T07:02:13.905Z INFO  booking.sms  request_id=1f04d22c provider=twilio status=queued sid=SM8e1c0f7d2b
2025-06-18T07:03:00.000Z INFO  scheduler    job=send_reminders sent=412 failed=3 next_run=2025-06-18T08:00:00Z""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """# group_vars/pharmacy_hosts/vault.yml  (NOT encrypted yet - run ansible-vault encrypt!)
deploy_user: deploy
deploy_ssh_private_key: |
  ⟦PRIVATE_KEY|-----BEGIN RSA PRIVATE KEY-----
  wTKWy+Ax5/DN5QUWziajgpF3JrgscQH0A4UKjA0XECBt86zpUC/4piipSKTkEmqJ
  BLvLQa2tdCsScHhcP453sotlJtCoxcp/4pe8cP7f2IYo3XGdxJCdEp8rIUqC5eDN
  8DMFazx2X+Ry2Ht6Pk7urGMB9yKg1r54/A5LtgUoJFEpqiDw5cz+2wj3spwIZXDK
  +UME5Qz+R4cmToVsfpuCFwTPbBbbcAtOhT9tHz034rMW7xjjEAvYmCoBo3JAk7Yo
  OC3hdFglJWbN+FH3R+48spKaQvmsVfd8vaf/gRezp3pvx/HwSFrK89WXEwouJzsA
  -----END RSA PRIVATE KEY-----⟧""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """resource "aws_db_instance" "claims" {
  identifier              = "claims-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.m6g.large"
  allocated_storage       = 200
  username                = "claims_admin"
  password                = var.claims_db_password
  storage_encrypted       = true
  backup_retention_period = 35
  deletion_protection     = true
}""",
    },
    {
        "kind": "code",
        "language": "fr",
        "text": """# Stockage des ordonnances numérisées (conteneur Azure) – config de recette
AZURE_STORAGE_CONNECTION_STRING = (
    "DefaultEndpointsProtocol=https;AccountName=ordonnancesrecette;"
    "AccountKey=⟦AZURE_KEY|LMd7wT69A3UfcEMmB5YTxESXBKUigWpPyXs6JIqClPnOBEnQ5bxrUct1uwCwMXgPQQEqTxjK5JQZQOvZkraw3Q==⟧;"
    "EndpointSuffix=core.windows.net"
)
CONTENEUR_ORDONNANCES = "ordonnances-scan"
DUREE_CONSERVATION_JOURS = 1095  # 3 ans, cf. politique de conservation""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient(api_key="⟦API_KEY|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⟧")


def send_reminder(to_address: str, when: str, practice: str) -> int:
    message = Mail(
        from_email="no-reply@reminders.example",
        to_emails=to_address,
        subject=f"Reminder: your appointment at {practice}",
        html_content=f"<p>Your appointment is on <strong>{when}</strong>. Reply CANCEL to cancel.</p>",
    )
    return sg.send(message).status_code""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """<script>
  // Pharmacy finder on the landing page
  const MAPS_KEY = "⟦GOOGLE_API_KEY|AIzaQMlqEk_vFt2e3ZZ9t-RTFH5nBcOitYmAz-g⟧";
  const s = document.createElement("script");
  s.src = `https://maps.googleapis.com/maps/api/js?key=${MAPS_KEY}&libraries=places&callback=initFinder`;
  s.async = true;
  document.head.appendChild(s);
</script>""",
    },
    {
        "kind": "code",
        "language": "pl",
        "text": """# fixtures/pacjenci_demo.py – dane z produkcji do odtworzenia błędu #4412, USUNĄĆ po naprawie!
PACJENCI = [
    {
        "imie_nazwisko": "⟦PERSON|Teodora Krawczyk-Adamiak⟧",
        "pesel": "⟦PL_PESEL|58060476927⟧",
        "rozpoznanie": "⟦HEALTH_DATA|przewlekła obturacyjna choroba płuc⟧",
        "telefon": "⟦PHONE_NUMBER|+48 512 903 471⟧",
    },
    {
        "imie_nazwisko": "⟦PERSON|Ignacy Wołoszyn⟧",
        "pesel": "⟦PL_PESEL|49102326911⟧",
        "rozpoznanie": "⟦HEALTH_DATA|niewydolność serca NYHA III⟧",
        "telefon": None,
    },
]""",
    },
    {
        "kind": "code",
        "language": "de",
        "text": """-- Testdaten Klientenverwaltung (Kopie aus Prod, Ticket PFL-2291) – vor Merge löschen!
INSERT INTO klient (name, geburtsdatum, svnr, anschrift, pflegestufe, diagnose) VALUES
  ('⟦PERSON|Anneliese Hochleitner⟧', '⟦DATE_OF_BIRTH|1991-11-03⟧', '⟦AT_SVNR|6112 031191⟧', '⟦STREET_ADDRESS|Lederergasse 21, 4020 Linz⟧', 4, '⟦HEALTH_DATA|Spina bifida, Rollstuhlnutzerin⟧');""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """from twilio.rest import Client

# SMS reminders for the parish food bank volunteers
TWILIO_ACCOUNT_SID = "AC0f2b7e9c41d8a3e6b5c7d9e1f3a5b7c9"
TWILIO_AUTH_TOKEN = "⟦API_KEY|95c5a987221e6fa7a8a77a8bc6a9cc90⟧"
DB_URL = "postgresql://foodbank:⟦PASSWORD|tulp-fiume-fiume25⟧@db.internal:5432/volunteers"

client = Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """func prescriptionStatus(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "prescriptionID")
	p, err := store.Prescription(r.Context(), id)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "prescription not found", http.StatusNotFound)
		return
	}
	if err != nil {
		log.Printf("prescription %s: %v", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"id": p.ID, "status": p.Status, "ready_from": p.ReadyFrom.Format(time.RFC3339)})
}""",
    },
    {
        "kind": "code",
        "language": "en",
        "text": """# union membership app: mailer config (staging) - the same key is on prod, rotate both
MAILGUN_DOMAIN = "mg.members.example.org"
MAILGUN_API_KEY = "⟦API_KEY|key-431231bdfaa1c7f5a858aa9cff640694⟧"
BALLOT_FROM = "Ballot Office <ballot@mg.members.example.org>"
BALLOT_OPENS = "2025-09-01T08:00:00+01:00"
BALLOT_CLOSES = "2025-09-29T17:00:00+01:00"  # results announced 1 October""",
    },
]
