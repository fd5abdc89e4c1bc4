DROP INDEX team_region_idx;
DROP INDEX app_user_team_idx;
DROP TABLE team_role;
DROP TABLE role_assignment;
DROP TABLE role_grant;
DROP TABLE role;
