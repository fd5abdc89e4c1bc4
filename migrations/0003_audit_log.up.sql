-- The append-only history of every change: who, when, what changed from
-- what to what, and why. The application role may only read and append.

CREATE TABLE audit_log (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  -- The moment of writing, not of the transaction's start: entries of
  -- transactions that waited for a row lock stay in the order applied.
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_id uuid,
  record_type text NOT NULL,
  record_id uuid NOT NULL,
  action text NOT NULL
    CHECK (action IN ('create', 'update', 'delete', 'restore')),
  changes jsonb NOT NULL DEFAULT '{}',
  reason_code text NOT NULL,
  request_id text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_log_record_idx
  ON audit_log (tenant_id, record_type, record_id, at DESC, id DESC);

SELECT protect_tenant_table('audit_log');
REVOKE UPDATE, DELETE ON audit_log FROM rapport_app;

CREATE FUNCTION refuse_audit_rewrite() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_rewrite();
