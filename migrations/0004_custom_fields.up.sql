-- Fields an administrator adds to a record type without a migration: their
-- definitions are rows here, their values live in each record's `custom`.

CREATE TABLE custom_field (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  record_type text NOT NULL,
  name text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_]{0,62}$'),
  label text NOT NULL,
  type text NOT NULL CHECK (type IN ('text', 'longtext', 'email', 'url',
    'phone', 'integer', 'decimal', 'money', 'percent', 'date', 'datetime',
    'boolean', 'enum', 'multiselect')),
  required boolean NOT NULL DEFAULT false,
  options jsonb NOT NULL DEFAULT '[]',
  help_text text,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX custom_field_name_key ON custom_field
  (tenant_id, record_type, name) WHERE deleted_at IS NULL;

SELECT protect_tenant_table('custom_field');

ALTER TABLE account ADD COLUMN custom jsonb NOT NULL DEFAULT '{}';
ALTER TABLE contact ADD COLUMN custom jsonb NOT NULL DEFAULT '{}';
ALTER TABLE lead ADD COLUMN custom jsonb NOT NULL DEFAULT '{}';
ALTER TABLE product ADD COLUMN custom jsonb NOT NULL DEFAULT '{}';
ALTER TABLE opportunity ADD COLUMN custom jsonb NOT NULL DEFAULT '{}';
ALTER TABLE activity ADD COLUMN custom jsonb NOT NULL DEFAULT '{}';
