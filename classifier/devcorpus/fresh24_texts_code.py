"""Split ``fresh24``, code: LIMS and ELN integrations, instrument drivers, MES/SCADA, HPC, Jupyter and R/Python pipelines, written whole (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    {
        "kind": "code",
        "text": """# lims-bridge/.env  (staging, do not commit!!)
DJANGO_SETTINGS_MODULE=limsbridge.settings.staging
DJANGO_SECRET_KEY=⟦GENERIC_SECRET|16l0o4#6*l_g@fpr36zy4_g%58*mphg0k95f^=!se_t92++b*@⟧
DATABASE_URL=postgres://limsbridge:⟦PASSWORD|Pipette-Kolben77!⟧@pg-lims-stg.internal:5432/limsbridge
LIMS_BASE_URL=https://lims-stg.lab.internal/api/v2
LIMS_API_KEY=⟦API_KEY|lmsk_5f1c9e02d7a84b3e9c61a0f2b7d4e8c3⟧
SENDGRID_API_KEY=⟦API_KEY|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⟧
SAMPLE_ID_PREFIX=ST
CELERY_BROKER_URL=redis://redis-stg:6379/3""",
    },
    {
        "kind": "code",
        "text": """# lims-bridge/.env.example - copy to .env and fill in
DJANGO_SETTINGS_MODULE=limsbridge.settings.local
DJANGO_SECRET_KEY=change-me
DATABASE_URL=postgres://limsbridge:<password>@localhost:5432/limsbridge
LIMS_BASE_URL=https://lims.example.org/api/v2
LIMS_API_KEY=
SENDGRID_API_KEY=<your-sendgrid-key>
SAMPLE_ID_PREFIX=ST
CELERY_BROKER_URL=redis://localhost:6379/0""",
    },
    {
        "kind": "code",
        "text": """#!/bin/bash
#SBATCH --job-name=abstract-screen
#SBATCH --partition=gpu-a100
#SBATCH --gres=gpu:1
#SBATCH --time=04:00:00
#SBATCH --mem=64G
#SBATCH --output=logs/%x_%j.out

module purge
module load python/3.11 cuda/12.2
source $HOME/venvs/litscreen/bin/activate

# TODO move to a secrets file, this is my personal key
export OPENAI_API_KEY=⟦OPENAI_API_KEY|sk-v6IMpOb5yrIQYvX0tgkoAQtjniahSLgVNGryCo58mEL4HqQU⟧

srun python screen_abstracts.py \\
    --input data/pubmed_2024_q3.jsonl \\
    --criteria criteria/sr_biomarkers_v4.yaml \\
    --out results/screen_${SLURM_JOB_ID}.parquet""",
    },
    {
        "kind": "code",
        "text": """#!/bin/bash
#SBATCH --job-name=gmx-membrane
#SBATCH --nodes=2
#SBATCH --ntasks-per-node=64
#SBATCH --cpus-per-task=2
#SBATCH --time=48:00:00
#SBATCH --account=proj-biophys-0417
#SBATCH --output=%x-%j.log

module load gromacs/2024.2-mpi
export OMP_NUM_THREADS=$SLURM_CPUS_PER_TASK

cd $SCRATCH/membrane_sim/run07
srun gmx_mpi mdrun -deffnm npt_prod -cpi npt_prod.cpt -maxh 47.5 -dlb yes
# checksum of the input topology for the ELN entry
sha256sum topol.top > topol.sha256""",
    },
    {
        "kind": "code",
        "text": """# ~/.jupyter/jupyter_server_config.py on the shared analysis box (lab-nb-02)
c = get_config()  # noqa
c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8890
c.ServerApp.open_browser = False
c.ServerApp.token = "⟦GENERIC_SECRET|7d3f0b9c2e41a8f65c0d97e3b1a24f8c6e5d09b7a3c1f2e4⟧"
# password hash generated with jupyter_server.auth.passwd()
c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$Qm9iYnlMYWJTYWx0MTIz$u2y8c3n9mYQxk1pK5fJrGw"
c.ServerApp.root_dir = "/data/shared/notebooks\"""",
    },
    {
        "kind": "code",
        "text": """# jupyter_server_config.py (JupyterHub single-user image for the imaging core)
import os

c = get_config()  # noqa
c.ServerApp.ip = "127.0.0.1"
c.ServerApp.token = os.environ["JUPYTER_TOKEN"]
c.ServerApp.allow_origin = "https://hub.imaging-core.example.org"
c.ContentsManager.allow_hidden = False
c.FileContentsManager.delete_to_trash = True
c.ServerApp.root_dir = os.environ.get("NB_ROOT", "/home/jovyan/work")""",
    },
    {
        "kind": "code",
        "text": """# .Renviron  (project: qpcr-pipeline)
R_LIBS_USER=~/R/library/4.4
LABKEY_BASE_URL=https://labkey.institute.internal/labkey
LABKEY_API_KEY=⟦API_KEY|apikey|a91f3c07be5d4e2f8c16b0d9e7a3f5c2⟧
GITHUB_PAT=⟦GITHUB_TOKEN|ghp_ADHEQWBObOHGorUSzyfAw6y3FiEoCQarP4IE⟧
TZ=Europe/Vienna""",
    },
    {
        "kind": "code",
        "text": """# _targets.R - qPCR relative quantification pipeline
library(targets)
library(tarchetypes)
tar_option_set(packages = c("dplyr", "readr", "ggplot2", "broom"))

list(
  tar_target(raw_file, "data/run_2025-03-11_plate4.csv", format = "file"),
  tar_target(raw, readr::read_csv(raw_file, show_col_types = FALSE)),
  tar_target(clean, raw |> dplyr::filter(!is.na(Cq), Cq < 38)),
  tar_target(ddct, compute_ddct(clean, reference = "GAPDH", control = "vehicle")),
  tar_target(fit, broom::tidy(lm(log2fc ~ treatment * timepoint, data = ddct))),
  tar_quarto(report, "reports/plate4.qmd")
)""",
    },
    {
        "kind": "code",
        "text": """name: eln-plugin-release
on:
  push:
    tags: ["v*"]
jobs:
  build-and-upload:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: ⟦AWS_ACCESS_KEY|AKIATU6OXYHMDAZLAPR3⟧
      AWS_SECRET_ACCESS_KEY: ⟦AWS_SECRET_KEY|0+uH2HEle6EQbR8rIHaV3h+8RSYyJyHUG6ULwbEG⟧
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: aws s3 cp dist/eln-chem-drawer-${GITHUB_REF_NAME}.zip s3://eln-plugins-release/""",
    },
    {
        "kind": "code",
        "text": """name: eln-plugin-release
on:
  push:
    tags: ["v*"]
permissions:
  id-token: write
  contents: read
jobs:
  build-and-upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: ${{ secrets.ELN_RELEASE_ROLE_ARN }}
          aws-region: eu-central-1
      - run: npm ci && npm run build
      - run: aws s3 cp dist/eln-chem-drawer-${GITHUB_REF_NAME}.zip s3://${{ vars.PLUGIN_BUCKET }}/""",
    },
    {
        "kind": "code",
        "text": """apiVersion: v1
kind: Secret
metadata:
  name: mes-connector
  namespace: fab-mes
type: Opaque
stringData:
  MES_DB_USER: mes_rw
  MES_DB_PASSWORD: ⟦PASSWORD|Waferstepper#2291⟧
  HISTORIAN_URL: https://historian.fab2.internal/piwebapi
  HISTORIAN_TOKEN: ⟦GENERIC_SECRET|hst_9QzK2vLr8TwXc4NbYp7MdF3sJ6HgA1eU⟧
  EQUIPMENT_GROUP: LITHO-BAY-C""",
    },
    {
        "kind": "code",
        "text": """apiVersion: apps/v1
kind: Deployment
metadata:
  name: mes-connector
  namespace: fab-mes
spec:
  replicas: 2
  selector:
    matchLabels: {app: mes-connector}
  template:
    metadata:
      labels: {app: mes-connector}
    spec:
      containers:
        - name: connector
          image: registry.fab2.internal/mes/connector@sha256:4be1c0a97f3d2e58b6a1c9d07e4f3b2a18c5d6e7f9a0b1c2d3e4f5a6b7c8d9e0
          env:
            - name: MES_DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: mes-connector, key: MES_DB_PASSWORD}
            - name: HISTORIAN_TOKEN
              valueFrom:
                secretKeyRef: {name: mes-connector, key: HISTORIAN_TOKEN}""",
    },
    {
        "kind": "code",
        "text": """# terraform.tfvars - biobank image archive (prod)
location              = "westeurope"
resource_group_name   = "rg-biobank-archive-prod"
storage_account_name  = "stbiobankarchive01"
# temporary, until the key vault reference works
storage_account_key   = "⟦AZURE_KEY|WC8l9p6XN8f7/nnpbv8vA3389+Hsdh6cvWgb/zcmHUOWuQbYwT0wcb5Z61deets9kpbAGtJZlsRxWFrkKI24Aw==⟧"
retention_days        = 3650
tags = {
  owner       = "biobank-it"
  cost_center = "CC-4471"
}""",
    },
    {
        "kind": "code",
        "text": """variable "storage_account_key" {
  type      = string
  sensitive = true
}

data "azurerm_key_vault_secret" "archive_key" {
  name         = "biobank-archive-key"
  key_vault_id = azurerm_key_vault.biobank.id
}

resource "azurerm_storage_container" "wsi" {
  name                  = "whole-slide-images"
  storage_account_name  = azurerm_storage_account.archive.name
  container_access_type = "private"
}

output "archive_container_id" {
  value = azurerm_storage_container.wsi.id
}""",
    },
    {
        "kind": "code",
        "text": """-- pg_dump excerpt, trial_site_db, table recruitment.prescreening (exported for the sponsor by mistake)
COPY recruitment.prescreening (id, full_name, dob, phone, email, primary_condition, ethnicity_self_reported, status) FROM stdin;
4101	⟦PERSON|Philippa Oyinlola-Garth⟧	⟦DATE_OF_BIRTH|1961-08-14⟧	⟦PHONE_NUMBER|+44 7700 914 263⟧	⟦EMAIL_ADDRESS|pip.garth61@btconnect-mail.co.uk⟧	⟦HEALTH_DATA|heart failure (HFrEF, EF 32%)⟧	⟦ETHNIC_ORIGIN|Black British - Nigerian⟧	eligible
4102	⟦PERSON|Leofric Tamsett⟧	⟦DATE_OF_BIRTH|1957-02-03⟧	⟦PHONE_NUMBER|+44 7700 118 520⟧	\\N	⟦HEALTH_DATA|heart failure, atrial fibrillation on apixaban⟧	⟦ETHNIC_ORIGIN|White Irish⟧	screen_fail
4103	⟦PERSON|Harjinder Sahota-Bright⟧	⟦DATE_OF_BIRTH|1966-11-29⟧	⟦PHONE_NUMBER|+44 7700 362 918⟧	⟦EMAIL_ADDRESS|h.sahota.bright@outlook-mail.com⟧	⟦HEALTH_DATA|HFpEF, type 2 diabetes⟧	⟦ETHNIC_ORIGIN|British Indian (Punjabi)⟧	consented
\\.""",
    },
    {
        "kind": "code",
        "text": """-- V014__sample_tracking.sql
CREATE TABLE sample (
    sample_id      VARCHAR(20) PRIMARY KEY,          -- e.g. ST-2025-004511
    subject_code   VARCHAR(12) NOT NULL,             -- pseudonym from the trust office, never a name
    matrix         VARCHAR(16) NOT NULL CHECK (matrix IN ('serum', 'plasma', 'buffy_coat', 'dna', 'rna')),
    collected_at   TIMESTAMPTZ NOT NULL,
    freezer_pos    VARCHAR(24),                      -- F07/R3/B12/A4
    consent_scope  VARCHAR(32) NOT NULL DEFAULT 'broad',
    withdrawn      BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_sample_subject ON sample (subject_code);
INSERT INTO sample VALUES ('ST-2025-000001', 'BB7K2Q9', 'serum', '2025-01-07 08:12:00+01', 'F01/R1/B01/A1', 'broad', FALSE);""",
    },
    {
        "kind": "code",
        "text": """\"\"\"Upload plate-reader exports to the vendor's cloud (quick hack, replace before go-live).\"\"\"
import requests

VENDOR_API = "https://api.platecloud.example/v1"
API_KEY = "⟦API_KEY|pck_live_8HfT2nWq9ZxR4vLm6KsJ3dPy7GbC5aE1⟧"  # Lab 3.012 account
READER_SERIAL = "SYN-H1-2209-0457"


def upload(path: str) -> str:
    with open(path, "rb") as fh:
        resp = requests.post(
            f"{VENDOR_API}/instruments/{READER_SERIAL}/runs",
            headers={"X-Api-Key": API_KEY},
            files={"export": fh},
            timeout=60,
        )
    resp.raise_for_status()
    return resp.json()["run_id"]""",
    },
    {
        "kind": "code",
        "text": """import serial

# RS-232 driver for the analytical balance in the weighing room (MT-SICS subset)
class Balance:
    def __init__(self, port: str = "/dev/ttyUSB0", baudrate: int = 9600) -> None:
        self.conn = serial.Serial(port, baudrate=baudrate, bytesize=8, parity="N", stopbits=1, timeout=2)

    def stable_weight(self) -> tuple[float, str]:
        self.conn.write(b"S\\r\\n")
        reply = self.conn.readline().decode("ascii").split()
        # reply looks like: ['S', 'S', '12.3456', 'g']
        if reply[:2] != ["S", "S"]:
            raise RuntimeError(f"unstable or error reply: {reply}")
        return float(reply[2]), reply[3]

    def tare(self) -> None:
        self.conn.write(b"T\\r\\n")""",
    },
    {
        "kind": "code",
        "text": """2025-04-02T09:41:17.204Z INFO  lims-gateway req=7f3a91c2 POST /api/v2/results user=⟦EMAIL_ADDRESS|kwame.ostrowski-hale@biochem.uni-example.eu⟧ instrument=QTOF-02 samples=96
2025-04-02T09:41:17.206Z DEBUG lims-gateway req=7f3a91c2 headers={"Content-Type": "application/json", "Authorization": "Bearer ⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5ODk3MiIsImlhdCI6MTYyNTY0ODcxMn0.2XSPtp0--mA8v0CLwfAzs4Nu2zuLL8pddlqCmpkwaKA⟧"}
2025-04-02T09:41:17.512Z WARN  lims-gateway req=7f3a91c2 3 results rejected: sample ST-2025-004511 status=DISPOSED
2025-04-02T09:41:17.514Z INFO  lims-gateway req=7f3a91c2 201 Created in 310 ms""",
    },
    {
        "kind": "code",
        "text": """2025-04-02T11:02:44.018Z INFO  mes-connector trace=4f9c2d1e8a7b6c5d equipment=LITHO-C07 event=LOT_START lot=W25-1184.03 recipe=M1_193i_v12
2025-04-02T11:02:44.101Z INFO  mes-connector trace=4f9c2d1e8a7b6c5d equipment=LITHO-C07 event=RETICLE_LOAD reticle=RT-0093-M1 slot=2
2025-04-02T11:19:07.553Z WARN  mes-connector trace=4f9c2d1e8a7b6c5d equipment=LITHO-C07 event=OVERLAY_OOS x_nm=4.8 y_nm=3.1 limit_nm=4.5
2025-04-02T11:19:07.560Z INFO  mes-connector trace=4f9c2d1e8a7b6c5d equipment=LITHO-C07 event=LOT_HOLD reason=SPC-OVL-ALARM owner=shift-B""",
    },
    {
        "kind": "code",
        "text": """Traceback (most recent call last):
  File "/opt/eln-sync/sync.py", line 88, in <module>
    main()
  File "/opt/eln-sync/sync.py", line 71, in main
    engine = create_engine(cfg["db_url"], pool_pre_ping=True)
  File "/opt/eln-sync/.venv/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line 602, in create_engine
    u = _url.make_url(url)
sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string 'postgresql+psycopg//eln_sync:⟦PASSWORD|Kryo$tat-Lager4⟧@eln-db.lab.internal:5432/eln'
Locals at frame main: cfg={'db_url': 'postgresql+psycopg//eln_sync:⟦PASSWORD|Kryo$tat-Lager4⟧@eln-db.lab.internal:5432/eln', 'batch': 500}""",
    },
    {
        "kind": "code",
        "text": """Traceback (most recent call last):
  File "/srv/pipelines/flow_cytometry/gate.py", line 142, in <module>
    run(args.fcs_dir, args.panel)
  File "/srv/pipelines/flow_cytometry/gate.py", line 119, in run
    comp = sample.compensate(spill)
  File "/srv/pipelines/flow_cytometry/.venv/lib/python3.11/site-packages/flowkit/_models/sample.py", line 441, in compensate
    raise ValueError("Spillover matrix channels do not match sample channels")
ValueError: Spillover matrix channels do not match sample channels
Locals at frame run: fcs_dir='/data/fcm/2025-03-27_panelB', panel='T-cell-12c', n_files=48""",
    },
    {
        "kind": "code",
        "text": """[
  {"model": "reimbursement.payout", "pk": 301, "fields": {"subject_code": "112-004", "payee_name": "⟦PERSON|Rosamund Iheanacho⟧", "method": "card", "card_number": "⟦CREDIT_CARD|4972 6367 6260 5894⟧", "amount_eur": "150.00", "visit": "V4"}},
  {"model": "reimbursement.payout", "pk": 302, "fields": {"subject_code": "112-009", "payee_name": "⟦PERSON|Gustavo Ferreira Lobato⟧", "method": "sepa", "iban": "⟦IBAN_CODE|PT23 2719 7434 2020 9807 9515 1⟧", "amount_eur": "75.00", "visit": "V2"}},
  {"model": "reimbursement.payout", "pk": 303, "fields": {"subject_code": "112-011", "payee_name": "⟦PERSON|Marit Solvang-Eder⟧", "method": "card", "card_number": "⟦CREDIT_CARD|2242-7827-1381-1724⟧", "amount_eur": "225.00", "visit": "V6"}}
]""",
    },
    {
        "kind": "code",
        "text": """# freezer_alarm.py - posts -80 C freezer alarms from the BMS to #lab-alerts
import os

from slack_sdk import WebClient

SLACK_BOT_TOKEN = "⟦SLACK_TOKEN|xoxb-53239313954-864274331913-RzjLQJq0dJzbUKq4Dn8wr2wn⟧"
CHANNEL = "#lab-alerts"
client = WebClient(token=SLACK_BOT_TOKEN)


def notify(freezer_id: str, temp_c: float) -> None:
    client.chat_postMessage(channel=CHANNEL, text=f":rotating_light: {freezer_id} at {temp_c:.1f} C (limit -70 C)")


if __name__ == "__main__":
    notify(os.environ.get("FREEZER_ID", "ULT-07"), float(os.environ.get("TEMP_C", "-62.4")))""",
    },
    {
        "kind": "code",
        "text": """FROM rocker/r-ver:4.4.1

ARG QUARTO_VERSION=1.5.57
ENV RENV_PATHS_CACHE=/renv/cache

RUN apt-get update && apt-get install -y --no-install-recommends libxml2-dev libcurl4-openssl-dev && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL -o /tmp/quarto.deb https://github.com/quarto-dev/quarto-cli/releases/download/v${QUARTO_VERSION}/quarto-${QUARTO_VERSION}-linux-amd64.deb \\
    && dpkg -i /tmp/quarto.deb && rm /tmp/quarto.deb

WORKDIR /project
COPY renv.lock renv.lock
RUN R -e "install.packages('renv'); renv::restore()"
COPY . .
CMD ["Rscript", "-e", "targets::tar_make()"]""",
    },
    {
        "kind": "code",
        "language": "de",
        "text": """# opcua-client.yaml - Anbindung Gefriertrocknungsanlage GT-3 an das MES (Werk Süd)
endpoint: opc.tcp://gt3-plc.produktion.local:4840
security_policy: Basic256Sha256
security_mode: SignAndEncrypt
# Benutzer für Lesezugriff, Passwort bitte nicht ändern, sonst fällt die Chargenaufzeichnung aus
username: mes_reader
password: ⟦PASSWORD|Lyo!Kammer2023⟧
client_certificate: /etc/opcua/certs/mes-client.der
client_private_key: |
  ⟦PRIVATE_KEY|-----BEGIN PRIVATE KEY-----
  +GW+pFizNiNdu/BMRDmmuqyajSEOADaP2F2k/bzHDnHTMrfrMLc7J4FRz6XorT+o
  O++QWwF94Hrg8lR/95LX4H+3Tm24soRtjROePzPW/OTa2hCoX34NDj1N/1//8kAG
  KuYFVqgwjVZfRMBXSnTeArwbMN5nmvVEzeFUT7BOw081MCtguMlDwmZ2jpKBdsej
  lVz1H6cw7SNWeuG5d4G76x8XQMsD+S+lHyCMztPBVpvleXUk
  -----END PRIVATE KEY-----⟧
nodes:
  - ns=3;s=GT3.Kammer.Druck_mbar
  - ns=3;s=GT3.Stellflaeche.Temp_C
  - ns=3;s=GT3.Kondensator.Temp_C""",
    },
    {
        "kind": "code",
        "text": """# alertmanager + prometheus rules: cleanroom particle counters (ISO 5 fill line)
groups:
  - name: cleanroom
    rules:
      - alert: ParticlesOverAlertLimit
        expr: particle_count_0_5um{room="FL-ISO5"} > 3520 * 0.8
        for: 2m
        labels: {severity: warning, area: aseptic}
        annotations:
          summary: "0.5 um particles at {{ $value }} per m3 in {{ $labels.room }}"
receivers:
  - name: qa-oncall
    webhook_configs:
      - url: ${QA_ONCALL_WEBHOOK_URL}
        http_config:
          authorization: {credentials_file: /etc/alertmanager/secrets/qa-oncall-token}""",
    },
    {
        "kind": "code",
        "text": """// expo-tickets/config/production.js - booth booking shop for the lab-automation trade fair
module.exports = {
  port: 8080,
  currency: "EUR",
  stripe: {
    secretKey: "⟦STRIPE_KEY|sk_live_MboPQJvHeyMtcNkLNGS8d2GA⟧",
    webhookTolerance: 300,
  },
  maps: {
    // hall plan + venue directions
    apiKey: "⟦GOOGLE_API_KEY|AIzaPrQbDmGfHEYh6YOuWquF4X-HUYfbkxwafpc⟧",
  },
  boothCategories: ["row", "corner", "island"],
};""",
    },
    {
        "kind": "code",
        "text": """# .github/workflows/R-CMD-check.yaml for the in-house package 'platereadr'
on: [push, pull_request]
name: R-CMD-check
jobs:
  check:
    runs-on: ${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
    env:
      GITHUB_PAT: ${{ secrets.GITHUB_TOKEN }}
      R_KEEP_PKG_SOURCE: yes
    steps:
      - uses: actions/checkout@v4
      - uses: r-lib/actions/setup-r@v2
      - uses: r-lib/actions/setup-r-dependencies@v2
        with:
          extra-packages: any::rcmdcheck
      - uses: r-lib/actions/check-r-package@v2""",
    },
]
