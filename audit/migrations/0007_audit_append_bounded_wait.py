"""audit_append() bounds its own waits: the pre-flight's append is one autocommit statement again.

Issue 12 bounded the pre-flight's append with ``SET LOCAL lock_timeout,
statement_timeout`` in a transaction of its own: BEGIN, the SET, the append
and COMMIT, four round trips for what had been one. The function now takes
both bounds as arguments (milliseconds, NULL for none) and applies them
itself before it takes the chain lock (docs/decisions/0012):

- ``lock_timeout`` is read when a wait begins, so ``set_config(..., true)``
  inside the statement bounds the chain-lock wait and every later lock wait
  of the transaction (the row locks of the caller's INSERT included);
- a ``statement_timeout`` timer is armed when a statement starts and cannot
  be changed from inside it, so the statement bound is kept as a budget: each
  wait is cut at what is left of it since ``statement_timestamp()``, and a
  wait cut by the budget, or a budget spent, ends the statement with
  ``query_canceled`` (57014), the SQLSTATE a statement_timeout raises.

The hash, the entry format and the lock are unchanged; called without the
two new arguments the function does what 0005's did.
"""

from django.db import migrations

SIGNATURE_0005 = "audit_append(bigint, timestamptz, text, text, text, text, text, text, jsonb, text, text, text)"
SIGNATURE = f"{SIGNATURE_0005[:-1]}, integer, integer)"

FORWARD = f"""
DROP FUNCTION IF EXISTS {SIGNATURE_0005};
CREATE FUNCTION audit_append(
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
    p_entry_tail text,
    p_lock_timeout_ms integer DEFAULT NULL,
    p_statement_timeout_ms integer DEFAULT NULL
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
    budget_left integer;
    wait_ms integer;
BEGIN
    IF p_statement_timeout_ms IS NOT NULL THEN
        budget_left := p_statement_timeout_ms
            - floor(extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000)::integer;
        IF budget_left < 1 THEN
            RAISE EXCEPTION 'canceling statement due to statement timeout (audit_append, % ms)', p_statement_timeout_ms
                USING ERRCODE = 'query_canceled';
        END IF;
    END IF;
    wait_ms := LEAST(p_lock_timeout_ms, budget_left);  -- LEAST skips NULLs: NULL when neither bound is given
    IF wait_ms IS NULL THEN
        PERFORM pg_advisory_xact_lock(p_lock_key);
    ELSIF wait_ms = p_lock_timeout_ms THEN
        -- The lock bound is the tighter one: its own lock_not_available (55P03) says so.
        PERFORM set_config('lock_timeout', wait_ms || 'ms', true);
        PERFORM pg_advisory_xact_lock(p_lock_key);
    ELSE
        -- The statement budget is the tighter one: a wait cut by it is a statement timeout. (Only this branch
        -- pays for the subtransaction an exception block opens.)
        PERFORM set_config('lock_timeout', wait_ms || 'ms', true);
        BEGIN
            PERFORM pg_advisory_xact_lock(p_lock_key);
        EXCEPTION WHEN lock_not_available THEN
            RAISE EXCEPTION 'canceling statement due to statement timeout (audit_append, % ms)', p_statement_timeout_ms
                USING ERRCODE = 'query_canceled';
        END;
    END IF;
    IF p_statement_timeout_ms IS NOT NULL THEN
        -- What is left of the budget bounds the lock waits still to come (the caller's INSERT and its foreign keys).
        budget_left := p_statement_timeout_ms
            - floor(extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000)::integer;
        IF budget_left < 1 THEN
            RAISE EXCEPTION 'canceling statement due to statement timeout (audit_append, % ms)', p_statement_timeout_ms
                USING ERRCODE = 'query_canceled';
        END IF;
        IF budget_left < wait_ms THEN
            PERFORM set_config('lock_timeout', budget_left || 'ms', true);
        END IF;
    END IF;
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


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from importlib import import_module

        previous = import_module("audit.migrations.0005_audit_append_function")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}", params=None)
        schema_editor.execute(previous.FORWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0006_verification_run")]
    operations = [migrations.RunPython(forward, backward)]
