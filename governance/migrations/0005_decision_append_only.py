"""Pre-flight decisions are append-only, like the audit log: the database refuses UPDATE, DELETE and TRUNCATE.

A decision row is what the dashboard, the reports and ``GET /api/v1/decisions/{id}``
show; its ``preflight.decision`` audit event is the evidence. No code path
changes a decision after the pre-flight writes it (the row and its event are
one INSERT statement), so no column transition needs to be allowed. Rows are
also bound one-to-one to their event: no two decisions may name the same
``audit_seq``. ``audit_verify`` compares every row with its event, which
catches a rewrite by a role that can switch these triggers off.
"""

from django.db import migrations, models

POSTGRES_FORWARD = """
CREATE OR REPLACE FUNCTION governance_decision_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'governance_decision is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER governance_decision_refuse_update_delete
    BEFORE UPDATE OR DELETE ON governance_decision
    FOR EACH ROW EXECUTE FUNCTION governance_decision_refuse_change();
CREATE TRIGGER governance_decision_refuse_truncate
    BEFORE TRUNCATE ON governance_decision
    FOR EACH STATEMENT EXECUTE FUNCTION governance_decision_refuse_change();
"""
POSTGRES_BACKWARD = """
DROP TRIGGER IF EXISTS governance_decision_refuse_truncate ON governance_decision;
DROP TRIGGER IF EXISTS governance_decision_refuse_update_delete ON governance_decision;
DROP FUNCTION IF EXISTS governance_decision_refuse_change();
"""
SQLITE_FORWARD = [
    """CREATE TRIGGER governance_decision_refuse_update BEFORE UPDATE ON governance_decision
       BEGIN SELECT RAISE(ABORT, 'governance_decision is append-only: UPDATE refused'); END""",
    """CREATE TRIGGER governance_decision_refuse_delete BEFORE DELETE ON governance_decision
       BEGIN SELECT RAISE(ABORT, 'governance_decision is append-only: DELETE refused'); END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS governance_decision_refuse_update",
    "DROP TRIGGER IF EXISTS governance_decision_refuse_delete",
]


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD, params=None)
    elif vendor == "sqlite":
        for statement in SQLITE_FORWARD:
            schema_editor.execute(statement, params=None)
    else:
        raise RuntimeError(f"No append-only triggers for database vendor {vendor!r}.")


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = [POSTGRES_BACKWARD] if vendor == "postgresql" else SQLITE_BACKWARD
    for statement in statements:
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("governance", "0004_registryversion")]
    operations = [
        migrations.AddConstraint(
            model_name="decision",
            constraint=models.UniqueConstraint(fields=("audit_seq",), name="one_decision_per_audit_event"),
        ),
        migrations.RunPython(forward, backward),
    ]
