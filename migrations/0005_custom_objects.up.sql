-- Record types an administrator adds without a migration. Their records
-- share one table, told apart by object_type; their fields are rows in
-- custom_field like the custom fields of built-in types.

CREATE TABLE custom_object (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  name text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_]{0,62}$'),
  plural text NOT NULL CHECK (plural ~ '^[a-z][a-z0-9-]{0,62}$'),
  label text NOT NULL,
  label_plural text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  -- A name is never reused, so old records and history keep their meaning.
  UNIQUE (tenant_id, name)
);
CREATE UNIQUE INDEX custom_object_plural_key ON custom_object
  (tenant_id, plural) WHERE deleted_at IS NULL;

CREATE TABLE custom_record (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  object_type text NOT NULL,
  name text NOT NULL,
  owner_id uuid,
  custom jsonb NOT NULL DEFAULT '{}',
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, object_type) REFERENCES custom_object (tenant_id, name),
  FOREIGN KEY (tenant_id, owner_id) REFERENCES app_user (tenant_id, id)
);
CREATE INDEX custom_record_name_idx ON custom_record
  (tenant_id, object_type, name, id);
CREATE INDEX custom_record_updated_idx ON custom_record
  (tenant_id, object_type, updated_at, id);
CREATE INDEX custom_record_owner_idx ON custom_record
  (tenant_id, object_type, owner_id, updated_at, id);

-- Values of indexed custom fields, one row per value (a multiple choice
-- has one per option), kept in step with the records on every write.
-- Filters join through here with plain column comparisons, which stay
-- index-backed under row-level security where jsonb operators are not.
-- Numbers are kept as double precision because numeric comparisons are
-- not leakproof either; a filter reads a superset from here and checks
-- the exact value on the record.
CREATE TABLE custom_value_index (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  record_type text NOT NULL,
  field text NOT NULL,
  record_id uuid NOT NULL,
  text_value text,
  number_value double precision
);
CREATE INDEX custom_value_index_text_idx ON custom_value_index
  (tenant_id, record_type, field, text_value, record_id);
CREATE INDEX custom_value_index_number_idx ON custom_value_index
  (tenant_id, record_type, field, number_value, record_id);
CREATE INDEX custom_value_index_record_idx ON custom_value_index
  (tenant_id, record_type, record_id);
-- One table holds every field's values: without these the planner guesses
-- a value's share from all fields together.
CREATE STATISTICS custom_value_index_text_stats (mcv, dependencies)
  ON field, text_value FROM custom_value_index;
CREATE STATISTICS custom_value_index_number_stats (mcv, dependencies)
  ON field, number_value FROM custom_value_index;

SELECT protect_tenant_table(t) FROM unnest(ARRAY[
  'custom_object', 'custom_record', 'custom_value_index'
]::regclass[]) AS t;

ALTER TABLE custom_field DROP CONSTRAINT custom_field_type_check;
ALTER TABLE custom_field ADD CONSTRAINT custom_field_type_check
  CHECK (type IN ('text', 'longtext', 'email', 'url', 'phone', 'integer',
    'decimal', 'money', 'percent', 'date', 'datetime', 'boolean', 'enum',
    'multiselect', 'ref', 'refs', 'rollup', 'formula'));
ALTER TABLE custom_field
  ADD COLUMN ref text,
  -- How a rollup or formula is worked out, with the type of its result.
  ADD COLUMN computed jsonb,
  ADD COLUMN default_value jsonb,
  ADD COLUMN is_unique boolean NOT NULL DEFAULT false,
  ADD COLUMN indexed boolean NOT NULL DEFAULT false,
  ADD COLUMN min numeric,
  ADD COLUMN max numeric,
  ADD COLUMN pattern text;
