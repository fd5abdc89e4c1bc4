import type { Database } from '../src/server/platform/db/database.js'
import type { SalesOrg } from './sales-org.js'

// Regions and teams go in without their managers, who do not exist yet;
// the users' own links to managers and teams are checked at the end of
// their single statement, so they may point at each other.
const INSERT_REGIONS = `
  INSERT INTO region (tenant_id, id, name)
  SELECT $1::uuid, r.id, r.name
  FROM unnest($2::uuid[], $3::text[]) AS r (id, name)`

const INSERT_TEAMS = `
  INSERT INTO team (tenant_id, id, name, region_id)
  SELECT $1::uuid, t.id, t.name, t.region_id
  FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS t (id, name, region_id)`

const INSERT_USERS = `
  INSERT INTO app_user (tenant_id, id, email, name, title, role, status,
    password_hash, manager_id, team_id)
  SELECT $1::uuid, u.id, u.email, u.name, u.title, 'member', 'active', $2,
    u.manager_id, u.team_id
  FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[],
    $8::uuid[]) AS u (id, email, name, title, manager_id, team_id)`

const SET_MANAGERS = (table: string) => `
  UPDATE ${table} x SET manager_id = m.manager_id
  FROM unnest($2::uuid[], $3::uuid[]) AS m (id, manager_id)
  WHERE x.tenant_id = $1::uuid AND x.id = m.id`

// Built-in roles by key, as an administrator gives them on the Users page.
const ASSIGN_ROLES = `
  INSERT INTO role_assignment (tenant_id, user_id, role_id)
  SELECT $1::uuid, a.user_id, r.id
  FROM unnest($2::uuid[], $3::text[]) AS a (user_id, key)
  JOIN role r ON r.tenant_id = $1::uuid AND r.key = a.key`

/**
 * Writes the organisation as the database owner, in a few statements,
 * and gives each person their role; the admin is given administrator.
 */
export async function fillSalesOrg(
  database: Database,
  org: SalesOrg,
  spec: { tenantId: string; adminId: string; passwordHash: string },
): Promise<void> {
  const { tenantId } = spec
  const { regions, teams, users } = org
  const run = (text: string, values: unknown[]) =>
    database.executeSql(text, [tenantId, ...values])

  await run(INSERT_REGIONS, [
    regions.map((r) => r.id),
    regions.map((r) => r.name),
  ])
  await run(INSERT_TEAMS, [
    teams.map((t) => t.id),
    teams.map((t) => t.name),
    teams.map((t) => t.regionId),
  ])
  await run(INSERT_USERS, [
    spec.passwordHash,
    users.map((u) => u.id),
    users.map((u) => u.email),
    users.map((u) => u.name),
    users.map((u) => u.title),
    users.map((u) => u.managerId),
    users.map((u) => u.teamId),
  ])
  for (const [table, rows] of [
    ['region', regions],
    ['team', teams],
  ] as const) {
    await run(SET_MANAGERS(table), [
      rows.map((r) => r.id),
      rows.map((r) => r.managerId),
    ])
  }
  await run(ASSIGN_ROLES, [
    [spec.adminId, ...users.map((u) => u.id)],
    ['administrator', ...users.map((u) => u.roleKey)],
  ])
}
