"""The detection profile, versioned like the residency policy, and the registry-token triggers on its table.

Every worker's pre-flight reads the published profile through its registry
snapshot (governance/registry.py); the trigger makes a publish (any write to
the table, however made) move the token, so each worker drops its snapshot and
compiles the new profile on its next request, without a restart.
"""

from django.db import migrations, models

TABLE = "governance_detectionprofileversion"


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(
            f"CREATE TRIGGER {TABLE}_registry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {TABLE} "
            "FOR EACH STATEMENT EXECUTE FUNCTION governance_registry_changed()",
            params=None,
        )
    elif vendor == "sqlite":
        bump = (
            "INSERT INTO governance_registryversion (id, token) VALUES (1, lower(hex(randomblob(16)))) "
            "ON CONFLICT (id) DO UPDATE SET token = excluded.token;"
        )
        for operation in ("INSERT", "UPDATE", "DELETE"):
            schema_editor.execute(
                f"CREATE TRIGGER {TABLE}_registry_changed_{operation.lower()} AFTER {operation} ON {TABLE} "
                f"BEGIN {bump} END",
                params=None,
            )
    else:
        raise RuntimeError(f"No registry-version triggers for database vendor {vendor!r}.")


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_registry_changed ON {TABLE}", params=None)
    else:
        for operation in ("insert", "update", "delete"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_registry_changed_{operation}", params=None)


class Migration(migrations.Migration):

    dependencies = [
        ('governance', '0008_change_request'),
    ]

    operations = [
        migrations.CreateModel(
            name='DetectionProfileVersion',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.PositiveIntegerField(unique=True)),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published'), ('superseded', 'Superseded')], default='draft', max_length=16)),
                ('content', models.JSONField()),
                ('content_hash', models.CharField(max_length=64)),
                ('notes', models.TextField(blank=True)),
                ('created_by', models.CharField(blank=True, max_length=150)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('published_at', models.DateTimeField(blank=True, null=True)),
            ],
            options={
                'ordering': ['-number'],
                'constraints': [models.UniqueConstraint(condition=models.Q(('status', 'published')), fields=('status',), name='one_published_detection_profile')],
            },
        ),
        migrations.RunPython(forward, backward),
    ]
