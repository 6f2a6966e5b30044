"""Checkpoints are append-only too: the database refuses UPDATE, DELETE and TRUNCATE.

A signed checkpoint is evidence; the log also witnesses each one with a
``checkpoint.create`` event, so a row removed behind these triggers' back is
still reported by ``audit_verify``.
"""

from django.db import migrations

POSTGRES_FORWARD = """
CREATE OR REPLACE FUNCTION audit_checkpoint_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_checkpoint is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_checkpoint_refuse_update_delete
    BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_refuse_change();
CREATE TRIGGER audit_checkpoint_refuse_truncate
    BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_refuse_change();
"""
POSTGRES_BACKWARD = """
DROP TRIGGER IF EXISTS audit_checkpoint_refuse_truncate ON audit_checkpoint;
DROP TRIGGER IF EXISTS audit_checkpoint_refuse_update_delete ON audit_checkpoint;
DROP FUNCTION IF EXISTS audit_checkpoint_refuse_change();
"""
SQLITE_FORWARD = [
    """CREATE TRIGGER audit_checkpoint_refuse_update BEFORE UPDATE ON audit_checkpoint
       BEGIN SELECT RAISE(ABORT, 'audit_checkpoint is append-only: UPDATE refused'); END""",
    """CREATE TRIGGER audit_checkpoint_refuse_delete BEFORE DELETE ON audit_checkpoint
       BEGIN SELECT RAISE(ABORT, 'audit_checkpoint is append-only: DELETE refused'); END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS audit_checkpoint_refuse_update",
    "DROP TRIGGER IF EXISTS audit_checkpoint_refuse_delete",
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
    dependencies = [("audit", "0003_checkpoint_export")]
    operations = [migrations.RunPython(forward, backward)]
