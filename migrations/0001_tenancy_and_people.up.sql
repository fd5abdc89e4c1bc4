-- Tenants, the application role that row-level security binds, and the people
-- who use Rapport: users, teams, regions, sessions and API tokens.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_app') THEN
    CREATE ROLE rapport_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END $$;

DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'rapport_app', 'MEMBER') THEN
    EXECUTE format('GRANT rapport_app TO %I', current_user);
  END IF;
END $$;

-- The tenant id of the current transaction, or NULL when none is set.
CREATE FUNCTION current_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- Puts a business table behind the tenant wall: rows are visible and
-- writable only inside a transaction whose app.tenant_id matches.
CREATE FUNCTION protect_tenant_table(tbl regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (tenant_id = current_tenant_id())'
    ' WITH CHECK (tenant_id = current_tenant_id())', tbl);
  EXECUTE format(
    'GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO rapport_app', tbl);
END $$;

CREATE TABLE tenant (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL,
  currency char(3) NOT NULL DEFAULT 'USD',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TYPE user_role AS ENUM ('admin', 'member');
CREATE TYPE user_status AS ENUM ('active', 'invited', 'disabled');

CREATE TABLE region (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  name text NOT NULL,
  manager_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE team (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  name text NOT NULL,
  region_id uuid,
  manager_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, region_id) REFERENCES region (tenant_id, id)
);

CREATE TABLE app_user (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  email text NOT NULL,
  name text NOT NULL,
  title text,
  role user_role NOT NULL DEFAULT 'member',
  status user_status NOT NULL DEFAULT 'active',
  password_hash text,
  manager_id uuid,
  team_id uuid,
  time_zone text NOT NULL DEFAULT 'UTC',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, manager_id) REFERENCES app_user (tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES team (tenant_id, id)
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (tenant_id, lower(email));
CREATE INDEX app_user_manager_idx ON app_user (tenant_id, manager_id);
CREATE INDEX app_user_name_idx ON app_user (tenant_id, name, id);

ALTER TABLE region ADD FOREIGN KEY (tenant_id, manager_id)
  REFERENCES app_user (tenant_id, id);
ALTER TABLE team ADD FOREIGN KEY (tenant_id, manager_id)
  REFERENCES app_user (tenant_id, id);

CREATE TABLE session (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  token_hash text NOT NULL,
  user_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id)
);
CREATE UNIQUE INDEX session_token_key ON session (tenant_id, token_hash);

CREATE TABLE api_token (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  user_id uuid NOT NULL,
  name text NOT NULL,
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id)
);
CREATE UNIQUE INDEX api_token_hash_key ON api_token (tenant_id, token_hash);

GRANT SELECT ON tenant TO rapport_app;
SELECT protect_tenant_table(t) FROM unnest(ARRAY[
  'region', 'team', 'app_user', 'session', 'api_token'
]::regclass[]) AS t;
