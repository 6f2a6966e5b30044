"""The registry version token and the triggers that change it.

The pre-flight keeps an in-process snapshot of service keys, workloads,
destinations and the published policy (governance/registry.py) and checks
this one-row token on every request. Triggers, not application code, change
the token, so no write path can forget to: services, the admin, factories
and raw SQL all invalidate the snapshot the moment they commit.

The token is random, never a counter: a rolled-back change must not let a
later, different change reuse a token a process has already cached under.
A service key's ``last_used_at`` is bookkeeping the pre-flight itself writes
and does not change the token.
"""

from django.db import migrations, models

# Tables whose rows the pre-flight reads (governance/registry.py).
WATCHED_TABLES = (
    "governance_destination",
    "governance_workload",
    "governance_workload_allowed_destinations",
    "governance_servicekey_workloads",
    "governance_policyversion",
)
# Every service-key column except last_used_at.
SERVICEKEY_COLUMNS = (
    "id",
    "name",
    "prefix",
    "key_hash",
    "rate_limit_per_minute",
    "created_by",
    "created_at",
    "expires_at",
    "revoked_at",
    "replaced_by_id",
)

POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION governance_registry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- An upsert: the row comes back even after a TRUNCATE of the table.
    INSERT INTO governance_registryversion (id, token) VALUES (1, md5(random()::text || clock_timestamp()::text))
    ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token;
    RETURN NULL;
END
$$;
"""


def _postgres_statements() -> list[str]:
    statements = [POSTGRES_FUNCTION]
    for table in WATCHED_TABLES:
        statements.append(
            f"CREATE TRIGGER {table}_registry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION governance_registry_changed()"
        )
    statements.append(
        "CREATE TRIGGER governance_servicekey_registry_changed "
        f"AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF {', '.join(SERVICEKEY_COLUMNS)} ON governance_servicekey "
        "FOR EACH STATEMENT EXECUTE FUNCTION governance_registry_changed()"
    )
    return statements


SQLITE_BUMP = (
    "INSERT INTO governance_registryversion (id, token) VALUES (1, lower(hex(randomblob(16)))) "
    "ON CONFLICT (id) DO UPDATE SET token = excluded.token;"
)


def _sqlite_statements() -> list[str]:
    statements = []
    for table in (*WATCHED_TABLES, "governance_servicekey"):
        for operation in ("INSERT", "UPDATE", "DELETE"):
            event = operation
            if table == "governance_servicekey" and operation == "UPDATE":
                event = f"UPDATE OF {', '.join(SERVICEKEY_COLUMNS)}"
            statements.append(
                f"CREATE TRIGGER {table}_registry_changed_{operation.lower()} AFTER {event} ON {table} "
                f"BEGIN {SQLITE_BUMP} END"
            )
    return statements


def _trigger_names() -> list[tuple[str, str]]:
    return [(f"{table}_registry_changed", table) for table in (*WATCHED_TABLES, "governance_servicekey")]


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        statements = _postgres_statements()
    elif vendor == "sqlite":
        statements = _sqlite_statements()
    else:
        raise RuntimeError(f"No registry-version triggers for database vendor {vendor!r}.")
    for statement in statements:
        schema_editor.execute(statement, params=None)
    schema_editor.execute(
        "INSERT INTO governance_registryversion (id, token) VALUES (1, %s)", params=["00000000000000000000000000000000"]
    )


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for name, table in _trigger_names():
        if vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}", params=None)
        else:
            for operation in ("insert", "update", "delete"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}_{operation}", params=None)
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS governance_registry_changed()", params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0003_annexviiiregistration_incident"),
    ]

    operations = [
        migrations.CreateModel(
            name="RegistryVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("token", models.CharField(max_length=32)),
            ],
        ),
        migrations.RunPython(forward, backward),
    ]
