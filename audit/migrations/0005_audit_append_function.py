"""audit_append(): one audit append as one statement on PostgreSQL.

The Python path (audit.services.record on SQLite) takes the chain lock,
reads the head, hashes and inserts: four statements. On PostgreSQL this
function does the same under the same advisory lock in one call, so an
append costs one round trip, and a caller can put it and its own INSERT in a
single statement (the pre-flight's decision row).

The entry's canonical JSON is built by Python (audit.hashing.entry_parts)
with two holes the function fills once it knows the head: created_at
(never earlier than the previous event's) and seq. The hash is the same
SHA-256(previous hash || entry bytes) as everywhere else; the verifier
recomputes it in Python and would name the first event where they differed.
"""

from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION audit_append(
    p_lock_key bigint,
    p_now timestamptz,
    p_actor_type text,
    p_actor_id text,
    p_actor_label text,
    p_action text,
    p_subject_type text,
    p_subject_id text,
    p_payload jsonb,
    p_entry_head text,
    p_entry_middle text,
    p_entry_tail text
) RETURNS TABLE (out_seq bigint, out_hash varchar, out_prev_hash varchar, out_created_at timestamptz)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    head_seq bigint;
    head_hash varchar;
    head_time timestamptz;
    new_seq bigint;
    new_prev varchar;
    new_time timestamptz;
    new_hash varchar;
BEGIN
    PERFORM pg_advisory_xact_lock(p_lock_key);
    -- Read after the lock: each statement of a VOLATILE function takes a fresh snapshot.
    SELECT e.seq, e.hash, e.created_at INTO head_seq, head_hash, head_time
        FROM audit_auditevent e ORDER BY e.seq DESC LIMIT 1;
    new_seq := COALESCE(head_seq, 0) + 1;
    new_prev := COALESCE(head_hash, repeat('0', 64));
    new_time := GREATEST(p_now, head_time);  -- time never runs backwards along the chain
    new_hash := encode(sha256(decode(new_prev, 'hex') || convert_to(
        p_entry_head || to_char(new_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
        || p_entry_middle || new_seq::text || p_entry_tail, 'UTF8')), 'hex');
    INSERT INTO audit_auditevent
        (seq, created_at, actor_type, actor_id, actor_label, action, subject_type, subject_id, payload, prev_hash, hash)
        VALUES (new_seq, new_time, p_actor_type, p_actor_id, p_actor_label, p_action, p_subject_type, p_subject_id,
                p_payload, new_prev, new_hash);
    RETURN QUERY SELECT new_seq, new_hash, new_prev, new_time;
END
$$;
"""
BACKWARD = "DROP FUNCTION IF EXISTS audit_append(bigint, timestamptz, text, text, text, text, text, text, jsonb, text, text, text)"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0004_checkpoint_append_only")]
    operations = [migrations.RunPython(forward, backward)]
