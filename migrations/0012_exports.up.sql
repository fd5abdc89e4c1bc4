-- Exports of list views to CSV or XLSX, made in the background as the
-- user who asked, so they hold exactly what that user may see. The file
-- is kept in chunks, written as it is made and read back in order.

CREATE TABLE export (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  record_type text NOT NULL,
  format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  -- The list view: filter, sort, search and columns.
  view jsonb NOT NULL,
  time_zone text NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'running', 'completed',
    'failed', 'cancelled')),
  total_count integer,
  done_count integer NOT NULL DEFAULT 0,
  byte_count bigint NOT NULL DEFAULT 0,
  error text,
  created_by_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_id) REFERENCES app_user (tenant_id, id)
);
CREATE INDEX export_creator_idx ON export (tenant_id, created_by_id, created_at);

CREATE TABLE export_chunk (
  tenant_id uuid NOT NULL,
  export_id uuid NOT NULL,
  seq integer NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (tenant_id, export_id, seq),
  FOREIGN KEY (tenant_id, export_id) REFERENCES export (tenant_id, id)
    ON DELETE CASCADE
);

SELECT protect_tenant_table(t) FROM unnest(ARRAY[
  'export', 'export_chunk'
]::regclass[]) AS t;
