-- The core CRM records: accounts, contacts and their links, leads, products,
-- pipelines with stages, opportunities with their products, and activities.

CREATE TYPE forecast_category AS ENUM
  ('pipeline', 'best_case', 'commit', 'closed', 'omitted');
CREATE TYPE stage_outcome AS ENUM ('open', 'won', 'lost');
CREATE TYPE lead_status AS ENUM
  ('new', 'working', 'nurturing', 'qualified', 'unqualified', 'converted');
CREATE TYPE activity_type AS ENUM ('call', 'email', 'meeting', 'task', 'note');

CREATE TABLE account (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  name text NOT NULL,
  parent_account_id uuid,
  industry text,
  employees integer CHECK (employees >= 0),
  annual_revenue numeric(20, 2) CHECK (annual_revenue >= 0),
  year_established integer,
  website text,
  domain text,
  phone text,
  billing_street text,
  billing_city text,
  billing_state text,
  billing_postal_code text,
  billing_country text,
  shipping_street text,
  shipping_city text,
  shipping_state text,
  shipping_postal_code text,
  shipping_country text,
  description text,
  owner_id uuid,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, parent_account_id) REFERENCES account (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_id) REFERENCES app_user (tenant_id, id)
);
CREATE INDEX account_name_idx ON account (tenant_id, lower(name) text_pattern_ops);
CREATE INDEX account_sort_name_idx ON account (tenant_id, name, id);
CREATE INDEX account_owner_idx ON account (tenant_id, owner_id, updated_at, id);
CREATE INDEX account_updated_idx ON account (tenant_id, updated_at, id);
CREATE INDEX account_parent_idx ON account (tenant_id, parent_account_id);
CREATE INDEX account_domain_idx ON account (tenant_id, lower(domain));

CREATE TABLE contact (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  first_name text,
  last_name text NOT NULL,
  title text,
  email text,
  secondary_email text,
  phone text,
  mobile_phone text,
  mailing_city text,
  mailing_country text,
  description text,
  owner_id uuid,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_id) REFERENCES app_user (tenant_id, id)
);
CREATE INDEX contact_last_name_idx
  ON contact (tenant_id, lower(last_name) text_pattern_ops);
CREATE INDEX contact_sort_name_idx ON contact (tenant_id, last_name, id);
CREATE INDEX contact_email_idx ON contact (tenant_id, lower(email) text_pattern_ops);
CREATE INDEX contact_owner_idx ON contact (tenant_id, owner_id, updated_at, id);
CREATE INDEX contact_updated_idx ON contact (tenant_id, updated_at, id);

CREATE TABLE account_contact (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  contact_id uuid NOT NULL,
  role text,
  is_primary boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id),
  FOREIGN KEY (tenant_id, contact_id) REFERENCES contact (tenant_id, id)
);
CREATE UNIQUE INDEX account_contact_pair_key ON account_contact
  (tenant_id, account_id, contact_id) WHERE deleted_at IS NULL;
CREATE INDEX account_contact_contact_idx ON account_contact (tenant_id, contact_id);

CREATE TABLE lead (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  first_name text,
  last_name text NOT NULL,
  title text,
  email text,
  phone text,
  company text,
  company_size integer CHECK (company_size >= 0),
  industry text,
  website text,
  source text,
  status lead_status NOT NULL DEFAULT 'new',
  description text,
  owner_id uuid,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_id) REFERENCES app_user (tenant_id, id)
);
CREATE INDEX lead_last_name_idx ON lead (tenant_id, lower(last_name) text_pattern_ops);
CREATE INDEX lead_sort_name_idx ON lead (tenant_id, last_name, id);
CREATE INDEX lead_email_idx ON lead (tenant_id, lower(email) text_pattern_ops);
CREATE INDEX lead_owner_idx ON lead (tenant_id, owner_id, updated_at, id);
CREATE INDEX lead_status_idx ON lead (tenant_id, status, updated_at, id);
CREATE INDEX lead_updated_idx ON lead (tenant_id, updated_at, id);

CREATE TABLE product (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  name text NOT NULL,
  code text,
  family text,
  list_price numeric(20, 2) CHECK (list_price >= 0),
  currency char(3) NOT NULL DEFAULT 'USD',
  is_active boolean NOT NULL DEFAULT true,
  description text,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX product_name_idx ON product (tenant_id, lower(name) text_pattern_ops);
CREATE INDEX product_sort_name_idx ON product (tenant_id, name, id);

CREATE TABLE pipeline (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  name text NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX pipeline_default_key ON pipeline (tenant_id)
  WHERE is_default AND deleted_at IS NULL;

CREATE TABLE stage (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  pipeline_id uuid NOT NULL,
  name text NOT NULL,
  position integer NOT NULL,
  probability integer NOT NULL CHECK (probability BETWEEN 0 AND 100),
  forecast_category forecast_category NOT NULL,
  outcome stage_outcome NOT NULL DEFAULT 'open',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, pipeline_id) REFERENCES pipeline (tenant_id, id)
);
CREATE INDEX stage_pipeline_idx ON stage (tenant_id, pipeline_id, position);

CREATE TABLE opportunity (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  name text NOT NULL,
  account_id uuid,
  owner_id uuid,
  pipeline_id uuid NOT NULL,
  stage_id uuid NOT NULL,
  amount numeric(20, 2) CHECK (amount >= 0),
  currency char(3) NOT NULL DEFAULT 'USD',
  probability integer NOT NULL CHECK (probability BETWEEN 0 AND 100),
  forecast_category forecast_category NOT NULL,
  engage_date date,
  close_date date,
  source text,
  description text,
  external_id text,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_id) REFERENCES app_user (tenant_id, id),
  FOREIGN KEY (tenant_id, pipeline_id) REFERENCES pipeline (tenant_id, id),
  FOREIGN KEY (tenant_id, stage_id) REFERENCES stage (tenant_id, id)
);
CREATE INDEX opportunity_owner_idx ON opportunity (tenant_id, owner_id, updated_at, id);
CREATE INDEX opportunity_stage_idx ON opportunity (tenant_id, stage_id, updated_at, id);
CREATE INDEX opportunity_account_idx ON opportunity (tenant_id, account_id);
CREATE INDEX opportunity_close_idx ON opportunity (tenant_id, close_date, id);
CREATE INDEX opportunity_updated_idx ON opportunity (tenant_id, updated_at, id);
CREATE INDEX opportunity_name_idx ON opportunity (tenant_id, lower(name) text_pattern_ops);
CREATE UNIQUE INDEX opportunity_external_key ON opportunity (tenant_id, external_id)
  WHERE external_id IS NOT NULL;

CREATE TABLE opportunity_product (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  opportunity_id uuid NOT NULL,
  product_id uuid NOT NULL,
  quantity numeric(20, 4) NOT NULL DEFAULT 1 CHECK (quantity > 0),
  unit_price numeric(20, 2) CHECK (unit_price >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, opportunity_id) REFERENCES opportunity (tenant_id, id),
  FOREIGN KEY (tenant_id, product_id) REFERENCES product (tenant_id, id)
);
CREATE INDEX opportunity_product_opportunity_idx
  ON opportunity_product (tenant_id, opportunity_id);

CREATE TABLE activity (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  type activity_type NOT NULL,
  subject text NOT NULL,
  body text,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  due_at timestamptz,
  completed_at timestamptz,
  duration_minutes integer CHECK (duration_minutes >= 0),
  owner_id uuid,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_id) REFERENCES app_user (tenant_id, id)
);
CREATE INDEX activity_owner_idx ON activity (tenant_id, owner_id, updated_at, id);
CREATE INDEX activity_updated_idx ON activity (tenant_id, updated_at, id);

-- An activity shows on the timeline of every record it is linked to.
CREATE TABLE activity_link (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  activity_id uuid NOT NULL,
  record_type text NOT NULL,
  record_id uuid NOT NULL,
  occurred_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, activity_id, record_type, record_id),
  FOREIGN KEY (tenant_id, activity_id) REFERENCES activity (tenant_id, id)
);
CREATE INDEX activity_link_timeline_idx ON activity_link
  (tenant_id, record_type, record_id, occurred_at DESC, activity_id DESC);

-- Timelines sort on the link's copy of occurred_at: keep it in step.
CREATE FUNCTION sync_activity_link_time() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  UPDATE activity_link SET occurred_at = NEW.occurred_at
  WHERE tenant_id = NEW.tenant_id AND activity_id = NEW.id;
  RETURN NEW;
END $$;

CREATE TRIGGER activity_occurred_at_sync
  AFTER UPDATE OF occurred_at ON activity
  FOR EACH ROW WHEN (OLD.occurred_at IS DISTINCT FROM NEW.occurred_at)
  EXECUTE FUNCTION sync_activity_link_time();

SELECT protect_tenant_table(t) FROM unnest(ARRAY[
  'account', 'contact', 'account_contact', 'lead', 'product', 'pipeline',
  'stage', 'opportunity', 'opportunity_product', 'activity', 'activity_link'
]::regclass[]) AS t;
