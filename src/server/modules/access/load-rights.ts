import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { AdminAction } from './abilities.js'
import type { Actor } from './actor.js'
import { BUILT_IN_ROLES, defaultRoleKey } from './built-in-roles.js'
import type { LoadedGrant, Reach, Rights } from './rights.js'

const WIDE = ['team', 'region', 'manager']

interface RoleRow {
  key: string
  name: string
  via: string
  abilities: string[]
}

/** The roles a user holds: their own and their team's, else the default. */
async function rolesOf(tx: Tx, actor: Actor): Promise<RoleRow[]> {
  const { rows } = await sql<RoleRow>`
    SELECT r.key, r.name, r.abilities, 'user' AS via
    FROM role_assignment ur JOIN role r ON r.tenant_id = ur.tenant_id
      AND r.id = ur.role_id
    WHERE ur.tenant_id = ${actor.tenantId} AND ur.user_id = ${actor.userId}
      AND r.deleted_at IS NULL
    UNION
    SELECT r.key, r.name, r.abilities, 'team' AS via
    FROM app_user u
    JOIN team_role tr ON tr.tenant_id = u.tenant_id AND tr.team_id = u.team_id
    JOIN role r ON r.tenant_id = tr.tenant_id AND r.id = tr.role_id
    WHERE u.tenant_id = ${actor.tenantId} AND u.id = ${actor.userId}
      AND r.deleted_at IS NULL`.execute(tx)
  if (rows.length > 0) return rows
  const key = defaultRoleKey(actor.role)
  const { rows: fallback } = await sql<RoleRow>`
    SELECT key, name, abilities, 'default' AS via FROM role
    WHERE tenant_id = ${actor.tenantId} AND key = ${key}`.execute(tx)
  return fallback
}

async function reachOf(tx: Tx, actor: Actor): Promise<Reach> {
  const me = actor.userId
  if (!me) return { me, team: [], region: [], manager: [] }
  // Team: the user's team and teams they manage. Region: the regions of
  // those teams and regions they manage. Manager: everyone below them.
  type Reached = 'team' | 'region' | 'manager'
  const { rows } = await sql<{ scope: Reached; ids: string[] | null }>`
    WITH RECURSIVE my_teams AS (
      SELECT team_id AS id FROM app_user
      WHERE tenant_id = ${actor.tenantId} AND id = ${me} AND team_id IS NOT NULL
      UNION
      SELECT id FROM team WHERE tenant_id = ${actor.tenantId}
        AND manager_id = ${me} AND deleted_at IS NULL
    ), my_regions AS (
      SELECT region_id AS id FROM team WHERE tenant_id = ${actor.tenantId}
        AND id IN (SELECT id FROM my_teams) AND region_id IS NOT NULL
      UNION
      SELECT id FROM region WHERE tenant_id = ${actor.tenantId}
        AND manager_id = ${me} AND deleted_at IS NULL
    ), below AS (
      SELECT id FROM app_user WHERE tenant_id = ${actor.tenantId} AND id = ${me}
      UNION
      SELECT u.id FROM app_user u JOIN below b ON u.manager_id = b.id
      WHERE u.tenant_id = ${actor.tenantId}
    )
    SELECT 'team' AS scope, array_agg(id) AS ids FROM app_user
    WHERE tenant_id = ${actor.tenantId}
      AND (team_id IN (SELECT id FROM my_teams) OR id = ${me})
    UNION ALL
    SELECT 'region', array_agg(u.id) FROM app_user u
    LEFT JOIN team t ON t.tenant_id = u.tenant_id AND t.id = u.team_id
    WHERE u.tenant_id = ${actor.tenantId}
      AND (t.region_id IN (SELECT id FROM my_regions) OR u.id = ${me})
    UNION ALL
    SELECT 'manager', array_agg(id) FROM below`.execute(tx)
  const reach: Reach = { me, team: [], region: [], manager: [] }
  for (const row of rows) reach[row.scope] = row.ids ?? []
  return reach
}

/** Loads what the actor may do, in the request's tenant transaction. */
export async function loadRights(tx: Tx, actor: Actor): Promise<Rights> {
  if (actor.via === 'system') return systemRights()
  const roles = await rolesOf(tx, actor)
  const keys = roles.map((r) => r.key)
  const { rows: grants } = await sql<LoadedGrant>`
    SELECT r.key AS "roleKey", r.name AS "roleName",
      g.record_type AS "recordType", g.action, g.scope
    FROM role_grant g JOIN role r ON r.tenant_id = g.tenant_id
      AND r.id = g.role_id
    WHERE g.tenant_id = ${actor.tenantId}
      AND r.key IN (${sql.join(keys.length > 0 ? keys : [''])})`.execute(tx)
  return {
    roles: roles.map(({ key, name, via }) => ({ key, name, via })),
    abilities: new Set(roles.flatMap((r) => r.abilities) as AdminAction[]),
    grants,
    // Whose records team, region and manager scopes reach: only looked up
    // when a role grants one of them.
    reach: grants.some((g) => WIDE.includes(g.scope))
      ? await reachOf(tx, actor)
      : { me: actor.userId, team: [], region: [], manager: [] },
  }
}

/** Rapport itself (imports, seeding, jobs): everything. */
export function systemRights(): Rights {
  const admin = BUILT_IN_ROLES[0]
  return {
    roles: [{ key: admin.key, name: admin.name, via: 'system' }],
    abilities: new Set(admin.abilities),
    grants: admin.grants.map((g) => ({
      ...g,
      roleKey: admin.key,
      roleName: admin.name,
    })),
    reach: { me: null, team: [], region: [], manager: [] },
  }
}
