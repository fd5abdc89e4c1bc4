DO $$
DECLARE
  tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['role', 'role_grant', 'role_assignment',
    'team_role', 'team', 'region', 'guard_rule', 'field_rule',
    'record_share', 'app_user']
  LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', tbl || '_access_changed', tbl);
  END LOOP;
END $$;
DROP FUNCTION access_changed();
DROP TABLE access_version;
DELETE FROM guard_rule WHERE action = 'view';
ALTER TABLE guard_rule DROP COLUMN within;
ALTER TABLE guard_rule DROP CONSTRAINT guard_rule_action_check;
ALTER TABLE guard_rule ADD CONSTRAINT guard_rule_action_check
  CHECK (action IN ('edit', 'delete'));
DROP TABLE field_rule;
DROP TABLE record_share;
