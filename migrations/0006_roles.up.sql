-- Roles group what people may do: per record type and action a scope
-- (none, own, team, region, manager hierarchy or all), plus workspace
-- abilities such as managing users. Users get roles directly (an
-- assignment) or through their team; the union is what they may do.

CREATE TABLE role (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,62}$'),
  name text NOT NULL,
  description text,
  built_in boolean NOT NULL DEFAULT false,
  abilities text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, key)
);

CREATE TABLE role_grant (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  role_id uuid NOT NULL,
  -- A record type's name, or '*' for every type the role names no rule for.
  record_type text NOT NULL,
  action text NOT NULL,
  scope text NOT NULL CHECK (scope IN ('none', 'own', 'team', 'region',
    'manager', 'all')),
  PRIMARY KEY (tenant_id, role_id, record_type, action),
  FOREIGN KEY (tenant_id, role_id) REFERENCES role (tenant_id, id)
    ON DELETE CASCADE
);

CREATE TABLE role_assignment (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  user_id uuid NOT NULL,
  role_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, user_id, role_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id),
  FOREIGN KEY (tenant_id, role_id) REFERENCES role (tenant_id, id)
    ON DELETE CASCADE
);

CREATE TABLE team_role (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  team_id uuid NOT NULL,
  role_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, team_id, role_id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES team (tenant_id, id),
  FOREIGN KEY (tenant_id, role_id) REFERENCES role (tenant_id, id)
    ON DELETE CASCADE
);

CREATE INDEX app_user_team_idx ON app_user (tenant_id, team_id);
CREATE INDEX team_region_idx ON team (tenant_id, region_id);

SELECT protect_tenant_table(t) FROM unnest(ARRAY[
  'role', 'role_grant', 'role_assignment', 'team_role'
]::regclass[]) AS t;
