-- Rules that narrow what roles allow and that no role widens, written by
-- administrators as data: when a record meets the condition, the action
-- (on some fields or all of them) is refused to all but the excepted roles.

CREATE TABLE guard_rule (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  id uuid NOT NULL,
  record_type text NOT NULL,
  name text NOT NULL,
  condition jsonb NOT NULL,
  action text NOT NULL CHECK (action IN ('edit', 'delete')),
  -- The fields the rule guards; null guards every change.
  fields text[],
  except_roles text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX guard_rule_type_idx ON guard_rule (tenant_id, record_type)
  WHERE deleted_at IS NULL;

SELECT protect_tenant_table('guard_rule');
