-- Sharing widens who reaches one record; field rules narrow what a role
-- sees of a record type; guard rules may now also narrow who sees a record.
-- access_version counts changes to anything a user's rights are worked out
-- from, so cached rights are dropped the moment they change.

CREATE TABLE record_share (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  record_type text NOT NULL,
  record_id uuid NOT NULL,
  -- Exactly one of user_id and team_id.
  user_id uuid,
  team_id uuid,
  access text NOT NULL CHECK (access IN ('read', 'edit')),
  expires_at timestamptz,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CHECK ((user_id IS NULL) <> (team_id IS NULL)),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES team (tenant_id, id)
);
CREATE UNIQUE INDEX record_share_user_idx
  ON record_share (tenant_id, record_type, record_id, user_id)
  WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX record_share_team_idx
  ON record_share (tenant_id, record_type, record_id, team_id)
  WHERE team_id IS NOT NULL;
-- What one user or team has been given, for the list predicate.
CREATE INDEX record_share_grantee_idx
  ON record_share (tenant_id, record_type, user_id, team_id, record_id);

CREATE TABLE field_rule (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  role_id uuid NOT NULL,
  record_type text NOT NULL,
  field text NOT NULL,
  access text NOT NULL CHECK (access IN ('hidden', 'read_only')),
  PRIMARY KEY (tenant_id, role_id, record_type, field),
  FOREIGN KEY (tenant_id, role_id) REFERENCES role (tenant_id, id)
    ON DELETE CASCADE
);

ALTER TABLE guard_rule DROP CONSTRAINT guard_rule_action_check;
ALTER TABLE guard_rule ADD CONSTRAINT guard_rule_action_check
  CHECK (action IN ('view', 'edit', 'delete'));
-- A view guard keeps the records it matches to the owners within this
-- reach of the reader (own, team, region or manager).
ALTER TABLE guard_rule ADD COLUMN within text
  CHECK (within IN ('own', 'team', 'region', 'manager'));

CREATE TABLE access_version (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id)
);

SELECT protect_tenant_table(t) FROM unnest(ARRAY[
  'record_share', 'field_rule', 'access_version'
]::regclass[]) AS t;

-- Any write to what rights are worked out from moves the version on, once
-- per transaction and workspace, whichever path wrote it: no code path can
-- forget to drop the cached rights.
CREATE FUNCTION access_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  tenant uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id
    ELSE NEW.tenant_id END;
  marked text := coalesce(current_setting('app.access_changed', true), '');
BEGIN
  IF position(tenant::text IN marked) = 0 THEN
    INSERT INTO access_version (tenant_id, version) VALUES (tenant, 1)
      ON CONFLICT (tenant_id)
      DO UPDATE SET version = access_version.version + 1;
    PERFORM set_config('app.access_changed', marked || tenant::text || ',',
      true);
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['role', 'role_grant', 'role_assignment',
    'team_role', 'team', 'region', 'guard_rule', 'field_rule',
    'record_share']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE'
      ' ON %I FOR EACH ROW EXECUTE FUNCTION access_changed()',
      tbl || '_access_changed', tbl);
  END LOOP;
END $$;

CREATE TRIGGER app_user_access_changed
  AFTER INSERT OR DELETE OR UPDATE OF role, status, team_id, manager_id,
    deleted_at ON app_user
  FOR EACH ROW EXECUTE FUNCTION access_changed();
