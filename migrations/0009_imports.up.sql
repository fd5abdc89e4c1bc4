-- Imports of CSV files into any record type. A file's rows are staged in
-- import_row as read; a preview parses and checks them there; a commit
-- job writes them in batches keyed by line, so a restart resumes after
-- the last committed batch. import_record ties each record written to
-- the import and line it came from, for tracing and undo.

CREATE TABLE import (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  record_type text NOT NULL,
  file_name text,
  status text NOT NULL CHECK (status IN ('uploading', 'uploaded',
    'previewing', 'previewed', 'queued', 'committing', 'completed', 'cancelled',
    'failed')),
  encoding text,
  delimiter text,
  headers jsonb NOT NULL DEFAULT '[]',
  row_count integer NOT NULL DEFAULT 0,
  -- The mapping, mode, key and value formats of the last preview.
  settings jsonb,
  -- Moves on each preview; a commit names the one it was shown.
  revision integer NOT NULL DEFAULT 0,
  ready_count integer NOT NULL DEFAULT 0,
  rejected_count integer NOT NULL DEFAULT 0,
  -- The last line of the last committed batch.
  committed_line integer NOT NULL DEFAULT 0,
  done_count integer NOT NULL DEFAULT 0,
  created_count integer NOT NULL DEFAULT 0,
  updated_count integer NOT NULL DEFAULT 0,
  failed_count integer NOT NULL DEFAULT 0,
  error text,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  undone_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_id) REFERENCES app_user (tenant_id, id)
);
CREATE INDEX import_creator_idx
  ON import (tenant_id, created_by_id, created_at);

CREATE TABLE import_row (
  tenant_id uuid NOT NULL,
  import_id uuid NOT NULL,
  line integer NOT NULL,
  cells jsonb NOT NULL,
  status text NOT NULL DEFAULT 'staged' CHECK (status IN ('staged',
    'ready', 'rejected', 'committed', 'failed')),
  action text CHECK (action IN ('create', 'update')),
  -- The values as they will be written, after parsing and checks.
  "values" jsonb,
  -- The key value as compared, for duplicates in the file and matches.
  key_value text,
  -- The earlier line with the same key value, for a duplicate.
  duplicate_of integer,
  record_id uuid,
  reason text,
  PRIMARY KEY (tenant_id, import_id, line),
  FOREIGN KEY (tenant_id, import_id) REFERENCES import (tenant_id, id)
    ON DELETE CASCADE
);
CREATE INDEX import_row_key_idx ON import_row (tenant_id, import_id, key_value)
  WHERE key_value IS NOT NULL;

CREATE TABLE import_record (
  tenant_id uuid NOT NULL,
  import_id uuid NOT NULL,
  line integer NOT NULL,
  record_type text NOT NULL,
  record_id uuid NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'update')),
  PRIMARY KEY (tenant_id, import_id, line),
  FOREIGN KEY (tenant_id, import_id) REFERENCES import (tenant_id, id)
);
-- Which import a record came from.
CREATE INDEX import_record_record_idx
  ON import_record (tenant_id, record_type, record_id);

CREATE TABLE import_mapping (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  record_type text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- Header in the file -> field name.
  columns jsonb NOT NULL,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, record_type, name),
  FOREIGN KEY (tenant_id, created_by_id) REFERENCES app_user (tenant_id, id)
);

SELECT protect_tenant_table(t) FROM unnest(ARRAY[
  'import', 'import_row', 'import_record', 'import_mapping'
]::regclass[]) AS t;
