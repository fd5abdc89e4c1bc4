-- The rapport_app role is cluster-wide and may serve other databases: it stays.
DROP TABLE api_token;
DROP TABLE session;
ALTER TABLE team DROP CONSTRAINT team_tenant_id_manager_id_fkey;
ALTER TABLE region DROP CONSTRAINT region_tenant_id_manager_id_fkey;
DROP TABLE app_user;
DROP TABLE team;
DROP TABLE region;
DROP TYPE user_status;
DROP TYPE user_role;
DROP TABLE tenant;
DROP FUNCTION protect_tenant_table(regclass);
DROP FUNCTION current_tenant_id();
